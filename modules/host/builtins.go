package host

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// isInstanceObject reports whether t, a *py.Type, is an instance of a
// Python class rather than a class: gpython represents both as *py.Type,
// and only classes have a name or an MRO.
func isInstanceObject(t *py.Type) bool { return pyutil.IsInstanceObject(t) }

// exceptionStr is CPython's BaseException.__str__: "" without arguments,
// str(arg) for one, str(args) for several. KeyError shows its one
// argument's repr. gpython's own indexes args[0] (a Go panic without
// arguments) and returns a non-str argument as is.
func exceptionStr(e *py.Exception) (py.String, error) {
	s, err := pyrepr.Str(e)
	return py.String(s), err
}

// strOf is str(o) with CPython's text for built-in values (pyrepr.Str),
// the result checked to be str.
func strOf(o py.Object) (py.String, error) {
	s, err := pyrepr.Str(o)
	return py.String(s), err
}

// objectBool is the truth test of bool(x): the loop's (vm.Truth), which
// knows bytes and Python classes' __bool__ and __len__.
func objectBool(o py.Object) (bool, error) { return vm.Truth(o) }

// isSubtype is issubclass for types, plus bool < int, which gpython's type
// graph does not record.
func isSubtype(a, b *py.Type) bool {
	// gpython's big ints are a type of their own; CPython's are int.
	if a == py.BigIntType {
		a = py.IntType
	}
	if b == py.BigIntType {
		b = py.IntType
	}
	if a.IsSubtype(b) {
		return true
	}
	return a == py.BoolType && b == py.IntType
}

// isClass reports whether o is a class. gpython's own isinstance asks
// o.Type().ObjectType == type, which rejects the exception classes (their
// ObjectType is their parent), so isinstance(e, OSError) raised TypeError.
func isClass(o py.Object) (*py.Type, bool) { return pyutil.IsClass(o) }

// isinstance is gpython's isinstance (same tuple handling) with
// subclasses honoured through the MRO.
func isinstance(obj, classOrTuple py.Object) (bool, error) {
	if tup, ok := classOrTuple.(py.Tuple); ok {
		return anyOf(tup, " in __instancecheck__", func(c py.Object) (bool, error) {
			return isinstance(obj, c)
		})
	}
	cls, ok := isClass(classOrTuple)
	if !ok {
		if hook := instanceHook(classOrTuple, "__instancecheck__"); hook != nil {
			return callHook(hook, classOrTuple, obj)
		}
		// an object with a __bases__ tuple stands for a class
		return vm.IsInstanceClassLike(obj, classOrTuple)
	}
	if obj.Type() == cls {
		return true, nil
	}
	if hook := metaclassHook(cls, "__instancecheck__"); hook != nil {
		return callHook(hook, cls, obj)
	}
	if isSubtype(obj.Type(), cls) {
		return true, nil
	}
	// As CPython's isinstance: obj.__class__, which a property may answer
	// with another class (or an error, which propagates), counts when it
	// differs from type(obj) (only an instance of a Python class can make
	// it differ, or a module whose __class__ was set).
	if t, ok := obj.(*py.Type); ok && isInstanceObject(t) || isModule(obj) {
		ct, err := vm.InstanceClassAttr(obj)
		if err != nil || ct == nil {
			return false, err
		}
		return isSubtype(ct, cls), nil
	}
	return false, nil
}

func isModule(o py.Object) bool {
	_, ok := o.(*py.Module)
	return ok
}

// anyOf is check over a tuple of classes: true at the first member that
// matches; an error stops the walk. A nested tuple counts one level of
// recursion, so that a deeply nested one ends in RecursionError.
func anyOf(tup py.Tuple, where string, check func(py.Object) (bool, error)) (bool, error) {
	for _, c := range tup {
		var res bool
		var err error
		if _, nested := c.(py.Tuple); nested {
			res, err = vm.WithNesting(where, func() (bool, error) { return check(c) })
		} else {
			res, err = check(c)
		}
		if err != nil || res {
			return res, err
		}
	}
	return false, nil
}

// metaclassHook finds name (__instancecheck__, __subclasscheck__) in the
// Python classes of cls's metaclass, as isinstance and issubclass consult
// it (abc.ABCMeta defines both).
func metaclassHook(cls *py.Type, name string) py.Object {
	meta := cls.Type()
	if meta == nil {
		return nil
	}
	for _, b := range meta.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return nil
		}
		if m, ok := bt.Dict[name]; ok {
			return m
		}
	}
	return nil
}

