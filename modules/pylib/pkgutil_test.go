package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pkgutil (Lib/modules/pkgutil.py) against CPython
// 3.6, over a directory tree the prelude builds, and the standard
// library's names (built in here, files for CPython).

const pkgutilPrelude = pytesting.ShowRepr + `import pkgutil, os, sys, tempfile
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
root = tempfile.mkdtemp()
def put(rel, text=""):
    p = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(text)
for rel in ("alpha.py", "beta.py", "pkgone/__init__.py", "pkgone/sub.py", "pkgone/inner/__init__.py", "pkgone/inner/deep.py", "notpkg/x.py", "data.txt", "with.dot.py", "pkgone/res/hello.txt", "zeta.pyc"):
    put(rel, "VALUE = %r\n" % rel if rel.endswith(".py") else "hello data\n")
sys.path.insert(0, root)
def names(infos):
    return [(i.name, i.ispkg) for i in infos]
`

var pkgutilCases = []pytesting.Case{
	{"iter_modules dir", `names(pkgutil.iter_modules([root]))`},
	{"iter_modules prefix", `names(pkgutil.iter_modules([root], "top."))`},
	{"iter_modules package dir", `names(pkgutil.iter_modules([os.path.join(root, "pkgone")]))`},
	{"finder", `(lambda i: (type(i).__name__, i.module_finder.path == root, i._fields))(next(pkgutil.iter_modules([root])))`},
	{"walk_packages", `names(pkgutil.walk_packages([root]))`},
	{"walk_packages prefix", `names(pkgutil.walk_packages([os.path.join(root, "pkgone")], "pkgone."))`},
	{"iter_modules default", `(lambda n: [x in n for x in ("json", "email", "os", "alpha", "pkgone", "nonexistent_mod")])(set(i.name for i in pkgutil.iter_modules()))`},
	{"iter_modules str", `err(lambda: list(pkgutil.iter_modules("")))`},
	{"missing dir", `names(pkgutil.iter_modules([os.path.join(root, "nope")]))`},
	{"get_data", `pkgutil.get_data("pkgone", "res/hello.txt")`},
	{"get_data missing package", `pkgutil.get_data("no_such_package_here", "x")`},
	{"get_data missing file", `err(pkgutil.get_data, "pkgone", "nothere.txt")[0]`},
	{"find_loader", `(pkgutil.find_loader("no_such_module_here") is None, pkgutil.find_loader("alpha") is not None)`},
	{"find_loader relative", `err(pkgutil.find_loader, ".x")`},
	{"get_loader", `(pkgutil.get_loader("no_such_module_x") is None, pkgutil.get_loader("pkgone.sub") is not None)`},
	{"iter_importers relative", `err(lambda: list(pkgutil.iter_importers(".x")))`},
	{"get_importer", `(repr(pkgutil.get_importer(root)) == "FileFinder(%r)" % root, pkgutil.get_importer(os.path.join(root, "alpha.py")))`},
	{"extend_path", `(lambda p: [os.path.relpath(x, root) for x in p])(pkgutil.extend_path([os.path.join(root, "pkgone")], "pkgone"))`},
	{"extend_path pkg file", `(put("pkgone.pkg", "# comment\n/extra/dir\n\n/other\n"), pkgutil.extend_path([], "pkgone")[1:])`},
	{"extend_path not list", `pkgutil.extend_path(("a",), "pkgone")`},
	{"extend_path no parent", `pkgutil.extend_path(["x"], "nothere.sub")`},
	{"all", `pkgutil.__all__`},
	{"moduleinfo", `(pkgutil.ModuleInfo("f", "n", True), pkgutil.ModuleInfo.__doc__)`},
}

func TestPkgutilDifferential(t *testing.T) {
	pytesting.DiffCases(t, "pkgutil", pkgutilPrelude, pkgutilCases)
}
