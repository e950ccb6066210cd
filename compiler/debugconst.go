package compiler

// __debug__ is a constant of CPython's compiler: a read of the name is
// True (False under -O, optimize.go), whatever builtins.__debug__ or a
// global of that name holds, and an assignment to it is a SyntaxError
// (astcheck.go). gpython looks the name up, so each read is replaced by
// the constant here.

// debugName is the name CPython's compiler folds.
const debugName = "__debug__"

// debugRepl is the replacement of the name token n when it reads
// __debug__, or false.
func (r *rewriter36) debugRepl(n *node) (repl, bool) {
	if n.kind != tName || n.s != debugName {
		return repl{}, false
	}
	return repl{n.pos, n.end, r.debugValue()}, true
}

// delStmt collects the replacements of a del statement's targets, but
// for the __debug__ names it deletes, which stay names.
func (r *rewriter36) delStmt(n *node, sc *scope36, out []repl) []repl {
	var inner []repl
	for _, k := range n.kids {
		inner = r.collect(k, sc, inner)
	}
	for _, rp := range inner {
		if r.data[rp.start:rp.end] == debugName && rp.text == r.debugValue() {
			continue
		}
		out = append(out, rp)
	}
	return out
}
