package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// The methods and slot wrappers type.__dict__ lists in CPython 3.6, in
// its order: type.__dict__['mro'] is <method 'mro' of 'type' objects>,
// type.__dict__['__repr__'] a slot wrapper of type's. Each runs what the
// class's own attribute does.

// typeDictMethodNames is the start of type.__dict__'s keys in 3.6, before
// its data descriptors (typeDataNames).
var typeDictMethodNames = []string{
	"__repr__", "__call__", "__getattribute__", "__setattr__", "__delattr__", "__init__",
	"__new__", "mro", "__subclasses__", "__prepare__", "__instancecheck__",
	"__subclasscheck__", "__dir__", "__sizeof__",
}

// typeDictEntries holds the entries made for typeDictMethodNames (those
// type's namespace does not give as they are).
var typeDictEntries map[string]py.Object

// typeMethod is a method of type's as its __dict__ shows it.
func typeMethod(name, doc string, fn func(t *py.Type, args py.Tuple) (py.Object, error)) py.Object {
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if self == nil || self.Type() == py.ModuleType {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of 'type' object needs an argument", name)
			}
			self, args = args[0], args[1:]
		}
		t, ok := self.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'type' object but received a '%s'", name, typeName(self))
		}
		return fn(t, args)
	}, 0, doc)
	return &methodDescr{owner: py.TypeType, m: m}
}

// typeArgs checks the count of a type method's arguments.
func typeArgs(name string, args py.Tuple, n int) error {
	if len(args) == n {
		return nil
	}
	if n == 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
}

// typeVarSlot is a slot wrapper of type's taking any arguments
// (__call__, __init__).
type typeVarSlot struct {
	name string
	fn   func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error)
}

func (s *typeVarSlot) Type() *py.Type { return slotWrapperType }

func (s *typeVarSlot) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<slot wrapper '%s' of 'type' objects>", s.name)), nil
}

func (s *typeVarSlot) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of 'type' object needs an argument", s.name)
	}
	t, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'type' object but received a '%s'", s.name, typeName(args[0]))
	}
	return s.fn(t, args[1:], kwargs)
}

func (s *typeVarSlot) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return s, nil
	}
	return GetAttr(instance, s.name)
}

func makeTypeDictEntries() {
	slot := func(name string, nargs int, fn func(self py.Object, args py.Tuple) (py.Object, error)) py.Object {
		return &typeSlot{name: name, owner: py.TypeType, nargs: nargs, fn: fn, keepSelf: true}
	}
	attrName := func(o py.Object) (string, error) {
		s, ok := o.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", typeName(o))
		}
		return string(s), nil
	}
	typeDictEntries = map[string]py.Object{
		"__repr__": slot("__repr__", 0, func(self py.Object, _ py.Tuple) (py.Object, error) {
			s, err := Repr(self)
			return py.String(s), err
		}),
		"__getattribute__": slot("__getattribute__", 1, func(self py.Object, args py.Tuple) (py.Object, error) {
			name, err := attrName(args[0])
			if err != nil {
				return nil, err
			}
			return GetAttr(self, name)
		}),
		"__setattr__": slot("__setattr__", 2, func(self py.Object, args py.Tuple) (py.Object, error) {
			name, err := attrName(args[0])
			if err != nil {
				return nil, err
			}
			return py.None, SetAttr(self, name, args[1])
		}),
		"__delattr__": slot("__delattr__", 1, func(self py.Object, args py.Tuple) (py.Object, error) {
			name, err := attrName(args[0])
			if err != nil {
				return nil, err
			}
			return py.None, DelAttr(self, name)
		}),
		"__call__": &typeVarSlot{name: "__call__", fn: func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return Call(t, args, kwargs)
		}},
		"__init__": &typeVarSlot{name: "__init__", fn: func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) != 0 && len(args) == 1 {
				return nil, py.ExceptionNewf(py.TypeError, "type.__init__() takes no keyword arguments")
			}
			if len(args) != 1 && len(args) != 3 {
				return nil, py.ExceptionNewf(py.TypeError, "type.__init__() takes 1 or 3 arguments")
			}
			return py.None, nil
		}},
		"mro": typeMethod("mro", typeMroDoc, func(t *py.Type, args py.Tuple) (py.Object, error) {
			if err := typeArgs("mro", args, 0); err != nil {
				return nil, err
			}
			return linearize(t)
		}),
		"__subclasses__": typeMethod("__subclasses__", "__subclasses__() -> list\n\nThe classes that name this one among their bases, while they live.", func(t *py.Type, args py.Tuple) (py.Object, error) {
			return Call(py.TypeType.Dict["__subclasses__"], append(py.Tuple{t}, args...), nil)
		}),
		"__instancecheck__": typeMethod("__instancecheck__", "__instancecheck__() -> bool\n\nWhether an object is an instance of the class, by its class's bases alone.", func(t *py.Type, args py.Tuple) (py.Object, error) {
			if err := typeArgs("__instancecheck__", args, 1); err != nil {
				return nil, err
			}
			if realType(args[0]).IsSubtype(t) {
				return py.True, nil
			}
			c, err := InstanceClassAttr(args[0])
			if err != nil {
				return nil, err
			}
			return py.NewBool(c != nil && c.IsSubtype(t)), nil
		}),
		"__subclasscheck__": typeMethod("__subclasscheck__", "__subclasscheck__() -> bool\n\nWhether a class derives from this one, by its bases alone.", func(t *py.Type, args py.Tuple) (py.Object, error) {
			if err := typeArgs("__subclasscheck__", args, 1); err != nil {
				return nil, err
			}
			if sub, ok := args[0].(*py.Type); ok {
				return py.NewBool(sub.IsSubtype(t)), nil
			}
			ok, err := IsSubclassClassLike(args[0], t)
			return py.NewBool(ok), err
		}),
		"__dir__": typeMethod("__dir__", "__dir__() -> list\n\nThe names of the class's attributes and its bases'.", func(t *py.Type, args py.Tuple) (py.Object, error) {
			if err := typeArgs("__dir__", args, 0); err != nil {
				return nil, err
			}
			return Dir(t)
		}),
		"__sizeof__": typeMethod("__sizeof__", "__sizeof__() -> int\n\nThe class object's size in memory, in bytes.", func(t *py.Type, args py.Tuple) (py.Object, error) {
			if err := typeArgs("__sizeof__", args, 0); err != nil {
				return nil, err
			}
			s, ok := objectSlot("__sizeof__")
			if !ok {
				return py.Int(0), nil
			}
			return Call(s, py.Tuple{t}, nil)
		}),
		"__prepare__": &classMethodDescr{name: "__prepare__", owner: py.TypeType, doc: py.None,
			fn: py.MustNewMethod("__prepare__", func(_ py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
				return NewDict(0), nil
			}, 0, "")},
	}
}

// realType is o's class as type(o) gives it.
func realType(o py.Object) *py.Type {
	if c, ok := pythonClassOf(o); ok {
		return c
	}
	return o.Type()
}
