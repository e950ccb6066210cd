package vm

import "github.com/go-python/gpython/py"

// Assigning f_lineno from a line trace function: the frame goes on at
// the first instruction of the line (or of the first line after it that
// has code), provided the jump leaves blocks and enters none, and neither
// enters nor leaves a finally block, as CPython 3.6 requires.

func setFrameLineno(pf *py.Frame, v py.Object) error {
	var f *frame
	var st *traceState
	if pf.Context != nil {
		st = threadOf(pf.Context).traceHooks()
		f = liveFrame(pf)
	}
	n, ok := v.(py.Int)
	if !ok {
		return py.ExceptionNewf(py.ValueError, "lineno must be an integer")
	}
	if f == nil || st == nil || st.eventFrame != pf {
		return py.ExceptionNewf(py.ValueError, "f_lineno can only be set by a trace function")
	}
	if st.lineFrame != pf {
		if f.pc == 0 {
			return py.ExceptionNewf(py.ValueError, "can't jump from the 'call' trace event of a new frame")
		}
		if op := f.c.ins[f.pc-1].op; op == opYIELD_VALUE || op == opYIELD_FROM {
			return py.ExceptionNewf(py.ValueError, "can't jump from a yield statement")
		}
		return py.ExceptionNewf(py.ValueError, "can only jump from a 'line' trace event")
	}
	line := int(n)
	co := f.c.py
	if line < int(co.Firstlineno) {
		return py.ExceptionNewf(py.ValueError, "line %d comes before the current code block", line)
	}
	target, newLine := -1, line
	if line == int(co.Firstlineno) {
		target = 0
	} else {
		addr, cur := int32(0), int(co.Firstlineno)
		for i := 0; i+1 < len(co.Lnotab); i += 2 {
			addr += int32(co.Lnotab[i])
			cur += int(co.Lnotab[i+1])
			if cur >= line {
				target, newLine = insAt(f.c, addr), cur
				break
			}
		}
	}
	if target < 0 {
		return py.ExceptionNewf(py.ValueError, "line %d comes after the current code block", line)
	}
	tc := instrument(f.c)
	if op := tc.orig[target].op; op == opDUP_TOP || op == opPOP_TOP || startsHandler(tc.orig, target) {
		return py.ExceptionNewf(py.ValueError, "can't jump to 'except' line as there's no exception")
	}
	from := f.pc - 1
	fromBlocks, fromFinally := blocksAt(tc.orig, from)
	toBlocks, toFinally := blocksAt(tc.orig, target)
	if fromFinally != toFinally {
		return py.ExceptionNewf(py.ValueError, "can't jump into or out of a 'finally' block")
	}
	if len(toBlocks) > len(fromBlocks) {
		return py.ExceptionNewf(py.ValueError, "can't jump into the middle of a block")
	}
	for i, b := range toBlocks {
		if fromBlocks[i] != b {
			return py.ExceptionNewf(py.ValueError, "can't jump into the middle of a block")
		}
	}
	// Leave the blocks the target is outside of, with what they hold on
	// the value stack.
	for drop := len(fromBlocks) - len(toBlocks); drop > 0 && len(f.blocks) > 0; drop-- {
		b := f.blocks[len(f.blocks)-1]
		f.blocks = f.blocks[:len(f.blocks)-1]
		f.unwindTo(b.Level)
		if b.Type == py.TryBlockSetupFinally && tc.orig[b.Handler].op == opWITH_CLEANUP && f.sp > 0 {
			f.unwindTo(f.sp - 1) // the with's __exit__
		}
	}
	f.pc = target
	st.jumped = true
	if lt := st.local[pf]; lt != nil {
		lt.line = newLine // f_lineno is the line jumped to, as in CPython
	}
	return nil
}

// insAt is the instruction at byte offset off.
func insAt(c *code, off int32) int {
	for i, o := range c.offsets {
		if o >= off {
			return i
		}
	}
	return -1
}

// blocksAt lists the block setups enclosing instruction at (their
// indexes, outermost first), found by a scan of the code, and says
// whether at is in a finally block.
func blocksAt(ins []instr, at int) ([]int, bool) {
	type open struct {
		setup   int
		finally bool
	}
	var stack []open
	for i := 0; i < at && i < len(ins); i++ {
		switch ins[i].op {
		case opSETUP_LOOP, opSETUP_EXCEPT, opSETUP_FINALLY, opSETUP_WITH:
			stack = append(stack, open{setup: i})
		case opPOP_BLOCK:
			if n := len(stack); n > 0 {
				if op := ins[stack[n-1].setup].op; op == opSETUP_FINALLY || op == opSETUP_WITH {
					stack[n-1].finally = true
				} else {
					stack = stack[:n-1]
				}
			}
		case opEND_FINALLY:
			if n := len(stack); n > 0 && stack[n-1].finally {
				stack = stack[:n-1]
			}
		}
	}
	var setups []int
	finally := false
	for _, o := range stack {
		setups = append(setups, o.setup)
		finally = finally || o.finally
	}
	return setups, finally
}

// startsHandler reports whether target follows the DUP_TOP and POP_TOP
// instructions an except handler starts with (the compiler may give them
// the line before, or no line of their own).
func startsHandler(ins []instr, target int) bool {
	start := target
	for start > 0 && (ins[start-1].op == opDUP_TOP || ins[start-1].op == opPOP_TOP) {
		start--
	}
	if start == target {
		return false
	}
	for _, in := range ins {
		if in.op == opSETUP_EXCEPT && int(in.arg) >= start && int(in.arg) < target {
			return true
		}
	}
	return false
}
