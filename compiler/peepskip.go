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
// jump's argument counted in those bytes), between the line starts of the
// code as compiled, before any folding. It is an approximation at the
// margin: 3.6 also starts an entry at each statement of a line holding
// several (a; b), which the line table gpython writes does not tell, and
// some of gpython's instruction sequences (keyword arguments) are longer
// than 3.6's.

// peepholeSkipped reports whether 3.6 would skip its peephole pass on co,
// whose instructions are ins.
func peepholeSkipped(co *py.Code, ins []bcInstr) bool {
	if len(ins) < 127 {
		return false // no gap can reach 255 bytes
	}
	addr := wordcodeOffsets(ins)
	lines := instrLines(co, ins) // decorator_order.go
	start, line := 0, int(co.Firstlineno)
	for i := range ins {
		if lines[i] == line {
			continue
		}
		if addr[i]-start >= 255 {
			return true
		}
		start, line = addr[i], lines[i]
	}
	return false
}

// wordcodeOffsets is the offset of each of ins in 3.6's layout, its
// EXTENDED_ARG words first; a jump's argument is the 3.6 offset of its
// target (relative or absolute), found by laying the code out until the
// sizes settle.
func wordcodeOffsets(ins []bcInstr) []int {
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
