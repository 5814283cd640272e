#!/usr/bin/env bash
# Installs Debian's headless Chromium and its ChromeDriver for the browser tests of output/index.html
# (IndexPageBrowserTests), unless they are there already: about 2 minutes and 500 MB the first time.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >&2
/usr/bin/chromium --version >&2
