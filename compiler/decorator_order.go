package compiler

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// CPython 3.6 evaluates a decorated def's decorators first, top to
// bottom, each on its own line, then its defaults, keyword-only defaults
// and annotations, then makes the function and applies the decorators.
// gpython's compiler evaluates the decorators last, after the
// annotations, all on the def's line (its line table cannot go back).
// lowerMakeFunction (makefunc.go), which rewrites the def's MAKE_FUNCTION
// into 3.6's form, moves the instructions that evaluate the decorators
// ahead of those that evaluate the defaults, and gives them the lines of
// the decorators' expressions, which fixFirstLines read from the tree
// (decoratorLines).

// decoratorMove is the move of one decorated def's decorators. Indexes
// are into the instructions of the code that makes the function.
type decoratorMove struct {
	first int   // the first instruction of the defaults (the statement's first)
	decs  []int // the first instruction of each decorator's evaluation
	end   int   // the first instruction after the decorators (closure or code)
	lines []int // the line of each decorator's evaluation
}

// decoratedOperands reads the stack at the MAKE_FUNCTION ins[m] of a
// decorated def: stack gives the start of every slot (operandStarts),
// want the number of MAKE_FUNCTION's operands, of which nA are defaults,
// keyword-only defaults and annotations, and lines the lines of the def's
// decorators in the source (nil when the tree has none for it). It
// returns the operands' starts without the decorators' slots and the move
// that puts the decorators first; ok is false when the code is not laid
// out as expected, which leaves the def as gpython made it.
func decoratedOperands(co *py.Code, ins []bcInstr, m int, stack []int, want, nA int, lines []int) (ops []int, mv decoratorMove, ok bool) {
	if len(lines) == 0 || nA == 0 {
		return nil, mv, false
	}
	// One CALL_FUNCTION 1 a decorator; rewritten source may add decorators
	// of its own after the user's (mangle.go), which go with the last.
	k := 0
	for j := m + 1; j < len(ins) && ins[j].op == fCALL_FUNCTION && ins[j].arg == 1; j++ {
		k++
	}
	if k < len(lines) || len(stack) < want+k {
		return nil, mv, false
	}
	top := stack[len(stack)-want-k:]
	ops = append(append([]int(nil), top[:nA]...), top[nA+k:]...)
	mv = decoratorMove{first: top[0], decs: append([]int(nil), top[nA:nA+k]...), end: top[nA+k]}
	// The first operand's start may be that of the test of an if or while
	// statement before the def (operandStarts gives a value the start of
	// the one a conditional jump popped at its depth): the statement
	// starts at its first instruction on the first decorator's line or
	// later.
	at := instrLines(co, ins)
	for mv.first < mv.decs[0] && at[mv.first] < lines[0] {
		mv.first++
	}
	if mv.first == mv.decs[0] {
		return nil, mv, false
	}
	prev := mv.first
	for _, d := range append(mv.decs, mv.end) {
		if d <= prev {
			return nil, mv, false
		}
		prev = d
	}
	mv.lines = make([]int, k)
	for j := range mv.lines {
		mv.lines[j] = lines[min(j, len(lines)-1)]
	}
	return ops, mv, true
}

// moveDecorators applies moves to ins: it redirects the jumps whose
// meaning changes (into the statement, and to the end of the defaults or
// of the decorators, from inside them), and returns the order in which
// to write the instructions and the line of each.
func moveDecorators(co *py.Code, ins []bcInstr, moves []decoratorMove) (order, lines []int) {
	lines = instrLines(co, ins)
	sort.Slice(moves, func(a, b int) bool { return moves[a].first < moves[b].first })
	for _, mv := range moves {
		d0 := mv.decs[0]
		for j, d := range mv.decs {
			next := mv.end
			if j+1 < len(mv.decs) {
				next = mv.decs[j+1]
			}
			for i := d; i < next; i++ {
				lines[i] = mv.lines[j]
			}
		}
		aOff, dOff, rOff := ins[mv.first].off, ins[d0].off, ins[mv.end].off
		for i := range ins {
			if jumpKind(ins[i].op) == 0 {
				continue
			}
			inA := i >= mv.first && i < d0
			inD := i >= d0 && i < mv.end
			switch {
			case inA && ins[i].tgt == dOff: // the end of the defaults
				ins[i].tgt = rOff
			case inD && ins[i].tgt == rOff: // the end of the decorators
				ins[i].tgt = aOff
			case !inA && !inD && ins[i].tgt == aOff: // the statement
				ins[i].tgt = dOff
			}
		}
	}
	order = make([]int, 0, len(ins))
	next := 0
	for i := 0; i < len(ins); {
		if next < len(moves) && moves[next].first == i {
			mv := moves[next]
			next++
			for j := mv.decs[0]; j < mv.end; j++ {
				order = append(order, j)
			}
			for j := mv.first; j < mv.decs[0]; j++ {
				order = append(order, j)
			}
			i = mv.end
			continue
		}
		order = append(order, i)
		i++
	}
	return order, lines
}

// namesInNewOrder renumbers co's names in the order the instructions of
// ins use them first when written in order, as 3.6 numbers them (the
// decorators' names first).
func namesInNewOrder(co *py.Code, ins []bcInstr, order []int) {
	ordered := make([]bcInstr, len(order))
	for j, i := range order {
		ordered[j] = ins[i]
	}
	namesInFirstUse(co, ordered) // fstring_ops.go
	for j, i := range order {
		ins[i].arg = ordered[j].arg
	}
}

// instrLines is the line of each instruction of ins, co's, by co's line
// table.
func instrLines(co *py.Code, ins []bcInstr) []int {
	lines := make([]int, len(ins))
	tab := co.Lnotab
	addr, line := 0, int(co.Firstlineno)
	t := 0
	for i, in := range ins {
		for t+1 < len(tab) && addr+int(tab[t]) <= in.off {
			addr += int(tab[t])
			line += int(tab[t+1])
			t += 2
		}
		lines[i] = line
	}
	return lines
}

// lineTable is the line table of ins written in order, each ins[i] at the
// address newOff gives its original offset, on lines[i]; as gpython's, it
// never goes back a line (an instruction on an earlier line continues the
// current one).
func lineTable(co *py.Code, ins []bcInstr, order, lines []int, newOff []int) []byte {
	var tab []byte
	prevAddr, cur := 0, int(co.Firstlineno)
	for _, i := range order {
		line := lines[i]
		if line <= cur {
			continue
		}
		addr := newOff[ins[i].off]
		tab = appendLnotab(tab, addr-prevAddr, line-cur, cpython36LineStep) // codeconsts.go
		prevAddr, cur = addr, line
	}
	return tab
}
