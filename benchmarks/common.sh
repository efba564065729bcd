# Shared by run.sh, peers.sh and cold-ci.sh (sourced, never run): options, the release binary, the machine's load, peak RSS.

log() { echo "== $*" >&2; }

# Sets QUICK from the arguments of a mode script (peers.sh, cold-ci.sh): --quick, and its own run.sh flag (MODE,
# passed through by run.sh), are the only options.
parse_quick() {
    local script="$1" mode="$2" argument
    shift 2
    QUICK=0
    for argument in "$@"; do
        case "$argument" in
            --quick) QUICK=1 ;;
            "$mode") ;;
            *) echo "error: unknown option $argument (benchmarks/$script [--quick])" >&2; exit 1 ;;
        esac
    done
}

# LAKEFORM: $LAKEFORM when set (a release binary built elsewhere), else a release build into $SCRATCH.
release_lakeform() {
    if [[ -n "${LAKEFORM:-}" ]]; then
        [[ -f "$LAKEFORM" && -x "$LAKEFORM" ]] || { echo "error: LAKEFORM=$LAKEFORM is not an executable file" >&2; exit 1; }
        return
    fi
    log "building release products in $SCRATCH"
    (cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" 2>&1 | tail -1 >&2)
    LAKEFORM="$SCRATCH/release/lakeform"
}

# Sets CORES, LOAD (the load average) and PARALLEL: how much faster two CPU-bound processes ran than one.
measure_machine() {
    log "machine"
    CORES="$(nproc)"
    local spin='import time; t = time.time(); sum(range(30_000_000)); print(time.time() - t)' one two
    one="$(python3 -c "$spin")"
    two="$( (python3 -c "$spin" & python3 -c "$spin"; wait) | sort -n | tail -1)"
    PARALLEL="$(python3 -c "print('%.2f' % (2 * $one / $two))")"
    LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
}

# The report's first lines: the machine, the toolchain and how free its cores were.
machine_summary() {
    echo "$(uname -sm), $CORES cores, $(swift --version 2>/dev/null | head -1). Load average at the start: $LOAD;"
    echo "two CPU-bound processes ran $PARALLEL× as fast as one (2.00 = two free cores)."
}

# Peak resident set size of one run, in MiB (GNU time's %M).
peak_rss() {
    local out
    out="$(mktemp)"
    /usr/bin/time -f '%M' -o "$out" "$@" >/dev/null 2>&1
    awk '{printf "%.0f", $1 / 1024}' "$out"
    rm -f "$out"
}
