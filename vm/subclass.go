package vm

import (
	"reflect"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Classes made by class statements and type(): creating their instances
// (__new__, then __init__, as CPython's type.__call__ does), and classes
// derived from the built-in value types (dict, list, str, int, ...),
// whose instances carry a value of the built-in type
// (pyutil.BuiltinValue). The built-in type's methods run on that value,
// and every operation the class does not define itself (indexing, len,
// iteration, comparison, arithmetic, repr, hash) applies to it.

// valueBases are the built-in types a class may derive from.
var valueBases map[*py.Type]bool

// mutableBases are the value bases whose value __init__ fills.
var mutableBases map[*py.Type]bool

func init() {
	classNewPC = reflect.ValueOf(py.NewFunc(classNew)).Pointer()
	valueBases = map[*py.Type]bool{
		DictType: true, SetType: true, FrozenSetType: true, py.ListType: true,
		py.TupleType: true, py.StringType: true, py.BytesType: true, py.IntType: true,
		py.FloatType: true, py.ComplexType: true, propertyType: true,
		py.ClassMethodType: true, py.StaticMethodType: true, superType: true,
	}
	superType.Dict["__init__"] = superInit // class_super_subclass.go
	if len(superType.Mro) == 0 {
		// a derived class's MRO ends in object, as super's does
		superType.Base = py.ObjectType
		superType.Mro = py.Tuple{superType, py.ObjectType}
	}
	mutableBases = map[*py.Type]bool{DictType: true, SetType: true, py.ListType: true}
	for t := range valueBases {
		t.Flags |= py.TPFLAGS_BASETYPE
		base := t
		if _, ok := t.Dict["__new__"]; !ok {
			t.Dict["__new__"] = baseNewSlot(base)
		}

	}
	installProtocolMethods()
	installBuiltinSlots()
	installMoreSlots()     // slots_compare.go
	installDictViewSlots() // dict_view_slots.go
	installSlotTextSignatures()
	installOwnNews() // type_new_entry.go
	installOrderedDict()
	for t := range mutableBases {
		base := t
		t.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			self, args, err := methodSelf(base, "__init__", self, args)
			if err != nil {
				return nil, err
			}
			if self.Type() != base {
				return nil, wrongReceiver(base, "__init__", self)
			}
			return py.None, initValue(self, args, nil, kwargs)
		}, 0, "Set up a new instance from the constructor arguments; help(type(self)) shows them.")
	}
}

// valueBaseOf returns the built-in value type among cls's bases, or nil.
func valueBaseOf(cls *py.Type) *py.Type {
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt == py.ObjectType {
			continue // every class ends with object: its two lookups would miss
		}
		if valueBases[bt] {
			return bt
		}
		if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			if goValueSpec(bt) != nil {
				return bt // a Go subtype of a registered type
			}
		}
	}
	return nil
}

// setUpClass gives a class made by a class statement or type() the
// loop's instance creation, unless it derives from a built-in type with
// a constructor of its own (exceptions, metaclasses, the project's Go
// types), which keep theirs.
func setUpClass(cls *py.Type) {
	if cls.IsSubtype(py.TypeType) {
		cls.New = metaclassNew
		cls.Init = metaclassInit
		return
	}
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok {
			return
		}
		if bt.Flags&py.TPFLAGS_HEAPTYPE != 0 || bt == py.ObjectType || valueBases[bt] || goValueSpec(bt) != nil {
			continue
		}
		return
	}
	cls.New = classNew
	cls.Init = classInit
	switch valueBaseOf(cls) {
	case nil:
	case propertyBase:
		installPropertySlots(cls)
	case py.ClassMethodType, py.StaticMethodType:
		installMethodDescriptorSlots(cls)
	case superType:
		installSuperSlots(cls)
	}
}

// userSlot finds name in the Python classes of cls's MRO, stopping at the
// first built-in class, unwrapping a staticmethod.
func userSlot(cls *py.Type, name string) py.Object {
	m := userMethod(cls, name)
	switch sm := m.(type) {
	case *py.StaticMethod:
		return sm.Callable
	case *py.ClassMethod:
		// bound to the class, as reading it from the class binds it
		return py.NewBoundMethod(cls, sm.Callable)
	}
	return m
}

