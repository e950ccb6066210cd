package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// CPython 3.6's peephole optimizer turns displays of constants into one
// constant: (1, 2) loads the tuple (1, 2) instead of building it, and the
// list or set display an `in` test or a for loop reads (x in [1, 2],
// x in {'a', 'b'}, for x in [1, 2]) becomes a tuple or a frozenset. The
// folded constants are appended to co_consts, after the ones they were
// made of, as 3.6 appends them. foldConstants does the same to the code
// gpython's compiler made, whose bytecode is CPython 3.4's layout (an
// opcode byte, then two argument bytes from HAVE_ARGUMENT on).

// Opcodes the folding reads or moves (CPython 3.4's numbers).
const (
	fGET_ITER             = 68
	fYIELD_FROM           = 72
	fRETURN_VALUE         = 83
	fHAVE_ARGUMENT        = 90
	fFOR_ITER             = 93
	fLOAD_CONST           = 100
	fBUILD_TUPLE          = 102
	fBUILD_LIST           = 103
	fBUILD_SET            = 104
	fCOMPARE_OP           = 107
	fJUMP_FORWARD         = 110
	fJUMP_IF_FALSE_POP    = 111
	fJUMP_IF_TRUE_POP     = 112
	fJUMP_ABSOLUTE        = 113
	fPOP_JUMP_IF_FALSE    = 114
	fPOP_JUMP_IF_TRUE     = 115
	fCONTINUE_LOOP        = 119
	fSETUP_LOOP           = 120
	fSETUP_EXCEPT         = 121
	fSETUP_FINALLY        = 122
	fSETUP_WITH           = 143
	fEXTENDED_ARG         = 144
	cmpExcMatch           = 10
	cmpIn, cmpNotIn       = 6, 7
	relativeJump, absJump = 1, 2
)

// jumpKind says whether op jumps relative to the next instruction, to an
// absolute offset, or not at all (0).
func jumpKind(op byte) int {
	switch op {
	case fJUMP_FORWARD, fFOR_ITER, fSETUP_LOOP, fSETUP_EXCEPT, fSETUP_FINALLY, fSETUP_WITH:
		return relativeJump
	case fJUMP_IF_FALSE_POP, fJUMP_IF_TRUE_POP, fJUMP_ABSOLUTE, fPOP_JUMP_IF_FALSE, fPOP_JUMP_IF_TRUE, fCONTINUE_LOOP:
		return absJump
	}
	return 0
}

// bcInstr is one instruction: its offset in the original code, opcode
// and argument.
type bcInstr struct {
	off, end int // end: the offset after the last original byte it stands for
	op       byte
	arg      int
}

