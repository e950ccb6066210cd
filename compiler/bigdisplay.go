package compiler

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// Large displays of constants, compiled in linear time.
//
// gpython's compiler finds a constant's index in co_consts by comparing
// it with every constant already there, so a code object with n distinct
// constants takes n*n/2 comparisons: the literal list(range(2**16))
// written out (test_modulefinder's extended opargs test) took 30 s, where
// CPython takes milliseconds. A display (list, tuple, set or dict) of at
// least bigDisplayMin items that are all built of literals (numbers,
// strings, bytes, True, False, None, ..., operators and nested displays;
// no names, calls or comprehensions) is therefore compiled apart:
//
//  1. its items are compiled by gpython in runs of bigDisplayChunk items,
//     each run as the display of its items alone (so that every
//     comparison is within a run), and the instructions each run gives
//     for its items are kept, with their constants, lines and stack
//     depth;
//  2. the source gpython compiles has the display's items replaced by a
//     marker, a unique bytes constant ({M1: M2} for a dict), followed by
//     the items' newlines, so that no line moves;
//  3. expandDisplays (bigdisplay_code.go) then splices each run's
//     instructions in place of the marker's load, merges the runs'
//     constants into co_consts as gpython's compiler would have (in the
//     order of their first use, equal constants of one type once),
//     and lays the code, its jumps and its line table out again.
//
// The code object is the one gpython makes of the unchanged source, byte
// for byte (TestBigDisplaySame compiles both ways), but for co_stacksize,
// which may be larger: it is the marked code's plus what the largest
// display adds over its marker, an upper bound of gpython's. Anything
// unexpected (a source gpython rejects, a marker it merged with a user
// constant, an instruction outside the literal set) falls back to
// compiling the unchanged source.

// bigDisplayMin is the fewest items a display compiled apart has, and
// bigDisplayChunk the most items compiled in one run (variables for the
// tests, which make every display big).
var (
	bigDisplayMin   = 256
	bigDisplayChunk = 256
)

// bigDisplayMarker starts each marker's bytes; a source that holds it is
// compiled as it is.
const bigDisplayMarker = "\x00gpython-ssl big display "

// bigDisplay is one display compiled apart.
type bigDisplay struct {
	open     byte     // '[', '(' or '{'
	dict     bool     // a dict display ('{')
	from, to int      // its items' byte range in the source
	items    int      // the number of its items
	marks    []string // its marker constant (the value's, then the key's, for a dict)
	runs     []*displayRun
	depth    int // the stack depth its items take (gpython's count)
	// itemNodes: its items' nodes (each an expression, or key ':' value),
	// until compileRuns has compiled them.
	itemNodes [][]*node
}

// displayRun is what gpython compiled of a run of a display's items.
type displayRun struct {
	ins    []bcInstr // the items' instructions (their offsets are the run's)
	lines  []int     // each instruction's line in the source (a running maximum)
	consts py.Tuple  // the run's co_consts
}

// markDisplays finds the big displays of out, source gpython is to
// compile in mode, compiles their items, and returns out with their
// markers in place of the items; nil when out has none (or one that
// does not compile as expected).
func markDisplays(root *node, out, filename string, mode py.CompileMode) (string, []*bigDisplay) {
	if root == nil || !hasBigDisplay(root) || strings.Contains(out, bigDisplayMarker) {
		return out, nil
	}
	tree, err := parse(out, filename, mode, false)
	if err != nil || tree == nil {
		return out, nil
	}
	var found []*bigDisplay
	collectBigDisplays(tree, &found)
	if len(found) == 0 {
		return out, nil
	}
	var b strings.Builder
	last := 0
	for i, d := range found {
		if !d.compileRuns(out, filename, d.itemNodes) {
			return out, nil
		}
		d.itemNodes = nil
		d.marks = []string{fmt.Sprintf("%s%d", bigDisplayMarker, i)}
		mark := fmt.Sprintf("%q", d.marks[0])
		if d.dict {
			d.marks = append(d.marks, d.marks[0]+" key")
			mark = fmt.Sprintf("b%q: b%q", d.marks[1], d.marks[0])
		} else {
			mark = "b" + mark
			if d.open == '(' {
				mark += ","
			}
		}
		b.WriteString(out[last:d.from])
		b.WriteString(mark)
		b.WriteString(strings.Repeat("\n", strings.Count(out[d.from:d.to], "\n")))
		last = d.to
	}
	b.WriteString(out[last:])
	return b.String(), found
}

// hasBigDisplay reports whether the tree n has a display of at least
// bigDisplayMin items (a quick test before the search on the source
// gpython compiles).
func hasBigDisplay(n *node) bool {
	if n.sym == symAtom && len(n.kids) == 3 && len(n.kids[1].kids) >= 2*bigDisplayMin-1 ||
		bareTuple(n) && len(n.kids) >= 2*bigDisplayMin-1 {
		return true
	}
	for _, k := range n.kids {
		if hasBigDisplay(k) {
			return true
		}
	}
	return false
}

