package vm_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TestCollectOrder checks the order of the __del__ calls one gc.collect()
// makes for garbage the drops left: chains as CPython's reference counts
// free them (referrers first, each object once its last referrer is
// done), then cycles and what hangs from them in the order they were
// made. Each script builds its garbage inside a list and drops the list
// with clear(), which finalizes nothing by itself.
func TestCollectOrder(t *testing.T) {
	const prelude = "import gc\nlog = []\nclass A:\n    def __init__(self, n, *refs):\n        self.n = n\n        for i, x in enumerate(refs):\n            setattr(self, 'r%d' % i, x)\n    def __del__(self):\n        log.append(self.n)\nhold = []\n"
	tests := []struct {
		name, src string
		want      []int
	}{
		{"chain head first", "c = None\nfor i in range(6):\n    c = A(i, c)\nhold.append(c)\ndel c\nhold.clear()\ngc.collect()\n", []int{5, 4, 3, 2, 1, 0}},
		{"diamond waits for both referrers", "d = A(0)\nb = A(1, d)\nc = A(2, d)\na = A(3, b, c)\nhold.append(a)\ndel a, b, c, d\nhold.clear()\ngc.collect()\n", []int{3, 1, 2, 0}},
		{"attributes in binding order", "x = A(0)\ny = A(1)\nh = A(2)\nh.second = y\nh.first = x\nhold.append(h)\ndel h, x, y\nhold.clear()\ngc.collect()\n", []int{2, 1, 0}},
		{"chain before cycle", "a = A(0)\nb = A(1, a)\na.back = b\nc = A(2, a)\nhold.append(c)\ndel a, b, c\nhold.clear()\ngc.collect()\n", []int{2, 0, 1}},
		{"hanging from a cycle in creation order", "t = A(0)\nm = A(1, t)\ns = A(2, m)\ns.me = s\nhold.append(s)\ndel t, m, s\nhold.clear()\ngc.collect()\n", []int{0, 1, 2}},
		{"two chains in creation order", "p = A(1, A(0))\nq = A(3, A(2))\nhold.extend([q, p])\ndel p, q\nhold.clear()\ngc.collect()\n", []int{1, 0, 3, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := run(t, prelude+tt.src)
			require.NoError(t, err)
			l, ok := g["log"].(*py.List)
			require.True(t, ok)
			var got []int
			for _, v := range l.Items {
				got = append(got, int(v.(py.Int)))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestCollectChainOnce checks that one gc.collect() finalizes a long
// chain of dropped instances with a bounded number of collections (it
// took one per level of the chain), and that what the garbage held
// alive is intact.
func TestCollectChainOnce(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	exec := func(src string) {
		code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err)
		_, err = ctx.RunCode(code, m.Globals, m.Globals, nil)
		require.NoError(t, err)
	}
	exec("import gc\nlog = []\nlive = [0]\nclass A:\n    def __init__(self, n, nxt):\n        self.n, self.nxt, self.live = n, nxt, live\n    def __del__(self):\n        log.append(self.n)\nhold = []\nc = None\nfor i in range(200):\n    c = A(i, c)\nhold.append(c)\ndel c\nhold.clear()\n")
	before := vm.CollectionsRun()
	exec("n = gc.collect()\nok = log == list(range(199, -1, -1)) and live == [0]\n")
	assert.LessOrEqual(t, vm.CollectionsRun()-before, uint64(3), "collections for one gc.collect()")
	assert.Equal(t, py.True, m.Globals["ok"])
	assert.Equal(t, py.Int(0), m.Globals["n"], "a chain is no cycle: CPython's count is 0")
}
