package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of imp, runpy and site (Lib/modules) against
// CPython 3.6, over scripts and packages the preludes write.

// putHelper is the preludes' put(rel, text): write a file under the
// temporary directory d.
const putHelper = `def put(rel, text):
    p = os.path.join(d, *rel.split("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(text)
    return p
`

const runpyPrelude = pytesting.ShowRepr + `import runpy, sys, os, tempfile, warnings
d = tempfile.mkdtemp()
` + putHelper + `put("scr.py", "import sys\nX = __name__\nARGV0 = sys.argv[0] == __file__\nIN_MODULES = __name__ in sys.modules\n")
put("app/__main__.py", "WHO = __name__\n")
put("pk/__init__.py", "")
put("pk/__main__.py", "WHO = (__name__, __package__)\n")
put("pk/mod.py", "WHO = (__name__, __package__)\n")
put("bad.py", "raise ValueError('boom')\n")
sys.path.insert(0, d)
sys.argv = ["prog"]
os.mkdir(os.path.join(d, "empty"))
def masked(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e).replace(d, "D")
def rel(g):
    keys = ("X", "Y", "WHO", "ARGV0", "IN_MODULES", "__name__", "__package__", "__file__", "__doc__")
    return sorted((k, v.replace(d, "D") if isinstance(v, str) else v) for k, v in g.items() if k in keys)
`

var runpyCases = []pytesting.Case{
	{"missing", `runpy.run_module("nonexistent_x")`},
	{"relative", `runpy.run_module(".rel")`},
	{"missing submodule", `runpy.run_module("json.nonexist")`},
	{"package without main", `runpy.run_module("json")`},
	{"stdlib module", `(lambda g: (g["__name__"], g["__package__"], "rgb_to_hsv" in g, g["__doc__"] is None or isinstance(g["__doc__"], str)))(runpy.run_module("colorsys"))`},
	{"run_module file", `rel(runpy.run_module("scr"))`},
	{"run_module run_name", `rel(runpy.run_module("scr", {"Y": 2}, "renamed"))`},
	{"run_module alter_sys", `(rel(runpy.run_module("scr", run_name="__main__", alter_sys=True)), "scr" in sys.modules)`},
	{"run_module package", `rel(runpy.run_module("pk"))`},
	{"run_module submodule", `rel(runpy.run_module("pk.mod"))`},
	{"run_module raises", `runpy.run_module("bad")`},
	{"run_path file", `rel(runpy.run_path(os.path.join(d, "scr.py")))`},
	{"run_path names", `rel(runpy.run_path(os.path.join(d, "scr.py"), {"Y": 1}, "pkg.mod"))`},
	{"run_path directory", `(rel(runpy.run_path(os.path.join(d, "app"))), d in sys.path[1:], sys.path[0] == d)`},
	{"run_path no main", `str(runpy.run_path(os.path.join(d, "pk", "mod.py")) and None) + str(type(runpy.run_path).__name__)`},
	{"run_path missing main", `masked(runpy.run_path, os.path.join(d, "empty"))`},
	{"run_path package dir", `rel(runpy.run_path(os.path.join(d, "pk")))`},
	{"run_path missing", `runpy.run_path("/nonexistent/x.py")`},
	{"all", `runpy.__all__`},
}

func TestRunpyDifferential(t *testing.T) {
	pytesting.DiffCases(t, "runpy", runpyPrelude, runpyCases)
}

const impPrelude = pytesting.ShowRepr + `import warnings, sys, os, tempfile
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import imp
d = tempfile.mkdtemp()
` + putHelper + `put("imod.py", "X = 1\nNAME = __name__\n")
put("ipkg/__init__.py", "P = __name__\n")
sys.path.insert(0, d)
lib = os.path.dirname(imp.__file__)
def scrubbed(call):
    try:
        return call()
    except Exception as e:
        return type(e).__name__, str(e).replace(d, "D")
`

