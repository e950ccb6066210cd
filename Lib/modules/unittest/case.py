"""TestCase, FunctionTestCase, the skip decorators and the assertion
machinery."""

import collections
import functools
import logging
import pprint
import re
import sys
import warnings

from unittest import result
from unittest.util import (safe_repr, strclass, _count_diff_all_purpose,
                   _count_diff_hashable, _common_shorten_repr)

from difflib import ndiff as _ndiff

__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raise to skip the running test (or class, or module fixture)."""


class _ShouldStop(Exception):
    """Ends a test early when the result asks to stop."""


class _UnexpectedSuccess(Exception):
    """Stands for an unexpected success reported as a failure."""


class _Outcome:
    """What happened while one test ran: its errors, skips and any
    expected failure, gathered by part (setUp, body, tearDown, cleanups,
    sub-tests)."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        # (test, exc_info or None) per part; (test, reason) per skip
        self.errors, self.skipped = [], []
        self.success, self.expecting_failure = True, False
        self.expectedFailure = None

    def testPartExecutor(self, test_case, isTest=False):
        return _Part(self, test_case, isTest)


class _Part:
    """A with-block running one part of a test under an _Outcome."""

    def __init__(self, outcome, test_case, is_test):
        self.outcome = outcome
        self.test_case = test_case
        self.is_test = is_test

    def __enter__(self):
        self.before = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, etype, value, tb):
        o = self.outcome
        try:
            if etype is None:
                if self.is_test and o.result_supports_subtests and o.success:
                    o.errors.append((self.test_case, None))
                return False
            if issubclass(etype, KeyboardInterrupt):
                return False
            if issubclass(etype, SkipTest):
                o.success = False
                o.skipped.append((self.test_case, str(value)))
            elif issubclass(etype, _ShouldStop):
                pass
            elif o.expecting_failure:
                o.expectedFailure = (etype, value, tb)
            else:
                o.success = False
                o.errors.append((self.test_case, (etype, value, tb)))
            return True
        finally:
            o.success = o.success and self.before


def _call_hook(obj, name):
    hook = getattr(obj, name, None)
    if hook is not None:
        hook()


def _keep(obj):
    return obj


def skip(reason):
    """Decorator: the test (function or class) is always skipped."""
    def raiser(*args, **kwargs):
        raise SkipTest(reason)

    def mark(item):
        # a class is marked as it is; a function is replaced by one that
        # raises SkipTest when called directly
        marked = item if isinstance(item, type) else \
            functools.wraps(item)(raiser)
        setattr(marked, '__unittest_skip__', True)
        setattr(marked, '__unittest_skip_why__', reason)
        return marked
    return mark


def skipIf(condition, reason):
    """Decorator: skip the test when condition is true."""
    return skip(reason) if condition else _keep


def skipUnless(condition, reason):
    """Decorator: skip the test unless condition is true."""
    return _keep if condition else skip(reason)


def expectedFailure(test_item):
    """Decorator: the test is expected to fail; passing is reported as an
    unexpected success."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


def _is_subtype(expected, basetype):
    # a class derived from basetype, or a tuple (nested or not) of them
    kinds = expected if isinstance(expected, tuple) else (expected,)
    for kind in kinds:
        if isinstance(kind, tuple):
            if not _is_subtype(kind, basetype):
                return False
        elif not (isinstance(kind, type) and issubclass(kind, basetype)):
            return False
    return True


_NO_NAME = object()


class _AssertContextBase:
    """Shared part of the assertRaises/assertWarns context managers."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.test_case, self.expected = test_case, expected
        self.expected_regex = (None if expected_regex is None
                               else re.compile(expected_regex))
        # set by handle(): the callable's name and the msg= argument
        self.msg = self.obj_name = None

    def _raiseFailure(self, standardMsg):
        text = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(text)

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def handle(self, name, args, kwargs):
        """Run the callable form when args holds a callable, or hand back
        self for use in a with statement."""
        if not _is_subtype(self.expected, self._base_type):
            message = '%s() arg 1 must be %s' % (name, self._base_type_str)
            raise TypeError(message)
        if args and args[0] is None:
            warnings.warn("callable is None", DeprecationWarning, 3)
            args = ()
        if args:
            return self._call(args[0], args[1:], kwargs)
        self.msg = kwargs.pop('msg', None)
        for unknown in kwargs:
            warnings.warn('%r is an invalid keyword argument for this '
                          'function' % (unknown,), DeprecationWarning, 3)
            break
        return self

    def _call(self, func, args, kwargs):
        # failure messages name the callable
        name = getattr(func, '__name__', _NO_NAME)
        self.obj_name = str(func) if name is _NO_NAME else name
        with self:
            func(*args, **kwargs)
        return None


