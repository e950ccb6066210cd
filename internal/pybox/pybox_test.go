package pybox

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStrings(t *testing.T) {
	for _, parts := range [][]string{nil, {""}, {"a"}, {"a", "bc", ""}, strings.Split("x,y,z,w,v", ",")} {
		want := append([]string(nil), parts...)
		items := Strings(parts)
		require.Len(t, items, len(want))
		runtime.GC() // the values keep parts' backing array alive
		for i, o := range items {
			s, ok := o.(py.String)
			require.True(t, ok, "item %d is a %T", i, o)
			assert.Equal(t, want[i], string(s))
		}
	}
}

func TestSlab(t *testing.T) {
	var s Slab
	var objs []py.Object
	var want []py.Object
	for i := range 1000 { // several slabs of each kind
		objs = append(objs, s.Str(strings.Repeat("s", i%7)), s.Int(int64(i)*1000-7), s.Int(int64(i%256)), s.Float(float64(i)/4))
		want = append(want, py.String(strings.Repeat("s", i%7)), py.Int(int64(i)*1000-7), py.Int(int64(i%256)), py.Float(float64(i)/4))
	}
	runtime.GC()
	require.Equal(t, len(want), len(objs))
	for i := range objs {
		assert.Equal(t, want[i], objs[i], "value %d", i)
		assert.Equal(t, want[i].Type(), objs[i].Type(), "type of value %d", i)
	}
}

func TestSlabMax(t *testing.T) {
	s := Slab{Max: 8}
	for i := range 100 {
		s.Str("x")
		assert.LessOrEqual(t, cap(s.strs), 8, "after %d values", i+1)
	}
}

func TestMake(t *testing.T) {
	tup := py.Tuple{py.Int(1), py.String("a")}
	o := Make(TupleTable, unsafe.Pointer(&tup))
	assert.Equal(t, py.Tuple{py.Int(1), py.String("a")}, o)
	b := py.Bytes("xyz")
	assert.Equal(t, py.Bytes("xyz"), Make(BytesTable, unsafe.Pointer(&b)))
	assert.Equal(t, TableOf(py.String("q")), StrTable)
}
