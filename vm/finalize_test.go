package vm_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDelCalls checks when __del__ runs in one context: each script
// appends to the global log, and r is the log at the point it reads it.
func TestDelCalls(t *testing.T) {
	const prelude = "log = []\nclass A:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        log.append(self.n)\n"
	tests := []struct {
		name, src string
		want      []int
	}{
		{"del name", "a = A(1)\ndel a\nr = list(log)", []int{1}},
		{"rebinding", "a = A(1)\na = A(2)\nr = list(log)", []int{1}},
		{"function local", "def f():\n    x = A(3)\n    return 0\nf()\nr = list(log)", []int{3}},
		{"returned value lives", "def f():\n    x = A(3)\n    return x\nk = f()\nr = list(log)", nil},
		{"list dropped", "l = [A(1), A(2)]\ndel l\nr = sorted(log)", []int{1, 2}},
		{"self cycle at collect", "import gc\na = A(5)\na.me = a\ndel a\ngc.collect()\nr = list(log)", []int{5}},
		{"two-object cycle", "import gc\na, b = A(1), A(2)\na.b, b.a = b, a\ndel a, b\ngc.collect()\nr = sorted(log)", []int{1, 2}},
		{"cycle through list and dict", "import gc\na = A(7)\na.t = [{'k': a}]\ndel a\ngc.collect()\nr = list(log)", []int{7}},
		{"held only by a live instance", "import gc\nx = A(1)\nx.peer = A(2)\nx.peer.back = x\ngc.collect()\nr = list(log)", nil},
		{"held by a global list too", "import gc\nitems = [A(3)]\nh = A(4)\nh.items = items\nh.me = h\ngc.collect()\nr = list(log)", nil},
		{"garbage cycle beside a live one", "import gc\nx = A(1)\nx.me = x\ny = A(2)\ny.me = y\nx.l = [A(3)]\ndel y\ngc.collect()\nr = (list(log), x.l[0].n == 3 and x.me is x)", []int{2}},
		{"reachable cycle kept", "import gc\na = A(1)\na.me = a\ngc.collect()\nr = (list(log), a.me is a)", nil},
		{"once only", "keep = []\nclass R:\n    def __del__(self):\n        log.append(0)\n        keep.append(self)\nx = R()\ndel x\nx = keep.pop()\ndel x\nr = list(log)", []int{0}},
		{"added to the class later", "class L: pass\nx = L()\nL.__del__ = lambda self: log.append(9)\ndel x\nr = list(log)", []int{9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := run(t, prelude+tt.src)
			require.NoError(t, err)
			r := g["r"]
			if tup, ok := r.(py.Tuple); ok {
				assert.Equal(t, py.True, tup[1], "the objects alive are intact")
				r = tup[0]
			}
			l, ok := r.(*py.List)
			require.True(t, ok, "r is %T", r)
			var got []int
			for _, v := range l.Items {
				got = append(got, int(v.(py.Int)))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestDelAtClose checks that Close runs the __del__ of module objects.
func TestDelAtClose(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	code, err := py.Compile("log = []\nclass A:\n    def __del__(self):\n        log.append('closed')\nkeep = A()\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	_, err = ctx.RunCode(code, m.Globals, m.Globals, nil)
	require.NoError(t, err)
	log := m.Globals["log"].(*py.List)
	assert.Empty(t, log.Items)
	require.NoError(t, ctx.Close())
	assert.Equal(t, []py.Object{py.String("closed")}, log.Items)
}
