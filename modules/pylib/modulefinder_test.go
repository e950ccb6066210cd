package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of modulefinder (Lib/modules/modulefinder.py)
// against CPython 3.6, over a tree of packages the prelude writes. The
// modules scanned import each other and sys only: the standard library
// is compiled into gpython-ssl, where the finder sees it as built-in.

const modulefinderPrelude = pytesting.ShowRepr + `import modulefinder, os, io, sys, tempfile, contextlib, py_compile
d = tempfile.mkdtemp()
tree = {
    "app/__init__.py": "from sys import *\nVERSION = 1\n",
    "app/core.py": "import app.util\nfrom . import helpers\nfrom .helpers import tool, absent\nfrom .. import nothing\n",
    "app/helpers.py": "def tool(): pass\nimport missing_top\n",
    "app/util.py": "from app import VERSION, ghost\nx = 1\nglobal y\n",
    "app/sub/__init__.py": "",
    "app/sub/deep.py": "from ..helpers import tool\nfrom ... import toofar\nimport app.sub.nothere\n",
    "plain.py": "import app.core\nimport app.sub.deep\nfrom app.sub import *\nimport sys, os.path\n",
    "star.py": "from app import *\nfrom app import notdefined\n",
    "script.py": "import plain\ndef f():\n    import inner_missing\n",
}
for rel, text in tree.items():
    p = os.path.join(d, *rel.split("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(text)
def finder(**kw):
    return modulefinder.ModuleFinder(path=[d], **kw)
def summary(mf):
    found = sorted((k, bool(m.__path__), (m.__file__ or "").replace(d, "D")) for k, m in mf.modules.items())
    bad = sorted((k, sorted(v)) for k, v in mf.badmodules.items())
    return found, bad, mf.any_missing_maybe(), mf.any_missing()
def hook(name, *a, **k):
    mf = finder()
    try:
        mf.import_hook(name, *a, **k)
    except ImportError as e:
        return "ImportError", str(e)
    return summary(mf)
def traced(name, level):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        finder(debug=level).import_hook(name)
    return out.getvalue().replace(d, "D").splitlines()
def compiled():
    src = os.path.join(d, "compiled.py")
    with open(src, "w") as f:
        f.write("import app\nZ = 1\n")
    py_compile.compile(src, cfile=os.path.join(d, "compiled.pyc"))
    os.remove(src)
    return hook("compiled")
def report(mf):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        mf.report()
    return out.getvalue().replace(d, "D")
`

var modulefinderCases = []pytesting.Case{
	{"module", `hook("plain")`},
	{"package", `hook("app")`},
	{"submodule", `hook("app.core")`},
	{"fromlist", `hook("app", None, ["core", "util", "nope"])`},
	{"fromlist star", `hook("app", None, ["*"])`},
	{"missing", `hook("no_such_module")`},
	{"missing submodule", `hook("app.nope")`},
	{"star maybe", `hook("star")`},
	{"run_script", `(lambda mf: (mf.run_script(os.path.join(d, "script.py")), summary(mf)))(finder())`},
	{"load_file", `(lambda mf: (mf.load_file(os.path.join(d, "star.py")), summary(mf)))(finder())`},
	{"report", `(lambda mf: (mf.run_script(os.path.join(d, "script.py")), report(mf)))(finder())`},
	{"excludes", `(lambda mf: (mf.import_hook("plain"), summary(mf))[1])(finder(excludes=["app.helpers", "missing_top"]))`},
	{"module repr", `(modulefinder.Module("a"), modulefinder.Module("b", "f.py"), modulefinder.Module("c", "d", ["d"]))`},
	{"globalnames", `(lambda mf: (str(mf.import_hook("app.util")).replace(d, "D"), sorted(mf.modules["app.util"].globalnames), sorted(mf.modules["app"].starimports)))(finder())`},
	{"bytecode", `compiled()`},
	{"debug output", `(traced("app.util", 1), traced("app.util", 2))`},
	{"debug deep", `traced("app.sub.deep", 4)`},
	{"package path map", `(modulefinder.AddPackagePath("extra_pkg", "/nowhere"), modulefinder.ReplacePackage("old_name", "new_name"), modulefinder.packagePathMap, modulefinder.replacePackageMap)`},
}

func TestModulefinderDifferential(t *testing.T) {
	pytesting.DiffCases(t, "modulefinder", modulefinderPrelude, modulefinderCases)
}
