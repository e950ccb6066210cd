package vm

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// A generator's state lives in its *py.Frame (py.Generator resumes through
// py.VmRunFrame): Localsplus, Stack (the live part of the value stack),
// Blockstack, Lasti (the byte offset to resume at; 0 before the first run)
// and Yielded. Each resume borrows a pooled frame record over that storage.

// newGenerator wraps a bound generator frame into a py.Generator.
func newGenerator(f *frame) *py.Generator {
	if f.c.cleanup || f.c.flags&(coCoroutine|coAsyncGenerator) != 0 {
		// Tracked for finalization (generator_finalize.go), a
		// coroutine watched until it starts (generator_never_awaited.go)
		// or an async generator, tracked once a finalizer hook holds it
		// (generator_asyncgen.go): the tracker holds the frame strongly
		// and the generator weakly, so two objects.
		pyf := new(py.Frame)
		setGenFrame(pyf, f)
		return py.NewGenerator(pyf)
	}
	cell := new(genCell)
	setGenFrame(&cell.frame, f)
	cell.gen = py.Generator{Frame: &cell.frame, Code: f.c.py}
	return &cell.gen
}

// setGenFrame makes pyf the frame object of a new generator running f.
func setGenFrame(pyf *py.Frame, f *frame) {
	nl := f.c.nlocals
	*pyf = py.Frame{
		Context:         f.ctx,
		Code:            f.c.py,
		Builtins:        f.builtins,
		Globals:         f.globals,
		Locals:          f.locals,
		Localsplus:      f.fast,
		LocalVars:       f.fast[:nl:nl],
		CellAndFreeVars: f.fast[nl:],
		Stack:           f.stack[:0],
	}
}

// genCell is a new generator and its frame object in one allocation; the
// generator points to the frame beside it. Only for generators that
// generator_finalize.go does not track: it keeps a tracked generator's
// frame alive while it waits for the generator to become unreachable.
type genCell struct {
	gen   py.Generator
	frame py.Frame
}

// genExc keeps the exception a generator was handling when it yielded
// inside an except block, to restore it when the generator resumes.
var genExc sync.Map // *py.Frame -> [3]py.Object

// savedExcMark in a generator frame's (otherwise unused) Block field says
// that genExc holds an entry for it, so that resuming does not consult
// the shared map every time.
var savedExcMark py.TryBlock

// finished reports whether a generator frame has returned or raised.
func finished(pyf *py.Frame) bool {
	return pyf.Lasti != 0 && !pyf.Yielded
}

// runGenFrame is py.VmRunFrame: it resumes a generator frame until its
// next yield (Yielded set, the value returned) or its end.
func runGenFrame(pyf *py.Frame) (py.Object, error) {
	t, acquired := enterThread(pyf.Context)
	if acquired {
		defer t.leave()
	}
	return t.resume(pyf, nil)
}

// resume runs the generator frame pyf on t, raising throwing at the
// yield point when it is not nil.
func (t *thread) resume(pyf *py.Frame, throwing error) (py.Object, error) {
	c := t.decodedOn(pyf.Code)
	if err := t.checkDepth(""); err != nil {
		return nil, err
	}
	f := t.genRecord(pyf, c)
	f.throwing = throwing
	f.sink, t.sink = t.sink, nil

	// The caller's exception state is put aside while the generator runs.
	callerT, callerV, callerTb := t.excType, t.excValue, t.excTb
	if pyf.Block == &savedExcMark {
		pyf.Block = nil
		if st, ok := genExc.LoadAndDelete(pyf); ok {
			s := st.([3]py.Object)
			t.excType, t.excValue, t.excTb = s[0], s[1], s[2]
		}
	}
	t.depth++
	f.back, t.top = t.top, f
	res, err := t.run(f)
	t.top = f.back
	t.depth--
	if err != nil {
		err = stopIterationToRuntimeError(pyf, err)
	}

	ended := !f.yielded
	if ended {
		if trackedGens.Load() != 0 {
			t.genEndDrops(f) // generator_finalize.go
		}
		finishGen(pyf, f)
	} else {
		t.suspendGen(pyf, f)
	}
	t.excType, t.excValue, t.excTb = callerT, callerV, callerTb
	dropGenRecord(f)
	if ended && t.droppedGens {
		t.afterReturn()
	}
	return res, err
}

