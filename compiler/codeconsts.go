package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Two post-passes that make a compiled code object's constants and line
// table read as CPython 3.6's.
//
// mergeCodeConsts: 3.6's compiler keeps one copy of equal constants, and
// two code objects are equal when everything but their file name and
// line table is (name, counts, flags, first line, bytecode, constants,
// names): `f1, f2 = lambda: 0, lambda: 0` gives both functions the same
// code object. gpython's compiler keeps every code object it makes; the
// pass drops a code constant equal to an earlier one and points its loads
// at the earlier.
//
// normalizeLnotab: 3.6 writes no entry where the line does not change
// (code that starts below line 1 has an empty table) and splits a line
// step wider than 127 into steps of 127, as its line increments are
// signed bytes; gpython's table may hold empty pairs and steps of up to
// 255.

// mergeCodeConsts merges the equal code objects among co's constants.
func mergeCodeConsts(co *py.Code) {
	consts := co.Consts
	same := map[int]int{} // index of a duplicate -> index of the one kept
	for j, c := range consts {
		cj, ok := c.(*py.Code)
		if !ok {
			continue
		}
		for i := 0; i < j; i++ {
			if _, dup := same[i]; dup {
				continue
			}
			if ci, ok := consts[i].(*py.Code); ok && vm.CodeEqual(ci, cj) {
				same[j] = i
				break
			}
		}
	}
	if len(same) == 0 {
		return
	}
	ins, ok := decodeCode(co.Code)
	if !ok {
		return
	}
	// newIndex: each old index's index once the duplicates are gone.
	newIndex := make([]int, len(consts))
	var kept py.Tuple
	for i, c := range consts {
		if _, dup := same[i]; dup {
			continue
		}
		newIndex[i] = len(kept)
		kept = append(kept, c)
	}
	for j, i := range same {
		newIndex[j] = newIndex[i]
	}
	code := []byte(co.Code)
	for _, in := range ins {
		if in.op != fLOAD_CONST || in.arg >= len(consts) {
			continue
		}
		in.setArg(code, newIndex[in.arg])
	}
	co.Code = string(code)
	co.Consts = kept
}

// normalizeLnotab rewrites co's line table as 3.6 lays one out.
func normalizeLnotab(co *py.Code) {
	tab := co.Lnotab
	if len(tab) == 0 {
		return
	}
	// The line of each offset where one starts, the later entry winning
	// for one offset.
	type start struct{ addr, line int }
	var starts []start
	addr, line := 0, int(co.Firstlineno)
	for i := 0; i+1 < len(tab); i += 2 {
		addr += int(tab[i])
		line += int(tab[i+1])
		if n := len(starts); n > 0 && starts[n-1].addr == addr {
			starts[n-1].line = line
		} else {
			starts = append(starts, start{addr, line})
		}
	}
	out := make([]byte, 0, len(tab))
	prevAddr, prevLine := 0, int(co.Firstlineno)
	for _, s := range starts {
		dAddr, dLine := s.addr-prevAddr, s.line-prevLine
		if dLine == 0 {
			continue // the line goes on: the next entry counts from prevAddr
		}
		if dLine < 0 {
			return // not from gpython's table (it cannot go back): kept
		}
		out = appendLnotab(out, dAddr, dLine)
		prevAddr, prevLine = s.addr, s.line
	}
	co.Lnotab = string(out)
}

// appendLnotab appends to tab the co_lnotab entries that advance the
// address by dAddr and the line by dLine (>= 0), as CPython 3.6 writes
// them: address steps of at most 255, line steps of at most 127 (3.6
// reads the line byte as signed).
func appendLnotab(tab []byte, dAddr, dLine int) []byte {
	for dAddr > 255 {
		tab = append(tab, 255, 0)
		dAddr -= 255
	}
	for dLine > 127 {
		tab = append(tab, byte(dAddr), 127)
		dAddr = 0
		dLine -= 127
	}
	return append(tab, byte(dAddr), byte(dLine))
}
