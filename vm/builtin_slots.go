package vm

import (
	"fmt"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The special methods of the built-in types as Python code reaches them:
// int.__add__ is a slot wrapper (a wrapper_descriptor), called with the
// instance first, and (1).__add__ a method-wrapper bound to 1. They run
// the type's own operation, so an operand of another type gives
// NotImplemented (int.__add__(1, 2.0)), as in CPython; super().__add__(x)
// in a subclass reaches them too.

// typeSlot is a special method of a built-in type.
type typeSlot struct {
	name  string
	owner *py.Type
	nargs int // arguments after self
	fn    func(self py.Object, args py.Tuple) (py.Object, error)
	// keepSelf passes a subclass instance to fn as it is, not its value
	keepSelf bool
	// call, when set, takes any arguments and keywords in place of fn
	// (function.__call__)
	call func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)
	// method is the Go method of the type's dict the slot presents
	// (slotOfMethod), nil for the others
	method *py.Method
}

func (s *typeSlot) Type() *py.Type { return slotWrapperType }

func (s *typeSlot) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", s.name, tpName(s.owner))
	}
	return s.callBound(args[0], args[1:], kwargs)
}

// callBound runs the slot on self with args.
func (s *typeSlot) callBound(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if !receiverFits(self, s.owner) {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", s.name, tpName(s.owner), tpName(self.Type()))
	}
	if s.call != nil {
		return s.call(self, args, kwargs)
	}
	if len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "wrapper %s doesn't take keyword arguments", s.name)
	}
	switch {
	case s.nargs < 0: // pow: 1 or 2 arguments
		if len(args) < 1 || len(args) > 2 {
			return nil, oneOrTwoArgs(len(args))
		}
		if len(args) == 1 {
			args = py.Tuple{args[0], py.None}
		}
	case len(args) != s.nargs:
		return nil, py.ExceptionNewf(py.TypeError, "expected %d arguments, got %d", s.nargs, len(args))
	}
	if s.keepSelf {
		return s.fn(self, args)
	}
	return s.fn(receiverIn(self, s.owner), args)
}

func (s *typeSlot) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return s, nil
	}
	return &boundSlot{self: instance, slot: s}, nil
}

func (s *typeSlot) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", s.name, tpName(s.owner))), nil
}

// boundSlot is a typeSlot bound to an instance: a method-wrapper.
type boundSlot struct {
	self py.Object
	slot *typeSlot
}

func (b *boundSlot) Type() *py.Type { return methodWrapperType }

func (b *boundSlot) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return b.slot.callBound(b.self, args, kwargs)
}

func (b *boundSlot) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", b.slot.name, tpName(b.self.Type()), objectID(b.self))), nil
}

func (b *boundSlot) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*boundSlot)
	if !ok {
		return py.NotImplemented, nil
	}
	if o.slot != b.slot {
		return py.False, nil
	}
	// 3.6 compares the receivers by value: [].__add__ == [].__add__.
	eq, err := equal(b.self, o.self)
	return py.NewBool(eq), err
}

func (b *boundSlot) M__ne__(other py.Object) (py.Object, error) {
	r, err := b.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

// M__hash__ hashes the receiver with the slot: [].__add__ is unhashable.
func (b *boundSlot) M__hash__() (py.Object, error) {
	h, err := Hash(b.self)
	if err != nil {
		return nil, err
	}
	return py.Int(fixHash(h ^ identityHash(b.slot))), nil
}

// goMethodSlot calls the Go method M<name> of the value.
func goMethodSlot(name string) func(self py.Object, args py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) == 1 && (name == "__lshift__" || name == "__rlshift__") {
			a, b := self, args[0]
			if name == "__rlshift__" {
				a, b = b, a
			}
			if err := lshiftCheck(a, b); err != nil {
				return nil, err
			}
		}
		if r, ok := intSlotWide(name, self, args); ok {
			return r, nil
		}
		if i, ok := self.(py.Int); ok && hasBigInt(args) {
			// int.__add__(1, 2**100): the big int's arithmetic, on
			// both operands.
			self = bigIntOf(i)
		}
		m := reflect.ValueOf(self).MethodByName("M" + name)
		if !m.IsValid() {
			return py.NotImplemented, nil
		}
		in := make([]reflect.Value, len(args))
		for i, a := range args {
			// An operand of a class derived from the same built-in type
			// takes part with its value: dict.__eq__(d, D(x=1)) compares
			// contents, int.__add__(1, I(2)) adds.
			if v, ok := pyutil.BuiltinValue(a); ok && reflect.TypeOf(v) == reflect.TypeOf(self) {
				a = v
			}
			in[i] = reflect.ValueOf(&a).Elem()
		}
		out := m.Call(in)
		if err, _ := out[len(out)-1].Interface().(error); err != nil {
			return nil, err
		}
		r, _ := out[0].Interface().(py.Object)
		if r == nil || r == py.NotImplemented {
			return py.NotImplemented, nil
		}
		if len(out) == 3 {
			// M__divmod__ and M__rdivmod__ give the quotient and the
			// remainder apart: the method returns them as a pair.
			rem, _ := out[1].Interface().(py.Object)
			return py.Tuple{r, rem}, nil
		}
		return r, nil
	}
}

