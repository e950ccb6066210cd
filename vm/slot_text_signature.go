package vm

import "github.com/go-python/gpython/py"

// A slot wrapper (int.__add__) and a method-wrapper ((1).__add__) tell
// their signature in __text_signature__ as 3.6 does, from the slot's name
// alone; a method-wrapper's __qualname__ is its slot's.

// slotParams are the parameters after $self of the slots that take other
// than one value.
var slotParams = map[string]string{
	"__pow__": "value, mod=None, /", "__rpow__": "value, mod=None, /",
	"__getitem__": "key, /", "__setitem__": "key, value, /", "__delitem__": "key, /",
	"__contains__": "key, /",
	"__call__":     "/, *args, **kwargs", "__init__": "/, *args, **kwargs",
	"__getattribute__": "name, /", "__getattr__": "name, /", "__setattr__": "name, value, /",
	"__delattr__": "name, /",
	"__get__":     "instance, owner, /", "__set__": "instance, value, /", "__delete__": "instance, /",
}

// unarySlots are the slots that take no argument after $self.
var unarySlots = map[string]bool{
	"__repr__": true, "__str__": true, "__hash__": true, "__len__": true, "__bool__": true,
	"__iter__": true, "__next__": true, "__neg__": true, "__pos__": true, "__abs__": true,
	"__invert__": true, "__int__": true, "__float__": true, "__index__": true, "__await__": true,
	"__aiter__": true, "__anext__": true,
}

// slotTextSignature is the __text_signature__ of the slot name: None for
// a slot 3.6 documents without one (__del__, __new__).
func slotTextSignature(name string) py.Object {
	if p, ok := slotParams[name]; ok {
		return py.String("($self, " + p + ")")
	}
	if unarySlots[name] {
		return py.String("($self, /)")
	}
	if len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__" && name != "__del__" && name != "__new__" {
		return py.String("($self, value, /)") // the binary operators and comparisons
	}
	return py.None
}

// slotNameOf is the name of the slot a wrapper_descriptor or method-wrapper
// runs, "" for another object.
func slotNameOf(o py.Object) (name, owner string) {
	switch s := o.(type) {
	case *typeSlot:
		return s.name, qualifiedTypeName(s.owner)
	case *slotFunc:
		return s.name, s.ownerName()
	case *boundSlot:
		return s.slot.name, qualifiedTypeName(s.slot.owner)
	case *methodWrapper:
		return s.slot.name, s.slot.ownerName()
	}
	return "", ""
}

func installSlotTextSignatures() {
	sig := &py.Property{Fget: func(self py.Object) (py.Object, error) {
		name, _ := slotNameOf(self)
		if name == "" {
			return py.None, nil
		}
		return slotTextSignature(name), nil
	}}
	slotWrapperType.Dict["__text_signature__"] = sig
	methodWrapperType.Dict["__text_signature__"] = sig
	methodWrapperType.Dict["__qualname__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		name, owner := slotNameOf(self)
		if name == "" {
			return py.None, nil
		}
		return py.String(owner + "." + name), nil
	}}
}
