package vm

import "github.com/go-python/gpython/py"

// Calling the types of None, NotImplemented and Ellipsis gives the
// singleton back, as in CPython (type(None)() is None); gpython refuses
// to make instances of them.
func installSingletonTypes() {
	// notImplemented, not py.NotImplemented: this may run before
	// notimplemented.go's init replaces gpython's.
	for _, v := range []py.Object{py.None, notImplemented, py.Ellipsis} {
		value, t := v, v.Type()
		name := t.Name
		if v == py.Ellipsis {
			name = "EllipsisType" // CPython's message; the type is 'ellipsis'
		}
		t.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 0 || len(kwargs) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s takes no arguments", name)
			}
			return value, nil
		}
	}
}
