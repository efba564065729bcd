#!/usr/bin/env bash
# Lakeform against its peers (issue 18): the same Helm values, manifests, helmfiles and JSON reports built by
# `lakeform build --no-cache` and, from a parametric model of the same lakes, by jsonnet (C++, Debian), go-jsonnet
# (PyPI's binding) and a cdk8s Python app. Checks that every peer's objects equal lakeform's, then times all of
# them in one hyperfine invocation and prints the ratios (lakeform ÷ peer) as Markdown. See benchmarks/README.md.
#
#   benchmarks/peers.sh            the 4 bundled lakes (10 runs) and a 1,000-lake monorepo (2 runs)
#   benchmarks/peers.sh --quick    5 runs at 4 lakes, 1 at 1,000
#
# Environment: LAKEFORM (a release binary; default: a release build into SCRATCH, default .build-bench),
# PEERS_PYTHON (a Python with cdk8s, gojsonnet and PyYAML; default python3), PEER_LAKES (default "4 1000"),
# WORK (default a new folder on /dev/shm, removed at the end unless KEEP_WORK=1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEERS="$ROOT/benchmarks/peers"
SCRATCH="${SCRATCH:-$ROOT/.build-bench}"
# shellcheck source=benchmarks/common.sh
source "$ROOT/benchmarks/common.sh"
QUICK=0
for argument in "$@"; do
    case "$argument" in
        --quick) QUICK=1 ;;
        --peers) ;;
        *) echo "error: unknown option $argument (benchmarks/peers.sh [--quick])" >&2; exit 1 ;;
    esac
done
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
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1

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

# The Markdown rows of one hyperfine export: each command's CPU (user + sys, mean), wall (median), peak RSS, the
# ratios lakeform ÷ command (lakeform is the first command) and the issue's target: lakeform's CPU at most half of
# C++ jsonnet's and a tenth of cdk8s's.
rows() {
    python3 - "$@" <<'PY'
import json, sys
results, lakes, rss = json.load(open(sys.argv[1]))["results"], sys.argv[2], sys.argv[3].split(",")
cpu = [r["user"] + r["system"] for r in results]
limits = {"jsonnet (C++": 0.5, "cdk8s": 0.1}
for r, used, peak in zip(results, cpu, rss):
    ratio = cpu[0] / used
    wall = results[0]["median"] / r["median"]
    limit = next((value for prefix, value in limits.items() if r["command"].startswith(prefix)), None)
    target = "—" if limit is None else f"≤ {limit} ({'pass' if ratio <= limit else '**miss**'})"
    print(f"| {lakes} | {r['command']} | {used:.2f} s | {r['median']:.2f} s | {peak} MiB | {len(r['times'])} "
          f"| {ratio:.2f} | {wall:.2f} | {target} |")
PY
}

TABLE="$WORK/rows.md"
: >"$TABLE"
for lakes in $PEER_LAKES; do
    log "$lakes lakes: lakeform's build, the model, each peer once and the comparison"
    REPO="$WORK/repo-$lakes"
    OUT="$WORK/out-$lakes"
    MODEL="$WORK/model-$lakes"
    workload "$lakes" "$REPO"
    (cd "$REPO" && "$LAKEFORM" build --no-cache >/dev/null)
    "$PYTHON" "$PEERS/model.py" "$REPO/generated" "$MODEL"
    JSONNET=("$PEERS/jsonnet.sh" "$MODEL" "$OUT/jsonnet")
    GO=("$PYTHON" "$PEERS/gojsonnet.py" "$MODEL" "$OUT/go-jsonnet")
    CDK8S=("$PYTHON" "$PEERS/app.py" "$MODEL" "$OUT/cdk8s")
    "${JSONNET[@]}"
    "${GO[@]}"
    "${CDK8S[@]}" 2>/dev/null
    "$PYTHON" "$PEERS/compare.py" "$REPO/generated" "jsonnet=$OUT/jsonnet" "go-jsonnet=$OUT/go-jsonnet" "cdk8s=$OUT/cdk8s"

    runs=$([[ $lakes -ge 1000 ]] && echo $((2 - QUICK)) || echo $((10 - 5 * QUICK)))
    log "$lakes lakes: timing lakeform and the peers, $runs runs each"
    RSS="$(cd "$REPO" && rm -rf generated .lakeform && peak_rss "$LAKEFORM" build --no-cache)"
    rm -rf "$OUT"
    for command in "${JSONNET[*]}" "${GO[*]}" "${CDK8S[*]}"; do
        RSS="$RSS,$(peak_rss $command)"
    done
    json="$WORK/hyperfine-$lakes.json"
    (cd "$REPO" && hyperfine -N --style none --runs "$runs" --export-json "$json" \
        --command-name "lakeform build --no-cache" --prepare "rm -rf generated .lakeform" "$LAKEFORM build --no-cache" \
        --command-name "jsonnet (C++ $(jsonnet --version | grep -o 'v[0-9.]*'))" --prepare "rm -rf $OUT/jsonnet" "${JSONNET[*]}" \
        --command-name "go-jsonnet $("$PYTHON" -c 'import importlib.metadata as m; print(m.version("gojsonnet"))') (Python binding)" \
            --prepare "rm -rf $OUT/go-jsonnet" "${GO[*]}" \
        --command-name "cdk8s $("$PYTHON" -c 'import importlib.metadata as m; print(m.version("cdk8s"))') (Python, Node $(node --version))" \
            --prepare "rm -rf $OUT/cdk8s" "${CDK8S[*]}" >/dev/null)
    rows "$json" "$lakes" "$RSS" >>"$TABLE"
done

echo "# Lakeform and its peers, $(date -u +%Y-%m-%d)"
echo
machine_summary
echo
echo "Each peer builds the lakes' Helm values, manifests, helmfiles and JSON reports from benchmarks/peers/model.py's"
echo "model and was checked equal to lakeform's, object for object. CPU is user + sys (mean), wall the median; a ratio"
echo "above 1 means lakeform used more."
echo
echo "| lakes | command | CPU | wall | peak RSS | runs | lakeform ÷ it, CPU | lakeform ÷ it, wall | target (CPU) |"
echo "|---|---|---|---|---|---|---|---|---|"
cat "$TABLE"
