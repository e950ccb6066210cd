package pylib

import (
	"fmt"
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runAndClose runs src in a new context, closes it and returns a weak
// pointer to the context's sys module, which reaches every module the
// script imported.
func runAndClose(t *testing.T, src string) weak.Pointer[py.Module] {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	code, err := py.Compile(src, "<release>", py.ExecMode, 0, true)
	require.NoError(t, err)
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	_, err = ctx.RunCode(code, m.Globals, m.Globals, nil)
	require.NoError(t, err)
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	w := weak.Make(sys)
	require.NoError(t, ctx.Close())
	return w
}

// TestClosedContextIsReleased checks that nothing process-wide keeps a
// closed interpreter's objects alive: a program that embeds the
// interpreter and runs scripts one after another (this test binary runs
// thousands) would otherwise grow by every interpreter it closed, and
// each collection would mark them all. Each case is a way a registry once
// held one: abstract classes (a map keyed by the class), a class's
// __dict__ descriptors (a map whose values reached their weak key), the
// codec search functions (dropped only at the next lookup).
func TestClosedContextIsReleased(t *testing.T) {
	cases := map[string]string{
		"abstract_class":   "import abc\nclass A(abc.ABC):\n    @abc.abstractmethod\n    def f(self): pass\nclass B(A): pass",
		"class_dict_item":  "class B:\n    def g(self): pass\nB.__dict__['g']",
		"collections":      "import collections\ncollections.OrderedDict(a=1)",
		"codecs_register":  "import codecs\ncodecs.register(lambda name: None)",
		"asyncio":          "import asyncio\nasyncio.get_event_loop().close()",
		"memory_io":        "import io\nio.BytesIO(b'x').read()\nio.StringIO('y').read()",
		"stdlib_mix":       "import enum, logging, email.message, decimal, unittest, http.client, threading, weakref, ssl, inspect",
		"threads_and_weak": "import threading, weakref\nclass C: pass\nc = C()\nr = weakref.ref(c)\nt = threading.Thread(target=lambda: None)\nt.start(); t.join()",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			var ws []weak.Pointer[py.Module]
			for range 3 {
				ws = append(ws, runAndClose(t, src))
			}
			alive := 0
			for range 20 { // finalizers and cleanups free in rounds
				runtime.GC()
				alive = 0
				for _, w := range ws {
					if w.Value() != nil {
						alive++
					}
				}
				if alive == 0 {
					break
				}
				time.Sleep(10 * time.Millisecond)
			}
			assert.Zero(t, alive, "closed interpreters still reachable")
		})
	}
}

// TestRunCodeIsReleased checks that code the loop has run is collected
// once nothing refers to it: a program that compiles and runs new source
// over and over (exec in a loop, an embedding program running scripts)
// must not keep every code object it ever ran. The context is closed
// before the check: its threads' small caches of decoded code go with it.
func TestRunCodeIsReleased(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	var ws []weak.Pointer[py.Code]
	for i := range 5 {
		src := fmt.Sprintf("def f(n):\n    return [x * %d for x in range(n)]\nf(3)\n", i)
		code, err := py.Compile(src, "<release>", py.ExecMode, 0, true)
		require.NoError(t, err)
		_, err = ctx.RunCode(code, m.Globals, m.Globals, nil)
		require.NoError(t, err)
		ws = append(ws, weak.Make(code))
	}
	require.NoError(t, ctx.Close())
	alive := 0
	for range 20 {
		runtime.GC()
		alive = 0
		for _, w := range ws {
			if w.Value() != nil {
				alive++
			}
		}
		if alive == 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	assert.Zero(t, alive, "code objects run and dropped still reachable")
}
