"""TextTestRunner and TextTestResult: run tests and report on a text
stream."""

import sys
import time
import warnings

from unittest import result
from unittest.signals import registerResult

__unittest = True


def _hook(res, name):
    # results need not have the run hooks
    method = getattr(res, name, None)
    if method is not None:
        method()


class _WritelnDecorator(object):
    """A stream with writeln() added; everything else is the stream's."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # 'stream' itself missing means we are half-built (copy, pickle)
        if name == 'stream' or name == '__getstate__':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


# What each outcome prints: (verbose word, progress character).
_MARKS = {
    'success': ("ok", '.'),
    'error': ("ERROR", 'E'),
    'failure': ("FAIL", 'F'),
    'expected': ("expected failure", 'x'),
    'unexpected': ("unexpected success", 'u'),
}


class TextTestResult(result.TestResult):
    """A TestResult that reports progress on a stream: one character per
    test at verbosity 1, one line per test at 2 and above."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        result.TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.dots, self.showAll = (verbosity == 1), (verbosity >= 2)

    def getDescription(self, test):
        doc = test.shortDescription()
        if not (self.descriptions and doc):
            return str(test)
        return str(test) + '\n' + doc

    def _mark(self, word, char):
        out = self.stream
        if self.showAll:
            out.writeln(word)
        elif self.dots:
            out.write(char)
            out.flush()

    def startTest(self, test):
        result.TestResult.startTest(self, test)
        if not self.showAll:
            return
        out = self.stream
        out.write(self.getDescription(test) + " ... ")
        out.flush()

    def addSuccess(self, test):
        result.TestResult.addSuccess(self, test)
        self._mark(*_MARKS['success'])

    def addError(self, test, err):
        result.TestResult.addError(self, test, err)
        self._mark(*_MARKS['error'])

    def addFailure(self, test, err):
        result.TestResult.addFailure(self, test, err)
        self._mark(*_MARKS['failure'])

    def addSkip(self, test, reason):
        result.TestResult.addSkip(self, test, reason)
        self._mark("skipped %r" % (reason,), 's')

    def addExpectedFailure(self, test, err):
        result.TestResult.addExpectedFailure(self, test, err)
        self._mark(*_MARKS['expected'])

    def addUnexpectedSuccess(self, test):
        result.TestResult.addUnexpectedSuccess(self, test)
        self._mark(*_MARKS['unexpected'])

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()
        for flavour, found in (('ERROR', self.errors),
                               ('FAIL', self.failures)):
            self.printErrorList(flavour, found)

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            out.writeln(self.separator1)
            out.writeln("%s: %s" % (flavour, self.getDescription(test)))
            out.writeln(self.separator2)
            out.writeln("%s" % text)


class TextTestRunner(object):
    """Runs a test and reports on stream (sys.stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None
                                        else stream)
        self.verbosity, self.descriptions = verbosity, descriptions
        self.failfast, self.buffer, self.tb_locals = (failfast, buffer,
                                                      tb_locals)
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions,
                                self.verbosity)

    def _run_quietly(self, test, res):
        # the run itself, under the warnings filter asked for
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ('default', 'always'):
                    # the deprecated assert aliases warn once per module
                    warnings.filterwarnings(
                        'module', category=DeprecationWarning,
                        message=r'Please use assert\w+ instead.')
            began = time.time()
            _hook(res, 'startTestRun')
            try:
                test(res)
            finally:
                _hook(res, 'stopTestRun')
            return time.time() - began

    def _summary(self, res):
        try:
            tallies = (("skipped", len(res.skipped)),
                       ("expected failures", len(res.expectedFailures)),
                       ("unexpected successes",
                        len(res.unexpectedSuccesses)))
        except AttributeError:
            tallies = ()
        parts = []
        if res.wasSuccessful():
            head = "OK"
        else:
            head = "FAILED"
            for label, found in (("failures", res.failures),
                                 ("errors", res.errors)):
                if found:
                    parts.append("%s=%d" % (label, len(found)))
        parts.extend("%s=%d" % (label, n) for label, n in tallies if n)
        if parts:
            return "%s (%s)\n" % (head, ", ".join(parts))
        return head + "\n"

    def run(self, test):
        """Run test (a case or suite); print the report; return the
        result."""
        res = self._makeResult()
        registerResult(res)
        res.failfast, res.buffer, res.tb_locals = (self.failfast, self.buffer,
                                                   self.tb_locals)
        elapsed = self._run_quietly(test, res)
        res.printErrors()
        out = self.stream
        if hasattr(res, 'separator2'):
            out.writeln(res.separator2)
        count = res.testsRun
        out.writeln("Ran %d %s in %.3fs" % (
            count, "test" if count == 1 else "tests", elapsed))
        out.writeln()
        out.write(self._summary(res))
        return res
