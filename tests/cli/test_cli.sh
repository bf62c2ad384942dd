#!/bin/sh
# The dealscope executable on the command line: exit codes and messages, with no display at all.
# Usage: test_cli.sh DEALSCOPE_BINARY SOURCE_DIR
set -u
bin=$1
src=$2
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

check() { # check NAME EXPECTED_STATUS ACTUAL_STATUS
    if [ "$2" != "$3" ]; then
        echo "FAIL: $1: exit status $3, expected $2"
        failures=$((failures + 1))
    fi
}
contains() { # contains NAME FILE PATTERN
    if ! grep -q -- "$3" "$2"; then
        echo "FAIL: $1: output lacks '$3':"
        sed 's/^/    /' "$2"
        failures=$((failures + 1))
    fi
}

"$bin" --version >"$work/out" 2>&1
check "--version" 0 $?
contains "--version" "$work/out" '^dealscope [0-9][0-9.]*$'

"$bin" --help >"$work/out" 2>&1
check "--help" 0 $?
contains "--help" "$work/out" 'dealscope validate'

"$bin" validate "$src/resources/data/microsoft-openai.json" >"$work/out" 2>"$work/err"
check "validate bundled dataset" 0 $?
if [ -s "$work/err" ]; then
    echo "FAIL: validate bundled dataset printed problems:"; cat "$work/err"; failures=$((failures + 1))
fi

# A broken copy: a clause that points at a milestone nobody defined.
sed '0,/"milestone": "agi-verified"/s//"milestone": "agi"/' "$src/resources/data/microsoft-openai.json" >"$work/broken.json"
"$bin" validate "$work/broken.json" >"$work/out" 2>"$work/err"
check "validate broken copy" 2 $?
contains "validate broken copy" "$work/err" "^$work/broken.json:[0-9]*:[0-9]*: clauses\[[0-9]*\]\.term\.end.*: unknown milestone \"agi\"$"

"$bin" validate >"$work/out" 2>"$work/err"
check "validate without a file" 2 $?
contains "validate without a file" "$work/err" 'validate needs at least one FILE'

"$bin" --no-such-option >"$work/out" 2>"$work/err"
check "unknown option" 2 $?
contains "unknown option" "$work/err" "Unknown option 'no-such-option'"

"$bin" validate /dev/null/nothing >"$work/out" 2>"$work/err"
check "missing file" 2 $?
contains "missing file" "$work/err" '/dev/null/nothing: no such file'

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all command-line checks passed"