// genRecord lays a pooled frame record over generator frame pyf's
// storage, at its resumption point.
func (t *thread) genRecord(pyf *py.Frame, c *code) *frame {
	var f *frame
	if t.depth < len(t.pool) {
		f = t.pool[t.depth]
	} else {
		f = &frame{pooled: true}
		t.pool = append(t.pool, f)
	}
	f.c = c
	f.ins = c.ins
	f.fast = pyf.Localsplus
	f.stack = pyf.Stack[:cap(pyf.Stack)]
	f.sp = len(pyf.Stack)
	f.blocks = pyf.Blockstack
	f.globals, f.locals, f.builtins, f.ctx = pyf.Globals, pyf.Locals, pyf.Builtins, pyf.Context
	f.gen = pyf
	f.pc = 0
	if pyf.Lasti != 0 {
		f.pc = c.pcOf(pyf.Lasti)
	}
	f.loopMark = t.gensMade
	return f
}

// suspendGen keeps in pyf the state of f, which yielded: the live stack,
// the blocks, where to resume, and the exception being handled when it
// yielded inside an except block.
func (t *thread) suspendGen(pyf *py.Frame, f *frame) {
	pyf.Stack = f.stack[:f.sp]
	pyf.Blockstack = f.blocks
	pyf.Lasti = f.c.offsets[f.pc]
	pyf.Yielded = true
	for _, b := range f.blocks {
		if b.Type == py.TryBlockExceptHandler {
			genExc.Store(pyf, [3]py.Object{t.excType, t.excValue, t.excTb})
			pyf.Block = &savedExcMark
			break
		}
	}
}

// finishGen marks pyf finished (f returned or raised) and drops what its
// frame held.
func finishGen(pyf *py.Frame, f *frame) {
	clear(pyf.Localsplus)
	clear(f.stack)
	pyf.Stack = pyf.Stack[:0]
	pyf.Blockstack = nil
	pyf.Lasti = int32(len(f.c.py.Code)) + 1
	pyf.Yielded = false
}

// dropGenRecord gives a record genRecord lent back to the pool.
func dropGenRecord(f *frame) {
	f.fast, f.stack, f.blocks, f.gen = nil, nil, nil, nil
	f.globals, f.locals, f.builtins, f.back = nil, nil, nil, nil
	f.genObj, f.inline, f.sink = nil, false, nil
	f.callerExc = [3]py.Object{}
}

