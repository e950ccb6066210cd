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
		instance, owner, err := descrGetArgs(args)
		if err != nil {
			return nil, err
		}
		if owner == nil {
			owner = instance.Type()
			if cls, ok := pythonClassOf(instance); ok {
				owner = cls
			}
		}
		if instance == nil {
			if _, isFunc := o.(*py.Function); isFunc {
				return o, nil // an unbound function is itself
			}
		}
		return g.M__get__(instance, owner)
	}, 0, "Return an attribute of instance, which is of type owner."), true
}

// descrGetArgs reads the arguments of a descriptor's __get__ method as
// CPython's tp_descr_get wrapper does: instance and an optional owner,
// each None given back as nil, and not both None.
func descrGetArgs(args py.Tuple) (instance, owner py.Object, err error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, nil, oneOrTwoArgs(len(args))
	}
	instance = args[0]
	if len(args) == 2 {
		owner = args[1]
	}
	if instance == py.None {
		instance = nil
	}
	if owner == py.None {
		owner = nil
	}
	if instance == nil && owner == nil {
		return nil, nil, py.ExceptionNewf(py.TypeError, "__get__(None, None) is invalid")
	}
	return instance, owner, nil
}

// descrCheck is CPython's check that a descriptor of a built-in type
// (named name, found in owner) applies to instance: an instance of owner
// or of a subclass.
func descrCheck(name string, owner *py.Type, ownerName string, instance py.Object) error {
	if t := instance.Type(); t == owner || t != nil && t.IsSubtype(owner) {
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to '%s' object", name, ownerName, typeName(instance))
}