// instanceHook finds name in the class of o, an object that is not a
// class (typing's Union[int, str], Any): isinstance and issubclass ask its
// __instancecheck__ / __subclasscheck__, as CPython asks any object's
// type.
func instanceHook(o py.Object, name string) py.Object {
	if t, ok := o.(*py.Type); ok && isInstanceObject(t) {
		return metaclassHook(t, name)
	}
	return nil
}

// callHook calls a metaclass's check method on cls and the argument.
func callHook(hook py.Object, cls py.Object, arg py.Object) (bool, error) {
	// bound through its descriptor protocol (a function, a classmethod,
	// a Python descriptor), as CPython binds special methods
	r, err := vm.CallSpecialMethod(cls, hook, arg)
	if err != nil {
		return false, err
	}
	return vm.Truth(r)
}

func builtinIsinstance(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var obj, classOrTuple py.Object
	if err := py.UnpackTuple(args, nil, "isinstance", 2, 2, &obj, &classOrTuple); err != nil {
		return nil, err
	}
	ok, err := isinstance(obj, classOrTuple)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

func issubclass(derived py.Object, classOrTuple py.Object) (bool, error) {
	if tup, ok := classOrTuple.(py.Tuple); ok {
		return anyOf(tup, " in __subclasscheck__", func(c py.Object) (bool, error) {
			return issubclass(derived, c)
		})
	}
	base, ok := isClass(classOrTuple)
	if !ok {
		if hook := instanceHook(classOrTuple, "__subclasscheck__"); hook != nil {
			return callHook(hook, classOrTuple, derived)
		}
		return vm.IsSubclassClassLike(derived, classOrTuple)
	}
	if hook := metaclassHook(base, "__subclasscheck__"); hook != nil {
		return callHook(hook, base, derived)
	}
	cls, ok := isClass(derived)
	if !ok {
		// an object with a __bases__ tuple stands for a class
		return vm.IsSubclassClassLike(derived, base)
	}
	return isSubtype(cls, base), nil
}

func builtinIssubclass(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var clsObj, classOrTuple py.Object
	if err := py.UnpackTuple(args, nil, "issubclass", 2, 2, &clsObj, &classOrTuple); err != nil {
		return nil, err
	}
	r, err := issubclass(clsObj, classOrTuple)
	if err != nil {
		return nil, err
	}
	return py.NewBool(r), nil
}

func builtinCallable(self, obj py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	return py.NewBool(pyutil.IsCallable(obj)), nil
}

func builtinLen(self, obj py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	switch v := obj.(type) {
	case py.Bytes:
		return py.Int(len(v)), nil
	case py.String:
		return py.Int(vm.StrLen(string(v))), nil
	case *py.List:
		return py.Int(len(v.Items)), nil
	case py.Tuple:
		return py.Int(len(v)), nil
	}
	if n, ok, err := vm.Len(obj); ok {
		return n, err
	}
	return py.Len(obj)
}

func builtinFormat(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := pyarg.ArgCount36("format", args, 1, 2); err != nil {
		return nil, err
	}
	value, spec := args[0], py.Object(py.String(""))
	if len(args) == 2 {
		spec = args[1]
	}
	s, ok := pyutil.Unwrap(spec).(py.String) // a str subclass's text too
	if !ok {
		return nil, pyutil.TypeErrorf("format() argument 2 must be str, not %s", argTypeName(spec))
	}
	out, err := formatValue(value, string(s))
	if err != nil {
		return nil, err
	}
	return py.String(out), nil
}

// wrapPrint returns print with every argument rendered by strOf first
// (CPython's text for built-in values, exceptions included); the rest is
// gpython's own print.
func wrapPrint(orig *py.Method) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		fixed := make(py.Tuple, len(args))
		for i, a := range args {
			s, err := strOf(a)
			if err != nil {
				return nil, err
			}
			fixed[i] = s
		}
		kwargs, err = printKeywords(kwargs)
		if err != nil {
			return nil, err
		}
		if f, ok := kwargs["file"]; !ok || f == py.None {
			// sys.stdout None (a process without one): print does nothing
			if mod, ok := self.(*py.Module); ok && mod.Context != nil {
				if sys, err := mod.Context.GetModule("sys"); err == nil && sys.Globals["stdout"] == py.None {
					return py.None, nil
				}
			}
		}
		if _, ok := kwargs["flush"]; !ok {
			// gpython's print takes a missing flush as true; the
			// streams keep their text unless asked (stdbuffer.go)
			kw := make(py.StringDict, len(kwargs)+1)
			for k, v := range kwargs {
				kw[k] = v
			}
			kw["flush"] = py.False
			kwargs = kw
		}
		return orig.CallWithKeywords(self, fixed, kwargs)
	}
}

