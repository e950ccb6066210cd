package compiler

import "github.com/go-python/gpython/py"

// rewriteDropping writes co's code again from ins (co's instructions,
// decoded, some of them edited), without those drop marks and with before[i] ahead of
// ins[i] (relayoutWithInserts), each instruction keeping its line. The
// constants only dropped instructions loaded go, the others numbered in
// the order of their first load (constsInFirstUse), and the stack size
// follows the analysis's depth. False, with co unchanged, when the
// analysis cannot follow the new code.
func rewriteDropping(co *py.Code, ins []bcInstr, drop map[int]bool, before map[int][]bcInstr) bool {
	// The depth of the code as it was (ins may have been edited).
	orig, ok := decodeCode(co.Code)
	if !ok {
		return false
	}
	at := indexByOffset(orig)
	oldDepth, ok := maxStackDepth(orig, at)
	if !ok {
		return false
	}
	// The code as it will be, for the constants' order and the depth.
	var kept []bcInstr
	var keptAt []int // index in ins, -1 for an inserted instruction
	newAt := make(map[int]int, len(ins))
	for i, in := range ins {
		newAt[in.off] = len(kept) // a jump to in lands on what goes before it
		for _, b := range before[i] {
			kept = append(kept, b)
			keptAt = append(keptAt, -1)
		}
		if drop[i] {
			continue
		}
		kept = append(kept, in)
		keptAt = append(keptAt, i)
	}
	newDepth, ok := maxStackDepth(kept, newAt)
	if !ok {
		return false
	}
	gone := make([]bool, len(co.Consts))
	for i := range drop {
		if ins[i].op == fLOAD_CONST && ins[i].arg < len(gone) {
			gone[ins[i].arg] = true
		}
	}
	for _, in := range kept {
		if in.op == fLOAD_CONST && in.arg < len(gone) {
			gone[in.arg] = false
		}
	}
	docSlot := hasDocSlot(co)
	if docSlot && len(gone) > 0 {
		gone[0] = false // a def's docstring or None stays, loaded or not
	}
	lines := instrLines(co, ins)                               // decorator_order.go
	consts := constsInFirstUse(kept, co.Consts, gone, docSlot) // dictdisplays.go
	for j, i := range keptAt {
		if i >= 0 {
			ins[i].arg = kept[j].arg
			ins[i].ext = ins[i].ext || ins[i].op == fLOAD_CONST && ins[i].arg > 0xffff
		}
	}
	relayoutWithInserts(co, ins, nil, lines, before, drop) // makefunc.go
	co.Consts = consts
	moveStacksize(co, oldDepth, newDepth)
	return true
}

// moveStacksize moves co's stack size as a rewrite moved the analysis's
// depth from oldDepth to newDepth: it shrinks only when the analysis saw
// gpython's own depth, never below what runs, and grows by the increase.
func moveStacksize(co *py.Code, oldDepth, newDepth int) {
	switch {
	case int(co.Stacksize) == oldDepth:
		co.Stacksize = int32(newDepth)
	case newDepth > oldDepth:
		co.Stacksize += int32(newDepth - oldDepth)
	}
}

// indexByOffset maps each instruction's byte offset to its index in ins.
func indexByOffset(ins []bcInstr) map[int]int {
	at := make(map[int]int, len(ins))
	for i, in := range ins {
		at[in.off] = i
	}
	return at
}

// jumpTargets is the set of offsets some instruction of ins jumps to.
func jumpTargets(ins []bcInstr) offsetSet {
	size := 0
	for _, in := range ins {
		if jumpKind(in.op) != 0 {
			size = max(size, in.tgt+1)
		}
	}
	targets := make(offsetSet, size)
	for _, in := range ins {
		if jumpKind(in.op) != 0 && in.tgt >= 0 {
			targets[in.tgt] = true
		}
	}
	return targets
}

// offsetSet is a set of byte offsets of a code object's instructions, by
// offset (a map cost the folding pass more than the rest of its lookups).
type offsetSet []bool

// has reports whether off is in s.
func (s offsetSet) has(off int) bool {
	return off >= 0 && off < len(s) && s[off]
}