// sendGen resumes g with arg as the value of its yield. It returns the
// next yielded value, or done with the generator's return value.
func (t *thread) sendGen(g *py.Generator, arg py.Object, throwing error) (v py.Object, done bool, err error) {
	pyf := g.Frame
	if g.Running {
		return nil, false, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	if finished(pyf) {
		if throwing != nil {
			return nil, false, throwing
		}
		return py.None, true, nil
	}
	if pyf.Lasti == 0 {
		if throwing == nil && arg != py.None {
			return nil, false, py.ExceptionNewf(py.TypeError, "can't send non-None value to a just-started generator")
		}
	} else if throwing == nil {
		pyf.Stack = append(pyf.Stack, arg)
	}
	if throwing != nil && pyf.Yielded && len(pyf.Stack) > 0 {
		// Suspended in `yield from`: the exception goes to the
		// delegate first.
		c := decoded(pyf.Code)
		if pc := c.pcOf(pyf.Lasti); c.ins[pc].op == opYIELD_FROM {
			g.Running = true
			v, done, err := t.throwInto(pyf.Stack[len(pyf.Stack)-1], throwing)
			g.Running = false
			if direct, ok := err.(throwLookupError); ok {
				return nil, false, direct.err
			}
			switch {
			case err != nil:
				throwing = err
			case done:
				pyf.Stack[len(pyf.Stack)-1] = v
				pyf.Lasti = c.offsets[pc+1]
				throwing = nil
			default:
				return v, false, nil
			}
		}
	}
	g.Running = true
	res, err := t.resume(pyf, throwing)
	g.Running = false
	if err != nil {
		return nil, false, err
	}
	if pyf.Yielded {
		return res, false, nil
	}
	return res, true, nil
}

// stopIteration is the exception ending an iterator with value.
func stopIteration(value py.Object) error {
	args := py.Tuple{}
	if value != py.None && value != nil {
		args = py.Tuple{value}
	}
	return &py.Exception{Base: py.StopIteration, Args: args, Dict: py.StringDict{}}
}

// stopValue is the value carried by a StopIteration error (None if none).
func stopValue(err error) py.Object {
	if e, ok := exceptionOf(err).(*py.Exception); ok {
		if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
			return args[0]
		}
	}
	return py.None
}

// thrownInfo is the exception generator.throw() raises at the yield: the
// object itself, keeping its traceback and __context__, and never chained
// to the exception being handled (3.6 restores it as the current error,
// unlike a raise statement).
func (t *thread) thrownInfo(err error) py.ExceptionInfo {
	if e, ok := err.(*py.Exception); ok {
		info := py.ExceptionInfo{Type: e.Type(), Value: e}
		info.Traceback, _ = e.Traceback.(*py.Traceback)
		return info
	}
	return t.exceptionFrom(err)
}

// exceptionOf returns the exception value an error carries.
func exceptionOf(err error) py.Object {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return e.Value
	case *py.ExceptionInfo:
		return e.Value
	case *py.Exception:
		return e
	case *py.Type:
		return e
	}
	return nil
}

// delegate is one step of `yield from x` sending v: the value to yield, or
// done with the value of the expression.
func (t *thread) delegate(x, v py.Object) (py.Object, bool, error) {
	if g, ok := x.(*py.Generator); ok {
		r, done, err := t.sendGen(g, v, nil)
		if err != nil && py.IsException(py.StopIteration, err) {
			return stopValue(err), true, nil // deprecatedGeneratorStop: it ended
		}
		return r, done, err
	}
	var r py.Object
	var err error
	if v != py.None {
		// x.send(v), found as any attribute: AttributeError when x has
		// none, and whatever a broken __getattr__ raises.
		var send py.Object
		if send, err = GetAttr(x, "send"); err == nil {
			r, err = Call(send, py.Tuple{v}, nil)
		}
	} else if m := pythonNextMethod(x); m != nil {
		// A class's __next__ is called here, not through Next, so that
		// the StopIteration it raises keeps its value for the yield from.
		r, err = callMethod(x, m)
	} else {
		var ok bool
		r, ok, err = Next(x)
		if err == nil && !ok {
			return py.None, true, nil
		}
	}
	if err != nil {
		if py.IsException(py.StopIteration, err) {
			return stopValue(err), true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

// pythonNextMethod is the __next__ of x's class when x is an instance of a
// Python class that has one, else nil.
func pythonNextMethod(x py.Object) py.Object {
	if cls, ok := pythonClassOf(x); ok {
		return cls.Lookup("__next__")
	}
	return nil
}

// The generator methods whose stock versions lose the return value or are
// not implemented.
func genSend(self, arg py.Object) (py.Object, error) {
	g := self.(*py.Generator)
	t, acquired := enterThread(g.Frame.Context)
	if acquired {
		defer t.leave()
	}
	v, done, err := t.sendGen(g, arg, nil)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(v)
	}
	return v, nil
}

func genThrow(self py.Object, args py.Tuple) (py.Object, error) {
	g := self.(*py.Generator)
	if len(args) < 1 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "throw expected at least 1 arguments, got %d", len(args))
	}
	if err := checkThrowArgs(args); err != nil { // generator_throw_args.go
		return nil, err
	}
	t, acquired := enterThread(g.Frame.Context)
	if acquired {
		defer t.leave()
	}
	var exc error
	if len(args) >= 2 && isExceptionClass(args[0]) && isExceptionInstance(args[1]) {
		// throw(type, instance): the instance itself.
		exc = args[1].(error)
	} else if len(args) >= 2 && args[1] != py.None && isExceptionClass(args[0]) && !isExceptionInstance(args[1]) {
		v, err := t.callObject(nil, args[0], []py.Object{args[1]}, nil, nil)
		if err != nil {
			return nil, err
		}
		exc = v.(error)
	} else {
		v, err := t.exceptionValue(args[0])
		if err != nil {
			return nil, err
		}
		exc = v.(error)
	}
	if !g.Running && g.Frame.Lasti == 0 {
		// Never started: it ends at once with the exception.
		g.Frame.Lasti = int32(len(g.Frame.Code.Code)) + 1
		return nil, exc
	}
	v, done, err := t.sendGen(g, py.None, exc)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(v)
	}
	return v, nil
}

