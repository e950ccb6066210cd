package vm

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

// TestHasMethodM: hasMethodM finds a Go type's M<name> methods, whatever
// their signature, and nothing else.
func TestHasMethodM(t *testing.T) {
	for _, tc := range []struct {
		sample py.Object
		has    []string
		lacks  []string
	}{
		{py.Int(1), []string{"__add__", "__radd__", "__neg__", "__index__", "__pow__", "__bool__"}, []string{"__len__", "__getitem__", "__iter__", "__missing_name__"}},
		{py.Float(1), []string{"__truediv__", "__abs__", "__float__"}, []string{"__index__", "__lshift__", "__len__"}},
		{py.String("s"), []string{"__add__", "__mod__", "__len__", "__getitem__", "__contains__"}, []string{"__sub__", "__neg__", "__setitem__"}},
		{py.NewList(), []string{"__setitem__", "__delitem__", "__iadd__", "__imul__", "__len__"}, []string{"__sub__", "__hash__"}},
		{(*py.BigInt)(big.NewInt(1)), []string{"__add__", "__divmod__", "__invert__"}, []string{"__len__", "__iter__"}},
		{py.None, []string{"__bool__"}, []string{"__add__", "__len__", "__iter__"}},
	} {
		rt := reflect.TypeOf(tc.sample)
		for _, n := range tc.has {
			assert.True(t, hasMethodM(rt, tc.sample, n), "%T lacks M%s", tc.sample, n)
		}
		for _, n := range tc.lacks {
			assert.False(t, hasMethodM(rt, tc.sample, n), "%T has M%s", tc.sample, n)
		}
	}
}
