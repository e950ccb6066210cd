package vm

import (
	"github.com/go-python/gpython/py"
)

// type.__setattr__ and type.__delattr__ are type's own slot wrappers, as
// in CPython 3.6: a metaclass's __setattr__ calls them to bind in a
// class. object's, given a class, refuse (3.6's check against applying
// object.__setattr__ to a type, which would skip type's rules and could
// change a built-in type).

func init() {
	py.TypeType.Dict["__setattr__"] = &typeSlot{name: "__setattr__", owner: py.TypeType, nargs: 2,
		fn: func(self py.Object, args py.Tuple) (py.Object, error) {
			t, name, err := typeSlotTarget(self, args[0])
			if err != nil {
				return nil, err
			}
			return py.None, classSetAttrGeneric(t, name, args[1])
		}}
	py.TypeType.Dict["__delattr__"] = &typeSlot{name: "__delattr__", owner: py.TypeType, nargs: 1,
		fn: func(self py.Object, args py.Tuple) (py.Object, error) {
			t, name, err := typeSlotTarget(self, args[0])
			if err != nil {
				return nil, err
			}
			return py.None, classDelAttrGeneric(t, name)
		}}
}

// typeSlotTarget is the class and the attribute name a call of type's
// slot works on.
func typeSlotTarget(self, nameArg py.Object) (*py.Type, string, error) {
	t, ok := isClass(self)
	if !ok {
		return nil, "", py.ExceptionNewf(py.TypeError, "descriptor requires a 'type' object but received a '%s'", typeName(self))
	}
	name, err := attrName(nameArg)
	return t, name, err
}

// classDelAttrGeneric is type.__delattr__(t, name): a built-in type's
// namespace is fixed; type's getsets refuse; else the name leaves the
// class's own namespace.
func classDelAttrGeneric(t *py.Type, name string) error {
	if builtinTypeLocked(t) {
		return builtinTypeSetError(t)
	}
	if typeGetsetName(name) && !metaShadows(t, name) {
		// (a metaclass's own entry, such as its docstring, hides type's
		// descriptor: the class's own entry goes)
		return typeGetsetDelete(t, name)
	}
	if _, ok := t.Dict[name]; !ok {
		return py.ExceptionNewf(py.AttributeError, "%s", name) // 3.6 names only the attribute
	}
	if name == "__slots__" {
		noteSlotsChange(t) // class_slots_record.go
	}
	delete(t.Dict, name)
	classChanged()
	return nil
}

// metaShadows reports whether a class of t's metaclass's MRO before type
// defines name, hiding type's descriptor of that name.
func metaShadows(t *py.Type, name string) bool {
	meta := t.Type()
	if meta == nil {
		return false
	}
	for _, b := range meta.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt == py.TypeType {
			return false
		}
		if _, ok := bt.Dict[name]; ok {
			return true
		}
	}
	return false
}

// typeGetsetDelete is what type's getset or member descriptor name
// answers to del t.name.
func typeGetsetDelete(t *py.Type, name string) error {
	switch name {
	case "__bases__":
		return setClassBases(t, nil) // "can't delete K.__bases__"
	case "__name__", "__qualname__", "__module__", "__doc__":
		return py.ExceptionNewf(py.TypeError, "can't delete %s.%s", tpName(t), name)
	case "__dict__", "__text_signature__":
		return py.ExceptionNewf(py.AttributeError, "attribute '%s' of 'type' objects is not writable", name)
	default: // __mro__
		return py.ExceptionNewf(py.AttributeError, "readonly attribute")
	}
}

// typeGetsetName reports whether name is one of the attributes type's
// getsets and members answer (classDelAttrGeneric's switch).
func typeGetsetName(name string) bool {
	switch name {
	case "__bases__", "__name__", "__qualname__", "__module__", "__doc__", "__dict__", "__text_signature__", "__mro__":
		return true
	}
	return false
}

// objectSlotOnClass is object.__setattr__ or object.__delattr__ (slot)
// applied to a class: 3.6's TypeError.
func objectSlotOnClass(slot string) error {
	return py.ExceptionNewf(py.TypeError, "can't apply this %s to type object", slot)
}
