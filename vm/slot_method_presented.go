package vm

import (
	"reflect"
	"sync"

	"github.com/go-python/gpython/py"
)

// A special method read from a value of a built-in type is a
// method-wrapper in 3.6 (None.__bool__, print.__call__, [].__repr__),
// whichever way the lookup found it: gpython binds a Go value's
// M__bool__ into a fresh nameless method, and the loop answers __repr__
// and __str__ itself. presentSlotMethod gives all of them the one face.

// slotKey names a special method of a type.
type slotKey struct {
	t    *py.Type
	name string
}

// lookupSlots keeps the slot made for each type's special method that its
// dict does not hold, so that two reads of x.__len__ compare equal.
var lookupSlots sync.Map // slotKey -> *typeSlot

// presentSlotMethod is r, the value of special method name of o, a value
// (not a class), as 3.6 shows it: a method-wrapper bound to o, when r is
// one the lookup made itself. ok is false for any other r (a Python
// function's bound method, a method of a type's dict: presentAttr).
func presentSlotMethod(o py.Object, name string, r py.Object) (py.Object, bool) {
	if !isSlotName(name) || !madeByLookup(o, name, r) {
		return nil, false
	}
	t := o.Type()
	if t == nil {
		return nil, false
	}
	if _, ok := isClass(o); ok {
		return nil, false
	}
	for bt := range typeChain(t) {
		if e, ok := bt.Dict[name]; ok {
			if s, ok := e.(*typeSlot); ok {
				return &boundSlot{self: o, slot: s}, true
			}
			break
		}
	}
	if coexistingMethod(t, name) {
		return nil, false
	}
	return &boundSlot{self: o, slot: lookupSlot(t, name)}, true
}

// madeByLookup reports whether r, found for o's attribute name, is a
// method the attribute lookup made: gpython's binding of o's Go method
// M<name>, or the loop's repr and str of o.
func madeByLookup(o py.Object, name string, r py.Object) bool {
	switch v := r.(type) {
	case *py.Method:
		return v.Module == nil && v.Name == name && reflect.ValueOf(o).MethodByName("M"+name).IsValid()
	case *py.BoundMethod:
		return (v.Method == py.Object(reprMethod) || v.Method == py.Object(strMethod)) && identical(v.Self, o)
	}
	return false
}

// lookupSlot is t's slot for special method name, which calls what the
// attribute lookup finds on the receiver.
func lookupSlot(t *py.Type, name string) *typeSlot {
	key := slotKey{t, name}
	if s, ok := lookupSlots.Load(key); ok {
		return s.(*typeSlot)
	}
	s := &typeSlot{name: name, owner: t, keepSelf: true}
	if callSlotNames[name] {
		s.call = func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			m, err := getAttr(self, name)
			if err != nil {
				return nil, err
			}
			return Call(m, args, kwargs)
		}
	} else {
		// callBound checks the number of arguments, as 3.6's wrapper does
		s.nargs = wrappedSlotArgs[name]
		s.fn = func(self py.Object, args py.Tuple) (py.Object, error) {
			if s.nargs < 0 && len(args) == 2 && args[1] == py.None {
				args = args[:1] // pow(x, y): the method's own form
			}
			m, err := getAttr(self, name)
			if err != nil {
				return nil, err
			}
			return Call(m, args, nil)
		}
	}
	v, _ := lookupSlots.LoadOrStore(key, s)
	return v.(*typeSlot)
}
