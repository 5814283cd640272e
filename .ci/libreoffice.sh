#!/usr/bin/env bash
# Installs LibreOffice Calc without its desktop parts (Debian's libreoffice-calc-nogui, run as
# `soffice --headless`): the second spreadsheet client LibreOfficeFunctionalTests opens the tracker with.
# Does nothing when soffice is there already. Uses the package lists as they are (.ci/postgres.sh may have
# just updated them) and runs apt-get update only when the package cannot be installed from them.
# Progress goes to stderr.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  echo "soffice is installed already: $(command -v soffice)" >&2
  exit 0
fi
install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui
}
(install || (apt-get update -qq && install)) >&2
soffice --version >&2
