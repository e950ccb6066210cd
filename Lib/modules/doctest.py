"""Run the interactive examples found in docstrings and text files.

This is the project's own implementation of CPython 3.6's doctest: the
parser that cuts a docstring into examples (DocTestParser), the finder
that collects the docstrings of a module, its classes and functions
(DocTestFinder), the runner that executes examples and reports what
differs (DocTestRunner, DebugRunner), the comparison of expected and
actual output (OutputChecker, with the option flags and "# doctest:"
directives), the entry points testmod, testfile and
run_docstring_examples, and the unittest glue (DocTestSuite,
DocFileSuite). It writes CPython 3.6's report texts.
"""

import __future__
import difflib
import inspect
import io
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite',
    'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples',
    'testsource', 'debug_src', 'debug',
]

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------------
# Option flags: each registered name gets the next bit.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Return the flag bit of name, giving it a new bit the first time."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


# How output is compared, in bit order.
(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE,
 ELLIPSIS, SKIP, IGNORE_EXCEPTION_DETAIL) = map(register_optionflag, [
     'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
     'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL'])
COMPARISON_FLAGS = sum(OPTIONFLAGS_BY_NAME.values())

# How failures are reported, in bit order.
(REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE,
 FAIL_FAST) = map(register_optionflag, [
     'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
     'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST'])
REPORTING_FLAGS = sum(OPTIONFLAGS_BY_NAME.values()) - COMPARISON_FLAGS

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# ---------------------------------------------------------------------
# Small text helpers.


def _indent(text, width=4):
    """Prefix every non-empty line of text with width spaces."""
    pad = ' ' * width
    return ''.join(pad + line if line not in ('', '\n') else line
                   for line in text.splitlines(True))


def _ascii_folded(text):
    # Non-ASCII characters as backslash escapes, so that an expected
    # "\u1234" written as an escape matches the character itself.
    return str(text.encode('ASCII', 'backslashreplace'), 'ASCII')


def _exception_name(msg):
    # The bare class name of "pkg.mod.Error: detail" (first line only,
    # without module path and message), for IGNORE_EXCEPTION_DETAIL.
    first = msg.split('\n', 1)[0]
    colon = first.find(':')
    if colon >= 0:
        first = first[:colon]
    return first[first.rfind('.') + 1:]


