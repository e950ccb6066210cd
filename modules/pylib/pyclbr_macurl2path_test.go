package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pyclbr and macurl2path against CPython 3.6:
// the classes, methods and functions pyclbr finds in a module written
// to a temporary directory (bases resolved within the module and from
// modules it imports), and macurl2path's conversions both ways.

const pyclbrPrelude = pytesting.ShowRepr + `import pyclbr, macurl2path, os, sys, tempfile
d = tempfile.mkdtemp()
def write(name, text):
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write(text)
write("clbrbase", "class Base:\n    def m(self): pass\n")
write("clbrmod", '''import os, clbrbase
from clbrbase import Base as B2
def top(a, b=1):
    def inner(): pass
    return inner
class A:
    x = 1
    def __init__(self): pass
    def __private(self): pass
    @staticmethod
    def s(): pass
    class Nested:
        def n(self): pass
    def after(self): pass
class B(A, clbrbase.Base, B2, object, dict[0] if 0 else list): pass
if True:
    def conditional(): pass
async def coro(): pass
lam = lambda: 0
def last(): pass
''')
def show(found):
    out = []
    for name, item in sorted(found.items()):
        if isinstance(item, pyclbr.Class):
            bases = [b.name if isinstance(b, pyclbr.Class) else b for b in item.super]
            out.append(("class", name, item.module, item.lineno, os.path.basename(item.file), bases, sorted(item.methods.items())))
        elif isinstance(item, pyclbr.Function):
            out.append(("def", name, item.module, item.lineno, os.path.basename(item.file)))
        else:
            out.append((name, type(item).__name__))
    return out
def url(u):
    try:
        return macurl2path.url2pathname(u)
    except Exception as e:
        return type(e).__name__, str(e)
def path(p):
    try:
        return macurl2path.pathname2url(p)
    except Exception as e:
        return type(e).__name__, str(e)
def mismatch(name, ignore=()):
    # What test_pyclbr's checkModule looks at in a library module: the
    # classes and functions defined there that pyclbr misses, the names
    # pyclbr finds that the module lacks, and the defs pyclbr takes for
    # methods that are none.
    import importlib, types
    m = importlib.import_module(name)
    found = pyclbr.readmodule_ex(name)
    missed, extra, methods = [], [], []
    for k in dir(m):
        v = getattr(m, k)
        if k in ignore:
            continue
        if (isinstance(v, type) and v.__module__ == m.__name__) or (isinstance(v, types.FunctionType) and v.__globals__ is m.__dict__):
            if k not in found:
                missed.append(k)
    for k, item in sorted(found.items()):
        if k in ignore:
            continue
        if not hasattr(m, k):
            extra.append(k)
        elif isinstance(item, pyclbr.Class) and item.module == name:
            cls = getattr(m, k)
            for meth in sorted(item.methods):
                attr = meth if not (meth.startswith("__") and not meth.endswith("__")) else "_" + k + meth
                if not isinstance(cls.__dict__.get(attr), (types.FunctionType, classmethod, staticmethod)):
                    methods.append(k + "." + meth)
    return missed, extra, methods
`

var pyclbrCases = []pytesting.Case{
	{"readmodule_ex", `show(pyclbr.readmodule_ex("clbrmod", [d]))`},
	{"readmodule", `sorted(pyclbr.readmodule("clbrmod", [d]))`},
	{"cached", `pyclbr.readmodule_ex("clbrmod", [d]) is pyclbr.readmodule_ex("clbrmod", [d])`},
	{"builtin module", `pyclbr.readmodule_ex("sys")`},
	{"not a package", `pyclbr.readmodule_ex("clbrmod.sub", [d])`},
	{"missing module", `pyclbr.readmodule_ex("no_such_module_here", [d])`},
	{"missing module cached", `(pyclbr.readmodule_ex("no_such_module_2", [d]) if 0 else 0, pyclbr._modules.get("no_such_module_here"))`},
	{"library module difflib", `mismatch("difflib", ("Match",))`},
	{"library module pickle", `mismatch("pickle", ("partial",))`},
	{"library package submodule", `mismatch("email.parser")`},
	{"library package submodule found", `sorted(k for k, v in pyclbr.readmodule_ex("email.parser").items() if v.module == "email.parser")`},
	{"url2pathname", `[url(u) for u in ["index.html", "bar/index.html", "/foo/bar/index.html", "/foo/bar/", "/", "///index.html", "//index.html", "http://foo.com", "./index.html", "foo/../index.html", "../index.html", "../../a/./b//c", "a%2Fb/c%20d", "", "file:x/y"]]`},
	{"pathname2url", `[path(p) for p in ["drive:", "drive:dir:", "drive:dir:file", "drive:file", "file", ":file", ":dir:", ":dir:file", "/", "dir::file", "", ":", "::", "a b:" + "x" * 40]]`},
}

func TestPyclbrMacurl2pathDifferential(t *testing.T) {
	pytesting.DiffCases(t, "pyclbr_macurl2path", pyclbrPrelude, pyclbrCases)
}
