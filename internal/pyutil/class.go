package pyutil

import "github.com/go-python/gpython/py"

// IsInstanceObject reports whether t, a *py.Type, is really an instance
// of a Python class: gpython represents instances as *py.Type values
// (Type.Alloc) with no name and no MRO, whose ObjectType is their class.
// Classes cannot be told apart by their type: gpython gives its built-in
// subclasses their base class, not a metatype, as ObjectType.
func IsInstanceObject(t *py.Type) bool {
	return t.Name == "" && t.Mro == nil && t.ObjectType != nil
}

// IsClass returns o as a class, if it is one.
func IsClass(o py.Object) (*py.Type, bool) {
	t, ok := o.(*py.Type)
	if !ok || IsInstanceObject(t) {
		return nil, false
	}
	return t, true
}

// IsCallable is callable(obj): a class, an instance whose class has
// __call__, or a Go object that implements calling.
func IsCallable(obj py.Object) bool {
	if t, ok := obj.(*py.Type); ok {
		if IsInstanceObject(t) {
			return t.Type().Lookup("__call__") != nil
		}
		return true
	}
	if _, ok := obj.(py.I__call__); ok {
		return true
	}
	return obj.Type().Lookup("__call__") != nil
}
