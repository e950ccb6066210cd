package vm

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestHasMethodMMatchesReflect: the interface checks answer as reflect's
// MethodByName does, for the built-in types' values and every name.
func TestHasMethodMMatchesReflect(t *testing.T) {
	samples := []py.Object{
		py.Int(1), py.Float(1), py.Complex(1), py.String("s"), py.Bytes("b"),
		py.Tuple{}, py.NewList(), py.NewStringDict(), py.NewSet(), py.NewFrozenSet(),
		py.True, py.None, py.NotImplemented, &py.Range{}, &py.Slice{},
		(*py.BigInt)(big.NewInt(1)), &py.Type{}, &py.Function{},
	}
	names := append([]string{"__missing_name__"}, reflectSlotNames()...)
	for _, s := range samples {
		rt := reflect.TypeOf(s)
		for _, n := range names {
			_, want := rt.MethodByName("M" + n)
			if got := hasMethodM(rt, s, n); got != want {
				t.Errorf("%T %s: hasMethodM %v, MethodByName %v", s, n, got, want)
			}
		}
	}
}

func reflectSlotNames() []string {
	var out []string
	for n := range slotMethodChecks {
		out = append(out, n)
	}
	return out
}
