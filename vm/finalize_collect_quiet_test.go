package vm_test

import (
	"runtime/metrics"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// forcedCollections is the runtime's count of collections forced
// (runtime.GC), which is what gc.collect() runs.
func forcedCollections() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestCollectBackToBack checks that a gc.collect() reached from the last
// one through loads only (test.support.gc_collect's shape) runs no Go
// collection, and that one after code that may drop a reference does,
// finding what it dropped.
func TestCollectBackToBack(t *testing.T) {
	const prelude = "import gc, time, weakref\nclass C: pass\nflag = False\n"
	tests := []struct {
		name, src string
		// quiet: the second gc.collect() runs no Go collection; dead:
		// r() is then None.
		quiet, dead bool
	}{
		{"nothing between", "x = C()\nr = weakref.ref(x)\ngc.collect()\ngc.collect()", true, false},
		{"a branch not taken between", "x = C()\nr = weakref.ref(x)\ngc.collect()\nif flag:\n    x = None\ngc.collect()", true, false},
		{"in a function", "x = C()\nr = weakref.ref(x)\ndef f():\n    gc.collect()\n    if flag:\n        time.sleep(1)\n    gc.collect()\nf()", true, false},
		{"the branch taken", "flag = True\nx = C()\nr = weakref.ref(x)\ngc.collect()\nif flag:\n    x = None\ngc.collect()", false, true},
		{"a del between", "x = C()\nr = weakref.ref(x)\ngc.collect()\ndel x\ngc.collect()", false, true},
		{"a method call between", "l = [C()]\nr = weakref.ref(l[0])\ngc.collect()\nl.clear()\ngc.collect()", false, true},
		{"a function between", "x = C()\nr = weakref.ref(x)\ndef drop():\n    global x\n    x = None\ngc.collect()\ndrop()\ngc.collect()", false, true},
		{"in a loop", "l = [C()]\nr = weakref.ref(l[0])\nfor i in range(2):\n    if i:\n        l.pop()\n    gc.collect()", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after uint64
			src := prelude + tt.src + "\nr = r() is None\n"
			ctx := py.NewContext(py.DefaultContextOpts())
			defer ctx.Close()
			m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
			require.NoError(t, err)
			m.Globals["mark"] = py.MustNewMethod("mark", func(py.Object, py.Tuple) (py.Object, error) {
				before = forcedCollections()
				return py.None, nil
			}, 0, "")
			code, err := py.Compile("mark()\n"+src, "<test>", py.ExecMode, 0, true)
			require.NoError(t, err)
			_, err = ctx.RunCode(code, m.Globals, m.Globals, nil)
			require.NoError(t, err)
			after = forcedCollections()
			assert.Equal(t, py.NewBool(tt.dead), m.Globals["r"])
			if tt.quiet {
				// The first gc.collect() collects once (it finds
				// nothing), the second not at all.
				assert.Equal(t, uint64(1), after-before, "Go collections")
			}
		})
	}
}
