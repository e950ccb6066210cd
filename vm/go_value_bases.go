package vm

import (
	"reflect"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Types defined outside the loop (bytearray, array.array, socket.socket,
// ssl.SSLContext, ...) become bases a class statement accepts by
// registering here, from their package's init: an instance of a derived
// class then carries a value of the type, as for the value types of
// subclass.go, and the type's methods and operations run on that value.

// ValueBase says how an instance of a class derived from a registered
// type gets its value. With neither field set the value is what the
// type's constructor makes of the arguments given to the class.
type ValueBase struct {
	// New, when set, makes the value from the arguments given to the
	// class, in place of the type's constructor: bases whose __new__
	// lets a subclass's __init__ take other arguments (array.array
	// ignores keyword arguments there).
	New func(base *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error)
	// Init, when set, makes the base's __init__ do the construction, as
	// for bytearray and socket.socket: the instance starts with the
	// value Empty makes, and base.__init__(self, *args) returns the
	// value to hold from then on (the old one filled, or a new one).
	Init func(old py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)
	// Settle, when set, runs after Init gave inst, an instance of a
	// class derived from the base, its value v: what CPython's __init__
	// sets on the instance through its __setattr__ (FileIO's name).
	Settle func(inst, v py.Object) error
	Empty  func() py.Object
	// Sample is a value of the type, whose Go methods (M__len__,
	// M__getitem__, M__next__, ...) say which special methods the type
	// shows in its dict (array.array.__getitem__(self, i)).
	Sample py.Object
	// Unhashable marks a mutable type: its __hash__ is None.
	Unhashable bool
	// Remake gives the arguments that a derived class is called with to
	// stand for v, a value of the type that one of the type's class
	// methods made when called through that class (date.today(): the
	// year, month and day); nil means (v,).
	Remake func(v py.Object) py.Tuple
	// PythonClass marks a type standing for a class CPython 3.6 writes
	// in Python (hmac.HMAC): its methods, called through the class, take
	// any first argument, as a Python function does, and fail on it
	// their own way instead of with the method descriptor's TypeError.
	PythonClass bool
	// Result, when set, reports whether v, what the type's constructor
	// made of a derived class's arguments, is the call's result itself
	// rather than the value of a new instance, as when a __new__ returns
	// an object of another class (reversed() of a list gives the list's
	// own reverse iterator).
	Result func(v py.Object) bool
	// KeepArgs marks a type whose constructor takes an instance of a
	// class derived from a built-in type as it is, not its value
	// (weakref.ref refers to the instance).
	KeepArgs bool
}

// goValueBases holds the registrations, by type.
var goValueBases = map[*py.Type]*ValueBase{}

// goValueSubtypes are Go subtypes of registered types that classes may
// derive from too (each interpreter's ssl.SSLContext, made at import):
// *py.Type -> *ValueBase of the registered type.
var goValueSubtypes sync.Map

// RegisterValueSubtype lets classes derive from t, a Go type made (at
// any time) as a subtype of a registered type: instances of a derived
// class hold a value t's constructor makes.
func RegisterValueSubtype(t *py.Type) {
	for c := t.Base; c != nil; c = c.Base {
		if spec := goValueBases[c]; spec != nil {
			t.Flags |= py.TPFLAGS_BASETYPE
			goValueSubtypes.Store(t, spec)
			return
		}
	}
	panic("vm: " + t.Name + " does not derive from a registered value base")
}

// ForgetValueSubtype undoes RegisterValueSubtype when t's interpreter
// closes.
func ForgetValueSubtype(t *py.Type) { goValueSubtypes.Delete(t) }

// goValueSpec is the registration that covers t, or nil.
func goValueSpec(t *py.Type) *ValueBase {
	if t == nil {
		return nil
	}
	if spec := goValueBases[t]; spec != nil {
		return spec
	}
	if t.Flags&py.TPFLAGS_HEAPTYPE != 0 || t == py.ObjectType {
		return nil
	}
	if spec, ok := goValueSubtypes.Load(t); ok {
		return spec.(*ValueBase)
	}
	return nil
}

// RegisterValueBase lets classes derive from t; it is called from the
// init of the package that defines t.
func RegisterValueBase(t *py.Type, vb ValueBase) {
	spec := vb
	goValueBases[t] = &spec
	valueBases[t] = true
	t.Flags |= py.TPFLAGS_BASETYPE
	if spec.Unhashable {
		t.Dict["__hash__"] = py.None
	}
	if spec.Sample != nil {
		installGoTypeSlots(t, spec.Sample)
	}
	if spec.Init != nil {
		m := py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if self == nil || self.Type() == py.ModuleType {
				if len(args) == 0 {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' of '%s' object needs an argument", t.Name)
				}
				self, args = args[0], args[1:]
			}
			return py.None, reinitValue(t, self, args, kwargs)
		}, 0, "Set up a new instance from the constructor arguments; help(type(self)) shows them.")
		TakesInstance(m)
		t.Dict["__init__"] = m
	}
	if _, ok := t.Dict["__new__"]; !ok {
		t.Dict["__new__"] = baseNewSlot(t)
	}
	deriveClassMethods(t, &spec)
	if spec.PythonClass {
		uncheckedOwners.Store(t, true)
	}
}

