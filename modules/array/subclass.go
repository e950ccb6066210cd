package pyarray

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Classes may derive from array.array. As in CPython, a subclass's
// keyword arguments are left to its own __init__: only the type itself
// refuses them.
func init() {
	vm.RegisterValueBase(ArrayType, vm.ValueBase{
		Sample:     &Array{},
		Unhashable: true,
		New: func(_ *py.Type, args py.Tuple, _ py.StringDict) (py.Object, error) {
			return arrayNew(ArrayType, args, nil)
		},
	})
}
