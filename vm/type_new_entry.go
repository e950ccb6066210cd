package vm

import (
	"reflect"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// A built-in type's own __new__, as CPython 3.6 shows it in the type's
// namespace: a built-in method bound to the type (its tp_new wrapper),
// <built-in method __new__ of type object at 0x...>, which takes the
// class to make an instance of first: range.__new__(range, 3),
// int.__new__(I, 5) for a class I derived from int.

// typeNewMethods records the Go methods behind those entries, by method:
// *py.Method -> the type whose __new__ it is.
var typeNewMethods sync.Map

// typeNewEntry returns the __new__ entry of t's namespace: fn gets the
// call's arguments, the class first.
func typeNewEntry(t *py.Type, fn func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) py.Object {
	m := py.MustNewMethod("__new__", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return fn(args, kwargs)
	}, 0, "T.__new__(T, ...) makes a new instance of T (a subtype of the class that owns it); __init__ sets it up.")
	typeNewMethods.Store(m, t)
	return newBoundBuiltin(t, py.NewBoundMethod(t, m))
}

// isTypeNewEntry reports whether o is a built-in type's own __new__
// (typeNewEntry): what a class inherits when no class written in Python
// along its MRO defines __new__.
func isTypeNewEntry(o py.Object) bool {
	b, ok := o.(*boundBuiltin)
	if !ok {
		return false
	}
	m, ok := b.bm.Method.(*py.Method)
	if !ok {
		return false
	}
	_, ok = typeNewMethods.Load(m)
	return ok
}

// inheritsBuiltinNew reports whether cls's __new__ is none or a built-in
// type's own, not one a class defines in Python.
func inheritsBuiltinNew(cls *py.Type) bool {
	n := cls.Lookup("__new__")
	return n == nil || isTypeNewEntry(n)
}

// newTargetClass checks the class t.__new__ was given as its first
// argument, as 3.6's tp_new wrapper does: a type, a subtype of t, and one
// whose nearest built-in base makes its instances with t's __new__ (a
// class derived from int, not bool: int.__new__(bool) is not safe).
func newTargetClass(t *py.Type, args py.Tuple) (*py.Type, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(): not enough arguments", tpName(t))
	}
	cls, ok := pyutil.IsClass(args[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(X): X is not a type object (%s)", tpName(t), typeName(args[0]))
	}
	if !cls.IsSubtype(t) {
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(%s): %s is not a subtype of %s", tpName(t), tpName(cls), tpName(cls), tpName(t))
	}
	if cls != t && cls.Flags&py.TPFLAGS_HEAPTYPE == 0 && !sameNewFunc(cls, t) && !inheritedExceptionNew(t, cls) {
		// A built-in subtype makes its own values (int.__new__(bool)).
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", tpName(t), tpName(cls), tpName(cls))
	}
	return cls, nil
}

// inheritedExceptionNew reports whether cls, an exception class a Go
// module defines (ssl.SSLError, json.JSONDecodeError: heap types in 3.6),
// takes t's __new__, having none of its own in its namespace.
func inheritedExceptionNew(t, cls *py.Type) bool {
	if !t.IsSubtype(py.BaseException) || !cls.IsSubtype(py.BaseException) {
		return false
	}
	_, own := cls.Dict["__new__"]
	return !own
}

// sameNewFunc reports whether the built-in types a and b make their
// instances with the same Go function (the exception classes share one).
func sameNewFunc(a, b *py.Type) bool {
	return a.New != nil && b.New != nil && reflect.ValueOf(a.New).Pointer() == reflect.ValueOf(b.New).Pointer()
}

// installOwnNews gives the built-in types that classes cannot derive
// from, and the built-in exceptions, their own __new__ (range.__new__,
// type(None).__new__, BaseException.__new__, ...), which make what
// calling the type makes.
func installOwnNews() {
	for _, t := range []*py.Type{py.RangeType, py.NoneTypeType, py.FunctionType, py.BoolType, py.SliceType, notImplementedType, py.EllipsisTypeType} {
		if _, ok := t.Dict["__new__"]; ok {
			continue
		}
		t := t
		t.Dict["__new__"] = typeNewEntry(t, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if _, err := newTargetClass(t, args); err != nil {
				return nil, err
			}
			// No class derives from these (bool's subclasses are
			// refused), so the class is t: what calling it makes.
			return Call(t, args[1:], kwargs)
		})
	}
	objectNew := objectSlots["__new__"]
	for _, t := range builtinExceptionTypes() {
		if _, ok := t.Dict["__new__"]; ok {
			continue
		}
		t := t
		t.Dict["__new__"] = typeNewEntry(t, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if _, err := newTargetClass(t, args); err != nil {
				return nil, err
			}
			// object's __new__ makes exceptions as BaseException's does
			return objectNew.fn(args, kwargs)
		})
	}
}

// inheritedNewExceptions are the built-in exceptions that CPython 3.6
// declares without a __new__ of their own (as it does OSError's
// subclasses): they show their base's.
var inheritedNewExceptions = map[string]bool{
	"ImportError": true, "ModuleNotFoundError": true, "SyntaxError": true,
	"IndentationError": true, "TabError": true, "KeyError": true,
	"StopIteration": true, "SystemExit": true,
}

// builtinExceptionTypes are the exception classes of the builtins module
// that show a __new__ of their own.
func builtinExceptionTypes() []*py.Type {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		return nil
	}
	var out []*py.Type
	for _, v := range impl.Globals {
		t, ok := v.(*py.Type)
		if !ok || t.Flags&py.TPFLAGS_HEAPTYPE != 0 || !t.IsSubtype(py.BaseException) {
			continue
		}
		if (t != py.OSError && t.IsSubtype(py.OSError)) || inheritedNewExceptions[t.Name] {
			continue
		}
		out = append(out, t)
	}
	return out
}