// reinitValue is base.__init__(self, *args) for a registered base that
// constructs in __init__: self is an instance of the base itself or of a
// class derived from it.
func reinitValue(base *py.Type, self py.Object, args py.Tuple, kwargs py.StringDict) error {
	spec := goValueSpec(base)
	if inst, ok := self.(*py.Type); ok && pyutil.IsInstanceObject(inst) && inst.ObjectType.IsSubtype(base) {
		old, _ := pyutil.BuiltinValue(inst)
		v, err := spec.Init(old, args, kwargs)
		if err != nil {
			return err
		}
		pyutil.SetBuiltinValue(inst, v)
		if spec.Settle != nil {
			return spec.Settle(inst, v)
		}
		return nil
	}
	if !self.Type().IsSubtype(base) {
		return wrongReceiver(base, "__init__", self)
	}
	v, err := spec.Init(self, args, kwargs)
	if err == nil && v != self {
		return py.ExceptionNewf(py.TypeError, "%s.__init__() cannot be called again on a %s", base.Name, base.Name)
	}
	return err
}

// goBaseValue makes the value of a new instance of a class derived from
// base, a registered type: handled reports whether base is one.
func goBaseValue(base *py.Type, args py.Tuple, kwargs py.StringDict) (v py.Object, handled bool, err error) {
	spec := goValueSpec(base)
	switch {
	case spec == nil:
		return nil, false, nil
	case spec.Empty != nil:
		return spec.Empty(), true, nil
	case spec.New != nil:
		v, err = spec.New(base, args, kwargs)
	default:
		v, err = base.New(base, args, kwargs)
	}
	if err != nil {
		return nil, true, err
	}
	return pyutil.Unwrap(v), true, nil
}

// goBaseInit is the construction classInit and classCall leave to a
// registered base whose __init__ makes the value, when the class has no
// __init__ of its own: handled reports whether inst's base is one.
func goBaseInit(inst *py.Type, args py.Tuple, kwargs py.StringDict) (handled bool, err error) {
	base := valueBaseOf(inst.ObjectType)
	spec := goValueSpec(base)
	if spec == nil || spec.Init == nil {
		return false, nil
	}
	return true, reinitValue(base, inst, args, kwargs)
}

// NewWithValue makes an instance of cls, a class derived from a
// registered type, holding v, without calling the class's __new__ or
// __init__ (what a pickle's reconstructor does); for the type itself it
// is v.
func NewWithValue(cls *py.Type, v py.Object) py.Object {
	if valueBaseOf(cls) == nil || goValueSpec(cls) != nil {
		return v
	}
	inst := allocInstance(cls)
	pyutil.SetBuiltinValue(inst, v)
	return inst
}

// ReduceParts are the class and the state a __reduce_ex__ of a registered
// type names for o: o's class, and the instance dict of an instance of a
// derived class (None for the type's own values).
func ReduceParts(o py.Object) (*py.Type, py.Object) {
	if inst, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(inst) {
		return inst.ObjectType, inst.Dict
	}
	return o.Type(), py.None
}