// printKeywords checks print()'s keywords as CPython 3.6 does and returns
// them without those that mean the default: sep=None, end=None, file=None
// (sys.stdout).
func printKeywords(kwargs py.StringDict) (py.StringDict, error) {
	if len(kwargs) == 0 {
		return kwargs, nil
	}
	a, err := pyarg.Parse36("print", nil, kwargs, []string{"sep", "end", "file", "flush"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	for i, name := range []string{"sep", "end"} {
		if pyarg.Given(a[i]) {
			if _, ok := a[i].(py.String); !ok {
				return nil, pyutil.TypeErrorf("%s must be None or a string, not %s", name, pyutil.TypeName(a[i]))
			}
		}
	}
	if pyarg.Given(a[2]) {
		if _, err := vm.GetAttr(a[2], "write"); err != nil {
			return nil, err
		}
	}
	kw := make(py.StringDict, len(kwargs))
	for k, v := range kwargs {
		if v != py.None || k == "flush" {
			kw[k] = v
		}
	}
	return kw, nil
}

// wrapStrNew extends str(): str(x) as CPython renders built-in values and
// exceptions (strOf), and
// str(bytes_like, encoding[, errors]) decoding. Everything else is
// gpython's own constructor.
func wrapStrNew(orig py.NewFunc) py.NewFunc {
	return func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if metatype != py.StringType {
			return orig(metatype, args, kwargs)
		}
		if len(args) == 1 && len(kwargs) == 0 {
			return pyrepr.StrObject(args[0]) // a __str__'s str subclass instance as is
		}
		a, err := textCtorArgs("str", args, kwargs)
		if err != nil {
			return nil, err
		}
		if a[1] != nil || a[2] != nil {
			if a[0] == nil {
				return py.String(""), nil
			}
			b, err := pyutil.BytesLike(a[0])
			if err != nil {
				if _, isStr := a[0].(py.String); isStr {
					return nil, pyutil.TypeErrorf("decoding str is not supported")
				}
				return nil, pyutil.TypeErrorf("decoding to str: need a bytes-like object, %s found", pyutil.TypeName(a[0]))
			}
			c, h, err := codecArgs("str", a[1], a[2])
			if err != nil {
				return nil, err
			}
			return decode(b, c, h)
		}
		if a[0] != nil {
			return pyrepr.StrObject(a[0])
		}
		return orig(metatype, args, kwargs)
	}
}

// wrapBytesNew extends bytes(): any codec for bytes(str, encoding[,
// errors]), __bytes__, bytes(n), buffers and iterables of ints (through
// the loop's iteration). Only bytes() without a source is gpython's own.
func wrapBytesNew(orig py.NewFunc) py.NewFunc {
	return func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if metatype != py.BytesType {
			return orig(metatype, args, kwargs)
		}
		a, err := textCtorArgs("bytes", args, kwargs)
		if err != nil {
			return nil, err
		}
		if a[0] == nil {
			if a[1] != nil || a[2] != nil {
				return nil, pyutil.TypeErrorf("encoding or errors without sequence argument")
			}
			return orig(metatype, nil, nil)
		}
		if v, ok := a[0].(py.String); ok {
			if a[1] == nil {
				return nil, pyutil.TypeErrorf("string argument without an encoding")
			}
			c, h, err := codecArgs("bytes", a[1], a[2])
			if err != nil {
				return nil, err
			}
			return encode(string(v), c, h)
		}
		if v, ok := pyutil.Unwrap(a[0]).(py.String); ok && (a[1] != nil || a[2] != nil) {
			// a str subclass with an encoding is encoded, whatever its __bytes__
			if a[1] == nil {
				return nil, pyutil.TypeErrorf("string argument without an encoding")
			}
			c, h, err := codecArgs("bytes", a[1], a[2])
			if err != nil {
				return nil, err
			}
			return encode(string(v), c, h)
		}
		if a[1] != nil {
			return nil, pyutil.TypeErrorf("encoding without a string argument")
		}
		if a[2] != nil {
			return nil, pyutil.TypeErrorf("errors without a string argument")
		}
		if r, found, err := callSpecial(a[0], "__bytes__"); found {
			if err != nil {
				return nil, err
			}
			if _, ok := pyutil.Unwrap(r).(py.Bytes); !ok {
				return nil, pyutil.TypeErrorf("__bytes__ returned non-bytes (type %s)", pyutil.TypeName(r))
			}
			return r, nil
		}
		b, err := bytesFromSource(a[0])
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	}
}

