package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

// describedMethod is a type-dict entry standing for a Go method, as
// decimal.Decimal's accelerated methods are.
type describedMethod struct{ m *py.Method }

func (*describedMethod) Type() *py.Type                { return py.ObjectType }
func (d *describedMethod) DescribedMethod() *py.Method { return d.m }

// TestTypeMethodTakesMethodDescriptors checks that LOAD_METHOD's cache
// answers a MethodDescriptor's Go method, a plain Go method as before,
// and nothing for other entries.
func TestTypeMethodTakesMethodDescriptors(t *testing.T) {
	m := py.MustNewMethod("quantize", func(self py.Object, args py.Tuple) (py.Object, error) { return self, nil }, 0, "")
	plain := py.MustNewMethod("plain", func(self py.Object, args py.Tuple) (py.Object, error) { return self, nil }, 0, "")
	typ := py.NewTypeX("described", "", nil, nil)
	typ.Dict["quantize"] = &describedMethod{m: m}
	typ.Dict["plain"] = plain
	typ.Dict["value"] = py.Int(1)
	var tc typeMethodCache
	for i := 0; i < 2; i++ { // filled, then from the cache
		assert.Same(t, m, tc.typeMethod(typ, "quantize"))
		assert.Same(t, plain, tc.typeMethod(typ, "plain"))
		assert.Nil(t, tc.typeMethod(typ, "value"))
		assert.Nil(t, tc.typeMethod(typ, "missing"))
	}
}
