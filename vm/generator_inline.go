package vm

import (
	"github.com/go-python/gpython/py"
)

// Generators stepped by the loop that iterates over them.
//
// A for loop over a generator used to take each item through Next: the
// thread look-up of a call from Go, sendGen's checks, then resume, which
// starts a new run of the loop (its deferred recover and its set-up) for
// one step of the generator. FOR_ITER now lays the generator's frame over
// a pooled record itself (resumeInline) and goes on in the same loop, as
// CALL_FUNCTION does with a Python function's frame. The generator's
// YIELD_VALUE (or a YIELD_FROM that suspends) hands the value back to
// that FOR_ITER (yieldInline); its end, by return or exception, ends the
// loop or raises in it (endInlineGen). The generator's *py.Frame is kept
// exactly as resume keeps it (genRecord, suspendGen, finishGen), so the
// two paths can take turns on one generator.
//
// FOR_ITER keeps the old path for a generator that is running, finished,
// of another context, suspended inside an except block (its saved
// exception state is resume's business), at the recursion limit, or with
// an interrupt pending.

// resumeInline starts the next step of g, the iterator of f's FOR_ITER
// whose loop exit is exit, as a frame of the running loop, and returns
// it; nil leaves the step to Next.
func (t *thread) resumeInline(f *frame, g *py.Generator, exit int) *frame {
	pyf := g.Frame
	if !inlineCalls || t.tr != nil || g.Running || pyf == nil || pyf.Context != t.ctx || finished(pyf) ||
		pyf.Block == &savedExcMark || t.depth >= t.recursionLimit() || t.overflowed || sigintPending() {
		return nil
	}
	if pyf.Lasti != 0 && len(pyf.Stack) == cap(pyf.Stack) {
		return nil // no room for the None sent below: Next grows the stack
	}
	nf := t.genRecord(pyf, t.decodedOn(pyf.Code))
	if pyf.Lasti != 0 {
		// next() sends None: the value of the yield it resumes at,
		// pushed on the record (suspendGen writes the stack back).
		nf.stack[nf.sp] = py.None
		nf.sp++
	}
	nf.genObj, nf.forExit, nf.inline = g, exit, true
	nf.callerExc[0], nf.callerExc[1], nf.callerExc[2] = t.excType, t.excValue, t.excTb
	g.Running = true
	t.depth++
	nf.back, t.top = f, nf
	return nf
}

// yieldInline suspends f, a generator frame started by resumeInline, at
// its yield, and returns the frame of the FOR_ITER that resumed it.
func (t *thread) yieldInline(f *frame) *frame {
	t.suspendGen(f.gen, f)
	return t.leaveInlineGen(f)
}

// endInlineGen finishes f, a generator frame started by resumeInline that
// returned (w is whyReturn) or raised cur. It returns the frame of the
// FOR_ITER that resumed it and the loop's exit; exhausted says that the
// loop ends there, else cur is the exception to raise in the caller, as
// Next would have returned it.
func (t *thread) endInlineGen(f *frame, w why, cur *py.ExceptionInfo) (caller *frame, exit int, exhausted bool) {
	pyf := f.gen
	var err error
	if w == whyException {
		err = stopIterationToRuntimeError(pyf, *cur)
	}
	finishGen(pyf, f)
	exit = f.forExit
	caller = t.leaveInlineGen(f)
	if err == nil || py.IsException(py.StopIteration, err) {
		// A StopIteration escaping a generator ends the loop in 3.6
		// (PEP 479 turns it into RuntimeError only under
		// generator_stop).
		return caller, exit, true
	}
	*cur = t.exceptionFrom(err)
	return caller, exit, false
}

// leaveInlineGen gives f's record back and returns its caller, with the
// caller's exception state and the generator no longer running.
func (t *thread) leaveInlineGen(f *frame) *frame {
	caller := f.back
	t.excType, t.excValue, t.excTb = f.callerExc[0], f.callerExc[1], f.callerExc[2]
	f.genObj.Running = false
	t.top = caller
	t.depth--
	dropGenRecord(f)
	return caller
}

// forIterGenEnd reports whether err, from Next on FOR_ITER's iterator it,
// is a StopIteration raised out of generator it: the end of the loop in
// 3.6, as endInlineGen has it.
func forIterGenEnd(it py.Object, err error) bool {
	_, ok := it.(*py.Generator)
	return ok && py.IsException(py.StopIteration, err)
}
