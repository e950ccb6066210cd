package vm

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The ordering methods and set operators of built-in types whose Go
// values do not implement them, so that installTypeSlots gives them none:
// tuple.__lt__, list.__ge__, dict.__lt__ (always NotImplemented, as in
// 3.6), frozenset.__or__, set.__iand__. Called through the class they
// take the instance first and answer NotImplemented for an operand they
// cannot order (tuple.__lt__((1,), [1])), as 3.6's slot wrappers do.

// orderingOps maps each ordering method to its comparison.
var orderingOps = []struct {
	name string
	op   int
}{{"__lt__", cmpLT}, {"__le__", cmpLE}, {"__gt__", cmpGT}, {"__ge__", cmpGE}}

// sameKindOperand is other's built-in value when it is of self's Go type
// (an instance of a subclass of self's type counts with its value).
func sameKindOperand(self, other py.Object) (py.Object, bool) {
	if v, ok := pyutil.BuiltinValue(other); ok {
		other = v
	}
	return other, reflect.TypeOf(other) == reflect.TypeOf(self)
}

// installOrderingSlots gives t the four ordering methods: the order of
// sequenceCompare for tuples, lists and slices, and NotImplemented for
// every operand when unordered is set (dict, complex).
func installOrderingSlots(t *py.Type, unordered bool) {
	for _, o := range orderingOps {
		if _, ok := t.Dict[o.name]; ok {
			continue
		}
		op := o.op
		t.Dict[o.name] = &typeSlot{name: o.name, owner: t, nargs: 1, fn: func(self py.Object, args py.Tuple) (py.Object, error) {
			if unordered {
				return py.NotImplemented, nil
			}
			other, ok := sameKindOperand(self, args[0])
			if !ok {
				return py.NotImplemented, nil
			}
			r, ok, err := sequenceCompare(op, self, other)
			if !ok {
				return py.NotImplemented, nil
			}
			return r, err
		}}
	}
}

// installMoreSlots runs after installBuiltinSlots.
func installMoreSlots() {
	for _, t := range []*py.Type{py.TupleType, py.ListType, py.SliceType} {
		installOrderingSlots(t, false)
	}
	WrapBuiltinClassMethods(DictType) // descr_classmethod.go
	WrapBuiltinClassMethods(py.FloatType)
	installOrderingSlots(DictType, true)
	installOrderingSlots(py.ComplexType, true)
	installTypeSlots(FrozenSetType, &Set{frozen: true})
	for _, name := range []string{"__iand__", "__ior__", "__isub__", "__ixor__"} {
		if _, ok := SetType.Dict[name]; !ok {
			SetType.Dict[name] = &typeSlot{name: name, owner: SetType, nargs: 1, fn: goMethodSlot(name)}
		}
	}
	for _, t := range []*py.Type{SetType, FrozenSetType} {
		for _, r := range []struct {
			name string
			op   func(a, b *Set) (*Set, error)
		}{{"__rand__", setIntersection}, {"__ror__", setUnion}, {"__rsub__", setDifference}, {"__rxor__", setSymmetricDifference}} {
			if _, ok := t.Dict[r.name]; ok {
				continue
			}
			op := r.op
			t.Dict[r.name] = &typeSlot{name: r.name, owner: t, nargs: 1, fn: func(self py.Object, args py.Tuple) (py.Object, error) {
				other, ok := sameKindOperand(self, args[0])
				if !ok {
					return py.NotImplemented, nil
				}
				return op(other.(*Set), self.(*Set))
			}}
		}
	}
	// 3.6's sized types have no __bool__ of their own (a truth test
	// uses __len__), and its sequences no __radd__: dir(list) and
	// list.__dict__ show neither.
	for _, t := range []*py.Type{py.StringType, py.BytesType, py.ListType, py.TupleType, DictType, SetType, FrozenSetType} {
		for _, name := range []string{"__bool__"} {
			if s, ok := t.Dict[name].(*typeSlot); ok && s.owner == t {
				delete(t.Dict, name)
			}
		}
	}
}
