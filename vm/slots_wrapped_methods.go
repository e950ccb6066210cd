package vm

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// Some special methods of the built-in types are Go methods in the type's
// dict (str.__mod__, list.__iadd__, bytes.__getitem__). CPython 3.6 shows
// each as a slot wrapper (str.__mod__ is <slot wrapper '__mod__' of 'str'
// objects>) and, bound, as a method-wrapper ('a'.__len__): read from the
// type or its values they are presented that way, calling the same
// method. Calls the loop makes itself do not go through the wrappers.

// wrappedSlotArgs is the number of arguments after self of each special
// method that 3.6 shows as a slot wrapper (-1: one or two, as __pow__).
var wrappedSlotArgs = map[string]int{
	"__len__": 0, "__iter__": 0, "__next__": 0, "__repr__": 0, "__str__": 0, "__hash__": 0,
	"__bool__": 0, "__int__": 0, "__float__": 0, "__index__": 0, "__neg__": 0, "__pos__": 0,
	"__abs__": 0, "__invert__": 0,
	"__getitem__": 1, "__delitem__": 1, "__contains__": 1, "__setitem__": 2,
	"__getattribute__": 1, "__delattr__": 1, "__setattr__": 2,
	"__mod__": 1, "__rmod__": 1, "__add__": 1, "__radd__": 1, "__mul__": 1, "__rmul__": 1,
	"__sub__": 1, "__rsub__": 1, "__and__": 1, "__rand__": 1, "__or__": 1, "__ror__": 1,
	"__xor__": 1, "__rxor__": 1, "__iadd__": 1, "__imul__": 1, "__isub__": 1, "__iand__": 1,
	"__ior__": 1, "__ixor__": 1, "__truediv__": 1, "__rtruediv__": 1, "__floordiv__": 1,
	"__rfloordiv__": 1, "__lshift__": 1, "__rlshift__": 1, "__rshift__": 1, "__rrshift__": 1,
	"__divmod__": 1, "__rdivmod__": 1, "__rpow__": 1, "__pow__": -1,
	"__lt__": 1, "__le__": 1, "__eq__": 1, "__ne__": 1, "__gt__": 1, "__ge__": 1,
	"__itruediv__": 1, "__ifloordiv__": 1, "__imod__": 1, "__ipow__": 1, "__ilshift__": 1,
	"__irshift__": 1, "__matmul__": 1, "__rmatmul__": 1, "__imatmul__": 1,
	"__set__": 2, "__delete__": 1, "__await__": 0, "__aiter__": 0, "__anext__": 0, "__del__": 0,
}

// callSlotNames are the slots whose wrappers take any arguments and pass
// them on as they are (list.__init__(x, [1]), f.__get__(o)): the Go
// method checks them.
var callSlotNames = map[string]bool{"__init__": true, "__call__": true, "__get__": true}

// isSlotName reports whether 3.6 shows a built-in type's method called
// name as a slot wrapper, bound as a method-wrapper (unless the type
// keeps a method of its own under that name: coexistingMethod).
func isSlotName(name string) bool {
	_, ok := wrappedSlotArgs[name]
	return ok || callSlotNames[name]
}

// coexistingMethod reports whether owner has name as an ordinary method
// in 3.6 besides its slot (METH_COEXIST there, for speed):
// list.__getitem__ is <method '__getitem__' of 'list' objects> and
// [].__getitem__ a built-in method.
func coexistingMethod(owner *py.Type, name string) bool {
	switch owner {
	case py.ListType:
		return name == "__getitem__"
	case DictType:
		return name == "__getitem__" || name == "__contains__"
	case SetType, FrozenSetType:
		return name == "__contains__"
	}
	return false
}

// wrappedSlots keeps one wrapper per method, so that str.__mod__ is
// str.__mod__.
var wrappedSlots sync.Map // *py.Method -> *typeSlot

// slotOfMethod is the slot wrapper that presents m, owner's method under
// name, or nil when 3.6 shows that method as a method descriptor.
func slotOfMethod(owner *py.Type, name string, m *py.Method) *typeSlot {
	if !isSlotName(name) || m.Name != name || coexistingMethod(owner, name) {
		return nil
	}
	if s, ok := wrappedSlots.Load(m); ok {
		return s.(*typeSlot)
	}
	if callSlotNames[name] {
		s := &typeSlot{name: name, owner: owner, keepSelf: true, method: m, call: func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return Call(py.NewBoundMethod(self, m), args, kwargs)
		}}
		v, _ := wrappedSlots.LoadOrStore(m, s)
		return v.(*typeSlot)
	}
	nargs := wrappedSlotArgs[name]
	s := &typeSlot{name: name, owner: owner, nargs: nargs, keepSelf: true, method: m, fn: func(self py.Object, args py.Tuple) (py.Object, error) {
		if nargs < 0 && len(args) == 2 && args[1] == py.None {
			args = args[:1] // pow(x, y): the method's own form
		}
		return Call(py.NewBoundMethod(self, m), args, nil)
	}}
	v, _ := wrappedSlots.LoadOrStore(m, s)
	return v.(*typeSlot)
}
