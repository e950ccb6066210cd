package vm

import (
	"slices"
	"sync"

	"github.com/go-python/gpython/py"
)

// Trace and profile hooks (sys.settrace, sys.setprofile).
//
// A thread pays for them only while one is set: thread.tr is nil
// otherwise, and the loop tests it where a frame starts and ends and at
// its error label. Line events need no test per instruction: the first
// time a code object runs traced, it gets a second instruction array in
// which the instructions that start a line (the ranges of co_lnotab
// whose line changes, as CPython 3.6 counts them) and the backward jumps
// are opTRACE, whose case fires the event and then runs the instruction
// it stands for. Only a frame that is traced (its 'call' event ran, or
// a script set its f_trace) runs that array (frame.ins); every other
// frame of the code, in this interpreter or another, runs the decoded
// instructions, which tracing never writes to. A traced frame that goes
// on after its hooks are unset only pays opTRACE's detour.
// While tracing, calls are never inlined, so that every frame has its
// own run and thereby its 'call' and 'return' events.

// opTRACE stands for an instrumented instruction (traceCode.orig).
const opTRACE = 246

// traceState is a thread's hook functions (nil: none).
type traceState struct {
	trace, profile py.Object
	busy           int // hooks running: no events meanwhile
	// local is each traced frame's f_trace, by the frame object
	// handed to the hooks.
	local map[*py.Frame]*localTrace
	// lineFrame is the frame whose line event runs (f_lineno may be
	// set); jumped says the trace function set it.
	lineFrame *py.Frame
	jumped    bool
	// eventFrame and event are the frame and event of the hook
	// running, for f_lineno's errors.
	eventFrame *py.Frame
	event      string
}

// localTrace is a frame's f_trace and the f_lineno it shows while it has
// one: the line of its last line event (CPython 3.6's frame.f_lineno).
type localTrace struct {
	fn   py.Object
	line int
}

// untracedFiles are the project's Python code for what CPython writes in
// C: no events for their frames (their callees have theirs).
var untracedFiles = map[string]bool{"<sys>": true, EmbeddedFile("zipimport", false): true}

// traceCode is an instrumented code's record of what opTRACE replaced.
type traceCode struct {
	orig      []instr // the instructions as decoded (code.ins)
	traced    []instr // orig with opTRACE at the line starts and back jumps
	lineStart []bool  // instruction i starts a line range
}

var traceCodes sync.Map // *code -> *traceCode

// traceStates keeps each thread's hooks while its tr is nil (inside a
// hook) and while none is set.
var traceStates sync.Map // *thread -> *traceState

func (t *thread) traceHooks() *traceState {
	if t.tr != nil {
		return t.tr
	}
	if st, ok := traceStates.Load(t); ok {
		return st.(*traceState)
	}
	st := &traceState{local: map[*py.Frame]*localTrace{}}
	traceStates.Store(t, st)
	return st
}

// traceHooksIfAny is the thread's hooks without making them: nil when
// it never had any.
func (t *thread) traceHooksIfAny() *traceState {
	if t.tr != nil {
		return t.tr
	}
	if st, ok := traceStates.Load(t); ok {
		return st.(*traceState)
	}
	return nil
}

// traceRefresh turns the thread's events on or off after a hook changed.
func (t *thread) traceRefresh(st *traceState) {
	if st.busy == 0 && (st.trace != nil || st.profile != nil) {
		t.tr = st
		return
	}
	t.tr = nil
}

