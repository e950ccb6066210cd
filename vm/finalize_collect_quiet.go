package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"
)

// gc.collect() right after gc.collect().
//
// test.support.gc_collect() calls gc.collect() three times in a row, and
// tests call it back to back with nothing in between. Each gc.collect()
// costs at least one Go collection, a mark of the whole live heap
// (milliseconds with asyncio loaded; CPython's collection of the same
// objects is a fraction of that). A collection can only find what became
// unreachable since the last one, which needs a reference dropped in
// between. So when the last gc.collect() on this thread finished with a
// collection that finalized nothing, and the code run since is provably
// one that drops nothing, the next gc.collect() needs no Go collection:
// it only runs what the finalizer goroutine queued meanwhile.
//
// "Provably" is a walk of the calling frame's instructions from where
// the last gc.collect() returned to the call now running (quietPath):
// the thread has made no frame since (no Python code ran: a property, a
// __getattr__, a __bool__ or a callback would have made one), the frame
// and its code are the same, and the one path the loop could have taken
// is made of loads, at most one POP_TOP of the last gc.collect()'s
// result, and forward jumps whose conditions are values the walk can
// read now and that nothing on the path could change. Any other
// instruction (a store, a delete, a call, a backward jump, a jump into
// the stretch from elsewhere) means a real collection.

// collectMark is where the last gc.collect() whose collection finalized
// nothing left its thread. Addresses, not pointers: the mark must keep
// neither the thread nor the code alive, and a match of all of them with
// an unchanged frame count is the same activation.
type collectMark struct {
	thread, frame, code uintptr
	pc                  int
	frames              uint64
}

// markCollect records where t is, for the next gc.collect().
func (fin *genFinalizer) markCollect(t *thread) {
	f := t.top
	if f == nil {
		fin.lastCollect = collectMark{}
		return
	}
	fin.lastCollect = collectMark{
		thread: uintptr(unsafe.Pointer(t)),
		frame:  uintptr(unsafe.Pointer(f)),
		code:   uintptr(unsafe.Pointer(f.c)),
		pc:     f.pc,
		frames: t.framesMade,
	}
}

// quietSinceCollect reports whether nothing t ran since fin's mark can
// have dropped a reference.
func (fin *genFinalizer) quietSinceCollect(t *thread) bool {
	m, f := fin.lastCollect, t.top
	if f == nil || m.thread != uintptr(unsafe.Pointer(t)) || m.frame != uintptr(unsafe.Pointer(f)) ||
		m.code != uintptr(unsafe.Pointer(f.c)) || m.frames != t.framesMade {
		return false
	}
	return quietPath(f, m.pc, f.pc-1)
}

// maxQuietSpan bounds the stretch of code quietPath looks at.
const maxQuietSpan = 64

// quietPath reports whether f went from instruction from (just after a
// call) to instruction to (the call running now) through loads only, as
// the package comment above says.
func quietPath(f *frame, from, to int) bool {
	ins := f.ins // what runs: a traced frame runs an instrumented copy
	if from < 1 || to < from || to-from > maxQuietSpan || to >= len(ins) ||
		!isCallOp(ins[from-1].op) || !isCallOp(ins[to].op) {
		return false
	}
	// The stretch is entered at from only, and runs forwards: each of its
	// instructions runs at most once, and the condition a jump tested is
	// still the value it had (nothing after it on the path stores).
	for i, in := range ins {
		target, ok := jumpTarget(in)
		if !ok {
			continue
		}
		inside := i >= from && i < to
		if inside && target <= i || !inside && target > from && target <= to {
			return false
		}
	}
	depth, popped, prev := 0, false, -1
	for pc := from; pc != to; {
		if pc > to {
			return false
		}
		in, at := ins[pc], pc
		switch in.op {
		case opNOP:
			pc++
		case opPOP_TOP:
			// Only the last gc.collect()'s result (an int) may be popped
			// from below what the path pushed.
			if depth == 0 {
				if popped || pc != from {
					return false
				}
				popped = true
			} else {
				depth--
			}
			pc++
		case opLOAD_CONST, opLOAD_FAST, opLOAD_GLOBAL, opLOAD_NAME, opLOAD_DEREF:
			depth++
			pc++
		case opLOAD_ATTR, opLOAD_METHOD:
			if depth == 0 {
				return false
			}
			if in.op == opLOAD_METHOD {
				depth++
			}
			pc++
		case opLOAD_FAST_FAST, opLOAD_FAST_METHOD:
			depth += 2
			pc += 2
		case opLOAD_FAST_ATTR:
			depth++
			pc += 2
		case opJUMP_FORWARD:
			pc = int(in.arg)
		case opPOP_JUMP_IF_FALSE, opPOP_JUMP_IF_TRUE:
			// The value tested is the one the instruction just before
			// pushed, not one a jump brought here.
			if depth == 0 || prev != pc-1 {
				return false
			}
			v, ok := loadedNow(f, ins[pc-1])
			if !ok {
				return false
			}
			b, ok := plainTruth(v)
			if !ok {
				return false
			}
			depth--
			if b == (in.op == opPOP_JUMP_IF_TRUE) {
				pc = int(in.arg)
			} else {
				pc++
			}
		default:
			return false
		}
		prev = at
	}
	// What the call takes is exactly what the path pushed.
	switch call := ins[to]; call.op {
	case opCALL_FUNCTION:
		return depth == int(call.arg)+1
	case opCALL_METHOD:
		return depth == int(call.arg)+2
	}
	return false
}

// isCallOp reports whether op calls with positional arguments only.
func isCallOp(op byte) bool { return op == opCALL_FUNCTION || op == opCALL_METHOD }

// jumpTarget returns the instruction in jumps to (a handler for a SETUP).
func jumpTarget(in instr) (int, bool) {
	switch {
	case isJump(in.op):
		return int(in.arg), true
	case in.op == opCOMPARE_JUMP_IF_FALSE || in.op == opCOMPARE_JUMP_IF_TRUE:
		return int(in.arg >> 4), true
	}
	return 0, false
}

// loadedNow returns the value the load in pushes, read now, when it is a
// plain read (a constant, a local, a module's name, a global or builtin).
func loadedNow(f *frame, in instr) (py.Object, bool) {
	switch in.op {
	case opLOAD_CONST:
		consts := f.c.py.Consts
		if int(in.arg) < len(consts) {
			return consts[in.arg], true
		}
	case opLOAD_FAST:
		if int(in.arg) < len(f.fast) && f.fast[in.arg] != nil {
			return f.fast[in.arg], true
		}
	case opLOAD_NAME:
		// A module's code reads its namespace as a plain dict; a class
		// body's may be what __prepare__ made.
		if f.c.py.Name != "<module>" {
			return nil, false
		}
		name := f.c.names[in.arg]
		if v, ok := f.locals[name]; ok {
			return v, true
		}
		if v, ok := f.globals[name]; ok {
			return v, true
		}
		if v, ok := f.builtins[name]; ok {
			return v, true
		}
	case opLOAD_GLOBAL:
		name := f.c.names[in.arg]
		if v, ok := f.globals[name]; ok {
			return v, true
		}
		if v, ok := f.builtins[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// plainTruth is the truth of v when no code decides it.
func plainTruth(v py.Object) (bool, bool) {
	switch v := v.(type) {
	case py.Bool:
		return bool(v), true
	case py.NoneType:
		return false, true
	case py.Int:
		return v != 0, true
	}
	return false, false
}
