package pyutil

import "github.com/go-python/gpython/py"

// Receiver returns the object a method of the Go-implemented type t
// applies to, and the method's own arguments. gpython calls a method found
// on an instance with the instance as self, but one taken from the type
// (type(x).m(x, ...)) with the module or nil as self and the instance
// first in args; the descriptor TypeErrors are CPython's for a missing or
// foreign receiver.
func Receiver(t *py.Type, name string, self py.Object, args py.Tuple) (py.Object, py.Tuple, error) {
	if self != nil && self.Type() == t {
		return self, args, nil
	}
	if len(args) == 0 {
		return nil, nil, TypeErrorf("descriptor '%s' of '%s' object needs an argument", name, t.Name)
	}
	if args[0].Type() != t {
		return nil, nil, TypeErrorf("descriptor '%s' requires a '%s' object but received a '%s'",
			name, t.Name, args[0].Type().Name)
	}
	return args[0], args[1:], nil
}

// Method makes a method of the Go-implemented type t whose instances are
// Go values of type T: f receives the instance Receiver found, with
// CPython's TypeErrors for a missing or foreign receiver, and a Go panic
// inside f becomes a Python exception instead of ending the process.
func Method[T py.Object](t *py.Type, name string, f func(T, py.Tuple, py.StringDict) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer Recover(&err)
		recv, args, err := Receiver(t, name, self, args)
		if err != nil {
			return nil, err
		}
		return f(recv.(T), args, kwargs)
	}, 0, doc)
}

// ReadOnly makes a read-only attribute of the Go-implemented type named
// typeName whose instances are Go values of type T: get gives its value
// (taking whatever lock the object needs), and assigning raises
// AttributeError("readonly attribute") as CPython's member descriptors do.
func ReadOnly[T py.Object](typeName string, get func(T) py.Object) *py.Property {
	return &py.Property{Fget: func(self py.Object) (py.Object, error) {
		recv, ok := self.(T)
		if !ok {
			return nil, TypeErrorf("descriptor requires a '%s' object", typeName)
		}
		return get(recv), nil
	}, Fset: func(py.Object, py.Object) error {
		return py.ExceptionNewf(py.AttributeError, "readonly attribute")
	}}
}
