package compiler

import (
	"maps"
	"slices"

	"github.com/go-python/gpython/py"
)

// CPython 3.6 makes a function from a defaults tuple, a keyword-only
// defaults dict, an annotations dict and a closure tuple, each there when
// a flag of MAKE_FUNCTION's argument says so (1, 2, 4, 8). gpython's
// compiler emits 3.4's MAKE_FUNCTION and MAKE_CLOSURE instead, which take
// the defaults one by one, the keyword-only defaults as name, value
// pairs and the annotations as values and a tuple of names. lowerMakeFunction
// rewrites each of those into 3.6's form:
//
//	defaults           BUILD_TUPLE n          (folded when constants)
//	keyword-only defaults' values, the tuple of their names
//	                   BUILD_CONST_KEY_MAP n
//	annotations' values, the tuple of their names
//	                   BUILD_CONST_KEY_MAP n
//	closure tuple
//	code, qualname     MAKE_FUNCTION flags
//
// MAKE_FUNCTION keeps 3.4's meaning in code compiled before (the embedded
// modules' cached code), so 3.6's is written with an opcode of its own,
// mkfMAKE_FUNCTION, which dis shows as 3.6's. A function whose decorators gpython evaluates between its
// annotations and its closure (a decorated def with defaults or
// annotations) is left as gpython made it, as is any code whose stack use
// the analysis below cannot follow.

const (
	fMAKE_FUNCTION       = 132
	fMAKE_CLOSURE        = 134
	fBUILD_MAP           = 105
	fCALL_FUNCTION       = 131
	fBUILD_CONST_KEY_MAP = 156
	mkfMAKE_FUNCTION     = 139 // 3.6's MAKE_FUNCTION flags
)

// stackEffect is what instruction in (3.4's opcodes) pops and pushes when
// it falls through, and the depth change on its jump; ok is false for an
// opcode the analysis does not know.
func stackEffect(in bcInstr) (pops, pushes, jump int, ok bool) {
	n := in.arg
	switch in.op {
	case 9: // NOP
		return 0, 0, 0, true
	case 1: // POP_TOP
		return 1, 0, 0, true
	case 2: // ROT_TWO
		return 2, 2, 0, true
	case 3: // ROT_THREE
		return 3, 3, 0, true
	case 4: // DUP_TOP
		return 1, 2, 0, true
	case 5: // DUP_TOP_TWO
		return 2, 4, 0, true
	case 10, 11, 12, 15, 68, 106: // unary operators, GET_ITER, LOAD_ATTR
		return 1, 1, 0, true
	case 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 55, 56, 57, 59, 62, 63, 64, 65, 66, 67,
		75, 76, 77, 78, 79, 107, 16, 17: // binary and in-place operators, COMPARE_OP
		return 2, 1, 0, true
	case 54: // STORE_MAP
		return 3, 1, 0, true
	case 60: // STORE_SUBSCR
		return 3, 0, 0, true
	case 61: // DELETE_SUBSCR
		return 2, 0, 0, true
	case 70, 83, 84, 90, 97, 125, 137, 145, 146: // PRINT_EXPR, RETURN_VALUE, IMPORT_STAR, stores, LIST_APPEND, SET_ADD
		return 1, 0, 0, true
	case 147: // MAP_ADD
		return 2, 0, 0, true
	case 71, 100, 101, 116, 124, 135, 136, 148: // loads
		return 0, 1, 0, true
	case 72: // YIELD_FROM
		return 2, 1, 0, true
	case 86: // YIELD_VALUE
		return 1, 1, 0, true
	case 80, 87, 89, 91, 98, 126, 138, 110, 113, 119, 120: // no stack change
		return 0, 0, 0, true
	case 81: // WITH_CLEANUP
		return 1, 0, 0, true
	case 88: // END_FINALLY
		return 1, 0, 0, true
	case 92: // UNPACK_SEQUENCE
		return 1, n, 0, true
	case 94: // UNPACK_EX
		return 1, (n & 0xff) + (n >> 8) + 1, 0, true
	case 95: // STORE_ATTR
		return 2, 0, 0, true
	case 96: // DELETE_ATTR
		return 1, 0, 0, true
	case 102, 103, 104, 133: // BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_SLICE
		return n, 1, 0, true
	case 105: // BUILD_MAP (3.4: a size hint)
		return 0, 1, 0, true
	case 108: // IMPORT_NAME
		return 2, 1, 0, true
	case 109: // IMPORT_FROM
		return 1, 2, 0, true
	case 111, 112: // JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP
		return 1, 0, 1, true
	case 114, 115: // POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE
		return 1, 0, 0, true
	case 93: // FOR_ITER
		return 1, 2, 0, true // the jump pops the iterator: jump -1 from the depth before
	case 121, 122: // SETUP_EXCEPT, SETUP_FINALLY
		return 0, 0, 6, true
	case 143: // SETUP_WITH
		return 1, 2, 6, true
	case 130: // RAISE_VARARGS
		return n, 0, 0, true
	case 131, 140, 141, 142: // calls
		k := (n & 0xff) + 2*((n>>8)&0xff) + 1
		switch in.op {
		case 140, 141:
			k++
		case 142:
			k += 2
		}
		return k, 1, 0, true
	case fMAKE_FUNCTION, fMAKE_CLOSURE:
		k := (n & 0xff) + 2*((n>>8)&0xff) + ((n >> 16) & 0x7fff) + 2
		if in.op == fMAKE_CLOSURE {
			k++
		}
		return k, 1, 0, true
	case fFORMAT_VALUE:
		return 1 + (n>>2)&1, 1, 0, true
	case fBUILD_STRING:
		return n, 1, 0, true
	case fBUILD_CONST_KEY_MAP:
		return n + 1, 1, 0, true
	case fBUILD_MAP36:
		return 2 * n, 1, 0, true
	case fBUILD_LIST_UNPACK, fBUILD_MAP_UNPACK, fBUILD_MAP_UNPACK_WITH_CALL, fBUILD_TUPLE_UNPACK,
		fBUILD_SET_UNPACK, fBUILD_TUPLE_UNPACK_WITH_CALL: // pep448ops.go
		return n, 1, 0, true
	}
	return 0, 0, 0, false
}

