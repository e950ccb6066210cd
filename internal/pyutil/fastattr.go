package pyutil

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// Attribute lookup on the hot objects (SSLSocket, SSLObject, MemoryBIO,
// socket) is gpython's py.GetAttrString with two costs removed:
//
//   - GetAttrString first probes the type's MRO for a Python-level
//     __getattribute__, boxing the name into a str and a 1-tuple on every
//     lookup. A type whose Go value implements M__getattribute__ with
//     GetAttr skips the probe.
//   - A bound *py.Method of the (self, args, kwargs) shape allocates an
//     empty kwargs dict on every positional call. Methods made with
//     MustNewMethod are bound instead as a *BuiltinMethod, which passes a
//     nil kwargs through.
//
// GetAttr otherwise follows GetAttrString step by step, so what a script
// sees is the same (TestGetAttrMatchesGpython compares the two).

// KwFunc is the Go shape of a method taking positional and keyword
// arguments.
type KwFunc = func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// kwFuncs maps the *py.Method values made by MustNewMethod to their Go
// function (KwFunc), for binding without gpython's per-call kwargs dict.
// Methods are made at init, lookups happen on every attribute access: a
// sync.Map reads those without a lock.
var kwFuncs sync.Map

// MustNewMethod is py.MustNewMethod, also recording a keyword-taking
// function so that GetAttr can bind it as a *BuiltinMethod. The record
// lasts as long as the process: use it for the methods of Go types made
// at init, not for methods made for one interpreter's objects (their
// closures would keep it alive once closed).
func MustNewMethod(name string, fn any, flags int, doc string) *py.Method {
	m := py.MustNewMethod(name, fn, flags, doc)
	if kf, ok := fn.(KwFunc); ok {
		kwFuncs.Store(m, kf)
	}
	return m
}

func kwFuncOf(m *py.Method) KwFunc {
	if f, ok := kwFuncs.Load(m); ok {
		return f.(KwFunc)
	}
	return nil
}

// BuiltinMethodType is the type of a method bound by GetAttr; it prints
// as CPython's built-in methods do.
var BuiltinMethodType = py.NewType("builtin_function_or_method", "a built-in method bound to its object")

// BuiltinMethod is a Go method bound to its object.
type BuiltinMethod struct {
	Self   py.Object
	Method *py.Method
	fn     KwFunc
}

// Type returns BuiltinMethodType.
func (b *BuiltinMethod) Type() *py.Type { return BuiltinMethodType }

// M__call__ calls the Go function with the arguments as given (kwargs nil
// when there are none).
func (b *BuiltinMethod) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return b.fn(b.Self, args, kwargs)
}

// M__repr__ is CPython's form: <built-in method NAME of TYPE object at ADDR>.
func (b *BuiltinMethod) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<built-in method %s of %s object at %p>", b.Method.Name, b.Self.Type().Name, b.Self)), nil
}

// M__eq__ is true for the same method bound to the same object, as in CPython.
func (b *BuiltinMethod) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*BuiltinMethod)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(o.Method == b.Method && o.Self == b.Self), nil
}

// M__ne__ is the negation of M__eq__ (gpython does not derive it).
func (b *BuiltinMethod) M__ne__(other py.Object) (py.Object, error) {
	eq, err := b.M__eq__(other)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.NewBool(eq != py.True), nil
}

// M__getattr__ gives the attributes CPython's built-in methods have.
func (b *BuiltinMethod) M__getattr__(name string) (py.Object, error) {
	switch name {
	case "__self__":
		return b.Self, nil
	case "__name__":
		return py.String(b.Method.Name), nil
	case "__qualname__":
		return py.String(b.Self.Type().Name + "." + b.Method.Name), nil
	case "__doc__":
		if b.Method.Doc == "" {
			return py.None, nil
		}
		return py.String(b.Method.Doc), nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'builtin_function_or_method' object has no attribute '%s'", name)
}

// GetAttr looks key up on self as py.GetAttrString does once it is past
// the __getattribute__ probe; a type implements M__getattribute__ by
// calling it. A Go type that other Go types embed must not: the promoted
// method would look attributes up on the inner value (socket.Socket,
// embedded by socket subtypes, keeps gpython's path for that reason).
func GetAttr(self py.Object, key string) (py.Object, error) {
	if len(key) >= 5 && strings.HasPrefix(key, "__") && strings.HasSuffix(key, "__") {
		if res, ok, err := specialMethod(self, key); ok {
			return res, err
		}
	}
	if d, ok := self.(py.IGetDict); ok {
		if res, ok := d.GetDict()[key]; ok {
			return res, nil
		}
	}
	t := self.Type()
	if res := t.NativeGetAttrOrNil(key); res != nil {
		if m, ok := res.(*py.Method); ok {
			if fn := kwFuncOf(m); fn != nil {
				return &BuiltinMethod{Self: self, Method: m, fn: fn}, nil
			}
		}
		if g, ok := res.(py.I__get__); ok {
			return g.M__get__(self, t)
		}
		return res, nil
	}
	if g, ok := self.(py.I__getattr__); ok {
		return g.M__getattr__(key)
	}
	if res, ok, err := py.TypeCall1(self, "__getattr__", py.String(key)); ok {
		return res, err
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' has no attribute '%s'", t.Name, key)
}

// specialMethod binds a Go method M<key> of self (a protocol method such
// as M__enter__), as GetAttrString does for __special__ names; ok is false
// when self has none.
func specialMethod(self py.Object, key string) (res py.Object, ok bool, err error) {
	mv := reflect.ValueOf(self).MethodByName("M" + key)
	if !mv.IsValid() {
		return nil, false, nil
	}
	var call any
	switch f := mv.Interface().(type) {
	case func(py.Tuple) (py.Object, error):
		call = func(_ py.Object, args py.Tuple) (py.Object, error) { return f(args) }
	case func(py.Tuple, py.StringDict) (py.Object, error):
		call = func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) { return f(args, kwargs) }
	case func() (py.Object, error):
		call = func(py.Object) (py.Object, error) { return f() }
	case func(py.Object) (py.Object, error):
		call = func(_, other py.Object) (py.Object, error) { return f(other) }
	case func(string) (py.Object, error):
		call = func(_, name py.Object) (py.Object, error) {
			s, err := py.StrAsString(name)
			if err != nil {
				return nil, err
			}
			return f(s)
		}
	case func(py.Object, py.Object) (py.Object, error):
		call = func(_ py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, key, 2, 2, &a, &b); err != nil {
				return nil, err
			}
			return f(a, b)
		}
	case func(py.Object, py.Object, py.Object) (py.Object, error):
		call = func(_ py.Object, args py.Tuple) (py.Object, error) {
			var a, b, c py.Object
			if err := py.UnpackTuple(args, nil, key, 3, 3, &a, &b, &c); err != nil {
				return nil, err
			}
			return f(a, b, c)
		}
	default:
		return nil, true, py.ExceptionNewf(py.SystemError, "unknown bound method type for %q: %T", key, mv.Interface())
	}
	// Like gpython, the method is returned unbound: the closure holds self.
	m, err := py.NewMethod(key, call, 0, "")
	if err != nil {
		return nil, true, err
	}
	return m, true, nil
}
