package vm

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// slotFunc is a method of the object base class as Python code reaches it
// (object.__setattr__(self, name, value), super().__init__()): the
// instance is the first argument. gpython's object type has none of them.
type slotFunc struct {
	name   string
	fn     func(args py.Tuple, kwargs py.StringDict) (py.Object, error)
	method bool // a method descriptor (object.__reduce_ex__), not a slot wrapper, in its repr
	// owner names the type whose dict holds the slot in its repr and
	// messages: "object" when empty (type.__call__ is type's)
	owner string
}

// ownerName is the type s belongs to, by name.
func (s *slotFunc) ownerName() string {
	if s.owner == "" {
		return "object"
	}
	return s.owner
}

var slotWrapperType = py.NewType("wrapper_descriptor", "")

func (s *slotFunc) Type() *py.Type { return slotWrapperType }

func (s *slotFunc) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", s.name, s.ownerName())
	}
	// A slot may call back into special methods without a Python frame
	// (__repr__ = object.__str__): each call counts toward the limit.
	if t := heldThread(); t != nil {
		if err := t.enterNested(whileCalling); err != nil {
			return nil, err
		}
		defer t.leaveNested()
	}
	return s.fn(args, kwargs)
}

func (s *slotFunc) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return s, nil
	}
	return py.NewBoundMethod(instance, s), nil
}

func (s *slotFunc) M__repr__() (py.Object, error) {
	if s.method {
		return py.String(fmt.Sprintf("<method '%s' of '%s' objects>", s.name, s.ownerName())), nil
	}
	return py.String(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", s.name, s.ownerName())), nil
}

func instanceArg(args py.Tuple, name string, n int) (*py.Type, *py.Type, error) {
	if len(args) != n {
		return nil, nil, py.ExceptionNewf(py.TypeError, "expected %d arguments, got %d", n-1, len(args)-1)
	}
	if t, ok := args[0].(*py.Type); ok && pyutil.IsInstanceObject(t) {
		return t, t.ObjectType, nil
	}
	return nil, nil, nil
}

func attrName(o py.Object) (string, error) {
	s, ok := strValue(o)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", typeName(o))
	}
	return string(s), nil
}

// classSetAttrGeneric is type.__setattr__: a data descriptor of the
// metaclass, else the class's own namespace.
func classSetAttrGeneric(t *py.Type, name string, v py.Object) error {
	if builtinTypeLocked(t) {
		return builtinTypeSetError(t) // type.__setattr__(int, ...)
	}
	defer classChanged()
	if meta := t.Type(); meta != nil {
		if d, ok := meta.Lookup(name).(py.I__set__); ok {
			_, err := d.M__set__(t, v)
			return err
		}
	}
	switch name {
	case "__bases__":
		return setClassBases(t, v) // type_bases_assign.go
	case "__abstractmethods__":
		t.Flags |= abstractFlagged
	case "__name__", "__qualname__":
		// Kept in the type itself, as the reprs read them.
		s, ok := strValue(v) // a str subclass's instance counts as its str
		if !ok {
			return py.ExceptionNewf(py.TypeError, "can only assign string to %s.%s, not '%s'", shortName(t), name, typeName(v))
		}
		if name == "__name__" && strings.IndexByte(string(s), 0) >= 0 {
			return py.ExceptionNewf(py.ValueError, "type name must not contain null characters")
		}
		if name == "__name__" {
			if err := pyutil.UTF8EncodeError(s); err != nil {
				return err
			}
		}
		if name == "__qualname__" {
			t.Qualname = string(s)
		} else {
			t.Name = string(s)
		}
		return nil
	}
	setClassDict(t, name, v)
	return nil
}

// objectSlots are the methods of object that scripts call directly.
var objectSlots = map[string]*slotFunc{}

// SetObjectMethod adds a method of object implemented outside this package
// (object.__format__, in modules/host): fn gets the instance first in
// args. Call it from an init function, before any script runs.
func SetObjectMethod(name string, fn func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	objectSlots[name] = &slotFunc{name: name, fn: fn, method: true}
}

