package newmods_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pydoc's plain-text documentation of functions,
// classes and values defined by a script, against CPython 3.6.

const pydocPrelude = pytesting.ShowRepr + `import pydoc, io, sys
def f(a, b=2, *args, c, d=4, **kw):
    """Do f.

    More text here."""
    return a
def g():
    pass
def h(x):
    "One line."
class Base:
    "Base doc."
    attr = 1
    def m(self, x):
        "Method m."
    @property
    def p(self):
        "A property."
        return 1
    @staticmethod
    def s(a):
        "static"
    @classmethod
    def c(cls):
        "classy"
class Child(Base):
    """Child class.

    With a body."""
    def m(self, x):
        "Override."
    def n(self):
        pass
    other = "v"
class Plain:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "Plain"
    alias = __repr__
    LONG = "x" * 100
    L = list(range(30))
    D = None
class Slots:
    __slots__ = ("a", "b")
class Deep(Child):
    pass
def doc(x, **kw):
    return pydoc.render_doc(x, renderer=pydoc.plaintext, **kw)
def helped(x):
    out = io.StringIO()
    pydoc.Helper(output=out).help(x)
    return out.getvalue()
def captured(call):
    old = sys.stdout
    sys.stdout = io.StringIO()
    try:
        call()
        return sys.stdout.getvalue()
    finally:
        sys.stdout = old
def paged(x):
    old = sys.stdout
    sys.stdout = io.StringIO()
    try:
        pydoc.doc(x)
        return sys.stdout.getvalue()
    finally:
        sys.stdout = old
`

var pydocCases = []pytesting.Case{
	{"function", `doc(f)`},
	{"function no doc", `doc(g)`},
	{"function one line", `doc(h)`},
	{"lambda", `doc(lambda x, y=1: 0)`},
	{"class", `doc(Base)`},
	{"subclass", `doc(Child)`},
	{"deep subclass", `doc(Deep)`},
	{"plain class", `doc(Plain)`},
	{"slots class", `doc(Slots)`},
	{"bound method", `doc(Base().m)`},
	{"class method", `doc(Base.c)`},
	{"property", `doc(Base.p)`},
	{"instance", `doc(Plain(1)).splitlines()[0]`},
	{"bold renderer", `pydoc.render_doc(h)`},
	{"plain of bold", `pydoc.plain(pydoc.render_doc(Base)) == doc(Base)`},
	{"title", `doc(h, title="Help on %s:")`},
	{"by name", `doc("pydoc.splitdoc").splitlines()[:1]`},
	{"no such name", `doc("no.such.thing")`},
	{"help output", `helped(f)`},
	{"help class", `helped(Child)`},
	{"help name", `helped("pydoc.getdoc").splitlines()[:3]`},
	{"help missing", `helped("nosuchthing")`},
	{"doc to stdout", `paged(g)`},
	{"getdoc", `(pydoc.getdoc(f), pydoc.getdoc(g), pydoc.getdoc(Child))`},
	{"getdoc inherited init", `pydoc.getdoc(Plain.__init__)`},
	{"splitdoc", `(pydoc.splitdoc("a\n\nb\nc"), pydoc.splitdoc("one\ntwo"), pydoc.splitdoc(""), pydoc.splitdoc("single"))`},
	{"describe", `(pydoc.describe(pydoc), pydoc.describe(Base), pydoc.describe(f), pydoc.describe(1), pydoc.describe(Base.p), pydoc.describe(Base().m))`},
	{"locate", `(pydoc.locate("pydoc.getdoc") is pydoc.getdoc, pydoc.locate("nope.x"), pydoc.locate("len") is len)`},
	{"classname", `(pydoc.classname(Base, "__main__"), pydoc.classname(Base, "other"), pydoc.classname(int, "x"))`},
	{"plain", `pydoc.plain("a\bab\bbc")`},
	{"cram", `(pydoc.cram("abcdefghij", 7), pydoc.cram("abc", 7))`},
	{"stripid", `pydoc.stripid("<object at 0x7f0000001234>")`},
	{"visiblename", `(pydoc.visiblename("_x"), pydoc.visiblename("__init__"), pydoc.visiblename("__doc__"), pydoc.visiblename("x", all=["y"]))`},
	{"isdata", `(pydoc.isdata(1), pydoc.isdata(f), pydoc.isdata(Base), pydoc.isdata(pydoc))`},
	{"helper repr", `repr(pydoc.help)`},
	{"resolve", `pydoc.resolve("pydoc.plain")[1]`},
	{"resolve missing", `pydoc.resolve("no_such_module_here")`},
	{"builtins help repr", `repr(help)`},
	{"builtins help type", `(type(help).__name__, type(help).__module__)`},
	{"builtins help of function", `captured(lambda: help(f))`},
	{"builtins help of class", `captured(lambda: help(Child))`},
	{"builtins help of name", `captured(lambda: help("pydoc.splitdoc")).splitlines()[:3]`},
	{"builtins help missing", `captured(lambda: help("no.such.name"))`},
	{"builtins help returns", `captured(lambda: print(repr(help(g))))`},
	{"replace", `pydoc.replace("a-b_c", "-", "+", "_", "=")`},
}

func TestPydoc(t *testing.T) {
	pytesting.DiffCases(t, "pydoc", pydocPrelude, pydocCases)
}
