package vm

import (
	"maps"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// isClass reports whether o is a class (gpython represents both classes
// and instances of Python classes as *py.Type; a class's type is a
// metatype).
func isClass(o py.Object) (*py.Type, bool) { return pyutil.IsClass(o) }

// isExceptionClass reports whether o is BaseException or a subclass.
func isExceptionClass(o py.Object) bool {
	t, ok := isClass(o)
	return ok && t.IsSubtype(py.BaseException)
}

// isExceptionInstance reports whether o is an exception object.
func isExceptionInstance(o py.Object) bool {
	_, ok := o.(*py.Exception)
	return ok
}

// excInfo rebuilds an ExceptionInfo from the (type, value, traceback)
// triple of the except-handler protocol.
func excInfo(typ, val, tb py.Object) py.ExceptionInfo {
	info := py.ExceptionInfo{Value: val}
	info.Type, _ = typ.(*py.Type)
	info.Traceback, _ = tb.(*py.Traceback)
	return info
}

// exceptionFrom normalises any error an operation returned into the
// exception to propagate: exception classes are instantiated, Go errors
// become SystemError, and a fresh exception raised while another is being
// handled gets it as __context__.
func (t *thread) exceptionFrom(err error) py.ExceptionInfo {
	switch e := err.(type) {
	case py.ExceptionInfo:
		if e.Type == nil && e.Value != nil {
			e.Type = e.Value.Type()
		}
		return e
	case *py.ExceptionInfo:
		return t.exceptionFrom(*e)
	}
	var value py.Object
	switch e := err.(type) {
	case *py.Exception:
		if e.Traceback != nil {
			// Go code returned an exception object that was raised
			// before (gpython keeps some as shared values): raise a
			// copy, so the old traceback and context do not leak in.
			c := *e
			c.Traceback, c.Context, c.Cause, c.SuppressContext = nil, nil, nil, false
			c.Dict = maps.Clone(e.Dict)
			e = &c
		}
		value = e
	case *py.Type:
		if v, verr := instantiateException(e); verr == nil {
			value = v
		} else {
			value = py.MakeException(verr)
		}
	default:
		value = py.MakeException(err)
	}
	info := py.ExceptionInfo{Type: value.Type(), Value: value}
	if e, ok := value.(*py.Exception); ok {
		info.Traceback, _ = e.Traceback.(*py.Traceback)
	}
	t.chainContext(value)
	return info
}

// chainContext sets exc.__context__ to the exception being handled, as
// CPython does when an exception is raised inside an except or finally
// block, breaking any cycle that would form.
func (t *thread) chainContext(exc py.Object) {
	e, ok := exc.(*py.Exception)
	if !ok || t.excValue == nil || t.excValue == exc {
		return
	}
	handled, ok := t.excValue.(*py.Exception)
	if !ok {
		return
	}
	// Cut the chain where it would lead back to exc.
	for o := handled; o != nil; {
		next, _ := o.Context.(*py.Exception)
		if next == e {
			o.Context = nil
			break
		}
		o = next
	}
	e.Context = handled
}

// hiddenCode holds the Python code whose frames tracebacks leave out:
// what the project writes in Python where CPython has C, which adds no
// frame. A key with an empty function name hides every function of the
// file. Filled before any code runs (HideFromTracebacks, init functions).
var hiddenCode = map[hiddenKey]bool{
	// warnings.warn and warn_explicit are _warnings' C functions in
	// CPython: `-W error` shows only the caller's frame.
	{EmbeddedFile("warnings", false), "warn"}:          true,
	{EmbeddedFile("warnings", false), "warn_explicit"}: true,
}

type hiddenKey struct{ file, function string }

// HideFromTracebacks leaves the frames of code compiled from the file
// named filename out of every traceback: the compiler's Python helpers
// that stand for machinery CPython has in C. It is called from an init
// function, before any code runs.
func HideFromTracebacks(filename string) { hiddenCode[hiddenKey{filename, ""}] = true }

// isHiddenCode reports whether frames of c are left out of tracebacks
// (and of tracing: CPython's C machinery has no frames to trace).
func isHiddenCode(c *py.Code) bool {
	return hiddenCode[hiddenKey{c.Filename, ""}] || hiddenCode[hiddenKey{c.Filename, c.Name}]
}

// addTraceback records f as the next (outer) frame of the exception's
// traceback, on the ExceptionInfo and on the exception object.
func (t *thread) addTraceback(f *frame, info *py.ExceptionInfo) {
	if f.c.isHidden() {
		return
	}
	pc := f.pc - 1
	if pc < 0 {
		pc = 0
	}
	var tb *py.Traceback
	if f.gen == nil && f.tbFrame == nil {
		// The activation's first traceback entry: the entry and the
		// frame snapshot in one allocation.
		both := &tracebackAndFrame{fr: py.Frame{Context: f.ctx, Code: f.c.py, Globals: f.globals, Locals: f.locals, Builtins: f.builtins}}
		f.tbFrame, tb = &both.fr, &both.tb
	} else {
		tb = new(py.Traceback)
	}
	*tb = py.Traceback{
		Next:   info.Traceback,
		Frame:  f.tracebackFrame(),
		Lasti:  f.c.offsets[pc],
		Lineno: f.c.lines[pc],
	}
	info.Traceback = tb
	if e, ok := info.Value.(*py.Exception); ok {
		e.Traceback = info.Traceback
	}
}

// tracebackAndFrame is a traceback entry allocated with the frame
// snapshot it is the first entry of.
type tracebackAndFrame struct {
	tb py.Traceback
	fr py.Frame
}

// tracebackFrame is the frame a traceback entry refers to: a snapshot of
// what the traceback needs (the code, the namespaces), never the pooled
// record.
func (f *frame) tracebackFrame() *py.Frame {
	if f.gen != nil {
		return f.gen
	}
	pc := max(f.pc-1, 0)
	if f.tbFrame == nil {
		// One snapshot per activation, shared by the tracebacks raised
		// through it (a loop that raises and catches makes one).
		f.tbFrame = &py.Frame{Context: f.ctx, Code: f.c.py, Globals: f.globals, Locals: f.locals, Builtins: f.builtins}
	}
	f.tbFrame.Lasti = f.c.offsets[pc]
	return f.tbFrame
}

// enterHandler starts an except or finally handler for the exception
// cur: the previous exception state is saved on the value stack under an
// except-handler block, cur becomes the one being handled, and its
// (traceback, value, type) are pushed for the handler code.
func (t *thread) enterHandler(f *frame, cur py.ExceptionInfo) {
	f.blocks = append(f.blocks, py.TryBlock{Type: py.TryBlockExceptHandler, Handler: -1, Level: f.sp})
	f.push(orNone(t.excTb))
	f.push(orNone(t.excValue))
	f.push(orNone(t.excType))
	var tb py.Object = py.None
	if cur.Traceback != nil {
		tb = cur.Traceback
	}
	var typ py.Object = py.None
	if cur.Type != nil {
		typ = cur.Type
	}
	t.excType, t.excValue, t.excTb = typ, cur.Value, tb
	f.push(tb)
	f.push(cur.Value)
	f.push(typ)
}

// unwindExceptHandler pops an except-handler block: the stack goes back
// to the block's level and the saved exception state is restored.
func (t *thread) unwindExceptHandler(f *frame, b py.TryBlock) {
	f.unwindTo(b.Level + 3)
	typ, val, tb := f.pop(), f.pop(), f.pop()
	t.excType, t.excValue, t.excTb = noneToNil(typ), noneToNil(val), noneToNil(tb)
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

func noneToNil(o py.Object) py.Object {
	if o == py.None {
		return nil
	}
	return o
}

// raise implements `raise exc [from cause]`.
func (t *thread) raise(f *frame, exc, cause py.Object) error {
	value, err := t.exceptionValue(exc)
	if err != nil {
		return err
	}
	if cause != nil {
		e, ok := value.(*py.Exception)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "exception causes must derive from BaseException")
		}
		switch {
		case cause == py.None:
			e.Cause = py.None
		case isExceptionClass(cause) || isExceptionInstance(cause):
			c, err := t.exceptionValue(cause)
			if err != nil {
				return err
			}
			e.Cause = c
		default:
			return py.ExceptionNewf(py.TypeError, "exception causes must derive from BaseException")
		}
		e.SuppressContext = true
	}
	// The exception keeps the traceback it already has (raise e of a
	// caught exception continues its traceback).
	e, _ := value.(*py.Exception)
	if e != nil && e.Traceback == nil {
		// A fresh exception: the loop's exceptionFrom makes the same
		// ExceptionInfo and chains the context, and the error needs no
		// box of its own.
		return e
	}
	info := py.ExceptionInfo{Type: value.Type(), Value: value}
	if e != nil {
		info.Traceback, _ = e.Traceback.(*py.Traceback)
	}
	t.chainContext(value)
	return info
}

