#!/bin/sh
# Packaging checks run by CTest (see CMakeLists.txt next to this file). One subcommand per test:
#   check_packaging.sh desktop   DESKTOP_FILE
#   check_packaging.sh appstream METAINFO_FILE VERSION
#   check_packaging.sh mime      MIME_XML
#   check_packaging.sh icons     ICON_DIR APP_ID "SIZES"
#   check_packaging.sh manpage   MAN_PAGE VERSION
#   check_packaging.sh install   CMAKE BUILD_DIR VERSION BINDIR DATADIR MANDIR APP_ID "SIZES"
# Exits 0 when the check passes, 1 otherwise, printing every failure.
# The checks are called as "check_$1" at the end of the script.
# shellcheck disable=SC2317
set -u

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
need() { # need PROGRAM DEBIAN_PACKAGE
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: $1 not found: install the Debian package $2 (scripts/dev does)"
        exit 1
    fi
}
finish() {
    [ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
    echo "ok"
    exit 0
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check_desktop() { # The desktop entry passes desktop-file-validate without errors, warnings or hints.
    need desktop-file-validate desktop-file-utils
    desktop-file-validate "$1" >"$work/out" 2>&1
    status=$?
    [ "$status" -eq 0 ] || fail "desktop-file-validate exited with $status"
    [ ! -s "$work/out" ] || { fail "desktop-file-validate reported:"; cat "$work/out"; }
    for locale in de es fr hi ja ko th zh_CN; do
        grep -q "^Comment\[$locale\]=" "$1" || fail "no Comment[$locale]"
        grep -q "^GenericName\[$locale\]=" "$1" || fail "no GenericName[$locale]"
    done
    grep -q '^MimeType=.*application/x-dealscope-scenario;' "$1" || fail "scenario MIME type not claimed"
}

check_appstream() { # The metainfo passes appstreamcli validate (pedantic notes allowed) and has this release.
    need appstreamcli appstream
    appstreamcli validate --no-net "$1" >"$work/out" 2>&1
    status=$?
    if [ "$status" -ne 0 ] || grep -q '^[EW]:' "$work/out"; then
        fail "appstreamcli validate --no-net exited with $status:"
        cat "$work/out"
    fi
    grep -q "<release version=\"$2\"" "$1" || fail "no <release version=\"$2\"> (the project version)"
}

check_mime() { # update-mime-database accepts the definition and maps only *.dealscope-scenario.json to it.
    need update-mime-database shared-mime-info
    mkdir -p "$work/mime/packages"
    cp "$1" "$work/mime/packages/"
    # XDG_DATA_HOME names the parent of the database, which keeps the tool from warning that it is unused.
    XDG_DATA_HOME=$work update-mime-database "$work/mime" >"$work/out" 2>&1 || fail "update-mime-database failed"
    [ ! -s "$work/out" ] || { fail "update-mime-database reported:"; cat "$work/out"; }
    type=application/x-dealscope-scenario
    grep -qx "[0-9]*:$type:\*\.dealscope-scenario\.json" "$work/mime/globs2" 2>/dev/null ||
        fail "globs2 lacks *.dealscope-scenario.json for $type"
    globs=$(grep -c ":$type:" "$work/mime/globs2" 2>/dev/null)
    [ "$globs" = 1 ] || fail "expected exactly one glob for $type, found $globs"
    grep -qx "$type application/json" "$work/mime/subclasses" 2>/dev/null || fail "$type is not a subclass of JSON"
}

check_icons() { # The SVG is self-contained with a 128x128 view box; one PNG per size, of that size.
    need python3 python3
    python3 - "$1" "$2" "$3" <<'PY' || failures=$((failures + 1))
import os, re, struct, sys
import xml.etree.ElementTree as ET

icon_dir, app_id, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3].split(";")]
problems = []
svg_path = os.path.join(icon_dir, app_id + ".svg")
root = ET.parse(svg_path).getroot()
if root.tag != "{http://www.w3.org/2000/svg}svg":
    problems.append("the SVG root is not <svg>")
if root.get("viewBox") != "0 0 128 128":
    problems.append(f"viewBox is {root.get('viewBox')!r}, expected '0 0 128 128'")
for element in root.iter():
    name = element.tag.split("}")[-1]
    if name in ("image", "script", "foreignObject"):
        problems.append(f"<{name}> not allowed")
    for key, value in element.attrib.items():
        if key.split("}")[-1] == "href" and not value.startswith("#"):
            problems.append(f"external reference {value!r}")
        for target in re.findall(r"url\(([^)]*)\)", value):
            if not target.strip("'\" ").startswith("#"):
                problems.append(f"external reference url({target})")

present = sorted(int(m.group(1)) for d in os.listdir(icon_dir)
                 if (m := re.fullmatch(r"(\d+)x\1", d)) and os.path.isdir(os.path.join(icon_dir, d)))
if present != sorted(sizes):
    problems.append(f"size directories {present} differ from the installed sizes {sorted(sizes)}")
script = open(os.path.join(icon_dir, "render-pngs.sh"), encoding="utf-8").read()
m = re.search(r'^SIZES="([^"]*)"', script, re.M)
if not m or sorted(int(s) for s in m.group(1).split()) != sorted(sizes):
    problems.append("SIZES in render-pngs.sh differ from the installed sizes")
for size in sizes:
    png = os.path.join(icon_dir, f"{size}x{size}", app_id + ".png")
    try:
        with open(png, "rb") as f:
            head = f.read(24)
    except OSError as e:
        problems.append(f"{png}: {e.strerror}")
        continue
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        problems.append(f"{png}: not a PNG file")
        continue
    width, height = struct.unpack(">II", head[16:24])
    if (width, height) != (size, size):
        problems.append(f"{png}: {width}x{height}, expected {size}x{size}")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
PY
}