func init() {
	add := func(name string, fn func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		objectSlots[name] = &slotFunc{name: name, fn: fn}
	}
	add("__setattr__", func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		inst, cls, err := instanceArg(args, "__setattr__", 3)
		if err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		if inst != nil {
			return py.None, genericSetAttr(inst, cls, name, args[2])
		}
		if _, ok := pyutil.IsClass(args[0]); ok {
			return nil, objectSlotOnClass("__setattr__") // type_setattr_slots.go
		}
		return py.None, SetAttr(args[0], name, args[2])
	})
	add("__getattribute__", func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		inst, cls, err := instanceArg(args, "__getattribute__", 2)
		if err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		if inst != nil {
			return genericGetAttr(inst, cls, name)
		}
		return GetAttr(args[0], name)
	})
	add("__delattr__", func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		inst, cls, err := instanceArg(args, "__delattr__", 2)
		if err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		if inst != nil {
			return py.None, genericDelAttr(inst, cls, name)
		}
		if _, ok := pyutil.IsClass(args[0]); ok {
			return nil, objectSlotOnClass("__delattr__")
		}
		return py.None, DelAttr(args[0], name)
	})
	add("__init__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 1 || len(kwargs) > 0 {
			if err := objectInitArgs(args[0]); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	add("__init_subclass__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__init_subclass__() takes no keyword arguments")
		}
		return py.None, nil
	})
	add("__eq__", func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 arguments, got %d", len(args)-1)
		}
		if identical(args[0], args[1]) {
			return py.True, nil
		}
		return py.NotImplemented, nil
	})
	add("__ne__", func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 arguments, got %d", len(args)-1)
		}
		// The inverse of the type's own __eq__, not of the whole ==
		// protocol: NotImplemented passes through so that == can try the
		// reflected side.
		r, err := ownEq(args[0], args[1])
		if err != nil || r == py.NotImplemented {
			return r, err
		}
		b, err := Truth(r)
		return py.NewBool(!b), err
	})
	add("__new__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		cls, ok := pyutil.IsClass(args[0])
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "object.__new__(X): X is not a type object (%s)", typeName(args[0]))
		}
		if cls.IsSubtype(py.OSError) && len(kwargs) == 0 {
			// OSError.__new__: the errno's subclass for OSError itself,
			// the fields parsed unless the class leaves that to __init__
			r, err := pyutil.ExceptionNew(cls, args[1:], nil)
			if e, ok := r.(*py.Exception); ok && err == nil && len(args) > 1 {
				if a, _ := e.Args.(py.Tuple); len(a) == 0 {
					e.Args = append(py.Tuple{}, args[1:]...)
				}
			}
			return r, err
		}
		if cls.IsSubtype(py.BaseException) {
			return &py.Exception{Base: cls, Args: append(py.Tuple{}, args[1:]...), Dict: py.StringDict{}}, nil
		}
		if sb := unsafeForObjectNew(cls); sb != nil {
			// A built-in type makes its own values (object.__new__(int)).
			return nil, py.ExceptionNewf(py.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", tpName(cls), tpName(sb))
		}
		// 3.6's rule: arguments are an error unless the class overrides
		// __init__ (which takes them) and not __new__.
		if (len(args) > 1 || len(kwargs) > 0) && (userSlot(cls, "__new__") != nil || userSlot(cls, "__init__") == nil) {
			return nil, py.ExceptionNewf(py.TypeError, "object() takes no parameters")
		}
		if err := checkAbstract(cls); err != nil {
			return nil, err
		}
		return allocInstance(cls), nil
	})
}

// objectSlot returns object's method name, for lookups that reach the
// object class.
func objectSlot(name string) (py.Object, bool) {
	s, ok := objectSlots[name]
	return s, ok
}

// ownEq is type(self).__eq__(self, other) alone, without the reflected
// operand or the identity fallback of ==: a Python class's __eq__, a Go
// type's, or object's (True for the same object, else NotImplemented).
func ownEq(self, other py.Object) (py.Object, error) {
	if cls, ok := pythonClassOf(self); ok {
		if eq := userMethod(cls, "__eq__"); eq != nil {
			return callMethod(self, eq, other)
		}
		v, ok := pyutil.BuiltinValue(self)
		if !ok {
			return identityEq(self, other), nil
		}
		self = v
	}
	if eq, ok := self.(py.I__eq__); ok {
		return eq.M__eq__(other)
	}
	return identityEq(self, other), nil
}

// identityEq is object.__eq__: True for the same object, else
// NotImplemented.
func identityEq(self, other py.Object) py.Object {
	if identical(self, other) {
		return py.True
	}
	return py.NotImplemented
}

// unsafeForObjectNew is the class whose __new__ must make instances of
// cls instead of object's, or nil when object.__new__ may: a built-in
// type other than object, or a class derived from one (the first class
// up its bases that does not define __new__ in Python).
func unsafeForObjectNew(cls *py.Type) *py.Type {
	if cls == py.ObjectType {
		return nil
	}
	if cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		if isSetUpClass(cls) {
			return nil
		}
		return cls
	}
	if valueBaseOf(cls) == nil {
		return nil
	}
	sb := cls
	for sb.Flags&py.TPFLAGS_HEAPTYPE != 0 && sb.Base != nil {
		if _, own := sb.Dict["__new__"]; !own {
			break
		}
		sb = sb.Base
	}
	return sb
}
