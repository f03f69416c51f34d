#!/usr/bin/env bash
# Builds the .deb from an existing build folder, checks its file list and dependencies,
# unpacks it into a throwaway root with dpkg-deb -x and launches the unpacked executables,
# then validates the unpacked desktop file and AppStream metainfo.
# Usage: check-deb.sh BUILD_DIR APP_ID VERSION
set -euo pipefail

build_dir=$1
app_id=$2
version=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# cpack installs the already built binaries. It writes the package into $work, so that a
# package from an earlier run in the build folder cannot pass the checks.
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed to build the .deb"; }
debs=("$work"/out/resellerdesk_"$version"_*.deb)
[[ -f ${debs[0]} ]] || fail "no resellerdesk_${version}_*.deb in the cpack output: $(ls "$work/out")"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

contents=$(dpkg-deb --contents "$deb")
for path in \
    ./usr/bin/resellerdesk \
    ./usr/bin/resellerdesk-cli \
    ./usr/bin/resellerdesk-sandbox \
    "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    grep -qF -- " $path" <<<"$contents" || fail "$path is missing from the .deb"
done
if grep -qE ' \./usr/(lib|include)/' <<<"$contents"; then
    fail "the .deb contains libraries or headers of the static build libraries"
fi

depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for package in libqt6widgets6 libqt6network6 libqt6sql6-sqlite libqt6svg6 libssl3; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"

version_output=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/resellerdesk" --version 2>&1) ||
    fail "the unpacked resellerdesk --version failed: $version_output"
grep -qF "ResellerDesk $version" <<<"$version_output" ||
    fail "resellerdesk --version printed \"$version_output\", expected ResellerDesk $version"

cli_output=$("$root/usr/bin/resellerdesk-cli" --help 2>&1) ||
    fail "the unpacked resellerdesk-cli --help failed: $cli_output"
grep -qi "usage" <<<"$cli_output" || fail "resellerdesk-cli --help printed no usage: $cli_output"

desktop="$root/usr/share/applications/$app_id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejected $app_id.desktop"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file does not name the icon $app_id"
grep -qx "Exec=resellerdesk" "$desktop" || fail "the desktop file does not start resellerdesk"

# --no-net: the test must not reach the network. The one pedantic remark left, that the
# component id has upper-case letters, is the fixed reverse-DNS id, so only errors and
# warnings fail the test (appstreamcli exits non-zero on those).
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejected $app_id.metainfo.xml"
grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"

echo "1 passed, 0 failed"
