package pyutil

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTupleItem(t *testing.T) {
	tup := py.Tuple{py.Int(0), py.Int(1), py.Int(2), py.Int(3)}
	for _, tc := range []struct {
		name string
		key  py.Object
		want py.Tuple
	}{
		{"stop before start", py.NewSlice(py.Int(2), py.Int(0), py.None), py.Tuple{}},
		{"start past end", py.NewSlice(py.Int(9), py.Int(0), py.None), py.Tuple{}},
		{"plain", py.NewSlice(py.Int(1), py.Int(3), py.None), py.Tuple{py.Int(1), py.Int(2)}},
		{"reverse step 2", py.NewSlice(py.None, py.None, py.Int(-2)), py.Tuple{py.Int(3), py.Int(1)}},
		{"negative bounds", py.NewSlice(py.Int(-3), py.Int(-1), py.None), py.Tuple{py.Int(1), py.Int(2)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := TupleItem(tup, tc.key)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	got, err := TupleItem(tup, py.Int(-1))
	require.NoError(t, err)
	assert.Equal(t, py.Int(3), got)
	_, err = TupleItem(tup, py.NewSlice(py.None, py.None, py.Int(0)))
	assert.Error(t, err)
}