check_manpage() { # groff finds nothing to warn about, and the page carries the project version.
    need groff groff-base
    groff -man -ww -z "$1" >"$work/out" 2>&1 || fail "groff failed"
    [ ! -s "$work/out" ] || { fail "groff -man -ww reported:"; cat "$work/out"; }
    grep -q "^\.TH DEALSCOPE 1 .*\"Dealscope $2\"" "$1" || fail ".TH does not name Dealscope $2"
}

check_install() { # An installed tree moved to another prefix works without a display.
    cmake=$1 build=$2 version=$3 bindir=$4 datadir=$5 mandir=$6 app_id=$7 sizes=$8
    "$cmake" --install "$build" --prefix "$work/staged" >"$work/out" 2>&1 || {
        fail "cmake --install failed:"; cat "$work/out"; finish; }
    mv "$work/staged" "$work/moved"
    prefix=$work/moved
    for file in "$bindir/dealscope" \
        "$datadir/dealscope/microsoft-openai.json" "$datadir/dealscope/dealscope-dataset.schema.json" \
        "$datadir/applications/$app_id.desktop" "$datadir/metainfo/$app_id.metainfo.xml" \
        "$datadir/mime/packages/$app_id.xml" "$datadir/icons/hicolor/scalable/apps/$app_id.svg" \
        "$mandir/man1/dealscope.1.gz" "$datadir/doc/dealscope/copyright" "$datadir/doc/dealscope/changelog.gz"; do
        [ -f "$prefix/$file" ] || fail "not installed: $file"
    done
    for size in $(echo "$sizes" | tr ';' ' '); do
        [ -f "$prefix/$datadir/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "no ${size}x${size} icon"
    done
    if grep -rlF "$build" "$prefix/$datadir" >/dev/null 2>&1; then
        fail "installed data files mention the build directory"
    fi

    unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
    bin=$prefix/$bindir/dealscope
    "$bin" --version >"$work/out" 2>&1
    status=$?
    [ "$status" -eq 0 ] || fail "dealscope --version exited with $status"
    [ "$(cat "$work/out")" = "dealscope $version" ] || { fail "dealscope --version printed:"; cat "$work/out"; }

    "$bin" validate --verbose "$prefix/$datadir/dealscope/microsoft-openai.json" >"$work/out" 2>"$work/err"
    status=$?
    [ "$status" -eq 0 ] || fail "dealscope validate exited with $status"
    [ ! -s "$work/err" ] || { fail "dealscope validate reported problems:"; cat "$work/err"; }
    grep -q ': valid: ' "$work/out" || { fail "dealscope validate --verbose printed no summary:"; cat "$work/out"; }
}

[ $# -ge 1 ] || { echo "usage: check_packaging.sh CHECK ARGUMENTS..." >&2; exit 2; }
check=$1
shift
case $check in
desktop | appstream | mime | icons | manpage | install) "check_$check" "$@" ;;
*) echo "check_packaging.sh: unknown check '$check'" >&2; exit 2 ;;
esac
finish
