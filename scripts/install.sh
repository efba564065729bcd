#!/usr/bin/env bash
# Builds Lakeform and installs it under a prefix, the layout the binary looks for at run time:
#   PREFIX/bin/lakeform                    the command, with the resource bundles SwiftPM's Bundle.module reads
#   PREFIX/bin/*.resources                 next to the executable (the upstream CRD schemas, GRDB's privacy info)
#   PREFIX/lib/lakeform/                   the runtime Swift blueprints link against (docs/blueprints.md):
#     Modules/LakeformDSL.swiftmodule, Modules/LakeformWire.swiftmodule, libLakeformDSL.a
#   PREFIX/share/lakeform/examples/github/ the GitHub Actions workflows `lakeform init` copies
# Usage: scripts/install.sh --prefix PREFIX [--debug]
# --debug installs a debug build (faster to build, slower to run), for CI checks of the layout.
set -euo pipefail

usage() { echo "usage: scripts/install.sh --prefix PREFIX [--debug]" >&2; exit 64; }

prefix="" configuration=release
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || usage; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --debug) configuration=debug; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown argument '$1'" >&2; usage ;;
  esac
done
[ -n "$prefix" ] || usage
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac

cd "$(dirname "$0")/.."
# `--product lakeform` does not build the LakeformDSL library product, so both are built.
swift build -c "$configuration" --product lakeform
swift build -c "$configuration" --product LakeformDSL
bin="$(swift build -c "$configuration" --show-bin-path)"
for file in lakeform libLakeformDSL.a Modules/LakeformDSL.swiftmodule Modules/LakeformWire.swiftmodule; do
  [ -e "$bin/$file" ] || { echo "error: the build produced no $bin/$file" >&2; exit 1; }
done

# Everything is staged beside the prefix first, so a failed copy leaves the previous install as it was.
mkdir -p "$prefix"
staging="$(mktemp -d "$prefix/.lakeform-install.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
mkdir -p "$staging/bin" "$staging/lib/lakeform/Modules" "$staging/share/lakeform/examples/github"
install -m 0755 "$bin/lakeform" "$staging/bin/lakeform"
for bundle in "$bin"/*.resources; do
  [ -e "$bundle" ] && cp -R "$bundle" "$staging/bin/"
done
cp -R "$bin/Modules/LakeformDSL.swiftmodule" "$bin/Modules/LakeformWire.swiftmodule" "$staging/lib/lakeform/Modules/"
install -m 0644 "$bin/libLakeformDSL.a" "$staging/lib/lakeform/libLakeformDSL.a"
install -m 0644 examples/github/*.yml "$staging/share/lakeform/examples/github/"

rm -rf "$prefix/lib/lakeform" "$prefix/share/lakeform" "$prefix"/bin/*.resources
mkdir -p "$prefix/bin" "$prefix/lib" "$prefix/share"
mv "$staging"/bin/*.resources "$prefix/bin/" 2>/dev/null || true
mv "$staging/lib/lakeform" "$prefix/lib/lakeform"
mv "$staging/share/lakeform" "$prefix/share/lakeform"
mv -f "$staging/bin/lakeform" "$prefix/bin/lakeform"
echo "Installed $("$prefix/bin/lakeform" --version) ($configuration) to $prefix/bin/lakeform, with its runtime in $prefix/lib/lakeform"