// foldConstants folds co and the code objects among its constants.
func foldConstants(co *py.Code) {
	for _, c := range co.Consts {
		if inner, ok := c.(*py.Code); ok {
			foldConstants(inner)
		}
	}
	defer handlerLines(co)
	raw := co.Code
	var ins []bcInstr
	for pc := 0; pc < len(raw); {
		in := bcInstr{off: pc, op: raw[pc]}
		pc++
		if in.op >= fHAVE_ARGUMENT {
			if pc+1 >= len(raw) {
				return
			}
			in.arg = int(raw[pc]) | int(raw[pc+1])<<8
			pc += 2
		}
		in.end = pc
		if in.op == fEXTENDED_ARG {
			return // rare (huge code): left as it is
		}
		ins = append(ins, in)
	}
	targets := map[int]bool{}
	for _, in := range ins {
		switch jumpKind(in.op) {
		case relativeJump:
			targets[in.off+3+in.arg] = true
		case absJump:
			targets[in.arg] = true
		}
	}
	consts := co.Consts
	out := make([]bcInstr, 0, len(ins))
	folded := false
	for i, in := range ins {
		n := in.arg
		var next byte
		if i+1 < len(ins) {
			next = ins[i+1].op
		}
		// A yield from's GET_ITER (3.6's GET_YIELD_FROM_ITER) keeps its
		// list: the iterator a generator's gi_yieldfrom shows is a
		// list_iterator.
		yieldFrom := i+3 < len(ins) && ins[i+3].op == fYIELD_FROM
		foldable := in.op == fBUILD_TUPLE ||
			((in.op == fBUILD_LIST || in.op == fBUILD_SET) &&
				((next == fGET_ITER && !yieldFrom) || (next == fCOMPARE_OP && (ins[i+1].arg == cmpIn || ins[i+1].arg == cmpNotIn))))
		if !foldable || n < 1 || n > len(out) || targets[in.off] {
			out = append(out, in)
			continue
		}
		group := out[len(out)-n:]
		ok := true
		for j, g := range group {
			if g.op != fLOAD_CONST || g.arg >= len(consts) || (j > 0 && targets[g.off]) {
				ok = false
				break
			}
		}
		var c py.Object
		if ok {
			c, ok = foldedConst(in.op, consts, group)
		}
		if !ok || len(consts) > 0xffff {
			out = append(out, in)
			continue
		}
		consts = append(consts, c)
		start := group[0].off
		out = append(out[:len(out)-n], bcInstr{off: start, end: in.end, op: fLOAD_CONST, arg: len(consts) - 1})
		folded = true
	}
	// What follows a return up to the next jump target never runs: 3.6
	// drops it (gpython leaves the POP_BLOCK and jump of a try body, the
	// POP_EXCEPT and jump of a handler, that end in a return).
	live := out[:0]
	dead := false
	for _, in := range out {
		if dead && !targets[in.off] {
			folded = true
			continue
		}
		dead = in.op == fRETURN_VALUE
		live = append(live, in)
	}
	out = live
	if !folded {
		return
	}
	// newOff maps each original offset to the new code's: one inside a
	// folded group to the constant load that replaced the group, one in
	// dropped code to the instruction after it.
	newOff := make([]int, len(raw)+1)
	size := func(op byte) int {
		if op >= fHAVE_ARGUMENT {
			return 3
		}
		return 1
	}
	pos, k := 0, 0
	for _, in := range out {
		for ; k < in.off; k++ {
			newOff[k] = pos // dropped code before in
		}
		for ; k < in.end; k++ {
			newOff[k] = pos
		}
		pos += size(in.op)
	}
	for ; k <= len(raw); k++ {
		newOff[k] = pos
	}
	code := make([]byte, 0, pos)
	for _, in := range out {
		arg := in.arg
		switch jumpKind(in.op) {
		case relativeJump:
			arg = newOff[min(in.off+3+in.arg, len(raw))] - (newOff[in.off] + 3)
		case absJump:
			arg = newOff[min(in.arg, len(raw))]
		}
		code = append(code, in.op)
		if in.op >= fHAVE_ARGUMENT {
			code = append(code, byte(arg), byte(arg>>8))
		}
	}
	lnotab := []byte(co.Lnotab)
	oldAddr, prevNew := 0, 0
	for i := 0; i+1 < len(lnotab); i += 2 {
		oldAddr += int(lnotab[i])
		na := newOff[min(oldAddr, len(raw))]
		lnotab[i] = byte(na - prevNew)
		prevNew = na
	}
	co.Code = string(code)
	co.Lnotab = string(lnotab)
	co.Consts = consts
}

// foldedConst is the constant a display op of the constants group
// builds: a tuple, or a frozenset for a set display; false when one of
// them cannot be a set member.
func foldedConst(op byte, consts py.Tuple, group []bcInstr) (py.Object, bool) {
	items := make(py.Tuple, len(group))
	for i, g := range group {
		items[i] = consts[g.arg]
	}
	if op != fBUILD_SET {
		return items, true
	}
	s := vm.NewFrozenSet()
	for _, it := range items {
		if err := s.Add(it); err != nil {
			return nil, false
		}
	}
	return s, true
}

// handlerLines dates the DUP_TOP that starts an except clause's handler
// by the except line, as CPython 3.6 does; gpython's line table starts
// that line one instruction later, at the test of the exception's type.
func handlerLines(co *py.Code) {
	raw := co.Code
	const dupTop = 4
	var handlers []int
	prevMatch := false
	for pc := 0; pc < len(raw); {
		op := raw[pc]
		if op < fHAVE_ARGUMENT {
			pc++
			prevMatch = false
			continue
		}
		if op == fEXTENDED_ARG || pc+2 >= len(raw) {
			return
		}
		arg := int(raw[pc+1]) | int(raw[pc+2])<<8
		pc += 3
		if op == fSETUP_EXCEPT && pc+arg+1 < len(raw) && raw[pc+arg] == dupTop {
			handlers = append(handlers, pc+arg)
		}
		// The next except clause, where a clause's type test fails.
		if op == fPOP_JUMP_IF_FALSE && prevMatch && arg+1 < len(raw) && raw[arg] == dupTop {
			handlers = append(handlers, arg)
		}
		prevMatch = op == fCOMPARE_OP && arg == cmpExcMatch
	}
	if len(handlers) == 0 {
		return
	}
	tab := []byte(co.Lnotab)
	for _, h := range handlers {
		addr, first, startsAtH := 0, -1, false
		for i := 0; i+1 < len(tab); i += 2 {
			addr += int(tab[i])
			if tab[i+1] == 0 {
				continue
			}
			if addr == h {
				startsAtH = true
			}
			if addr == h+1 && first < 0 && tab[i] > 0 {
				first = i
			}
		}
		if startsAtH || first < 0 {
			continue
		}
		tab[first]--
		for j := first + 2; j+1 < len(tab); j += 2 {
			if tab[j] > 0 && tab[j] < 255 {
				tab[j]++
				break
			}
		}
	}
	co.Lnotab = string(tab)
}