// boolNew makes bool(x) work; gpython's bool type has no constructor.
func boolNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if args, _, err = oneArgX("bool", args, kwargs); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return py.False, nil
	}
	b, err := objectBool(args[0])
	if err != nil {
		return nil, err
	}
	return py.NewBool(b), nil
}

// installBuiltins replaces and adds builtins in gpython's "builtins" module
// implementation; every context made afterwards copies them.
func installBuiltins() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("host: gpython's builtins module is not registered")
	}
	// len and isinstance replace gpython's (same behaviour, more types;
	// iterbuiltins.go replaces the builtins that consume iterables);
	// the others are added only where gpython has none.
	replace := map[string]*py.Method{
		"len":        py.MustNewMethod("len", builtinLen, 0, "len(obj) -> int\n\nHow many items obj holds."),
		"isinstance": py.MustNewMethod("isinstance", builtinIsinstance, 0, "isinstance(obj, cls_or_tuple) -> bool\n\nTrue when obj's class is cls or derives from it; a tuple of classes\nmatches when any member does."),
	}
	missing := []*py.Method{
		py.MustNewMethod("issubclass", builtinIssubclass, 0, "issubclass(cls, cls_or_tuple) -> bool\n\nTrue when cls is the given class or derives from it; a tuple of classes\nmatches when any member does."),
		py.MustNewMethod("callable", builtinCallable, 0, "Return whether the object is callable."),
		py.MustNewMethod("format", builtinFormat, 0, "Return value.__format__(format_spec)."),
	}
	have := map[string]bool{}
	for i, m := range impl.Methods {
		have[m.Name] = true
		if r, ok := replace[m.Name]; ok {
			impl.Methods[i] = r
		} else if m.Name == "abs" && strings.HasPrefix(m.Doc, "\"") {
			// gpython's abs docstring opens with a stray quote.
			m.Doc = m.Doc[1:]
		} else if m.Name == "print" {
			impl.Methods[i] = py.MustNewMethod("print", wrapPrint(m), 0, m.Doc)
		}
	}
	for _, m := range missing {
		if !have[m.Name] {
			impl.Methods = append(impl.Methods, m)
		}
	}
	if _, ok := impl.Globals["bytearray"]; !ok {
		impl.Globals["bytearray"] = ByteArrayType
	}
	for i, m := range impl.Methods {
		if unpackTupleBuiltins[m.Name] && m.Internal() == py.InternalMethodNone {
			impl.Methods[i] = withUnpackTupleErrors(m)
		}
	}
	py.StringType.New = wrapStrNew(py.StringType.New)
	py.BytesType.New = wrapBytesNew(py.BytesType.New)
	if py.BoolType.New == nil {
		py.BoolType.New = boolNew
	}
	py.StaticMethodType.New = wrapDescriptorNew("staticmethod", py.StaticMethodType.New)
	py.ClassMethodType.New = wrapDescriptorNew("classmethod", py.ClassMethodType.New)
}

// wrapDescriptorNew gives staticmethod() and classmethod() CPython 3.6's
// argument errors: the count first ("staticmethod expected 1 arguments,
// got 0"), then "classmethod does not take keyword arguments".
func wrapDescriptorNew(fn string, orig py.NewFunc) py.NewFunc {
	return func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := pyarg.UnpackCount(fn, args, 1, 1); err != nil {
			return nil, err
		}
		if len(kwargs) != 0 {
			return nil, pyutil.TypeErrorf("%s does not take keyword arguments", fn)
		}
		return orig(metatype, args, kwargs)
	}
}
