package compiler

import "github.com/go-python/gpython/py"

// CPython 3.6 runs its peephole pass (constant folding, jump threading,
// the removal of code after a return...) only on a code object whose line
// table holds no byte 255: one whose line starts are never 255 bytes of
// wordcode or more apart (the table then says the gap in several steps).
// So the code of a line of about 127 instructions or more, followed by
// another line, is not optimised at all, nor is the rest of its code
// object: x = (1, 2) then stays LOAD_CONST 1, LOAD_CONST 2, BUILD_TUPLE 2.
//
// peepholeSkipped measures the gaps as 3.6 lays the code out: two bytes an
// instruction and two more for each EXTENDED_ARG its argument needs (a
// jump's argument counted in those bytes), calls as 3.6 compiles them
// (callSizes36), between the line starts of the code as compiled, before
// any folding. A gap that starts on a line holding several statements
// (a; b, or if x: y) is split where they start, as 3.6 starts an entry at
// each of them (stmtlines.go), which the line table gpython writes does
// not tell: at the points where the stack is back at its depth at the
// line's start, when they are as many as the statements' starts; with
// more, the gap is left out (an approximation at the margin when one of
// those statements alone is 255 bytes long).

// peepholeSkipped reports whether 3.6 would skip its peephole pass on co,
// whose instructions are ins, compiled from the construct body (nil: not
// known; no line is then taken for a shared one).
func peepholeSkipped(co *py.Code, ins []bcInstr, body *node) bool {
	if len(ins) < 127 {
		return false // no gap can reach 255 bytes
	}
	lines := instrLines(co, ins) // decorator_order.go
	var shared map[int]int       // found at the first long gap
	var depth []int              // the stack depth before each instruction
	sharedFound := false
	// splitLong reports whether the gap from ins[from] to addr[to], on a
	// line where k statements start, holds a piece of 255 bytes or more
	// once split where they start: at the points inside where the stack
	// is back at its depth at from (but for the jumps and block ends that
	// close a compound statement), when there are k-1 of them (with more,
	// which of them start statements is not known: false). A statement in
	// the body of a for or with on the same line starts deeper: the cut
	// is then where the loop's own code starts, a few bytes early.
	splitLong := func(addr []int, from, to, k int) bool {
		if depth == nil {
			at := make(map[int]int, len(ins))
			for i, in := range ins {
				at[in.off] = i
			}
			var ok bool
			if depth, _, ok = stackDepths(ins, at); !ok { // dictdisplays.go
				depth = []int{}
			}
		}
		if len(depth) != len(ins) || depth[from] < 0 {
			return false
		}
		var cuts []int
		for j := from + 1; j < to; j++ {
			switch ins[j].op {
			case fJUMP_FORWARD, fJUMP_ABSOLUTE, fPOP_BLOCK, 89, 88: // and POP_EXCEPT, END_FINALLY
				continue // a compound statement's end, no statement's start
			}
			if depth[j] == depth[from] {
				cuts = append(cuts, addr[j])
			}
		}
		if len(cuts) != k-1 {
			return false
		}
		start := addr[from]
		for _, c := range append(cuts, addr[to]) {
			if c-start >= 255 {
				return true
			}
			start = c
		}
		return false
	}
	longGap := func(addr []int) bool {
		start, from, line := 0, 0, int(co.Firstlineno)
		for i := range ins {
			if lines[i] == line {
				continue
			}
			if addr[i]-start >= 255 {
				if !sharedFound {
					shared, sharedFound = sharedStmtLines(body), true
				}
				if k := shared[line]; k == 0 || splitLong(addr, from, i, k) {
					return true
				}
			}
			start, from, line = addr[i], i, lines[i]
		}
		return false
	}
	// Calls without *args or **kwargs are no longer in 3.6 than here:
	// without a long gap as laid out here, and without those, the stack
	// analysis of callSizes36 is not needed.
	if !longGap(wordcodeOffsets(ins, false)) && !hasUnpackingCall(ins) {
		return false
	}
	return longGap(wordcodeOffsets(ins, true))
}

// hasUnpackingCall reports whether ins has a call with *args or
// **kwargs.
func hasUnpackingCall(ins []bcInstr) bool {
	for _, in := range ins {
		switch in.op {
		case fCALL_FUNCTION_VAR, fCALL_FUNCTION_KW, fCALL_FUNCTION_VAR_KW:
			return true
		}
	}
	return false
}

