package pylib_test

import (
	"fmt"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of doctest against CPython 3.6: each case writes a
// module to a temporary file, runs testmod (or another entry point) on it
// with stdout captured, and compares the whole report. The temporary
// directory and the frames of doctest's own code, which differ between
// the two interpreters, are replaced by fixed text.

const doctestPrelude = pytesting.ShowRepr + `import doctest, io, os, re, sys, tempfile, types, unittest
_tmp = tempfile.mkdtemp()
_count = [0]
def mod(src):
    _count[0] += 1
    name = "dtm%d" % _count[0]
    path = os.path.join(_tmp, name + ".py")
    with open(path, "w") as f:
        f.write(src)
    m = types.ModuleType(name)
    m.__file__ = path
    sys.modules[name] = m
    exec(compile(src, path, "exec"), m.__dict__)
    return m
def clean(text):
    text = text.replace(_tmp, "TMP")
    return re.sub(r'  File "[^"]*doctest[^"<]*", line \d+, in .*\n(    .*\n)?', '  File DOCTEST\n', text)
def captured(f, *args, **kw):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        r = f(*args, **kw)
    finally:
        sys.stdout = old
    return clean(buf.getvalue()), r
def tm(src, **kw):
    return captured(doctest.testmod, mod(src), **kw)
def suite(src, **kw):
    s = doctest.DocTestSuite(mod(src), **kw)
    r = unittest.TestResult()
    s.run(r)
    fails = [(str(t), clean(m[m.index("Failed doctest"):])) for t, m in r.failures]
    return r.testsRun, fails, len(r.errors), [t.id() for t in s]
def textfile(text, **kw):
    _count[0] += 1
    path = os.path.join(_tmp, "dtf%d.txt" % _count[0])
    with open(path, "w") as f:
        f.write(text)
    return path
`

// dtCall is a case expression calling fn on the Python literal of src
// followed by extra arguments.
func dtCall(fn, src, extra string) string {
	if extra != "" {
		extra = ", " + extra
	}
	return fmt.Sprintf("%s(%q%s)", fn, src, extra)
}

const dtSquare = `def square(x):
    """Square x.

    >>> square(2)
    4
    >>> square(3)
    10
    >>> [square(n)
    ...  for n in range(4)]
    [0, 1, 4, 9]
    """
    return x * x
`

const dtExceptions = `def f():
    """
    >>> 1/0
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ZeroDivisionError: division by zero
    >>> int("x")
    Traceback (most recent call last):
    ValueError: something else
    >>> raise KeyError("k")
    >>> {}["a"]
    Traceback (most recent call last):
    KeyError: 'a'
    """
`

const dtDetail = `def f():
    """
    >>> raise ValueError("one")   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: two
    >>> raise ValueError("one")   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    some.module.ValueError
    >>> raise ValueError("one")   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: one
    """
`

const dtBlank = `def f():
    """
    >>> print("a\n\nb")
    a
    <BLANKLINE>
    b
    >>> print("a\n\nb")  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> print("x\n   \ny")
    x
    <BLANKLINE>
    y
    """
`

const dtDirectives = `def f():
    """
    >>> list(range(30))  # doctest: +ELLIPSIS
    [0, 1, ..., 29]
    >>> list(range(30))
    [0, 1, ..., 29]
    >>> print(list(range(12)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1,  2,  3,  4,  5,
     6,   7,  8,  9, 10, 11]
    >>> 1 + 1  # doctest: +SKIP
    3
    >>> True
    1
    >>> False  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    0
    >>> 'abc'  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    'a...'
    >>> 'abc'  # doctest: +ELLIPSIS -ELLIPSIS
    'a...'
    """
`

const dtLong = `def f():
    """
    >>> for i in range(6): print(i * i)
    0
    1
    4
    9
    16
    25
    >>> print("one")
    two
    >>> 2 ** 10
    1000
    """
`

const dtClass = `class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    """
    def __init__(self):
        self.items = []
    def push(self, x):
        """>>> Stack().push(3) is None
        True
        """
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    @staticmethod
    def make():
        """>>> Stack.make().items
        []
        """
        return Stack()
    @classmethod
    def kind(cls):
        """>>> Stack.kind()
        'stack'
        """
        return 'Stack'
    @property
    def size(self):
        """>>> Stack().size
        1
        """
        return len(self.items)
    class Inner:
        """>>> 40 + 2
        42
        """
def helper():
    """Nothing to run here."""
__test__ = {"extra": """
>>> helper() is None
True
""", "fn": helper}
`

const dtVerbose = `"""Module doc.

>>> x = 5
>>> x * 2
10
"""
def a():
    """>>> a()
    """
def b():
    pass
class K:
    pass
`

const dtNothing = `def f():
    """
    >>> print("got")
    >>> None
    wanted
    >>> None
    >>> x = 1
    >>> print(end="")
    """
`

const dtOutput = `def f():
    """
    >>> print("no newline", end="")
    no newline
    >>> import sys; sys.stdout.write("ab")
    ab2
    >>> print("\u00e9")
    \u00e9
    >>> print(repr("\u00e9"))
    '\xe9'
    """
`

const dtFuture = `from __future__ import division
def f():
    """
    >>> 7 / 2
    3.5
    >>> _
    3.5
    >>> y
    99
    """
`

var doctestCases = []pytesting.Case{
	{"square failure report", dtCall("tm", dtSquare, "")},
	{"square verbose", dtCall("tm", dtSquare, "verbose=True")},
	{"square no report", dtCall("tm", dtSquare, "report=False")},
	{"exceptions", dtCall("tm", dtExceptions, "")},
	{"ignore exception detail", dtCall("tm", dtDetail, "")},
	{"ignore exception detail flag", dtCall("tm", dtDetail, "optionflags=doctest.IGNORE_EXCEPTION_DETAIL")},
	{"blank lines", dtCall("tm", dtBlank, "")},
	{"directives", dtCall("tm", dtDirectives, "")},
	{"directives verbose", dtCall("tm", dtDirectives, "verbose=True")},
	{"report udiff", dtCall("tm", dtLong, "optionflags=doctest.REPORT_UDIFF")},
	{"report cdiff", dtCall("tm", dtLong, "optionflags=doctest.REPORT_CDIFF")},
	{"report ndiff", dtCall("tm", dtLong, "optionflags=doctest.REPORT_NDIFF")},
	{"only first failure", dtCall("tm", dtLong, "optionflags=doctest.REPORT_ONLY_FIRST_FAILURE")},
	{"fail fast", dtCall("tm", dtLong, "optionflags=doctest.FAIL_FAST")},
	{"class members and __test__", dtCall("tm", dtClass, "verbose=True")},
	{"exclude empty", dtCall("tm", dtVerbose, "verbose=True, exclude_empty=True")},
	{"items with no tests", dtCall("tm", dtVerbose, "verbose=True")},
	{"expected nothing", dtCall("tm", dtNothing, "")},
	{"output endings", dtCall("tm", dtOutput, "")},
	{"future and extraglobs", dtCall("tm", dtFuture, "extraglobs={'y': 99}")},
	{"globs replaced", dtCall("tm", dtFuture, "globs={'y': 98}")},
	{"suite", dtCall("suite", dtSquare, "")},
	{"suite class", dtCall("suite", dtClass, "")},
	{"suite optionflags", dtCall("suite", dtLong, "optionflags=doctest.REPORT_NDIFF")},
	{"suite no docstrings", dtCall("suite", "x = 1\n", "")},
	{"suite setUp", dtCall("suite", "def f():\n    '''\n    >>> seen\n    1\n    '''\n", "setUp=lambda t: t.globs.update(seen=1)")},
	{"run_docstring_examples", `captured(doctest.run_docstring_examples, mod("def f():\n    '''\n    >>> 1 + 1\n    3\n    '''\n").f, {}, name="f")`},
	{"run_docstring_examples verbose", `captured(doctest.run_docstring_examples, mod("def f():\n    '''\n    >>> 1 + 1\n    2\n    '''\n").f, {}, True)`},
	{"testfile", `captured(doctest.testfile, textfile("Intro.\n\n>>> x = 3\n>>> x + 1\n5\n\nEnd.\n"), module_relative=False)`},
	{"testfile verbose name", `captured(doctest.testfile, textfile(">>> print('a')\na\n"), module_relative=False, verbose=True, name="N")`},
	{"testfile package error", `doctest.testfile("x.txt", module_relative=False, package="os")`},
	{"testfile absolute error", `doctest.testfile("/x.txt", module_relative=True, package="os")`},
	{"file suite", `(lambda s, r: (s.run(r), r.testsRun, [(str(t) == t._dt_test.filename, t.id().startswith("dtf"), clean(m[m.index("Failed"):])) for t, m in r.failures]))(doctest.DocFileSuite(textfile(">>> 2 + 2\n5\n"), module_relative=False), unittest.TestResult())[1:]`},
	{"debug runner failure", `(lambda t: doctest.DebugRunner(verbose=False).run(t))(doctest.DocTestParser().get_doctest(">>> 1\n2\n", {}, "dbg", "f.py", 0))`},
	{"debug runner details", `(lambda t: (lambda e: (type(e).__name__, str(e), e.example.source, e.got))(_catch(lambda: doctest.DebugRunner(verbose=False).run(t))))(doctest.DocTestParser().get_doctest(">>> 1\n2\n", {}, "dbg", "f.py", 0))`},
	{"debug runner unexpected", `(lambda t: (lambda e: (type(e).__name__, e.exc_info[0].__name__, e.example.source))(_catch(lambda: doctest.DebugRunner(verbose=False).run(t))))(doctest.DocTestParser().get_doctest(">>> 1/0\n", {}, "dbg", "f.py", 0))`},
	{"parse pieces", `[p if isinstance(p, str) else (p.source, p.want, p.exc_msg, p.lineno, p.indent, p.options) for p in doctest.DocTestParser().parse("  Intro\n  >>> a = 1\n  >>> a\n  1\n  text\n    >>> for i in []:\n    ...     pass\n\n  >>> # comment\n  >>> 1/0\n  Traceback (most recent call last):\n    ...\n  ZeroDivisionError: x\n   more\n")]`},
	{"parse tabs", `[(e.source, e.want, e.indent) for e in doctest.DocTestParser().get_examples("\t>>> 1\n\t1\n")]`},
	{"parse ellipsis want", `[(e.source, e.want) for e in doctest.DocTestParser().get_examples(">>> f()\n... x\n")]`},
	{"parse lacks blank", `doctest.DocTestParser().parse("x\n>>>1\n", "nm")`},
	{"parse lacks blank ps2", `doctest.DocTestParser().parse(">>> if 1:\n...x\n", "nm")`},
	{"parse ps2 indent", `doctest.DocTestParser().parse("  >>> if 1:\n ...   x\n", "nm")`},
	{"parse want indent", `doctest.DocTestParser().parse("    >>> 1\n    1\n  2\n", "nm")`},
	{"parse bad option", `doctest.DocTestParser().parse("\n\n>>> 1  # doctest: +NOPE\n", "nm")`},
	{"parse bad option sign", `doctest.DocTestParser().parse(">>> 1  # doctest: ELLIPSIS\n", "nm")`},
	{"parse option without example", `doctest.DocTestParser().parse("x\n>>> # doctest: +SKIP\n", "nm")`},
	{"doctest repr", `(repr(doctest.DocTestParser().get_doctest(">>> 1\n1\n>>> 2\n2\n", {}, "nm", "fn.py", 3)), repr(doctest.DocTest([], {}, "x", None, None, "")), repr(doctest.DocTestParser().get_doctest(">>> 1\n", {}, "one", "a", 1)))`},
	{"doctest str rejected", `doctest.DocTest("s", {}, "x", None, None, "")`},
	{"example fields", `(lambda e: (e.source, e.want, e.exc_msg, e.lineno, e.indent, e.options))(doctest.Example("x", "y", "z"))`},
	{"example eq", `(doctest.Example("a", "b") == doctest.Example("a\n", "b\n"), doctest.Example("a", "b") != doctest.Example("a", "c"), hash(doctest.Example("a", "")) == hash(doctest.Example("a\n", "")))`},
	{"checker", `(lambda c: [c.check_output(w, g, f) for w, g, f in [("a...b\n", "axxb\n", doctest.ELLIPSIS), ("a...b\n", "ab\n", doctest.ELLIPSIS), ("aa...aa\n", "aaa\n", doctest.ELLIPSIS), ("1\n", "True\n", 0), ("0\n", "False\n", 0), ("x y\n", "x\ty \n", doctest.NORMALIZE_WHITESPACE), ("\\u00e9\n", "\u00e9\n", 0), ("<BLANKLINE>\n", "\n", 0), ("...\n", "anything\n", doctest.ELLIPSIS)]])(doctest.OutputChecker())`},
	{"checker difference", `[doctest.OutputChecker().output_difference(doctest.Example("f()", w), g, 0) for w, g in [("a\n", "b\n"), ("a\n", ""), ("", "b\n"), ("", ""), ("a\n", "x\n\n")]]`},
	{"flags", `(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda i: i[1]), doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS, doctest.BLANKLINE_MARKER, doctest.ELLIPSIS_MARKER)`},
	{"register flag", `(doctest.register_optionflag("H4_NEW"), doctest.register_optionflag("H4_NEW"), doctest.register_optionflag("ELLIPSIS"))`},
	{"unittest report flags", `(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF), doctest.set_unittest_reportflags(0))`},
	{"unittest report flags error", `doctest.set_unittest_reportflags(doctest.ELLIPSIS)`},
	{"testmod not module", `doctest.testmod(42)`},
	{"finder no name", `doctest.DocTestFinder().find(42)`},
	{"finder tests", `[(t.name, len(t.examples), t.lineno, t.filename.replace(_tmp, "TMP")) for t in doctest.DocTestFinder().find(mod(` + fmt.Sprintf("%q", dtClass) + `))]`},
	{"finder no recurse", `[(t.name, len(t.examples)) for t in doctest.DocTestFinder(recurse=False).find(mod(` + fmt.Sprintf("%q", dtClass) + `))]`},
	{"finder exclude_empty False", `[(t.name, len(t.examples)) for t in doctest.DocTestFinder(exclude_empty=False).find(mod(` + fmt.Sprintf("%q", dtVerbose) + `))]`},
	{"finder bad __test__", `doctest.DocTestFinder().find(mod("__test__ = {1: 'x'}\n"))`},
	{"finder bad __test__ value", `doctest.DocTestFinder().find(mod("__test__ = {'a': 1}\n"))`},
	{"script_from_examples", `doctest.script_from_examples("Intro text\n\n>>> x = 1\n>>> x + 1\n2\n>>> print('a')\na\nb\n\nTail.\n")`},
	{"runner merge and summarize", `(lambda r: captured(lambda: ([r.run(doctest.DocTestParser().get_doctest(s, {}, n, None, 0)) for s, n in [(">>> 1\n1\n", "one"), (">>> 2\n3\n", "two"), (">>> 2\n3\n", "two"), ("", "none")]], r.summarize(True))))(doctest.DocTestRunner(verbose=False))`},
}

const doctestCatch = `def _catch(f):
    try:
        f()
    except Exception as e:
        return e
`

func TestDoctestDifferential(t *testing.T) {
	pytesting.DiffCases(t, "doctest", doctestPrelude+doctestCatch, doctestCases)
}