def _ellipsis_match(want, got):
    """Whether got matches want, where "..." in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    head, *middle, tail = want.split(ELLIPSIS_MARKER)
    if not got.startswith(head) or not got.endswith(tail):
        return False
    lo, hi = len(head), len(got) - len(tail)
    if lo > hi:
        return False
    for piece in middle:
        at = got.find(piece, lo, hi)
        if at < 0:
            return False
        lo = at + len(piece)
    return True


def _extract_future_flags(globs):
    # The compiler flags of the __future__ features imported into globs.
    flags = 0
    for feature in __future__.all_feature_names:
        value = globs.get(feature, None)
        if value is getattr(__future__, feature):
            flags |= value.compiler_flag
    return flags


def _comment_line(source):
    # Whether an example's source is only blanks and a comment.
    return re.match(r'[ ]*(#.*)?$', source) is not None


class _CapturedOutput(io.StringIO):
    """sys.stdout while an example runs: its text always ends a line."""

    def getvalue(self):
        text = io.StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size if size is not None else 0)
        io.StringIO.truncate(self)

# ---------------------------------------------------------------------
# Examples and tests.


class Example:
    """One interactive example: source, expected output, and where it is.

    source and want end with a newline (want may be empty); exc_msg is
    the expected exception message when want is a traceback, else None;
    lineno counts from 0 within the docstring; options maps flag bits to
    True or False as the example's directives set them.
    """

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        def ended(text):
            return text if text.endswith('\n') else text + '\n'
        self.source = ended(source)
        self.want = ended(want) if want else want
        self.exc_msg = None if exc_msg is None else ended(exc_msg)
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring and the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.name, self.filename, self.lineno = name, filename, lineno
        self.examples, self.docstring = examples, docstring
        self.globs = dict(globs)

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = 'no examples'
        elif count == 1:
            described = '1 example'
        else:
            described = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                            self.filename, self.lineno,
                                            described)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.examples, self.docstring, self.globs, self.name,
                 self.filename, self.lineno) ==
                (other.examples, other.docstring, other.globs, other.name,
                 other.filename, other.lineno))

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self)) <
                (other.name, other.filename, other.lineno, id(other)))

# ---------------------------------------------------------------------
# The parser.

_TRACEBACK_HEAD = re.compile(
    r'Traceback \((?:most recent call last|innermost last)\):[ \t]*\n')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)


def _expected_exception(want):
    # The message part of an expected traceback: from the first line that
    # starts with a word character after the "Traceback (...):" header.
    head = _TRACEBACK_HEAD.match(want)
    if head is None:
        return None
    rest = want[head.end():]
    pos = 0
    for line in rest.splitlines(True):
        if re.match(r'\w', line):
            return rest[pos:]
        pos += len(line)
    return None


class DocTestParser:
    """Cut a docstring into text and Example objects."""

    def parse(self, string, name='<string>'):
        """The pieces of string, alternately text and Examples."""
        lines = string.expandtabs().split('\n')
        margin = _common_margin(lines)
        if margin:
            lines = [line[margin:] for line in lines]
        pieces = []
        text = []
        pos = 0
        while pos < len(lines):
            prompt = re.match(r'( *)>>>', lines[pos])
            if prompt is None:
                text.append(lines[pos])
                pos += 1
                continue
            pieces.append('\n'.join(text + ['']) if text else '')
            text = []
            start = pos
            indent = len(prompt.group(1))
            source_lines = [lines[pos]]
            pos += 1
            while pos < len(lines) and re.match(r' *\.\.\.', lines[pos]):
                source_lines.append(lines[pos])
                pos += 1
            want_lines = []
            while (pos < len(lines) and lines[pos].strip(' ') and
                   not re.match(r' *>>>', lines[pos])):
                want_lines.append(lines[pos])
                pos += 1
            source, options, want, exc_msg = self._example_parts(
                source_lines, want_lines, indent, name, start)
            if not _comment_line(source):
                pieces.append(Example(source, want, exc_msg, lineno=start,
                                      indent=margin + indent,
                                      options=options))
        pieces.append('\n'.join(text))
        return pieces

    def _example_parts(self, source_lines, want_lines, indent, name, lineno):
        for offset, line in enumerate(source_lines):
            if len(line) > indent + 3 and line[indent + 3] != ' ':
                raise ValueError(
                    'line %r of the docstring for %s lacks blank after %s: %r'
                    % (lineno + offset + 1, name, line[indent:indent + 3],
                       line))
        _check_margin(source_lines[1:], ' ' * indent + '.', name, lineno)
        _check_margin(want_lines, ' ' * indent, name,
                      lineno + len(source_lines))
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        want = ''.join(line[indent:] + '\n' for line in want_lines)
        exc_msg = _expected_exception(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for found in _DIRECTIVE.finditer(source):
            for word in found.group(1).replace(',', ' ').split():
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
                if word[0] not in '+-' or flag is None:
                    raise ValueError(
                        'line %r of the doctest for %s has an invalid '
                        'option: %r' % (lineno + 1, name, word))
                options[flag] = word[0] == '+'
        if options and _comment_line(source):
            raise ValueError(
                'line %r of the doctest for %s has an option directive on '
                'a line with no example: %r' % (lineno, name, source))
        return options

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in string."""
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Examples of string, without the text between them."""
        return [piece for piece in self.parse(string, name)
                if isinstance(piece, Example)]


def _common_margin(lines):
    # The smallest indentation of the lines that hold something.
    widths = []
    for line in lines:
        body = line.lstrip(' ')
        if body and not body[0].isspace():
            widths.append(len(line) - len(body))
    return min(widths) if widths else 0


def _check_margin(lines, prefix, name, lineno):
    for offset, line in enumerate(lines):
        if line and not line.startswith(prefix):
            raise ValueError(
                'line %r of the docstring for %s has inconsistent leading '
                'whitespace: %r' % (lineno + offset + 1, name, line))

# ---------------------------------------------------------------------
# The finder.


def _docstring_of(obj):
    # obj.__doc__ as a string ('' when missing or unreadable).
    try:
        doc = obj.__doc__
    except (TypeError, AttributeError):
        return ''
    if doc is None:
        return ''
    return doc if isinstance(doc, str) else str(doc)


class DocTestFinder:
    """Collect the DocTests of an object's docstrings, and of the objects
    it contains (a module's functions and classes, a class's methods,
    a module's __test__ dictionary)."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None,
             extraglobs=None):
        """The DocTests of obj and what it contains, sorted."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = self._source_lines(obj, module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        globs.setdefault('__name__', '__main__')
        found = []
        self._collect(found, obj, name, module, source_lines, globs, set())
        found.sort()
        return found

    def _source_lines(self, obj, module):
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            path = inspect.getfile(obj)
            if not (path[:1] == '<' and path[-2:] == ']>'):
                return None
        if module is not None:
            lines = linecache.getlines(path, module.__dict__)
        else:
            lines = linecache.getlines(path)
        return lines or None

    def _from_module(self, module, value):
        """Whether value was defined in module (always, without one)."""
        if module is None:
            return True
        home = inspect.getmodule(value)
        if home is not None:
            return home is module
        if inspect.isfunction(value):
            return module.__dict__ is value.__globals__
        if inspect.ismethoddescriptor(value):
            owner = getattr(value, '__objclass__', None)
            if owner is not None:
                return module.__name__ == owner.__module__
            if hasattr(value, '__module__'):
                return module.__name__ == value.__module__
            return True
        if inspect.isclass(value) or hasattr(value, '__module__'):
            return module.__name__ == value.__module__
        if isinstance(value, property):
            return True
        raise ValueError("object must be a class or function")

    def _collect(self, found, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            found.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, value in list(obj.__dict__.items()):
                if ((inspect.isroutine(inspect.unwrap(value)) or
                        inspect.isclass(value)) and
                        self._from_module(module, value)):
                    self._collect(found, value, '%s.%s' % (name, key),
                                  module, source_lines, globs, seen)
            for key, value in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value) or
                        inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r"
                                     % (type(value),))
                self._collect(found, value, '%s.__test__.%s' % (name, key),
                              module, source_lines, globs, seen)
        if inspect.isclass(obj):
            for key, value in list(obj.__dict__.items()):
                if isinstance(value, staticmethod):
                    value = getattr(obj, key)
                if isinstance(value, classmethod):
                    value = getattr(obj, key).__func__
                if ((inspect.isroutine(value) or inspect.isclass(value) or
                        isinstance(value, property)) and
                        self._from_module(module, value)):
                    self._collect(found, value, '%s.%s' % (name, key),
                                  module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        docstring = obj if isinstance(obj, str) else _docstring_of(obj)
        lineno = self._find_lineno(obj, source_lines)
        if not docstring and self._exclude_empty:
            return None
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', module.__name__)
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of obj's docstring in source_lines, or None."""
        start = None
        if inspect.ismodule(obj):
            start = 0
        if inspect.isclass(obj):
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b'
                                % getattr(obj, '__name__', '-'))
            for number, line in enumerate(source_lines):
                if header.match(line):
                    start = number
                    break
        code = obj
        if inspect.ismethod(code):
            code = code.__func__
        if inspect.isfunction(code):
            code = code.__code__
        if inspect.istraceback(code):
            code = code.tb_frame
        if inspect.isframe(code):
            code = code.f_code
        if inspect.iscode(code):
            start = getattr(code, 'co_firstlineno', None) - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        opening = re.compile(r'(^|.*:)\s*\w*("|\')')
        for number in range(start, len(source_lines)):
            if opening.match(source_lines[number]):
                return number
        return None

