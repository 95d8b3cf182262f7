#!/usr/bin/env bash
# The GraphiQL browser test drives Debian's Chromium (playwright-core cannot download a browser
# here). Install it when it is missing and we may (root with apt); otherwise say what to do.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the GraphiQL browser test..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The GraphiQL browser test needs Chromium at $chromium: run 'sudo apt-get install chromium' or set CHROMIUM_PATH." >&2
exit 1
