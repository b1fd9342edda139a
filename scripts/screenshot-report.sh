#!/usr/bin/env bash
# scripts/screenshot-report.sh REPORT_HTML OUT_PNG [WIDTH,HEIGHT]
# Renders a radlake evaluate report (report.html) in Debian's headless Chromium and saves a screenshot, to check
# that the page renders (inline SVG, CSS) as a browser shows it. Needs the `chromium` package (apt-get install
# chromium); nothing is fetched: the report is self-contained and the flags turn off Chromium's own network use.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: $0 REPORT_HTML OUT_PNG [WIDTH,HEIGHT]  (default window 1280,2000)" >&2
  exit 2
fi
report="$1"
out="$2"
window="${3:-1280,2000}"
if [[ ! -f "$report" ]]; then
  echo "$0: REPORT_HTML must be an existing file, got: $report" >&2
  exit 2
fi
if [[ ! "$window" =~ ^[0-9]+,[0-9]+$ ]]; then
  echo "$0: WIDTH,HEIGHT must be two numbers such as 1280,2000, got: $window" >&2
  exit 2
fi
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$chromium_bin" ]]; then
  echo "$0: chromium is not installed (Debian: apt-get install chromium)" >&2
  exit 2
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$out")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
report_abs="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"

"$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" --window-size="$window" \
  --screenshot="$out_abs" "file://$report_abs" >/dev/null 2>&1 || true
if [[ ! -s "$out_abs" ]]; then
  echo "$0: chromium wrote no screenshot to $out_abs" >&2
  exit 1
fi
echo "$out_abs"
