package compiler

import (
	"strings"
	"sync/atomic"
)

// The optimization level, CPython's -O (1) and -OO (2): at 1 or more
// assert statements compile to nothing and __debug__ reads False; at 2
// docstrings go too (the module's, classes' and functions' __doc__ are
// None). The interpreter's level applies to every compilation but a
// compile() call given its own optimize argument (0, 1 or 2; -1 is the
// interpreter's).

var optimizeLevel atomic.Int32

// SetOptimizeLevel sets the level every later compilation uses (the
// gpython-ssl command's -O and PYTHONOPTIMIZE).
func SetOptimizeLevel(level int) { optimizeLevel.Store(int32(level)) }

// levelOf is the level a compilation asking for requested runs at.
func levelOf(requested int) int {
	if requested < 0 {
		return int(optimizeLevel.Load())
	}
	return requested
}

// debugValue is the constant __debug__ compiles to.
func (r *rewriter36) debugValue() string {
	if r.opt > 0 {
		return "False"
	}
	return "True"
}

// blankRepl replaces data[s:e] by pass, keeping its line breaks (as
// backslash continuations) so that the lines after it keep their
// numbers.
func (r *rewriter36) blankRepl(s, e int) repl {
	return repl{s, e, "pass" + strings.Repeat(" \\\n", r.nl(s, e))}
}

// assertRepl replaces the assert statement n by pass at level 1 and up.
func (r *rewriter36) assertRepl(n *node) (repl, bool) {
	if r.opt < 1 {
		return repl{}, false
	}
	s, e := span(n)
	return r.blankRepl(s, e), true
}

// docstringRepl replaces the docstring that starts stmts, the body of a
// module, class or function, by pass at level 2.
func (r *rewriter36) docstringRepl(stmts []*node) (repl, bool) {
	if r.opt < 2 || len(stmts) == 0 || stmts[0].sym != symSimpleStmt || !isDocstring(stmts[0].kids[0]) {
		return repl{}, false
	}
	s, e := span(stmts[0].kids[0])
	return r.blankRepl(s, e), true
}

// needsOptimize reports whether the tree n has an assert statement or a
// docstring the level opt removes.
func needsOptimize(n *node, opt int) bool {
	switch {
	case opt < 1:
		return false
	case n.sym == symAssertStmt:
		return true
	case opt >= 2 && n.sym == symExprStmt && isDocstring(n):
		return true // any string statement: the rewriter finds the docstrings
	}
	for _, k := range n.kids {
		if needsOptimize(k, opt) {
			return true
		}
	}
	return false
}
