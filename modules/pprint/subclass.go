package pprint

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// builtinView returns the built-in value of an instance of a script's
// subclass of dict, list, tuple, set, frozenset or str whose classes
// define no __repr__ of their own: CPython's pprint chooses a layout by
// type(o).__repr__, so such an instance is laid out as its base type
// (a set subclass with its class name in front, see Printer.set).
func builtinView(o py.Object) (py.Object, bool) {
	v, ok := pyutil.BuiltinValue(o)
	if !ok {
		return nil, false
	}
	for _, b := range o.Type().Mro {
		if t, isType := b.(*py.Type); isType {
			if f, has := t.Dict["__repr__"]; has {
				if _, isFunc := f.(*py.Function); isFunc {
					return nil, false
				}
				if t.Flags&py.TPFLAGS_HEAPTYPE != 0 && !sameGoObject(f, v.Type().Dict["__repr__"]) {
					return nil, false // a class's Go __repr__ (collections.OrderedDict)
				}
			}
		}
	}
	return v, true
}

// sameGoObject reports whether a and b are the same pointer (never
// comparing values of an uncomparable type, such as a tuple).
func sameGoObject(a, b py.Object) bool {
	return a != nil && reflect.ValueOf(a).Kind() == reflect.Pointer && a == b
}
