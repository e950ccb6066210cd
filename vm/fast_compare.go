package vm

import "github.com/go-python/gpython/py"

// Compare-and-branch.
//
// `if a < b:` and `while i < n:` compile to COMPARE_OP followed by
// POP_JUMP_IF_FALSE (or _TRUE): the comparison makes a bool that the jump
// pops and tests at once. decode (fuseCompareJumps) rewrites each such
// pair into one COMPARE_JUMP_IF_FALSE/TRUE instruction, leaving a NOP in
// the jump's place, when no jump lands on the jump (it would find a
// different stack). Two ints are compared in place, with no bool made and
// no second dispatch; anything else goes through compareOp and Truth as
// the pair did. The program counter moves past the NOP once the
// comparison is made, so an error from the comparison is reported at the
// comparison and one from the truth test (a __bool__ that raises) at the
// jump, as before.

// fuseCompares turns the fusion off (tests compare with and without).
var fuseCompares = true

// fuseCompareJumps fuses the COMPARE_OP + POP_JUMP pairs of c.
func fuseCompareJumps(c *code) {
	if !fuseCompares {
		return
	}
	ins := c.ins
	target := make([]bool, len(ins)+1)
	for _, in := range ins {
		if isJump(in.op) && int(in.arg) < len(target) {
			target[in.arg] = true
		}
	}
	for i := 0; i+1 < len(ins); i++ {
		cmp, jmp := ins[i], ins[i+1]
		if cmp.op != opCOMPARE_OP || cmp.arg < 0 || cmp.arg > cmpEXC_MATCH || target[i+1] || jmp.arg < 0 || jmp.arg >= 1<<27 {
			continue
		}
		switch jmp.op {
		case opPOP_JUMP_IF_FALSE:
			ins[i] = instr{op: opCOMPARE_JUMP_IF_FALSE, arg: jmp.arg<<4 | cmp.arg}
		case opPOP_JUMP_IF_TRUE:
			ins[i] = instr{op: opCOMPARE_JUMP_IF_TRUE, arg: jmp.arg<<4 | cmp.arg}
		default:
			continue
		}
		ins[i+1] = instr{op: opNOP}
	}
}

// compareTruth is COMPARE_JUMP's slow path: the comparison of the two
// values on top of f's stack by compareOp, then the truth of its result,
// both popped. f.pc is moved past the NOP between the two.
func (t *thread) compareTruth(f *frame, cmp int) (bool, error) {
	b := f.pop()
	if cmp == cmpEXC_MATCH {
		// An except clause: compareOp's answer, without its search
		// through the other comparisons and the bool it makes, from
		// t's cache of answers (fast_excmatch.go).
		m, err := t.excMatch(f.stack[f.sp-1], b)
		f.sp--
		f.stack[f.sp] = nil
		if err == nil {
			f.pc++
		}
		return m, err
	}
	r, err := compareOp(cmp, f.stack[f.sp-1], b)
	f.sp--
	f.stack[f.sp] = nil
	if err != nil {
		return false, err
	}
	f.pc++
	if v, ok := r.(py.Bool); ok {
		return bool(v), nil
	}
	return Truth(r)
}

// valueCompare is comparison op (cmpLT..cmpGE) of two ints or two
// str: for str what str's own comparison methods answer (code point
// order, which UTF-8's byte order keeps), without the search for an
// instance's, a metaclass's or a sequence's comparison on the way there
// (compareGeneral). A str subclass's instance is no py.String and takes
// that way still.
func valueCompare[T py.Int | py.String](op int, x, y T) bool {
	switch op {
	case cmpLT:
		return x < y
	case cmpLE:
		return x <= y
	case cmpEQ:
		return x == y
	case cmpNE:
		return x != y
	case cmpGT:
		return x > y
	}
	return x >= y
}
