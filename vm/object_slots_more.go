package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The rest of object's methods as CPython 3.6 lists them (dir(object())):
// the rich comparisons, which answer NotImplemented so that the operators
// try the other side, __str__ (the repr), __sizeof__, __dir__ and the
// __subclasshook__ class method.

func init() {
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		objectSlots[name] = &slotFunc{name: name, fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 arguments, got %d", len(args)-1)
			}
			return py.NotImplemented, nil
		}}
	}
	objectSlots["__str__"] = &slotFunc{name: "__str__", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 0 arguments, got %d", len(args)-1)
		}
		r, err := Repr(args[0])
		if err != nil {
			return nil, err
		}
		return py.String(r), nil
	}}
	objectSlots["__sizeof__"] = &slotFunc{name: "__sizeof__", method: true, fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__sizeof__() takes no arguments (%d given)", len(args)-1)
		}
		return py.Int(objectBasicSize(args[0])), nil
	}}
	objectSlots["__dir__"] = &slotFunc{name: "__dir__", method: true, fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__dir__() takes no arguments (%d given)", len(args)-1)
		}
		return namespaceNames(args[0]), nil
	}}
	objectSlots["__subclasshook__"] = &slotFunc{name: "__subclasshook__", method: true, fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		return py.NotImplemented, nil
	}}
}

// objectBasicSize is object.__sizeof__ as CPython 3.6 on x86-64 answers
// it for an instance of a Python class: the object header (16 bytes),
// plus a slot of 8 bytes for each __slots__ name, or for __dict__ and
// __weakref__ when the class has no __slots__.
func objectBasicSize(o py.Object) int {
	if s, ok := o.(Sizer); ok {
		return s.BasicSize()
	}
	cls, ok := pythonClassOf(o)
	if !ok || cls == py.ObjectType {
		return 16
	}
	if hasDeclaredLayout(cls) {
		return sizesOf(cls, 0).basic
	}
	n, slotted := 0, false
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt == py.ObjectType {
			continue
		}
		if s, ok := classSlots(bt); ok {
			slotted = true
			if names, err := toTuple(s); err == nil {
				n += len(names)
			} else {
				n++ // a single name as a str
			}
		}
	}
	if !slotted {
		n = 2
	}
	return 16 + 8*n
}

// namespaceNames is object.__dir__: the names of the instance's namespace
// and of its class's, unsorted (dir() sorts them).
func namespaceNames(o py.Object) py.Object {
	l, err := Dir(o)
	if err != nil {
		return py.NewList()
	}
	return l
}

// hasInstanceDict reports whether instances of cls have a __dict__ (and a
// __weakref__): no class of its MRO declares __slots__.
func hasInstanceDict(cls *py.Type) bool {
	if cls == py.ObjectType {
		return false
	}
	for _, b := range cls.Mro {
		if bt, ok := b.(*py.Type); ok && !pyutil.IsInstanceObject(bt) {
			if _, ok := classSlots(bt); ok {
				return false
			}
		}
	}
	return true
}