// classNew is type.__call__'s first half for a Python class: its own
// __new__, or a new instance.
func classNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if m := userSlot(cls, "__new__"); m != nil {
		return Call(m, append(py.Tuple{cls}, args...), kwargs)
	}
	if err := checkObjectNew(cls, len(args) > 0 || len(kwargs) > 0); err != nil {
		return nil, err
	}
	return newInstance(cls, args, kwargs)
}

// checkObjectNew is object.__new__'s refusals for a class without a
// __new__ of its own: arguments when no __init__ takes them, then
// abstract methods left. A class with a built-in value base makes its
// instances with that base's constructor, which checks neither (3.6
// makes I(3) of class I(int, metaclass=ABCMeta) with abstract methods).
func checkObjectNew(cls *py.Type, hasArgs bool) error {
	if valueBaseOf(cls) != nil {
		return nil
	}
	if hasArgs && userSlot(cls, "__init__") == nil && !hasGoConstructorBase(cls) {
		return py.ExceptionNewf(py.TypeError, "object() takes no parameters")
	}
	if err := checkAbstract(cls); err != nil && !hasGoConstructorBase(cls) {
		return err
	}
	return nil
}

// hasGoConstructorBase reports whether a class up cls's MRO is a Go type
// flagged as a heap type with a constructor of its own (the _io base
// classes): cls's instances come from that constructor, which, like
// CPython's PyType_GenericNew, takes any arguments and checks no abstract
// methods. Walked only on the rare paths that would refuse the call.
func hasGoConstructorBase(cls *py.Type) bool {
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt == py.ObjectType || bt.New == nil || isSetUpClass(bt) {
			continue
		}
		return true
	}
	return false
}

// newInstance makes an instance of cls: for a class derived from an
// immutable built-in type, with the value the type makes of args; from a
// mutable one, with an empty value for __init__ to fill.
func newInstance(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	inst := allocInstance(cls)
	base := valueBaseOf(cls)
	if base == nil {
		return inst, nil
	}
	var v py.Object
	switch base {
	case DictType:
		d := NewDict(0)
		if orderedDictType != nil && cls.IsSubtype(orderedDictType) {
			d.order = newOdOrder(inst) // dict_ordered.go
		}
		v = d
	case SetType:
		v = NewSet()
	case py.ListType:
		v = py.NewList()
	case propertyBase:
		// property.__new__ takes any arguments; __init__ reads them.
		v = &property{doc: py.None}
	case py.ClassMethodType:
		v = &py.ClassMethod{Dict: py.StringDict{}} // __init__ sets the function
	case py.StaticMethodType:
		v = &py.StaticMethod{Dict: py.StringDict{}}
	case superType:
		v = &superObject{} // super.__init__ binds it
	case LocalType:
		l, err := newLocalValue(inst, args, kwargs)
		if err != nil {
			return nil, err
		}
		v = l
	default:
		var err error
		if gv, handled, err := goBaseValue(base, args, kwargs); handled {
			if err != nil {
				return nil, err
			}
			if spec := goValueSpec(base); spec.Result != nil && spec.Result(gv) {
				// The base's constructor made something else (reversed()
				// of a list gives a list_reverseiterator): as from a
				// __new__, that object is the result, not initialised.
				return gv, nil
			}
			pyutil.SetBuiltinValue(inst, gv)
			shareModuleDict(inst, gv) // usermodule_class.go
			return inst, nil
		}
		if v, err = base.New(base, args, kwargs); err != nil {
			return nil, err
		}
		v = pyutil.Unwrap(v)
	}
	pyutil.SetBuiltinValue(inst, v)
	return inst, nil
}

// classInit is type.__call__'s second half: the class's __init__, or the
// mutable built-in base's, which fills the value from the arguments.
func classInit(obj py.Object, args py.Tuple, kwargs py.StringDict) error {
	inst, ok := obj.(*py.Type)
	if !ok {
		return nil
	}
	cls := inst.ObjectType
	if m := userSlot(cls, "__init__"); m != nil {
		r, err := callMethodKw(inst, m, args, kwargs)
		if err != nil {
			return err
		}
		if r != py.None {
			return py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", typeName(r))
		}
		return nil
	}
	if v, ok := pyutil.BuiltinValue(inst); ok {
		if p, ok := v.(*property); ok {
			return initProperty(inst, p, args, kwargs)
		}
		if ok, err := initMethodDescriptor(v, args, kwargs); ok {
			return err
		}
		if _, ok := v.(*superObject); ok {
			_, err := Call(superInit, append(py.Tuple{inst}, args...), kwargs)
			return err
		}
	}
	if v, ok := pyutil.BuiltinValue(inst); ok && mutableBases[v.Type()] {
		return initValue(v, args, nil, kwargs)
	}
	_, err := goBaseInit(inst, args, kwargs)
	return err
}

