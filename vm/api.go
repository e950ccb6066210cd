package vm

import (
	"github.com/go-python/gpython/py"
)

// Call calls any callable with the loop's semantics: Python functions run
// on the caller's thread, instances of Python classes through __call__
// (gpython's py.Call treats such an instance as a class), and everything
// else through gpython. Builtins implemented in Go use it to call back
// into Python (map, filter, sorted's key, ...).
func Call(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	t, acquired := callerThread(fn)
	if acquired {
		defer t.leave()
	}
	r, err := t.callObject(nil, fn, args, nil, kwargs)
	if !namespaceSafe(fn) {
		// A Go callable handed to Go code the loop calls as quiet (a json
		// hook, a re.sub replacement) answers for itself
		// (namespace_quiet.go).
		namespacesChanged()
	}
	return r, err
}

// callerThread is the thread a call from Go runs on: the calling
// goroutine's in a Python function's context (taking the context's lock
// when the goroutine does not hold it: see enterThread), or a fresh one.
func callerThread(fn py.Object) (*thread, bool) {
	if ctx := contextOf(fn); ctx != nil {
		return enterThread(ctx)
	}
	if t := heldThread(); t != nil {
		// Go code (a builtin, a special method that is not a function)
		// called from Python: its calls nest in the caller's, so that
		// the recursion limit counts them.
		return t, false
	}
	return newThread(nil), false
}

// contextOf finds the context a callable's Python code runs in: a
// function's, a bound method's function's, an instance's __call__'s or a
// class's __init__'s; nil for Go code.
func contextOf(fn py.Object) py.Context {
	switch f := fn.(type) {
	case *py.Function:
		return f.Context
	case *py.BoundMethod:
		return contextOf(f.Method)
	case *py.Type:
		name := "__init__"
		cls := f
		if c, ok := pythonClassOf(f); ok {
			cls, name = c, "__call__"
		}
		if m, ok := cls.Lookup(name).(*py.Function); ok {
			return m.Context
		}
	}
	return nil
}

// CallKeywords is Call with the keyword arguments in order, as a dict of
// str keys (the order a function's **kwargs sees).
func CallKeywords(fn py.Object, args py.Tuple, kw *Dict) (py.Object, error) {
	var pairs []py.Object
	if kw != nil {
		pairs = make([]py.Object, 0, 2*kw.used)
		kw.Items(func(k, v py.Object) bool {
			pairs = append(pairs, k, v)
			return true
		})
	}
	t, acquired := callerThread(fn)
	if acquired {
		defer t.leave()
	}
	return t.callObject(nil, fn, args, pairs, nil)
}

// Compare applies a rich comparison (cmp is one of "<", "<=", "==", "!=",
// ">", ">=") with the loop's semantics, including Python classes' special
// methods and tuple/list ordering.
func Compare(a, b py.Object, cmp string) (py.Object, error) {
	// A switch, not a map literal: the literal was built at every call
	// (min and max compare each item through here).
	var op int
	switch cmp {
	case "<":
		op = cmpLT
	case "<=":
		op = cmpLE
	case "==":
		op = cmpEQ
	case "!=":
		op = cmpNE
	case ">":
		op = cmpGT
	case ">=":
		op = cmpGE
	default:
		return nil, py.ExceptionNewf(py.SystemError, "vm.Compare: bad operator %q", cmp)
	}
	return compareOp(op, a, b)
}

// Less reports a < b as a Go bool (sorting).
func Less(a, b py.Object) (bool, error) {
	r, err := compareOp(cmpLT, a, b)
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// Binary operators of the loop for builtins and types implemented in Go
// (modules/host), so that they compute exactly as the loop does.

// Add is a + b (BINARY_ADD: bytes and tuple concatenation, Python classes'
// __add__ and __radd__, CPython's error messages); sum() uses it.
func Add(a, b py.Object) (py.Object, error) {
	return binaryOp(opBINARY_ADD, a, b)
}

// Mod is a % b (BINARY_MODULO: printf-style formatting of bytes included);
// bytearray's % formats through it.
func Mod(a, b py.Object) (py.Object, error) {
	return binaryOp(opBINARY_MODULO, a, b)
}
