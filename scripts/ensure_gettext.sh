#!/usr/bin/env bash
# Installs Debian's GNU gettext (xgettext, msgmerge) for `make messages` and the test that the
# Ukrainian catalog is up to date with the code. Running the shop never needs it: the compiled
# catalogs (.mo) are committed.
set -euo pipefail
if command -v xgettext >/dev/null 2>&1 && command -v msgmerge >/dev/null 2>&1; then
  exit 0
fi
"$(dirname "$0")/apt_install.sh" gettext
