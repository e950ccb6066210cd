package vm_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// run executes src as __main__ in a fresh context and returns its globals.
func run(t *testing.T, src string) (py.StringDict, error) {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	t.Cleanup(func() { ctx.Close() })
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	_, err = ctx.RunCode(code, m.Globals, m.Globals, nil)
	return m.Globals, err
}

func TestLoopSemantics(t *testing.T) {
	tests := []struct {
		name, src string
		want      py.Object // value of the global r
	}{
		{"empty bytes is false", "r = 'no' if not b'' else 'yes'", py.String("no")},
		{"while bytes ends", "d = b'abc'\nn = 0\nwhile d:\n    d = d[1:]\n    n += 1\nr = n", py.Int(3)},
		{"bytes index", "r = b'abc'[-1]", py.Int(99)},
		{"bytes slice step", "r = b'abcdef'[::2]", py.Bytes("ace")},
		{"bytes in", "r = (b'bc' in b'abc', 98 in b'abc', b'x' not in b'abc')", py.Tuple{py.True, py.True, py.True}},
		{"bytes iteration", "r = [c for c in b'ab']", py.NewListFromItems([]py.Object{py.Int(97), py.Int(98)})},
		{"bytes repeat", "r = b'ab' * 2", py.Bytes("abab")},
		{"user exception caught by base", "class E(ValueError): pass\ntry:\n    raise E('x')\nexcept ValueError as e:\n    r = type(e).__name__", py.String("E")},
		{"exception attributes", "class E(Exception):\n    def __init__(self, m, code):\n        super().__init__(m)\n        self.code = code\ntry:\n    raise E('m', 7)\nexcept E as e:\n    r = (e.args, e.code)", py.Tuple{py.Tuple{py.String("m")}, py.Int(7)}},
		{"implicit context", "try:\n    try:\n        1/0\n    except ZeroDivisionError:\n        raise KeyError('k')\nexcept KeyError as e:\n    r = type(e.__context__).__name__", py.String("ZeroDivisionError")},
		{"raise from", "try:\n    raise KeyError('k') from ValueError('v')\nexcept KeyError as e:\n    r = (type(e.__cause__).__name__, e.__suppress_context__)", py.Tuple{py.String("ValueError"), py.True}},
		{"finally order", "log = []\ndef f():\n    try:\n        return 1\n    finally:\n        log.append('f')\nr = (f(), log)", py.Tuple{py.Int(1), py.NewListFromItems([]py.Object{py.String("f")})}},
		{"generator return value", "def g():\n    yield 1\n    return 2\ndef h():\n    v = yield from g()\n    yield v\nr = list(h())", py.NewListFromItems([]py.Object{py.Int(1), py.Int(2)})},
		{"recursion error caught", "import sys\nsys.setrecursionlimit(50)\ndef f(n):\n    return f(n+1)\ntry:\n    f(0)\nexcept RecursionError:\n    r = 'caught'", py.String("caught")},
		{"Go calls Python", "r = sorted([3, 1, 2], key=lambda x: -x)", py.NewListFromItems([]py.Object{py.Int(3), py.Int(2), py.Int(1)})},
		{"class attribute cache sees class assignment", "class C:\n    def f(self): return 1\nc = C()\na = c.f()\nC.f = lambda self: 2\nr = (a, c.f())", py.Tuple{py.Int(1), py.Int(2)}},
		{"class attribute cache sees setattr", "class C:\n    x = 1\nc = C()\na = c.x\nsetattr(C, 'x', 5)\nr = (a, c.x)", py.Tuple{py.Int(1), py.Int(5)}},
		{"class attribute cache sees delattr", "class B:\n    x = 'B'\nclass C(B):\n    x = 'C'\nc = C()\na = c.x\ndelattr(C, 'x')\nr = (a, c.x)", py.Tuple{py.String("C"), py.String("B")}},
		{"class attribute cache sees base class change", "class B:\n    def f(self): return 'old'\nclass C(B): pass\nc = C()\na = c.f()\nB.f = lambda self: 'new'\nr = (a, c.f())", py.Tuple{py.String("old"), py.String("new")}},
		{"class attribute cache sees __getattr__ added", "class C: pass\nc = C()\ntry:\n    c.y\nexcept AttributeError:\n    a = 'missing'\nC.__getattr__ = lambda self, n: 'hook ' + n\nr = (a, c.y)", py.Tuple{py.String("missing"), py.String("hook y")}},
		{"instance attribute shadows class attribute", "class C:\n    x = 1\nc = C()\na = c.x\nc.x = 2\nr = (a, c.x, C.x)", py.Tuple{py.Int(1), py.Int(2), py.Int(1)}},
		{"with silences", "class M:\n    def __enter__(self): return self\n    def __exit__(self, *a): return True\nwith M():\n    raise ValueError\nr = 'ok'", py.String("ok")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := run(t, tc.src)
			require.NoError(t, err)
			eq, err := py.Eq(g["r"], tc.want)
			require.NoError(t, err)
			assert.Equal(t, py.True, eq, "r = %s, want %s", py.DebugRepr(g["r"]), py.DebugRepr(tc.want))
		})
	}
}

// A recursion limit far above what fits in the Go stack still ends in
// RecursionError, not a Go stack overflow.
func TestHugeRecursionLimitIsBounded(t *testing.T) {
	_, err := run(t, "import sys\nsys.setrecursionlimit(10**9)\ndef f(n):\n    return f(n+1)\nf(0)")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "RecursionError")
}

// Several contexts run Python in goroutines at once (race detector clean).
func TestContextsInGoroutines(t *testing.T) {
	var wg sync.WaitGroup
	results := make([]py.Object, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := py.NewContext(py.DefaultContextOpts())
			defer ctx.Close()
			src := fmt.Sprintf("def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nr = fib(15) + %d", i)
			code, err := py.Compile(src, "<g>", py.ExecMode, 0, true)
			if err != nil {
				return
			}
			g := py.NewStringDict()
			if _, err := ctx.RunCode(code, g, g, nil); err == nil {
				results[i] = g["r"]
			}
		}()
	}
	wg.Wait()
	for i, r := range results {
		assert.Equal(t, py.Int(610+i), r)
	}
}

// A Python function called from Go (py.Call) runs on this loop.
func TestCallFromGo(t *testing.T) {
	g, err := run(t, "def add(a, b=10):\n    return a + b")
	require.NoError(t, err)
	r, err := py.Call(g["add"], py.Tuple{py.Int(1)}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.Int(11), r)
	_, err = py.Call(g["add"], py.Tuple{}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "add() missing 1 required positional argument: 'a'")
}
