#!/usr/bin/env bash
# Runs the Lakeform benchmarks (issue 8) and prints Markdown tables: each target's median, range,
# limit and verdict, the monorepo curve at 10/100/1,000 lakes, and the in-process timings of
# lakeform-bench. See benchmarks/README.md.
#
#   benchmarks/run.sh                 everything (about 10 minutes on 2 cores)
#   benchmarks/run.sh --quick         fewer runs, and the curve stops at 100 lakes
#   benchmarks/run.sh --peers [--quick]     lakeform against jsonnet, go-jsonnet and cdk8s (benchmarks/peers.sh)
#   benchmarks/run.sh --cold-ci [--quick]   a plan in a fresh clone with no caches (benchmarks/cold-ci.sh)
#
# Environment: SCRATCH (SwiftPM scratch path, default .build-bench), WORK (workload folder, default a
# new temporary one, removed at the end unless KEEP_WORK=1), LAKES (the curve, default "10 100 1000").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRATCH="${SCRATCH:-$ROOT/.build-bench}"
QUICK=0
for argument in "$@"; do
    case "$argument" in
        --quick) QUICK=1 ;;
        --peers) exec "$ROOT/benchmarks/peers.sh" "$@" ;;
        --cold-ci) exec "$ROOT/benchmarks/cold-ci.sh" "$@" ;;
        *) echo "error: unknown option $argument (benchmarks/run.sh [--quick] [--peers | --cold-ci])" >&2; exit 1 ;;
    esac
done
# shellcheck source=benchmarks/common.sh
source "$ROOT/benchmarks/common.sh"
LAKES="${LAKES:-$([[ $QUICK == 1 ]] && echo "10 100" || echo "10 100 1000")}"
RUNS=$([[ $QUICK == 1 ]] && echo 5 || echo 20)
BIG_RUNS=$([[ $QUICK == 1 ]] && echo 2 || echo 5)
WORK="${WORK:-$(mktemp -d /tmp/lakeform-bench.XXXXXX)}"
mkdir -p "$WORK"
[[ "${KEEP_WORK:-0}" == 1 ]] || trap 'rm -rf "$WORK"' EXIT
RESULTS="$WORK/results.tsv"
CURVE="$WORK/curve.tsv"
: >"$RESULTS"
: >"$CURVE"