var impCases = []pytesting.Case{
	{"deprecation", `[(w.category.__name__, str(w.message)) for w in caught]`},
	{"constants", `(imp.SEARCH_ERROR, imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION, imp.PY_RESOURCE, imp.PKG_DIRECTORY, imp.C_BUILTIN, imp.PY_FROZEN, imp.PY_CODERESOURCE, imp.IMP_HOOK)`},
	{"suffixes", `imp.get_suffixes()`},
	{"find source", `(lambda r: (r[0].read(), r[0].close(), r[1].replace(d, "D"), r[2]))(imp.find_module("imod"))`},
	{"find package", `(lambda r: (r[0], r[1].replace(d, "D"), r[2]))(imp.find_module("ipkg"))`},
	{"find in path", `imp.find_module("imod", [d])[1].replace(d, "D")`},
	{"find builtin", `imp.find_module("sys")`},
	{"find missing", `(lambda: imp.find_module("no_such_mod_x"))()`},
	{"find bad name", `imp.find_module(1)`},
	{"find bad path", `imp.find_module("x", "y")`},
	{"load_source", `(lambda m: (m.X, m.NAME, m.__name__, sys.modules["loaded_x"] is m))(imp.load_source("loaded_x", os.path.join(d, "imod.py")))`},
	{"load_module", `(lambda r: (lambda m: (m.X, m.__name__))(imp.load_module("imod2", *r)))(imp.find_module("imod"))`},
	{"load_package", `(lambda m: (m.P, [p.replace(d, "D") for p in m.__path__]))(imp.load_module("ipkg", *imp.find_module("ipkg")))`},
	{"load bad mode", `imp.load_module("x", None, "f", (".py", "w", imp.PY_SOURCE))`},
	{"load needs file", `imp.load_module("x", None, "f", (".py", "r", imp.PY_SOURCE))`},
	{"load unknown kind", `imp.load_module("x", None, "f", ("", "", 42))`},
	{"reload", `(lambda m: imp.reload(m) is m)(__import__("imod"))`},
	{"new_module", `(lambda m: (type(m).__name__, m.__name__, m.__doc__))(imp.new_module("fresh"))`},
	{"lock", `(imp.lock_held(), imp.acquire_lock(), imp.lock_held(), imp.acquire_lock(), imp.release_lock(), imp.lock_held(), imp.release_lock(), imp.lock_held())`},
	{"release unheld", `imp.release_lock()`},
	{"builtin", `(imp.is_builtin("sys"), imp.is_builtin("builtins"), imp.is_builtin("time"), imp.is_builtin("no_such"), imp.is_frozen("no_such"), imp.init_builtin("no_such"))`},
	{"null importer", `(imp.NullImporter("/nonexistent/x").find_module("y"), )`},
	{"null importer dir", `imp.NullImporter(d)`},
	{"magic", `(imp.get_magic() == __import__("importlib.util").util.MAGIC_NUMBER, imp.get_tag() == sys.implementation.cache_tag)`},
	{"cache paths", `(imp.cache_from_source("/a/b.py").replace(imp.get_tag(), "<TAG>"), imp.source_from_cache("/a/__pycache__/b.cpython-36.pyc"))`},
	{"find library module", `(lambda r: (repr(r[0]).replace(lib, "LIB"), r[1].replace(lib, "LIB"), r[2], r[0].encoding, r[0].tell(), r[0].readline()[:3], r[0].read(0), r[0].name == r[1], r[0].mode, r[0].close(), r[0].closed))(imp.find_module("tokenize"))`},
	{"find library package", `(lambda r: (r[0], r[1].replace(lib, "LIB"), r[2]))(imp.find_module("json"))`},
	{"find library in path", `(lambda r: (r[0].close(), r[1].replace(lib, "LIB"), r[2]))(imp.find_module("decoder", [os.path.join(lib, "json")]))`},
	{"library not built in", `(imp.is_builtin("tokenize"), imp.is_builtin("json"), imp.init_builtin("tokenize"))`},
	{"load library package", `(lambda m: (m.__name__, [p.replace(lib, "LIB") for p in m.__path__], m.__file__.replace(lib, "LIB"), type(m.__loader__).__name__, m.__spec__.name, m.dumps([1])))(imp.load_module("jsonx", *imp.find_module("json")))`},
	{"load library module", `(lambda r: (imp.load_module("tokenize", *r) is sys.modules["tokenize"], sys.modules["tokenize"].__file__ == r[1], type(sys.modules["tokenize"].__loader__).__name__, r[0].close()))(imp.find_module("tokenize"))`},
	{"load_source attributes", `(lambda m: (m.__file__.replace(d, "D"), m.__spec__.origin.replace(d, "D"), m.__spec__.name, type(m.__loader__).__name__, m.__spec__.loader is m.__loader__, m.__package__, m.__loader__.name))(imp.load_source("attrs_x", os.path.join(d, "imod.py")))`},
	{"load_source file object", `(lambda f: (imp.load_source("fileobj_x", os.path.join(d, "imod.py"), f).NAME, f.closed))(open(os.path.join(d, "imod.py")))`},
	{"load_source null", `imp.load_source("null_x", os.path.join(d, "imod.py\0"))`},
	{"load_source missing", `scrubbed(lambda: imp.load_source("missing_x", os.path.join(d, "nope.py")))`},
	{"load_package init", `(lambda m: [p.replace(d, "D") for p in m.__path__])(imp.load_package("ipkg3", os.path.join(d, "ipkg", "__init__.py")))`},
	{"load_package not package", `scrubbed(lambda: imp.load_package("notpkg", d))`},
	{"source compatibility loader", `(lambda p: (lambda l: (type(l).__name__, l.get_data(p), l.get_data(p), l.file.closed, l.get_data(p + "c") if False else None))(imp._LoadSourceCompatibility("compat_x", p, open(p))))(os.path.join(d, "imod.py"))`},
}

