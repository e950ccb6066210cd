package vm

import "slices"

// Superinstructions.
//
// Most of a method's work is short runs of instructions that always come
// together: `self.x` is LOAD_FAST + LOAD_ATTR, `self.n += k` is LOAD_FAST,
// DUP_TOP, LOAD_ATTR, the operand, the operation, ROT_TWO and STORE_ATTR,
// `a, b` is LOAD_FAST + LOAD_FAST, and a store to a local is often read
// back at once. Each instruction costs a dispatch (the loop's header and
// an indirect jump) whatever its own work. decode (fuseSuper) marks the
// first instruction of such a run with an opcode that does the whole run
// and moves the program counter past it; the rest of the run stays as it
// was, so a jump that lands inside a run executes the plain instructions
// from there. A marked instruction's argument packs the arguments of the
// run: the local's index in the low 16 bits and the second instruction's
// argument above them.
//
// Errors are raised where the plain run would raise them: the program
// counter moves past an instruction of the run only once that
// instruction's part is done, so the traceback names the instruction
// (and line) that failed. A traced frame runs the plain instructions:
// instrument (trace_hooks.go) starts from unfuseSuper's copy.

// fuseSupers turns the fusion off (tests compare with and without).
var fuseSupers = true

// fuseSuper marks the superinstruction runs of c. It runs after the other
// passes of decode and matches their output as it stands before any of
// its own changes.
func fuseSuper(c *code) {
	if !fuseSupers {
		return
	}
	orig := slices.Clone(c.ins)
	for i := 0; i+1 < len(orig); i++ {
		a, b := orig[i], orig[i+1]
		switch a.op {
		case opLOAD_FAST:
			if a.arg < 0 || a.arg > 0xffff || b.arg < 0 || b.arg > 0x7fff {
				continue
			}
			switch b.op {
			case opLOAD_FAST:
				c.ins[i] = instr{op: opLOAD_FAST_FAST, arg: a.arg | b.arg<<16}
			case opLOAD_ATTR:
				c.ins[i] = instr{op: opLOAD_FAST_ATTR, arg: a.arg | b.arg<<16}
			case opLOAD_METHOD:
				c.ins[i] = instr{op: opLOAD_FAST_METHOD, arg: a.arg | b.arg<<16}
			case opDUP_TOP:
				if i+2 < len(orig) && orig[i+2].op == opLOAD_ATTR && orig[i+2].arg >= 0 && orig[i+2].arg <= 0x7fff {
					c.ins[i] = instr{op: opLOAD_FAST_DUP_ATTR, arg: a.arg | orig[i+2].arg<<16}
				}
			}
		case opSTORE_FAST:
			// A for loop's target store after FOR_ITER is pushItem's
			// (frame.go): it stays as it is.
			if b.op == opLOAD_FAST && a.arg >= 0 && a.arg <= 0xffff && b.arg >= 0 && b.arg <= 0x7fff &&
				(i == 0 || orig[i-1].op != opFOR_ITER) {
				c.ins[i] = instr{op: opSTORE_LOAD_FAST, arg: a.arg | b.arg<<16}
			}
		case opROT_TWO:
			if b.op == opSTORE_ATTR {
				c.ins[i] = instr{op: opROT_STORE_ATTR, arg: b.arg}
			}
		}
	}
}

// unfuseSuper returns ins with each superinstruction turned back into the
// first plain instruction of its run (the rest of the run is still in
// place): ins itself when it has none.
func unfuseSuper(ins []instr) []instr {
	var out []instr
	for i, in := range ins {
		var plain instr
		switch in.op {
		case opLOAD_FAST_FAST, opLOAD_FAST_ATTR, opLOAD_FAST_DUP_ATTR, opLOAD_FAST_METHOD:
			plain = instr{op: opLOAD_FAST, arg: in.arg & 0xffff}
		case opSTORE_LOAD_FAST:
			plain = instr{op: opSTORE_FAST, arg: in.arg & 0xffff}
		case opROT_STORE_ATTR:
			plain = instr{op: opROT_TWO}
		default:
			continue
		}
		if out == nil {
			out = slices.Clone(ins)
		}
		out[i] = plain
	}
	if out == nil {
		return ins
	}
	return out
}
