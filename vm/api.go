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
	var ctx py.Context
	if f, ok := fn.(*py.Function); ok {
		ctx = f.Context
	}
	var t *thread
	if ctx != nil {
		t = threadOf(ctx)
	} else {
		t = newThread(nil)
	}
	return t.callObject(nil, fn, args, nil, kwargs)
}

// CallKeywords is Call with the keyword arguments in order, as a dict of
// str keys (the order a function's **kwargs sees).
func CallKeywords(fn py.Object, args py.Tuple, kw *Dict) (py.Object, error) {
	var ctx py.Context
	if f, ok := fn.(*py.Function); ok {
		ctx = f.Context
	}
	var t *thread
	if ctx != nil {
		t = threadOf(ctx)
	} else {
		t = newThread(nil)
	}
	var pairs []py.Object
	if kw != nil {
		pairs = make([]py.Object, 0, 2*kw.used)
		kw.Items(func(k, v py.Object) bool {
			pairs = append(pairs, k, v)
			return true
		})
	}
	return t.callObject(nil, fn, args, pairs, nil)
}

// Compare applies a rich comparison (cmp is one of "<", "<=", "==", "!=",
// ">", ">=") with the loop's semantics, including Python classes' special
// methods and tuple/list ordering.
func Compare(a, b py.Object, cmp string) (py.Object, error) {
	op, ok := map[string]int{"<": cmpLT, "<=": cmpLE, "==": cmpEQ, "!=": cmpNE, ">": cmpGT, ">=": cmpGE}[cmp]
	if !ok {
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
