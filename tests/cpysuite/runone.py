"""Run one module of CPython's own test suite and print a summary line.

Usage: interpreter runone.py TESTDIR MODULE [-v]

TESTDIR holds a copy of CPython's Lib/test package (run.sh makes it); it
goes first on sys.path, so that only `test` comes from CPython and every
other module the tests import is the interpreter's own. The last line of
stdout is

    SUMMARY MODULE run N fail N err N skip N

and, with -v, each failure's traceback comes before it.

With CPYSUITE_REGRTEST set in the environment (census.py sets it), the
module runs as regrtest runs it by default: no test resources enabled
(network, cpu, largefile, tzdata, ... tests skip; without it every resource
counts as enabled), and a module that has test_main() and no load_tests()
runs through test_main(); otherwise its test classes are loaded and run.
"""
import importlib
import importlib.util
import os
import sys
import unittest


def lend_package_tests(root):
    """Make ROOT/PKG/test importable as PKG.test where PKG has none.

    A few of CPython's test modules (test_unittest, test_sqlite) only load
    the tests kept inside the package they test. The interpreter under test
    ships its own package without them, so census.py copies CPython's into
    ROOT and they are added to the package's search path here.
    """
    for name in sorted(os.listdir(root)):
        try:
            package = importlib.import_module(name)
            if importlib.util.find_spec(name + ".test") is not None:
                continue
        except ImportError:
            continue
        path = getattr(package, "__path__", None)
        if path is not None:
            path.append(os.path.join(root, name))


class Tally:
    """Counts of every suite run for one module."""

    def __init__(self, verbose):
        self.verbose = verbose
        self.sink = sys.stdout if verbose else open(os.devnull, "w")
        self.run = 0
        self.failures, self.errors, self.skipped = [], [], []

    def run_suite(self, suite):
        runner = unittest.TextTestRunner(stream=self.sink, verbosity=2 if self.verbose else 0)
        result = runner.run(suite)
        self.run += result.testsRun
        self.failures += result.failures
        self.errors += result.errors
        self.skipped += result.skipped

    def run_unittest(self, *items):
        """Stands in for test.support.run_unittest: runs and counts, never raises."""
        loader = unittest.defaultTestLoader
        suite = unittest.TestSuite()
        for item in items:
            if isinstance(item, str):
                suite.addTest(loader.loadTestsFromModule(sys.modules[item]))
            elif isinstance(item, (unittest.TestSuite, unittest.TestCase)):
                suite.addTest(item)
            else:
                suite.addTest(loader.loadTestsFromTestCase(item))
        self.run_suite(suite)


def run_test_main(loaded, tally):
    """Runs the module as regrtest does when it has test_main().

    Such a module may set things up around its run_unittest() call (C and
    Python variants, warnings filters), which loading its classes alone
    misses; each run_unittest() call is counted instead. An exception out
    of test_main() itself counts as one error.
    """
    import test.support
    saved = test.support.run_unittest
    test.support.run_unittest = tally.run_unittest
    # `from test.support import run_unittest` bound the original by name.
    bound = getattr(loaded, "run_unittest", None) is saved
    if bound:
        loaded.run_unittest = tally.run_unittest
    try:
        loaded.test_main()
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        tally.run += 1
        tally.errors.append(("test_main", "%s: %s" % (type(exc).__name__, exc)))
    finally:
        test.support.run_unittest = saved
        if bound:
            loaded.run_unittest = saved


def main(argv):
    testdir, module = argv[1], argv[2]
    verbose = "-v" in argv[3:]
    sys.path.insert(0, testdir)
    lent = os.environ.get("CPYSUITE_PACKAGE_TESTS")
    if lent and os.path.isdir(lent):
        lend_package_tests(lent)
    regrtest = bool(os.environ.get("CPYSUITE_REGRTEST"))
    if regrtest:
        import test.support
        test.support.use_resources = []
    loaded = importlib.import_module("test." + module)
    tally = Tally(verbose)
    if regrtest and hasattr(loaded, "test_main") and not hasattr(loaded, "load_tests"):
        run_test_main(loaded, tally)
    else:
        tally.run_suite(unittest.defaultTestLoader.loadTestsFromModule(loaded))
    if verbose:
        for case, text in tally.failures + tally.errors:
            print("=" * 70)
            print(case)
            print(text)
    sys.stdout.flush()
    print("SUMMARY %s run %d fail %d err %d skip %d" % (
        module, tally.run, len(tally.failures), len(tally.errors), len(tally.skipped)))


if __name__ == "__main__":
    main(sys.argv)
