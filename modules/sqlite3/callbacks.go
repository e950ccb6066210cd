package sqlite3

/*
#include "shim.h"
*/
import "C"

import (
	"os"
	"runtime/cgo"
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Python callables registered with sqlite are reached through a
// cgo.Handle of a *callback: sqlite stores the handle as its user-data
// pointer and hands it to the exported functions below. Functions and
// collations are freed by sqlite's destructor call (gosqDestroy); the
// hooks by Database.setHook and dbCore.close. sqlite runs every callback
// on the goroutine that called into it, which holds the interpreter lock.

// callback is one registered Python callable.
type callback struct {
	fn   py.Object
	core *dbCore // the handle whose pending error a callback may set
}

// setPending records err as the exception the running sqlite3_step
// raises once it returns, where CPython 3.6 lets a callback's exception
// escape (a collation's, an aggregate without step). The first one wins.
func (cb *callback) setPending(err error) {
	if cb.core != nil && cb.core.pending == nil {
		cb.core.pending = err
	}
}

// callbackTracebacks is enable_callback_tracebacks's flag: whether an
// exception a callback swallows is printed to stderr.
var callbackTracebacks atomic.Bool

// report prints a swallowed callback exception when tracebacks are on.
func report(err error) {
	if err != nil && callbackTracebacks.Load() {
		pyutil.PrintTraceback(os.Stderr, err)
	}
}

// callbackOf is the callback behind a handle value, nil when the handle
// is gone: a hook's handle is freed by close while a step on another
// thread may still run (the handle then lives on as a zombie until that
// step ends).
func callbackOf(h C.uintptr_t) (cb *callback) {
	defer func() {
		if recover() != nil {
			cb = nil
		}
	}()
	cb, _ = cgo.Handle(h).Value().(*callback)
	return cb
}

// call runs fn(args...), turning a Go panic into an error: a panic must
// not unwind through sqlite's C frames.
func call(fn py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	return py.Call(fn, args, nil)
}

func resultError(ctx *C.sqlite3_context, msg string) {
	cmsg := C.CString(msg)
	defer C.free(unsafe.Pointer(cmsg))
	C.sqlite3_result_error(ctx, cmsg, -1)
}

//export gosqFunc
func gosqFunc(ctx *C.sqlite3_context, n C.int, argv **C.sqlite3_value) {
	defer withPython()()
	const msg = "user-defined function raised exception"
	cb := callbackOf(C.gosq_user_handle(ctx))
	if cb == nil {
		resultError(ctx, msg)
		return
	}
	args, err := argsOf(n, argv)
	if err == nil {
		var res py.Object
		if res, err = call(cb.fn, args); err == nil {
			if setResult(ctx, res) {
				return
			}
		}
	}
	report(err)
	resultError(ctx, msg)
}

//export gosqStep
func gosqStep(ctx *C.sqlite3_context, n C.int, argv **C.sqlite3_value) {
	defer withPython()()
	slot := C.gosq_agg_slot(ctx, 1)
	if slot == nil {
		C.sqlite3_result_error_nomem(ctx)
		return
	}
	cls := callbackOf(C.gosq_user_handle(ctx))
	if cls == nil {
		resultError(ctx, "user-defined aggregate's '__init__' method raised error")
		return
	}
	if *slot == 0 {
		inst, err := call(cls.fn, nil)
		if err != nil {
			report(err)
			resultError(ctx, "user-defined aggregate's '__init__' method raised error")
			return
		}
		*slot = C.uintptr_t(cgo.NewHandle(&callback{fn: inst}))
	}
	inst := callbackOf(*slot).fn // the slot's own handle: alive until gosqFinal
	args, err := argsOf(n, argv)
	var step py.Object
	if err == nil {
		if step, err = py.GetAttrString(inst, "step"); err != nil && isAttributeError(err) {
			err = py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'step'", pyutil.TypeName(inst))
		}
	}
	if err != nil {
		// CPython 3.6 lets these escape: sqlite goes on, the step raises.
		cls.setPending(err)
		return
	}
	if _, err = call(step, args); err != nil {
		report(err)
		resultError(ctx, "user-defined aggregate's 'step' method raised error")
	}
}

// isAttributeError tells whether err is an AttributeError.
func isAttributeError(err error) bool {
	v := pyutil.ExceptionValue(err)
	return v != nil && v.Type().IsSubtype(py.AttributeError)
}

//export gosqFinal
func gosqFinal(ctx *C.sqlite3_context) {
	defer withPython()()
	slot := C.gosq_agg_slot(ctx, 0)
	if slot == nil || *slot == 0 {
		return // no row was stepped, or __init__ failed
	}
	h := cgo.Handle(*slot)
	*slot = 0
	inst := h.Value().(*callback).fn
	h.Delete()
	fin, err := py.GetAttrString(inst, "finalize")
	var res py.Object
	if err == nil {
		if res, err = call(fin, nil); err == nil {
			if setResult(ctx, res) {
				return
			}
		}
	}
	report(err)
	resultError(ctx, "user-defined aggregate's 'finalize' method raised error")
}

//export gosqDestroy
func gosqDestroy(h C.uintptr_t) {
	cgo.Handle(h).Delete()
}

//export gosqCollate
func gosqCollate(h C.uintptr_t, s1 *C.char, n1 C.int, s2 *C.char, n2 C.int) C.int {
	defer withPython()()
	a, err1 := decodeText(C.GoBytes(unsafe.Pointer(s1), n1))
	b, err2 := decodeText(C.GoBytes(unsafe.Pointer(s2), n2))
	if err1 != nil || err2 != nil {
		return 0
	}
	cb := callbackOf(h)
	if cb == nil {
		return 0
	}
	res, err := call(cb.fn, py.Tuple{py.String(a), py.String(b)})
	if err != nil {
		cb.setPending(err)
		return 0
	}
	v := pyarg.IntValue(res)
	if v == nil {
		return 0
	}
	return C.int(v.Sign())
}

// optString is a C string argument as str, or None for NULL.
func optString(p *C.char) py.Object {
	if p == nil {
		return py.None
	}
	return py.String(C.GoString(p))
}

//export gosqAuthorize
func gosqAuthorize(h C.uintptr_t, action C.int, a1, a2, db, src *C.char) C.int {
	defer withPython()()
	cb := callbackOf(h)
	if cb == nil {
		return C.SQLITE_DENY
	}
	res, err := call(cb.fn, py.Tuple{py.Int(action), optString(a1), optString(a2), optString(db), optString(src)})
	if err != nil {
		report(err)
		return C.SQLITE_DENY
	}
	// _PyLong_AsInt: a value past a C int denies, as a non-int does.
	v := pyarg.IntValue(res)
	if v == nil || !v.IsInt64() || v.Int64() != int64(int32(v.Int64())) {
		return C.SQLITE_DENY
	}
	return C.int(v.Int64())
}

//export gosqProgress
func gosqProgress(h C.uintptr_t) C.int {
	defer withPython()()
	cb := callbackOf(h)
	if cb == nil {
		return 1
	}
	res, err := call(cb.fn, nil)
	if err != nil {
		report(err)
		return 1
	}
	stop, err := pyarg.Bool(res)
	if err != nil || stop {
		return 1
	}
	return 0
}

//export gosqTrace
func gosqTrace(h C.uintptr_t, sql *C.char) {
	defer withPython()()
	cb := callbackOf(h)
	if cb == nil {
		return
	}
	s, err := decodeText([]byte(C.GoString(sql)))
	if err == nil {
		_, err = call(cb.fn, py.Tuple{py.String(s)})
	}
	report(err)
}

// createFunction is Database.create_function and create_aggregate.
func (d *Database) createFunction(args py.Tuple, aggregate bool) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var name string
	var narg int
	var fn py.Object
	if err := parseArgs("create_function", args, &name, &narg, &fn); err != nil {
		return nil, err
	}
	defer d.core.lockDB()()
	db, err := d.handle()
	if err != nil {
		return nil, err
	}
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	var h C.uintptr_t
	if fn != py.None {
		h = C.uintptr_t(cgo.NewHandle(&callback{fn: fn, core: d.core}))
	}
	agg := C.int(0)
	if aggregate {
		agg = 1
	}
	// On failure sqlite has already called the destructor on h.
	if rc := C.gosq_create_function(db, cname, C.int(narg), h, agg); rc != C.SQLITE_OK {
		if aggregate {
			return nil, py.ExceptionNewf(OperationalErrorType, "Error creating aggregate")
		}
		return nil, py.ExceptionNewf(OperationalErrorType, "Error creating function")
	}
	return py.None, nil
}

