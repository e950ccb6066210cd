package vm

import (
	"slices"

	"github.com/go-python/gpython/py"
)

// Which classes give their instances a __dict__ and a __weakref__, as
// CPython 3.6 decides it when it makes a class: a class adds each one
// its layout base (the base whose instance layout it extends) lacks,
// unless __slots__ leaves it out; a weak-reference list never goes
// after a variable-size value (int, bytes, tuple); another base that has
// one gives it too. A class shows the descriptors it adds in its
// __dict__, and C.__weakref__ is the one of the first class of C's MRO
// that adds it.

// instanceLayout is what instances of a class carry.
type instanceLayout struct {
	dict, weak, varSize bool
}

// builtinLayout is the layout of instances of the built-in type t; known
// is false for a type the table does not describe (the project's Go
// types), whose subclasses keep the loop's older view: both added.
func builtinLayout(t *py.Type) (l instanceLayout, known bool) {
	if l, ok := builtinLayouts[t]; ok {
		return l, true
	}
	if t.IsSubtype(py.BaseException) {
		return instanceLayout{dict: true}, true
	}
	return instanceLayout{}, false
}

var builtinLayouts = map[*py.Type]instanceLayout{}

func init() {
	for _, t := range []*py.Type{py.ObjectType, py.StringType, py.ListType, DictType, py.FloatType, py.ComplexType, propertyType} {
		builtinLayouts[t] = instanceLayout{}
	}
	for _, t := range []*py.Type{py.IntType, py.BigIntType, py.BoolType, py.BytesType, py.TupleType} {
		builtinLayouts[t] = instanceLayout{varSize: true}
	}
	builtinLayouts[SetType] = instanceLayout{weak: true}
	builtinLayouts[FrozenSetType] = instanceLayout{weak: true}
	builtinLayouts[py.ClassMethodType] = instanceLayout{dict: true}
	builtinLayouts[py.StaticMethodType] = instanceLayout{dict: true}
	builtinLayouts[py.TypeType] = instanceLayout{dict: true, weak: true, varSize: true}
}

// layoutOf is the layout of instances of class t.
func layoutOf(t *py.Type) (instanceLayout, bool) {
	return layoutDepth(t, 0)
}

func layoutDepth(t *py.Type, depth int) (instanceLayout, bool) {
	if t.Flags&py.TPFLAGS_HEAPTYPE == 0 || depth > 64 {
		return builtinLayout(t)
	}
	base := layoutBase(t)
	l, known := layoutDepth(base, depth+1)
	if !known {
		return l, false
	}
	d, w, _ := classAddsDepth(t, depth)
	l.dict = l.dict || d
	l.weak = l.weak || w
	return l, true
}

// classAdds reports which of __dict__ and __weakref__ the class t gives
// its instances first (those its __dict__ shows); known is false when a
// base is a Go type the table does not describe.
func classAdds(t *py.Type) (dict, weak, known bool) {
	return classAddsDepth(t, 0)
}

func classAddsDepth(t *py.Type, depth int) (dict, weak, known bool) {
	if t.Flags&py.TPFLAGS_HEAPTYPE == 0 || depth > 64 {
		return false, false, true
	}
	base := layoutBase(t)
	bl, known := layoutDepth(base, depth+1)
	if !known {
		return false, false, false
	}
	mayDict, mayWeak := !bl.dict, !bl.weak && !bl.varSize
	if slots, ok := classSlots(t); ok {
		names, err := classSlotNames(t.Name, slots)
		if err != nil {
			return false, false, true
		}
		dict = mayDict && slices.Contains(names, "__dict__")
		weak = mayWeak && slices.Contains(names, "__weakref__")
	} else {
		dict, weak = mayDict, mayWeak
	}
	if (mayDict && !dict) || (mayWeak && !weak) {
		for _, b := range t.Bases {
			bt, ok := b.(*py.Type)
			if !ok || bt == base {
				continue
			}
			ol, _ := layoutDepth(bt, depth+1)
			dict = dict || (mayDict && ol.dict)
			weak = weak || (mayWeak && ol.weak)
		}
	}
	return dict, weak, true
}

// layoutBase is the base whose instance layout t extends: of its bases,
// the one with the most derived solid base.
func layoutBase(t *py.Type) *py.Type {
	best := layoutBaseOf(t.Bases)
	if best == nil {
		if t.Base != nil {
			return t.Base
		}
		return py.ObjectType
	}
	return best
}

// layoutBaseOf is, of the classes bases, the one with the most derived
// solid base (nil when there is none): the layout base of a class with
// those bases.
func layoutBaseOf(bases py.Tuple) *py.Type {
	var best, bestSolid *py.Type
	for _, b := range bases {
		bt, ok := b.(*py.Type)
		if !ok {
			continue
		}
		s := layoutSolid(bt)
		if best == nil || (s != bestSolid && s.IsSubtype(bestSolid)) {
			best, bestSolid = bt, s
		}
	}
	return best
}

// layoutSolid is the class up t's bases that last added fields to its
// instances other than __dict__ and __weakref__.
func layoutSolid(t *py.Type) *py.Type {
	for range 64 {
		if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return t
		}
		if slots, ok := classSlots(t); ok {
			if names, err := classSlotNames(t.Name, slots); err == nil {
				for _, n := range names {
					if n != "__dict__" && n != "__weakref__" {
						return t
					}
				}
			}
		}
		next := t.Base
		if next == nil {
			return py.ObjectType
		}
		t = next
	}
	return t
}

// weakrefDescrOf is C.__weakref__ for a class whose namespace has none:
// the descriptor of the first class of its MRO that adds one, or nil.
func weakrefDescrOf(t *py.Type) py.Object {
	for _, b := range t.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			continue
		}
		if d, ok := bt.Dict["__weakref__"]; ok {
			return d
		}
		if _, weak, known := classAdds(bt); known && weak {
			return instanceDescrsOf(bt).weakref
		}
	}
	return nil
}

// instancesHaveWeakref reports whether instances of cls have the
// attribute __weakref__ (None while nothing refers to them weakly).
func instancesHaveWeakref(cls *py.Type) bool {
	if _, known := layoutOf(cls); !known {
		return hasInstanceDict(cls)
	}
	return weakrefDescrOf(cls) != nil
}
