#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the sample's browser test, unless both are already there.
# The driver must come from the same Debian build as the browser: Selenium may not download one (no network).
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "chromium.sh: not root, cannot apt-get install chromium chromium-driver" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromedriver --version
