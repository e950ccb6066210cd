package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Classes derived from property (class P(property)), as in CPython 3.6:
// an instance carries a *property value (pyutil.BuiltinValue) that
// property.__init__ fills; the class gets __get__, __set__ and __delete__
// slots (unless it defines its own), so that the loop's attribute lookup,
// which asks Python classes for those methods, treats the instances as
// data descriptors; getter, setter and deleter make a new instance of
// the subclass; the docstring taken from fget is stored in the
// instance's __dict__, where it shadows the class's __doc__.
//
// This file's init runs after ops_instance_attr.go's (files initialise
// in name order) and replaces property's attribute getters and copy
// methods with ones that also accept subclass instances.

// propertyOf returns the property value of a property or of an instance
// of a subclass.
func propertyOf(o py.Object) (*property, bool) {
	p, ok := pyutil.Unwrap(o).(*property)
	return p, ok
}

// initProperty is property.__init__(fget=None, fset=None, fdel=None,
// doc=None) on p, the value of self.
func initProperty(self py.Object, p *property, args py.Tuple, kwargs py.StringDict) error {
	var fget, fset, fdel, doc py.Object = py.None, py.None, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:property", []string{"fget", "fset", "fdel", "doc"}, &fget, &fset, &fdel, &doc); err != nil {
		return err
	}
	p.fget, p.fset, p.fdel, p.doc = noneToNil(fget), noneToNil(fset), noneToNil(fdel), doc
	if doc == py.None && p.fget != nil {
		if d, err := GetAttr(p.fget, "__doc__"); err == nil {
			p.doc = d
			// A subclass instance keeps the getter's docstring in its
			// __dict__, where the class's own __doc__ does not shadow it.
			if inst, ok := self.(*py.Type); ok && pyutil.IsInstanceObject(inst) {
				// set as an attribute: __slots__ without __dict__ refuse it
				if err := SetAttr(inst, "__doc__", d); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// propertySlots are the descriptor methods a property subclass gets
// (set by init: their functions reach the attribute lookup, which reaches
// property).
var propertySlots map[string]*slotFunc

// propertyBase is propertyType, for code that the package's variable
// initialisation reaches (a direct reference would be a cycle).
var propertyBase *py.Type

func makePropertySlots() map[string]*slotFunc {
	return map[string]*slotFunc{
		"__get__": {name: "__get__", fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) < 2 || len(args) > 3 {
				return nil, oneOrTwoArgs(len(args) - 1)
			}
			p, ok := propertyOf(args[0])
			if !ok {
				return nil, wrongReceiver(propertyType, "__get__", args[0])
			}
			if args[1] == py.None {
				return args[0], nil
			}
			return p.M__get__(args[1], nil)
		}},
		"__set__": {name: "__set__", fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 3 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments, got %d", len(args)-1)
			}
			p, ok := propertyOf(args[0])
			if !ok {
				return nil, wrongReceiver(propertyType, "__set__", args[0])
			}
			return py.None, p.set(args[1], args[2])
		}},
		"__delete__": {name: "__delete__", fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			p, ok := propertyOf(args[0])
			if !ok {
				return nil, wrongReceiver(propertyType, "__delete__", args[0])
			}
			return py.None, p.del(args[1])
		}},
	}
}

// installPropertySlots gives a class derived from property the
// descriptor methods it does not define itself.
func installPropertySlots(cls *py.Type) {
	for name, s := range propertySlots {
		if userMethod(cls, name) == nil {
			cls.Dict[name] = s
		}
	}
}

func init() {
	propertySlots = makePropertySlots()
	propertyBase = propertyType
	d := propertyType.Dict
	for name, s := range propertySlots {
		d[name] = s
	}
	d["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args, err := methodSelf(propertyType, "__init__", self, args)
		if err != nil {
			return nil, err
		}
		p, ok := propertyOf(self)
		if !ok {
			return nil, wrongReceiver(propertyType, "__init__", self)
		}
		return py.None, initProperty(self, p, args, kwargs)
	}, 0, "Set up a new instance from the constructor arguments; help(type(self)) shows them.")
	field := func(get func(p *property) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			p, ok := propertyOf(self)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor for 'property' objects doesn't apply to a '%s' object", typeName(self))
			}
			return orNone(get(p)), nil
		}, Fset: func(self py.Object, v py.Object) error {
			return py.ExceptionNewf(py.AttributeError, "readonly attribute")
		}}
	}
	d["fget"] = field(func(p *property) py.Object { return p.fget })
	d["fset"] = field(func(p *property) py.Object { return p.fset })
	d["fdel"] = field(func(p *property) py.Object { return p.fdel })
	d["__doc__"] = field(func(p *property) py.Object { return p.doc })
	// getter, setter and deleter are slots, not methods: a method would
	// be bound to the property value, losing the subclass instance.
	copyWith := func(name, doc string, change func(p *property, fn py.Object)) {
		d[name] = &slotFunc{name: name, fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 2 || len(kwargs) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args)-1+len(kwargs))
			}
			self, fn := args[0], args[1]
			p, ok := propertyOf(self)
			if !ok {
				return nil, wrongReceiver(propertyType, name, self)
			}
			q := *p
			// A docstring that came from the old getter does not stay.
			if p.fget != nil {
				if gd, err := GetAttr(p.fget, "__doc__"); err == nil && gd == p.doc {
					q.doc = py.None
				}
			}
			change(&q, noneToNil(fn))
			if _, plain := self.(*property); plain {
				if q.doc == py.None && q.fget != nil {
					if gd, err := GetAttr(q.fget, "__doc__"); err == nil {
						q.doc = gd
					}
				}
				return &q, nil
			}
			return Call(self.Type(), py.Tuple{orNone(q.fget), orNone(q.fset), orNone(q.fdel), orNone(q.doc)}, nil)
		}}
		_ = doc
	}
	copyWith("getter", "getter(fget) -> property\n\nA copy of this property that reads through fget.", func(p *property, fn py.Object) { p.fget = fn })
	copyWith("setter", "setter(fset) -> property\n\nA copy of this property that assigns through fset.", func(p *property, fn py.Object) { p.fset = fn })
	copyWith("deleter", "deleter(fdel) -> property\n\nA copy of this property that deletes through fdel.", func(p *property, fn py.Object) { p.fdel = fn })
}
