package compiler

import "github.com/go-python/gpython/py"

// CPython 3.6 makes every call with *args or **kwargs through
// CALL_FUNCTION_EX, which takes the positional arguments as one tuple and
// the keyword arguments as one dict: f(a, *b) is f, a, BUILD_TUPLE 1, b,
// BUILD_TUPLE_UNPACK_WITH_CALL 2, CALL_FUNCTION_EX 0; f(a, **k) is f, a,
// BUILD_TUPLE 1, k, CALL_FUNCTION_EX 1 (BUILD_TUPLE 0 without a). gpython
// compiles them as 3.4's CALL_FUNCTION_VAR, _KW and _VAR_KW n, the
// positional arguments one by one. lowerStarCalls builds them as 3.6
// does where the call has no name=value keyword (whose values 3.6 moves
// after the *args operand): the tuples go in and the call becomes the
// loop's CALL_FUNCTION_VAR 0 or CALL_FUNCTION_VAR_KW 0, which are 3.6's
// CALL_FUNCTION_EX 0 and 1 (pep448ops.go). The peephole pass then folds
// a tuple of constants, as 3.6's does.
// Loads that push one value and pop none.
const (
	fLOAD_FAST  = 124
	fLOAD_DEREF = 136
)

func lowerStarCalls(co *py.Code) {
	if !hasOp(co.Code, func(op byte, _ int) bool {
		return op == fCALL_FUNCTION_VAR || op == fCALL_FUNCTION_VAR_KW || op == fCALL_FUNCTION_KW
	}) {
		return
	}
	ins, ok := decodeCode(co.Code)
	if !ok {
		return
	}
	lowerable := func(in bcInstr) bool {
		if in.ext || in.arg>>8 != 0 {
			return false
		}
		switch in.op {
		case fCALL_FUNCTION_VAR, fCALL_FUNCTION_VAR_KW:
			return in.arg > 0
		case fCALL_FUNCTION_KW:
			return true
		}
		return false
	}
	found := false
	for _, in := range ins {
		found = found || lowerable(in)
	}
	if !found {
		return
	}
	// The operands after the positional arguments: most often a load
	// each, found at once; the stack analysis runs only for the others.
	targets := jumpTargets(ins)
	simple := func(j int) bool {
		switch ins[j].op {
		case fLOAD_FAST, fLOAD_NAME, fLOAD_GLOBAL, fLOAD_CONST, fLOAD_DEREF:
			return !targets.has(ins[j].off) && !ins[j].ext
		}
		return false
	}
	var starts map[int][]int
	trailing := func(i, extra int) []int {
		if i >= extra && simple(i-1) && (extra == 1 || simple(i-2)) {
			if extra == 1 {
				return []int{i - 1}
			}
			return []int{i - 2, i - 1}
		}
		if starts == nil {
			at := make(map[int]int, len(ins))
			for k, in := range ins {
				at[in.off] = k
			}
			var ok bool
			if starts, ok = operandStarts(ins, at, func(op byte) bool {
				return op == fCALL_FUNCTION_VAR || op == fCALL_FUNCTION_KW || op == fCALL_FUNCTION_VAR_KW
			}); !ok { // makefunc.go
				starts = map[int][]int{}
			}
		}
		stack := starts[i]
		if len(stack) < ins[i].arg+extra+1 {
			return nil
		}
		return stack[len(stack)-extra:]
	}
	before := map[int][]bcInstr{}
	insert := func(at int, in bcInstr) {
		before[at] = append(before[at], in)
	}
	for i := range ins {
		in := &ins[i]
		if !lowerable(*in) {
			continue
		}
		p := in.arg
		extra := 1 // the *args or **kwargs operand
		if in.op == fCALL_FUNCTION_VAR_KW {
			extra = 2
		}
		ops := trailing(i, extra)
		if ops == nil {
			continue
		}
		if _, taken := before[ops[0]]; taken {
			continue
		}
		if extra == 2 {
			if _, taken := before[ops[1]]; taken {
				continue
			}
		}
		insert(ops[0], bcInstr{op: fBUILD_TUPLE, arg: p})
		switch in.op {
		case fCALL_FUNCTION_VAR:
			insert(i, bcInstr{op: fBUILD_TUPLE_UNPACK_WITH_CALL, arg: 2})
		case fCALL_FUNCTION_VAR_KW:
			insert(ops[1], bcInstr{op: fBUILD_TUPLE_UNPACK_WITH_CALL, arg: 2})
		case fCALL_FUNCTION_KW:
			in.op = fCALL_FUNCTION_VAR_KW
		}
		in.arg = 0
	}
	if len(before) > 0 {
		rewriteDropping(co, ins, nil, before) // dropinstr.go
	}
}
