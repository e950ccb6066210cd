package vm

import (
	"reflect"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

// TestGoMethodsOf: the set goMethodsOf gives, from the generated table or
// by reflection, answers as hasMethodM does for every name it covers.
func TestGoMethodsOf(t *testing.T) {
	for _, sample := range []py.Object{py.Int(1), py.Float(1), py.String("s"), py.NewList(), py.Tuple{}, NewDict(0), NewSet(), py.None} {
		rt := reflect.TypeOf(sample)
		got := goMethodsOf(rt)
		assert.Equal(t, reflectGoMethods(rt), got, "%T", sample)
		for _, n := range goMethodNames {
			assert.Equal(t, hasMethodM(rt, sample, n), got.has(n), "%T M%s", sample, n)
		}
	}
}

// TestGoMethodMaskNames: the named subsets are the table's first bits,
// and asking about a name outside it is a programming error.
func TestGoMethodMaskNames(t *testing.T) {
	assert.Equal(t, "__add__", binarySlotNames[0])
	assert.Equal(t, "__ge__", binarySlotNames[len(binarySlotNames)-1])
	assert.Equal(t, []string{"__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__"}, unarySlotNames)
	assert.LessOrEqual(t, len(goMethodNames), 64)
	assert.Panics(t, func() { goMethodMask(0).has("__hash__") })
}

// TestGoMethodTableStale: a row is used when the type's method count
// matches it, and left for reflection when not (the type changed since
// the table was written).
func TestGoMethodTableStale(t *testing.T) {
	rt := reflect.TypeOf(py.Int(0))
	key := goMethodKey(rt)
	row := func(methods int) func(string) (uint64, int, bool) {
		return func(k string) (uint64, int, bool) { return 0b101, methods, k == key }
	}
	assert.Equal(t, goMethodMask(0b101), goMethodsFrom(rt, row(rt.NumMethod())))
	assert.Equal(t, reflectGoMethods(rt), goMethodsFrom(rt, row(rt.NumMethod()+1)))
	assert.Equal(t, "github.com/go-python/gpython/py *py.List", goMethodKey(reflect.TypeOf(py.NewList())))
	assert.Equal(t, "github.com/go-python/gpython/py py.Int", key)
}