// exceptionValue turns the operand of raise into an exception instance:
// a class is called with no arguments.
func (t *thread) exceptionValue(exc py.Object) (py.Object, error) {
	if isExceptionInstance(exc) {
		return exc, nil
	}
	if cls, ok := isClass(exc); ok && cls.IsSubtype(py.BaseException) {
		v, err := t.callObject(nil, cls, nil, nil, nil)
		if err != nil {
			return nil, err
		}
		if !isExceptionInstance(v) {
			return nil, py.ExceptionNewf(py.TypeError, "calling %s should have returned an instance of BaseException, not %s", reprOrName(cls), reprOrName(v.Type()))
		}
		return v, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException")
}

// instantiateException makes an instance of an exception class that Go
// code returned as an error (gpython returns StopIteration that way).
func instantiateException(cls *py.Type) (py.Object, error) {
	if !cls.IsSubtype(py.BaseException) {
		return nil, py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException")
	}
	return &py.Exception{Base: cls, Args: py.Tuple{}}, nil
}

// exceptionMatches implements `except spec`, where spec is a class or a
// tuple of classes (nested tuples allowed).
func exceptionMatches(exc py.Object, spec py.Object) (bool, error) {
	if tup, ok := spec.(py.Tuple); ok {
		matched := false
		for _, s := range tup {
			m, err := exceptionMatches(exc, s)
			if err != nil {
				return false, err
			}
			matched = matched || m
		}
		return matched, nil
	}
	if !isExceptionClass(spec) {
		return false, py.ExceptionNewf(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
	}
	cls, ok := exc.(*py.Type)
	if !ok {
		return false, nil
	}
	return cls.IsSubtype(spec.(*py.Type)), nil
}

// exceptionSlotDelete is the error of del e.name for a slot every
// exception has (args, __traceback__, __cause__, __context__), which
// CPython's getset descriptors refuse to delete; nil for other names.
func exceptionSlotDelete(name string) error {
	switch name {
	case "args", "__traceback__", "__cause__", "__context__":
		return py.ExceptionNewf(py.TypeError, "%s may not be deleted", name)
	}
	return nil
}

// excClassEntry remembers, for one class, plainExceptionClass's answer
// and the class epoch (attrcache.go) it was worked out in.
type excClassEntry struct {
	cls   *py.Type
	epoch uint64
	plain bool
}

const excClassCacheSize = 16

// plainExceptionClass reports whether a call of exception class cls with
// positional arguments only is its Go constructor and nothing else: no
// __new__ or __init__ of a Python class anywhere in its MRO, no Go
// initialiser, the built-in exceptions' own constructor. newException
// finds that out with several MRO walks per call; raising ValueError in a
// loop asked the same question every time. The answer is kept per thread
// and class for one class epoch: any assignment or deletion of a class
// attribute, or a new class, makes it worked out again.
func (t *thread) plainExceptionClass(cls *py.Type) bool {
	e := &t.excClasses[(uintptr(unsafe.Pointer(cls))>>6)%excClassCacheSize]
	epoch := classEpoch.Load()
	if e.cls == cls && e.epoch == epoch {
		return e.plain
	}
	_, userInit := cls.Lookup("__init__").(*py.Function)
	plain := !userInit && userMethod(cls, "__new__") == nil && cls.New != nil &&
		inheritsBuiltinNew(cls) && !isPythonClass(cls) && cls.Init == nil && isBuiltinExceptionNew(cls.New)
	*e = excClassEntry{cls: cls, epoch: epoch, plain: plain}
	return plain
}