func TestImpDifferential(t *testing.T) {
	pytesting.DiffCases(t, "imp", impPrelude, impCases)
}

const sitePrelude = pytesting.ShowRepr + `import site, sys, os, tempfile
d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, "extra"))
with open(os.path.join(d, "a.pth"), "w") as f:
    f.write("# comment\nextra\nmissing_dir\nimport sys; sys._site_flag = 42\n")
with open(os.path.join(d, "b.txt"), "w") as f:
    f.write("extra\n")
`

var siteCases = []pytesting.Case{
	{"getsitepackages", `site.getsitepackages(["/a", "/a", "", "/b"])`},
	{"makepath", `site.makepath("/x/../y", "z")`},
	{"user site", `(site.ENABLE_USER_SITE, site.check_enableusersite())`},
	{"user base", `(site.getuserbase() == os.path.expanduser("~/.local"), site.USER_BASE == site.getuserbase())`},
	{"user site path", `(site.getusersitepackages() == os.path.join(site.getuserbase(), "lib", "python3.6", "site-packages"), site.USER_SITE == site.getusersitepackages())`},
	{"prefixes", `site.PREFIXES == [sys.prefix, sys.exec_prefix]`},
	{"addsitedir", `(site.addsitedir(d), [p.replace(d, "D") for p in sys.path if p.startswith(d)], getattr(sys, "_site_flag", None))`},
	{"addsitedir known", `(lambda k: (sorted(p.replace(d, "D") for p in site.addsitedir(d, k) if p.startswith(d)), ))(set())`},
	{"addpackage", `(lambda k: (site.addpackage(d, "b.txt", k) is k, sorted(p.replace(d, "D") for p in k)))(set())`},
	{"addpackage missing", `site.addpackage(d, "nope.pth", None)`},
	{"removeduppaths", `(sys.path.append(sys.path[0]), type(site.removeduppaths()).__name__, len(sys.path) == len(set(sys.path)))`},
	{"main again", `(site.main(), site.ENABLE_USER_SITE)`},
	{"callables", `[callable(getattr(site, n)) for n in ("abs_paths", "addsitepackages", "addusersitepackages", "execsitecustomize", "execusercustomize", "setquit", "setcopyright", "sethelper", "enablerlcompleter", "venv")]`},
}

func TestSiteDifferential(t *testing.T) {
	pytesting.DiffCases(t, "site", sitePrelude, siteCases)
}
