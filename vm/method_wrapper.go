package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// methodWrapper is one of object's slot methods bound to an instance of a
// Python class that does not override it (q.__setattr__, p.__init__): a
// method-wrapper in CPython's words.
type methodWrapper struct {
	self py.Object
	slot *slotFunc
}

var methodWrapperType = py.NewType("method-wrapper", "")

func (m *methodWrapper) Type() *py.Type { return methodWrapperType }

func (m *methodWrapper) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if m.slot.name == "__init__" && (len(args) > 0 || len(kwargs) > 0) {
		if err := objectInitArgs(m.self); err != nil {
			return nil, err
		}
	}
	full := make(py.Tuple, 0, len(args)+1)
	full = append(append(full, m.self), args...)
	return m.slot.fn(full, kwargs)
}

func (m *methodWrapper) M__repr__() (py.Object, error) {
	if m.slot.method || m.slot.name == "__init_subclass__" || m.slot.name == "__subclasshook__" {
		// object's methods (__format__, __sizeof__, __reduce_ex__) and
		// its class methods bound to a class: built-in methods
		return py.String(fmt.Sprintf("<built-in method %s of %s object at %#x>", m.slot.name, typeName(m.self), objectID(m.self))), nil
	}
	return py.String(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", m.slot.name, typeName(m.self), objectID(m.self))), nil
}

func (m *methodWrapper) M__hash__() (py.Object, error) {
	h, err := Hash(m.self)
	if err != nil {
		return nil, err
	}
	return py.Int(fixHash(h ^ identityHash(m.slot))), nil
}

// objectInitArgs is 3.6's rule for object.__init__ given arguments: an
// error when the class overrides __init__, or overrides neither __init__
// nor __new__.
func objectInitArgs(self py.Object) error {
	cls, ok := pythonClassOf(self)
	if !ok || hasBuiltinBase(cls) {
		// A built-in base (classmethod, list, ...) has an __init__ of its
		// own, which gpython's types do not always list: it takes them.
		return nil
	}
	if userMethod(cls, "__init__") != nil || userMethod(cls, "__new__") == nil {
		return py.ExceptionNewf(py.TypeError, "object.__init__() takes no parameters")
	}
	return nil
}

// objectSlotAttr is an attribute of object's found on an instance of a
// Python class that defines no attribute of that name: __new__ is the
// static function itself, __init_subclass__ is bound to the class, every
// other slot is a method-wrapper of the instance.
func objectSlotAttr(o py.Object, cls *py.Type, name string) (py.Object, bool) {
	if name == "__weakref__" && instancesHaveWeakref(cls) {
		// weak references are not listed on their referent here
		return py.None, true
	}
	s, ok := objectSlots[name]
	if !ok {
		return nil, false
	}
	switch name {
	case "__new__":
		return s, true
	case "__init_subclass__", "__subclasshook__":
		// class methods of object's: bound to the class, built-in methods
		// (not types.MethodType, which inspect.ismethod looks for)
		return &methodWrapper{self: cls, slot: s}, true
	}
	return &methodWrapper{self: o, slot: s}, true
}

// methodsEqual is == between bound methods (3.6's rules): the same function
// bound to the same object (a built-in method) or to equal objects (a
// method of a Python function); ok is false for other operands.
func methodsEqual(a, b py.Object) (eq bool, ok bool, err error) {
	if d, isDescr := b.(*methodDescr); isDescr {
		if m, isMethod := a.(*py.Method); isMethod {
			return m == d.m, true, nil // the raw entry of the type's dict
		}
	}
	switch x := a.(type) {
	case *py.BoundMethod:
		y, isBound := b.(*py.BoundMethod)
		if !isBound {
			return false, false, nil
		}
		if !identical(x.Method, y.Method) {
			return false, true, nil
		}
		if _, isFunc := x.Method.(*py.Function); isFunc {
			r, err := compareOp(cmpEQ, x.Self, y.Self)
			if err != nil {
				return false, true, err
			}
			eq, err := Truth(r)
			return eq, true, err
		}
		return identical(x.Self, y.Self), true, nil
	case *methodWrapper:
		y, isWrapper := b.(*methodWrapper)
		if !isWrapper {
			return false, false, nil
		}
		return x.slot == y.slot && identical(x.self, y.self), true, nil
	}
	return false, false, nil
}

// objectHash is object.__hash__ as an instance's method-wrapper reaches it.
var objectHash = &slotFunc{name: "__hash__"}

func init() {
	objectHash.fn = objectHashFn
	objectSlots["__hash__"] = objectHash
}

func objectHashFn(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 0 arguments, got %d", len(args)-1+len(kwargs))
	}
	// Identity, whatever the class's own __hash__ says: a __hash__ that
	// calls super().__hash__() ends here.
	return py.Int(identityHash(args[0])), nil
}

// hasBuiltinBase reports whether a built-in class other than object is in
// cls's MRO.
func hasBuiltinBase(cls *py.Type) bool {
	for _, b := range cls.Mro {
		if bt, ok := b.(*py.Type); ok && bt != py.ObjectType && bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return true
		}
	}
	return false
}
