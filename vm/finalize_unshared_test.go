package vm_test

import (
	"strconv"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TestDelAtRebind checks that rebinding or deleting a local that alone
// held an instance with __del__, or returning from its function, or
// discarding a new instance as an expression statement (`C(i)`), calls
// __del__ there with no Go collection (finalize_unshared.go), and that the general path, with
// its collection, still finds the instance alive when something else
// holds it.
func TestDelAtRebind(t *testing.T) {
	const prelude = `
log = []
keep = []
snap = []
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append(self.n)
class Kept(C):
    def __init__(self, n):
        self.n = n
        keep.append(self)
`
	// A case whose instance is held elsewhere takes the general path,
	// whose collection at the drop the ration may defer (it counts CPU
	// time, so a loaded machine or earlier tests change its answer): such
	// a case checks the log where the script records it (snap, before
	// any such drop) and, after a gc.collect(), the numbers finalized.
	tests := []struct {
		name, src string
		want      string // free: repr of log at the end; else: repr of snap
		final     string // not free: the sorted numbers in log after gc.collect()
		// free: the drops ran no Go collection
		free bool
	}{
		{"rebind in a loop", "def f():\n    for i in range(200):\n        x = C(i)\n        log.append(-1)\n    del x\n    log.append('end')\nf()",
			"[-1" + repeatDel(199) + ", 199, 'end']", "", true},
		{"return of the function", "def g(i):\n    x = C(i)\n    x.n\ndef f():\n    for i in range(100):\n        g(i)\n        log.append(-1)\nf()",
			"[" + returnDel(100) + "]", "", true},
		{"expression statement", "def f():\n    for i in range(100):\n        C(i)\n        log.append(-1)\nf()",
			"[" + returnDel(100) + "]", "", true},
		{"held by __init__", "def f():\n    x = Kept(1)\n    x = Kept(2)\n    log.append(len(keep))\n    snap.append(list(log))\nf()", "[2]", "[2]", false},
		{"copied to another local", "def f():\n    x = C(1)\n    y = x\n    x = C(2)\n    log.append(y.n)\n    snap.append(list(log))\n    y = None\n    log.append('y')\nf()", "[1]", "[1, 1, 2]", false},
		{"locals() taken", "def f():\n    x = C(1)\n    l = locals()\n    x = C(2)\n    log.append(l['x'].n)\n    snap.append(list(log))\n    del l\n    log.append('l')\nf()", "[1]", "[1, 1, 2]", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after uint64
			ctx := py.NewContext(py.DefaultContextOpts())
			defer ctx.Close()
			m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
			require.NoError(t, err)
			m.Globals["mark"] = py.MustNewMethod("mark", func(py.Object, py.Tuple) (py.Object, error) {
				before = vm.CollectionsRun()
				return py.None, nil
			}, 0, "")
			m.Globals["done"] = py.MustNewMethod("done", func(py.Object, py.Tuple) (py.Object, error) {
				after = vm.CollectionsRun()
				return py.None, nil
			}, 0, "")
			tail := "\ndone()\nr = repr(log)\nsnaps = repr(snap[0] if snap else None)\nimport gc\ngc.collect()\nfinal = repr(sorted(v for v in log if isinstance(v, int)))\n"
			code, err := py.Compile(prelude+"mark()\n"+tt.src+tail, "<test>", py.ExecMode, 0, true)
			require.NoError(t, err)
			_, err = ctx.RunCode(code, m.Globals, m.Globals, nil)
			require.NoError(t, err)
			if !tt.free {
				assert.Equal(t, py.String(tt.want), m.Globals["snaps"], "the log where the script recorded it")
				assert.Equal(t, py.String(tt.final), m.Globals["final"], "finalized after gc.collect()")
				return
			}
			assert.Equal(t, py.String(tt.want), m.Globals["r"])
			// the collections drops ran (vm.CollectionsRun), not the
			// process's forced ones: another goroutine (a lock wait, the
			// image trim) may force one meanwhile
			assert.Equal(t, uint64(0), after-before, "collections run by drops")
		})
	}
}

// repeatDel is the log of the loop's iterations 0..n-1 after the first:
// each rebinding calls the previous instance's __del__, then -1.
func repeatDel(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += ", " + strconv.Itoa(i) + ", -1"
	}
	return s
}

// returnDel is the log of n calls that each finalize their instance at
// their return: i, then -1.
func returnDel(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		if i > 0 {
			s += ", "
		}
		s += strconv.Itoa(i) + ", -1"
	}
	return s
}
