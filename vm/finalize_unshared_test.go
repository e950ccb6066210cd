package vm_test

import (
	"strconv"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDelAtRebind checks that rebinding or deleting a local that alone
// held an instance with __del__, or returning from its function, calls
// __del__ there with no Go collection (finalize_unshared.go), and that the general path, with
// its collection, still finds the instance alive when something else
// holds it.
func TestDelAtRebind(t *testing.T) {
	const prelude = `
log = []
keep = []
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
	tests := []struct {
		name, src string
		want      string // repr of log at the end
		// free: the drops ran no Go collection
		free bool
	}{
		{"rebind in a loop", "def f():\n    for i in range(200):\n        x = C(i)\n        log.append(-1)\n    del x\n    log.append('end')\nf()",
			"[-1" + repeatDel(199) + ", 199, 'end']", true},
		{"return of the function", "def g(i):\n    x = C(i)\n    x.n\ndef f():\n    for i in range(100):\n        g(i)\n        log.append(-1)\nf()",
			"[" + returnDel(100) + "]", true},
		{"held by __init__", "def f():\n    x = Kept(1)\n    x = Kept(2)\n    log.append(len(keep))\nf()", "[2]", false},
		{"copied to another local", "def f():\n    x = C(1)\n    y = x\n    x = C(2)\n    log.append(y.n)\n    y = None\n    log.append('y')\nf()", "[1, 1, 'y', 2]", false},
		{"locals() taken", "def f():\n    x = C(1)\n    l = locals()\n    x = C(2)\n    log.append(l['x'].n)\n    del l\n    log.append('l')\nf()", "[1, 'l', 2, 1]", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after uint64
			ctx := py.NewContext(py.DefaultContextOpts())
			defer ctx.Close()
			m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
			require.NoError(t, err)
			m.Globals["mark"] = py.MustNewMethod("mark", func(py.Object, py.Tuple) (py.Object, error) {
				before = forcedCollections()
				return py.None, nil
			}, 0, "")
			m.Globals["done"] = py.MustNewMethod("done", func(py.Object, py.Tuple) (py.Object, error) {
				after = forcedCollections()
				return py.None, nil
			}, 0, "")
			code, err := py.Compile(prelude+"mark()\n"+tt.src+"\ndone()\nr = repr(log)\n", "<test>", py.ExecMode, 0, true)
			require.NoError(t, err)
			_, err = ctx.RunCode(code, m.Globals, m.Globals, nil)
			require.NoError(t, err)
			assert.Equal(t, py.String(tt.want), m.Globals["r"])
			if tt.free {
				assert.Equal(t, uint64(0), after-before, "Go collections")
			}
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
