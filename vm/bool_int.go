package vm

import "github.com/go-python/gpython/py"

// bool is a subclass of int in CPython: True.__add__, True.__index__,
// True.bit_length and the rest are int's, run on the value 0 or 1.
// gpython's bool is a Go type of its own with only a few methods (one of
// them, M__index__, with a signature its method machinery rejects), so
// the type gets int in its MRO here, and int's slot wrappers take a bool
// as the int it stands for (typeSlot.callBound, boolInt).
func installBoolAsInt() {
	py.BoolType.Base = py.IntType
	py.BoolType.Bases = py.Tuple{py.IntType}
	py.BoolType.Mro = py.Tuple{py.BoolType, py.IntType, py.ObjectType}
	// gpython's reflected __index__ cannot be called; int's takes over.
	delete(py.BoolType.Dict, "__index__")
	for _, op := range []struct {
		name string
		fn   func(a, b bool) bool
	}{
		{"__and__", func(a, b bool) bool { return a && b }},
		{"__or__", func(a, b bool) bool { return a || b }},
		{"__xor__", func(a, b bool) bool { return a != b }},
	} {
		boolLogicSlot(op.name, op.fn)
		boolLogicSlot("__r"+op.name[2:], op.fn)
	}
}

// boolLogicSlot gives bool the operator method name: a bool when both
// operands are bools (True & False is False), else int's operation.
func boolLogicSlot(name string, fn func(a, b bool) bool) {
	py.BoolType.Dict[name] = &typeSlot{name: name, owner: py.BoolType, nargs: 1, fn: func(self py.Object, args py.Tuple) (py.Object, error) {
		a, _ := self.(py.Bool)
		if b, ok := args[0].(py.Bool); ok {
			return py.NewBool(fn(bool(a), bool(b))), nil
		}
		intSlot, _ := py.IntType.Dict[name].(*typeSlot)
		if intSlot == nil {
			return py.NotImplemented, nil
		}
		return intSlot.fn(boolInt(a), args)
	}}
}

// boolIntMethod is int's attribute name for the bool b, and the receiver
// to bind it to: int's methods run on the int b stands for, except
// __format__, whose empty format spec gives str(b) ('True').
func boolIntMethod(b py.Object, name string) (py.Object, py.Object) {
	m := py.IntType.Dict[name]
	if name == "__format__" {
		return m, b
	}
	return m, boolInt(b.(py.Bool))
}

// boolIntAttr is the attribute name of int that bool does not define
// itself, looked up on the int b stands for (True.__round__ is int's
// __round__ of 1).
func boolIntAttr(b py.Bool, name string) (py.Object, bool) {
	if _, own := py.BoolType.Dict[name]; own {
		return nil, false
	}
	r, err := py.GetAttrString(boolInt(b), name)
	return r, err == nil
}