func dbCreateCollation(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	d := self.(*Database)
	var name string
	var fn py.Object
	if err := parseArgs("create_collation", args, &name, &fn); err != nil {
		return nil, err
	}
	defer d.core.lockDB()()
	db, err := d.handle()
	if err != nil {
		return nil, err
	}
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	var h C.uintptr_t
	if fn != py.None {
		h = C.uintptr_t(cgo.NewHandle(&callback{fn: fn, core: d.core}))
	}
	if rc := C.gosq_create_collation(db, cname, h); rc != C.SQLITE_OK {
		// Unlike every other registration, a failed collation leaves
		// the destructor uncalled.
		if h != 0 {
			cgo.Handle(h).Delete()
		}
		return nil, dbError(db, rc)
	}
	return py.None, nil
}

// setHook installs (or, for None where sqlite allows it, removes) the
// authorizer, progress handler or trace callback, freeing the previous
// one's handle.
func (d *Database) setHook(kind int, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var fn py.Object
	n := 0
	if kind == hookProgress {
		err = parseArgs("set_progress_handler", args, &fn, &n)
	} else {
		err = parseArgs("set_hook", args, &fn)
	}
	if err != nil {
		return nil, err
	}
	defer d.core.lockDB()()
	db, err := d.handle()
	if err != nil {
		return nil, err
	}
	var h cgo.Handle
	if fn != py.None || kind == hookAuthorizer {
		h = cgo.NewHandle(&callback{fn: fn, core: d.core})
	}
	switch kind {
	case hookAuthorizer:
		if rc := C.gosq_set_authorizer(db, C.uintptr_t(h)); rc != C.SQLITE_OK {
			h.Delete()
			return nil, dbError(db, rc)
		}
	case hookProgress:
		C.gosq_set_progress(db, C.int(n), C.uintptr_t(h))
	case hookTrace:
		C.gosq_set_trace(db, C.uintptr_t(h))
	}
	d.core.mu.Lock()
	old := d.core.hooks[kind]
	d.core.hooks[kind] = h
	d.core.mu.Unlock()
	if old != 0 {
		old.Delete()
	}
	return py.None, nil
}
