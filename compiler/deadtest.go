package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// CPython 3.6's compiler does not compile an if statement whose test is
// a false constant (0, None, False, '', b'', 0.0, a literal, not an
// expression that folds to one), nor a while loop whose test is one:
// only their else clause is left, and no line event comes from the test.
// gpython compiles the test and the body; falseTest finds what to drop.

const (
	fPOP_BLOCK = 87
)

// falseTest reports whether ins[i], a POP_JUMP_IF_FALSE after a false
// constant loaded by one LOAD_CONST of the original code, is the test of
// an if or while statement to drop, and the range of original offsets
// [from, to) to drop: the test and the body (for a while loop, its
// SETUP_LOOP and POP_BLOCK too). No jump from outside the range may land
// inside it.
func falseTest(ins []bcInstr, i int, out []bcInstr, consts py.Tuple, targets offsetSet) (from, to int, ok bool) {
	in := ins[i]
	if in.op != fPOP_JUMP_IF_FALSE || in.ext || i == 0 || targets.has(in.off) || in.tgt <= in.off || len(out) == 0 {
		return 0, 0, false
	}
	load := ins[i-1]
	last := out[len(out)-1]
	if load.op != fLOAD_CONST || load.ext || last.off != load.off || last.end != load.end || last.op != fLOAD_CONST || load.arg >= len(consts) {
		return 0, 0, false
	}
	switch consts[load.arg].(type) {
	case py.Int, py.Bool, py.NoneType, py.String, py.Bytes, py.Float, py.Complex, *py.BigInt:
	default:
		return 0, 0, false
	}
	if t, err := vm.Truth(consts[load.arg]); err != nil || t {
		return 0, 0, false
	}
	from, to = load.off, in.tgt
	// A while loop: SETUP_LOOP, the test, the body ending in a jump back
	// to the test, POP_BLOCK at the test's target.
	if i >= 2 && ins[i-2].op == fSETUP_LOOP && !ins[i-2].ext {
		var atTgt, beforeTgt *bcInstr
		for k := i; k < len(ins); k++ {
			if ins[k].off == in.tgt {
				atTgt = &ins[k]
				beforeTgt = &ins[k-1]
				break
			}
		}
		if atTgt == nil || atTgt.op != fPOP_BLOCK || beforeTgt.op != fJUMP_ABSOLUTE || beforeTgt.tgt != load.off {
			return 0, 0, false
		}
		if len(out) < 2 || out[len(out)-2].off != ins[i-2].off || out[len(out)-2].op != fSETUP_LOOP {
			return 0, 0, false
		}
		from, to = ins[i-2].off, atTgt.end
	}
	for _, j := range ins {
		if jumpKind(j.op) == 0 || (j.off >= from && j.off < to) {
			continue
		}
		if j.tgt > from && j.tgt < to {
			return 0, 0, false
		}
	}
	return from, to, true
}

// nameOp reports whether op's argument indexes co_names.
func nameOp(op byte) bool {
	switch op {
	case 90, 91, 95, 96, 97, 98, 101, 106, 108, 109, 116:
		return true
	}
	return false
}

// pruneNames drops from co_names the names only dropped code used, as
// 3.6 never adds them, the others keeping their order.
func pruneNames(co *py.Code) {
	ins, ok := decodeCode(co.Code)
	if !ok {
		return
	}
	used := make([]bool, len(co.Names))
	for _, in := range ins {
		if nameOp(in.op) && in.arg < len(used) {
			used[in.arg] = true
		}
	}
	newIndex := make([]int, len(co.Names))
	var names []string
	for i, n := range co.Names {
		newIndex[i] = len(names)
		if used[i] {
			names = append(names, n)
		}
	}
	if len(names) == len(co.Names) {
		return
	}
	code := []byte(co.Code)
	for _, in := range ins {
		if !nameOp(in.op) || in.arg >= len(newIndex) {
			continue
		}
		in.setArg(code, newIndex[in.arg])
	}
	co.Code = string(code)
	co.Names = names
}