class _AssertRaisesContext(_AssertContextBase):
    """Context manager behind assertRaises and assertRaisesRegex."""

    _base_type_str = 'an exception type or tuple of exception types'
    _base_type = BaseException

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        # nothing raised: that is the failure
        if exc_type is None:
            name = self._expected_name()
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(
                    name, self.obj_name))
            self._raiseFailure("{} not raised".format(name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None:
            text = str(exc_value)
            if not self.expected_regex.search(text):
                self._raiseFailure('"{}" does not match "{}"'.format(
                    self.expected_regex.pattern, text))
        return True


class _AssertWarnsContext(_AssertContextBase):
    """Context manager behind assertWarns and assertWarnsRegex."""

    _base_type_str = 'a warning type or tuple of warning types'
    _base_type = Warning

    def __enter__(self):
        # forget warnings already shown once, so that they show again
        for mod in list(sys.modules.values()):
            if getattr(mod, '__warningregistry__', None):
                mod.__warningregistry__ = {}
        manager = warnings.catch_warnings(record=True)
        self.warnings_manager = manager
        self.warnings = manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def _matching(self):
        """The first record of the expected category whose message
        matches, and the first of that category at all."""
        first = None
        for record in self.warnings:
            if isinstance(record.message, self.expected):
                if first is None:
                    first = record.message
                pattern = self.expected_regex
                if pattern is None or pattern.search(str(record.message)):
                    return record, first
        return None, first

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        found, first = self._matching()
        if found is not None:
            self.warning = found.message
            self.filename, self.lineno = found.filename, found.lineno
            return None
        if first is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first)))
        name = self._expected_name()
        if self.obj_name:
            self._raiseFailure("{} not triggered by {}".format(
                name, self.obj_name))
        self._raiseFailure("{} not triggered".format(name))


_LoggingWatcher = collections.namedtuple("_LoggingWatcher",
                                         ["records", "output"])


class _CapturingHandler(logging.Handler):
    """Keeps every record it is given, and its formatted text."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher(records=[], output=[])

    def emit(self, record):
        seen = self.watcher
        seen.records.append(record)
        seen.output.append(self.format(record))

    def flush(self):
        return None


class _AssertLogsContext:
    """Context manager behind assertLogs."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level):
        self.test_case, self.logger_name = test_case, logger_name
        self.msg = None
        self.level = (logging._nameToLevel.get(level, level) if level
                      else logging.INFO)

    def __enter__(self):
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        handler = _CapturingHandler()
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        # everything below is put back by __exit__
        self.saved = (list(target.handlers), target.level, target.propagate)
        target.handlers, target.propagate = [handler], False
        target.setLevel(self.level)
        return self.watcher

    def __exit__(self, exc_type, exc_value, tb):
        target = self.logger
        target.handlers, level, target.propagate = self.saved
        target.setLevel(level)
        if exc_type is not None:
            return False
        if not self.watcher.records:
            text = self.test_case._formatMessage(
                self.msg, "no logs of level {} or higher triggered on {}"
                .format(logging.getLevelName(self.level), target.name))
            raise self.test_case.failureException(text)
        return None



_NO_MSG = object()


class _SubTestBlock:
    """The with-block TestCase.subTest returns: runs its body as a test
    part of its own, labelled by a _SubTest."""

    def __init__(self, test, msg, params):
        self.test = test
        self.msg = msg
        self.params = params
        self.part = None

    def __enter__(self):
        test = self.test
        outcome = test._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None
        self.parent = test._subtest
        if self.parent is None:
            chain = collections.ChainMap(self.params)
        else:
            chain = self.parent.params.new_child(self.params)
        test._subtest = _SubTest(test, self.msg, chain)
        self.part = outcome.testPartExecutor(test._subtest, isTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, etype, value, tb):
        if self.part is None:
            return False
        test = self.test
        outcome = test._outcome
        try:
            if not self.part.__exit__(etype, value, tb) and etype is not None:
                return False
            if not outcome.success:
                res = outcome.result
                if res is not None and res.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return True
        finally:
            test._subtest = self.parent


