package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of symtable and _symtable (Lib/modules) against
// CPython 3.6: every block's names with their flags and scopes, the
// Symbol and SymbolTable queries, and the errors of bad arguments.

const symtablePrelude = pytesting.ShowRepr + `import symtable, _symtable, warnings
def dump(src, mode="exec"):
    out = []
    def walk(t, depth):
        out.append((depth, t.get_name(), t.get_type(), t.get_lineno(), t.is_nested(), t.is_optimized(),
                    sorted(t._table.symbols.items()), t._table.varnames))
        for c in t.get_children():
            walk(c, depth + 1)
    walk(symtable.symtable(src, "?", mode), 0)
    return out
def err(*args):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = type(symtable.symtable(*args)).__name__
        except Exception as e:
            r = (type(e).__name__, str(e), getattr(e, "filename", None), getattr(e, "lineno", None), getattr(e, "offset", None))
    return r, [(x.category.__name__, str(x.message)) for x in w]
SRC = """
import sys, os.path as p, a.b.c
glob = 42
class Mine:
    instance_var = 24
    def a_method(p1, p2):
        pass
def spam(a, b, *var, k=1, **kw):
    global bar
    bar = 47
    x = 23
    glob
    def internal():
        return x
    return internal
def twice(): pass
def twice(): pass
"""
top = symtable.symtable(SRC, "?", "exec")
spam = top.lookup("spam").get_namespace()
def sym(t, name):
    s = t.lookup(name)
    return [s.get_name(), s.is_referenced(), s.is_parameter(), s.is_global(), s.is_declared_global(),
            s.is_local(), s.is_annotated(), s.is_free(), s.is_imported(), s.is_assigned(), s.is_namespace()]
`

var symtableCases = []pytesting.Case{
	{"constants", `sorted((k, v) for k, v in vars(_symtable).items() if k.isupper() and not k.startswith("_"))`},
	{"module table", `dump(SRC)`},
	{"symbols", `[sym(top, n) for n in sorted(top.get_identifiers())]`},
	{"function symbols", `[sym(spam, n) for n in sorted(spam.get_identifiers())]`},
	{"function info", `(sorted(spam.get_parameters()), sorted(spam.get_locals()), sorted(spam.get_globals()), spam.get_frees(), spam.lookup("internal").get_namespace().get_frees())`},
	{"class info", `top.lookup("Mine").get_namespace().get_methods()`},
	{"same objects", `(top.lookup("spam").get_namespace() is spam, top.get_children()[1] is top.lookup("spam").get_namespace())`},
	{"namespaces", `(len(top.lookup("twice").get_namespaces()), top.lookup("sys").get_namespaces())`},
	{"multiple namespaces", `top.lookup("twice").get_namespace()`},
	{"missing name", `top.lookup("nope")`},
	{"reprs", `(repr(top), repr(spam), repr(top.lookup("Mine").get_namespace()), repr(top.lookup("sys")))`},
	{"misc queries", `(top.get_type(), top.has_children(), top.has_exec(), top.is_optimized(), spam.is_optimized(), len(top.get_symbols()) == len(top.get_identifiers()))`},
	{"comprehensions and lambda", `dump("[x for x in y if x]\nlambda a, *b, c=d: a + e\n(z for z in y for w in z)\n{a: b for a, b in c}\n{x for x in y}\n")`},
	{"class cell and mangling", `dump("class C:\n  def f(self): super()\n  def __g(self): __h\n  def k(self): __class__\n  __x = 1\n")`},
	{"closures", `dump("def f(a):\n  b = 1\n  def g():\n    nonlocal b\n    b = a\n    def h(): return b, c\n  class K:\n    a = 1\n    def m(self): return a\n  return g\n")`},
	{"class free names", `dump("def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self): return x\n")`},
	{"annotations", `dump("x: int\ny: 'a' = 1\n(z): int = 2\no.a: int\ndef f(p: P = D, *q: Q, r: R, **s: S) -> T:\n  u: U\n  v: V = 1\n")`},
	{"imports, except, with, del", `dump("def f():\n  import a.b as c, d.e\n  from m import n, o as p\n  try: pass\n  except E as e: del e\n  with w as (x, y): pass\n  for i in r: pass\n")`},
	{"decorators and async", `dump("@d\nclass A(B, metaclass=M):\n  @e\n  async def f(self):\n    async for a in b: await a\n    async with c as d: pass\n")`},
	{"global in nested function", `dump("def f():\n  def g():\n    global q\n    q = 1\n  return q\n")`},
	{"eval and single", `(dump("lambda: x", "eval"), dump("y = [i for i in z]\n", "single"))`},
	{"syntax errors", `(err("def f(x): foo)(", "spam", "exec"), err("def f(x): global x", "spam", "exec"), err("def f():\n  nonlocal q\n", "s", "exec"))`},
	{"filename kinds", `(err("pass", b"spam", "exec"), err("pass", bytearray(b"spam"), "exec"), err("pass", memoryview(b"spam"), "exec")[1], err("pass", list(b"spam"), "exec"), err("pass", 3, "exec"))`},
	{"bad arguments", `(err("x", "f", "bad"), err(b"x", "f", "exec"), err("x\0", "f", "exec"), err("x", "f", 3))`},
	{"entry", `(type(_symtable.symtable("x", "f", "exec")).__name__, repr(_symtable.symtable("x", "f", "exec")).split("(")[0])`},
}

func TestSymtableDifferential(t *testing.T) {
	pytesting.DiffCases(t, "symtable", symtablePrelude, symtableCases)
}
