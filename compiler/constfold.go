package compiler

import (
	"math/big"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// CPython 3.6's peephole optimizer turns displays of constants into one
// constant: (1, 2) loads the tuple (1, 2) instead of building it, and the
// list or set display an `in` test or a for loop reads (x in [1, 2],
// x in {'a', 'b'}, for x in [1, 2]) becomes a tuple or a frozenset; an
// operator whose operands are constants (-5, 2 ** 10, 'ab' * 3) is
// computed, within 3.6.15's bounds (foldBounded, foldOperator). The
// folded constants are appended to co_consts, after the ones they were
// made of, as 3.6 appends them. It also rewrites a few instruction
// pairs (peephole). foldConstants does the same to the code gpython's
// compiler made, whose bytecode is CPython 3.4's layout (an opcode byte,
// then two argument bytes from HAVE_ARGUMENT on, an EXTENDED_ARG before
// an argument wider than 16 bits).

// Opcodes the folding reads or moves (CPython 3.4's numbers).
const (
	fUNARY_POSITIVE       = 10
	fUNARY_NEGATIVE       = 11
	fUNARY_INVERT         = 15
	fBINARY_POWER         = 19
	fBINARY_MULTIPLY      = 20
	fBINARY_MODULO        = 22
	fBINARY_ADD           = 23
	fBINARY_SUBTRACT      = 24
	fBINARY_SUBSCR        = 25
	fBINARY_FLOOR_DIVIDE  = 26
	fBINARY_TRUE_DIVIDE   = 27
	fBINARY_LSHIFT        = 62
	fBINARY_RSHIFT        = 63
	fBINARY_AND           = 64
	fBINARY_XOR           = 65
	fBINARY_OR            = 66
	fROT_TWO              = 2
	fROT_THREE            = 3
	fUNARY_NOT            = 12
	fGET_ITER             = 68
	fYIELD_FROM           = 72
	fRETURN_VALUE         = 83
	fHAVE_ARGUMENT        = 90
	fUNPACK_SEQUENCE      = 92
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
	cmpIsNot              = 9
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
	off, end int  // end: the offset after the last original byte it stands for
	arg      int  // with an EXTENDED_ARG before it, its high 16 bits
	tgt      int  // a jump's target, an offset in the original code
	op       byte // (the small fields last: 40 bytes, not 56)
	ext      bool // written after an EXTENDED_ARG (the original was)
	// keep: a JUMP_FORWARD 0 that 3.6 compiles too (elsepass.go), which
	// jumps are threaded through and the peephole leaves.
	keep bool
}

// setArg writes arg as the argument of in, an instruction of code
// decoded at in.off, in the form it has: after an EXTENDED_ARG or not.
func (in bcInstr) setArg(code []byte, arg int) {
	at := in.off
	if in.ext {
		code[at+1], code[at+2] = byte(arg>>16), byte(arg>>24)
		at += 3
	}
	code[at+1], code[at+2] = byte(arg), byte(arg>>8)
}

// size is the number of bytes in goes back as.
func (in bcInstr) size() int {
	switch {
	case in.ext:
		return 6
	case in.op >= fHAVE_ARGUMENT:
		return 3
	}
	return 1
}

// decodeCode splits raw (CPython 3.4's layout) into instructions, an
// EXTENDED_ARG joined to the instruction it extends; false when raw ends
// inside an instruction.
func decodeCode(raw string) ([]bcInstr, bool) {
	// Sized at once: the passes decode every code object several times,
	// and growing the slice was most of the cost.
	ins := make([]bcInstr, 0, countInstrs(raw))
	ext, extOff, hasExt := 0, 0, false
	for pc := 0; pc < len(raw); {
		in := bcInstr{off: pc, op: raw[pc]}
		pc++
		if in.op >= fHAVE_ARGUMENT {
			if pc+1 >= len(raw) {
				return nil, false
			}
			in.arg = int(raw[pc]) | int(raw[pc+1])<<8
			pc += 2
		}
		in.end = pc
		if in.op == fEXTENDED_ARG {
			if hasExt {
				return nil, false
			}
			ext, extOff, hasExt = in.arg, in.off, true
			continue
		}
		if hasExt {
			if in.op < fHAVE_ARGUMENT {
				return nil, false
			}
			in.off, in.arg, in.ext = extOff, ext<<16|in.arg, true
			hasExt = false
		}
		switch jumpKind(in.op) {
		case relativeJump:
			in.tgt = in.end + in.arg
		case absJump:
			in.tgt = in.arg
		}
		ins = append(ins, in)
	}
	return ins, !hasExt
}

// countInstrs is the number of instructions in raw, an EXTENDED_ARG
// counted as one.
func countInstrs(raw string) int {
	n := 0
	for pc := 0; pc < len(raw); n++ {
		if raw[pc] >= fHAVE_ARGUMENT {
			pc += 3
		} else {
			pc++
		}
	}
	return n
}

// hasOp reports whether raw (CPython 3.4's layout) holds an instruction
// that want accepts: a look that lets a pass return before decoding code
// it would leave alone. want sees each instruction's own 16-bit argument
// and every EXTENDED_ARG as an instruction of its own.
func hasOp(raw string, want func(op byte, arg int) bool) bool {
	for pc := 0; pc < len(raw); {
		op, arg := raw[pc], 0
		pc++
		if op >= fHAVE_ARGUMENT {
			if pc+1 < len(raw) {
				arg = int(raw[pc]) | int(raw[pc+1])<<8
			}
			pc += 2
		}
		if want(op, arg) {
			return true
		}
	}
	return false
}

// foldConstants folds co and the code objects among its constants, and
// makes the other rewrites of 3.6's peephole pass: "not" before a
// conditional jump or after an is/in test, a tuple built to be unpacked
// at once (a, b = b, a), the test of "while 1", jumps to a return. deco
// (nil: none) gives the decorated defs' decorator lines, scopes what
// class bodies declare of __class__, bodies the construct of each code
// object (nil: not known).
func foldConstants(co *py.Code, deco decoratorLines, scopes classNameScopes, bodies codeBodies) {
	linkClassCells(co, scopes) // classcell_scope.go; before the bodies are folded
	for _, c := range co.Consts {
		if inner, ok := c.(*py.Code); ok {
			foldConstants(inner, deco, scopes, bodies)
		}
	}
	defer normalizeLnotab(co) // codeconsts.go; after handlerLines
	defer handlerLines(co)
	mergeCodeConsts(co)         // codeconsts.go
	dropConstStatements(co)     // conststmt.go
	lowerUnpackCalls(co)        // pep448ops.go
	lowerStarCalls(co)          // starcalls.go
	dictDisplays(co)            // dictdisplays.go
	lowerMakeFunction(co, deco) // makefunc.go
	raw := co.Code
	ins, ok := decodeCode(raw)
	if !ok {
		return
	}
	// Basic blocks are those of the code as compiled, before jumps are
	// threaded, as 3.6 marks them before its pass.
	targets := jumpTargets(ins)    // dropinstr.go
	opAt := make([]byte, len(raw)) // the opcode at each offset
	for _, in := range ins {
		opAt[in.off] = in.op
	}
	// 3.6 skips its peephole pass in code whose line table cannot say
	// some gap in one step (peepskip.go); its compiler's own rewrites stay.
	keepJump := keptEmptyElses(ins, bodies[co]) // elsepass.go; before threadJumps
	for i := range keepJump {
		ins[i].keep = true
	}
	peep := !peepholeSkipped(co, ins, bodies[co])
	folded := peep && threadJumps(ins) // jumpthread.go
	consts := co.Consts
	out := make([]bcInstr, 0, len(ins))
	skipTo := -1 // instructions before this offset are dropped
	dropped := false
	lowered := false    // an f-string's displays became its instructions
	namesAdded := false // by a STORE_ANNOTATION or a class body's __class__
	classCell := classCellIndex(co)
	for i, in := range ins {
		if in.off < skipTo {
			continue
		}
		if r, added, ok := classCellNameOp(co, classCell, scopes[co], in); ok { // classcell_names.go
			in, folded = r, true
			namesAdded = namesAdded || added
		}
		if from, to, ok := falseTest(ins, i, out, consts, targets); ok {
			// `if 0:`, `while 0:`: 3.6 compiles neither the test nor the
			// body (deadtest.go).
			for len(out) > 0 && out[len(out)-1].off >= from {
				out = out[:len(out)-1]
			}
			skipTo, folded, dropped = to, true, true
			continue
		}
		n := in.arg
		var next byte
		if i+1 < len(ins) {
			next = ins[i+1].op
		}
		var last *bcInstr
		if len(out) > 0 && !targets.has(in.off) {
			last = &out[len(out)-1] // in continues its basic block
		}
		if r, withLast, ok := peephole(in, last, consts, opAt, peep); ok && !keepJump[i] {
			folded = true
			if withLast {
				out = out[:len(out)-1]
			}
			out = append(out, r...)
			continue
		}
		// A yield from's GET_ITER (3.6's GET_YIELD_FROM_ITER) keeps its
		// list: the iterator a generator's gi_yieldfrom shows is a
		// list_iterator.
		yieldFrom := i+3 < len(ins) && ins[i+3].op == fYIELD_FROM
		if k := operatorArity(in.op); k > 0 && peep {
			if c, ok := foldOperator(in, k, out, consts, targets); ok && len(consts) <= 0xffff {
				consts = append(consts, c)
				start := out[len(out)-k].off
				out = append(out[:len(out)-k], bcInstr{off: start, end: in.end, op: fLOAD_CONST, arg: len(consts) - 1})
				folded = true
			} else {
				out = append(out, in)
			}
			continue
		}
		if in.op == fBUILD_TUPLE && len(out) > 0 && !targets.has(in.off) {
			var nextIn *bcInstr
			if i+1 < len(ins) && !targets.has(ins[i+1].off) {
				nextIn = &ins[i+1]
			}
			if r, withNext, name, ok := lowerFString(in, &out[len(out)-1], nextIn, consts); ok {
				if name != "" {
					idx, added := nameIndex(co, name) // fstring_ops.go
					r[0].arg = idx
					namesAdded = namesAdded || added
				}
				if withNext {
					skipTo = nextIn.end
				}
				out = append(out[:len(out)-1], r...)
				folded, lowered = true, true
				continue
			}
		}
		foldable := in.op == fBUILD_TUPLE ||
			((in.op == fBUILD_LIST || in.op == fBUILD_SET) &&
				((next == fGET_ITER && !yieldFrom) || (next == fCOMPARE_OP && (ins[i+1].arg == cmpIn || ins[i+1].arg == cmpNotIn))))
		if !peep || !foldable || n < 1 || n > len(out) || targets.has(in.off) {
			out = append(out, in)
			continue
		}
		group := out[len(out)-n:]
		ok := true
		for j, g := range group {
			if g.op != fLOAD_CONST || g.arg >= len(consts) || (j > 0 && targets.has(g.off)) {
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
		if dead && !targets.has(in.off) {
			folded = true
			continue
		}
		dead = peep && in.op == fRETURN_VALUE
		live = append(live, in)
	}
	out = live
	if !folded {
		return
	}
	if lowered {
		consts = dropFStringMarks(out, consts)
	}
	if namesAdded {
		namesInFirstUse(co, out)
	}
	// newOff maps each original offset to the new code's: one inside a
	// folded group to the constant load that replaced the group, one in
	// dropped code to the instruction after it.
	newOff := make([]int, len(raw)+1)
	pos, k := 0, 0
	for _, in := range out {
		for ; k < in.off; k++ {
			newOff[k] = pos // dropped code before in
		}
		for ; k < in.end; k++ {
			newOff[k] = pos
		}
		pos += in.size()
	}
	for ; k <= len(raw); k++ {
		newOff[k] = pos
	}
	code := make([]byte, 0, pos)
	for _, in := range out {
		arg := in.arg
		switch jumpKind(in.op) {
		case relativeJump:
			arg = newOff[min(in.tgt, len(raw))] - (newOff[in.off] + in.size())
		case absJump:
			arg = newOff[min(in.tgt, len(raw))]
		}
		if in.ext {
			code = append(code, fEXTENDED_ARG, byte(arg>>16), byte(arg>>24))
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
	if dropped {
		pruneNames(co) // deadtest.go
	}
}

// peephole is what replaces in, and last with it when withLast (last is
// the instruction before in in the same basic block, or nil): ok is false
// when nothing changes. The rewrites are 3.6's:
//
//	UNARY_NOT, POP_JUMP_IF_FALSE x       ->  POP_JUMP_IF_TRUE x
//	COMPARE_OP is|in|is not|not in, UNARY_NOT  ->  COMPARE_OP of the opposite test
//	BUILD_TUPLE|BUILD_LIST n, UNPACK_SEQUENCE n  ->  nothing (1), ROT_TWO (2), ROT_THREE ROT_TWO (3)
//	LOAD_CONST true, POP_JUMP_IF_FALSE x ->  nothing
//	JUMP_FORWARD|JUMP_ABSOLUTE to a RETURN_VALUE  ->  RETURN_VALUE
//
// and a JUMP_FORWARD 0 (gpython's, after an if without else) goes. Without
// all (3.6 skips its peephole pass) only the last two happen, which 3.6's
// compiler does itself: it compiles no test of a constant true and no
// jump over a missing else.
func peephole(in bcInstr, last *bcInstr, consts py.Tuple, opAt []byte, all bool) (r []bcInstr, withLast, ok bool) {
	span := func(op byte, arg int) bcInstr {
		return bcInstr{off: last.off, end: in.end, op: op, arg: arg}
	}
	switch in.op {
	case fPOP_JUMP_IF_FALSE:
		if last == nil || last.ext || in.ext {
			break
		}
		if last.op == fUNARY_NOT && all {
			j := span(fPOP_JUMP_IF_TRUE, in.arg)
			j.tgt = in.tgt
			return []bcInstr{j}, true, true
		}
		if last.op == fLOAD_CONST && last.arg < len(consts) {
			if t, err := vm.Truth(consts[last.arg]); err == nil && t {
				return nil, true, true
			}
		}
	case fUNARY_NOT:
		if all && last != nil && last.op == fCOMPARE_OP && !last.ext && last.arg >= cmpIn && last.arg <= cmpIsNot {
			return []bcInstr{span(fCOMPARE_OP, last.arg^1)}, true, true
		}
	case fUNPACK_SEQUENCE:
		if !all || last == nil || last.ext || in.ext || (last.op != fBUILD_TUPLE && last.op != fBUILD_LIST) || last.arg != in.arg {
			break
		}
		switch in.arg {
		case 1:
			return nil, true, true
		case 2:
			return []bcInstr{span(fROT_TWO, 0)}, true, true
		case 3:
			return []bcInstr{{off: last.off, end: in.off, op: fROT_THREE}, {off: in.off, end: in.end, op: fROT_TWO}}, true, true
		}
	case fJUMP_FORWARD, fJUMP_ABSOLUTE:
		if in.ext {
			break
		}
		if all && in.tgt < len(opAt) && opAt[in.tgt] == fRETURN_VALUE {
			return []bcInstr{{off: in.off, end: in.end, op: fRETURN_VALUE}}, false, true
		}
		if in.op == fJUMP_FORWARD && in.arg == 0 {
			return nil, false, true
		}
	}
	return nil, false, false
}

// operatorArity is the number of operands of an operator 3.6's peephole
// pass computes at compile time when they are constants (1 for -x, +x
// and ~x, 2 for the arithmetic, shift, bitwise and subscript operators),
// 0 for any other opcode.
func operatorArity(op byte) int {
	switch op {
	case fUNARY_POSITIVE, fUNARY_NEGATIVE, fUNARY_INVERT:
		return 1
	case fBINARY_POWER, fBINARY_MULTIPLY, fBINARY_MODULO, fBINARY_ADD,
		fBINARY_SUBTRACT, fBINARY_SUBSCR, fBINARY_FLOOR_DIVIDE,
		fBINARY_TRUE_DIVIDE, fBINARY_LSHIFT, fBINARY_RSHIFT, fBINARY_AND,
		fBINARY_XOR, fBINARY_OR:
		return 2
	}
	return 0
}

// foldOperator is the value of operator in applied to the k constants
// the instructions before it load, when they all do and no jump lands
// between them. As in 3.6, an operation that raises is left to run (and
// raise) at run time, and a str, bytes or tuple result longer than 20
// items is not folded (the constant would make the code object large).
func foldOperator(in bcInstr, k int, out []bcInstr, consts py.Tuple, targets offsetSet) (py.Object, bool) {
	if len(out) < k || targets.has(in.off) {
		return nil, false
	}
	group := out[len(out)-k:]
	for j, g := range group {
		if g.op != fLOAD_CONST || g.arg >= len(consts) || (j > 0 && targets.has(g.off)) {
			return nil, false
		}
	}
	a := consts[group[0].arg]
	var b py.Object
	if k == 2 {
		b = consts[group[1].arg]
	}
	if k == 2 && !foldBounded(in.op, a, b) {
		return nil, false
	}
	r, err := vm.FoldOperator(in.op, a, b)
	if err != nil || r == nil {
		return nil, false
	}
	if foldedLen(r) > 20 {
		return nil, false
	}
	return r, true
}

// maxFoldedBits is the most bits an int that a folded *, ** or <<
// makes may have (3.6.15's peephole pass leaves larger products to run
// time).
const maxFoldedBits = 128

// foldBounded reports whether 3.6's peephole pass computes a op b: not
// printf-style formatting (str or bytes % anything), not a product,
// power or left shift of ints whose result would pass maxFoldedBits, not
// a sequence repeated a negative number of times or into more than 20
// items.
func foldBounded(op byte, a, b py.Object) bool {
	switch op {
	case fBINARY_MODULO:
		switch a.(type) {
		case py.String, py.Bytes:
			return false
		}
	case fBINARY_MULTIPLY:
		na, aInt := intBits(a)
		nb, bInt := intBits(b)
		if aInt && bInt {
			return na == 0 || nb == 0 || na+nb <= maxFoldedBits
		}
		if aInt && nonEmptySeq(b) {
			return intSign(a) >= 0 && repeatFolds(b, a)
		}
		if bInt && nonEmptySeq(a) {
			return intSign(b) >= 0 && repeatFolds(a, b)
		}
	case fBINARY_POWER:
		na, aInt := intBits(a)
		_, bInt := intBits(b)
		if aInt && bInt && na != 0 && intSign(b) > 0 {
			w, ok := smallPositive(b)
			return ok && na <= maxFoldedBits/w
		}
	case fBINARY_LSHIFT:
		na, aInt := intBits(a)
		_, bInt := intBits(b)
		if aInt && bInt && na != 0 && intSign(b) > 0 {
			w, ok := smallPositive(b)
			return ok && w <= maxFoldedBits && na <= maxFoldedBits-w
		}
	}
	return true
}

// intBits is the number of bits of o's absolute value when o is an int
// (a bool included).
func intBits(o py.Object) (int, bool) {
	switch v := o.(type) {
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	case py.Int:
		return big.NewInt(int64(v)).BitLen(), true
	case *py.BigInt:
		return (*big.Int)(v).BitLen(), true
	}
	return 0, false
}

// intSign is the sign of an int intBits accepted.
func intSign(o py.Object) int {
	switch v := o.(type) {
	case py.Bool:
		if v {
			return 1
		}
	case py.Int:
		switch {
		case v > 0:
			return 1
		case v < 0:
			return -1
		}
	case *py.BigInt:
		return (*big.Int)(v).Sign()
	}
	return 0
}

// smallPositive is o as an int when it is a positive int that fits one.
func smallPositive(o py.Object) (int, bool) {
	switch v := o.(type) {
	case py.Bool:
		return 1, bool(v)
	case py.Int:
		return int(v), v > 0 && v <= 1<<30
	}
	return 0, false
}

// repeatFolds reports whether seq * n (n not negative) has at most the
// 20 items a folded result may have: a longer one would be dropped
// after it was made, so it is not made (b'x' * 2**33 would take
// gigabytes at compile time).
func repeatFolds(seq, n py.Object) bool {
	if intSign(n) == 0 {
		return true
	}
	k, ok := smallPositive(n)
	if !ok {
		return false
	}
	return foldedLen(seq) <= 20/k
}

// foldedLen is the number of items of a str (characters), bytes or
// tuple, which a folded constant may have 20 of at most; -1 for others.
func foldedLen(o py.Object) int {
	switch v := o.(type) {
	case py.String:
		return utf8.RuneCountInString(string(v))
	case py.Bytes:
		return len(v)
	case py.Tuple:
		return len(v)
	}
	return -1
}

// nonEmptySeq reports whether o is a str, bytes or tuple with items.
func nonEmptySeq(o py.Object) bool {
	switch v := o.(type) {
	case py.String:
		return v != ""
	case py.Bytes:
		return len(v) > 0
	case py.Tuple:
		return len(v) > 0
	}
	return false
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
	if !hasOp(raw, func(op byte, _ int) bool { return op == fSETUP_EXCEPT }) {
		return
	}
	var handlers []int
	prevMatch := false
	// Decoded with EXTENDED_ARG joined: a try body of more than 65535
	// bytes has its handler at an argument wider than 16 bits.
	ins, ok := decodeCode(raw)
	if !ok {
		return
	}
	for _, in := range ins {
		if in.op == fSETUP_EXCEPT && in.tgt+1 < len(raw) && raw[in.tgt] == dupTop {
			handlers = append(handlers, in.tgt)
		}
		// The next except clause, where a clause's type test fails.
		if in.op == fPOP_JUMP_IF_FALSE && prevMatch && in.tgt+1 < len(raw) && raw[in.tgt] == dupTop {
			handlers = append(handlers, in.tgt)
		}
		prevMatch = in.op == fCOMPARE_OP && in.arg == cmpExcMatch
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
