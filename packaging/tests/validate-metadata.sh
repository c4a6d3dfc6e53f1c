#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metainfo with the tools software centres use,
# and checks that the newest release in the metainfo is the project's version.
# Exit 77 (ctest SKIP) when appstreamcli is not installed; packaging/install-deps.sh installs it.
set -euo pipefail

linux_dir=${1:?usage: validate-metadata.sh PACKAGING_LINUX_DIR PROJECT_VERSION}
version=${2:?usage: validate-metadata.sh PACKAGING_LINUX_DIR PROJECT_VERSION}
desktop="$linux_dir/org.un.funddesk.desktop"
metainfo="$linux_dir/org.un.funddesk.metainfo.xml"

fail() { echo "FAIL: $*" >&2; exit 1; }

# Releases are listed newest first; forgetting to add one when the version moves is easy.
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d '"' -f 2)
[ "$newest" = "$version" ] \
  || fail "newest <release> in $(basename "$metainfo") is '$newest', the project is $version"
grep -qx 'Exec=funddesk' "$desktop" || fail "the desktop entry must start funddesk"
grep -qx 'Icon=org.un.funddesk' "$desktop" || fail "the desktop entry must name the app icon"
echo "PASS: metainfo release $newest matches the project version"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate rejected $desktop"
  echo "PASS: desktop-file-validate"
else
  echo "NOTE: desktop-file-validate not installed; desktop entry not validated"
fi

if ! command -v appstreamcli >/dev/null; then
  echo "SKIP: appstreamcli not installed (apt-get install appstream)"
  exit 77
fi
appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli rejected $metainfo"
echo "PASS: appstreamcli validate"
