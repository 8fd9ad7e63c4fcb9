#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the sample's browser tests, and a CJK font (fonts-noto-cjk) so that
# the Chinese of the shop and the simulator's cashier renders in screenshots instead of empty boxes; unless all three
# are already there. The driver must come from the same Debian build as the browser: Selenium may not download one.
set -euo pipefail

has_cjk_font() {
    dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed'
}

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && has_cjk_font; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "chromium.sh: not root, cannot apt-get install chromium chromium-driver fonts-noto-cjk" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
/usr/bin/chromedriver --version
