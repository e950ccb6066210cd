package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTupleObject checks tupleObject against a plain tuple for every
// length around its cell sizes: same type and items, capacity equal to
// length (an append copies), no sharing with the source, and one
// allocation for the small ones.
func TestTupleObject(t *testing.T) {
	src := make([]py.Object, 12)
	for i := range src {
		src[i] = py.Int(i * 3)
	}
	for n := 0; n <= 11; n++ {
		o := tupleObject(src[1 : 1+n])
		tup, ok := o.(py.Tuple)
		require.True(t, ok, "n=%d: %T", n, o)
		assert.Equal(t, py.TupleType, o.Type(), "n=%d", n)
		assert.Equal(t, []py.Object(src[1:1+n]), []py.Object(tup), "n=%d", n)
		assert.Equal(t, n, cap(tup), "n=%d: an append must copy", n)
		assert.NotNil(t, []py.Object(tup), "n=%d: never a nil slice", n)
		if n > 0 {
			src[1] = py.String("changed")
			assert.Equal(t, py.Int(3), tup[0], "n=%d: shares the source", n)
			src[1] = py.Int(3)
			grown := append(tup, py.None)
			assert.Len(t, grown, n+1)
			assert.Equal(t, []py.Object(src[1:1+n]), []py.Object(o.(py.Tuple)), "n=%d: append wrote into the cell", n)
		}
	}
	for _, n := range []int{1, 2, 3, 4, 5, 8} {
		items := src[:n]
		allocs := testing.AllocsPerRun(100, func() { _ = tupleObject(items) })
		assert.Equal(t, 1.0, allocs, "n=%d", n)
	}
}

// TestKeyErrorAllocs checks that a missing key's KeyError is the
// exception and one tuple cell (tupleObject), with the key as its only
// argument, as CPython's KeyError(key).
func TestKeyErrorAllocs(t *testing.T) {
	key := py.Object(py.String("missing"))
	err := keyError(key)
	e, ok := err.(*py.Exception)
	require.True(t, ok)
	assert.Equal(t, py.KeyError, e.Base)
	assert.Equal(t, py.Tuple{key}, e.Args)
	var sink error
	allocs := testing.AllocsPerRun(100, func() { sink = keyError(key) })
	assert.Equal(t, 2.0, allocs)
	_ = sink
}
