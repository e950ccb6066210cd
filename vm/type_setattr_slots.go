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

// classDelAttrGeneric is type.__delattr__(t, name): the class's own
// namespace; a built-in type's is fixed.
func classDelAttrGeneric(t *py.Type, name string) error {
	if t.Flags&py.TPFLAGS_HEAPTYPE == 0 && builtinTypeLocked(t) {
		return builtinTypeSetError(t)
	}
	if _, ok := t.Dict[name]; !ok {
		return py.ExceptionNewf(py.AttributeError, "%s", name) // 3.6 names only the attribute
	}
	delete(t.Dict, name)
	classChanged()
	return nil
}

// objectSlotOnClass is object.__setattr__ or object.__delattr__ (slot)
// applied to a class: 3.6's TypeError.
func objectSlotOnClass(slot string) error {
	return py.ExceptionNewf(py.TypeError, "can't apply this %s to type object", slot)
}
