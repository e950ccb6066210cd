package vm

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// builtinExceptionNew identifies pyutil.ExceptionNew, the constructor of
// gpython's exception classes and of those made from them in Go.
var builtinExceptionNew = reflect.ValueOf(pyutil.ExceptionNew).Pointer()

// isBuiltinExceptionNew reports whether newFn is pyutil.ExceptionNew.
func isBuiltinExceptionNew(newFn func(*py.Type, py.Tuple, py.StringDict) (py.Object, error)) bool {
	return newFn != nil && reflect.ValueOf(newFn).Pointer() == builtinExceptionNew
}

// newException instantiates an exception class: the instance keeps the
// call's arguments as args, and a class's own __init__ runs on it.
func (t *thread) newException(cls *py.Type, args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (py.Object, error) {
	if len(kwpairs) == 0 && len(kwextra) == 0 {
		if t.plainExceptionClass(cls) {
			return cls.New(cls, args, nil) // the built-in path below, its answer cached (exceptions.go)
		}
		if t.classCalls.entry(cls).kind == callExcBare {
			return newExceptionObject(cls, args), nil // the path below's answer (fast_classcall.go)
		}
	}
	init := cls.Lookup("__init__")
	if nf := userMethod(cls, "__new__"); nf != nil {
		return t.newExceptionFromNew(cls, nf, init, args, kwpairs, kwextra)
	}
	userInit, _ := init.(*py.Function)
	if userInit == nil && cls.New != nil && inheritsBuiltinNew(cls) && !isPythonClass(cls) {
		// A built-in exception class: gpython's constructor (and any
		// Go initialiser the project installed) builds it.
		if err := importErrorKeywordsInOrder(cls, kwpairs); err != nil {
			return nil, err
		}
		kw, err := kwDict(cls, kwpairs, kwextra)
		if err != nil {
			return nil, err
		}
		if kw == nil && cls.Init == nil && isBuiltinExceptionNew(cls.New) {
			// pyutil.ExceptionNew copies the arguments it keeps, so it
			// may read them in place.
			return cls.New(cls, args, nil)
		}
		return py.Call(cls, append(py.Tuple(nil), args...), kw)
	}
	e := &py.Exception{Base: cls, Args: append(py.Tuple{}, args...)}
	if cls.IsSubtype(py.SyntaxError) {
		// msg, filename, lineno, ... exist (None) on every instance; a
		// class without an __init__ of its own takes them from args.
		if userInit != nil {
			pyutil.InitSyntaxError(e, nil)
		} else {
			pyutil.InitSyntaxError(e, args)
		}
	}
	if userInit != nil && cls.IsSubtype(py.OSError) {
		// OSError.__new__ leaves args, like the other fields, to
		// OSError.__init__ when the class has an __init__ of its own.
		e.Args = py.Tuple{}
	}
	if userInit != nil {
		r, err := t.callFunction(userInit, e, args, kwpairs, kwextra)
		if err != nil {
			return nil, err
		}
		if r != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", r.Type().Name)
		}
		return e, nil
	}
	if len(kwpairs) > 0 || len(kwextra) > 0 {
		kw, err := kwDict(cls, kwpairs, kwextra)
		if err != nil {
			return nil, err
		}
		if err := exceptionKeywords(e, cls, kw); err != nil {
			return nil, err
		}
		if init == nil || isBaseInit(init) {
			return e, nil
		}
		_, err = callMethodKw(e, init, args, nil)
		return e, err
	}
	if init != nil && !isBaseInit(init) {
		kw, err := kwDict(cls, kwpairs, kwextra)
		if err != nil {
			return nil, err
		}
		if _, err := callMethodKw(e, init, args, kw); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// importErrorKeywordsInOrder refuses the first keyword, in the order the
// call wrote them, that ImportError's own __init__ does not take (name
// and path): the map the constructor gets has lost that order.
func importErrorKeywordsInOrder(cls *py.Type, kwpairs []py.Object) error {
	if !cls.IsSubtype(py.ImportError) {
		return nil
	}
	for i := 0; i+1 < len(kwpairs); i += 2 {
		k, _ := kwpairs[i].(py.String)
		if k != "name" && k != "path" {
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", string(k))
		}
	}
	return nil
}

// isPythonClass reports whether a class was made by a class statement.
func isPythonClass(cls *py.Type) bool {
	_, ok := cls.Dict["__module__"]
	return ok && cls.Flags&py.TPFLAGS_HEAPTYPE != 0
}

func isBaseInit(o py.Object) bool {
	m, ok := o.(*py.Method)
	return ok && m == baseExceptionInit
}

func callMethodKw(self py.Object, m py.Object, args []py.Object, kw py.StringDict) (py.Object, error) {
	switch fn := m.(type) {
	case *py.Function:
		t, acquired := enterThread(fn.Context)
		if acquired {
			defer t.leave()
		}
		return t.callFunction(fn, self, args, nil, kw)
	case *py.Method:
		return fn.CallWithKeywords(methodReceiver(self, fn), append(py.Tuple(nil), args...), kw)
	}
	bound, err := bindSpecial(self, m)
	if err != nil {
		return nil, err
	}
	return Call(bound, append(py.Tuple(nil), args...), kw)
}

// baseExceptionInit is BaseException.__init__: it stores the arguments
// as args, which is what super().__init__(msg) in a subclass relies on.
var baseExceptionInit = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	e, ok := self.(*py.Exception)
	if !ok && len(args) > 0 {
		// Called through the class: ValueError.__init__(self, msg).
		if e, ok = args[0].(*py.Exception); ok {
			args = args[1:]
		} else {
			self = args[0]
		}
	}
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'BaseException' object but received a '%s'", typeName(self))
	}
	if err := exceptionKeywords(e, e.Base, kwargs); err != nil {
		return nil, err
	}
	e.Args = append(py.Tuple{}, args...)
	if e.Base.IsSubtype(py.SyntaxError) {
		pyutil.InitSyntaxError(e, args)
	}
	return py.None, nil
}, 0, "Set up a new instance from the constructor arguments; help(type(self)) shows them.")

