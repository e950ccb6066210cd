package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pydoc.HTMLDoc (pydoc.html) against CPython 3.6:
// the page building blocks, markup of docstrings, HTML reprs, and the
// documentation of functions, methods, properties and other values.

const pydocHTMLPrelude = pytesting.ShowRepr + `import pydoc
H = pydoc.html
def f(a, b=1, *args, c=None, **kw):
    """Add a and b.

    See RFC 2616, PEP 8 and http://example.com/x?y=1 for self.spam(1) and
    self.eggs; calls g(x) & uses <tags>.
      indented   line
    """
def g(x): return x
class C:
    def m(self, q):
        "A method."
    alias = m
    @property
    def p(self):
        "A property."
`

var pydocHTMLCases = []pytesting.Case{
	{"page", `H.page("title", "<b>body</b>")`},
	{"heading", `H.heading("<big>T</big>", "#ffffff", "#7799ee")`},
	{"heading extras", `H.heading("T", "#ffffff", "#7799ee", "extra")`},
	{"section", `H.section("S", "#000000", "#ffc8d8", "contents")`},
	{"section prelude", `H.section("S", "#000000", "#ffc8d8", "contents", 3, "prelude text")`},
	{"section marginalia", `H.section("S", "#000000", "#ffc8d8", "contents", marginalia="M", gap="G")`},
	{"bigsection", `H.bigsection("Functions", "#ffffff", "#eeaa77", "x")`},
	{"preformat", `H.preformat("a  b\n\n\nc\td<e>&")`},
	{"multicolumn", `H.multicolumn(list("abcdefg"), lambda x: "<" + x + ">")`},
	{"multicolumn empty", `H.multicolumn([], str)`},
	{"multicolumn 3", `H.multicolumn(list("ab"), str, 3)`},
	{"grey", `H.grey("x")`},
	{"namelink", `H.namelink("x", {}, {"x": "#y"})`},
	{"namelink missing", `H.namelink("x", {"z": 1})`},
	{"classlink module", `H.classlink(pydoc.TextDoc, "pydoc")`},
	{"classlink other module", `H.classlink(pydoc.TextDoc, "other")`},
	{"classlink builtin", `H.classlink(int, "m")`},
	{"modulelink", `H.modulelink(pydoc)`},
	{"modpkglink", `H.modpkglink(("a", "", 0, 0))`},
	{"modpkglink package", `H.modpkglink(("a", "pkg", 1, 0))`},
	{"modpkglink shadowed", `H.modpkglink(("a", "", 0, 1))`},
	{"filelink", `H.filelink("/x/y.py", "y.py")`},
	{"markup", `H.markup(f.__doc__)`},
	{"markup links", `H.markup(f.__doc__, H.preformat, {"g": "#-g"}, {"C": "#C"}, {"spam": "#C-spam"})`},
	{"markup names", `H.markup("C and C() and self.x() and RFC-822 and PEP   8 ftp://a.b/c.", None, {}, {"C": "#C"})`},
	{"escape", `H.escape("<&>\"'")`},
	{"repr string", `H.repr("it's a \"string\"\n\t\\")`},
	{"repr raw", `H.repr(r"c:\path\x")`},
	{"repr nested", `H.repr([1, "<a>", {"k": b"v"}, (1,)])`},
	{"repr long string", `H.repr("x" * 300)`},
	{"repr long list", `H.repr(list(range(50)))`},
	{"repr instance", `H.repr(C())`},
	{"repr float", `H.repr(1.5)`},
	{"docroutine", `H.docroutine(f)`},
	{"docroutine alias", `H.docroutine(g, "other")`},
	{"docroutine method", `H.docroutine(C.m, cl=C)`},
	{"docroutine class alias", `H.docroutine(C.alias, "alias", cl=C)`},
	{"docroutine bound", `H.docroutine(pydoc.TextDoc().bold).split("<dd>")[0]`},
	{"docroutine bound in class", `H.docroutine(pydoc.TextDoc().bold, cl=pydoc.TextDoc).split("<dd>")[0]`},
	{"docroutine lambda", `H.docroutine(lambda x, y=2: x, "lam")`},
	{"docother", `H.docother(42, "answer")`},
	{"docother unnamed", `H.docother("<s>")`},
	{"docdata", `H.docdata(C.p, "p")`},
	{"docproperty no doc", `H.docproperty(property(), "q")`},
	{"document function", `H.document(g)`},
	{"document value", `H.document(3, "three")`},
	{"document property", `H.document(C.p, "p")`},
	{"html instance", `isinstance(pydoc.html, pydoc.HTMLDoc)`},
}

func TestPydocHTMLDifferential(t *testing.T) {
	pytesting.DiffCases(t, "pydoc_html", pydocHTMLPrelude, pydocHTMLCases)
}
