package vm_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TestDropOfReachableObjectCollectsNot checks that a drop of an instance
// with __del__ that something else still reaches (an attribute of self,
// a module's registry, a thread-local namespace, a class attribute, a
// global set) runs no collection, whatever the ration allows, and calls
// no __del__; and that a drop that frees one still calls it at once.
func TestDropOfReachableObjectCollectsNot(t *testing.T) {
	const prelude = "log = []\nclass A:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        log.append(self.n)\n"
	tests := []struct {
		name, src string
		want      []int // the log at the end of the script
		collects  bool
	}{
		{"self attribute", "class Pool:\n    def __init__(self):\n        self.workers = []\n    def start(self):\n        for i in range(3):\n            w = A(i)\n            self.workers.append(w)\np = Pool()\np.start()\np.start()\nr = list(log)", nil, false},
		{"module registry", "registry = {}\ndef make(k):\n    a = A(k)\n    registry[k] = a\n    return None\nmake(1)\nmake(2)\nmake(3)\nr = list(log)", nil, false},
		{"thread-local namespace", "import _thread\nloc = _thread._local()\ndef get():\n    c = getattr(loc, 'c', None)\n    if c is None:\n        c = loc.c = A(0)\n    return 1\nget()\nget()\nget()\nr = list(log)", nil, false},
		{"class attribute", "class Reg:\n    items = []\ndef f(n):\n    a = A(n)\n    Reg.items.append(a)\nf(1)\nf(2)\nf(3)\nr = list(log)", nil, false},
		{"loop over a global set", "s = {A(1), A(2), A(3)}\ndef walk():\n    for x in s:\n        pass\nwalk()\nwalk()\nr = list(log)", nil, false},
		{"freed at return", "def f():\n    a = A(9)\n    keep = [a]\n    return 0\nf()\nr = list(log)", []int{9}, true},
		{"tuple local beside other tuples", "def f():\n    t = (A(5), 1)\n    other = (1, 2)\n    return other\nx = (3, 4)\nf()\nr = list(log)", []int{5}, true},
		{"freed by a store", "holder = [A(1)]\ndef f():\n    x = holder.pop()\n    x = None\n    return 0\nf()\nr = list(log)", []int{1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := vm.CollectionsRun()
			g, err := run(t, prelude+tt.src)
			require.NoError(t, err)
			ran := vm.CollectionsRun() - before
			l, ok := g["r"].(*py.List)
			require.True(t, ok, "r is %T", g["r"])
			var got []int
			for _, v := range l.Items {
				got = append(got, int(v.(py.Int)))
			}
			assert.Equal(t, tt.want, got)
			if tt.collects {
				assert.NotZero(t, ran, "the drop that frees an instance collects")
			} else {
				assert.Zero(t, ran, "drops of instances still reachable collect nothing")
			}
		})
	}
}
