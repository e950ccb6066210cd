"""Run one module of CPython's own test suite and print a summary line.

Usage: interpreter runone.py TESTDIR MODULE [-v]

TESTDIR holds a copy of CPython's Lib/test package (run.sh makes it); it
goes first on sys.path, so that only `test` comes from CPython and every
other module the tests import is the interpreter's own. The last line of
stdout is

    SUMMARY MODULE run N fail N err N skip N

and, with -v, each failure's traceback comes before it.
"""
import importlib
import sys
import unittest


def main(argv):
    testdir, module = argv[1], argv[2]
    verbose = "-v" in argv[3:]
    sys.path.insert(0, testdir)
    loaded = importlib.import_module("test." + module)
    suite = unittest.defaultTestLoader.loadTestsFromModule(loaded)
    sink = sys.stdout if verbose else open("/dev/null", "w")
    result = unittest.TextTestRunner(stream=sink, verbosity=2 if verbose else 0).run(suite)
    if verbose:
        for case, text in result.failures + result.errors:
            print("=" * 70)
            print(case)
            print(text)
    sys.stdout.flush()
    print("SUMMARY %s run %d fail %d err %d skip %d" % (
        module, result.testsRun, len(result.failures), len(result.errors), len(result.skipped)))


if __name__ == "__main__":
    main(sys.argv)
