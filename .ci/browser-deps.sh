#!/usr/bin/env bash
# Headless Chromium, its WebDriver and a Devanagari font for the dashboard's browser test
# (tests/test_dashboard_browser.py). Idempotent: installs only what is missing. Debian/Ubuntu.
set -euo pipefail
packages=(chromium chromium-driver fonts-noto-core)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