# ---------------------------------------------------------------------
# Comparing output.


class OutputChecker:
    """Decide whether an example's output matches, and describe how not."""

    def check_output(self, want, got, optionflags):
        """Whether got is an acceptable output for want under the flags."""
        want, got = _ascii_folded(want), _ascii_folded(got)
        if want == got:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER),
                          '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if want == got:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if want == got:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The report text of how got differs from example.want."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            old, new = want.splitlines(True), got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                lines = list(difflib.unified_diff(old, new, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                lines = list(difflib.context_diff(old, new, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                lines = list(differ.compare(old, new))
                kind = 'ndiff with -expected +actual'
            body = ''.join(line.rstrip() + '\n' for line in lines)
            return 'Differences (%s):\n%s' % (kind, _indent(body))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'

# ---------------------------------------------------------------------
# The runner.

_EXAMPLE_FILE = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')


class DocTestRunner:
    """Run the examples of DocTests, report each failure as it happens,
    and keep the count of tries and failures per test name."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self.optionflags = self.original_optionflags = optionflags
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self._checker = OutputChecker() if checker is None else checker
        self.failures = self.tries = 0
        # test name -> (failures, tries) over every run
        self._name2ft = {}
        self._fakeout = _CapturedOutput()

    # The four reports; subclasses override them.

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        if example.want:
            out('Trying:\n' + _indent(example.source) + 'Expecting:\n' +
                _indent(example.want))
        else:
            out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' +
            _indent(self._traceback_text(exc_info)))

    def _failure_header(self, test, example):
        if test.filename:
            if test.lineno is None or example.lineno is None:
                where = '?'
            else:
                where = test.lineno + example.lineno + 1
            place = 'File "%s", line %s, in %s' % (test.filename, where,
                                                   test.name)
        else:
            place = 'Line %s, in %s' % (example.lineno + 1, test.name)
        return '\n'.join([self.DIVIDER, place, 'Failed example:',
                          _indent(example.source)])

    def _traceback_text(self, exc_info):
        # The traceback as traceback.print_exception writes it, with the
        # source lines of the examples' own frames filled in.
        text = []
        for chunk in traceback.format_exception(*exc_info):
            text.append(chunk)
            frame = re.match(r'  File "(<doctest .+\[\d+\]>)", line (\d+), '
                             r'in .*\n$', chunk)
            if frame is None:
                continue
            lines = self._example_lines(frame.group(1))
            number = int(frame.group(2))
            if lines and 0 < number <= len(lines):
                text.append('    %s\n' % lines[number - 1].strip())
        return ''.join(text)

    def _example_lines(self, filename):
        found = _EXAMPLE_FILE.match(filename)
        test = getattr(self, 'test', None)
        if found is None or test is None or found.group('name') != test.name:
            return None
        index = int(found.group('examplenum'))
        if index >= len(test.examples):
            return None
        return test.examples[index].source.splitlines(True)

    def _getlines(self, filename, module_globals=None):
        lines = self._example_lines(filename)
        if lines is not None:
            return lines
        return self._saved_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run test's examples, writing reports through out (sys.stdout's
        write by default); return TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            encoding = getattr(real_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = real_stdout.write
            else:
                def out(text):
                    text = str(text.encode(encoding, 'backslashreplace'),
                               encoding)
                    real_stdout.write(text)
        self._saved_getlines = linecache.getlines
        linecache.getlines = self._getlines
        saved_hook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        sys.stdout = self._fakeout
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            sys.displayhook = saved_hook
            linecache.getlines = self._saved_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        base_flags = flags = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            # As in CPython, the previous example's flags decide quiet.
            quiet = bool(flags & REPORT_ONLY_FIRST_FAILURE and failures)
            flags = base_flags
            for flag, on in example.options.items():
                flags = flags | flag if on else flags & ~flag
            self.optionflags = flags
            if flags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            raised = None
            try:
                code = compile(example.source, filename, 'single',
                               compileflags, 1)
                exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                raised = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            if raised is None:
                passed = check(example.want, got, flags)
                crashed = False
            else:
                actual = traceback.format_exception_only(*raised[:2])[-1]
                if not quiet:
                    got += self._traceback_text(raised)
                crashed = example.exc_msg is None
                passed = not crashed and (
                    check(example.exc_msg, actual, flags) or
                    (flags & IGNORE_EXCEPTION_DETAIL and
                     check(_exception_name(example.exc_msg),
                           _exception_name(actual), flags)))
            if passed:
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                failures += 1
                if quiet:
                    pass
                elif crashed:
                    self.report_unexpected_exception(out, test, example,
                                                     raised)
                else:
                    self.report_failure(out, test, example, got)
            if failures and flags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._record(test.name, failures, tries)
        return TestResults(failures, tries)

    def _record(self, name, failures, tries):
        old_failures, old_tries = self._name2ft.get(name, (0, 0))
        self._name2ft[name] = (old_failures + failures, old_tries + tries)
        self.failures += failures
        self.tries += tries

    def summarize(self, verbose=None):
        """Print the totals of every test run so far; return them."""
        if verbose is None:
            verbose = self._verbose
        empty, clean, failed = [], [], []
        total_tries = total_failures = 0
        for name, (failures, tries) in self._name2ft.items():
            total_tries += tries
            total_failures += failures
            if not tries:
                empty.append(name)
            elif not failures:
                clean.append((name, tries))
            else:
                failed.append((name, (failures, tries)))
        if verbose:
            if empty:
                print(len(empty), 'items had no tests:')
                for name in sorted(empty):
                    print('   ', name)
            if clean:
                print(len(clean), 'items passed all tests:')
                for name, tries in sorted(clean):
                    print(' %3d tests in %s' % (tries, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (failures, tries) in sorted(failed):
                print(' %3d of %3d in %s' % (failures, tries, name))
        if verbose:
            print(total_tries, 'tests in', len(self._name2ft), 'items.')
            print(total_tries - total_failures, 'passed and',
                  total_failures, 'failed.')
        if total_failures:
            print('***Test Failed***', total_failures, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        """Add other's per-name counts to this runner's."""
        for name, (failures, tries) in other._name2ft.items():
            old_failures, old_tries = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (old_failures + failures,
                                   old_tries + tries)


class _ExampleProblem(Exception):
    # str() of the two DebugRunner exceptions is their test's repr.

    def __str__(self):
        return str(self.test)


class DocTestFailure(_ExampleProblem):
    """An example's output differed (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got