// installGoTypeSlots gives t the special methods its values' Go type
// implements: the operators and protocols of installTypeSlots, the
// in-place operators, and __iter__ and __next__ for an iterator.
func installGoTypeSlots(t *py.Type, sample py.Object) {
	gm := goMethodsOf(reflect.TypeOf(sample))
	iterator := gm.has("__next__")
	if iterator {
		// An iterator's __iter__ is itself: the instance, for an
		// instance of a derived class.
		m := py.MustNewMethod("__iter__", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 0 arguments, got %d", len(args))
			}
			return self, nil
		}, 0, "iter(self): the object is its own iterator.")
		TakesInstance(m)
		t.Dict["__iter__"] = m
	}
	contains := gm.has("__contains__")
	installTypeSlotsOf(t, gm)
	if iterator && !contains {
		delete(t.Dict, "__contains__")
	}
	for _, name := range []string{"__iadd__", "__imul__"} {
		if _, has := t.Dict[name]; has || !gm.has(name) {
			continue
		}
		m := inPlaceMethod(t, name)
		TakesInstance(m)
		t.Dict[name] = m
	}
	if iterator {
		if _, has := t.Dict["__next__"]; !has {
			t.Dict["__next__"] = &typeSlot{name: "__next__", owner: t, fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
				v, ok, err := Next(self)
				if err == nil && !ok {
					err = py.ExceptionNewf(py.StopIteration, "")
				}
				return v, err
			}}
		}
	}
}

// isPythonInstance reports whether o is an instance of a class made by a
// class statement (whose comparisons and operators are its class's).
func isPythonInstance(o py.Object) bool {
	t, ok := o.(*py.Type)
	return ok && pyutil.IsInstanceObject(t)
}

// inPlaceMethod is t's in-place operator name (bytearray.__iadd__): the
// value changes in place and the receiver itself is the result, an
// instance of a derived class included.
func inPlaceMethod(t *py.Type, name string) *py.Method {
	op := goMethodSlot(name)
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if self == nil || self.Type() == py.ModuleType {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", name, t.Name)
			}
			self, args = args[0], args[1:]
		}
		if !self.Type().IsSubtype(t) {
			return nil, wrongReceiver(t, name, self)
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 arguments, got %d", len(args))
		}
		v := pyutil.Unwrap(self)
		r, err := op(v, args)
		if err == nil && identical(r, v) {
			r = self
		}
		return r, err
	}, 0, "Return self"+map[string]string{"__iadd__": "+=", "__imul__": "*="}[name]+"value.")
}

// valueBaseConflict refuses bases that derive from two different
// built-in value types (bytearray and list): an instance can carry one
// value only, as a CPython object has one layout.
func valueBaseConflict(bases py.Object) error {
	tuple, ok := bases.(py.Tuple)
	if !ok || len(tuple) < 2 {
		return nil
	}
	var found *py.Type
	for _, b := range tuple {
		bt, ok := b.(*py.Type)
		if !ok {
			continue
		}
		vb := bt
		if bt.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			vb = valueBaseOf(bt)
		} else if !valueBases[bt] && goValueSpec(bt) == nil {
			vb = nil
		}
		if vb == nil {
			continue
		}
		if found != nil && !found.IsSubtype(vb) && !vb.IsSubtype(found) {
			return py.ExceptionNewf(py.TypeError, "multiple bases have instance lay-out conflict")
		}
		if found == nil || vb.IsSubtype(found) {
			found = vb
		}
	}
	return nil
}

// baseNewSlot is base.__new__(cls, *args) for a type classes derive from
// (subclass.go's value types and the registered Go types): a value of
// base itself, or an instance of cls, a class derived from it.
func baseNewSlot(base *py.Type) py.Object {
	return typeNewEntry(base, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) { // type_new_entry.go
		cls, err := newTargetClass(base, args)
		if err != nil {
			return nil, err
		}
		if cls != base {
			return newInstance(cls, args[1:], kwargs)
		}
		if spec := goValueSpec(base); spec != nil && spec.Empty != nil {
			return spec.Empty(), nil
		}
		return base.New(base, args[1:], kwargs)
	})
}
