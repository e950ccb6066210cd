package vm

import "github.com/go-python/gpython/py"

// Pickling slot wrappers and method-wrappers as CPython 3.6 does:
// object.__init__ and str.__add__ (wrapper_descriptor) reduce to
// getattr(the class that defines them, name), (1).__add__ and
// obj.__init__ (method-wrapper) to getattr(the bound object, name).

// reduceToGetattr gives (getattr, (owner, name)), owner being self's
// attribute ownerAttr.
func reduceToGetattr(self py.Object, ownerAttr string) (py.Object, error) {
	owner, err := py.GetAttrString(self, ownerAttr)
	if err != nil {
		return nil, err
	}
	name, err := py.GetAttrString(self, "__name__")
	if err != nil {
		return nil, err
	}
	return py.Tuple{builtinGetattrObject(), py.Tuple{owner, name}}, nil
}

func init() {
	for typ, ownerAttr := range map[*py.Type]string{
		slotWrapperType:   "__objclass__",
		methodWrapperType: "__self__",
	} {
		typ.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
			return reduceToGetattr(self, ownerAttr)
		}, 0, "")
		// the same whatever the protocol
		typ.Dict["__reduce_ex__"] = py.MustNewMethod("__reduce_ex__", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) > 1 {
				return nil, py.ExceptionNewf(py.TypeError, "__reduce_ex__() takes at most 1 argument (%d given)", len(args))
			}
			return reduceToGetattr(self, ownerAttr)
		}, 0, "")
		if typ.Base == nil {
			// gpython leaves a Go type's MRO empty; pickle's lookup
			// of __reduce__ walks it
			typ.Base = py.ObjectType
			typ.Mro = py.Tuple{typ, py.ObjectType}
		}
	}
}
