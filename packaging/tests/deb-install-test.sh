#!/usr/bin/env bash
# Builds the .deb with CPack from a built tree, installs it with apt on this machine, runs the
# installed binary (version, demo fund, integrity check), checks the desktop files, and removes
# the package again. The system is left as it was: the package is purged on every exit path,
# and dependencies are never fetched (the test fails instead if one is missing).
# Exit 77 (ctest SKIP) when not root, without apt/dpkg, or when funddesk is already installed.
set -euo pipefail

build_dir=${1:?usage: deb-install-test.sh BUILD_DIR CPACK VERSION}
cpack=${2:?usage: deb-install-test.sh BUILD_DIR CPACK VERSION}
version=${3:?usage: deb-install-test.sh BUILD_DIR CPACK VERSION}

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "PASS: $*"; }

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
for tool in apt-get dpkg dpkg-deb dpkg-query dpkg-shlibdeps flock; do
  command -v "$tool" >/dev/null || skip "$tool is not available"
done
[ -x "$cpack" ] || fail "cpack not found at $cpack"
[ -f "$build_dir/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build_dir"

# Two build trees testing at once would remove each other's install: take turns.
exec 9>/tmp/funddesk-deb-install-test.lock
flock -w 600 9 || fail "another deb install test held the lock for 10 minutes"

package_state=$(dpkg-query -W -f='${Status}' funddesk 2>/dev/null || true)
[ -z "$package_state" ] || [ "$package_state" = "unknown ok not-installed" ] \
  || skip "a funddesk package is already on this machine ($package_state); not touching it"
[ ! -e /usr/bin/funddesk ] || skip "/usr/bin/funddesk exists outside dpkg; not touching it"

work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 -qq remove --purge -y \
      funddesk >/dev/null 2>&1 || dpkg --purge funddesk >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# apt reads a local .deb as its unprivileged _apt user.
chmod 755 "$work"

# 1. Build the package into the scratch directory, not the build tree.
started=$SECONDS
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
debs=("$work"/out/funddesk_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  fail "expected one funddesk_*.deb, got: ${debs[*]}"
fi
deb=${debs[0]}
pass "cpack built $(basename "$deb") in $((SECONDS - started)) s"

# 2. The control fields: shlibdeps found the Qt libraries; the plugin dependency is explicit.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = funddesk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Section)" = misc ] || fail "Section is '$(field Section)'"
depends=$(field Depends)
# Package names alone, one a line: "libc6 (>= 2.34), libqt6core6 (>= 6.4.0)" → libc6, libqt6core6.
depend_names=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
for needed in libqt6sql6-sqlite libqt6core6 libqt6widgets6 libqt6sql6 libc6 libstdc++6; do
  grep -Fqx "$needed" <<<"$depend_names" || fail "Depends lacks $needed: $depends"
done
recommends=$(field Recommends)
for wanted in fonts-noto-core fonts-noto-cjk; do
  grep -q "$wanted" <<<"$recommends" || fail "Recommends lacks $wanted: $recommends"
done
pass "control: Depends: $depends"

# 3. Install only if every dependency is already here: the test must not add packages.
simulation=$(apt-get -s -o Debug::NoLocking=1 install --no-install-recommends "$deb" 2>&1) \
  || { echo "$simulation"; fail "apt cannot install the package"; }
extra=$(grep '^Inst ' <<<"$simulation" | awk '{print $2}' | grep -vx funddesk || true)
[ -z "$extra" ] || fail "installing would also pull in: $(tr '\n' ' ' <<<"$extra")" \
  "(run packaging/install-deps.sh first)"
installed=1
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 -qq install -y \
  --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get install failed"; }
[ "$(dpkg-query -W -f='${Status}' funddesk)" = "install ok installed" ] \
  || fail "dpkg does not list funddesk as installed"
pass "installed with apt-get"

# 4. Run the installed binary, with a throw-away home so no settings are left behind.
run() {
  env -u LD_LIBRARY_PATH HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" \
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 /usr/bin/funddesk "$@"
}
mkdir -p "$work/home"
[ "$(command -v funddesk)" = /usr/bin/funddesk ] || fail "funddesk on PATH is $(command -v funddesk)"
dynamic=$(readelf -d /usr/bin/funddesk)
! grep -E 'R(UN)?PATH' <<<"$dynamic" || fail "the installed binary has a run path"
libraries=$(ldd /usr/bin/funddesk)
! grep 'not found' <<<"$libraries" || fail "unresolved libraries in /usr/bin/funddesk"
version_line=$(run --version)
[ "$version_line" = "FundDesk $version" ] || fail "--version printed '$version_line'"
pass "/usr/bin/funddesk --version: $version_line"
run demo --database "$work/x.funddesk" >"$work/demo.log" 2>&1 \
  || { cat "$work/demo.log"; fail "funddesk demo failed"; }
[ -s "$work/x.funddesk" ] || fail "funddesk demo wrote no database"
pass "funddesk demo --database x.funddesk"
run check --database "$work/x.funddesk" >"$work/check.log" 2>&1 \
  || { cat "$work/check.log"; fail "funddesk check failed"; }
pass "funddesk check --database x.funddesk: $(tail -n 1 "$work/check.log")"

# 5. Desktop integration files where desktops look for them.
for file in /usr/share/applications/org.un.funddesk.desktop \
            /usr/share/metainfo/org.un.funddesk.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/org.un.funddesk.svg; do
  [ -s "$file" ] || fail "missing $file"
done
for size in 16 24 32 48 64 128 256; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/org.un.funddesk.png
  [ -s "$png" ] || fail "missing $png"
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$png is no PNG"
done
pass "desktop entry, metainfo and icons installed"

# 6. Remove it and check nothing of it is left.
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 -qq remove --purge -y \
  funddesk >"$work/apt-remove.log" 2>&1 || { cat "$work/apt-remove.log"; fail "apt-get remove failed"; }
installed=0
[ ! -e /usr/bin/funddesk ] || fail "/usr/bin/funddesk is still there after removal"
[ ! -e /usr/share/applications/org.un.funddesk.desktop ] || fail "the desktop entry is still there"
package_state=$(dpkg-query -W -f='${Status}' funddesk 2>/dev/null || true)
[ -z "$package_state" ] || [ "$package_state" = "unknown ok not-installed" ] \
  || fail "dpkg still knows funddesk: $package_state"
pass "removed; /usr/bin/funddesk is gone ($((SECONDS - started)) s in all)"
