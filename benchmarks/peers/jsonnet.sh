#!/usr/bin/env bash
# Runs lakes.jsonnet with the C++ jsonnet command on each part of the model (50 lakes each), as a monorepo's teams
# would, writing every file into OUT.
#
#   jsonnet.sh MODEL_DIR OUT
set -euo pipefail
[[ $# == 2 ]] || { echo "usage: jsonnet.sh MODEL_DIR OUT" >&2; exit 1; }
program="$(dirname "${BASH_SOURCE[0]}")/lakes.jsonnet"
mkdir -p "$2"
for part in "$1"/lakes/part-*.json; do
    jsonnet -J "$1" -m "$2" --ext-code-file "model=$part" --ext-code text=false "$program" >/dev/null
done
