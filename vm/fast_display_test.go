package vm

import (
	"testing"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewSetOf checks set displays: the members, one allocation for the
// displays a cell's table holds, and a cell's table cleared once the set
// has moved to another (growth, clear(), an in-place operator), so that
// it keeps no member alive.
func TestNewSetOf(t *testing.T) {
	src := make([]py.Object, 9)
	for i := range src {
		src[i] = py.Int(i * 7)
	}
	for n := 0; n <= len(src); n++ {
		s, err := newSetOf(src[:n])
		require.NoError(t, err)
		assert.Equal(t, n, s.Len(), "n=%d", n)
		for _, v := range src[:n] {
			ok, err := s.Contains(v)
			require.NoError(t, err)
			assert.True(t, ok, "n=%d: %v", n, v)
		}
	}
	for n := 1; n <= smallSetMax; n++ {
		items := src[:n]
		allocs := testing.AllocsPerRun(100, func() { _, _ = newSetOf(items) })
		assert.Equal(t, 1.0, allocs, "n=%d", n)
	}

	cellOf := func(s *Set) *setCell { return (*setCell)(unsafe.Pointer(s)) }
	empty := [setMinSize]setEntry{}

	grown, err := newSetOf(src[:2])
	require.NoError(t, err)
	for _, v := range src[2:] {
		require.NoError(t, grown.Add(v))
	}
	assert.Equal(t, empty, cellOf(grown).small, "growth left members in the cell")
	assert.Equal(t, len(src), grown.Len())

	cleared, err := newSetOf(src[:3])
	require.NoError(t, err)
	cleared.Clear()
	assert.Equal(t, empty, cellOf(cleared).small, "clear() left members in the cell")
	assert.Equal(t, 0, cleared.Len())

	replaced, err := newSetOf(src[:3])
	require.NoError(t, err)
	other, err := newSetOf(src[5:7])
	require.NoError(t, err)
	replaced.replaceWith(other.copyAs(false))
	assert.Equal(t, empty, cellOf(replaced).small, "replaceWith left members in the cell")
	assert.Equal(t, 2, replaced.Len())

	_, err = newSetOf([]py.Object{py.Int(1), py.NewList()})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unhashable type: 'list'")
}

// TestConstKeyDict checks dict displays with constant keys: the items in
// the keys' order, found by lookup, two allocations (the dict and its
// items), and the one-by-one path (nil) for keys that are not distinct
// strs or too many.
func TestConstKeyDict(t *testing.T) {
	th := newThread(nil)
	keys := py.Tuple{py.String("k"), py.String("j"), py.String("a long key, longer than most")}
	values := []py.Object{py.Int(1), py.None, py.String("v")}
	d := th.constKeyDict(keys, values)
	require.NotNil(t, d)
	assert.Equal(t, 3, d.Len())
	var got []py.Object
	d.Items(func(k, v py.Object) bool {
		got = append(got, k, v)
		return true
	})
	assert.Equal(t, []py.Object{keys[0], values[0], keys[1], values[1], keys[2], values[2]}, got)
	for i, k := range keys {
		v, ok, err := d.GetItem(k)
		require.NoError(t, err)
		assert.True(t, ok, "%v", k)
		assert.Equal(t, values[i], v)
	}
	// The dict grows and changes as one stored item by item does.
	require.NoError(t, d.SetItem(py.String("k"), py.Int(5)))
	require.NoError(t, d.SetItem(py.String("new"), py.Int(6)))
	assert.Equal(t, 4, d.Len())
	v, _, _ := d.GetItem(py.String("k"))
	assert.Equal(t, py.Int(5), v)

	allocs := testing.AllocsPerRun(100, func() { _ = th.constKeyDict(keys, values) })
	assert.Equal(t, 2.0, allocs)

	for name, ks := range map[string]py.Tuple{
		"duplicate": {py.String("a"), py.String("a")},
		"int key":   {py.String("a"), py.Int(1)},
		"too many":  make(py.Tuple, smallDict+1),
		"empty":     {},
	} {
		assert.Nil(t, th.constKeyDict(ks, make([]py.Object, len(ks))), name)
	}
}
