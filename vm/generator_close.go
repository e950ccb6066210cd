package vm

import (
	"errors"
	"fmt"
	"io"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Closing the generator a for loop leaves early.
//
// CPython closes a generator when its last reference goes: a loop such as
// `for x in gen(): break` runs gen's finally blocks and with-exits at the
// break, since the loop's iterator slot held the only reference. Go's
// collector gives no such moment, so the loop approximates it: a for loop
// owns its iterator when that iterator is a generator created while the
// loop's own expression was evaluated (by a call in it, or by the
// iterable's __iter__), that is, when the generator is the last one this
// thread created and it was created after the loop's SETUP_LOOP. When such
// a loop is left by break, return or an exception, the loop closes the
// generator as the reference drop would in CPython. A generator bound to a
// name before the loop (`g = gen(); for x in g: break`) is never owned, so
// it stays open for later use, as in CPython. The approximation is wrong
// only for a generator the loop expression both creates and stores
// elsewhere (`self.it = gen(); return self.it`): CPython keeps that one
// open, the loop closes it.

// tryBlockOwningLoop marks a SETUP_LOOP block whose iterator (the value at
// the block's level) is a generator the loop owns. Blocks of this type are
// loops in every other respect.
const tryBlockOwningLoop py.TryBlockType = 0x40 | py.TryBlockSetupLoop

// tryBlockOwningArg is the bottom block of a generator expression's frame
// when the iterator it was called with (its first local, .0) is a
// generator that the enclosing expression created: the generator
// expression owns it, and closes it when its frame ends (by exhaustion,
// close() or an exception), as CPython's frame clearing drops the last
// reference.
const tryBlockOwningArg py.TryBlockType = 0x41

// isLoopBlock reports whether a block is a loop's.
func isLoopBlock(b py.TryBlock) bool {
	return b.Type == py.TryBlockSetupLoop || b.Type == tryBlockOwningLoop
}

// newGenerator wraps a bound generator frame into a py.Generator, counted
// as the thread's latest.
func (t *thread) newGenerator(f *frame) *py.Generator {
	g := newGenerator(f)
	if t.ownArg != nil {
		if len(f.fast) > 0 && f.fast[0] == t.ownArg {
			g.Frame.Blockstack = append(g.Frame.Blockstack, py.TryBlock{Type: tryBlockOwningArg})
		}
		t.ownArg = nil
	}
	t.gensMade++
	t.lastGen = uintptr(unsafe.Pointer(g))
	t.trackGenerator(g, f.c)
	return g
}

// ownIterator is GET_ITER's second half. When the iterator just made is a
// generator created by the expression since f.loopMark, and it is about to
// be looped over by a for statement, the loop's block takes ownership;
// when it is about to be passed to a generator expression, that
// generator expression does.
func (t *thread) ownIterator(f *frame) {
	if f.pc >= len(f.c.ins) {
		return
	}
	g, ok := f.stack[f.sp-1].(*py.Generator)
	if !ok || uintptr(unsafe.Pointer(g)) != t.lastGen || t.gensMade <= f.loopMark {
		return
	}
	switch next := f.c.ins[f.pc]; next.op {
	case opFOR_ITER:
		if len(f.blocks) == 0 {
			return
		}
		b := &f.blocks[len(f.blocks)-1]
		if b.Type == py.TryBlockSetupLoop && b.Level == f.sp-1 {
			b.Type = tryBlockOwningLoop
		}
	case opCALL_FUNCTION:
		if next.arg == 1 && f.sp >= 2 && isGenexpr(f.stack[f.sp-2]) {
			t.ownArg = g
		}
	}
}

// isGenexpr reports whether fn is the function of a generator expression.
func isGenexpr(fn py.Object) bool {
	pf, ok := fn.(*py.Function)
	return ok && pf.Code.Flags&py.CO_GENERATOR != 0 && pf.Code.Name == "<genexpr>"
}

// markGenexpr is MAKE_FUNCTION's second half: a generator expression's
// outermost iterable is evaluated next, so generators created from here
// on may be its own.
func (t *thread) markGenexpr(f *frame) {
	if isGenexpr(f.stack[f.sp-1]) {
		f.loopMark = t.gensMade
	}
}

// closeOwnedArg runs when a generator expression's frame ends: it closes
// the iterator the frame owned.
func (t *thread) closeOwnedArg(f *frame) {
	if len(f.fast) == 0 {
		return
	}
	if g, ok := f.fast[0].(*py.Generator); ok {
		f.fast[0] = nil
		t.closeOwned(g)
	}
}

// closeOwned closes the generator an owning loop block held, once the
// block is popped. An exception from close() cannot propagate (CPython
// raises it in a destructor): it is reported on stderr as unraisable.
func (t *thread) closeOwned(g *py.Generator) {
	if _, err := genClose(g); err != nil {
		t.writeUnraisable(g, err)
	}
}

// writeUnraisable reports err, which cannot propagate, on stderr as
// CPython 3.6's PyErr_WriteUnraisable(obj) does: "Exception ignored in:"
// and obj's repr ("<object repr() failed>" when that fails), then the
// traceback without its chained exceptions.
func (t *thread) writeUnraisable(obj py.Object, err error) {
	w := stderrOf(t.ctx)
	r, rerr := Repr(obj)
	if rerr != nil {
		r = "<object repr() failed>"
	}
	fmt.Fprintf(w, "Exception ignored in: %s\n", r)
	var info py.ExceptionInfo
	if errors.As(err, &info) && info.Value != nil {
		io.WriteString(w, pyutil.FormatExceptionValue(info.Value, info.Traceback, false))
	} else {
		pyutil.PrintTraceback(w, err)
	}
}