// operandStarts follows ins from its entry with, for each stack slot, the
// index of the instruction where the computation of its value began, and
// returns, for each instruction whose opcode want accepts, those of every
// slot on the stack when it runs (bottom first; its operands are the top). A value popped by a conditional jump hands its start to
// the next value pushed at its depth, so that a conditional expression or
// a boolean operation starts where its first operand does. ok is false
// when the analysis fails (an unknown opcode, an underflow). Where paths
// meet with different depths (after an exception handler, whose depth
// is only approximated here), the first path's stands: what matters are
// the slots an expression pushes, which are the same on every path.
func operandStarts(ins []bcInstr, at map[int]int, want func(op byte) bool) (starts map[int][]int, ok bool) {
	starts, _, ok = operandSlots(ins, at, want)
	return starts, ok
}

// operandSlots is operandStarts, with for each instruction want accepts
// the pushers too: for each slot, the instruction that pushed its value
// first, as the stack effects count (a STORE_MAP's dict: its BUILD_MAP),
// without the start a conditional jump hands on. The dict of a display
// that follows an if statement's test starts at that test, but is pushed
// by its BUILD_MAP.
func operandSlots(ins []bcInstr, at map[int]int, want func(op byte) bool) (starts, pushers map[int][]int, ok bool) {
	// One state is carried along straight-line code and changed in
	// place; only a jump's target gets a copy of its own (copying at
	// every instruction made this the compiler's costliest pass).
	type state struct {
		stack   []int
		pushed  []int
		pending map[int]int // nil: empty
	}
	type item struct {
		i int
		s state
	}
	copyPending := func(p map[int]int) map[int]int {
		if len(p) == 0 {
			return nil
		}
		c := make(map[int]int, len(p))
		for k, v := range p {
			c[k] = v
		}
		return c
	}
	seen := make([]bool, len(ins))
	starts = map[int][]int{}
	pushers = map[int][]int{}
	if len(ins) == 0 {
		return starts, pushers, true
	}
	seen[0] = true
	work := []item{{i: 0}}
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		i, s := it.i, it.s
		for {
			in := ins[i]
			pops, pushes, jumpDelta, known := stackEffect(in)
			if !known || pops > len(s.stack) {
				return nil, nil, false
			}
			if want(in.op) {
				starts[i] = append([]int(nil), s.stack...)
				pushers[i] = append([]int(nil), s.pushed...)
			}
			pusher := i
			if pops > 0 {
				pusher = s.pushed[len(s.pushed)-pops]
			}
			begin := i
			if pops > 0 {
				begin = s.stack[len(s.stack)-pops]
			} else if p, had := s.pending[len(s.stack)]; had && pushes > 0 {
				begin = p
				delete(s.pending, len(s.stack))
			}
			// A conditional jump's popped value is the start of what
			// follows at its depth. Paths may disagree where an
			// exception handler's end is followed by code only jumps
			// reach: the first one to reach an instruction stands.
			if jumpKind(in.op) != 0 {
				j, found := at[in.tgt]
				if !found && in.tgt < ins[len(ins)-1].end {
					return nil, nil, false
				}
				if found && !seen[j] {
					js := state{
						stack:   append([]int(nil), s.stack...),
						pushed:  append([]int(nil), s.pushed...),
						pending: copyPending(s.pending),
					}
					switch in.op {
					case fPOP_JUMP_IF_FALSE, fPOP_JUMP_IF_TRUE:
						js.stack, js.pushed = js.stack[:len(js.stack)-1], js.pushed[:len(js.pushed)-1]
						if js.pending == nil {
							js.pending = map[int]int{}
						}
						js.pending[len(js.stack)] = begin
					case fFOR_ITER:
						js.stack, js.pushed = js.stack[:len(js.stack)-1], js.pushed[:len(js.pushed)-1]
					case fJUMP_IF_FALSE_POP, fJUMP_IF_TRUE_POP:
						// the value stays
					default:
						for k := 0; k < jumpDelta; k++ {
							js.stack, js.pushed = append(js.stack, i), append(js.pushed, i)
						}
					}
					seen[j] = true
					work = append(work, item{j, js})
				}
			}
			s.stack = s.stack[:len(s.stack)-pops]
			s.pushed = s.pushed[:len(s.pushed)-pops]
			if (in.op == fPOP_JUMP_IF_FALSE || in.op == fPOP_JUMP_IF_TRUE || in.op == fJUMP_IF_FALSE_POP || in.op == fJUMP_IF_TRUE_POP) && pops > 0 {
				if s.pending == nil {
					s.pending = map[int]int{}
				}
				s.pending[len(s.stack)] = begin
			}
			for k := 0; k < pushes; k++ {
				s.stack = append(s.stack, begin)
				s.pushed = append(s.pushed, pusher)
			}
			switch in.op {
			case fRETURN_VALUE, fJUMP_ABSOLUTE, fJUMP_FORWARD, fCONTINUE_LOOP, 130, 80: // and RAISE_VARARGS, BREAK_LOOP
				goto next
			}
			if i+1 >= len(ins) || seen[i+1] {
				goto next
			}
			seen[i+1] = true
			i++
		}
	next:
	}
	return starts, pushers, true
}