// instrument is c's traced instructions, made the first time: a copy of
// c.ins, written before it is published, and read-only afterwards.
func instrument(c *code) *traceCode {
	if tc, ok := traceCodes.Load(c); ok {
		return tc.(*traceCode)
	}
	// A traced frame runs the plain instructions, with no superinstruction
	// (fast_super.go, local_const.go) stepping over a line's start or a
	// conditional jump, which traceStep must see (fast_compare.go).
	orig := unfuseForTrace(unfuseSuper(c.ins))
	tc := &traceCode{orig: orig, traced: slices.Clone(orig), lineStart: make([]bool, len(c.ins))}
	starts := map[int32]bool{0: true}
	lnotab := c.py.Lnotab
	addr := int32(0)
	for i := 0; i+1 < len(lnotab); i += 2 {
		addr += int32(lnotab[i])
		if lnotab[i+1] != 0 {
			starts[addr] = true
		}
	}
	for i := range c.ins {
		if i < len(c.offsets) && starts[c.offsets[i]] {
			tc.lineStart[i] = true
		}
	}
	for i, in := range tc.orig {
		if tc.lineStart[i] || isBackJump(in, i) || isCondBackJump(in, i) {
			tc.traced[i] = instr{op: opTRACE, arg: in.arg}
		}
	}
	actual, _ := traceCodes.LoadOrStore(c, tc)
	return actual.(*traceCode)
}

func isBackJump(in instr, i int) bool {
	return (in.op == opJUMP_ABSOLUTE || in.op == opCONTINUE_LOOP) && int(in.arg) <= i
}

// isCondBackJump reports whether in, at index i, is a conditional jump
// backwards (jump threading makes them: a test at the end of a loop's
// body jumping straight to the loop's start).
func isCondBackJump(in instr, i int) bool {
	switch in.op {
	case opPOP_JUMP_IF_FALSE, opPOP_JUMP_IF_TRUE, opJUMP_IF_FALSE_OR_POP, opJUMP_IF_TRUE_OR_POP:
		return int(in.arg) <= i
	}
	return false
}

// unfuseForTrace is ins with each COMPARE_JUMP (fast_compare.go) split
// back into its COMPARE_OP and conditional jump, and each LOAD_FAST_CONST
// (local_const.go), which may run the two instructions after it, a plain
// LOAD_FAST; ins itself when it has neither.
func unfuseForTrace(ins []instr) []instr {
	var out []instr
	for i, in := range ins {
		var plain, next instr
		switch {
		case in.op == opLOAD_FAST_CONST:
			plain, next = instr{op: opLOAD_FAST, arg: in.arg & 0xffff}, ins[i+1]
		case (in.op == opCOMPARE_JUMP_IF_FALSE || in.op == opCOMPARE_JUMP_IF_TRUE) && i+1 < len(ins):
			plain, next = instr{op: opCOMPARE_OP, arg: in.arg & 0xf}, instr{op: opPOP_JUMP_IF_FALSE, arg: in.arg >> 4}
			if in.op == opCOMPARE_JUMP_IF_TRUE {
				next.op = opPOP_JUMP_IF_TRUE
			}
		default:
			continue
		}
		if out == nil {
			out = slices.Clone(ins)
		}
		out[i] = plain
		if i+1 < len(out) {
			out[i+1] = next
		}
	}
	if out == nil {
		return ins
	}
	return out
}

// traceCall is the start of f's run: the 'call' events.
func (t *thread) traceCall(f *frame) error {
	st := t.tr
	if untracedFiles[f.c.py.Filename] || isHiddenCode(f.c.py) {
		return nil
	}
	pf := f.sharedFrame()
	if st.trace != nil {
		f.ins = instrument(f.c).traced
		r, err := t.fireHook(st, st.trace, pf, "call", py.None)
		if err != nil {
			t.hookFailed(st, pf, false)
			return err
		}
		if r != py.None {
			if lt := st.local[pf]; lt != nil {
				lt.fn = r // a generator resumed: its line stays
			} else {
				// CPython's f_lineno of a traced frame is the line of
				// its last line event: none yet, the first line.
				st.local[pf] = &localTrace{fn: r, line: int(f.c.py.Firstlineno)}
			}
		}
	}
	if st.profile != nil {
		if _, err := t.fireHook(st, st.profile, pf, "call", py.None); err != nil {
			t.hookFailed(st, pf, true)
			return err
		}
	}
	return nil
}