class UnexpectedException(_ExampleProblem):
    """An example raised an exception it did not expect (DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising
    DocTestFailure or UnexpectedException (the globals stay as they
    were then)."""

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        # The globals survive a raise, for a post-mortem.
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

# ---------------------------------------------------------------------
# Entry points.

master = None


def _merge_into_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _make_runner(raise_on_error, verbose, optionflags):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Run the examples in the docstrings of module m (__main__ by
    default); return TestResults(failed, attempted)."""
    module = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(module):
        raise TypeError("testmod: module required; %r" % (module,))
    runner = _make_runner(raise_on_error, verbose, optionflags)
    tests = DocTestFinder(exclude_empty=exclude_empty).find(
        module, module.__name__ if name is None else name, globs=globs,
        extraglobs=extraglobs)
    for test in tests:
        runner.run(test)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def _caller_module(depth):
    # The module of the function depth frames up the stack.
    return sys.modules[sys._getframe(depth).f_globals['__name__']]


def _normalize_module(module, depth=2):
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ['*'])
    if module is None:
        return _caller_module(depth + 1)
    raise TypeError("Expected a module, string, or None")


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path[:1] == '/':
        raise ValueError('Module-relative files may not have absolute paths')
    relative = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        return os.path.join(os.path.dirname(module.__file__), relative)
    if module.__name__ == '__main__':
        script = sys.argv[0] if sys.argv else ''
        base = os.path.dirname(script) if script else os.curdir
        return os.path.join(base, relative)
    raise ValueError("Can't resolve paths relative to the module %r "
                     "(it has no __file__)" % module.__name__)


def _load_testfile(filename, package, module_relative, encoding, depth):
    if module_relative:
        package = _normalize_module(package, depth + 1)
        filename = _module_relative_path(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is not None and hasattr(loader, 'get_data'):
            data = loader.get_data(filename).decode(encoding)
            return data.replace(os.linesep, '\n'), filename
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


def _namespace(globs, extraglobs):
    ns = {} if globs is None else globs.copy()
    if extraglobs is not None:
        ns.update(extraglobs)
    return ns


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples of a text file; return TestResults(failed,
    attempted)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative "
                         "paths.")
    text, filename = _load_testfile(filename, package, module_relative,
                                    encoding or 'utf-8', 2)
    if name is None:
        name = os.path.basename(filename)
    ns = _namespace(globs, extraglobs)
    ns.setdefault('__name__', '__main__')
    runner = _make_runner(raise_on_error, verbose, optionflags)
    runner.run(parser.get_doctest(text, ns, name, filename, 0))
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples of f's own docstring (not of what f contains)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    tests = DocTestFinder(verbose=verbose, recurse=False).find(
        f, name, globs=globs)
    for test in tests:
        runner.run(test, compileflags=compileflags)

# ---------------------------------------------------------------------
# unittest support.

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they have none of
    their own; return the previous ones."""
    global _unittest_reportflags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError("Only reporting flags allowed", flags)
    previous = _unittest_reportflags
    _unittest_reportflags = flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest test case running one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        unittest.TestCase.__init__(self)
        self._dt_test, self._dt_checker = test, checker
        self._dt_optionflags = optionflags
        self._dt_setUp, self._dt_tearDown = setUp, tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        self._dt_test.globs.clear()

    def _flags(self):
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        return flags

    def runTest(self):
        report = io.StringIO()
        runner = DocTestRunner(optionflags=self._flags(),
                               checker=self._dt_checker, verbose=False)
        runner.DIVIDER = '-' * 70
        saved = sys.stdout
        try:
            failed, _ = runner.run(self._dt_test, out=report.write,
                                   clear_globs=False)
        finally:
            sys.stdout = saved
        if failed:
            raise self.failureException(
                self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        where = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, where,
                   test.name.split('.')[-1], err))

    def debug(self):
        """Run the test raising DocTestFailure or UnexpectedException at
        the first problem."""
        self.setUp()
        DebugRunner(checker=self._dt_checker, verbose=False,
                    optionflags=self._dt_optionflags).run(
                        self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self._dt_test, self._dt_optionflags, self._dt_setUp,
                 self._dt_tearDown, self._dt_checker) ==
                (other._dt_test, other._dt_optionflags, other._dt_setUp,
                 other._dt_tearDown, other._dt_checker))

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp,
                     self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split('.')
        return '%s (%s)' % (parts[-1], '.'.join(parts[:-1]))

    __str__ = __repr__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module's doctests when docstrings are stripped (-OO)."""

    def __init__(self, module):
        DocTestCase.__init__(self, None)
        self.module = module

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass


