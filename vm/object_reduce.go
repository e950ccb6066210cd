package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// object.__reduce_ex__, object.__reduce__ and object.__repr__: the
// defaults that copy and pickle reach for every instance of a class
// without its own, and the text repr() falls back on.

func init() {
	objectSlots["__reduce_ex__"] = &slotFunc{name: "__reduce_ex__", fn: objectReduceEx, method: true}
	objectSlots["__reduce__"] = &slotFunc{name: "__reduce__", method: true, fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		// 3.6's object.__reduce__ takes an optional protocol, as
		// __reduce_ex__ does
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__reduce__() takes no keyword arguments")
		}
		if len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "__reduce__() takes at most 1 argument (%d given)", len(args)-1)
		}
		proto := 0
		if len(args) == 2 {
			p, ok := args[1].(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "an integer is required (got type %s)", typeName(args[1]))
			}
			proto = int(p)
		}
		return reduceObject(args[0], proto)
	}}
	objectSlots["__repr__"] = &slotFunc{name: "__repr__", fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 0 arguments, got %d", len(args)-1+len(kwargs))
		}
		return py.String(defaultRepr(args[0])), nil
	}}
}

// defaultRepr is object.__repr__(o): "<module.Qualname object at 0x...>"
// for an instance of a Python class, whatever __repr__ the class defines.
// A built-in value keeps its own text, as int.__repr__ or list.__repr__
// reach this slot too; so does an instance of a subclass of a built-in
// type (list.__repr__(self), super().__repr__() in a list subclass), at
// the price of object.__repr__ of such an instance.
func defaultRepr(o py.Object) string {
	if v, ok := pyutil.BuiltinValue(o); ok {
		o = v
	}
	if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
		cls := t.ObjectType
		name := cls.Qualname
		if name == "" {
			name = cls.Name
		}
		if mod, ok := pyutil.TypeModule(cls); ok && mod != "builtins" {
			name = mod + "." + name
		}
		return fmt.Sprintf("<%s object at %p>", name, t)
	}
	s, err := Repr(o)
	if err != nil {
		return fmt.Sprintf("<%s object at %#x>", typeName(o), objectID(o))
	}
	return s
}

// objectReduceEx is object.__reduce_ex__(self, protocol=0): a __reduce__
// the class overrides, else the default reduction for the protocol.
func objectReduceEx(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var self, protocol py.Object = nil, py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:__reduce_ex__", []string{"self", "protocol"}, &self, &protocol); err != nil {
		return nil, err
	}
	proto, ok := protocol.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "an integer is required (got type %s)", typeName(protocol))
	}
	if cls, ok := pythonClassOf(self); ok {
		if m := userMethod(cls, "__reduce__"); m != nil {
			return callMethod(self, m)
		}
	}
	if e, ok := self.(*py.Exception); ok {
		return exceptionReduce(e), nil
	}
	if m := goOwnReduce(self); m != nil {
		return Call(py.NewBoundMethod(methodReceiver(self, m), m), nil, nil)
	}
	return reduceObject(self, int(proto))
}

// goOwnReduce is the __reduce__ a built-in type of self's class defines
// in Go (set's, range's), which object.__reduce_ex__ calls instead of the
// default; nil when there is none.
func goOwnReduce(self py.Object) *py.Method {
	cls := self.Type()
	if pc, ok := pythonClassOf(self); ok {
		cls = pc
	}
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			continue
		}
		if bt == py.ObjectType {
			return nil
		}
		if m, ok := bt.Dict["__reduce__"].(*py.Method); ok {
			return m
		}
	}
	return nil
}

// reduceObject is the default reduction: copyreg._reduce_ex for protocols
// 0 and 1, the __newobj__ form for 2 and later.
func reduceObject(self py.Object, proto int) (py.Object, error) {
	copyreg, err := importForSlots("copyreg")
	if err != nil {
		return nil, err
	}
	if proto < 2 {
		fn, err := GetAttr(copyreg, "_reduce_ex")
		if err != nil {
			return nil, err
		}
		return Call(fn, py.Tuple{self, py.Int(proto)}, nil)
	}
	return reduceNewObj(copyreg, self)
}

// importForSlots imports a module for a slot running on the current
// thread.
func importForSlots(name string) (py.Object, error) {
	ctx := currentContext()
	if ctx == nil {
		return nil, py.ExceptionNewf(py.SystemError, "no interpreter to import %s", name)
	}
	return py.ImportModuleLevelObject(ctx, name, nil, nil, nil, 0)
}

