#!/usr/bin/env bash
# Installs the Debian 12 packages FundDesk needs to build, run and test; skips what is present.
# Both README commands call this one script, so the package list lives in one place.
set -euo pipefail

packages=(
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  cmake ninja-build g++ sqlite3 libsqlite3-dev libssl-dev xvfb xauth poppler-utils imagemagick
  fonts-noto-core fonts-noto-cjk
  dpkg-dev appstream desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "Installing missing packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y \
    --no-install-recommends "${missing[@]}"
fi
