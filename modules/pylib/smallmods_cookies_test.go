package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of http.cookies against CPython 3.6.

const cookiesPrelude = pytesting.ShowRepr + `from http import cookies
import pickle, warnings
warnings.simplefilter("ignore")
def C(text=None):
    return cookies.SimpleCookie(text)
def parsed(text, cls=cookies.SimpleCookie):
    c = cls()
    c.load(text)
    return sorted((k, m.value, m.coded_value, sorted((a, v) for a, v in m.items() if v != "")) for k, m in c.items())
def E(f):
    try:
        return f()
    except cookies.CookieError as e:
        return "CookieError", str(e)
def build():
    c = C()
    c["session"] = "abc123"
    c["session"]["path"] = "/"
    c["session"]["domain"] = "example.org"
    c["session"]["secure"] = True
    c["session"]["httponly"] = 1
    c["pref"] = "dark mode; size=12"
    c["pref"]["max-age"] = 3600
    c["pref"]["comment"] = "user prefs"
    c["pref"]["version"] = 1
    c["when"] = "x"
    c["when"]["expires"] = "Wed, 09 Jun 2021 10:18:14 GMT"
    return c
`

var cookiesCases = []pytesting.Case{
	{"output", `build().output()`},
	{"str", `str(build())`},
	{"repr", `(repr(build()), repr(build()["session"]))`},
	{"output attrs", `build().output(attrs=["path", "max-age"], header="Cookie:", sep="\n")`},
	{"js output", `build()["session"].js_output()`},
	{"js output all", `C("a=1; b=\"x\\\"y\"").js_output()`},
	{"quoting", `[cookies._quote(v) for v in ("plain", "with space", "semi;colon", 'quote"d', "back\\slash", "tab\there", "caf\u00e9", "\x7f", "", "a,b", "(x)", None)]`},
	{"unquoting", `[cookies._unquote(v) for v in ('"plain"', '"a\\\\"b"', '"\\\\012x"', '"\\\\"', 'noquote', '"', '""', '"\\\\q"', None)]`},
	{"set values", `(lambda c: (c.__setitem__("n", 42), c.__setitem__("f", 1.5), c.__setitem__("s", "a b"), c.output()))(C())[-1]`},
	{"load simple", `parsed("a=1; b=2;c=3")`},
	{"load quoted", `parsed('a="hello world"; b="esc\\\\"aped"; c="\\\\101"')`},
	{"load attributes", `parsed("sid=1; Path=/; Domain=x.org; Max-Age=5; secure; HttpOnly; b=2; path=/b")`},
	{"load expires", `parsed("k=v; expires=Wed, 09 Jun 2021 10:18:14 GMT; other=1")`},
	{"load dollar attributes", `parsed("$Version=1; a=1; $Path=/x; $Domain=d")`},
	{"load attribute first", `parsed("Path=/; a=1")`},
	{"load bare name", `parsed("a=1; lonely; b=2")`},
	{"load attribute needs value", `parsed("a=1; path; b=2")`},
	{"load spaces", `parsed("  a = 1 ;  b=2  c=3")`},
	{"load odd chars", `parsed("k=v:w/x?y; e=a==b; q=[1]")`},
	{"load nothing", `(parsed(""), parsed(";;"), parsed("=x"))`},
	{"load dict", `(lambda c: (c.load({"x": "1 2", "y": 3}), c.output())[1])(C())`},
	{"base cookie", `(parsed('a="q x"', cookies.BaseCookie), cookies.BaseCookie({"v": "a b"}).output())`},
	{"constructor", `C("a=b").output()`},
	{"morsel bad attribute", `E(lambda: build()["session"].__setitem__("bogus", 1))`},
	{"morsel setdefault", `(lambda m: (m.setdefault("Path", "/p"), m.setdefault("path", "/q"), E(lambda: m.setdefault("x", 1))))(cookies.Morsel())`},
	{"morsel update", `(lambda m: (m.update({"PATH": "/u", "Secure": True}), sorted((k, v) for k, v in m.items() if v), E(lambda: m.update({"path": "/v", "nope": 1})), m["path"]))(cookies.Morsel())`},
	{"morsel set errors", `(E(lambda: cookies.Morsel().set("path", "v", "v")), E(lambda: cookies.Morsel().set("bad key", "v", "v")), E(lambda: cookies.Morsel().set("caf\u00e9", "v", "v")))`},
	{"bad cookie name", `E(lambda: C().__setitem__("bad name", "v"))`},
	{"morsel basics", `(lambda m: (m.set("k", "v", '"v"'), m.key, m.value, m.coded_value, m.isReservedKey("Max-Age"), m.isReservedKey("k"), m.OutputString(), repr(m), str(m), sorted(m.keys())))(cookies.Morsel())`},
	{"morsel equality", `(lambda a, b: (a == b, a != b, a == {}, a.copy() == a, type(a.copy()).__name__))(build()["session"], build()["session"])`},
	{"morsel inequality", `(lambda a, b: (b.__setitem__("path", "/other"), a == b, a != b)[1:])(build()["session"], build()["session"])`},
	{"morsel pickle", `(lambda m: (lambda m2: (m2 == m, m2.value, m2["path"]))(pickle.loads(pickle.dumps(m))))(build()["session"])`},
	{"flags false", `(lambda c: (c["a"].__setitem__("secure", False), c["a"].__setitem__("httponly", 0), c.output())[-1])(C("a=1"))`},
	{"max-age str", `(lambda c: (c["a"].__setitem__("max-age", "10"), c.output())[-1])(C("a=1"))`},
	{"comment quoted", `(lambda c: (c["a"].__setitem__("comment", "a; b"), c.output())[-1])(C("a=1"))`},
	{"names", `(cookies.__all__, issubclass(cookies.CookieError, Exception), sorted(cookies.Morsel._reserved.items()), sorted(cookies.Morsel._flags))`},
}

func TestSmallmodsCookies(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_cookies", cookiesPrelude, cookiesCases)
}
