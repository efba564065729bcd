#!/usr/bin/env bash
# Renders the report page with headless Chromium and fails when the screenshot is missing or tiny.
# Usage: scripts/check-report-html.sh [REPORTS_FOLDER]   (default: generated/reports)
# Installs Debian's chromium with apt-get when it is missing. Not run by `swift test`.
set -euo pipefail

folder="${1:-generated/reports}"
page="$folder/index.html"
shot="${SCREENSHOT:-${TMPDIR:-/tmp}/lakeform-report.png}"
minimum_bytes="${MINIMUM_BYTES:-20000}"

if [[ ! -f "$page" ]]; then
    echo "error: no $page; run \`lakeform report\` first" >&2
    exit 1
fi
if grep -qi '<script' "$page"; then
    echo "error: $page contains a <script>; the report must render without JavaScript" >&2
    exit 1
fi

browser=""
for candidate in chromium chromium-browser; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [[ -z "$browser" ]]; then
    sudo_cmd=""
    if [[ "$(id -u)" != 0 ]] && command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
    browser=chromium
fi

absolute="$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
rm -f "$shot"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$shot" --window-size=1280,2000 "file://$absolute" >/dev/null 2>&1 || true

if [[ ! -f "$shot" ]]; then
    echo "error: $browser wrote no screenshot of $page" >&2
    exit 1
fi
size=$(wc -c < "$shot")
if (( size < minimum_bytes )); then
    echo "error: screenshot $shot is only $size bytes (< $minimum_bytes): the page rendered (nearly) empty" >&2
    exit 1
fi
echo "ok: $page rendered by $browser to $shot ($size bytes)"