// collectBigDisplays appends the big displays of n, outermost first, in
// source order.
func collectBigDisplays(n *node, found *[]*bigDisplay) {
	if d := bigDisplayAt(n); d != nil {
		*found = append(*found, d)
		return
	}
	for _, k := range n.kids {
		collectBigDisplays(k, found)
	}
}

// bigDisplayAt is the display n when it is one to compile apart.
func bigDisplayAt(n *node) *bigDisplay {
	body, open := n, "("
	switch {
	case bareTuple(n):
	case n.sym != symAtom || len(n.kids) != 3 || n.kids[0].sym != symTok:
		return nil
	default:
		body, open = n.kids[1], n.kids[0].s
	}
	switch {
	case body == n: // a tuple without parentheses: x = 1, 2, ...
	case (open == "[" || open == "(") && body.sym == symTestlistComp:
	case open == "{" && body.sym == symDictorsetmaker:
	default:
		return nil
	}
	var items [][]*node
	var cur []*node
	for _, k := range body.kids {
		if k.is(",") {
			items = append(items, cur)
			cur = nil
			continue
		}
		if k.sym == symSubscript {
			// An item of a subscript: an expression, or a slice.
			if len(k.kids) != 1 {
				return nil
			}
			k = k.kids[0]
		}
		cur = append(cur, k)
	}
	if cur != nil {
		items = append(items, cur)
	}
	if len(items) < bigDisplayMin {
		return nil
	}
	dict := len(items[0]) == 3
	for _, it := range items {
		if dict && (len(it) != 3 || !it[1].is(":")) || !dict && len(it) != 1 {
			return nil
		}
		for _, part := range it {
			if !part.is(":") && !literalOnly(part) {
				return nil
			}
		}
	}
	d := &bigDisplay{open: open[0], dict: dict, items: len(items), itemNodes: items}
	d.from = firstLeaf(items[0][0]).pos
	last := items[len(items)-1]
	d.to = lastLeaf(last[len(last)-1]).end
	return d
}

// bareTuple reports whether n is a tuple display without parentheses
// (x = 1, 2, return 1, 2 or the subscript of a[1, 2]), which gpython
// compiles as it does one with them.
func bareTuple(n *node) bool {
	return (n.sym == symTestlistStarExpr || n.sym == symTestlist || n.sym == symSubscriptlist) &&
		len(n.kids) > 1 && n.kids[1].is(",")
}

// literalOperators are the operators an item compiled apart may hold.
var literalOperators = map[string]bool{
	"+": true, "-": true, "~": true, "*": true, "/": true, "//": true, "%": true,
	"**": true, "<<": true, ">>": true, "&": true, "|": true, "^": true,
	"(": true, ")": true, "[": true, "]": true, "{": true, "}": true,
	",": true, ":": true, "...": true,
}

// literalOnly reports whether the expression n is built of literals
// alone: numbers, strings and bytes (not f-strings), True, False, None
// and ..., with arithmetic operators and displays, so that gpython
// compiles it the same wherever it stands, to constant loads, operators
// and displays.
func literalOnly(n *node) bool {
	switch n.sym {
	case symTok:
		switch n.kind {
		case tNumber:
			return true
		case tString:
			for i := 0; i < len(n.s) && n.s[i] != '\'' && n.s[i] != '"'; i++ {
				if n.s[i]|0x20 == 'f' {
					return false
				}
			}
			return true
		case tName:
			return n.s == "True" || n.s == "False" || n.s == "None"
		case tOp:
			return literalOperators[n.s]
		}
		return false
	case symFactor, symPower, symBinop, symAtom, symTestlistComp, symDictorsetmaker, symAtomExpr:
		for _, k := range n.kids {
			if !literalOnly(k) {
				return false
			}
		}
		return true
	}
	return false
}

// compileRuns compiles the items of d, of source out, in runs; false when
// one does not compile to literal instructions.
func (d *bigDisplay) compileRuns(out, filename string, items [][]*node) bool {
	closing := map[byte]string{'[': ",]", '(': ",)", '{': ",}"}[d.open]
	// line, at: the line of the byte at (gpython's count: a token is on
	// the line it starts on).
	line, at := 1+strings.Count(out[:d.from], "\n"), d.from
	for i := 0; i < len(items); i += bigDisplayChunk {
		j := min(i+bigDisplayChunk, len(items)) - 1
		first := firstLeaf(items[i][0])
		last := items[j][len(items[j])-1]
		line += strings.Count(out[at:first.pos], "\n")
		at = first.pos
		src := string(d.open) + out[first.pos:lastLeaf(last).end] + closing
		co, err := next(src, filename, py.EvalMode, 0, true)
		if err != nil || co == nil {
			return false
		}
		run, depth, ok := displayRunOf(co, d.dict, line-1)
		if !ok {
			return false
		}
		if !d.dict {
			depth += i // the items before the run stay on the stack
		}
		d.depth = max(d.depth, depth)
		d.runs = append(d.runs, run)
	}
	return true
}
