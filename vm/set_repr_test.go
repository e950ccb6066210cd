package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSetReprFromGo pins repr() of the loop's sets as Go code reaches it,
// through py.Repr and py.Str: CPython's text.
func TestSetReprFromGo(t *testing.T) {
	filled := NewSet()
	for _, v := range []py.Object{py.Int(3), py.Int(1), py.Int(2)} {
		require.NoError(t, filled.Add(v))
	}
	frozen := NewFrozenSet()
	require.NoError(t, frozen.Add(py.Int(1)))
	nested := NewSet()
	require.NoError(t, nested.Add(frozen))
	for _, tc := range []struct {
		name string
		set  *Set
		want string
	}{
		{"empty", NewSet(), "set()"},
		{"empty frozen", NewFrozenSet(), "frozenset()"},
		{"items", filled, "{1, 2, 3}"},
		{"frozen", frozen, "frozenset({1})"},
		{"nested", nested, "{frozenset({1})}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := py.Repr(tc.set)
			require.NoError(t, err)
			assert.Equal(t, py.String(tc.want), r)
			s, err := py.Str(tc.set)
			require.NoError(t, err)
			assert.Equal(t, py.String(tc.want), s)
		})
	}
}