class TestCase(object):
    """One test: an instance runs the method named methodName, between
    setUp() and tearDown(), and reports to a TestResult."""

    # what assertion failures raise; what a failing test reports
    failureException = AssertionError
    # whether msg= is added to (rather than replaces) the standard text
    longMessage = True
    # longest diff shown in a failure message; None for no limit
    maxDiff = 640
    # strings longer than this are compared without a diff
    _diffThreshold = 65536
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = self._subtest = None
        self._cleanups = []
        method = getattr(self, methodName, _NO_MSG)
        if method is not _NO_MSG:
            # the function's own docstring (a bound method's __doc__ is
            # not reliable on every interpreter)
            self._testMethodDoc = getattr(method, '__func__', method).__doc__
        elif methodName == 'runTest':
            self._testMethodDoc = 'No test'
        else:
            raise ValueError("no such test method in %s: %s" %
                             (self.__class__, methodName))
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual',
            tuple: 'assertTupleEqual', set: 'assertSetEqual',
            frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        """Use function (or the method of that name) for assertEqual
        when both arguments are exactly of type typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (or after a
        failed setUp), last added first."""
        self._cleanups.append((function, args, kwargs))

    def setUp(self):
        "Runs before each test method."

    def tearDown(self):
        "Runs after each test method."

    @classmethod
    def setUpClass(cls):
        "Runs once before the tests of the class."

    @classmethod
    def tearDownClass(cls):
        "Runs once after the tests of the class."

    def defaultTestResult(self):
        return result.TestResult()

    def countTestCases(self):
        return 1

    def id(self):
        return strclass(type(self)) + "." + self._testMethodName

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        text = self._testMethodDoc
        if not text:
            return None
        return text.split("\n", 1)[0].strip() or None

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(type(self)),
                                       self._testMethodName)

    def __str__(self):
        return "%s (%s)" % (self._testMethodName, strclass(type(self)))

    def _addSkip(self, result, test_case, reason):
        add = getattr(result, 'addSkip', None)
        if add is not None:
            add(test_case, reason)
        else:
            warnings.warn("TestResult has no addSkip method, skips not "
                          "reported", RuntimeWarning, 2)
            result.addSuccess(test_case)

    def subTest(self, msg=_NO_MSG, **params):
        """A with-block whose failure is reported on its own, labelled
        with msg and params, without ending the test."""
        return _SubTestBlock(self, msg, params)

    def _feedErrorsToResult(self, result, errors):
        for test, info in errors:
            if isinstance(test, _SubTest):
                # passing sub-tests are reported too, with info None
                result.addSubTest(test.test_case, test, info)
                continue
            if info is None:
                continue
            failed = issubclass(info[0], self.failureException)
            (result.addFailure if failed else result.addError)(test, info)

    def _addExpectedFailure(self, result, exc_info):
        try:
            add = result.addExpectedFailure
        except AttributeError:
            warnings.warn("TestResult has no addExpectedFailure method, "
                          "reporting as passes", RuntimeWarning)
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        warnings.warn("TestResult has no addUnexpectedSuccess method, "
                      "reporting as failure", RuntimeWarning)
        # reported as a failure with a traceback of its own
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            info = sys.exc_info()
        result.addFailure(self, info)

    def _skip_reason(self, method):
        """Why the test is skipped by decorator, or None."""
        for owner in (type(self), method):
            if getattr(owner, "__unittest_skip__", False):
                return getattr(owner, '__unittest_skip_why__', '')
        return None

    def _run_parts(self, outcome, method, expecting):
        # tearDown runs only after a setUp that succeeded
        with outcome.testPartExecutor(self):
            self.setUp()
        if outcome.success:
            self._run_body(outcome, method, expecting)
            with outcome.testPartExecutor(self):
                self.tearDown()

    def _run_body(self, outcome, method, expecting):
        # only a failure of the body itself can be the expected one
        outcome.expecting_failure = expecting
        try:
            with outcome.testPartExecutor(self, isTest=True):
                method()
        finally:
            outcome.expecting_failure = False

    def _report(self, result, outcome, expecting):
        for test, reason in outcome.skipped:
            self._addSkip(result, test, reason)
        self._feedErrorsToResult(result, outcome.errors)
        if not outcome.success:
            return
        if not expecting:
            result.addSuccess(self)
        elif outcome.expectedFailure:
            self._addExpectedFailure(result, outcome.expectedFailure)
        else:
            self._addUnexpectedSuccess(result)

    def run(self, result=None):
        """Run the test, reporting to result (a fresh default result when
        None, with startTestRun/stopTestRun around it)."""
        own = result is None
        if own:
            result = self.defaultTestResult()
            _call_hook(result, 'startTestRun')
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        outcome = None
        try:
            why = self._skip_reason(method)
            if why is not None:
                self._addSkip(result, self, why)
                return None
            expecting = any(getattr(owner, "__unittest_expecting_failure__",
                                    False) for owner in (method, self))
            outcome = self._outcome = _Outcome(result)
            self._run_parts(outcome, method, expecting)
            self.doCleanups()
            self._report(result, outcome, expecting)
            return result
        finally:
            result.stopTest(self)
            if own:
                _call_hook(result, 'stopTestRun')
            if outcome is not None:
                # drop the tracebacks (and the frames they hold)
                del outcome.errors[:]
                outcome.expectedFailure = None
            self._outcome = None

    def doCleanups(self):
        """Call the registered cleanups, last added first; False when one
        of them raised."""
        outcome = self._outcome
        if outcome is None:
            outcome = _Outcome()
        for function, args, kwargs in self._pop_cleanups():
            with outcome.testPartExecutor(self):
                function(*args, **kwargs)
        return outcome.success

    def _pop_cleanups(self):
        stack = self._cleanups
        while stack:
            yield stack.pop()

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without a result, letting exceptions through."""
        self.setUp()
        body = getattr(self, self._testMethodName)
        body()
        self.tearDown()
        for function, args, kwargs in self._pop_cleanups():
            function(*args, **kwargs)

    def skipTest(self, reason):
        """Skip the running test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail at once with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            # msg replaces the standard text
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            joined = '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            joined = '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))
        return joined

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def _require(self, ok, msg, template, *values):
        """Fail unless ok, with template filled in with the safe reprs of
        values (made only on failure) and combined with msg as
        _formatMessage does."""
        if not ok:
            self.fail(self._formatMessage(
                msg, template % tuple(safe_repr(v) for v in values)))

    # assertFalse and assertTrue raise failureException themselves, as
    # CPython's do, rather than through fail().

    def assertFalse(self, expr, msg=None):
        """Fail unless expr is false."""
        if expr:
            raise self.failureException(self._formatMessage(
                msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            raise self.failureException(self._formatMessage(
                msg, "%s is not true" % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the callable args[0] (called with the rest), or the
        with-block, raises expected_exception."""
        checker = _AssertRaisesContext(expected_exception, self)
        return checker.handle('assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the callable, or the with-block, warns with
        expected_warning."""
        checker = _AssertWarnsContext(expected_warning, self)
        return checker.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         *args, **kwargs):
        """assertWarns that also requires the message to match
        expected_regex."""
        checker = _AssertWarnsContext(expected_warning, self, expected_regex)
        return checker.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A with-block that fails unless logger logs at level (INFO by
        default) or above."""
        return _AssertLogsContext(self, logger, level)

    def _getAssertEqualityFunc(self, first, second):
        kind = type(first)
        checker = None
        if kind == type(second):
            checker = self._type_equality_funcs.get(kind)
        if checker is None:
            return self._baseAssertEqual
        return getattr(self, checker) if isinstance(checker, str) else checker

    def _baseAssertEqual(self, first, second, msg=None):
        if first == second:
            return
        standard = '%s != %s' % _common_shorten_repr(first, second)
        raise self.failureException(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        checker = self._getAssertEqualityFunc(first, second)
        checker(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if not first != second:
            raise self.failureException(self._formatMessage(
                msg, '%s == %s' % (safe_repr(first), safe_repr(second))))

    @staticmethod
    def _closeness(first, second, places, delta):
        """(difference, places) after checking the arguments; places is
        7 when neither is given."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        if delta is None and places is None:
            places = 7
        return abs(first - second), places

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        """Fail unless first and second agree to places decimal places (7
        by default) or within delta."""
        if first == second:
            # identical values need no arithmetic (they may not support it)
            return
        gap, places = self._closeness(first, second, places, delta)
        if delta is None:
            near = round(gap, places) == 0
            standard = '%s != %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        else:
            near = gap <= delta
            standard = '%s != %s within %s delta' % (
                safe_repr(first), safe_repr(second), safe_repr(delta))
        if not near:
            raise self.failureException(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        """Fail if first and second agree to places decimal places (7 by
        default) or within delta."""
        gap, places = self._closeness(first, second, places, delta)
        same = first == second
        if delta is None:
            far = not same and round(gap, places) != 0
            standard = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        else:
            far = not same and gap > delta
            standard = '%s == %s within %s delta' % (
                safe_repr(first), safe_repr(second), safe_repr(delta))
        if not far:
            raise self.failureException(self._formatMessage(msg, standard))

    def _pretty_diff(self, first, second):
        return '\n' + '\n'.join(_ndiff(pprint.pformat(first).splitlines(),
                                       pprint.pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the two sequences are equal, saying where they
        first differ."""
        if seq_type is not None:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(self._formatMessage(
                        msg, '%s sequence is not a %s: %s' %
                        (which, kind, safe_repr(seq))))
        else:
            kind = "sequence"
        report = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            report = 'First %s has no length.    Non-sequence?' % kind
        if report is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                report = 'Second %s has no length.    Non-sequence?' % kind
        if report is None:
            if seq1 == seq2:
                return
            report = '%ss differ: %s != %s\n' % (
                (kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
            report, same = self._first_difference(seq1, seq2, len1, len2,
                                                  kind, report)
            if same:
                if len1 == len2 and seq_type is None and \
                        type(seq1) != type(seq2):
                    return
                report += self._extra_elements(seq1, seq2, len1, len2, kind)
        report = self._truncateMessage(report, self._pretty_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, report))

    @staticmethod
    def _first_difference(seq1, seq2, len1, len2, kind, report):
        for i in range(min(len1, len2)):
            try:
                left = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                return (report + '\nUnable to index element %d of first %s\n'
                        % (i, kind)), False
            try:
                right = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                return (report + '\nUnable to index element %d of second %s\n'
                        % (i, kind)), False
            if left != right:
                return (report + '\nFirst differing element %d:\n%s\n%s\n' %
                        ((i,) + _common_shorten_repr(left, right))), False
        return report, True

    @staticmethod
    def _extra_elements(seq1, seq2, len1, len2, kind):
        if len1 == len2:
            return ''
        if len1 > len2:
            longer, which, short_len = seq1, 'First', len2
            where = 'first'
        else:
            longer, which, short_len = seq2, 'Second', len1
            where = 'second'
        text = '\n%s %s contains %d additional elements.\n' % (
            which, kind, abs(len1 - len2))
        try:
            text += 'First extra element %d:\n%s\n' % (
                short_len, safe_repr(longer[short_len]))
        except (TypeError, IndexError, NotImplementedError):
            text += 'Unable to index element %d of %s %s\n' % (
                short_len, where, kind)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _only_in(self, this, other, which):
        """this.difference(other) for assertSetEqual; a failure when it
        cannot be taken, which ('first' or 'second') naming the argument
        this is."""
        try:
            return this.difference(other)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('%s argument does not support set difference: %s'
                      % (which, e))

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the two sets hold the same items, listing those in
        one only."""
        only1 = self._only_in(set1, set2, 'first')
        only2 = self._only_in(set2, set1, 'second')
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        self._require(member in container, msg, '%s not found in %s',
                      member, container)

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        self._require(member not in container, msg,
                      '%s unexpectedly found in %s', member, container)

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        self._require(expr1 is expr2, msg, '%s is not %s', expr1, expr2)

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        self._require(expr1 is not expr2, msg, 'unexpectedly identical: %s',
                      expr1)

    def assertDictEqual(self, d1, d2, msg=None):
        """Fail unless the two dicts are equal, with a diff of their
        pretty-printed forms."""
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict,
                              'Second argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            standard = self._truncateMessage(standard,
                                             self._pretty_diff(d1, d2))
            self.fail(self._formatMessage(msg, standard))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: fail unless dictionary holds every item of
        subset."""
        warnings.warn('assertDictContainsSubset is deprecated',
                      DeprecationWarning)
        missing = [key for key in subset if key not in dictionary]
        mismatched = []
        for key, value in subset.items():
            if key in dictionary and value != dictionary[key]:
                mismatched.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value),
                    safe_repr(dictionary[key])))
        if not (missing or mismatched):
            return
        parts = []
        if missing:
            parts.append('Missing: %s' % ','.join(safe_repr(m)
                                                  for m in missing))
        if mismatched:
            parts.append('Mismatched values: %s' % ','.join(mismatched))
        self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless first and second hold the same items the same
        number of times, in any order."""
        items1, items2 = list(first), list(second)
        try:
            if collections.Counter(items1) == collections.Counter(items2):
                return
        except TypeError:
            diffs = _count_diff_all_purpose(items1, items2)
        else:
            diffs = _count_diff_hashable(items1, items2)
        if diffs:
            standard = 'Element counts were not equal:\n'
            detail = '\n'.join('First has %d, Second has %d:  %r' % d
                               for d in diffs)
            standard = self._truncateMessage(standard, detail)
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the two strings are equal, with a line diff."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or \
                len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        lines1 = first.splitlines(keepends=True)
        lines2 = second.splitlines(keepends=True)
        if len(lines1) == 1 and first.strip('\r\n') == first:
            lines1, lines2 = [first + '\n'], [second + '\n']
        standard = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(_ndiff(lines1, lines2))
        standard = self._truncateMessage(standard, diff)
        self.fail(self._formatMessage(msg, standard))

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        self._require(a < b, msg, '%s not less than %s', a, b)

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        self._require(a <= b, msg, '%s not less than or equal to %s', a, b)

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        self._require(a > b, msg, '%s not greater than %s', a, b)

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        self._require(a >= b, msg, '%s not greater than or equal to %s',
                      a, b)

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        self._require(obj is None, msg, '%s is not None', obj)

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex matches somewhere in text."""
        pattern = expected_regex
        if isinstance(pattern, (str, bytes)):
            assert pattern, "expected_regex must not be empty."
            pattern = re.compile(pattern)
        if pattern.search(text):
            return
        standard = "Regex didn't match: %r not found in %r" % (
            pattern.pattern, text)
        self.fail(self._formatMessage(msg, standard))

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          *args, **kwargs):
        """assertRaises that also requires str() of the exception to
        match expected_regex."""
        checker = _AssertRaisesContext(expected_exception, self,
                                       expected_regex)
        return checker.handle('assertRaisesRegex', args, kwargs)

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex matches somewhere in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self.fail(self._formatMessage(
                msg, 'Regex matched: %r matches %r in %r' % (
                    text[found.start():found.end()],
                    unexpected_regex.pattern, text)))


def _deprecated_alias(new):
    def alias(self, *args, **kwargs):
        warnings.warn('Please use {0} instead.'.format(new.__name__),
                      DeprecationWarning, 2)
        return new(self, *args, **kwargs)
    return alias


# the names of older releases, each warning when used
for _new, _olds in (
        ('assertEqual', ('failUnlessEqual', 'assertEquals')),
        ('assertNotEqual', ('failIfEqual', 'assertNotEquals')),
        ('assertAlmostEqual', ('failUnlessAlmostEqual',
                               'assertAlmostEquals')),
        ('assertNotAlmostEqual', ('failIfAlmostEqual',
                                  'assertNotAlmostEquals')),
        ('assertTrue', ('failUnless', 'assert_')),
        ('assertRaises', ('failUnlessRaises',)),
        ('assertFalse', ('failIf',)),
        ('assertRaisesRegex', ('assertRaisesRegexp',)),
        ('assertRegex', ('assertRegexpMatches',)),
        ('assertNotRegex', ('assertNotRegexpMatches',))):
    for _old in _olds:
        setattr(TestCase, _old,
                _deprecated_alias(TestCase.__dict__[_new]))
del _new, _olds, _old


class FunctionTestCase(TestCase):
    """A TestCase around a plain function, with optional set-up and
    tear-down functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None,
                 description=None):
        super(FunctionTestCase, self).__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc,
                self._description)

    def runTest(self):
        self._testFunc()

    def setUp(self):
        hook = self._setUpFunc
        if hook is not None:
            hook()

    def tearDown(self):
        hook = self._tearDownFunc
        if hook is not None:
            hook()

    def id(self):
        return self._testFunc.__name__

    def shortDescription(self):
        if self._description is not None:
            return self._description
        text = self._testFunc.__doc__
        if not text:
            return None
        return text.split("\n", 1)[0].strip() or None

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._parts() == other._parts()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(type(self)), self._testFunc)

    def __str__(self):
        return "%s (%s)" % (strclass(type(self)), self._testFunc.__name__)


class _SubTest(TestCase):
    """The test a subTest block reports as: its parent test plus the
    block's message and parameters."""

    def __init__(self, test_case, message, params):
        super(_SubTest, self).__init__()
        self.failureException = test_case.failureException
        self._message, self.params = message, params
        self.test_case = test_case

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        label = []
        if self._message is not _NO_MSG:
            label.append("[%s]" % (self._message,))
        if self.params:
            pairs = sorted(self.params.items())
            label.append("(%s)" % ', '.join('%s=%r' % (key, value)
                                             for key, value in pairs))
        return " ".join(label) if label else '(<subtest>)'

    def shortDescription(self):
        return self.test_case.shortDescription()

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())
