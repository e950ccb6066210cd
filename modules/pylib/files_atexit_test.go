package pylib_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of atexit against CPython 3.6. The callbacks run
// when the interpreter ends, so each script runs as a main program:
// runToExit runs it in a fresh context, closes the context (which calls
// atexit._run_exitfuncs, vm.WaitForThreads) and only then reads what was
// printed. Each script sends stderr to stdout, so that the errors the
// callbacks print are compared too, and is compiled as "<stdin>", the
// name CPython gives a script read from its standard input.

// runToExit runs src as __main__ and returns its stdout after the
// interpreter's exit processing, and the exception the script ended
// with (SystemExit included).
func runToExit(t *testing.T, src string) (string, error) {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	f, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	require.NoError(t, err)
	defer f.Close()
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	sys.Globals["stdout"] = &py.File{File: f, FileMode: py.FileWrite}
	code, err := py.Compile(src, "<stdin>", py.ExecMode, 0, true)
	require.NoError(t, err)
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<stdin>"}})
	require.NoError(t, err)
	_, runErr := ctx.RunCode(code, module.Globals, module.Globals, nil)
	require.NotPanics(t, func() { _ = ctx.Close() })
	data, err := os.ReadFile(f.Name())
	require.NoError(t, err)
	return string(data), runErr
}

const atexitPrelude = "import atexit, sys\nsys.stderr = sys.stdout\n"

var atexitScripts = []struct{ name, src string }{
	{"order", `atexit.register(print, "first")
atexit.register(print, "second")
atexit.register(print, "third")
print("main")
`},
	{"args kwargs", `def f(*a, **k):
    print("f", a, sorted(k.items()))
atexit.register(f, 1, 2, x=3, y=4)
atexit.register(f)
atexit.register(f, None, sep="-")
`},
	{"register returns func", `def f():
    print("f ran")
print(atexit.register(f) is f)
@atexit.register
def g():
    print("g ran")
print(g.__name__, atexit._ncallbacks())
`},
	{"unregister", `def f(): print("f")
def g(): print("g")
atexit.register(f)
atexit.register(g)
atexit.register(f, 1)
atexit.unregister(f)
print(atexit._ncallbacks())
atexit.unregister(f)
atexit.unregister(len)
print(atexit._ncallbacks())
`},
	{"clear", `atexit.register(print, "never")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "after clear")
`},
	{"not callable", `for bad in (1, "x", None):
    try:
        atexit.register(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError")
print(atexit._ncallbacks())
`},
	{"error in callback", `def bad():
    raise ValueError("boom")
def deep():
    bad()
atexit.register(print, "still runs")
atexit.register(deep)
atexit.register(print, "runs first")
`},
	{"error no traceback", `atexit.register(print, "end")
atexit.register(int, "x")
atexit.register(lambda a: a)
`},
	{"systemexit ignored", `def f():
    print("exiting")
    sys.exit(7)
atexit.register(print, "after")
atexit.register(f)
`},
	{"sys exit", `atexit.register(print, "on exit")
print("before")
sys.exit(0)
`},
	{"uncaught exception", `atexit.register(print, "on exit")
try:
    raise KeyError("k")
except KeyError:
    print("caught")
`},
	{"explicit run", `atexit.register(print, "one")
atexit.register(print, "two")
atexit._run_exitfuncs()
print("n", atexit._ncallbacks())
atexit.register(print, "three")
`},
	{"explicit run raises last", `def e1(): raise KeyError("a")
def e2(): raise IndexError("b")
atexit.register(e1)
atexit.register(e2)
try:
    atexit._run_exitfuncs()
except Exception as e:
    print("raised", type(e).__name__, e)
print(atexit._ncallbacks())
`},
	{"explicit run systemexit", `atexit.register(sys.exit, 4)
try:
    atexit._run_exitfuncs()
except SystemExit as e:
    print("SystemExit", e.code)
`},
	{"register during run", `def f():
    print("f")
    atexit.register(print, "late")
atexit.register(f)
`},
	{"callable object and lambda", `class C:
    def __init__(self, n): self.n = n
    def __call__(self, tag): print("called", self.n, tag)
c = C(5)
atexit.register(c, "m")
atexit.register(lambda: print("lambda"))
atexit.register(c, "again")
atexit.unregister(c)
print(atexit._ncallbacks())
`},
	{"callback output to stderr", `atexit.register(sys.stderr.write, "to stderr\n")
`},
	{"same function twice", `def f(n): print("f", n)
atexit.register(f, 1)
atexit.register(f, 2)
print(atexit._ncallbacks())
`},
	{"unregister then register", `def f(): print("f")
atexit.register(f)
atexit.unregister(f)
atexit.register(f)
print(atexit._ncallbacks())
`},
	{"unregister unknown", `print(atexit.unregister(print), atexit._ncallbacks())
`},
	{"register kwargs only", `atexit.register(print, "a", "b", sep="+", end="!\n")
`},
	{"exception chain in callback", `def f():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
atexit.register(f)
`},
	{"callback reads globals", `state = {"n": 0}
def f():
    print("state", state["n"])
atexit.register(f)
state["n"] = 42
`},
	{"explicit run then exit", `atexit.register(print, "ran once")
atexit._run_exitfuncs()
print("between")
`},
	{"clear return", `print(atexit._clear(), atexit._ncallbacks())
`},
	{"module functions", `print(callable(atexit._run_exitfuncs), callable(atexit._clear), atexit._ncallbacks())
`},
}

func TestAtexitDifferential(t *testing.T) {
	for _, c := range atexitScripts {
		t.Run(c.name, func(t *testing.T) {
			src := atexitPrelude + c.src
			want := pytesting.CPython36Output(t, "atexit_"+strings.ReplaceAll(c.name, " ", "_"), src)
			got, _ := runToExit(t, src)
			assert.Equal(t, want, got)
		})
	}
}
