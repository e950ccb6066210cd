package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// cls(args) run inline, for a class whose instances come from object's
// __new__ and whose __init__ is a Python function.
//
// The general path (callObject, classCall) asks, at every call, whether
// the class is abstract, has a metaclass with __call__, a __new__, a
// built-in value base, and which __init__ it has (an MRO walk and a map
// lookup each), copies the arguments, then runs __init__ in a Go call of
// the loop under callOp's deferred recovery. For the plain class, the
// answers never change between two changes of a class (classEpoch), so
// each thread keeps them per class, and the loop makes the instance and
// runs __init__ as a frame of its own (inlineCall): its RETURN_VALUE
// checks that __init__ returned None and leaves the instance as the
// call's result (initResult). Everything else, and every case where the
// arguments do not bind, takes the general path, which raises CPython's
// errors.

// classCallEntry is a thread's answer for one class: how calling it
// with positional arguments goes (classCallKind), and the __init__
// function the call runs, if any.
type classCallEntry struct {
	cls   *py.Type
	epoch uint64
	kind  classCallKind
	init  *py.Function
}

// classCallKind sorts the classes whose calls take a fast path.
type classCallKind uint8

const (
	callGeneral classCallKind = iota // callObject's general path
	callInit                         // a plain class with a Python __init__
	callBare                         // a plain class with object's __init__
	callExcInit                      // an exception class with a Python __init__
	callExcBare                      // an exception class with BaseException's __init__
)

const classCallCacheSize = 32

type classCallCache [classCallCacheSize]classCallEntry

// entry returns the thread's answer for cls, worked out again after any
// change of a class (classEpoch).
func (cc *classCallCache) entry(cls *py.Type) *classCallEntry {
	h := (uint64(uintptr(unsafe.Pointer(cls))) * 0x9e3779b97f4a7c15) >> (64 - 5)
	e := &cc[h]
	epoch := classEpoch.Load()
	if e.cls == cls && e.epoch == epoch {
		return e
	}
	kind, init := classCallOf(cls)
	*e = classCallEntry{cls: cls, epoch: epoch, kind: kind, init: init}
	return e
}

// plainInit returns cls's __init__ when cls(...) only makes an instance
// and runs that function on it, else nil.
func (cc *classCallCache) plainInit(cls *py.Type) *py.Function {
	if e := cc.entry(cls); e.kind == callInit {
		return e.init
	}
	return nil
}

// classCallOf is entry's look-up: the conditions under which callObject
// would call classCall (or newException, for an exception class) and it
// would do nothing but make the instance and run the __init__ function
// (callInit, callExcInit) or nothing more (callBare, callExcBare).
func classCallOf(cls *py.Type) (classCallKind, *py.Function) {
	if meta := cls.Type(); meta != py.TypeType {
		if meta == nil || meta.Flags&py.TPFLAGS_HEAPTYPE != 0 && userMethod(meta, "__call__") != nil {
			return callGeneral, nil
		}
	}
	if cls.Flags&py.TPFLAGS_HEAPTYPE != 0 && cls.IsSubtype(py.BaseException) {
		return exceptionCallOf(cls)
	}
	if cls == DictType || !isSetUpClass(cls) || checkAbstract(cls) != nil {
		return callGeneral, nil
	}
	if userMethod(cls, "__new__") != nil || valueBaseOf(cls) != nil {
		return callGeneral, nil
	}
	switch init := userMethod(cls, "__init__").(type) {
	case *py.Function:
		return callInit, init
	case nil:
		if !hasGoConstructorBase(cls) {
			return callBare, nil
		}
	}
	return callGeneral, nil
}

// exceptionCallOf is classCallOf for a Python class derived from
// BaseException: newException's path for such a class called with
// positional arguments, when it is the exception object and the
// __init__ function, or the object alone. SyntaxError and OSError
// classes, and classes with a __new__ of their own, keep that path.
func exceptionCallOf(cls *py.Type) (classCallKind, *py.Function) {
	if !isPythonClass(cls) || isSetUpClass(cls) || userMethod(cls, "__new__") != nil || cls.IsSubtype(py.SyntaxError) || cls.IsSubtype(py.OSError) {
		return callGeneral, nil
	}
	switch init := cls.Lookup("__init__").(type) {
	case *py.Function:
		return callExcInit, init
	case nil:
		return callExcBare, nil
	default:
		if isBaseInit(init) {
			return callExcBare, nil
		}
	}
	return callGeneral, nil
}

// newExceptionObject is an exception object of class cls (callExcInit,
// callExcBare) for positional arguments args, before any __init__.
func newExceptionObject(cls *py.Type, args []py.Object) *py.Exception {
	return &py.Exception{Base: cls, Args: append(py.Tuple{}, args...)}
}

// inlineInit starts cls(*args) as an inline frame of __init__ on a new
// instance (see above), the call's nargs arguments above f.stack[base];
// nil when the general path must make the call.
func (t *thread) inlineInit(f *frame, cls *py.Type, base, nargs int) *frame {
	if pyutil.IsInstanceObject(cls) {
		return nil
	}
	e := t.classCalls.entry(cls)
	if e.kind != callInit && e.kind != callExcInit {
		return nil
	}
	init, exc := e.init, e.kind == callExcInit
	newObject := func() py.Object {
		if exc {
			return newExceptionObject(cls, f.stack[base+1:f.sp])
		}
		return allocInstance(cls)
	}
	c := t.decodedOn(init.Code)
	if !t.inlineable(c) || c.argcount == 0 {
		return nil
	}
	if c.ncells != 0 {
		// self may be a cell, made at binding: bind the instance itself,
		// where the binding cannot fail (exactly the positional
		// parameters, bindArgs's first case).
		if nargs+1 != c.argcount || c.flags&(py.CO_VARARGS|py.CO_VARKEYWORDS) != 0 || c.py.Kwonlyargcount != 0 {
			return nil
		}
		inst := newObject()
		nf := t.newFrame(c, init.Globals, nil, init.Context)
		if err := bindArgs(c, nf.fast, inst, f.stack[base+1:f.sp], nil, nil, init.Defaults, init.KwDefaults, init.Closure); err != nil {
			t.release(nf)
			return nil
		}
		nf.initSelf = inst
		return t.pushInline(f, nf, base)
	}
	nf := t.newFrame(c, init.Globals, nil, init.Context)
	if c.plainCall && len(init.Closure) == 0 && nargs+1 == c.argcount {
		for i, a := range f.stack[base+1 : f.sp] {
			nf.fast[i+1] = a
		}
	} else if err := bindArgs(c, nf.fast, py.None, f.stack[base+1:f.sp], nil, nil, init.Defaults, init.KwDefaults, init.Closure); err != nil {
		// The general path raises the error; no instance was made yet
		// (one made here would be finalized without ever being seen).
		t.release(nf)
		return nil
	}
	inst := newObject()
	nf.fast[0] = inst // bound in place of the None above: the first parameter
	nf.initSelf = inst
	return t.pushInline(f, nf, base)
}

// initResult is what the call of a class returns when its inline
// __init__ frame f returned v: the instance, or, when v is not None,
// type.__call__'s TypeError.
func initResult(f *frame, v py.Object) (py.Object, error) {
	if v != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", typeName(v))
	}
	return f.initSelf, nil
}