class _DocTestSuite(unittest.TestSuite):
    # Keeps its tests after running them (unittest drops them).

    def _removeTestAtIndex(self, index):
        return None


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite of a module's doctests, one DocTestCase per
    docstring that has examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    for test in sorted(tests):
        if test.examples:
            if not test.filename:
                test.filename = module.__file__
                if test.filename.endswith('.pyc'):
                    test.filename = test.filename[:-1]
            suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase running the examples of a text file."""

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    __str__ = __repr__

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    ns = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative "
                         "paths.")
    text, path = _load_testfile(path, package, module_relative,
                                encoding or 'utf-8', 2)
    ns.setdefault('__file__', path)
    test = parser.get_doctest(text, ns, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite of the examples of text files (one DocFileCase
    each); the keywords are DocFileTest's."""
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    suite = _DocTestSuite()
    suite.addTests([DocFileTest(path, **kw) for path in paths])
    return suite

# ---------------------------------------------------------------------
# Examples as scripts.


def script_from_examples(s):
    """Python source running the examples of s, with the text between
    them and the expected outputs turned into comments."""
    out = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            out.append(piece.source[:-1])
            if piece.want:
                out.append('# Expected:')
                out.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            out.extend(_as_comment(line) for line in piece.split('\n')[:-1])
    while out and out[-1] == '#':
        out.pop()
    while out and out[0] == '#':
        out.pop(0)
    return '\n'.join(out) + '\n'