// installTypeSlots gives t, whose values look like sample, the slots its
// Go type implements and its Dict lacks.
func installTypeSlots(t *py.Type, sample py.Object) {
	installTypeSlotsOf(t, goMethodsOf(reflect.TypeOf(sample)))
}

// installTypeSlotsOf is installTypeSlots for a Go type with the special
// methods in gm.
func installTypeSlotsOf(t *py.Type, gm goMethodMask) {
	add := func(name string, nargs int, fn func(self py.Object, args py.Tuple) (py.Object, error)) {
		if _, ok := t.Dict[name]; !ok {
			t.Dict[name] = &typeSlot{name: name, owner: t, nargs: nargs, fn: fn}
		}
	}
	has := gm.has
	for i, name := range binarySlotNames {
		if gm.hasBit(uint(i)) {
			add(name, 1, goMethodSlot(name))
		}
	}
	for i, name := range unarySlotNames {
		if gm.hasBit(uint(len(binarySlotNames) + i)) {
			add(name, 0, goMethodSlot(name))
		}
	}
	if has("__pow__") {
		add("__pow__", -1, goMethodSlot("__pow__"))
	}
	if has("__rpow__") {
		add("__rpow__", 1, goMethodSlot("__rpow__"))
	}
	// The protocol methods go through the loop's own operations on the
	// value, which a subclass's overrides cannot reach any more.
	if has("__len__") {
		add("__len__", 0, func(self py.Object, _ py.Tuple) (py.Object, error) {
			n, err := py.Len(self)
			return n, err
		})
	}
	if has("__bool__") || has("__len__") {
		add("__bool__", 0, func(self py.Object, _ py.Tuple) (py.Object, error) {
			b, err := Truth(self)
			return py.NewBool(b), err
		})
	}
	if has("__getitem__") {
		add("__getitem__", 1, func(self py.Object, args py.Tuple) (py.Object, error) { return GetItem(self, args[0]) })
	}
	if has("__setitem__") {
		add("__setitem__", 2, func(self py.Object, args py.Tuple) (py.Object, error) {
			return py.None, SetItem(self, args[0], args[1])
		})
	}
	if has("__delitem__") {
		add("__delitem__", 1, func(self py.Object, args py.Tuple) (py.Object, error) { return py.None, DelItem(self, args[0]) })
	}
	if has("__contains__") || has("__iter__") {
		add("__contains__", 1, func(self py.Object, args py.Tuple) (py.Object, error) {
			ok, err := Contains(self, args[0])
			return py.NewBool(ok), err
		})
	}
	if has("__iter__") {
		add("__iter__", 0, func(self py.Object, _ py.Tuple) (py.Object, error) { return Iter(self) })
	}
	if t != DictType && t != SetType && t != py.ListType {
		add("__hash__", 0, func(self py.Object, _ py.Tuple) (py.Object, error) {
			h, err := Hash(self)
			return py.Int(h), err
		})
	}
}

