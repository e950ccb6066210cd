package compiler

import (
	"sort"
	"strings"
)

// CPython 3.6 gives a chain of binary operators of one precedence level,
// a + b + c, the line of its last operator (ast.c, ast_for_binop: every
// BinOp after the first takes its operator's line), and its compiler
// never lowers the current line inside a statement (compile.c,
// compiler_visit_expr raises u_lineno to the node's line). So when such a
// chain spans lines,
//
//	x = (f() +
//	     b +
//	     c)
//
// everything it evaluates before its last operator's line belongs to that
// line: f() is called on line 2 (its traceback and dis say so). gpython's
// compiler gives each instruction its own node's line. raiseOperatorLines
// closes the gap with the line map of lines.go: it splits the source
// handed to gpython before such a chain (a backslash continuation, which
// changes no token) and maps the lines from the split up to the operator's
// line to the operator's line.

// maxLineRaise bounds the lines a chain may be raised over: one line
// table increment (remapCode writes each as one byte).
const maxLineRaise = 255

// opRaise is a chain whose evaluation starts at byte start on line from
// of the text gpython compiles, and which CPython puts on line to.
type opRaise struct {
	start    int
	from, to int
}

// raiseOperatorLines applies the raises of p's multi-line operator chains
// to p.out and p.lines. It does nothing when the checked tree has no such
// chain, or when the rewritten text does not parse (then the lines stay
// gpython's).
func (p *prepared) raiseOperatorLines(filename string) {
	if !p.ck.facts.chainRaise {
		return
	}
	root, err := p.ck.tree(p.out, filename, p.mode)
	if err != nil {
		return
	}
	var raises []opRaise
	collectRaises(root, &raises)
	if len(raises) == 0 {
		return
	}
	p.out, p.lines = applyRaises(p.out, p.lines, raises)
}

// chainRaise is the line CPython 3.6 gives the binary operator chain n
// (symBinop) when that is later than its first token's, else 0.
func chainRaise(n *node) int {
	if n.sym != symBinop || len(n.kids) < 5 {
		return 0
	}
	last := n.kids[len(n.kids)-2].line
	if last <= n.line || last-n.line > maxLineRaise {
		return 0
	}
	return last
}

// collectRaises appends the raises of the tree under n. A chain holding
// a lambda or a comprehension on a line it raises is left alone: their
// code objects have lines of their own, which the line map would move
// too.
func collectRaises(n *node, out *[]opRaise) {
	if to := chainRaise(n); to > 0 && !hasScopeBefore(n, to) {
		*out = append(*out, opRaise{start: firstLeaf(n).pos, from: n.line, to: to})
	}
	for _, k := range n.kids {
		collectRaises(k, out)
	}
}

// hasScopeBefore reports whether the tree under n has a lambda or a
// comprehension (whose code starts at its element) starting before line.
func hasScopeBefore(n *node, line int) bool {
	if n.sym == symTok {
		return false
	}
	if n.sym == symLambdef && firstLeaf(n).line < line {
		return true
	}
	for _, k := range n.kids {
		if k.sym == symCompFor && firstLeaf(n).line < line || hasScopeBefore(k, line) {
			return true
		}
	}
	return false
}

// applyRaises splits text before each raised chain and returns the split
// text with its line map to the original source (through lines, text's
// own map). A line of the split text maps to its line in text, raised to
// the line of every chain that started before it and whose operator line
// it has not reached; the map stays non-decreasing, since a chain stops
// raising exactly where the lines reach its operator's line.
func applyRaises(text string, lines lineMap, raises []opRaise) (string, lineMap) {
	sort.SliceStable(raises, func(i, j int) bool { return raises[i].start < raises[j].start })
	nLines := strings.Count(text, "\n") + 1
	// through[k]: the highest operator line of the chains that started on
	// an earlier line and cover all of line k.
	through := make([]int, nLines+1)
	for _, r := range raises {
		for k := r.from + 1; k < r.to && k <= nLines; k++ {
			through[k] = max(through[k], r.to)
		}
	}
	var b strings.Builder
	line := 1     // text's line at the write position
	sameLine := 0 // the highest operator line of the chains split on it so far
	value := func() int { return lines.line(max(line, through[line], sameLine)) }
	m := lineMap{0, value()}
	prev := 0 // text before it is written
	copyUpTo := func(end int) {
		for prev < end {
			i := strings.IndexByte(text[prev:end], '\n')
			if i < 0 {
				b.WriteString(text[prev:end])
				prev = end
				return
			}
			b.WriteString(text[prev : prev+i+1])
			prev += i + 1
			line, sameLine = line+1, 0
			m = append(m, value())
		}
	}
	for i, r := range raises {
		if i == 0 || r.start != raises[i-1].start {
			copyUpTo(r.start)
			b.WriteString(" \\\n")
			m = append(m, 0)
		}
		// Chains starting at one token (nested at their left) share a split.
		sameLine = max(sameLine, r.to)
		m[len(m)-1] = value()
	}
	copyUpTo(len(text))
	return b.String(), m
}
