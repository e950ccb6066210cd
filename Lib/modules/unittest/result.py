"""TestResult: what a run of tests found."""

import functools
import io
import sys
import traceback

from unittest import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Make a result method stop the run first when failfast is set."""
    @functools.wraps(method)
    def stopping(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return stopping


def _captured_text(stream, frame):
    text = stream.getvalue()
    if not text:
        return ''
    if text[-1:] != '\n':
        text += '\n'
    return frame % text


class TestResult(object):
    """Collects the outcome of each test: failures and errors as (test,
    formatted traceback) pairs, skips, expected failures and unexpected
    successes, and the number of tests run."""

    # what TestSuite keeps between tests for the class and module fixtures
    _previousTestClass = None
    _moduleSetUpFailed = False
    _testRunEntered = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        for name in ('failures', 'errors', 'skipped', 'expectedFailures',
                     'unexpectedSuccesses'):
            setattr(self, name, [])
        self.testsRun = 0
        self.shouldStop = self.failfast = False
        self.buffer = self.tb_locals = False
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._stdout_buffer = self._stderr_buffer = None
        self._mirrorOutput = False

    def printErrors(self):
        "Called by the runner once the tests have run."

    def startTest(self, test):
        "Called before test runs."
        self._mirrorOutput = False
        self.testsRun = self.testsRun + 1
        self._setupStdout()

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = (io.StringIO(),
                                                        io.StringIO())
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def startTestRun(self):
        "Called once before any test runs."

    def stopTest(self, test):
        "Called after test has run."
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            shown = _captured_text(sys.stdout, STDOUT_LINE)
            if shown:
                self._original_stdout.write(shown)
            shown = _captured_text(sys.stderr, STDERR_LINE)
            if shown:
                self._original_stderr.write(shown)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        "Called once after every test has run."

    def _record(self, into, test, err):
        into.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addError(self, test, err):
        """Record err, a sys.exc_info() triple, as an error of test."""
        self._record(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        """Record err, a sys.exc_info() triple, as a failure of test."""
        self._record(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        """Record the end of a sub-test; err is None when it passed."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        into = self.failures if failed else self.errors
        into.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when test passed."

    def addSkip(self, test, reason):
        """Record that test was skipped for reason."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Record that test failed as expected."""
        text = self._exc_info_to_string(err, test)
        self.expectedFailures.append((test, text))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Record that test passed though expected to fail."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when there were no failures, errors or unexpected
        successes."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        etype, value, tb = err
        # leave out the frames of unittest itself at the top, and for an
        # assertion failure also those below the test's own code
        while tb is not None and self._is_relevant_tb_level(tb):
            tb = tb.tb_next
        if etype is test.failureException:
            depth = self._count_relevant_tb_levels(tb)
        else:
            depth = None
        lines = list(traceback.TracebackException(
            etype, value, tb, limit=depth,
            capture_locals=self.tb_locals).format())
        if self.buffer:
            lines.append(_captured_text(sys.stdout, STDOUT_LINE))
            lines.append(_captured_text(sys.stderr, STDERR_LINE))
        return ''.join(lines)

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _count_relevant_tb_levels(self, tb):
        depth = 0
        while tb is not None and not self._is_relevant_tb_level(tb):
            tb = tb.tb_next
            depth += 1
        return depth

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun, len(self.errors),
            len(self.failures))
