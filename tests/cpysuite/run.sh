#!/bin/sh
# Runs CPython 3.6's own unit tests (the Lib/test package of the pyenv
# installation, copied to a scratch directory; nothing of it is kept in
# the project) under gpython-ssl and under CPython 3.6, module by module,
# and prints each module's counts side by side and the totals.
#
#   tests/cpysuite/run.sh BIN [MODULE ...]     (default: every test_* module)
#
# TIMEOUT (seconds per module and interpreter, default 120) bounds each
# run. A module that does not get as far as a summary (an import error, a
# crash, the timeout) counts as running nothing; its first line of output
# is shown instead. Not part of `make test`: the whole suite takes an hour.
set -u
bin=$1
shift
timeout=${TIMEOUT:-120}
here=$(cd "$(dirname "$0")" && pwd)
cpython=$(PYENV_VERSION=3.6.15 python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
case "$cpython" in
*3.6*) ;;
*) echo "CPython 3.6 (pyenv 3.6.15) is needed: its Lib/test is what runs" >&2; exit 2 ;;
esac
lib=$("$cpython" -c 'import os, test; print(os.path.dirname(os.path.dirname(test.__file__)))')
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$lib/test" "$scratch/test"
if [ $# -eq 0 ]; then
	set -- $(cd "$scratch/test" && ls -d test_* | sed 's/\.py$//' | sort -u)
fi
summary() { # interpreter module -> "run fail err skip" or the reason
	out=$(cd "$scratch" && timeout "$timeout" "$1" "$here/runone.py" "$scratch" "$2" 2>&1 </dev/null)
	line=$(printf '%s\n' "$out" | grep '^SUMMARY ' | tail -1)
	if [ -n "$line" ]; then
		printf '%s\n' "$line" | awk '{print $4, $6, $8, $10}'
	else
		printf 'none %s\n' "$(printf '%s\n' "$out" | grep -v '^\s' | tail -1 | cut -c1-80)"
	fi
}
printf '%-28s %-24s %s\n' module "gpython-ssl run/fail/err/skip" "CPython 3.6 run/fail/err/skip"
for m in "$@"; do
	printf '%-28s %-24s %s\n' "$m" "$(summary "$bin" "$m")" "$(summary "$cpython" "$m")"
done | tee "$scratch/table"
awk 'NR > 0 {
	if ($2 != "none") { ours += $2 - $3 - $4 - $5; oursmods++ }
	n = split($0, f, " "); c = ($(n-3) ~ /^[0-9]+$/) ? $(n-3) - $(n-2) - $(n-1) - $n : 0
	if ($(n-3) ~ /^[0-9]+$/) { cpy += c; cpymods++ }
}
END { printf "\nmodules that run: gpython-ssl %d, CPython 3.6 %d; tests passed: gpython-ssl %d, CPython 3.6 %d\n", oursmods, cpymods, ours, cpy }' "$scratch/table"
