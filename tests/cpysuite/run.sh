#!/bin/sh
# Runs CPython 3.6's own unit tests (the Lib/test package of the pyenv
# installation, copied to a scratch directory; nothing of it is kept in
# the project) under gpython-ssl, module by module, and sets each module's
# counts against CPython 3.6's, stored in baseline-cpython36.txt:
#
#   tests/cpysuite/run.sh BIN [MODULE ...]          (default: every test_* module)
#   tests/cpysuite/run.sh --cpython BIN [MODULE ...] (run CPython 3.6 again too)
#   tests/cpysuite/run.sh --baseline [MODULE ...]    (rewrite the stored figures)
#   tests/cpysuite/run.sh --from RAWFILE [MODULE ...] (table of a kept RAW run)
#
# RAW=path keeps our counts in the baseline's format, for --from later.
# REGRTEST=1 runs modules as regrtest does by default (no test resources,
# test_main() where a module has one) against baseline-cpython36-regrtest.txt;
# without it every resource counts as enabled and test classes are loaded.
# The tests CPython keeps inside unittest/ and sqlite3/ are lent to the
# binary's own packages (test_unittest, test_sqlite).
# TIMEOUT (seconds per module and interpreter, default 120) bounds each
# run; JOBS (default 1) modules run at once; OUT=path keeps the table. A
# module that does not get as far as a summary (an import error, a crash,
# the timeout) counts as running nothing, and the reason is shown. The
# table gives each module's deficit (3.6's passes minus ours) and the
# totals. Not part of `make test`: the whole suite takes most of an hour.
# census.py does the work; any CPython 3 runs it (not gpython-ssl).
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/census.py" "$@"
