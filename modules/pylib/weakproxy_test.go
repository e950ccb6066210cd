package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of weakref.proxy (written in
// Python here) and of sre_compile, which CPython's test_re imports. The
// referents stay alive throughout: when a referent dies differs (a
// garbage collection here, the last reference in CPython).

const weakProxyPrelude = pytesting.ShowRepr + `import weakref, re, sre_compile
class Obj:
    cls_attr = 'c'
    def __init__(self):
        self.items = [3, 1, 2]
    def method(self, x):
        return ('method', x)
    def __add__(self, other):
        return ('add', other)
    def __radd__(self, other):
        return ('radd', other)
    def __iadd__(self, other):
        return ('iadd', other)
    def __lt__(self, other):
        return 'lt'
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return i * 2
    def __contains__(self, x):
        return x == 'in'
    def __iter__(self):
        return iter('xy')
    def __str__(self):
        return 'Obj!'
    def __neg__(self):
        return 'neg'
    def __bool__(self):
        return False
class Fn:
    def __call__(self, *a, **k):
        return a, k
o, f = Obj(), Fn()
p, fp = weakref.proxy(o), weakref.proxy(f)
def assign():
    p.extra = 5
    q = p
    q += 1
    del p.extra
    return o.__dict__.get('extra', 'gone'), q
`

var weakProxyCases = []pytesting.Case{
	{"types", `(type(p), type(fp), weakref.ProxyType, weakref.CallableProxyType, weakref.ProxyTypes)`},
	{"type names", `(type(p).__name__, type(fp).__name__, isinstance(p, weakref.ProxyType), isinstance(fp, weakref.ProxyType))`},
	{"attributes", `(p.cls_attr, p.items, p.method(1), p.__class__ is Obj)`},
	{"missing attribute", `p.nothing`},
	{"assign and delete", `assign()`},
	{"call", `(fp(1, k=2), callable(p), callable(fp))`},
	{"call refused", `p()`},
	{"operators", `(p + 1, 1 + p, p < 2, -p, len(p), p[5], 'in' in p, list(p), str(p), bool(p))`},
	{"proxy operands", `((p + p)[1] is o, p == p, p != o, o == p)`},
	{"unhashable", `hash(p)`},
	{"repr", `repr(p).startswith('<weakproxy at 0x') and (' to Obj at 0x') in repr(p)`},
	{"callback accepted", `type(weakref.proxy(o, lambda x: None)).__name__`},
	{"shared without callback", `(weakref.proxy(o) is p, weakref.proxy(f) is fp, weakref.proxy(o, lambda x: None) is p, weakref.proxy(o, None) is p)`},
	{"not weakrefable", `weakref.proxy(1)`},
	{"pattern proxy", `weakref.proxy(re.compile('ab+c')).findall('xabbcyabc')`},
	{"all", `[n for n in ('proxy', 'ProxyType', 'CallableProxyType', 'ProxyTypes') if n in weakref.__all__]`},
	{"overlap table", `[sre_compile._generate_overlap_table(x) for x in ['', 'a', 'abcd', 'aaaa', 'ababba', 'abcabdac', 'aabaaab']]`},
	{"sre_compile helpers", `(sre_compile.isstring('a'), sre_compile.isstring(b'a'), sre_compile.isstring(1), sre_compile.compile('a|b').findall('abc'), sre_compile.MAXCODE)`},
}

func TestWeakProxyDifferential(t *testing.T) {
	pytesting.DiffCases(t, "weakproxy", weakProxyPrelude, weakProxyCases)
}