// traceLocal calls frame pf's own trace function, if it has one, for
// event: a result other than None becomes its trace function.
func (t *thread) traceLocal(st *traceState, pf *py.Frame, event string, arg py.Object) error {
	lt := st.local[pf]
	if lt == nil || st.trace == nil {
		return nil
	}
	r, err := t.fireHook(st, lt.fn, pf, event, arg)
	if err != nil {
		t.hookFailed(st, pf, false)
		return err
	}
	if r != py.None {
		lt.fn = r
	}
	return nil
}

// fireHook calls a hook with events off until it returns.
func (t *thread) fireHook(st *traceState, fn py.Object, pf *py.Frame, event string, arg py.Object) (py.Object, error) {
	if arg == nil {
		arg = py.None
	}
	st.busy++
	t.tr = nil
	oldFrame, oldEvent := st.eventFrame, st.event
	st.eventFrame, st.event = pf, event
	r, err := t.callObject(nil, fn, []py.Object{pf, py.String(event), arg}, nil, nil)
	st.eventFrame, st.event = oldFrame, oldEvent
	st.busy--
	t.traceRefresh(st)
	return r, err
}

// hookFailed is CPython's answer to a hook that raised: the trace (or
// profile) function is unset, and the frame loses its own.
func (t *thread) hookFailed(st *traceState, pf *py.Frame, profile bool) {
	if profile {
		st.profile = nil
	} else {
		st.trace = nil
		delete(st.local, pf)
	}
	t.traceRefresh(st)
}

// traceStep is opTRACE: the line event where one is due, then the
// instruction it stands for.
func (t *thread) traceStep(f *frame) (instr, error) {
	pc := f.pc - 1
	v, _ := traceCodes.Load(f.c)
	tc := v.(*traceCode)
	in := tc.orig[pc]
	st := t.tr
	if st == nil || st.trace == nil {
		return in, nil
	}
	pf := f.sharedFrame()
	if _, ok := st.local[pf]; !ok {
		return in, nil
	}
	if tc.lineStart[pc] {
		if err := t.traceLine(st, f, pf); err != nil || st.jumped {
			return t.afterJump(st, f, tc, err)
		}
	}
	if isCondBackJump(in, pc) && !tc.lineStart[in.arg] {
		return t.traceCondBackJump(st, f, pf, tc, in, pc)
	}
	if isBackJump(in, pc) && !tc.lineStart[in.arg] {
		// A jump back into a line range: CPython reports the line
		// again, on arrival.
		f.pc = int(in.arg) + 1
		err := t.traceLine(st, f, pf)
		if err != nil || st.jumped {
			return t.afterJump(st, f, tc, err)
		}
		f.pc = pc + 1
	}
	return in, nil
}

// traceCondBackJump runs the conditional backward jump in (at pc) of a
// traced frame: when it is taken, the line it lands in is reported again
// on arrival, as for an unconditional one. It tests the value on top of
// the stack itself, once, and returns what is left to run.
func (t *thread) traceCondBackJump(st *traceState, f *frame, pf *py.Frame, tc *traceCode, in instr, pc int) (instr, error) {
	top := f.stack[f.sp-1]
	b, err := Truth(top)
	if err != nil {
		return instr{op: opNOP}, err
	}
	onTrue := in.op == opPOP_JUMP_IF_TRUE || in.op == opJUMP_IF_TRUE_OR_POP
	keep := in.op == opJUMP_IF_FALSE_OR_POP || in.op == opJUMP_IF_TRUE_OR_POP
	taken := b == onTrue
	if !taken || !keep {
		f.sp--
		f.stack[f.sp] = nil
	}
	if !taken {
		return instr{op: opNOP}, nil
	}
	f.pc = int(in.arg) + 1
	err = t.traceLine(st, f, pf)
	if err != nil || st.jumped {
		return t.afterJump(st, f, tc, err)
	}
	f.pc = pc + 1
	return instr{op: opJUMP_ABSOLUTE, arg: in.arg}, nil
}

