#!/usr/bin/env bash
# Installs Debian's GNU gettext (xgettext, msgmerge) for `make messages` and the test that the
# Ukrainian catalog is up to date with the code. Running the shop never needs it: the compiled
# catalogs (.mo) are committed.
set -euo pipefail
if command -v xgettext >/dev/null 2>&1 && command -v msgmerge >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "GNU gettext is missing and this user cannot install packages: run" >&2
    echo "  apt-get install gettext   (as root), then make test" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends gettext >/dev/null