// isSetUpClass reports whether cls creates its instances with the loop's
// classNew (setUpClass).
func isSetUpClass(cls *py.Type) bool {
	return cls.New != nil && reflect.ValueOf(cls.New).Pointer() == classNewPC
}

// classNewPC is classNew's code address, for isSetUpClass: a func value
// compares only through it (set by init: classNew reaches isSetUpClass).
var classNewPC uintptr

// classCall is cls(...) from the loop: classNew and classInit with the
// keyword arguments kept in their order (kwpairs), as **kwargs and dict
// bases see them.
func (t *thread) classCall(f *frame, cls *py.Type, args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (py.Object, error) {
	if len(kwextra) == 0 {
		// The cached answers of fast_classcall.go: C() of a class
		// without __init__ is the instance alone; a plain class's
		// instance goes straight to its __init__ function (keyword
		// arguments, or a call the loop does not run inline).
		switch e := t.classCalls.entry(cls); e.kind {
		case callBare:
			if len(args) == 0 && len(kwpairs) == 0 {
				return allocInstance(cls), nil
			}
		case callInit:
			init, inst := e.init, allocInstance(cls)
			r, err := t.callFunction(init, inst, args, kwpairs, nil)
			if err != nil {
				return nil, err
			}
			if r != py.None {
				return nil, py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", typeName(r))
			}
			return inst, nil
		}
	}
	var obj py.Object
	var err error
	if m := userSlot(cls, "__new__"); m != nil {
		obj, err = t.callObject(f, m, append([]py.Object{cls}, args...), kwpairs, kwextra)
	} else {
		if err := checkObjectNew(cls, len(args) > 0 || len(kwpairs) > 0 || len(kwextra) > 0); err != nil {
			return nil, err
		}
		var kw py.StringDict
		if kw, err = kwDict(cls, kwpairs, kwextra); err == nil {
			obj, err = newInstance(cls, append(py.Tuple(nil), args...), kw)
		}
	}
	if err != nil {
		return nil, err
	}
	inst, ok := obj.(*py.Type)
	if !ok || !obj.Type().IsSubtype(cls) {
		return obj, nil
	}
	// __new__ may return an instance of a subclass: its own class's
	// __init__ runs, as type.__call__ takes it from the result.
	cls = obj.Type()
	if m := userSlot(cls, "__init__"); m != nil {
		var r py.Object
		if fn, ok := m.(*py.Function); ok {
			r, err = t.callFunction(fn, inst, args, kwpairs, kwextra)
		} else if res, ordered, oerr := callOrderedKw(m, inst, args, kwpairs, kwextra); ordered {
			r, err = res, oerr
		} else {
			var kw py.StringDict
			if kw, err = kwDict(cls, kwpairs, kwextra); err == nil {
				r, err = callMethodKw(inst, m, args, kw)
			}
		}
		if err != nil {
			return nil, err
		}
		if r != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", typeName(r))
		}
		return inst, nil
	}
	if v, ok := pyutil.BuiltinValue(inst); ok {
		if p, isProp := v.(*property); isProp {
			kw, err := kwDict(cls, kwpairs, kwextra)
			if err != nil {
				return nil, err
			}
			return inst, initProperty(inst, p, append(py.Tuple(nil), args...), kw)
		}
		if _, _, isMD := methodDescriptorFunc(v); isMD {
			kw, err := kwDict(cls, kwpairs, kwextra)
			if err != nil {
				return nil, err
			}
			_, err = initMethodDescriptor(v, append(py.Tuple(nil), args...), kw)
			return inst, err
		}
		if _, isSuper := v.(*superObject); isSuper {
			kw, err := kwDict(cls, kwpairs, kwextra)
			if err != nil {
				return nil, err
			}
			_, err = Call(superInit, append(py.Tuple{inst}, args...), kw)
			return inst, err
		}
	}
	if v, ok := pyutil.BuiltinValue(inst); ok && mutableBases[v.Type()] {
		if err := initValue(v, append(py.Tuple(nil), args...), kwpairs, kwextra); err != nil {
			return nil, err
		}
		return inst, nil
	}
	if base := valueBaseOf(cls); base != nil && goValueSpec(base) != nil {
		kw, err := kwDict(cls, kwpairs, kwextra)
		if err != nil {
			return nil, err
		}
		if _, err := goBaseInit(inst, append(py.Tuple(nil), args...), kw); err != nil {
			return nil, err
		}
	}
	return inst, nil
}

