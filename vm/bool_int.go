package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// bool is a subclass of int in CPython: True.__add__, True.__index__,
// True.bit_length and the rest are int's, run on the value 0 or 1.
// gpython's bool is a Go type of its own with only a few methods (one of
// them, M__index__, with a signature its method machinery rejects), so
// the type gets int in its MRO here. Its values then reach int's
// attributes the way instances of classes derived from built-in types
// reach their base's (subclass.go): the attribute is looked up along the
// MRO (goMroAttr), and the receiver is the value as the type holding
// the attribute sees it (receiverIn): for bool and int, the int the bool
// stands for.
func installBoolAsInt() {
	py.BoolType.Base = py.IntType
	py.BoolType.Bases = py.Tuple{py.IntType}
	py.BoolType.Mro = py.Tuple{py.BoolType, py.IntType, py.ObjectType}
	// gpython's reflected __index__ cannot be called; int's takes over.
	delete(py.BoolType.Dict, "__index__")
	// int's rounding methods, which gpython's Int has as Go methods only,
	// go in int's dict as CPython's are, where bool finds them.
	for _, name := range []string{"__trunc__", "__floor__", "__ceil__"} {
		if _, ok := py.IntType.Dict[name]; !ok {
			py.IntType.Dict[name] = &typeSlot{name: name, owner: py.IntType, fn: goMethodSlot(name)}
		}
	}
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
		return intSlot.fn(receiverIn(a, py.IntType), args)
	}}
}

// receiverIn is the receiver an attribute of owner, a built-in type in
// self's MRO, runs on: the value an instance of a class derived from a
// built-in type carries, the int a bool stands for when owner is int,
// else self.
func receiverIn(self py.Object, owner *py.Type) py.Object {
	if b, ok := self.(py.Bool); ok && owner == py.IntType {
		return boolInt(b)
	}
	return pyutil.Unwrap(self)
}

// valueSubtypes are the Go types whose values stand for values of the Go
// bases in their MRO (receiverIn converts them): bool's for int's.
var valueSubtypes = map[*py.Type]bool{py.BoolType: true}

// goMroAttr finds name in the dict of t, a Go type, and for a value
// subtype in its Go bases too (bool's MRO holds int), stopping before
// object: the attribute and the type whose dict holds it.
func goMroAttr(t *py.Type, name string) (py.Object, *py.Type) {
	if d, ok := t.Dict[name]; ok {
		return d, t
	}
	if !valueSubtypes[t] {
		return nil, nil
	}
	for _, b := range t.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt == py.ObjectType {
			break
		}
		if d, ok := bt.Dict[name]; ok && bt != t {
			return d, bt
		}
	}
	return nil, nil
}

// inheritedAttr is the attribute name of the Go value o that o's type
// inherits from a Go base (True.real, True.__round__ are int's), with
// the descriptor applied to o as that base sees it; ok is false when the
// type holds name itself or no base has it.
func inheritedAttr(o py.Object, name string) (r py.Object, ok bool, err error) {
	t := o.Type()
	d, owner := goMroAttr(t, name)
	if d == nil || owner == t {
		return nil, false, nil
	}
	recv := receiverIn(o, owner)
	switch m := d.(type) {
	case *py.Method:
		return py.NewBoundMethod(methodReceiverIn(o, owner, m), m), true, nil
	case *typeSlot:
		return &boundSlot{self: recv, slot: m}, true, nil
	case py.I__get__:
		r, err = m.M__get__(recv, owner)
		return r, true, err
	}
	return d, true, nil
}

// InheritedMethod is the special method name of the Go value o found up
// its type's MRO in a Go base, bound to o as that base sees it: float()
// reaches int's __float__ for True this way.
func InheritedMethod(o py.Object, name string) (py.Object, bool) {
	if t, isType := o.(*py.Type); isType && (pyutil.IsInstanceObject(t) || t.ObjectType == py.TypeType) {
		return nil, false
	}
	r, ok, err := inheritedAttr(o, name)
	return r, ok && err == nil
}

// methodReceiverIn is methodReceiver for a Go method found in owner's
// dict: the instance itself for the methods that take it (int.__format__
// gives str(True) for an empty spec), else the value owner works on.
func methodReceiverIn(self py.Object, owner *py.Type, m *py.Method) py.Object {
	if takesInstance(m) {
		return self
	}
	return receiverIn(self, owner)
}
