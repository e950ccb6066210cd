"""TestSuite: a composite of tests, running class and module fixtures
around them."""

import sys

from unittest import case
from unittest import util

__unittest = True


def _call_if_exists(parent, attr):
    hook = getattr(parent, attr, None)
    if hook is not None:
        hook()


def _isnotsuite(test):
    """True for a single test: something that cannot be iterated."""
    try:
        iter(test)
        single = False
    except TypeError:
        single = True
    return single


class BaseTestSuite(object):
    """A list of tests run in order, without class or module fixtures."""

    # run() replaces each test it has run by None, so that a long run
    # does not keep every finished test alive
    _cleanup = True

    def __init__(self, tests=()):
        self._removed_tests = 0
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(other) == list(self)
        return NotImplemented

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(type(self)), list(self))

    def countTestCases(self):
        live = [t.countTestCases() for t in self if t]
        return self._removed_tests + sum(live)

    def addTest(self, test):
        """Append test, which must be a callable test instance."""
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and \
                issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError(_NOT_INSTANTIATED)
        self._tests.append(test)

    def addTests(self, tests):
        """addTest each test of an iterable."""
        if isinstance(tests, str):
            raise TypeError(_STRING_GIVEN)
        for one in tests:
            self.addTest(one)

    def run(self, result):
        position = 0
        for test in self:
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
            position += 1
        return result

    def _removeTestAtIndex(self, index):
        tests = self._tests
        try:
            done = tests[index]
        except TypeError:
            # _tests is not a list (a subclass keeps something else)
            return
        counter = getattr(done, 'countTestCases', None)
        if counter is not None:
            self._removed_tests += counter()
        self._tests[index] = None

    def debug(self):
        """Run the tests without a result, letting exceptions through."""
        for test in self:
            test.debug()


_NOT_INSTANTIATED = ("TestCases and TestSuites must be instantiated "
                     "before passing them to addTest()")
_STRING_GIVEN = "tests must be an iterable of tests, not a string"


class _ErrorHolder(object):
    """Stands in the result for a fixture (setUpClass, setUpModule...)
    that raised: named by its description, counting as no test."""

    # its errors are never assertion failures
    failureException = None

    def __init__(self, description):
        self.description = description

    def __str__(self):
        return self.id()

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def id(self):
        return self.description

    def countTestCases(self):
        return 0

    def shortDescription(self):
        return None

    def run(self, result):
        return None

    __call__ = run


class _DebugResult(object):
    "What debug() runs suites with: exceptions are not caught."
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


class TestSuite(BaseTestSuite):
    """A list of tests that also runs setUpClass/tearDownClass and
    setUpModule/tearDownModule as the running class and module change."""

    def run(self, result, debug=False):
        # only the outermost suite of a run closes the last class and
        # module fixtures
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        position = -1
        for test in self:
            position += 1
            if result.shouldStop:
                break
            if _isnotsuite(test) and not self._enter_fixtures(test, result):
                continue
            self._run_one(test, result, debug)
            if self._cleanup:
                self._removeTestAtIndex(position)
        if not outermost:
            return result
        self._tearDownPreviousClass(None, result)
        self._handleModuleTearDown(result)
        result._testRunEntered = False
        return result

    @staticmethod
    def _run_one(test, result, debug):
        if debug:
            test.debug()
            return
        test(result)

    def _enter_fixtures(self, test, result):
        """Close the previous class/module and open those of test; False
        when one of their set-ups failed (test is then not run)."""
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        cls = test.__class__
        result._previousTestClass = cls
        if getattr(result, '_moduleSetUpFailed', False):
            return False
        return not getattr(cls, '_classSetupFailed', False)

    def debug(self):
        """Run the tests without a result, letting exceptions through."""
        self.run(_DebugResult(), True)

    def _call_fixture(self, result, hook, description, on_error=None):
        """Call hook with the result's output buffering around it. When
        it raises, on_error() runs first (to flag the failure), then the
        exception is reported under description (raised when
        debugging)."""
        _call_if_exists(result, '_setupStdout')
        try:
            self._guarded(result, hook, description, on_error)
        finally:
            _call_if_exists(result, '_restoreStdout')

    @staticmethod
    def _guarded(result, hook, description, on_error):
        try:
            hook()
            return
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            skipped = isinstance(exc, case.SkipTest)
            info = sys.exc_info()
        if on_error is not None:
            on_error()
        holder = _ErrorHolder(description)
        skip_to = getattr(result, 'addSkip', None)
        if skipped and skip_to is not None:
            skip_to(holder, str(info[1]))
        else:
            result.addError(holder, info)

    @staticmethod
    def _class_flag(cls, value):
        try:
            cls._classSetupFailed = value
        except TypeError:
            # a class that refuses new attributes
            pass

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        unchanged = cls == getattr(result, '_previousTestClass', None)
        if unchanged or result._moduleSetUpFailed or \
                getattr(cls, "__unittest_skip__", False):
            return
        self._class_flag(cls, False)
        hook = getattr(cls, 'setUpClass', None)
        if hook is not None:
            def flag():
                cls._classSetupFailed = True
            self._call_fixture(result, hook, 'setUpClass (%s)' %
                               util.strclass(cls), flag)

    def _get_previous_module(self, result):
        cls = getattr(result, '_previousTestClass', None)
        return None if cls is None else cls.__module__

    def _handleModuleFixture(self, test, result):
        now = test.__class__.__module__
        if now == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        hook = getattr(sys.modules.get(now), 'setUpModule', None)
        if hook is not None:
            def flag():
                result._moduleSetUpFailed = True
            self._call_fixture(result, hook, 'setUpModule (%s)' % now, flag)

    def _handleModuleTearDown(self, result):
        before = self._get_previous_module(result)
        if before is None or result._moduleSetUpFailed:
            return
        hook = getattr(sys.modules.get(before), 'tearDownModule', None)
        if hook is not None:
            self._call_fixture(result, hook, 'tearDownModule (%s)' % before)

    def _tearDownPreviousClass(self, test, result):
        cls = getattr(result, '_previousTestClass', None)
        if cls == test.__class__:
            return
        for flag_owner, flag in ((cls, '_classSetupFailed'),
                                 (result, '_moduleSetUpFailed'),
                                 (cls, '__unittest_skip__')):
            if getattr(flag_owner, flag, False):
                return
        hook = getattr(cls, 'tearDownClass', None)
        if hook is not None:
            self._call_fixture(result, hook, 'tearDownClass (%s)' %
                               util.strclass(cls))
