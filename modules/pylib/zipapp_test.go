package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of zipapp (Lib/modules/zipapp.py) against CPython
// 3.6, over a directory the prelude writes. Archives are compared by
// their members, not their bytes (zip entries carry file times).

const zipappPrelude = pytesting.ShowRepr + `import zipapp, zipfile, os, io, tempfile, pathlib, stat
d = tempfile.mkdtemp()
app = os.path.join(d, "app")
os.makedirs(os.path.join(app, "pkg"))
for rel, text in (("__main__.py", "print('hi')\n"), ("pkg/__init__.py", ""), ("pkg/mod.py", "def run(): pass\n")):
    with open(os.path.join(app, rel), "w") as f:
        f.write(text)
lib = os.path.join(d, "lib")
os.makedirs(lib)
with open(os.path.join(lib, "tool.py"), "w") as f:
    f.write("def go(): pass\n")
def members(p):
    with zipfile.ZipFile(p) as z:
        return sorted(z.namelist())
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except BaseException as e:
        return type(e).__name__, str(e).replace(d, "D")
`

var zipappCases = []pytesting.Case{
	{"default target", `(zipapp.create_archive(app), members(app + ".pyz"), zipapp.get_interpreter(app + ".pyz"))`},
	{"interpreter", `(lambda t: (zipapp.create_archive(app, t, "/usr/bin/env python3"), zipapp.get_interpreter(t), open(t, "rb").read(24), bool(os.stat(t).st_mode & stat.S_IEXEC), members(t)))(os.path.join(d, "x.pyz"))`},
	{"generated main", `(lambda t: (zipapp.create_archive(lib, t, main="tool:go"), members(t), zipfile.ZipFile(t).read("__main__.py")))(os.path.join(d, "y.pyz"))`},
	{"dotted main", `(lambda t: (zipapp.create_archive(lib, t, main="a.b:c.d"), zipfile.ZipFile(t).read("__main__.py")))(os.path.join(d, "z.pyz"))`},
	{"bad main", `[err(zipapp.create_archive, lib, os.path.join(d, "w.pyz"), main=m) for m in ("tool", "tool:", "1x:go", "tool:go()", ":go")]`},
	{"main conflict", `err(zipapp.create_archive, app, os.path.join(d, "v.pyz"), main="pkg.mod:run")`},
	{"no entry point", `err(zipapp.create_archive, lib, os.path.join(d, "u.pyz"))`},
	{"missing source", `err(zipapp.create_archive, os.path.join(d, "nope"))`},
	{"file object target", `(lambda b: (zipapp.create_archive(app, b, "/bin/py"), b.getvalue()[:9], zipapp.get_interpreter(io.BytesIO(b.getvalue())), members(io.BytesIO(b.getvalue()))))(io.BytesIO())`},
	{"copy replaces interpreter", `(lambda s, t: (zipapp.create_archive(app, s, "/old/py"), zipapp.create_archive(s, t, "/new/py"), zipapp.get_interpreter(t), members(t)))(os.path.join(d, "s.pyz"), os.path.join(d, "t.pyz"))`},
	{"copy drops interpreter", `(lambda s, t: (zipapp.create_archive(app, s, "/old/py"), zipapp.create_archive(s, t), zipapp.get_interpreter(t), open(t, "rb").read(2)))(os.path.join(d, "s2.pyz"), os.path.join(d, "t2.pyz"))`},
	{"copy file objects", `(lambda src: (lambda out: (zipapp.create_archive(src, out, "/x"), out.getvalue()[:4]))(io.BytesIO()))(io.BytesIO(b"#!/old\nPKrest"))`},
	{"pathlib", `(lambda t: (zipapp.create_archive(pathlib.Path(app), t), members(t)))(pathlib.Path(d, "p.pyz"))`},
	{"no interpreter", `zipapp.get_interpreter(io.BytesIO(b"PK\x03\x04"))`},
	{"names", `(zipapp.__all__, issubclass(zipapp.ZipAppError, ValueError), zipapp.shebang_encoding, zipapp.MAIN_TEMPLATE)`},
	{"cli info", `(lambda t: (zipapp.create_archive(app, t, "/usr/bin/py"), err(zipapp.main, ["--info", t])))(os.path.join(d, "c.pyz"))`},
	{"cli errors", `(err(zipapp.main, ["--info", app]), err(zipapp.main, [os.path.join(d, "c.pyz")]), err(zipapp.main, [os.path.join(d, "c.pyz"), "-o", os.path.join(d, "c2.pyz"), "-m", "a:b"]))`},
	{"cli build", `(zipapp.main([app, "-o", os.path.join(d, "cli.pyz"), "-p", "/bin/python"]), zipapp.get_interpreter(os.path.join(d, "cli.pyz")))`},
}

func TestZipappDifferential(t *testing.T) {
	pytesting.DiffCases(t, "zipapp", zipappPrelude, zipappCases)
}
