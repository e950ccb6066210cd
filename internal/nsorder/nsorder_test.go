package nsorder

import (
	"runtime"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestNamespaceOrder(t *testing.T) {
	for _, tc := range []struct {
		name    string
		initial []string // bound before the log starts
		ops     []string // "+k" adds k through Stored, "-k" deletes, "=k" writes k without telling
		want    []string
	}{
		{"never reported is sorted", nil, []string{"=z", "=b"}, []string{"b", "z"}},
		{"insertion order", nil, []string{"+z", "+b", "+a"}, []string{"z", "b", "a"}},
		{"module attributes first, in CPython's order", []string{"__file__", "__name__", "__builtins__", "__doc__"}, []string{"+sys", "+a"},
			[]string{"__name__", "__doc__", "__builtins__", "__file__", "sys", "a"}},
		{"other initial names sorted before the logged ones", []string{"q", "__name__", "c"}, []string{"+b"}, []string{"__name__", "c", "q", "b"}},
		{"re-bound after deletion moves to the end", nil, []string{"+z", "+b", "+a", "-b", "+b"}, []string{"z", "a", "b"}},
		{"unreported keys follow, sorted", nil, []string{"+m", "=d", "=c"}, []string{"m", "c", "d"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := py.StringDict{}
			for _, k := range tc.initial {
				d[k] = py.None
			}
			for _, op := range tc.ops {
				applyOp(d, op)
			}
			assert.Equal(t, tc.want, Keys(d))
		})
	}
}

func TestOrderSetsWholeOrder(t *testing.T) {
	d := py.StringDict{"a": py.None, "b": py.None, "c": py.None, "d": py.None}
	Order(d, []string{"c", "a", "gone"})
	assert.Equal(t, []string{"c", "a", "b", "d"}, Keys(d))
	d["e"] = py.None
	Stored(d, "e")
	assert.Equal(t, []string{"c", "a", "e", "b", "d"}, Keys(d))
}

func TestStoredIntoPublishedInstanceDict(t *testing.T) {
	inst := newInstance()
	inst.Dict["b"] = py.None
	Added(inst, "b")
	Published(inst)
	inst.Dict["a"] = py.None
	Stored(inst.Dict, "a") // exec() with the instance's __dict__ as namespace
	assert.Equal(t, []string{"b", "a"}, Keys(inst.Dict))
	runtime.KeepAlive(inst)
}

func TestNamespaceChurnStaysBounded(t *testing.T) {
	d := py.StringDict{}
	for i := 0; i < 100000; i++ {
		d["name"] = py.None
		Stored(d, "name")
		delete(d, "name")
	}
	mu.Lock()
	defer mu.Unlock()
	o := owners[mapHeader(d)]
	assert.Less(t, len(o.ns.names), 100, "deleted names must not pile up in the log")
}

func TestRegistryForgetsDeadNamespaces(t *testing.T) {
	for i := 0; i < 10000; i++ {
		d := py.StringDict{}
		d["a"] = py.None
		Stored(d, "a")
	}
	runtime.GC()
	runtime.GC()
	mu.Lock()
	defer mu.Unlock()
	sweep()
	assert.Less(t, len(owners), 100, "the registry keeps entries of collected namespaces")
}

func TestScopedNamespace(t *testing.T) {
	d := py.StringDict{"z": py.None}
	Begin(d, []string{"z"})
	for _, k := range []string{"b", "a"} {
		d[k] = py.None
		Stored(d, k)
	}
	assert.Equal(t, []string{"z", "b", "a"}, Keys(d))
	End(d)
	assert.Equal(t, []string{"a", "b", "z"}, Keys(d), "after End the order is forgotten")
	mu.Lock()
	_, registered := owners[mapHeader(d)]
	mu.Unlock()
	assert.False(t, registered)
}

func TestLiveLongLog(t *testing.T) {
	d := py.StringDict{}
	var want []string
	for i := 0; i < 40; i++ {
		k := string(rune('A' + i))
		d[k] = py.None
		Stored(d, k)
		want = append(want, k)
	}
	delete(d, "A")
	d["A"] = py.None
	Stored(d, "A")
	want = append(want[1:], "A")
	assert.Equal(t, want, Keys(d))
}

func TestClassLog(t *testing.T) {
	cls := &py.Type{Dict: py.StringDict{"__module__": py.None, "z": py.None, "a": py.None, "__doc__": py.None}, Doc: "a docstring"}
	assert.Equal(t, "a docstring", DocOf(cls))
	Added(cls, "late")
	assert.Equal(t, "a docstring", cls.Doc, "a docstring is never extended as a log")
	Log(cls, []string{"__module__", "z", "a", "__doc__"})
	assert.Equal(t, "", DocOf(cls))
	cls.Dict["b"] = py.None
	Added(cls, "b")
	assert.Equal(t, []string{"__module__", "z", "a", "__doc__", "b"}, LoggedKeys(cls))
	assert.Equal(t, []string{"__doc__", "__module__", "a", "b", "z"}, Keys(cls.Dict), "unpublished: sorted")
	Published(cls)
	assert.Equal(t, []string{"__module__", "z", "a", "__doc__", "b"}, Keys(cls.Dict))
	runtime.KeepAlive(cls)
}

// Instances that bind the same names in the same order share their logs;
// one that goes another way gets its own, and each keeps its order.
func TestInstancesShareLogs(t *testing.T) {
	add := func(inst *py.Type, keys ...string) {
		for _, k := range keys {
			inst.Dict[k] = py.None
			Added(inst, k)
		}
	}
	a, b, c := newInstance(), newInstance(), newInstance()
	add(a, "x", "y")
	add(b, "x", "y")
	add(c, "y", "x")
	assert.True(t, sameString(a.Doc, b.Doc), "same names, same order: one log")
	assert.False(t, sameString(a.Doc, c.Doc))
	add(b, "z")
	for _, inst := range []*py.Type{a, b, c} {
		Published(inst)
	}
	assert.Equal(t, []string{"x", "y"}, Keys(a.Dict))
	assert.Equal(t, []string{"x", "y", "z"}, Keys(b.Dict))
	assert.Equal(t, []string{"y", "x"}, Keys(c.Dict))
	runtime.KeepAlive([]*py.Type{a, b, c})
}

// TestKeysAgainAfterChanges asks for a namespace's keys after each change
// (and twice), so that an answer kept from an earlier call is checked
// against the order worked out afresh: names added with and without the
// log, deleted, swapped for another at the same count, and a caller
// changing the slice it got.
func TestKeysAgainAfterChanges(t *testing.T) {
	d := py.StringDict{}
	for _, k := range []string{"__name__", "q", "c"} {
		d[k] = py.None
	}
	fresh := func() []string {
		mu.Lock()
		names, _, _ := owners[mapHeader(d)].log(mapHeader(d))
		mu.Unlock()
		return ordered(d, names)
	}
	d["b"] = py.None
	Stored(d, "b")
	for i, op := range []string{"+z", "+y", "-q", "=m", "-m", "=n", "-z", "+z", "+q", "-c", "=c", "-b", "-y", "+b"} {
		applyOp(d, op)
		want := fresh()
		first := Keys(d)
		require.Equal(t, want, first, "after step %d (%s)", i, op)
		first[0] = "changed by the caller"
		assert.Equal(t, want, Keys(d), "asked again after step %d (%s)", i, op)
		tuple := KeyTuple(d)
		var got []string
		for _, o := range tuple {
			got = append(got, string(o.(py.String)))
		}
		assert.Equal(t, want, got, "KeyTuple after step %d (%s)", i, op)
		again := KeyTuple(d)
		assert.True(t, len(tuple) == 0 || &tuple[0] == &again[0], "the unchanged keys' tuple is made again")
	}
}

// applyOp changes d as one step of a test's script says: "+k" binds k
// and logs the store, "-k" deletes it, "=k" binds it without a log entry
// (a store the namespace's owner never reported).
func applyOp(d py.StringDict, op string) {
	k := op[1:]
	switch op[0] {
	case '+':
		d[k] = py.None
		Stored(d, k)
	case '-':
		delete(d, k)
	case '=':
		d[k] = py.None
	}
}

// TestInstanceKeysShared: instances that bind the same names in the same
// order share their log string and one Keys answer (KeyTuple gives the
// same tuple); an instance whose map differs from the answer's gets its
// own, and no caller's change to Keys' slice reaches another.
func TestInstanceKeysShared(t *testing.T) {
	mk := func(names ...string) *py.Type {
		o := &py.Type{Dict: py.StringDict{}}
		Published(o)
		for _, k := range names {
			o.Dict[k] = py.None
			Added(o, k)
		}
		return o
	}
	a, b := mk("x", "y", "z"), mk("x", "y", "z")
	require.True(t, sameString(a.Doc, b.Doc), "one log string for the same names")
	assert.Equal(t, []string{"x", "y", "z"}, Keys(a.Dict))
	ta, tb := KeyTuple(a.Dict), KeyTuple(b.Dict)
	assert.Equal(t, py.Tuple{py.String("x"), py.String("y"), py.String("z")}, ta)
	assert.Same(t, &ta[0], &tb[0], "the answer is shared")
	keys := Keys(a.Dict)
	keys[0] = "q"
	assert.Equal(t, []string{"x", "y", "z"}, Keys(b.Dict), "a caller's change stays its own")

	// b's map no longer holds the answer's keys: an answer of its own.
	delete(b.Dict, "y")
	assert.Equal(t, []string{"x", "z"}, Keys(b.Dict))
	assert.Equal(t, py.Tuple{py.String("x"), py.String("z")}, KeyTuple(b.Dict))
	b.Dict["w"] = py.None // unlogged: after the logged names
	assert.Equal(t, []string{"x", "z", "w"}, Keys(b.Dict))
	assert.Equal(t, []string{"x", "y", "z"}, Keys(a.Dict))
}
