package compiler

import (
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
)

// gpython's parser keeps only the defaults that keyword-only parameters
// have, and its compiler pairs them with the first keyword-only names:
// def f(*, a, b=1) gets the default for a. Keyword-only parameters are
// passed by name only, so their order does not change a call: the
// rewrite moves those with a default before those without (each group in
// its order), the one order gpython pairs right. Each parameter's text
// moves into another's place; the separators (and so the line breaks
// between parameters) stay.

// kwOnlyParam is one keyword-only parameter: its text span and whether
// it has a default.
type kwOnlyParam struct {
	start, end int
	hasDefault bool
}

// kwOnlyMove puts the parameter whose text is data[from:to] in the place
// data[start:end] of another.
type kwOnlyMove struct {
	start, end int
	from, to   int
}

// kwOnlyRepls returns the replacements that reorder the keyword-only
// parameters of every def and lambda under n that needs it, one group per
// parameter list (a group applies whole or not at all).
func kwOnlyRepls(n *node, data string) [][]kwOnlyMove {
	var reps [][]kwOnlyMove
	var walk func(n *node)
	walk = func(n *node) {
		if n.sym == symTypedargslist || n.sym == symVarargslist {
			if g := reorderKwOnly(n.kids, data); g != nil {
				reps = append(reps, g)
			}
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	return reps
}

func reorderKwOnly(kids []*node, data string) []kwOnlyMove {
	star := -1
	for i, k := range kids {
		if k.is("*") {
			star = i
			break
		}
	}
	if star < 0 {
		return nil
	}
	j := star + 1
	if j < len(kids) && !kids[j].is(",") && !kids[j].is("**") {
		j++ // *args
	}
	var params []kwOnlyParam
	for j < len(kids) && kids[j].is(",") {
		j++
		if j >= len(kids) || kids[j].is("**") {
			break
		}
		start, end := span(kids[j])
		p := kwOnlyParam{start: start, end: end}
		j++
		if j+1 < len(kids) && kids[j].is("=") {
			_, p.end = span(kids[j+1])
			p.hasDefault = true
			j += 2
		}
		params = append(params, p)
	}
	needed := false
	for i := 1; i < len(params); i++ {
		if params[i].hasDefault && !params[i-1].hasDefault {
			needed = true
		}
	}
	if !needed {
		return nil
	}
	var order []kwOnlyParam
	for _, p := range params {
		if p.hasDefault {
			order = append(order, p)
		}
	}
	for _, p := range params {
		if !p.hasDefault {
			order = append(order, p)
		}
	}
	moves := make([]kwOnlyMove, len(params))
	for i, slot := range params {
		// A parameter spanning lines keeps the source's line count
		// only in its own place; such a move is left out.
		if strings.Contains(data[order[i].start:order[i].end], "\n") || strings.Contains(data[slot.start:slot.end], "\n") {
			return nil
		}
		moves[i] = kwOnlyMove{start: slot.start, end: slot.end, from: order[i].start, to: order[i].end}
	}
	return moves
}

// applyKwOnly adds the moves to the unpacking replacements reps: a moved
// parameter takes along the replacements inside it.
func applyKwOnly(data string, reps []repl, groups [][]kwOnlyMove) []repl {
	if len(groups) == 0 {
		return reps
	}
	inside := func(r repl, start, end int) bool { return r.start >= start && r.end <= end }
	var out []repl
	for _, r := range reps {
		moved := false
		for _, g := range groups {
			for _, m := range g {
				if inside(r, m.start, m.end) {
					moved = true
				}
			}
		}
		if !moved {
			out = append(out, r)
		}
	}
	for _, g := range groups {
		for _, m := range g {
			var within []repl
			for _, r := range reps {
				if inside(r, m.from, m.to) {
					within = append(within, r)
				}
			}
			out = append(out, repl{start: m.start, end: m.end, text: splice(data[:m.to], m.from, within)})
		}
	}
	return out
}

// kwOnlyNames lists the keyword-only parameters of the def or lambda fn
// in source order, or nil when it has none.
func kwOnlyNames(fn *node) []string {
	list := paramList(fn)
	if list == nil || list.sym != symTypedargslist && list.sym != symVarargslist {
		return nil
	}
	kids := list.kids
	j := 0
	for j < len(kids) && !kids[j].is("*") {
		j++
	}
	if j == len(kids) {
		return nil
	}
	j++
	if j < len(kids) && !kids[j].is(",") && !kids[j].is("**") {
		j++ // *args
	}
	var names []string
	for j+1 < len(kids) && kids[j].is(",") && !kids[j+1].is("**") {
		p := kids[j+1]
		for p.sym != symTok && len(p.kids) > 0 {
			p = p.kids[0] // tfpdef/vfpdef: the name comes first
		}
		names = append(names, p.s)
		j += 2
		if j+1 < len(kids) && kids[j].is("=") {
			j += 2
		}
	}
	return names
}

// restoreKwOnlyOrder undoes, in the code object co made from fn, the
// reordering the rewrite gave its keyword-only parameters: co_varnames
// lists them in source order again (as inspect.signature and the
// "missing ... keyword-only argument" errors show them), and every local
// variable instruction follows its variable to its new slot.
func restoreKwOnlyOrder(co *py.Code, fn *node) {
	want := kwOnlyNames(fn)
	lo := int(co.Argcount)
	hi := lo + int(co.Kwonlyargcount)
	if len(want) != hi-lo || hi > len(co.Varnames) {
		return
	}
	have := co.Varnames[lo:hi]
	if slices.Equal(have, want) {
		return
	}
	slot := make(map[string]int, len(have))
	for i, n := range have {
		slot[n] = lo + i
	}
	remap := make(map[int]int, len(want)) // old slot -> new slot
	for i, n := range want {
		old, ok := slot[n]
		if !ok {
			return // mangled or otherwise renamed: leave co as it is
		}
		remap[old] = lo + i
	}
	code := []byte(co.Code)
	for pc := 0; pc < len(code); {
		op := code[pc]
		if op < 90 { // no argument
			pc++
			continue
		}
		if pc+2 >= len(code) {
			break
		}
		if op == 124 || op == 125 || op == 126 { // LOAD_FAST, STORE_FAST, DELETE_FAST
			arg := int(code[pc+1]) | int(code[pc+2])<<8
			if to, ok := remap[arg]; ok {
				code[pc+1], code[pc+2] = byte(to), byte(to>>8)
			}
		}
		pc += 3
	}
	varnames := slices.Clone(co.Varnames)
	copy(varnames[lo:hi], want)
	co.Varnames = varnames
	co.Code = string(code)
	co.InitCell2arg()
}