// reduceNewObj is protocol 2's reduction: (copyreg.__newobj__, (cls,
// *args), state, listitems, dictitems), or copyreg.__newobj_ex__ with the
// keyword arguments __getnewargs_ex__ gives.
func reduceNewObj(copyreg, self py.Object) (py.Object, error) {
	cls := self.Type()
	if pc, ok := pythonClassOf(self); ok {
		cls = pc
	}
	_, isNamespace := self.(py.StringDict)
	if isNamespace {
		cls = DictType // a namespace (__builtins__, vars()) pickles as the dict it is
	}
	args, kwargs, hasArgs, err := newArgs(self)
	if err != nil {
		return nil, err
	}
	var newobj, newargs py.Object
	if kwargs == nil || kwargsLen(kwargs) == 0 {
		if newobj, err = GetAttr(copyreg, "__newobj__"); err != nil {
			return nil, err
		}
		newargs = append(py.Tuple{cls}, args...)
	} else {
		if newobj, err = GetAttr(copyreg, "__newobj_ex__"); err != nil {
			return nil, err
		}
		newargs = py.Tuple{cls, args, kwargs}
	}
	value := pyutil.Unwrap(self)
	_, isList := value.(*py.List)
	_, isDict := value.(*Dict)
	isDict = isDict || isNamespace
	state, err := objectState(copyreg, self, cls, !hasArgs && !isList && !isDict)
	if err != nil {
		return nil, err
	}
	var listitems, dictitems py.Object = py.None, py.None
	if isList {
		if listitems, err = Iter(self); err != nil {
			return nil, err
		}
	}
	if isDict {
		items, err := GetAttr(self, "items")
		if err == nil {
			items, err = Call(items, nil, nil)
		}
		if err == nil {
			dictitems, err = Iter(items)
		}
		if err != nil {
			return nil, err
		}
	}
	return py.Tuple{newobj, newargs, state, listitems, dictitems}, nil
}

func kwargsLen(kw py.Object) int {
	n, err := py.Len(kw)
	if err != nil {
		return 1
	}
	return int(n.(py.Int))
}

// newArgs is what __getnewargs_ex__ or __getnewargs__ give (the built-in
// value of an int, str, bytes or float subclass without either), with
// hasArgs false when neither exists.
func newArgs(self py.Object) (args py.Tuple, kwargs py.Object, hasArgs bool, err error) {
	// Both are special methods: looked up on the class, bypassing the
	// instance's __getattr__ and __getattribute__.
	lookup := GetAttr
	if _, ok := pythonClassOf(self); ok {
		if _, isCls := isClass(self); !isCls {
			lookup = specialMethod
		}
	}
	if m, err := lookup(self, "__getnewargs_ex__"); err == nil {
		r, err := Call(m, nil, nil)
		if err != nil {
			return nil, nil, false, err
		}
		pair, ok := r.(py.Tuple)
		if !ok {
			return nil, nil, false, py.ExceptionNewf(py.TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", typeName(r))
		}
		if len(pair) != 2 {
			return nil, nil, false, py.ExceptionNewf(py.ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(pair))
		}
		a, ok := pair[0].(py.Tuple)
		if !ok {
			return nil, nil, false, py.ExceptionNewf(py.TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", typeName(pair[0]))
		}
		if _, ok := pyutil.Unwrap(pair[1]).(*Dict); !ok {
			if _, ok := pair[1].(py.StringDict); !ok {
				return nil, nil, false, py.ExceptionNewf(py.TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", typeName(pair[1]))
			}
		}
		return a, pair[1], true, nil
	} else if !py.IsException(py.AttributeError, err) {
		return nil, nil, false, err
	}
	if m, err := lookup(self, "__getnewargs__"); err == nil {
		r, err := Call(m, nil, nil)
		if err != nil {
			return nil, nil, false, err
		}
		a, ok := r.(py.Tuple)
		if !ok {
			return nil, nil, false, py.ExceptionNewf(py.TypeError, "__getnewargs__ should return a tuple, not '%s'", typeName(r))
		}
		return a, nil, true, nil
	} else if !py.IsException(py.AttributeError, err) {
		return nil, nil, false, err
	}
	if v, ok := pyutil.BuiltinValue(self); ok {
		switch v := v.(type) {
		case py.Int, *py.BigInt, py.Float, py.Complex, py.String, py.Bytes:
			return py.Tuple{v}, nil, true, nil
		case py.Tuple:
			return py.Tuple{append(py.Tuple{}, v...)}, nil, true, nil
		}
	}
	return py.Tuple{}, nil, false, nil
}

// objectState is the state protocol 2 pickles: __getstate__(), else the
// instance dict (None when empty) paired with the set slots when the
// class has __slots__. required refuses a Go-defined value that has no
// Python-visible state.
func objectState(copyreg, self py.Object, cls *py.Type, required bool) (py.Object, error) {
	if m, err := GetAttr(self, "__getstate__"); err == nil {
		return Call(m, nil, nil)
	} else if !py.IsException(py.AttributeError, err) {
		return nil, err
	}
	if _, ok := pythonClassOf(self); !ok {
		if required && self.Type() != py.ObjectType {
			return nil, py.ExceptionNewf(py.TypeError, "can't pickle %s objects", typeName(self))
		}
		return py.None, nil
	}
	var state py.Object = py.None
	if d, err := GetAttr(self, "__dict__"); err == nil {
		if n, err := py.Len(d); err == nil && n.(py.Int) > 0 {
			state = d
		}
	}
	slotnames, err := GetAttr(copyreg, "_slotnames")
	if err != nil {
		return nil, err
	}
	names, err := Call(slotnames, py.Tuple{cls}, nil)
	if err != nil {
		return nil, err
	}
	list, err := toTuple(names)
	if err != nil || len(list) == 0 {
		return state, err
	}
	slots := NewDict(len(list))
	for _, n := range list {
		s, ok := strValue(n) // a str subclass's name too
		if !ok {
			continue
		}
		v, err := GetAttr(self, string(s))
		if err != nil {
			if py.IsException(py.AttributeError, err) {
				continue
			}
			return nil, err
		}
		if err := slots.SetItem(s, v); err != nil {
			return nil, err
		}
	}
	if slots.Len() > 0 {
		state = py.Tuple{state, slots}
	}
	return state, nil
}
