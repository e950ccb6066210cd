package nsorder

import (
	"runtime"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

func newInstance() *py.Type { return &py.Type{Dict: py.StringDict{}} }

func TestKeysFollowInsertion(t *testing.T) {
	for _, tc := range []struct {
		name    string
		ops     []string // "+k" adds k through Added, "-k" deletes, "=k" writes k without telling
		publish bool
		want    []string
	}{
		{"unpublished dict is sorted", []string{"+z", "+b", "+a"}, false, []string{"a", "b", "z"}},
		{"untracked writes are sorted", []string{"=b", "=a", "=c"}, true, []string{"a", "b", "c"}},
		{"insertion order", []string{"+z", "+b", "+a"}, true, []string{"z", "b", "a"}},
		{"deleted key leaves", []string{"+z", "+b", "-b", "+a"}, true, []string{"z", "a"}},
		{"re-added key moves to the end", []string{"+z", "+b", "+a", "-b", "+b"}, true, []string{"z", "a", "b"}},
		{"unreported keys follow, sorted", []string{"+m", "=d", "=c"}, true, []string{"m", "c", "d"}},
		{"empty name", []string{"+b", "+", "+a"}, true, []string{"b", "", "a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inst := newInstance()
			for _, op := range tc.ops {
				k := op[1:]
				switch op[0] {
				case '+':
					inst.Dict[k] = py.None
					Added(inst, k)
				case '-':
					delete(inst.Dict, k)
				case '=':
					inst.Dict[k] = py.None
				}
			}
			if tc.publish {
				Published(inst)
			}
			assert.Equal(t, tc.want, Keys(inst.Dict))
			runtime.KeepAlive(inst)
		})
	}
}

func TestChurnStaysBounded(t *testing.T) {
	inst := newInstance()
	for i := 0; i < 100000; i++ {
		inst.Dict["attribute"] = py.None
		Added(inst, "attribute")
		delete(inst.Dict, "attribute")
	}
	assert.Less(t, len(inst.Doc), 2048, "deleted keys must not pile up in the log")
}

func TestRegistryForgetsDeadInstances(t *testing.T) {
	for i := 0; i < 10000; i++ {
		inst := newInstance()
		inst.Dict["a"] = py.None
		Added(inst, "a")
		Published(inst)
	}
	runtime.GC()
	runtime.GC()
	mu.Lock()
	defer mu.Unlock()
	assert.LessOrEqual(t, len(owners), 2*swept, "a sweep is due by now")
	sweep()
	assert.Less(t, len(owners), 100, "the registry keeps entries of collected instances")
}