// installBuiltinSlots runs after installProtocolMethods (subclass.go),
// whose methods for subclass instances it leaves in place.
func installBuiltinSlots() {
	for _, ts := range []struct {
		t      *py.Type
		sample py.Object
	}{
		{py.IntType, py.Int(0)}, {py.FloatType, py.Float(0)}, {py.StringType, py.String("")},
		{py.BytesType, py.Bytes(nil)}, {py.ListType, py.NewList()}, {py.TupleType, py.Tuple{}},
		{DictType, NewDict(0)}, {SetType, NewSet()},
	} {
		installTypeSlots(ts.t, ts.sample)
	}
	for _, t := range []*py.Type{py.StringType, py.ListType, py.TupleType} {
		delete(t.Dict, "__radd__") // see hiddenGoSlot
	}
	// The iterators' __iter__ and __next__: IteratorSlots
	// (seq_iterator_protocol.go), at package init.
	methodWrapperType.Dict["__self__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		switch m := self.(type) {
		case *boundSlot:
			return m.self, nil
		case *methodWrapper:
			return m.self, nil
		}
		return py.None, nil
	}}
	methodWrapperType.Dict["__objclass__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		switch m := self.(type) {
		case *boundSlot:
			return m.slot.owner, nil
		case *methodWrapper:
			return py.ObjectType, nil
		}
		return py.None, nil
	}}
	methodWrapperType.Dict["__name__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		switch m := self.(type) {
		case *boundSlot:
			return py.String(m.slot.name), nil
		case *methodWrapper:
			return py.String(m.slot.name), nil
		}
		return py.None, nil
	}}
	slotWrapperType.Dict["__name__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		switch s := self.(type) {
		case *typeSlot:
			return py.String(s.name), nil
		case *slotFunc:
			return py.String(s.name), nil
		}
		return py.None, nil
	}}
	slotWrapperType.Dict["__qualname__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		switch s := self.(type) {
		case *typeSlot:
			return py.String(qualifiedTypeName(s.owner) + "." + s.name), nil
		case *slotFunc:
			return py.String(s.ownerName() + "." + s.name), nil
		}
		return py.None, nil
	}}
	slotWrapperType.Dict["__objclass__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		switch s := self.(type) {
		case *typeSlot:
			return s.owner, nil
		case *slotFunc:
			if s.owner == "type" {
				return py.TypeType, nil
			}
			return py.ObjectType, nil
		}
		return py.None, nil
	}}
}

// typeNewArgTypes checks type(name, bases, dict)'s argument types, "UO!O!"
// in CPython 3.6: "type.__new__() argument 2 must be tuple, not int".
func typeNewArgTypes(args py.Tuple) error {
	want := [3]string{"str", "tuple", "dict"}
	for i, a := range args {
		if v, ok := pyutil.BuiltinValue(a); ok {
			a = v // a str, tuple or dict subclass's instance
		}
		var ok bool
		switch i {
		case 0:
			_, ok = a.(py.String)
		case 1:
			_, ok = a.(py.Tuple)
		case 2:
			switch a.(type) {
			case py.StringDict, *Dict:
				ok = true
			}
		}
		if !ok {
			return py.ExceptionNewf(py.TypeError, "type.__new__() argument %d must be %s, not %s", i+1, want[i], typeName(args[i]))
		}
	}
	return nil
}

// oneOrTwoArgs is the TypeError of a slot wrapper taking one or two
// arguments (__get__, __pow__) given n: 3.6 words it with an empty
// function name, hence the leading space.
func oneOrTwoArgs(n int) error {
	if n < 1 {
		return py.ExceptionNewf(py.TypeError, " expected at least 1 arguments, got %d", n)
	}
	return py.ExceptionNewf(py.TypeError, " expected at most 2 arguments, got %d", n)
}

// hiddenGoSlot reports whether name is a special method that o's Go type
// has but 3.6's type lacks, which neither the class (installBuiltinSlots
// leaves it out) nor its values show: concatenation is str's, list's and
// tuple's __add__ alone in 3.6 (sq_concat, no __radd__). gpython's
// M__radd__ on their Go types serves its own operators, which do not
// read attributes; without this its generic lookup (M__radd__ by
// reflection) would find the method on a str value.
//
// Likewise a module's builtin function (len, print) is no descriptor in
// 3.6: gpython's M__get__ on *py.Method, which binds a Go method read
// from its class, is not its __get__.
func hiddenGoSlot(o py.Object, name string) bool {
	switch name {
	case "__radd__":
		switch o.(type) {
		case py.String, *py.List, py.Tuple:
			return true
		}
	case "__get__":
		if m, ok := o.(*py.Method); ok {
			return m.Module != nil // a module's function, not a class's method
		}
	}
	return false
}
