"""A unit testing framework in the style of CPython 3.6's unittest:
test cases with fixtures and assertions, suites, loaders, results and a
text runner, and main() to run a module's tests."""

# frames of this package are left out of the tracebacks of failures
__unittest = True

from unittest.result import TestResult
from unittest.case import (
    TestCase, FunctionTestCase, SkipTest,
    skip, skipIf, skipUnless, expectedFailure,
)
from unittest.suite import BaseTestSuite, TestSuite
from unittest.loader import (
    TestLoader, defaultTestLoader,
    makeSuite, getTestCaseNames, findTestCases,
)
from unittest.main import main, TestProgram
from unittest.runner import TextTestRunner, TextTestResult
from unittest.signals import (
    installHandler, removeHandler, registerResult, removeResult,
)

__all__ = [
    # writing tests
    'TestCase', 'FunctionTestCase', 'SkipTest', 'skip', 'skipIf',
    'skipUnless', 'expectedFailure',
    # collecting and running them
    'TestSuite', 'TestLoader', 'defaultTestLoader', 'TestResult',
    'TextTestRunner', 'TextTestResult', 'main',
    # Ctrl-C handling
    'installHandler', 'removeHandler', 'registerResult', 'removeResult',
    # older helpers
    'getTestCaseNames', 'makeSuite', 'findTestCases',
]

_TextTestResult = TextTestResult

# loaded with the package, so that "from unittest import mock" works
import unittest.mock