// superObject is what super() returns: attribute lookups start after
// thisclass in the MRO of self's class.
type superObject struct {
	thisclass *py.Type
	self      py.Object
	selfType  *py.Type
}

var superType = py.NewTypeX("super", `super([type[, obj_or_type]]) -> super

A proxy that looks attributes up in the classes after type in the MRO of
obj_or_type (an instance of type, or a subclass of it). Inside a method,
super() with no argument uses the enclosing class and the first argument.`, superNew, nil)

func (s *superObject) Type() *py.Type { return superType }

func (s *superObject) M__repr__() (py.Object, error) {
	if s.selfType != nil {
		return py.String("<super: <class '" + shortName(s.thisclass) + "'>, <" + shortName(s.selfType) + " object>>"), nil
	}
	if s.thisclass == nil {
		return py.String("<super: <class 'NULL'>, NULL>"), nil // not yet bound by __init__
	}
	return py.String("<super: <class '" + shortName(s.thisclass) + "'>, NULL>"), nil
}

// M__get__ binds an unbound super object kept as a class attribute
// (C._C__super = super(C)) to the instance it is read from; a bound one
// stays as it is.
func (s *superObject) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None || s.self != nil || s.thisclass == nil {
		return s, nil
	}
	return newSuper(s.thisclass, instance)
}

// superGetSlot is super.__get__(self, obj, type=None), type's slot
// wrapper: an unbound super read from obj is bound to it (an instance of
// a class derived from super by calling that class).
var superGetSlot = &typeSlot{name: "__get__", owner: superType, nargs: -1, keepSelf: true}

func superGet(self py.Object, args py.Tuple) (py.Object, error) {
	obj, owner := args[0], args[1]
	if obj == py.None && owner == py.None {
		return nil, py.ExceptionNewf(py.TypeError, "__get__(None, None) is invalid")
	}
	s, ok := pyutil.Unwrap(self).(*superObject)
	if !ok {
		return nil, wrongReceiver(superType, "__get__", self)
	}
	if obj == py.None || s.self != nil || s.thisclass == nil {
		return self, nil
	}
	if _, plain := self.(*superObject); !plain {
		return Call(self.Type(), py.Tuple{s.thisclass, obj}, nil)
	}
	return newSuper(s.thisclass, obj)
}

func init() {
	superGetSlot.fn = superGet
	superType.Dict["__get__"] = superGetSlot
}

func superNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "super does not take keyword arguments")
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	}
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	cls, ok := isClass(args[0])
	if !ok {
		what := args[0].Type().Name
		if args[0] == py.None {
			what = "None" // getargs' spelling
		}
		return nil, py.ExceptionNewf(py.TypeError, "super() argument 1 must be type, not %s", what)
	}
	if len(args) == 1 || args[1] == py.None { // super(cls, None) is unbound
		return &superObject{thisclass: cls}, nil
	}
	return newSuper(cls, args[1])
}

func newSuper(cls *py.Type, obj py.Object) (py.Object, error) {
	s := &superObject{thisclass: cls, self: obj}
	if t, ok := isClass(obj); ok && t.IsSubtype(cls) {
		s.selfType = t
	} else if ot := obj.Type(); ot.IsSubtype(cls) {
		s.selfType = ot
	} else if c, err := proxyClass(obj); err == nil && c != py.Object(ot) && isSubclassOf(c, cls) {
		// A proxy whose __class__ names a subclass of cls.
		s.selfType, _ = isClass(c)
	} else {
		if err != nil && !py.IsException(py.AttributeError, err) {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return s, nil
}

// proxyClass is obj.__class__ (GetAttr, set by init: GetAttr reaches
// super's own methods).
var proxyClass func(obj py.Object) (py.Object, error)

func init() {
	proxyClass = func(obj py.Object) (py.Object, error) { return GetAttr(obj, "__class__") }
}

// isSubclassOf reports whether c is a class derived from cls.
func isSubclassOf(c py.Object, cls *py.Type) bool {
	t, ok := isClass(c)
	return ok && t.IsSubtype(cls)
}

// zeroArgSuper is super() inside a method: the class comes from the
// __class__ cell the compiler creates, the object from the first
// argument.
func zeroArgSuper(f *frame) (py.Object, error) {
	co := f.c.py
	if co.Argcount == 0 || f.c.nlocals == 0 {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	}
	first := f.fast[0]
	if first == nil && co.Cell2arg != nil {
		for i, a := range co.Cell2arg {
			if a == 0 {
				first = f.fast[f.c.nlocals+i].(*py.Cell).Get()
			}
		}
	}
	if first == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range co.Freevars {
		if name != "__class__" {
			continue
		}
		cell, _ := f.fast[f.c.nlocals+f.c.ncells+i].(*py.Cell)
		if cell == nil {
			break
		}
		cls, ok := isClass(cell.Get())
		if !ok {
			return nil, py.ExceptionNewf(py.RuntimeError, "super(): __class__ is not a type (%s)", orNone(cell.Get()).Type().Name)
		}
		return newSuper(cls, first)
	}
	return nil, py.ExceptionNewf(py.RuntimeError, "super(): __class__ cell not found")
}

// lookupAfter finds name in the Dict of the classes after thisclass in
// the MRO of the bound object's class, as every attribute of super()
// except __class__ is looked up first; nil when none has it or the
// super object is unbound.
func (s *superObject) lookupAfter(name string) py.Object {
	if s.selfType == nil || name == "__class__" {
		return nil
	}
	mro := s.selfType.Mro
	i := 0
	for i < len(mro) && mro[i] != s.thisclass {
		i++
	}
	for i++; i < len(mro); i++ {
		if attr, ok := mro[i].(*py.Type).Dict[name]; ok {
			return attr
		}
	}
	return nil
}

// unboundMethod is the plain Python function super().name finds when
// it is bound to an instance (so that super().name(args) is that
// function called with the instance first), for a caller that can make
// that call without a bound method; nil otherwise.
func (s *superObject) unboundMethod(name string) (*py.Function, py.Object) {
	if s.self == nil || s.self == py.Object(s.selfType) {
		return nil, nil
	}
	fn, _ := s.lookupAfter(name).(*py.Function)
	if fn == nil {
		return nil, nil
	}
	return fn, s.self
}

func (s *superObject) getattr(name string) (py.Object, error) {
	if attr := s.lookupAfter(name); attr != nil {
		if m, ok := attr.(*py.Method); ok {
			if s.self == s.selfType {
				return m, nil
			}
			return py.NewBoundMethod(methodReceiver(s.self, m), m), nil
		}
		if g, ok := attr.(py.I__get__); ok {
			var inst py.Object = s.self
			if s.self == s.selfType {
				inst = py.None
			}
			return g.M__get__(inst, s.selfType)
		}
		if _, ok := pythonClassOf(attr); ok {
			// An instance of a Python class with __get__ (a subclass
			// of classmethod, a descriptor class) binds itself.
			if get, err := GetAttr(attr, "__get__"); err == nil {
				var inst py.Object = s.self
				if s.self == s.selfType {
					inst = py.None
				}
				return Call(get, py.Tuple{inst, s.selfType}, nil)
			}
		}
		if m, ok := attr.(*py.Method); ok && s.self != s.selfType {
			return py.NewBoundMethod(s.self, m), nil
		}
		return attr, nil
	}
	if (name == "__repr__" || name == "__str__") && s.selfType != nil && s.self != s.selfType {
		if slot := s.baseTextSlot(name); slot != nil {
			return py.NewBoundMethod(s.self, slot), nil
		}
	}
	if s.selfType != nil {
		if slot, ok := objectSlot(name); ok {
			if s.self == s.selfType && name != "__init_subclass__" {
				return slot, nil
			}
			return py.NewBoundMethod(s.self, slot), nil
		}
	}
	if t, ok := s.self.(*py.Type); ok && name == "mro" && s.self != py.Object(s.selfType) && s.selfType.IsSubtype(py.TypeType) {
		return mroNamed(t), nil // type.mro bound to the class (type_mro.go)
	}
	switch name {
	case "__thisclass__":
		if s.thisclass == nil {
			return py.None, nil
		}
		return s.thisclass, nil
	case "__self__":
		return orNone(s.self), nil
	case "__self_class__":
		if s.selfType == nil {
			return py.None, nil // unbound
		}
		return s.selfType, nil
	case "__class__":
		return superType, nil
	case "__get__":
		return &boundSlot{self: s, slot: superGetSlot}, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'super' object has no attribute '%s'", name)
}

// baseTextSlot is what super().__repr__ or super().__str__ reaches when
// no class after s.thisclass defines it in its Dict: for a class derived
// from a built-in type, the value's repr, its str where that type has a
// __str__ of its own (the numbers, str, bytes), else object.__str__,
// which is repr(self); nil for object.__repr__. (BaseException's are in
// its Dict: exception_text.go.)
func (s *superObject) baseTextSlot(name string) *slotFunc {
	after := false
	for _, b := range s.selfType.Mro {
		t, _ := b.(*py.Type)
		if t == s.thisclass {
			after = true
			continue
		}
		if !after || !valueBases[t] {
			continue
		}
		switch t {
		case py.IntType, py.FloatType, py.ComplexType, py.StringType, py.BytesType:
			return valueTextSlots[name]
		}
		if name == "__repr__" {
			return valueTextSlots[name]
		}
		if _, own := pyutil.Unwrap(s.self).(pyrepr.OwnStr); own {
			return valueTextSlots[name] // datetime's str
		}
		break
	}
	if name == "__str__" {
		return objectStrSlot
	}
	return nil
}

// objectStrSlot is object.__str__: repr(self).
var objectStrSlot = &slotFunc{name: "__str__", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
	s, err := Repr(args[0])
	return py.String(s), err
}}

// metaclassOf is the metaclass of class t. gpython records a built-in
// subclass's base as its ObjectType (type(Exception) would be
// BaseException), so only a real metaclass there counts.
func metaclassOf(t *py.Type) *py.Type {
	if m := t.Type(); m != nil && m.IsSubtype(py.TypeType) {
		return m
	}
	return py.TypeType
}

// buildClass is builtins.__build_class__(func, name, *bases,
// metaclass=None, **kwds): it runs the class body in a fresh namespace
// and calls the most derived metaclass.
func buildClass(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*py.Function)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: name is not a string")
	}
	bases := append(py.Tuple{}, args[2:]...)
	kw := py.StringDict{}
	for k, v := range kwargs {
		kw[k] = v
	}
	var meta py.Object
	if m, ok := kw["metaclass"]; ok {
		meta = m
		delete(kw, "metaclass")
	}
	if meta == nil {
		meta = py.TypeType
		if len(bases) > 0 {
			if b, ok := isClass(bases[0]); ok {
				meta = metaclassOf(b)
			} else {
				meta = bases[0].Type()
			}
		}
	}
	if m, ok := isClass(meta); ok {
		winner := m
		for _, b := range bases {
			var bm *py.Type
			if bt, ok := isClass(b); ok {
				fixMetatype(bt)
				bm = metaclassOf(bt)
			} else if bm = b.Type(); bm == nil {
				continue
			}
			switch {
			case winner.IsSubtype(bm):
			case bm.IsSubtype(winner):
				winner = bm
			default:
				return nil, py.ExceptionNewf(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
			}
		}
		meta = winner
	}
	ns := py.NewStringDict()
	// The body's names in order, for the class's __dict__ and a
	// metaclass that reads its namespace.
	beginNamespace(ns, nil)
	defer endNamespace(ns)
	var prepared py.Object
	if prep, err := GetAttr(meta, "__prepare__"); err == nil && !isTypePrepare(prep) {
		r, err := py.Call(prep, py.Tuple{name, bases}, kw)
		if err != nil {
			return nil, err
		}
		switch d := r.(type) {
		case py.StringDict:
			ns = d
		case *Dict:
			prepared = d
		default:
			if _, ok := GetAttr(d, "__setitem__"); ok != nil {
				owner := "<metaclass>"
				if m, ok := isClass(meta); ok {
					owner = m.Name
				}
				return nil, py.ExceptionNewf(py.TypeError, "%s.__prepare__() must return a mapping, not %s", owner, r.Type().Name)
			}
			prepared = d
		}
	}
	if prepared != nil {
		seedNamespace(ns, prepared)
	}
	t, acquired := enterThread(body.Context)
	if acquired {
		defer t.leave()
	}
	var stop func()
	if prepared != nil {
		stop = t.forwardBody(ns, prepared)
	}
	cell, err := evalCode(body.Context, body.Code, body.Globals, ns, nil, nil, nil, nil, body.Closure)
	if stop != nil {
		stop()
	}
	if err != nil {
		return nil, err
	}
	if err := publishClassCell(ns, prepared, cell); err != nil {
		return nil, err
	}
	classNS := py.Object(ns)
	if prepared != nil {
		classNS = prepared
	}
	kwpairs := make([]py.Object, 0, 2*len(kw))
	for k, v := range kw {
		kwpairs = append(kwpairs, py.String(k), v)
	}
	cls, err := t.callObject(nil, meta, []py.Object{name, bases, classNS}, kwpairs, nil)
	if err != nil {
		return nil, err
	}
	if err := checkClassCell(cell, cls, name); err != nil {
		return nil, err
	}
	return cls, nil
}

// newClassFromCall is type(name, bases, namespace) called from Python: the
// namespace may be a dict, and the class's __module__ is the caller's
// module, as CPython takes it from the calling frame's globals.
func newClassFromCall(f *frame, args []py.Object) (py.Object, bool, error) {
	var ns py.StringDict
	var order []string
	switch d := args[2].(type) {
	case *Dict:
		var err error
		if ns, order, err = splitNamespace(d); err != nil {
			return nil, true, err
		}
	case py.StringDict:
		ns = d.Copy()
		sideCopy(d, ns)
		order = namespaceKeys(d)
	default:
		return nil, false, nil
	}
	if _, ok := ns["__module__"]; !ok {
		if name, ok := f.globals["__name__"]; ok {
			ns["__module__"] = name
			order = append(order, "__module__")
		}
	}
	beginNamespace(ns, order)
	defer endNamespace(ns)
	r, err := py.TypeType.New(py.TypeType, py.Tuple{args[0], args[1], ns}, nil)
	return r, true, err
}

// typePrepare is type.__prepare__: an empty namespace, whatever the
// arguments. Class creation skips it (its own namespace is the same).
var typePrepare = py.MustNewMethod("__prepare__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return NewDict(0), nil
}, 0, "The namespace a class statement fills: type's is an empty dict.")

func init() {
	py.TypeType.Dict["__prepare__"] = &py.ClassMethod{Callable: typePrepare, Dict: py.StringDict{}}
}

// isTypePrepare reports whether prep is type.__prepare__ (bound to any
// metaclass that does not define its own).
func isTypePrepare(prep py.Object) bool {
	if b, ok := prep.(*boundBuiltin); ok {
		prep = b.bm // type.__prepare__ read from a class
	}
	if bm, ok := prep.(*py.BoundMethod); ok {
		prep = bm.Method
	}
	return prep == typePrepare
}
