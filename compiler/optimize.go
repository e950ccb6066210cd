package compiler

import (
	"strings"
	"sync/atomic"
)

// The interpreter's optimization level, CPython's -O (1) and -OO (2): at
// 1 or more assert statements compile to nothing and __debug__ reads
// False. compile()'s own optimize argument is accepted and, as gpython
// has no per-call level, left unused: the interpreter's level applies.

var optimizeLevel atomic.Int32

// SetOptimizeLevel sets the level every later compilation uses (the
// gpython-ssl command's -O and PYTHONOPTIMIZE).
func SetOptimizeLevel(level int) { optimizeLevel.Store(int32(level)) }

// optimizing reports whether assertions are compiled out.
func optimizing() bool { return optimizeLevel.Load() > 0 }

// debugValue is the constant __debug__ compiles to.
func debugValue() string {
	if optimizing() {
		return "False"
	}
	return "True"
}

// assertRepl replaces the assert statement n by pass under -O, keeping
// its line breaks (as backslash continuations) so that the lines after it
// keep their numbers.
func (r *rewriter36) assertRepl(n *node) (repl, bool) {
	if !optimizing() {
		return repl{}, false
	}
	s, e := span(n)
	return repl{s, e, "pass" + strings.Repeat(" \\\n", r.nl(s, e))}, true
}
