#!/usr/bin/env bash
# Installs Debian's Chromium (and fonts) for the browser tests; never a downloaded browser.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi dejavu; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Chromium is missing and this user cannot install packages: run" >&2
    echo "  apt-get install chromium fonts-dejavu-core   (as root), then make test" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fontconfig >/dev/null
/usr/bin/chromium --version
