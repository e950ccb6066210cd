package vm

import "github.com/go-python/gpython/py"

// Local-and-constant int operations.
//
// `n - 1`, `i += 1`, `n < 2` and `while i < 10:` compile to LOAD_FAST,
// LOAD_CONST and an operation (BINARY_ADD/SUBTRACT, INPLACE_ADD/SUBTRACT,
// or a COMPARE_JUMP that fuseCompareJumps made): three dispatches for one
// small-int operation. decode (markLocalConst) changes the LOAD_FAST of
// each such triple into LOAD_FAST_CONST and leaves the other two as they
// are. When the local and the constant are both ints and the result
// needs no big int, LOAD_FAST_CONST does the whole triple and moves past
// it; otherwise it is LOAD_FAST, and the loop goes on with the LOAD_CONST
// as before (errors included). A jump landing on the second or third
// instruction runs them as they are, so no jump target needs checking.

// markLocalConst marks the LOAD_FAST + LOAD_CONST + int operation
// triples of c.
func markLocalConst(c *code) {
	ins := c.ins
	for i := 0; i+2 < len(ins); i++ {
		if ins[i].op != opLOAD_FAST || ins[i+1].op != opLOAD_CONST {
			continue
		}
		if _, ok := c.py.Consts[ins[i+1].arg].(py.Int); !ok {
			continue
		}
		switch ins[i+2].op {
		case opBINARY_ADD, opINPLACE_ADD, opBINARY_SUBTRACT, opINPLACE_SUBTRACT:
		case opCOMPARE_JUMP_IF_FALSE, opCOMPARE_JUMP_IF_TRUE:
			if ins[i+2].arg&0xf > cmpGE {
				continue
			}
		default:
			continue
		}
		ins[i].op = opLOAD_FAST_CONST
	}
}

// intAddSub is x + y for an add (op BINARY_ADD or INPLACE_ADD), else
// x - y; false when the result needs a big int.
func intAddSub(op byte, x, y py.Int) (py.Int, bool) {
	if op == opBINARY_ADD || op == opINPLACE_ADD {
		r := x + y
		return r, (r > x) == (y > 0)
	}
	r := x - y
	return r, (r < x) == (y > 0)
}

// intCompare is comparison cmp (cmpLT..cmpGE) of two ints.
func intCompare(cmp int, x, y py.Int) bool {
	switch cmp {
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

// localConst runs the triple whose LOAD_FAST_CONST has loaded x, f.pc
// being at its LOAD_CONST, and reports whether it could: the result is
// pushed, or the jump taken, and f.pc is past the triple.
func localConst(f *frame, x py.Int) bool {
	k, op := f.c.ins[f.pc], f.c.ins[f.pc+1]
	y := f.c.py.Consts[k.arg].(py.Int)
	switch op.op {
	case opBINARY_ADD, opINPLACE_ADD, opBINARY_SUBTRACT, opINPLACE_SUBTRACT:
		r, ok := intAddSub(op.op, x, y)
		if !ok {
			return false
		}
		f.push(boxInt(r))
		f.pc += 2
	default: // COMPARE_JUMP_IF_FALSE/TRUE, and the NOP after it
		f.pc += 3
		if intCompare(int(op.arg&0xf), x, y) == (op.op == opCOMPARE_JUMP_IF_TRUE) {
			f.pc = int(op.arg >> 4)
		}
	}
	return true
}