// traceLine is a 'line' event, during which f_lineno may be set: the
// frame then resumes at f.pc.
func (t *thread) traceLine(st *traceState, f *frame, pf *py.Frame) error {
	st.lineFrame, st.jumped = pf, false
	if lt := st.local[pf]; lt != nil {
		lt.line = int(f.lineno())
	}
	err := t.traceLocal(st, pf, "line", py.None)
	st.lineFrame = nil
	return err
}

// afterJump is what runs after a line event that failed or moved the
// frame: the instruction it moved to, unreported.
func (t *thread) afterJump(st *traceState, f *frame, tc *traceCode, err error) (instr, error) {
	if err != nil {
		st.jumped = false
		return instr{op: opNOP}, err
	}
	st.jumped = false
	in := tc.orig[f.pc]
	f.pc++
	return in, nil
}

// traceException is the 'exception' event of the error label: cur
// becomes the trace function's own exception if it raises.
func (t *thread) traceException(f *frame, cur *py.ExceptionInfo) {
	st := t.tr
	if st.trace == nil {
		return
	}
	pf := f.sharedFrame()
	tb := py.Object(py.None)
	if cur.Traceback != nil {
		tb = cur.Traceback
	}
	val := cur.Value
	if val == nil {
		val = py.None
	}
	if err := t.traceLocal(st, pf, "exception", py.Tuple{cur.Type, val, tb}); err != nil && cur.Traceback != nil {
		*cur = t.exceptionFrom(err)
		t.addTraceback(f, cur)
	}
}

// traceReturn is the end of f's run: the 'return' events, with the value
// returned or yielded (None when an exception ends it). A trace function
// that raises turns a return into its exception.
func (t *thread) traceReturn(f *frame, retval py.Object, err error) (py.Object, error) {
	st := t.tr
	pf := f.sharedFrame()
	arg := retval
	if err != nil {
		arg = py.None
	}
	if st.trace != nil {
		if e := t.traceLocal(st, pf, "return", arg); e != nil {
			retval, err = nil, e // the hook's error wins, as in CPython
		}
	}
	if st.profile != nil {
		if _, e := t.fireHook(st, st.profile, pf, "return", arg); e != nil {
			t.hookFailed(st, pf, true)
			retval, err = nil, e
		}
	}
	if !f.yielded {
		delete(st.local, pf)
	}
	return retval, err
}

// traceIterEnd is the 'exception' event CPython 3.6 reports when a for
// loop's generator ends: the StopIteration that ends it.
func (t *thread) traceIterEnd(f *frame, it py.Object) {
	if _, ok := it.(*py.Generator); !ok || t.tr.trace == nil {
		return
	}
	v, err := py.ExceptionNew(py.StopIteration, nil, nil)
	if err != nil {
		return
	}
	cur := py.ExceptionInfo{Type: py.StopIteration, Value: v}
	t.traceException(f, &cur)
}

// tracedLineno is f_lineno of a frame with a trace function.
func tracedLineno(pf *py.Frame) (int, bool) {
	if pf.Context == nil {
		return 0, false
	}
	st := threadOf(pf.Context).traceHooksIfAny()
	if st == nil {
		return 0, false
	}
	if f := liveFrame(pf); f != nil && f.pc == 0 {
		// Not started: CPython's f_lasti -1 maps to the first line.
		return int(pf.Code.Firstlineno), true
	}
	if lt := st.local[pf]; lt != nil {
		return lt.line, true
	}
	return 0, false
}

// traceInlineReturn is the 'return' event of a frame called inline
// before tracing began, ending with w.
func (t *thread) traceInlineReturn(f *frame, w why, retval py.Object, cur *py.ExceptionInfo) (why, py.Object) {
	var err error
	if w == whyException {
		err = *cur
	}
	r, e := t.traceReturn(f, retval, err)
	if e != nil && err == nil {
		*cur = t.exceptionFrom(e)
		return whyException, nil
	}
	return w, r
}
