#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The accessibility suite in its own world: an X server (Xvfb), a private D-Bus session and the AT-SPI
# bus that Orca uses, then test_accessibility.py against the built app.
#   run_accessibility_suite.sh DEALSCOPE_BINARY
# Exits 77 (skipped) where the AT-SPI client is not installed; scripts/dev installs it on Debian 12.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
binary=$1
for tool in dbus-run-session xvfb-run xauth xdotool /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null 2>&1 || { echo "skipped: $tool is not installed" >&2; exit 77; }
done
# Debian's python3, where python3-pyatspi lives, whatever python3 comes first on PATH.
python=/usr/bin/python3
"$python" -c "import pyatspi" 2>/dev/null || { echo "skipped: python3-pyatspi is not installed" >&2; exit 77; }
export NO_AT_BRIDGE=0 GTK_A11Y=none
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1600x900x24 -nolisten tcp" \
    sh -c '/usr/libexec/at-spi-bus-launcher --launch-immediately & launcher=$!
           "$0" "$1/test_accessibility.py" "$2"; status=$?
           kill $launcher 2>/dev/null; exit $status' "$python" "$here" "$binary"
