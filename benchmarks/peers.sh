#!/usr/bin/env bash
# Lakeform against its peers (issue 18): the same Helm values, manifests, helmfiles and JSON reports built by
# `lakeform build --no-cache` and, from a parametric model of the same lakes, by jsonnet (C++, Debian), go-jsonnet
# (PyPI's binding) and a cdk8s Python app. Checks that every peer's objects equal lakeform's, then times all of
# them in one hyperfine invocation and prints the ratios (lakeform ÷ peer) as Markdown. See benchmarks/README.md.
#
#   benchmarks/peers.sh            the 4 bundled lakes (10 runs) and a 1,000-lake monorepo (2 runs)
#   benchmarks/peers.sh --quick    5 runs at 4 lakes, and at 1,000 only the checked run is timed
#
# Environment: LAKEFORM (a release binary; default: a release build into SCRATCH, default .build-bench),
# PEERS_PYTHON (a Python with cdk8s, gojsonnet and PyYAML; default python3), PEER_LAKES (default "4 1000"; 4 is the
# bundled lakes, any other N a make-monorepo.py monorepo),
# WORK (default a new folder on /dev/shm, removed at the end unless KEEP_WORK=1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEERS="$ROOT/benchmarks/peers"
SCRATCH="${SCRATCH:-$ROOT/.build-bench}"
# shellcheck source=benchmarks/common.sh
source "$ROOT/benchmarks/common.sh"
parse_quick peers.sh --peers "$@"
PEER_LAKES="${PEER_LAKES:-4 1000}"
SHM="$([[ -d /dev/shm ]] && echo /dev/shm || echo /tmp)"
WORK="${WORK:-$(mktemp -d "$SHM/lakeform-peers.XXXXXX")}"
mkdir -p "$WORK"
[[ "${KEEP_WORK:-0}" == 1 ]] || trap 'rm -rf "$WORK"' EXIT
PYTHON="${PEERS_PYTHON:-python3}"
unset LAKEFORM_STATE