// lowerMakeFunction rewrites co's MAKE_FUNCTION and MAKE_CLOSURE
// instructions into 3.6's form where it can; deco gives the decorated
// defs whose decorators it moves ahead (decorator_order.go).
func lowerMakeFunction(co *py.Code, deco decoratorLines) {
	if !hasOp(co.Code, func(op byte, arg int) bool {
		return (op == fMAKE_FUNCTION && arg != 0) || op == fMAKE_CLOSURE || op == fEXTENDED_ARG
	}) {
		return
	}
	ins, ok := decodeCode(co.Code)
	if !ok {
		return
	}
	any := false
	for _, in := range ins {
		if (in.op == fMAKE_FUNCTION && in.arg != 0) || in.op == fMAKE_CLOSURE {
			any = true
			break
		}
	}
	if !any {
		return
	}
	at := indexByOffset(ins)
	starts, ok := operandStarts(ins, at, func(op byte) bool { return op == fMAKE_FUNCTION || op == fMAKE_CLOSURE })
	if !ok {
		return
	}
	// before[i]: instructions to put before ins[i] (which jumps to ins[i]
	// reach first); replace[i]: ins[i]'s new form.
	before := map[int][]bcInstr{}
	drop := map[int]bool{} // keyword-only defaults' name loads
	var moves []decoratorMove
	changed := false
	// In instruction order: the keyword-only names' tuples are appended
	// to co_consts as they come, and the code must be the same on every
	// compile (the code cache is checked byte for byte).
	for _, m := range slices.Sorted(maps.Keys(starts)) {
		stack := starts[m]
		in := ins[m]
		nd := in.arg & 0xff
		nk := (in.arg >> 8) & 0xff
		na := (in.arg >> 16) & 0x7fff
		closure := in.op == fMAKE_CLOSURE
		if in.arg>>31 != 0 || m+1 >= len(ins) {
			continue
		}
		want := nd + 2*nk + na + 2
		if closure {
			want++
		}
		if len(stack) < want {
			continue
		}
		ops := stack[len(stack)-want:]
		// A decorated def: gpython evaluates its decorators after its
		// defaults and annotations, k slots between them and the closure.
		var mv decoratorMove
		if in.arg != 0 && ins[m+1].op == fCALL_FUNCTION && ins[m+1].arg == 1 {
			if c, isCode := codeOperand(co, ins, ops); !isCode || c.Name == "" || c.Name[0] != '<' {
				var ok bool
				if ops, mv, ok = decoratedOperands(co, ins, m, stack, want, nd+2*nk+na, deco[c]); !ok {
					continue // left as gpython made it, for the loop's 3.4 MAKE_FUNCTION
				}
			}
		}
		// Group starts, in the operand order: defaults, keyword-only
		// pairs, annotations (values, then the names tuple), closure,
		// code, qualname.
		kwStart := ops[nd]
		annStart := ops[nd+2*nk]
		restStart := ops[nd+2*nk+na]
		flags := 0
		if nd > 0 {
			before[kwStart] = append(before[kwStart], bcInstr{op: fBUILD_TUPLE, arg: nd})
			flags |= 1
		}
		if nk > 0 {
			// 3.6 loads the values alone, then the tuple of their names.
			names := make(py.Tuple, nk)
			for k := 0; k < nk; k++ {
				name := ins[ops[nd+2*k]]
				if name.op != fLOAD_CONST || name.arg >= len(co.Consts) {
					names = nil
					break
				}
				names[k] = co.Consts[name.arg]
			}
			if names == nil {
				continue
			}
			for k := 0; k < nk; k++ {
				drop[ops[nd+2*k]] = true
			}
			co.Consts = append(co.Consts, names)
			before[annStart] = append(before[annStart],
				bcInstr{op: fLOAD_CONST, arg: len(co.Consts) - 1},
				bcInstr{op: fBUILD_CONST_KEY_MAP, arg: nk})
			flags |= 2
		}
		if na > 0 {
			before[restStart] = append(before[restStart], bcInstr{op: fBUILD_CONST_KEY_MAP, arg: na - 1})
			flags |= 4
		}
		if closure {
			flags |= 8
		}
		ins[m].op, ins[m].arg, ins[m].ext = mkfMAKE_FUNCTION, flags, false
		changed = true
		if mv.lines != nil {
			moves = append(moves, mv)
		}
	}
	if !changed {
		return
	}
	if len(moves) == 0 {
		relayoutWithInserts(co, ins, nil, nil, before, drop)
		return
	}
	order, lines := moveDecorators(co, ins, moves) // decorator_order.go
	namesInNewOrder(co, ins, order)                // decorator_order.go
	relayoutWithInserts(co, ins, order, lines, before, drop)
}

