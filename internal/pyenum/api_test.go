package pyenum_test

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
)

func TestSortByValue(t *testing.T) {
	got := pyenum.SortByValue([]pyenum.IntDef{{"B", 2}, {"Z", 0}, {"A", 2}, {"Y", 0}, {"C", 1}})
	want := []pyenum.IntDef{{"Y", 0}, {"Z", 0}, {"C", 1}, {"A", 2}, {"B", 2}}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}

func TestIntHash(t *testing.T) {
	cases := []struct{ in, want int64 }{
		// hash(-(2**61)) is -hash(2**61) = -1, which CPython maps to -2.
		{0, 0}, {1, 1}, {-1, -2}, {-2, -2}, {1<<61 - 1, 0}, {1 << 61, 1}, {-(1 << 61), -2},
	}
	for _, c := range cases {
		if got := pyenum.IntHash(c.in); got != c.want {
			t.Errorf("IntHash(%d) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestClassAPI(t *testing.T) {
	c := newOptions()
	if c.Name() != "Options" || c.Kind != pyenum.KindIntFlag || c.Type.Name != "Options" || c.Type.Dict["__module__"] != py.String("pyenumtest") {
		t.Fatalf("bad class %q %v %q %v", c.Name(), c.Kind, c.Type.Name, c.Type.Dict["__module__"])
	}
	if pyenum.ClassOf(c.Type) != c {
		t.Fatal("ClassOf does not find the class")
	}
	if len(c.Members()) != 13 || len(c.Names()) != 15 {
		t.Fatalf("members %d names %d", len(c.Members()), len(c.Names()))
	}
	alias, ok := c.ByName("OP_SINGLE_ECDH_USE")
	if !ok || alias.(*pyenum.IntMember).Name() != "OP_NO_SSLv2" {
		t.Fatalf("alias resolves to %v", alias)
	}
	m := c.Member(0x02000000 | 4)
	if m.Name() != "" || m.Value() != 0x02000004 {
		t.Fatalf("pseudo member %q %d", m.Name(), m.Value())
	}
	if c.Member(0x02000004) != m {
		t.Fatal("pseudo members are not cached")
	}
	if r, _ := m.M__repr__(); r != py.String("<Options.OP_NO_SSLv3|4: 33554436>") {
		t.Fatalf("repr %v", r)
	}
	vm := testVerifyMode
	if vm.Member(7) != nil {
		t.Fatal("IntEnum made a member for an unknown value")
	}
	if _, err := vm.Lookup(py.Int(7)); err == nil {
		t.Fatal("no ValueError")
	}
	if v, ok := pyenum.IntValue(vm.MustMember(2)); !ok || v != 2 {
		t.Fatal("IntValue of a member")
	}
	if _, err := pyenum.NewIntEnum("x.Dup", "", []pyenum.IntDef{{"A", 1}, {"A", 2}}); err == nil {
		t.Fatal("duplicate names accepted")
	}
}

// TestIndexAcceptsMembers: Go code taking ints through gpython's helpers
// accepts members.
func TestIndexAcceptsMembers(t *testing.T) {
	m := testVerifyMode.MustMember(2)
	n, err := py.MakeGoInt64(m)
	if err != nil || n != 2 {
		t.Fatalf("MakeGoInt64: %v %v", n, err)
	}
	i, err := py.Index(m)
	if err != nil || i != 2 {
		t.Fatalf("Index: %v %v", i, err)
	}
	if !m.Type().IsSubtype(py.IntType) {
		t.Fatal("int is not in the MRO")
	}
}

// TestConcurrentPseudoMembers: pseudo-members are created under a lock;
// several goroutines asking for the same values get the same members.
func TestConcurrentPseudoMembers(t *testing.T) {
	c := newOptions()
	const workers = 8
	res := make(chan *pyenum.IntMember, workers)
	for w := 0; w < workers; w++ {
		go func() {
			var last *pyenum.IntMember
			for v := int64(0); v < 64; v++ {
				last = c.Member(v<<1 | 0x02000000)
			}
			res <- last
		}()
	}
	first := <-res
	for w := 1; w < workers; w++ {
		if got := <-res; got != first {
			t.Fatal("different members for one value")
		}
	}
}
