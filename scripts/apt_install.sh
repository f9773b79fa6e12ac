#!/usr/bin/env bash
# Installs Debian packages (the project's only system dependencies: Chromium and fonts for the
# browser tests, GNU gettext for the catalog check, PostgreSQL for the race tests), as root or
# through sudo. Usage: scripts/apt_install.sh PACKAGE...
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Missing Debian packages and this user cannot install them: run" >&2
    echo "  apt-get install $*   (as root), then try again" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
