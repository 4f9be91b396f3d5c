#!/usr/bin/env bash
# Renders an HTML report in headless Chromium (Debian's `chromium` package) and saves a PNG,
# to check how a digest or trend report looks.
#
#   bash scripts/screenshot-html.sh REPORT.html [OUT.png]
#   .build/release/newsdigest digest --format html > /tmp/digest.html && bash scripts/screenshot-html.sh /tmp/digest.html
#
# Installs chromium (and CJK fonts) when missing; the HTML itself loads nothing from the network.
set -euo pipefail
html=${1:?usage: screenshot-html.sh REPORT.html [OUT.png]}
out=${2:-${html%.html}.png}
if ! command -v chromium >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "screenshot-html: chromium is missing; install it: apt-get install chromium fonts-noto-cjk" >&2; exit 69; }
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
fi
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,2400 \
  --screenshot="$out" "file://$(realpath "$html")" >/dev/null 2>&1
echo "$out"
