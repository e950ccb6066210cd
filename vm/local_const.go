package vm

import (
	"math"

	"github.com/go-python/gpython/py"
)

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
// What the triple does is decoded once, into the code's localConsts
// (the constant unboxed, a subtraction's negated, the compare's jump):
// the marked instruction reads its entry instead of the two after it.

// localConstOp is what a LOAD_FAST_CONST does when its local is an int:
// add y (a subtraction's constant is negated here), apply arith (another
// of intArith's operations, fast_int_ops.go) with y, or compare with y
// and jump to target when the outcome is jumpIf.
type localConstOp struct {
	y       py.Int
	arith   byte // 0 for an addition
	compare bool
	cmp     uint8
	jumpIf  bool
	target  int32
}

// markLocalConst marks the LOAD_FAST + LOAD_CONST + int operation
// triples of c. A marked instruction's argument is the local's index in
// its low 16 bits and its entry in c.localConsts above them.
func markLocalConst(c *code) {
	ins := c.ins
	for i := 0; i+2 < len(ins); i++ {
		if ins[i].op != opLOAD_FAST || ins[i+1].op != opLOAD_CONST || ins[i].arg > 0xffff || len(c.localConsts) >= 0x7fff {
			continue
		}
		y, ok := c.py.Consts[ins[i+1].arg].(py.Int)
		if !ok {
			continue
		}
		op := ins[i+2]
		var lc localConstOp
		switch op.op {
		case opBINARY_ADD, opINPLACE_ADD:
			lc.y = y
		case opBINARY_SUBTRACT, opINPLACE_SUBTRACT:
			if y == math.MinInt64 {
				continue
			}
			lc.y = -y
		case opBINARY_MULTIPLY, opINPLACE_MULTIPLY, opBINARY_MODULO, opINPLACE_MODULO,
			opBINARY_FLOOR_DIVIDE, opINPLACE_FLOOR_DIVIDE, opBINARY_LSHIFT, opINPLACE_LSHIFT,
			opBINARY_RSHIFT, opINPLACE_RSHIFT, opBINARY_AND, opINPLACE_AND,
			opBINARY_XOR, opINPLACE_XOR, opBINARY_OR, opINPLACE_OR:
			lc = localConstOp{y: y, arith: op.op}
		case opCOMPARE_JUMP_IF_FALSE, opCOMPARE_JUMP_IF_TRUE:
			if op.arg&0xf > cmpGE {
				continue
			}
			lc = localConstOp{y: y, compare: true, cmp: uint8(op.arg & 0xf), jumpIf: op.op == opCOMPARE_JUMP_IF_TRUE, target: op.arg >> 4}
		default:
			continue
		}
		ins[i].op = opLOAD_FAST_CONST
		ins[i].arg |= int32(len(c.localConsts)) << 16
		c.localConsts = append(c.localConsts, lc)
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

// localAdd runs the arithmetic triple of lc (an add or subtract, or
// lc.arith) whose LOAD_FAST_CONST has loaded x, f.pc being at its
// LOAD_CONST, and reports whether it could: the result is pushed and f.pc
// is past the triple. (The loop runs the compare-and-jump triples
// itself.)
func localAdd(t *thread, f *frame, lc *localConstOp, x py.Int) bool {
	var r py.Int
	if lc.arith == 0 {
		r = x + lc.y
		if (r > x) != (lc.y > 0) {
			return false // a big int
		}
	} else {
		var ok bool
		if r, ok = intArith(lc.arith, x, lc.y); !ok {
			return false
		}
	}
	f.push(t.boxIntOn(r))
	f.pc += 2
	return true
}
