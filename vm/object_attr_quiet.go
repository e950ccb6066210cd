package vm

import (
	"reflect"
	"strings"

	"github.com/go-python/gpython/py"
)

// errQuietMiss is what getAttrIn returns, in quiet mode, where the
// generic lookup of a Go value finds nothing: its caller (lookupAttr,
// for hasattr and getattr with a default) discards the AttributeError,
// so it is not built. It never reaches Python code.
var errQuietMiss = &quietMiss{}

type quietMiss struct{}

func (*quietMiss) Error() string { return "attribute miss (internal)" }

// goValueLookup is py.GetAttrString(o, name), step for step (a
// __getattribute__ of the value or its type, a Go __special__ method,
// the instance dict, the type's attributes bound by __get__, then a
// __getattr__), with a plain miss reported as ok false and no error
// instead of the exception GetAttrString builds. An error any step
// raises is returned as it is.
func goValueLookup(o py.Object, name string) (py.Object, bool, error) {
	if I, ok := o.(py.I__getattribute__); ok {
		r, err := I.M__getattribute__(name)
		return r, err == nil, err
	}
	if r, ok, err := py.TypeCall1(o, "__getattribute__", py.String(name)); ok {
		return r, err == nil, err
	}
	if len(name) >= 5 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") &&
		name != "__setattr__" && name != "__delattr__" {
		// (gpython cannot bind a Go M__setattr__ or M__delattr__: object's
		// answer, which calls SetAttr and so the Go method)
		if reflect.ValueOf(o).MethodByName("M" + name).IsValid() {
			// GetAttrString binds it as its own bound method.
			r, err := py.GetAttrString(o, name)
			return r, err == nil, err
		}
	}
	if I, ok := o.(py.IGetDict); ok {
		if r, ok := I.GetDict()[name]; ok {
			return r, true, nil
		}
	}
	t := o.Type()
	if r := t.NativeGetAttrOrNil(name); r != nil {
		if g, ok := r.(py.I__get__); ok {
			var err error
			r, err = g.M__get__(o, t)
			return r, err == nil, err
		}
		return r, true, nil
	}
	if I, ok := o.(py.I__getattr__); ok {
		r, err := I.M__getattr__(name)
		return r, err == nil, err
	}
	if r, ok, err := py.TypeCall1(o, "__getattr__", py.String(name)); ok {
		return r, err == nil, err
	}
	return nil, false, nil
}

// plainSetMiss reports whether py.SetAttrString(o, name, v) fails only
// because o keeps no attributes of its own: no setter of that name on its
// type, no __setattr__, no instance dict.
func plainSetMiss(o py.Object, name string) bool {
	t := o.Type()
	if t == nil {
		return false
	}
	if _, ok := t.NativeGetAttrOrNil(name).(py.I__set__); ok {
		return false
	}
	if _, ok := o.(py.I__setattr__); ok {
		return false
	}
	if _, ok := o.(py.IGetDict); ok {
		return false
	}
	return t.Lookup("__setattr__") == nil
}

// setAttrMiss is CPython's generic setattr error for an object with no
// __dict__: "is read-only" for a name its type has (a method, a
// docstring), "has no attribute" otherwise, with the type's tp_name.
func setAttrMiss(o py.Object, name string) error {
	if _, ok, err := lookupAttr(o, name); ok && err == nil {
		return py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", typeName(o), name)
	}
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", typeName(o), name)
}