// wordcodeOffsets is the offset of each of ins in 3.6's layout, its
// EXTENDED_ARG words first, its calls as 3.6 compiles them when calls36
// (callSizes36); a jump's argument is the 3.6 offset of its target
// (relative or absolute), found by laying the code out until the sizes
// settle.
func wordcodeOffsets(ins []bcInstr, calls36 bool) []int {
	at := make(map[int]int, len(ins))
	for i, in := range ins {
		at[in.off] = i
	}
	addr := make([]int, len(ins)+1)
	size := make([]int, len(ins))
	for i := range ins {
		size[i] = wordSize(ins[i].arg)
		if jumpKind(ins[i].op) != 0 {
			size[i] = 2
		}
	}
	if calls36 {
		callSizes36(ins, at, size)
	}
	for round := 0; round < 4; round++ {
		for i := range ins {
			addr[i+1] = addr[i] + size[i]
		}
		changed := false
		for i, in := range ins {
			kind := jumpKind(in.op)
			if kind == 0 {
				continue
			}
			t, ok := at[in.tgt]
			if !ok {
				t = len(ins)
			}
			arg := addr[t]
			if kind == relativeJump {
				arg -= addr[i+1]
			}
			if n := wordSize(max(arg, 0)); n != size[i] {
				size[i], changed = n, true
			}
		}
		if !changed {
			break
		}
	}
	return addr[:len(ins)]
}

// wordSize is the size in 3.6's wordcode of an instruction with argument
// arg: two bytes, and two for each EXTENDED_ARG before it.
func wordSize(arg int) int {
	switch {
	case arg > 0xffffff:
		return 8
	case arg > 0xffff:
		return 6
	case arg > 0xff:
		return 4
	}
	return 2
}

// The calls of 3.4, which gpython compiles, and their keyword count.
const (
	fCALL_FUNCTION_VAR    = 140
	fCALL_FUNCTION_KW     = 141
	fCALL_FUNCTION_VAR_KW = 142
)

// callSizes36 sets in size (indexed as ins; at maps an offset to its
// instruction) the bytes 3.6 compiles the calls with keywords or
// unpacking of ins to, where gpython's 3.4 forms differ. f(a, k=v)
// pushes k and v and calls CALL_FUNCTION 1 + 1<<8 (an EXTENDED_ARG in
// wordcode) in 3.4; 3.6 pushes v and the tuple of the names and calls
// CALL_FUNCTION_KW 2: the names' loads take no byte, the call one more
// instruction. The calls with *args or **kwargs become 3.6's
// CALL_FUNCTION_EX after the positional arguments' BUILD_TUPLE (and
// BUILD_TUPLE_UNPACK_WITH_CALL with *args) and the keywords' dict:
// BUILD_MAP 1 after one name and value, the values and the tuple of the
// names then BUILD_CONST_KEY_MAP for more (and BUILD_MAP_UNPACK_WITH_CALL
// with **kwargs). The sizes are left as they are where the stack
// analysis fails.
func callSizes36(ins []bcInstr, at map[int]int, size []int) {
	kw := false
	for _, in := range ins {
		switch in.op {
		case fCALL_FUNCTION:
			kw = kw || in.arg>>8&0xff != 0
		case fCALL_FUNCTION_VAR, fCALL_FUNCTION_KW, fCALL_FUNCTION_VAR_KW:
			kw = true
		}
	}
	if !kw {
		return
	}
	isCall := func(op byte) bool {
		switch op {
		case fCALL_FUNCTION, fCALL_FUNCTION_VAR, fCALL_FUNCTION_KW, fCALL_FUNCTION_VAR_KW:
			return true
		}
		return false
	}
	starts, ok := operandStarts(ins, at, isCall) // makefunc.go
	if !ok {
		return
	}
	// dropNames gives the loads of the k keyword names of call i, below
	// extra operands, no byte; false when they are not constants' loads.
	dropNames := func(i, k, extra int) bool {
		stack := starts[i]
		if len(stack) < 2*k+extra {
			return false
		}
		var names []int
		for j := len(stack) - extra - 2*k; j < len(stack)-extra; j += 2 {
			if s := stack[j]; ins[s].op == fLOAD_CONST {
				names = append(names, s)
			}
		}
		if len(names) != k {
			return false // not the layout expected: as it is
		}
		for _, s := range names {
			size[s] = 0
		}
		return true
	}
	for i, in := range ins {
		n, k := in.arg&0xff, in.arg>>8&0xff
		switch in.op {
		case fCALL_FUNCTION:
			if k > 0 && dropNames(i, k, 0) {
				size[i] = 2 + wordSize(n+k)
			}
		case fCALL_FUNCTION_VAR, fCALL_FUNCTION_KW, fCALL_FUNCTION_VAR_KW:
			star, starStar := in.op != fCALL_FUNCTION_KW, in.op != fCALL_FUNCTION_VAR
			extra := 1
			if star && starStar {
				extra = 2
			}
			if k > 1 && !dropNames(i, k, extra) {
				continue
			}
			size[i] = 2 // CALL_FUNCTION_EX
			switch {
			case !star:
				size[i] += 2 // BUILD_TUPLE n, also of none
			case n > 0:
				size[i] += 4 // BUILD_TUPLE n, BUILD_TUPLE_UNPACK_WITH_CALL
			}
			switch {
			case k == 1:
				size[i] += 2 // BUILD_MAP 1
			case k > 1:
				size[i] += 4 // the names' tuple, BUILD_CONST_KEY_MAP k
			}
			if k > 0 && starStar {
				size[i] += 2 // BUILD_MAP_UNPACK_WITH_CALL
			}
		}
	}
}