// initValue is list.__init__, dict.__init__ and set.__init__ on a value:
// its contents replaced by what the constructor makes of the arguments.
func initValue(v py.Object, args py.Tuple, kwpairs []py.Object, kwargs py.StringDict) error {
	if _, isDict := v.(*Dict); !isDict && len(kwpairs) > 0 {
		// Only a dict takes keyword arguments; the others' errors name them.
		var err error
		if kwargs, err = kwDict(v.Type(), kwpairs, kwargs); err != nil {
			return err
		}
	}
	switch x := v.(type) {
	case *Dict:
		return dictFill(x, "dict", args, kwpairs, kwargs)
	case *Set:
		if len(kwargs) > 0 {
			return py.ExceptionNewf(py.TypeError, "set() does not take keyword arguments")
		}
		if err := pyarg.UnpackCount("set", args, 0, 1); err != nil {
			return err
		}
		x.Clear()
		if len(args) == 1 {
			return x.update(args[0])
		}
	case *py.List:
		for k, v := range kwargs {
			// list's one parameter is named sequence
			if k != "sequence" {
				return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
			}
			if len(args) > 0 {
				return py.ExceptionNewf(py.TypeError, "list() takes at most 1 argument (%d given)", len(args)+1)
			}
			args = py.Tuple{v}
		}
		if len(args) > 1 {
			return py.ExceptionNewf(py.TypeError, "list() takes at most 1 argument (%d given)", len(args))
		}
		x.Items = x.Items[:0]
		if len(args) == 1 {
			items, err := toTuple(args[0])
			if err != nil {
				return err
			}
			x.Items = append(x.Items, items...)
		}
	}
	return nil
}

// valueFor returns the built-in value of o when o's class derives from a
// built-in type and does not define the special method name itself: the
// operation then applies to the value.
func valueFor(o py.Object, name string) (py.Object, bool) {
	v, ok := pyutil.BuiltinValue(o)
	if !ok {
		return nil, false
	}
	if userMethod(o.(*py.Type).ObjectType, name) != nil {
		return nil, false
	}
	return v, true
}

// receiverFor is the receiver a built-in type's Go method gets: the value
// of an instance of a class derived from the type, or self.
func receiverFor(self py.Object) py.Object {
	return pyutil.Unwrap(self)
}

// takesInstanceFlag is the py.Method flag (beside ArgsBorrowed) that
// TakesInstance sets. A flag on the method, not a registry: methods made
// for a Python class (io's accelerated BytesIO methods) belong to one
// interpreter, and a registry holding them would keep it alive after it
// is closed.
const takesInstanceFlag = 1 << 21

// TakesInstance marks m, a method in a built-in type's Dict, as one that
// gets an instance of a derived class as itself instead of its built-in
// value: int.__format__ with an empty spec is str(self), which the
// class's own __str__ decides.
func TakesInstance(m *py.Method) { m.Flags |= takesInstanceFlag }

// takesInstance reports whether TakesInstance marked m.
func takesInstance(m *py.Method) bool { return m.Flags&takesInstanceFlag != 0 }

// methodReceiver is the receiver of Go method m for self.
func methodReceiver(self py.Object, m *py.Method) py.Object {
	if takesInstance(m) {
		return self
	}
	return pyutil.Unwrap(self)
}

// subclassGetItem is o[key] for a dict subclass without __getitem__:
// __missing__ answers a missing key.
func subclassGetItem(o, v, key py.Object) (py.Object, error) {
	d, ok := v.(*Dict)
	if !ok {
		return GetItem(v, key)
	}
	r, found, err := d.GetItem(key)
	if err != nil || found {
		return r, err
	}
	if m := userMethod(o.(*py.Type).ObjectType, "__missing__"); m != nil {
		return callMethod(o, m, key)
	}
	return nil, keyError(key)
}