def _as_comment(line):
    return '# ' + line if line.strip() else '#'


def testsource(module, name):
    """The script_from_examples of the docstring of module's object
    named name."""
    module = _normalize_module(module)
    tests = [t for t in DocTestFinder().find(module) if t.name == name]
    if not tests:
        raise ValueError(name, "not found in tests")
    return script_from_examples(tests[0].docstring)


def debug_src(src, pm=False, globs=None):
    """Run the examples of src as a script (no debugger here)."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    ns = {} if globs is None else globs.copy()
    exec(src, ns)


def debug(module, name, pm=False):
    """Run the examples of module's object named name as a script."""
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


def _test():
    """The command line of `python -m doctest [-v] [-o FLAG] [-f] FILE...`:
    a .py file is imported as a module (from its own directory) and its
    docstrings' examples run; any other file is a text of examples.
    Returns 1 at the first file with a failure, else 0."""
    import argparse
    cli = argparse.ArgumentParser(description="doctest runner")
    cli.add_argument('-v', '--verbose', action='store_true', default=False,
                     help='report every example tried, not only failures')
    cli.add_argument('-o', '--option', action='append', default=[],
                     choices=OPTIONFLAGS_BY_NAME.keys(),
                     help=('an option flag for every example of the run '
                           '(repeat it for more than one)'))
    cli.add_argument('-f', '--fail-fast', action='store_true',
                     help='stop at the first failing example (as -o FAIL_FAST)')
    cli.add_argument('file', nargs='+', help='a module or text file of examples')
    args = cli.parse_args()
    flags = 0
    for name in args.option:
        flags |= OPTIONFLAGS_BY_NAME[name]
    if args.fail_fast:
        flags |= FAIL_FAST
    for path in args.file:
        if path.endswith('.py'):
            # Imported by name from its directory, which is searched first
            # only while it loads.
            directory, base = os.path.split(path)
            sys.path.insert(0, directory)
            try:
                module = __import__(base[:-3])
            finally:
                del sys.path[0]
            failed, _ = testmod(module, verbose=args.verbose, optionflags=flags)
        else:
            failed, _ = testfile(path, module_relative=False,
                                 verbose=args.verbose, optionflags=flags)
        if failed:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
