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
	if _, isSlots := t.Bases[0].(*SlotValues); isSlots {
		return nil, false
	}
	return t.Bases[0], true
}

// SlotValues holds the values of an instance's __slots__ members when
// its class gives it a __dict__ too (__slots__ = ('a', '__dict__'), or a
// class without __slots__ derived from one with them): as in CPython,
// they live apart from the __dict__, which shows only the other
// attributes. An instance with no built-in value keeps it as the one
// item of its Bases; Python never sees it.
type SlotValues struct {
	Values py.StringDict
}

var slotValuesType = py.NewType("slot values", "The __slots__ values of an instance that also has a __dict__.")

// Type is the type of the holder (never shown to Python).
func (*SlotValues) Type() *py.Type { return slotValuesType }

// InstanceSlotValues returns the holder of inst's slot values, if it has
// one.
func InstanceSlotValues(inst *py.Type) (*SlotValues, bool) {
	if len(inst.Bases) != 1 {
		return nil, false
	}
	s, ok := inst.Bases[0].(*SlotValues)
	return s, ok
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
