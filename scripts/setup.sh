#!/usr/bin/env bash
# One-time set-up on a fresh Debian machine: the browsers the extension is tested and demoed
# in (Debian's chromium and firefox-esr; nothing downloads a browser of its own), then the
# project's npm dependencies, exactly as locked.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Chromium's language packs: without them Debian's chromium runs in en-US whatever language the
# system asks for, so the test that the UI follows the browser's language
# (tests/e2e/ui-language.e2e.test.ts) could not give it another. They must match chromium's version,
# and apt brings chromium up to theirs.
[ -e /usr/lib/chromium/locales/de.pak ] || need+=(chromium-l10n)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "setup: installing ${need[*]} with apt-get"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