// unwrapOperands replaces the operands that are instances of classes
// derived from built-in types by their values; ok reports whether any was.
func unwrapOperands(a, b py.Object) (py.Object, py.Object, bool) {
	va, aok := pyutil.BuiltinValue(a)
	if !aok {
		va = a
	}
	vb, bok := pyutil.BuiltinValue(b)
	if !bok {
		vb = b
	}
	return va, vb, aok || bok
}

// installProtocolMethods gives the value types the special methods that
// gpython's generic dispatch (py.Index, py.Len, ... on an instance) and
// Python code (list.__len__(x), n.__index__()) look up by name; each runs
// on the receiver's value.
func installProtocolMethods() {
	type impl func(recv py.Object, args py.Tuple) (py.Object, error)
	noArg := func(name string, f func(py.Object) (py.Object, error)) impl {
		return func(recv py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 0 arguments, got %d", len(args))
			}
			return f(recv)
		}
	}
	oneArg := func(name string, f func(recv, arg py.Object) (py.Object, error)) impl {
		return func(recv py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 arguments, got %d", len(args))
			}
			return f(recv, args[0])
		}
	}
	lenM := noArg("__len__", valueLen)
	iterM := noArg("__iter__", Iter)
	getItemM := oneArg("__getitem__", GetItem)
	containsM := oneArg("__contains__", func(r, x py.Object) (py.Object, error) {
		in, err := Contains(r, x)
		return py.NewBool(in), err
	})
	intM := noArg("__int__", func(r py.Object) (py.Object, error) {
		if i, ok := r.(py.I__int__); ok {
			return i.M__int__()
		}
		return nil, py.ExceptionNewf(py.TypeError, "int() argument must be a number, not '%s'", typeName(r))
	})
	floatM := noArg("__float__", func(r py.Object) (py.Object, error) {
		if f, ok := r.(py.I__float__); ok {
			return f.M__float__()
		}
		return nil, py.ExceptionNewf(py.TypeError, "float() argument must be a number, not '%s'", typeName(r))
	})
	indexM := noArg("__index__", func(r py.Object) (py.Object, error) {
		if b, ok := r.(*py.BigInt); ok {
			return b, nil // py.Index would squeeze it into an int64
		}
		return py.Index(r)
	})
	sequence := map[string]impl{"__len__": lenM, "__iter__": iterM, "__getitem__": getItemM, "__contains__": containsM}
	methods := map[*py.Type]map[string]impl{
		py.ListType:   sequence,
		py.TupleType:  sequence,
		py.StringType: sequence,
		py.BytesType:  sequence,
		py.IntType:    {"__index__": indexM, "__int__": intM, "__float__": floatM},
		py.FloatType:  {"__int__": intM, "__float__": floatM},
	}
	for t, ms := range methods {
		for name, f := range ms {
			if _, ok := t.Dict[name]; ok {
				continue
			}
			t, name, f := t, name, f
			t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
				recv, args, err := methodSelf(t, name, self, args)
				if err != nil {
					return nil, err
				}
				if !receiverFits(recv, t) {
					return nil, wrongReceiver(t, name, recv)
				}
				return f(receiverIn(recv, t), args) // int.__int__(True) is 1
			}, 0, "")
		}
	}
}

// unboundReceiver answers a built-in type's method called through the
// class with its receiver first (str.lower(s), list.__repr__(self)): the
// method runs on that receiver, or on its value when it is an instance of
// a class derived from the type. Class and static methods take their
// arguments as they are.
func unboundReceiver(m *py.Method, args []py.Object) (py.Object, []py.Object, bool) {
	if len(args) == 0 || m.Module != nil || m.Flags&(py.METH_CLASS|py.METH_STATIC) != 0 {
		return nil, nil, false
	}
	self := args[0]
	recv := methodReceiver(self, m)
	for _, b := range self.Type().Mro {
		if bt, ok := b.(*py.Type); ok && bt.Dict[m.Name] == py.Object(m) {
			return recv, args[1:], true
		}
	}
	return nil, nil, false
}

// conversionDunders are the methods through which int(x), float(x) and
// str(x) convert an instance; a class derived from the target type that
// defines none of them converts as its value.
var conversionDunders = map[*py.Type][]string{
	py.IntType:     {"__int__", "__index__", "__trunc__"},
	py.FloatType:   {"__float__"},
	py.ComplexType: {"__complex__"},
	py.StringType:  {"__str__", "__repr__"},
}

