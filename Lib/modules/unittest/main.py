"""unittest.main: run the tests of a module from the command line."""

import os
import sys

from unittest import loader, runner
from unittest.signals import installHandler

__unittest = True

# (argument, what it does) rows of the examples shown under --help; the
# second table is for a program testing one module, the first for
# "python -m unittest".
_EXAMPLES_NO_MODULE = (
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
)
_EXAMPLES_MODULE = (
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods\n" + ' ' * 39 +
     'in MyTestCase'),
)


def _examples(rows, prog):
    text = ['Examples:']
    for arg, what in rows:
        text.append('  %s %s- %s' % (prog, arg.ljust(26), what))
    return '\n'.join(text) + '\n'


# Options both parsers share: (flags, destination, how, help).
_SHARED_OPTIONS = (
    (('-v', '--verbose'), 'verbosity', 2, 'Verbose output'),
    (('-q', '--quiet'), 'verbosity', 0, 'Quiet output'),
    (('--locals',), 'tb_locals', True, 'Show local variables in tracebacks'),
)
# Switches offered only when the caller left them unset (None).
_SWITCHES = (
    (('-f', '--failfast'), 'failfast', 'Stop on first fail or error'),
    (('-c', '--catch'), 'catchbreak',
     'Catch Ctrl-C and display results so far'),
    (('-b', '--buffer'), 'buffer', 'Buffer stdout and stderr during tests'),
)


def _as_module_name(arg):
    """A test name given as a path to a .py file below the current
    directory becomes a dotted module name; other names are kept."""
    if not arg.lower().endswith('.py') or not os.path.isfile(arg):
        return arg
    path = arg
    if os.path.isabs(path):
        path = os.path.relpath(path, os.getcwd())
        if os.path.isabs(path) or path.startswith(os.pardir):
            return arg
    return path[:-3].replace('\\', '.').replace('/', '.')


class TestProgram(object):
    """Loads tests from a module (or the names given on the command line)
    and runs them; exits with 0 on success and 1 otherwise when exit is
    true."""

    module = None
    verbosity = 1
    failfast = None
    catchbreak = None
    buffer = None
    progName = None
    warnings = None
    _discovery_parser = None

    def __init__(self,
                 module='__main__',
                 defaultTest=None,
                 argv=None,
                 testRunner=None,
                 testLoader=loader.defaultTestLoader,
                 exit=True,
                 verbosity=1,
                 failfast=None,
                 catchbreak=None,
                 buffer=None,
                 warnings=None,
                 *,
                 tb_locals=False):
        self.module = self._resolve_module(module)
        argv = sys.argv if argv is None else argv
        self.progName = os.path.basename(argv[0])
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        self.failfast, self.catchbreak, self.buffer = (failfast, catchbreak,
                                                       buffer)
        # warnings shown once per place unless -W options say otherwise
        if warnings is None and not sys.warnoptions:
            warnings = 'default'
        self.warnings = warnings
        self.defaultTest, self.testRunner, self.testLoader = (
            defaultTest, testRunner, testLoader)
        self.parseArgs(argv)
        self.runTests()

    @staticmethod
    def _resolve_module(module):
        if not isinstance(module, str):
            return module
        found = __import__(module)
        for name in module.split('.')[1:]:
            found = getattr(found, name)
        return found

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        if self._discovery_parser is None:
            self._initArgParsers()
        print(self._main_parser.format_help())
        if self.module is not None:
            print(_examples(_EXAMPLES_MODULE, self.progName))
            return
        print(_examples(_EXAMPLES_NO_MODULE, self.progName))
        self._discovery_parser.print_help()

    def parseArgs(self, argv):
        self._initArgParsers()
        rest = argv[1:]
        if self.module is None and rest and rest[0].lower() == 'discover':
            self._do_discovery(rest[1:])
            return
        self._main_parser.parse_args(rest, self)
        if self.module is None and not self.tests:
            self._do_discovery([])
            return
        self.testNames = self._names_to_load()
        self.createTests()

    def _names_to_load(self):
        if self.tests:
            return [_as_module_name(arg) for arg in self.tests]
        wanted = self.defaultTest
        if wanted is None:
            return None
        if isinstance(wanted, str):
            return (wanted,)
        return list(wanted)

    def createTests(self):
        names = self.testNames
        if names is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)

    def _initArgParsers(self):
        import argparse
        common = argparse.ArgumentParser(add_help=False)
        for flags, dest, value, text in _SHARED_OPTIONS:
            if value is True:
                common.add_argument(*flags, dest=dest, action='store_true',
                                    help=text)
            else:
                common.add_argument(*flags, dest=dest, const=value,
                                    action='store_const', help=text)
        for flags, dest, text in _SWITCHES:
            if getattr(self, dest) is None:
                common.add_argument(*flags, dest=dest, action='store_true',
                                    help=text)
                setattr(self, dest, False)

        main = argparse.ArgumentParser(parents=[common])
        main.prog = self.progName
        main.print_help = self._print_help
        main.add_argument('tests', nargs='*', help=(
            'a list of any number of test modules, classes and test '
            'methods.'))
        self._main_parser = main

        disc = argparse.ArgumentParser(parents=[common])
        disc.prog = '%s discover' % (self.progName,)
        disc.epilog = ('For test discovery all test modules must be '
                       'importable from the top level directory of the '
                       'project.')
        for short, long_, dest, text in (
                ('-s', '--start-directory', 'start',
                 "Directory to start discovery ('.' default)"),
                ('-p', '--pattern', 'pattern',
                 "Pattern to match tests ('test*.py' default)"),
                ('-t', '--top-level-directory', 'top',
                 'Top level directory of project (defaults to start '
                 'directory)')):
            disc.add_argument(short, long_, dest=dest, help=text)
        # the same three may also be given positionally, in that order
        for dest in ('start', 'pattern', 'top'):
            disc.add_argument(dest, nargs='?', default=argparse.SUPPRESS,
                              help=argparse.SUPPRESS)
        self._discovery_parser = disc

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None and self._discovery_parser is None:
            self._initArgParsers()
        if argv is not None:
            self._discovery_parser.parse_args(argv, self)
        finder = self.testLoader if Loader is None else Loader()
        self.test = finder.discover(self.start, self.pattern, self.top)

    def _make_runner(self):
        made = self.testRunner
        if made is None:
            made = runner.TextTestRunner
        if not isinstance(made, type):
            return made
        options = dict(verbosity=self.verbosity, failfast=self.failfast,
                       buffer=self.buffer, warnings=self.warnings,
                       tb_locals=self.tb_locals)
        # runner classes written before tb_locals (or taking no options
        # at all) are still accepted
        for drop in (None, 'tb_locals', 'all'):
            if drop == 'all':
                return made()
            if drop is not None:
                options.pop(drop)
            try:
                return made(**options)
            except TypeError:
                continue

    def runTests(self):
        self.testRunner = self.testRunner or runner.TextTestRunner
        if self.catchbreak:
            installHandler()
        self.result = self._make_runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
