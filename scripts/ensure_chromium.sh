#!/usr/bin/env bash
# Installs Debian's Chromium (and fonts) for the browser tests; never a downloaded browser.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi dejavu; then
  exit 0
fi
"$(dirname "$0")/apt_install.sh" chromium fonts-dejavu-core fontconfig
/usr/bin/chromium --version