func genClose(self py.Object) (py.Object, error) {
	g := self.(*py.Generator)
	if g.Running {
		return nil, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	if g.Frame.Lasti == 0 || finished(g.Frame) {
		g.Frame.Lasti = int32(len(g.Frame.Code.Code)) + 1
		g.Frame.Yielded = false
		return py.None, nil
	}
	t, acquired := enterThread(g.Frame.Context)
	if acquired {
		defer t.leave()
	}
	exit := &py.Exception{Base: py.GeneratorExit, Args: py.Tuple{}, Dict: py.StringDict{}}
	_, done, err := t.sendGen(g, py.None, exit)
	if err != nil {
		if py.IsException(py.GeneratorExit, err) || py.IsException(py.StopIteration, err) {
			return py.None, nil
		}
		return nil, err
	}
	if !done {
		return nil, py.ExceptionNewf(py.RuntimeError, "generator ignored GeneratorExit")
	}
	return py.None, nil
}

// throwLookupError is throwInto's error when looking up the delegate's
// throw method failed: sendGen returns err to its caller without
// resuming the generator.
type throwLookupError struct{ err error }

func (e throwLookupError) Error() string { return e.err.Error() }

// throwInto passes an exception thrown into a generator on to the
// iterator it delegates to: GeneratorExit closes it and is raised in the
// delegating generator; anything else goes to its throw().
func (t *thread) throwInto(sub py.Object, exc error) (py.Object, bool, error) {
	if py.IsException(py.GeneratorExit, exc) {
		if g, ok := sub.(*py.Generator); ok {
			if _, err := genClose(g); err != nil {
				return nil, false, err
			}
		} else if m, err := GetAttr(sub, "close"); err == nil {
			if _, err := Call(m, nil, nil); err != nil {
				return nil, false, err
			}
		} else if !py.IsException(py.AttributeError, err) {
			// CPython's gen_close_iter: a close lookup that fails
			// otherwise is reported, and the GeneratorExit goes on.
			t.writeUnraisable(sub, err)
		}
		return nil, false, exc
	}
	if g, ok := sub.(*py.Generator); ok {
		return t.sendGen(g, py.None, exc)
	}
	m, err := GetAttr(sub, "throw")
	if err != nil {
		if !py.IsException(py.AttributeError, err) {
			// A __getattr__ that raises: as CPython's gen_throw,
			// the error goes to throw()'s caller and the
			// generator stays suspended in its yield from.
			return nil, false, throwLookupError{err}
		}
		return nil, false, exc
	}
	r, err := Call(m, py.Tuple{exceptionOf(exc)}, nil)
	if err != nil {
		if py.IsException(py.StopIteration, err) {
			return stopValue(err), true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}
