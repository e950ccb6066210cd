package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of py_compile against CPython 3.6: the path it
// returns, the PyCompileError it raises for a bad source and the report
// it writes to stderr when told not to raise.

const pyCompilePrelude = pytesting.ShowRepr + `import py_compile, os, sys, io, tempfile, shutil
D = tempfile.mkdtemp(prefix="pyc-")
def src(name, text):
    p = os.path.join(D, name)
    with open(p, "w") as f:
        f.write(text)
    return p
def rel(p):
    # the cache tag is each interpreter's own (gpython-ssl's is not cpython-36)
    return None if p is None else p.replace(D, "<D>").replace(sys.implementation.cache_tag, "<TAG>")
def caught(f):
    try:
        return f()
    except py_compile.PyCompileError as e:
        return ("PyCompileError", e.exc_type_name, rel(e.file), rel(e.msg), rel(str(e)), e.msg == e.args[0])
    except Exception as e:
        return type(e).__name__, rel(str(e))
def quiet(f):
    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        r = f()
    finally:
        err, sys.stderr = sys.stderr.getvalue(), old
    return r, rel(err)
GOOD = src("good.py", "x = 1\n")
BAD = src("bad.py", "def f(:\n    pass\n")
`

var pyCompileCases = []pytesting.Case{
	{"all", `py_compile.__all__`},
	{"good default cfile", `(rel(py_compile.compile(GOOD)), os.path.isfile(os.path.join(D, "__pycache__", "good." + sys.implementation.cache_tag + ".pyc")))`},
	{"good given cfile", `(rel(py_compile.compile(GOOD, cfile=os.path.join(D, "out", "g.pyc"))), os.path.isfile(os.path.join(D, "out", "g.pyc")))`},
	{"header", `(lambda b: (b[:4] == __import__("importlib.util").util.MAGIC_NUMBER, int.from_bytes(b[8:12], "little")))(open(os.path.join(D, "out", "g.pyc"), "rb").read())`},
	{"bad raises", `caught(lambda: py_compile.compile(BAD, doraise=True))`},
	{"bad dfile", `caught(lambda: py_compile.compile(BAD, dfile="shown.py", doraise=True))`},
	{"bad quiet", `quiet(lambda: py_compile.compile(BAD))`},
	{"missing", `caught(lambda: py_compile.compile(os.path.join(D, "nope.py")))`},
	{"cfile is a directory", `caught(lambda: py_compile.compile(GOOD, cfile=D))`},
	{"main", `quiet(lambda: py_compile.main([GOOD, BAD]))`},
	{"error class", `(py_compile.PyCompileError.__mro__[1].__name__, str(py_compile.PyCompileError(ValueError, ValueError("v"), "f.py")))`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestPyCompileDifferential(t *testing.T) {
	pytesting.DiffCases(t, "py_compile", pyCompilePrelude, pyCompileCases)
}