// convertedArg returns the argument a built-in type's constructor
// converts: the value of an instance of a class derived from a built-in
// type when the class does not say how to convert itself.
func convertedArg(t *py.Type, args []py.Object) []py.Object {
	if len(args) == 0 {
		return args
	}
	v, ok := pyutil.BuiltinValue(args[0])
	if !ok || goValueBases[t] != nil && goValueBases[t].KeepArgs {
		return args
	}
	if t == py.StringType {
		switch v.(type) {
		case py.String, py.Bytes, py.Int, *py.BigInt, py.Float, py.Complex:
		default:
			// A container's str is its repr, which names the class for
			// some (S({1}) for a set subclass): str of the instance.
			return args
		}
	}
	names, listed := conversionDunders[t]
	_, buffer := v.(interface{ BufferBytes() []byte })
	switch {
	case listed:
	case t == py.BytesType || t.Name == "bytearray":
		// bytes(x) and bytearray(x) copy a buffer as it is (bytes
		// after asking __bytes__).
		if _, isBytes := v.(py.Bytes); isBytes || buffer {
			names = []string{"__bytes__"}
		} else {
			names = []string{"__bytes__", "__iter__", "__next__"}
		}
	default:
		// The containers (list(x), tuple(x)) iterate over an instance
		// whose class iterates its own way.
		names = []string{"__iter__", "__next__"}
	}
	for _, name := range names {
		if userMethod(args[0].(*py.Type).ObjectType, name) != nil {
			return args
		}
	}
	out := append([]py.Object{v}, args[1:]...)
	return out
}

// valueLen is len() of a built-in value.
func valueLen(v py.Object) (py.Object, error) {
	switch x := v.(type) {
	case py.Bytes:
		return py.Int(len(x)), nil
	case py.String:
		return py.Int(StrLen(string(x))), nil // a lone surrogate is one character
	}
	return py.Len(v)
}

// valueTextSlots are list.__repr__, int.__str__ and the like reached
// through a value type: the built-in text of the argument's value.
var valueTextSlots = map[string]*slotFunc{
	"__repr__": {name: "__repr__", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		v := pyutil.Unwrap(args[0])
		s, err := Repr(v)
		if err == nil && v != args[0] {
			s = classSetRepr(args[0], v, s)
		}
		return py.String(s), err
	}},
	"__str__": {name: "__str__", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
		s, err := pyrepr.Str(pyutil.Unwrap(args[0]))
		return py.String(s), err
	}},
}

// classSetRepr is set.__repr__(x) for x, an instance of a class derived
// from set or frozenset with value v whose own repr is text: the class's
// name in front, as the set types' repr names a subclass.
func classSetRepr(x, v py.Object, text string) string {
	sl, ok := v.(pyrepr.SetLike)
	if !ok {
		return text
	}
	items, frozen := sl.SetMembers()
	name := shortName(x.Type())
	if len(items) == 0 {
		return name + "()"
	}
	if frozen {
		text = strings.TrimSuffix(strings.TrimPrefix(text, "frozenset("), ")")
	}
	return name + "(" + text + ")"
}

// checkAbstract refuses to make an instance of a class with abstract
// methods left (abc.ABCMeta records them in __abstractmethods__), as
// object.__new__ does (and only it: checkObjectNew).
func checkAbstract(cls *py.Type) error {
	if cls.Flags&abstractFlagged == 0 {
		return nil
	}
	am, ok := cls.Dict["__abstractmethods__"]
	if !ok {
		return nil
	}
	names, err := toTuple(am)
	if err != nil || len(names) == 0 {
		return nil
	}
	strs := make([]string, 0, len(names))
	for _, n := range names {
		if s, ok := n.(py.String); ok {
			strs = append(strs, string(s))
		}
	}
	sort.Strings(strs)
	return py.ExceptionNewf(py.TypeError, "Can't instantiate abstract class %s with abstract methods %s", cls.Name, strings.Join(strs, ", "))
}

// abstractFlagged marks, in a class's Flags, a class whose
// __abstractmethods__ was set as an attribute (abc.ABCMeta does, after
// making the class): only those are abstract, as only type's setter flags
// a class in CPython. A flag rather than a registry: a process-wide map
// keyed by the class kept every abstract class, and through its methods'
// globals the whole interpreter that made it, alive after Close. A heap
// type's Flags start afresh (not copied from the base).
const abstractFlagged uint = 1 << 42
