package pyutil

import "github.com/go-python/gpython/py"

// An instance of a Python class that derives from a built-in type
// (class Config(dict), class Name(str)) is a gpython instance object
// (*py.Type, see IsInstanceObject) that also carries a value of the
// built-in type: the dict its items live in, the str it is. gpython's
// instance objects have no field for it; they leave Bases unused, so the
// value lives there, read and written only through these two functions.

// BuiltinValue returns the built-in value an instance of such a class
// carries.
func BuiltinValue(o py.Object) (py.Object, bool) {
	t, ok := o.(*py.Type)
	if !ok || len(t.Bases) != 1 || !IsInstanceObject(t) {
		return nil, false
	}
	return t.Bases[0], true
}

// SetBuiltinValue gives an instance its built-in value.
func SetBuiltinValue(inst *py.Type, v py.Object) {
	inst.Bases = py.Tuple{v}
}

// Unwrap returns the built-in value of an instance of a class derived from
// a built-in type, and any other object as it is: what Go code that takes
// a str, an int or a list accepts for a subclass instance.
func Unwrap(o py.Object) py.Object {
	if v, ok := BuiltinValue(o); ok {
		return v
	}
	return o
}
