package vm

import (
	"reflect"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Go builtins called straight from the stack.
//
// py.Method.Call takes the arguments as a tuple and, for a Go function of
// the (self, args, kwargs) shape, makes a new empty dict for kwargs on
// every call; a Go function may keep the tuple it is given, so the loop
// used to copy the arguments off its stack into a new one for every call.
// callGoStack calls the Go function itself, by its shape:
//
//	func(self)             no arguments: nothing is made;
//	func(self, arg)        one argument: the stack slot is passed, no tuple;
//	func(self, args)       a tuple: a copy of the stack's arguments, or a
//	func(self, args, kw)   view of the stack itself when the method carries
//	                       ArgsBorrowed; kwargs is nil (a nil StringDict
//	                       reads as an empty one, and no Go method in gpython
//	                       or this project writes into the kwargs it is
//	                       given: pyutil.BuiltinMethod passes nil the same
//	                       way).
//
// A call with the wrong number of arguments for its shape, and anything
// the shortcut does not know, goes through Method.Call, with its errors.

// ArgsBorrowed is a py.Method flag (set in Flags, beside py.METH_CLASS and
// py.METH_STATIC) by which a Go function of the (self, args) or
// (self, args, kwargs) shape promises to read its args tuple only while
// it runs: it keeps neither the tuple nor a slice of it once it returns
// (it may keep the items). The loop then passes a view of its value stack
// instead of a copy, and the call allocates nothing for its arguments.
// The view's capacity is its length, so an append makes a copy.
const ArgsBorrowed = 1 << 20

// methodFuncOffset is the offset of py.Method's Go function (an
// unexported interface field of the pinned gpython), or 0 if the field is
// not found, which turns the shortcut off.
var methodFuncOffset = func() uintptr {
	f, ok := reflect.TypeOf(py.Method{}).FieldByName("method")
	if !ok || f.Type.Kind() != reflect.Interface || f.Offset == 0 {
		return 0
	}
	return f.Offset
}()

// goFunc is m's Go function, or nil when the shortcut is off.
func goFunc(m *py.Method) any {
	if methodFuncOffset == 0 {
		return nil
	}
	return *(*any)(unsafe.Add(unsafe.Pointer(m), methodFuncOffset))
}

// callGo is m.Call(self, args) without the per-call kwargs dict; args is
// the callee's own.
func callGo(m *py.Method, self py.Object, args py.Tuple) (py.Object, error) {
	return callGoStack(m, self, args, true)
}

// callGoStack calls Go method m on self with args, which may be a view of
// the loop's value stack (owned false): the callee gets its own copy
// unless its shape or its ArgsBorrowed flag makes one needless.
func callGoStack(m *py.Method, self py.Object, args []py.Object, owned bool) (py.Object, error) {
	switch fn := goFunc(m).(type) {
	case func(py.Object, py.Object) (py.Object, error):
		if len(args) == 1 {
			return fn(self, args[0])
		}
		// CPython's wording for its one-argument (METH_O) functions;
		// gpython's reads "exactly 1 argument".
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", m.Name, len(args))
	case func(py.Object) (py.Object, error):
		if len(args) == 0 {
			return fn(self)
		}
	case func(py.Object, py.Tuple) (py.Object, error):
		return fn(self, argTuple(m, args, owned))
	case func(py.Object, py.Tuple, py.StringDict) (py.Object, error):
		return fn(self, argTuple(m, args, owned), nil)
	}
	return m.Call(self, argTuple(m, args, owned))
}

// argTuple is the args tuple a Go function receives: args itself when it
// is the callee's or the callee only borrows it, else a copy.
func argTuple(m *py.Method, args []py.Object, owned bool) py.Tuple {
	n := len(args)
	if owned || n == 0 || m.Flags&ArgsBorrowed != 0 {
		return py.Tuple(args[:n:n])
	}
	return append(make(py.Tuple, 0, n), args...)
}

// Calls of a module's Go function (len, abs, isinstance, a Go module's
// functions) by CALL_FUNCTION. callOp works out, per call, that the callee
// is a Go function taking the module as self, that it is not dir()
// (which reads the caller's frame), and whether it may change a
// namespace behind the global cache's back (namespaceSafe, which compares
// names). A *py.Method never changes after it is made, so each thread
// keeps those answers per method in a small direct-mapped table. The entry
// holds the method, so its address is not reused while cached.

const (
	moduleCallBits = 6
	moduleCallSize = 1 << moduleCallBits
)

type moduleCallEntry struct {
	m    *py.Method
	fast bool // a Go function of a module, not dir
	safe bool // namespaceSafe(m)
	len  bool // builtins.len: answered here for the common sequences
}

type moduleCallCache [moduleCallSize]moduleCallEntry

// moduleCall makes the CALL_FUNCTION of nargs positional arguments whose
// callee (at stack[f.sp-nargs-1]) is a module's Go function, as callOp
// would; it reports false, with the stack untouched, for any other callee
// or when a trace or profile function is set, and callOp makes the call.
func (t *thread) moduleCall(f *frame, nargs int) (bool, error) {
	base := f.sp - nargs - 1
	m, ok := f.stack[base].(*py.Method)
	if !ok || m.Module == nil || t.tr != nil {
		return false, nil
	}
	h := (uint64(uintptr(unsafe.Pointer(m))) * 0x9e3779b97f4a7c15) >> (64 - moduleCallBits)
	e := &t.modCalls[h]
	if e.m != m {
		*e = moduleCallEntry{
			m:    m,
			fast: m.Internal() == py.InternalMethodNone && !isDirBuiltin(m),
			safe: namespaceSafe(m),
			len:  isBuiltinLen(m),
		}
	}
	if !e.fast {
		return false, nil
	}
	if e.len && nargs == 1 {
		// builtins.len of a list, tuple, bytes or str: what the
		// function answers, without its call.
		if n, ok := seqLen(f.stack[base+1]); ok {
			f.stack[base+1] = nil
			f.stack[base] = t.boxIntOn(py.Int(n))
			f.sp = base + 1
			return true, nil
		}
	}
	return true, t.callModuleGo(f, base, m, e.safe)
}

// isBuiltinLen reports whether module function m is builtins.len.
func isBuiltinLen(m *py.Method) bool {
	return m.Name == "len" && m.Module.ModuleImpl != nil && m.Module.ModuleImpl.Info.Name == "builtins"
}

// seqLen is what builtins.len answers for a list, tuple, bytes or str;
// false for any other object.
func seqLen(o py.Object) (int, bool) {
	switch v := o.(type) {
	case *py.List:
		return len(v.Items), true
	case py.Tuple:
		return len(v), true
	case py.Bytes:
		return len(v), true
	case py.String:
		return StrLen(string(v)), true
	}
	return 0, false
}

// callModuleGo calls m with the module as self and the arguments above
// stack[base], then leaves the result in stack[base]: callOp's work for
// such a callee, its recovery from a Go panic included.
func (t *thread) callModuleGo(f *frame, base int, m *py.Method, safe bool) (err error) {
	returned := false
	defer func() {
		// A Go builtin that panics raises SystemError here, where the
		// script's except clauses can catch it. recover runs only when
		// the call did not return: it costs more than the flag.
		if returned {
			return
		}
		if r := recover(); r != nil {
			f.unwindTo(base)
			namespacesChanged()
			err = py.ExceptionNewf(py.SystemError, "internal error in the interpreter: %v", r)
		}
	}()
	res, err := callGoStack(m, py.Object(m.Module), f.stack[base+1:f.sp], false)
	returned = true
	f.unwindTo(base)
	if !safe {
		namespacesChanged() // global_cache.go
	}
	if err != nil {
		return err
	}
	f.push(res)
	return nil
}
