package vm

import "github.com/go-python/gpython/py"

// f.__get__(obj, type=None) for functions, classmethod and staticmethod
// objects, as CPython's tp_descr_get wrapper takes it: the owner is
// optional (the instance's type then), and both None is a TypeError.
// gpython's own attribute would demand both arguments.

// descriptorGet is o.__get__ bound to o when o is such a descriptor.
func descriptorGet(o py.Object) (py.Object, bool) {
	g, ok := o.(py.I__get__)
	if !ok {
		return nil, false
	}
	switch o.(type) {
	case *py.Function, *py.ClassMethod, *py.StaticMethod:
	default:
		return nil, false
	}
	return py.MustNewMethod("__get__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, " expected at least 1 arguments, got %d", len(args))
		}
		if len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, " expected at most 2 arguments, got %d", len(args))
		}
		instance, owner := args[0], py.Object(py.None)
		if len(args) == 2 {
			owner = args[1]
		}
		if instance == py.None && owner == py.None {
			return nil, py.ExceptionNewf(py.TypeError, "__get__(None, None) is invalid")
		}
		if owner == py.None {
			owner = instance.Type()
			if cls, ok := pythonClassOf(instance); ok {
				owner = cls
			}
		}
		if instance == py.None {
			if _, isFunc := o.(*py.Function); isFunc {
				return o, nil // an unbound function is itself
			}
			instance = nil
		}
		return g.M__get__(instance, owner)
	}, 0, "Return an attribute of instance, which is of type owner."), true
}
