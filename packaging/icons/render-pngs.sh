#!/bin/sh
# Renders the committed PNG icons from the SVG. Run it after changing the SVG, then commit the PNGs.
# Needs rsvg-convert (Debian package librsvg2-bin); the build itself does not, as the PNGs are committed.
# Keep SIZES in step with DEALSCOPE_ICON_SIZES in packaging/CMakeLists.txt (tests/packaging checks this).
set -eu
SIZES="16 32 48 64 128 256"
cd "$(dirname "$0")"
for size in $SIZES; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --output "${size}x${size}/io.github.dealscope.Dealscope.png" \
        io.github.dealscope.Dealscope.svg
done
