#!/bin/sh
# Builds the Debian package from a configured build directory, checks it with lintian, installs it with
# apt-get, runs the installed program without a display, then removes the package and the packages its
# installation pulled in, so that the system is left as it was.
#
#   packaging/test-deb.sh BUILD_DIR        (CI: packaging/test-deb.sh build/default)
#
# Needs root for apt-get (uses sudo otherwise), lintian, dpkg-dev (dpkg-shlibdeps) and file (CPack's
# dependency scan), all of which scripts/dev installs. The package goes to BUILD_DIR/deb.
#
# Lintian must report no error. The warnings it still reports are listed in ALLOWED_WARNINGS below,
# each with its reason; any other warning fails the script. At present the list is empty: lintian
# 2.116 (Debian 12) reports no warning for the package, only these informational tags:
#   - hardening-no-bindnow: the presets do not link with -z now. Debian source packages get it from
#     dpkg-buildflags; a CPack build from the presets does not, and it is a hardening extra, not a fault.
#   - binary-has-unneeded-section .comment: CPack's strip keeps the compiler's version note.
#   - spelling-error-in-binary (e.g. "Plattform", "dont", "informations", "comit"): false positives
#     from the German and French texts of the dataset and articles compiled into the binary.
# Run as root, lintian also says that this is not recommended; that is harmless for a local package.
# Lists of package names and tags ($pulled_in, $unexpected) are split into words on purpose.
# shellcheck disable=SC2086
set -eu

ALLOWED_WARNINGS=""

usage() {
    echo "usage: packaging/test-deb.sh BUILD_DIR" >&2
    exit 2
}
[ $# -eq 1 ] || usage
[ -f "$1/CPackConfig.cmake" ] || { echo "test-deb: $1 is not a configured build directory" >&2; exit 2; }
build=$(cd "$1" && pwd)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "test-deb: run as root or install sudo" >&2; exit 1; }
    sudo=sudo
fi
# Wait for the package database instead of failing when another apt-get holds its lock.
apt() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=600 "$@"; }

installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'; }
if installed dealscope; then
    echo "test-deb: the dealscope package is already installed; remove it first" >&2
    exit 1
fi

# 1. Build the package (the build directory may be out of date; cpack does not build).
cmake --build "$build"
out=$build/deb
rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out"
set -- "$out"/dealscope_*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "test-deb: expected one dealscope_*.deb in $out" >&2
    exit 1
fi
deb=$1
version=$(dpkg-deb --field "$deb" Version)
echo "test-deb: built $deb"
dpkg-deb --field "$deb"

# 2. Lintian: no error, and no warning outside ALLOWED_WARNINGS.
lintian_out=$(mktemp)
trap 'rm -f "$lintian_out"' EXIT
status=0
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" >"$lintian_out" 2>&1 || status=$?
cat "$lintian_out"
[ "$status" -eq 0 ] || { echo "test-deb: lintian found errors (exit status $status)" >&2; exit 1; }
unexpected=$(sed -n 's/^W: [^ ]*: \([^ ]*\).*/\1/p' "$lintian_out" | sort -u | while read -r tag; do
    case " $ALLOWED_WARNINGS " in *" $tag "*) ;; *) echo "$tag" ;; esac
done)
if [ -n "$unexpected" ]; then
    echo "test-deb: lintian warnings not in ALLOWED_WARNINGS:" $unexpected >&2
    exit 1
fi

# 3. Install. Note which packages the installation brings in, to remove exactly those afterwards.
pulled_in=$(apt-get -s install "$deb" | awk '$1 == "Inst" && $2 != "dealscope" { print $2 }')
cleanup() {
    status=$?
    set +e
    rm -f "$lintian_out"
    echo "test-deb: removing dealscope"
    apt remove dealscope >/dev/null
    if [ -n "$pulled_in" ]; then
        # Purge what this test installed, unless that would take anything else with it.
        others=$(apt-get -s purge $pulled_in | awk '$1 == "Purg" { print $2 }' | while read -r p; do
            printf '%s\n' $pulled_in | grep -qxF "$p" || echo "$p"
        done)
        if [ -z "$others" ]; then
            echo "test-deb: purging the packages the test installed:" $pulled_in
            apt purge $pulled_in >/dev/null
        else
            echo "test-deb: leaving" $pulled_in "installed: purging them would also remove" $others >&2
        fi
    fi
    if installed dealscope; then
        echo "test-deb: dealscope is still installed" >&2
        status=1
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
apt install "$deb"

# 4. The installed program, without a display.
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

printed=$(/usr/bin/dealscope --version) || fail "dealscope --version exited with $?"
[ "$printed" = "dealscope $version" ] || fail "dealscope --version printed '$printed', expected 'dealscope $version'"

dataset=/usr/share/dealscope/microsoft-openai.json
problems=$(/usr/bin/dealscope validate "$dataset" 2>&1 >/dev/null) || fail "dealscope validate $dataset exited with $?"
[ -z "$problems" ] || fail "dealscope validate $dataset reported: $problems"

# The package triggers registered the scenario MIME type and the desktop entry that opens it.
grep -q '^[0-9]*:application/x-dealscope-scenario:\*\.dealscope-scenario\.json$' /usr/share/mime/globs2 ||
    fail "the scenario MIME type is not in the system MIME database"
if command -v update-desktop-database >/dev/null; then
    grep -q '^application/x-dealscope-scenario=.*io\.github\.dealscope\.Dealscope\.desktop' \
        /usr/share/applications/mimeinfo.cache || fail "no desktop entry is registered for scenario files"
fi
man -w dealscope >/dev/null 2>&1 || fail "man cannot find dealscope(1)"

# A headless export with the installed binary: it picks the offscreen platform itself, prints nothing and
# writes a PNG of the requested size.
exported=$(mktemp -d)
if out=$(/usr/bin/dealscope export --preset base --chart layers --size 800x450 -o "$exported/layers.png" 2>&1); then
    [ -z "$out" ] || fail "dealscope export printed '$out'"
    head -c 24 "$exported/layers.png" | od -An -tx1 | tr -d ' \n' | grep -qx '89504e470d0a1a0a0000000d4948445200000320000001c2' ||
        fail "dealscope export wrote no 800x450 PNG"
else
    fail "dealscope export exited with $?: $out"
fi
rm -rf "$exported"

[ "$failures" -eq 0 ] || { echo "test-deb: $failures failure(s)" >&2; exit 1; }
echo "test-deb: the installed package works"