for tool in hyperfine jsonnet python3; do
    command -v "$tool" >/dev/null || { echo "error: $tool is required (apt-get install hyperfine jsonnet)" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is required (apt-get install time)" >&2; exit 1; }
"$PYTHON" -c 'import cdk8s, yaml, _gojsonnet' 2>/dev/null || {
    echo "error: $PYTHON lacks cdk8s, PyYAML or gojsonnet: python3 -m venv V && V/bin/pip install cdk8s gojsonnet pyyaml," >&2
    echo "       then PEERS_PYTHON=V/bin/python benchmarks/peers.sh" >&2
    exit 1
}

release_lakeform
measure_machine

# A folder whose blueprints/ holds the N lakes as YAML or JSON blueprints, so that a no-cache build compiles no Swift:
# the 4 bundled lakes as `lakeform dump-blueprint` prints them, or make-monorepo.py's N lakes.
workload() {
    local lakes="$1" repo="$2"
    if [[ $lakes == 4 ]]; then
        mkdir -p "$repo/blueprints"
        mkdir -p "$WORK/bundled" && cp -R "$ROOT/blueprints" "$WORK/bundled/"
        for tier in small medium large; do
            (cd "$WORK/bundled" && "$LAKEFORM" dump-blueprint "blueprints/$tier.swift" >"$repo/blueprints/$tier.json")
        done
        cp "$ROOT/blueprints/examples/startup.yaml" "$repo/blueprints/"
    else
        python3 "$ROOT/benchmarks/make-monorepo.py" --lakes "$lakes" --out "$repo" --lakeform "$LAKEFORM"
    fi
}

# timed NAME FOLDER COMMAND...: one run of COMMAND in FOLDER under GNU time, appended to $ONCE as
# NAME, wall, CPU (user + sys) and peak RSS; this run's output is the one compare.py checks.
timed() {
    local name="$1" folder="$2" measured="$WORK/time"
    shift 2
    (cd "$folder" && /usr/bin/time -f '%e %U %S %M' -o "$measured" "$@" >/dev/null 2>"$WORK/stderr") || {
        echo "error: $name failed:" >&2; tail -20 "$WORK/stderr" >&2; exit 1; }
    read -r wall user sys rss <"$measured"
    printf '%s\t%s\t%s\t%s\n' "$name" "$wall" "$(python3 -c "print($user + $sys)")" "$rss" >>"$ONCE"
}

# The Markdown rows for one workload: each command's CPU (user + sys, mean), wall (median), peak RSS, the ratios
# lakeform ÷ command (lakeform comes first) and the issue's targets: lakeform's CPU at most half of C++ jsonnet's
# and a tenth of cdk8s's. From the hyperfine export when there is one, else from the single timed run; peak RSS
# always from that run.
rows() {
    python3 - "$@" <<'PY'
import json, os, sys
once, hyperfine, lakes = sys.argv[1:4]
measured = [line.rstrip("\n").split("\t") for line in open(once)]
if os.path.exists(hyperfine):
    runs = [(r["command"], r["user"] + r["system"], r["median"], len(r["times"]))
            for r in json.load(open(hyperfine))["results"]]
else:
    runs = [(name, float(cpu), float(wall), 1) for name, wall, cpu, _ in measured]
limits = {"jsonnet (C++": 0.5, "cdk8s": 0.1}
for (name, cpu, wall, count), (_, _, _, rss) in zip(runs, measured):
    ratio, wall_ratio = runs[0][1] / cpu, runs[0][2] / wall
    limit = next((value for prefix, value in limits.items() if name.startswith(prefix)), None)
    target = "—" if limit is None else f"≤ {limit} ({'pass' if ratio <= limit else '**miss**'})"
    print(f"| {lakes} | {name} | {cpu:.2f} s | {wall:.2f} s | {int(rss) / 1024:.0f} MiB | {count} "
          f"| {ratio:.2f} | {wall_ratio:.2f} | {target} |")
PY
}

TABLE="$WORK/rows.md"
: >"$TABLE"
GO_VERSION="$("$PYTHON" -c 'import importlib.metadata as m; print(m.version("gojsonnet"))')"
CDK8S_VERSION="$("$PYTHON" -c 'import importlib.metadata as m; print(m.version("cdk8s"))')"
NAMES=("lakeform build --no-cache" "jsonnet (C++ $(jsonnet --version | grep -o 'v[0-9.]*'))"
    "go-jsonnet $GO_VERSION (Python binding)" "cdk8s $CDK8S_VERSION (Python, Node $(node --version))")
for lakes in $PEER_LAKES; do
    REPO="$WORK/repo-$lakes"
    OUT="$WORK/out-$lakes"
    MODEL="$WORK/model-$lakes"
    ONCE="$WORK/once-$lakes.tsv"
    : >"$ONCE"
    log "$lakes lakes: the workload, then one timed run of lakeform, the model, one timed run of each peer"
    workload "$lakes" "$REPO"
    rm -rf "$REPO/generated" "$REPO/.lakeform" "$OUT"
    timed "${NAMES[0]}" "$REPO" "$LAKEFORM" build --no-cache
    "$PYTHON" "$PEERS/model.py" "$REPO/generated" "$MODEL"
    JSONNET=("$PEERS/jsonnet.sh" "$MODEL" "$OUT/jsonnet")
    GO=("$PYTHON" "$PEERS/gojsonnet.py" "$MODEL" "$OUT/go-jsonnet")
    CDK8S=("$PYTHON" "$PEERS/app.py" "$MODEL" "$OUT/cdk8s")
    timed "${NAMES[1]}" "$WORK" "${JSONNET[@]}"
    timed "${NAMES[2]}" "$WORK" "${GO[@]}"
    timed "${NAMES[3]}" "$WORK" "${CDK8S[@]}"
    log "$lakes lakes: comparing each peer's objects with lakeform's"
    "$PYTHON" "$PEERS/compare.py" "$REPO/generated" "jsonnet=$OUT/jsonnet" "go-jsonnet=$OUT/go-jsonnet" "cdk8s=$OUT/cdk8s"

    runs=$([[ $lakes -ge 1000 ]] && echo $((2 - 2 * QUICK)) || echo $((10 - 5 * QUICK)))
    json="$WORK/hyperfine-$lakes.json"
    if [[ $runs -gt 0 ]]; then
        log "$lakes lakes: lakeform and the peers in one hyperfine run, $runs runs each"
        (cd "$REPO" && hyperfine -N --style none --runs "$runs" --export-json "$json" \
            --command-name "${NAMES[0]}" --prepare "rm -rf generated .lakeform" "$LAKEFORM build --no-cache" \
            --command-name "${NAMES[1]}" --prepare "rm -rf $OUT/jsonnet" "${JSONNET[*]}" \
            --command-name "${NAMES[2]}" --prepare "rm -rf $OUT/go-jsonnet" "${GO[*]}" \
            --command-name "${NAMES[3]}" --prepare "rm -rf $OUT/cdk8s" "${CDK8S[*]}" >/dev/null)
    fi
    rows "$ONCE" "$json" "$lakes" >>"$TABLE"
done

echo "# Lakeform and its peers, $(date -u +%Y-%m-%d)"
echo
machine_summary
echo
echo "Each peer builds the lakes' Helm values, manifests, helmfiles and JSON reports from benchmarks/peers/model.py's"
echo "model and was checked equal to lakeform's, object for object. CPU is user + sys (mean), wall the median, peak RSS"
echo "from GNU time (the largest process: cdk8s's Node); one run means the checked run alone was timed. A ratio"
echo "above 1 means lakeform used more."
echo
echo "| lakes | command | CPU | wall | peak RSS | runs | lakeform ÷ it, CPU | lakeform ÷ it, wall | target (CPU) |"
echo "|---|---|---|---|---|---|---|---|---|"
cat "$TABLE"