for tool in hyperfine python3 sqlite3; do
    command -v "$tool" >/dev/null || { echo "error: $tool is required (apt-get install hyperfine python3 sqlite3)" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is required (apt-get install time)" >&2; exit 1; }

# hyperfine's median, min and max in milliseconds, from its JSON export.
stats() {
    python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.1f\t%.1f\t%.1f\t%d" % (r["median"] * 1000, r["min"] * 1000, r["max"] * 1000, len(r["times"])))' "$1"
}

# measure TARGET CASE LIMIT_MS RUNS WARMUP COMMAND [PREPARE]: one hyperfine row in results.tsv; prints the median.
measure() {
    local target="$1" case="$2" limit="$3" runs="$4" warmup="$5" command="$6" prepare="${7:-}"
    local json="$WORK/hyperfine-$(date +%s%N).json"
    local args=(-N --style none --runs "$runs" --warmup "$warmup" --export-json "$json")
    [[ -n "$prepare" ]] && args+=(--prepare "$prepare")
    hyperfine "${args[@]}" "$command" >/dev/null
    local row
    row="$(stats "$json")"
    printf '%s\t%s\t%s\t%s\n' "$target" "$case" "$row" "$limit" >>"$RESULTS"
    cut -f1 <<<"$row"
}

unset LAKEFORM
release_lakeform
BENCH="$SCRATCH/release/lakeform-bench"
measure_machine

log "bundled tiers: warm plan, state up to date"
TIERS="$WORK/tiers"
mkdir -p "$TIERS" && cp -R "$ROOT/blueprints" "$TIERS/"
(cd "$TIERS" && "$LAKEFORM" apply --auto-approve --state "$WORK/tiers.db" >/dev/null)
(cd "$TIERS" && measure "warm plan, 3 tiers + example" "\`lakeform plan\` (4 lakes, 156 artifacts)" 50 "$RUNS" 3 \
    "$LAKEFORM plan --state $WORK/tiers.db" >/dev/null)

log "Swift blueprint evaluation through the command line"
(cd "$TIERS" && measure "Swift blueprint, cold" "\`lakeform dump-blueprint blueprints/medium.swift\`, cache miss (module cache warm)" 500 \
    "$BIG_RUNS" 1 "$LAKEFORM dump-blueprint blueprints/medium.swift" "rm -f .lakeform/cache/blueprints.sqlite" >/dev/null)
(cd "$TIERS" && measure "(Swift blueprint, warm)" "\`lakeform dump-blueprint blueprints/medium.swift\`, cache hit, whole process" "" \
    "$RUNS" 3 "$LAKEFORM dump-blueprint blueprints/medium.swift" >/dev/null)
(cd "$TIERS" && measure "(process floor)" "\`lakeform --version\`" "" "$RUNS" 3 "$LAKEFORM --version" >/dev/null)

log "state history: 1 revision against 10,000"
cp "$WORK/tiers.db" "$WORK/tiers-10k.db"
python3 "$ROOT/benchmarks/make-state-history.py" "$WORK/tiers-10k.db" --revisions 10000
ONE_REVISION="$(cd "$TIERS" && measure "(state history baseline)" "\`lakeform plan\`, state with 1 revision" "" "$RUNS" 3 \
    "$LAKEFORM plan --state $WORK/tiers.db")"
MANY_REVISIONS="$(cd "$TIERS" && measure "(state history)" "\`lakeform plan\`, state with 10,000 revisions" "" "$RUNS" 3 \
    "$LAKEFORM plan --state $WORK/tiers-10k.db")"
RATIO="$(python3 -c "print('%.3f' % ($MANY_REVISIONS / $ONE_REVISION))")"

for lakes in $LAKES; do
    log "monorepo of $lakes lakes"
    REPO="$WORK/monorepo-$lakes"
    python3 "$ROOT/benchmarks/make-monorepo.py" --lakes "$lakes" --out "$REPO" --lakeform "$LAKEFORM"
    (cd "$REPO" && "$LAKEFORM" validate >/dev/null)
    limit=$([[ $lakes == 1000 ]] && echo 5000 || echo "")
    runs=$([[ $lakes == 1000 ]] && echo "$BIG_RUNS" || echo $((BIG_RUNS * 2)))
    build_ms="$(cd "$REPO" && measure "monorepo build" "\`lakeform build\`, $lakes lakes, nothing changed" "$limit" "$runs" 1 "$LAKEFORM build")"
    build_rss="$(cd "$REPO" && peak_rss "$LAKEFORM" build)"
    artifacts="$(find "$REPO/generated" -type f | wc -l)"
    # One blueprint edited before each run (a comment appended changes its bytes): that lake is emitted and validated
    # again, and every lake is priced again because the reports' key changed.
    EDITED="$(find "$REPO/blueprints" -name '*.yaml' | sort | head -1)"
    (cd "$REPO" && measure "(monorepo build, one lake edited)" "\`lakeform build\`, $lakes lakes, one blueprint edited" "" "$runs" 1 \
        "$LAKEFORM build" "echo '# edited' >> $EDITED" >/dev/null)
    if [[ $lakes == "${LAKES##* }" ]]; then
        (cd "$REPO" && measure "(monorepo build, no cache)" "\`lakeform build --no-cache\`, $lakes lakes: emit, validate and price every lake" "" \
            "$BIG_RUNS" 1 "$LAKEFORM build --no-cache" >/dev/null)
    fi
    (cd "$REPO" && "$LAKEFORM" apply --auto-approve --state "$REPO/state.db" >/dev/null)
    plan_ms="$(cd "$REPO" && measure "monorepo plan" "\`lakeform plan\`, $lakes lakes, state up to date" "$limit" "$runs" 1 \
        "$LAKEFORM plan --state $REPO/state.db")"
    plan_rss="$(cd "$REPO" && peak_rss "$LAKEFORM" plan --state "$REPO/state.db")"
    if [[ $lakes == "${LAKES##* }" ]]; then
        (cd "$REPO" && measure "(monorepo plan, no cache)" "\`lakeform plan --no-cache\`, $lakes lakes, state up to date" "" "$BIG_RUNS" 1 \
            "$LAKEFORM plan --no-cache --state $REPO/state.db" >/dev/null)
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$lakes" "$artifacts" "$build_ms" "$build_rss" "$plan_ms" "$plan_rss" >>"$CURVE"
done

LARGEST="${LAKES##* }"
if [[ -d /dev/shm ]]; then
    log "monorepo of $LARGEST lakes on tmpfs: a clean build (no generated/, no cache) without the disk"
    SHM="$(mktemp -d /dev/shm/lakeform-bench.XXXXXX)"
    cp -R "$WORK/monorepo-$LARGEST/blueprints" "$SHM/"
    (cd "$SHM" && measure "(monorepo clean build, tmpfs)" "\`lakeform build\`, $LARGEST lakes, no generated/ and no cache, on tmpfs" "" \
        "$BIG_RUNS" 0 "$LAKEFORM build" "rm -rf generated .lakeform" >/dev/null)
    rm -rf "$SHM"
fi

log "in process: key-path diff, blueprint evaluation, build phases"
DIFF_TABLE="$("$BENCH" diff --runs "$BIG_RUNS")"
BLUEPRINT_TABLE="$(cd "$TIERS" && "$BENCH" blueprint --cold-runs "$BIG_RUNS" --warm-runs "$RUNS")"
PIPELINE_TABLE="$(cd "$WORK/monorepo-$LARGEST" && "$BENCH" pipeline --runs 1)"

# The Markdown report.
echo "# Lakeform benchmarks, $(date -u +%Y-%m-%d)"
echo
machine_summary
echo
echo "## Targets"
echo
echo "| target | case | median | range | runs | limit | verdict |"
echo "|---|---|---|---|---|---|---|"
python3 - "$RESULTS" <<'PY'
import sys
def ms(value):
    value = float(value)
    return "%.2f s" % (value / 1000) if value >= 1000 else "%.1f ms" % value
for line in open(sys.argv[1]):
    target, case, median, low, high, runs, limit = line.rstrip("\n").split("\t")
    verdict = "—" if not limit else ("pass" if float(median) <= float(limit) else "**miss**")
    shown = "≤ " + ms(limit) if limit else "—"
    print(f"| {target} | {case} | {ms(median)} | {ms(low)}–{ms(high)} | {runs} | {shown} | {verdict} |")
PY
echo "| state history | plan time with 10,000 revisions ÷ with 1 | $RATIO | | | ≤ 1.10 | $(python3 -c "print('pass' if $RATIO <= 1.10 else '**miss**')") |"
echo
echo "## Monorepo curve"
echo
echo "| lakes | artifacts | build | build per lake | build peak RSS | plan | plan per lake | plan peak RSS |"
echo "|---|---|---|---|---|---|---|---|"
python3 - "$CURVE" <<'PY'
import sys
for line in open(sys.argv[1]):
    lakes, artifacts, build, build_rss, plan, plan_rss = line.split()
    n = int(lakes)
    print(f"| {n:,} | {int(artifacts):,} | {float(build) / 1000:.2f} s | {float(build) / n:.1f} ms | {build_rss} MiB "
          f"| {float(plan) / 1000:.2f} s | {float(plan) / n:.1f} ms | {plan_rss} MiB |")
PY
echo
echo "## In process (lakeform-bench)"
echo
echo "### Key-path diff of two 5 MB values files"
echo
echo "$DIFF_TABLE"
echo
echo "### Swift blueprint evaluation"
echo
echo "$BLUEPRINT_TABLE"
echo
echo "### Build phases, $LARGEST lakes"
echo
echo "$PIPELINE_TABLE"
