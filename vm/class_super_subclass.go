package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Classes derived from super (class mysuper(super)): an instance carries
// a *superObject (pyutil.BuiltinValue) that super.__init__(type, obj)
// binds; its attributes are looked up as a super object's (after type in
// obj's MRO) before the class's own, as 3.6's super_getattro does for
// every instance of such a class.

// superInit is super.__init__(self, type, obj=None) on an instance of a
// class derived from super.
var superInit = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	self, args, err := methodSelfInstance(superType, "__init__", self, args)
	if err != nil {
		return nil, err
	}
	s, ok := pyutil.Unwrap(self).(*superObject)
	if !ok {
		return nil, wrongReceiver(superType, "__init__", self)
	}
	r, err := superNew(superType, args, kwargs)
	if err != nil {
		return nil, err
	}
	*s = *r.(*superObject)
	return py.None, nil
}, 0, "Set up self from the constructor arguments; help(type(self)) shows them.")

// superGetattribute is the __getattribute__ a class derived from super
// gets: the super object's lookup, then the instance's ordinary one.
var superGetattribute = &slotFunc{name: "__getattribute__", fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args)-1)
	}
	name, ok := strValue(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", typeName(args[1]))
	}
	self := args[0]
	if s, ok := pyutil.Unwrap(self).(*superObject); ok && name != "__class__" {
		if attr := s.lookupAfter(string(name)); attr != nil {
			return s.getattr(string(name))
		}
	}
	inst, ok := self.(*py.Type)
	if !ok || !pyutil.IsInstanceObject(inst) {
		return GetAttr(self, string(name))
	}
	r, err := genericGetAttr(inst, inst.ObjectType, string(name))
	if err != nil && py.IsException(py.AttributeError, err) {
		if s, ok := pyutil.Unwrap(self).(*superObject); ok {
			if r, err2 := s.getattr(string(name)); err2 == nil {
				return r, nil
			}
		}
	}
	return r, err
}}

// superDescrGet is the __get__ a class derived from super gets: an
// unbound instance read from an instance obj makes a new instance of its
// class bound to obj (as reading super(C) from an instance binds it).
var superDescrGet = &slotFunc{name: "__get__", fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 || len(args) > 3 || len(kwargs) > 0 {
		return nil, oneOrTwoArgs(len(args) - 1)
	}
	self, obj := args[0], args[1]
	s, ok := pyutil.Unwrap(self).(*superObject)
	if !ok || obj == py.None || s.self != nil || s.thisclass == nil {
		return self, nil
	}
	return Call(self.Type(), py.Tuple{s.thisclass, obj}, nil)
}}

// installSuperSlots gives a class derived from super the lookup of a
// super object, unless it defines __getattribute__ itself.
func installSuperSlots(cls *py.Type) {
	if userMethod(cls, "__getattribute__") == nil {
		cls.Dict["__getattribute__"] = superGetattribute
	}
	if userMethod(cls, "__get__") == nil {
		cls.Dict["__get__"] = superDescrGet
	}
}
