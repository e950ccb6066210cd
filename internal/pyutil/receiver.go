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
