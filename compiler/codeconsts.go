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
	// byKey: the codes kept so far, by name and bytecode (equal codes
	// share both), in order; comparing each code with every earlier one
	// made a module of many defs quadratic.
	byKey := map[[2]string][]int{}
	for j, c := range consts {
		cj, ok := c.(*py.Code)
		if !ok {
			continue
		}
		key := [2]string{cj.Name, cj.Code}
		dup := false
		for _, i := range byKey[key] {
			if vm.CodeEqual(consts[i].(*py.Code), cj) {
				same[j], dup = i, true
				break
			}
		}
		if !dup {
			byKey[key] = append(byKey[key], j)
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
		out = appendLnotab(out, dAddr, dLine, cpython36LineStep)
		prevAddr, prevLine = s.addr, s.line
	}
	co.Lnotab = string(out)
}

// The widest line step of one line-table entry: gpython's compiler writes
// steps of up to 255, 3.6 of up to 127 (it reads the byte as signed).
const (
	gpythonLineStep   = 255
	cpython36LineStep = 127
)

// appendLnotab appends to tab the co_lnotab entries that advance the
// address by dAddr and the line by dLine (>= 0): address steps of at
// most 255, line steps of at most lineStep. It is the one writer of line
// tables in this package.
func appendLnotab(tab []byte, dAddr, dLine, lineStep int) []byte {
	for dAddr > 255 {
		tab = append(tab, 255, 0)
		dAddr -= 255
	}
	for dLine > lineStep {
		tab = append(tab, byte(dAddr), byte(lineStep))
		dAddr = 0
		dLine -= lineStep
	}
	return append(tab, byte(dAddr), byte(dLine))
}

// lineTableOf is the line table of instructions at offs whose lines are
// lines, counted from the line first: an entry where the line passes the
// greatest so far (an instruction on an earlier line continues the
// current one, as gpython's compiler numbers them), in steps of at most
// lineStep lines.
func lineTableOf(offs, lines []int, first, lineStep int) []byte {
	var tab []byte
	oldOff, oldLine := 0, first
	for i, off := range offs {
		if lines[i] <= oldLine {
			continue
		}
		tab = appendLnotab(tab, off-oldOff, lines[i]-oldLine, lineStep)
		oldLine, oldOff = lines[i], off
	}
	return tab
}
