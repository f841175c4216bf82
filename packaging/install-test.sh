#!/usr/bin/env bash
# The package test (ctest: tst_package). From a finished build folder it
#   1. builds the .deb, and a second one with a newer version for the upgrade;
#   2. checks the package as Debian does: lintian (no errors), desktop-file-validate, appstreamcli validate;
#   3. installs it with dpkg, runs the installed madang and madangctl (the app under Xvfb);
#   4. puts a merchant's database from an older release where the app keeps it, upgrades the package over
#      the installed one, and checks the first start keeps the data, backs it up and migrates it;
#   5. removes the package and checks that it is gone and the merchant's data is not.
# Steps 3-5 need root and a machine where madang is not installed already; elsewhere the test stops after
# step 2 and reports itself skipped (exit 77). The lintian report is kept in the build folder.
#
# usage: install-test.sh BUILD_DIR VERSION OLD_DATABASE
set -euo pipefail

build=$(cd "$1" && pwd)
version=$2
old_db=$3
newer="${version}+1"
work=$(mktemp -d /tmp/madang-package.XXXXXX)
installed_by_us=0

cleanup() {
    if [ "$installed_by_us" = 1 ] && dpkg-query -W madang >/dev/null 2>&1; then
        dpkg --purge madang >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step() { echo "== $*"; }
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

step "cpack: madang $version and $newer"
(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
(cd "$build" && cpack -G DEB -R "$newer" -B "$work/pkg-newer" >>"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack (newer)"; }
deb=$(ls "$work"/pkg/madang_"${version}"_*.deb)
deb_newer=$(ls "$work"/pkg-newer/madang_"${newer}"_*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'

step "lintian"
lintian --fail-on error --info "$deb" >"$work/lintian.txt" 2>&1 && lint=0 || lint=$?
cp "$work/lintian.txt" "$build/lintian.txt"
cat "$work/lintian.txt"
[ "$lint" = 0 ] || fail "lintian reports errors (see above; kept in $build/lintian.txt)"
echo "lintian: no errors ($(grep -c '^W:' "$work/lintian.txt" || true) warnings, $(grep -c '^I:' "$work/lintian.txt" || true) notes)"

step "desktop-file-validate and appstreamcli validate"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/madang.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.madang.Madang.metainfo.xml"
for size in 48x48 64x64 128x128 256x256 scalable; do
    ls "$work/root/usr/share/icons/hicolor/$size/apps/" | grep -q '^madang\.' || fail "no $size icon"
done

if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null; then
    echo "SKIPPED: installing needs root and dpkg; the package itself passed its checks"
    exit 77
fi
if dpkg-query -W -f='${Status}' madang 2>/dev/null | grep -q "install ok installed"; then
    echo "SKIPPED: madang is already installed on this machine; the test never replaces a real installation"
    exit 77
fi

export HOME="$work/home"
mkdir -p "$HOME"
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software
smoke() { xvfb-run -a -s "-screen 0 1366x768x24" /usr/bin/madang --smoke "$@"; }

step "dpkg -i $(basename "$deb")"
installed_by_us=1
dpkg -i "$deb" || fail "dpkg -i (are the dependencies installed? apt-get install ./$(basename "$deb") resolves them)"
[ "$(/usr/bin/madang --version)" = "madang $version" ] || /usr/bin/madang --version | grep -q "$version" ||
    fail "madang --version: $(/usr/bin/madang --version)"
/usr/bin/madangctl --db "$work/x.db" init --vertical salon --name "설치 시험" --demo
out=$(smoke --db "$work/x.db")
echo "$out"
echo "$out" | grep -q '"startup_ms":' || fail "madang --smoke printed no JSON"

step "upgrade to $newer over a merchant's database from schema 1"
data="$HOME/.local/share/Madang/madang"
mkdir -p "$data"
cp "$old_db" "$data/madang.db"
chmod u+w "$data/madang.db"
dpkg -i "$deb_newer" || fail "dpkg -i (upgrade)"
[ "$(dpkg-query -W -f='${Version}' madang)" = "$newer" ] || fail "the upgrade did not install $newer"
out=$(smoke 2>"$work/first-start.log") || { cat "$work/first-start.log"; fail "first start after the upgrade"; }
cat "$work/first-start.log"
echo "$out"
echo "$out" | grep -q '"catalog_items":3' || fail "the merchant's three items did not survive: $out"
grep -q "Backed up .*madang.db.schema1.bak" "$work/first-start.log" || fail "the first start did not say where the backup went"
[ -f "$data/madang.db.schema1.bak" ] || fail "no backup before the upgrade"
[ "$(sqlite3 "$data/madang.db.schema1.bak" 'PRAGMA user_version')" = 1 ] || fail "the backup is not the old database"
[ "$(sqlite3 "$data/madang.db" 'PRAGMA user_version')" -gt 1 ] || fail "the database was not migrated"

step "dpkg --purge madang"
dpkg --purge madang
installed_by_us=0
for f in /usr/bin/madang /usr/bin/madangctl /usr/share/applications/madang.desktop /usr/share/man/man1/madang.1.gz; do
    [ ! -e "$f" ] || fail "$f is still there after removal"
done
[ -f "$data/madang.db" ] || fail "removing the package took the merchant's database"
echo "package test passed: lintian clean, installed, ran, upgraded with a backup, removed"