// codeOperand is the code object the MAKE_FUNCTION whose operand starts
// are ops makes (its next-to-last operand, a LOAD_CONST).
func codeOperand(co *py.Code, ins []bcInstr, ops []int) (*py.Code, bool) {
	if len(ops) < 2 {
		return nil, false
	}
	in := ins[ops[len(ops)-2]]
	if in.op != fLOAD_CONST || in.arg >= len(co.Consts) {
		return nil, false
	}
	c, ok := co.Consts[in.arg].(*py.Code)
	return c, ok
}

// relayoutWithInserts writes ins back into co, in order (indexes of ins;
// nil: as they are), each before[i] ahead of ins[i] and without those drop
// marks: a jump to ins[i] lands on the first of before[i] (on what follows
// a dropped one), and so does the line table's address of ins[i]. The
// line table is lines' (the line of each ins[i]) when given, else co's
// own, moved with the addresses.
func relayoutWithInserts(co *py.Code, ins []bcInstr, order, lines []int, before map[int][]bcInstr, drop map[int]bool) {
	if order == nil {
		order = make([]int, len(ins))
		for i := range order {
			order[i] = i
		}
	}
	raw := co.Code
	newOff := make([]int, len(raw)+1)
	pos := 0
	for _, i := range order {
		in := ins[i]
		land := pos
		for _, b := range before[i] {
			pos += b.size()
		}
		for k := in.off; k < in.end; k++ {
			newOff[k] = land
		}
		if !drop[i] {
			pos += in.size()
		}
	}
	newOff[len(raw)] = pos
	code := make([]byte, 0, pos)
	emit := func(in bcInstr, arg int) {
		if in.ext {
			code = append(code, fEXTENDED_ARG, byte(arg>>16), byte(arg>>24))
		}
		code = append(code, in.op)
		if in.op >= fHAVE_ARGUMENT {
			code = append(code, byte(arg), byte(arg>>8))
		}
	}
	for _, i := range order {
		in := ins[i]
		for _, b := range before[i] {
			emit(b, b.arg)
		}
		if drop[i] {
			continue
		}
		arg := in.arg
		switch jumpKind(in.op) {
		case relativeJump:
			arg = newOff[min(in.tgt, len(raw))] - (len(code) + in.size())
		case absJump:
			arg = newOff[min(in.tgt, len(raw))]
		}
		emit(in, arg)
	}
	var lnotab []byte
	if lines != nil {
		lnotab = lineTable(co, ins, order, lines, newOff)
	} else {
		lnotab = []byte(co.Lnotab)
		oldAddr, prevNew := 0, 0
		for i := 0; i+1 < len(lnotab); i += 2 {
			oldAddr += int(lnotab[i])
			na := newOff[min(oldAddr, len(raw))]
			d := na - prevNew
			if d > 255 || d < 0 {
				return // the table cannot say it in place: keep gpython's form
			}
			lnotab[i] = byte(d)
			prevNew = na
		}
	}
	co.Code = string(code)
	co.Lnotab = string(lnotab)
}
