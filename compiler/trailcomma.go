package compiler

// Python 3.6 accepts a comma at the end of a parameter list whose last
// part is *args, a keyword-only parameter or **kwargs (bpo-9232):
//
//	def f(*args,): pass
//	lambda **kw,: 0
//
// gpython's grammar (3.4's) allows one only after positional parameters.
// Such a comma is dropped here: it is replaced by a blank, so that no
// column nor line of the source moves.

// starTrailingComma is the trailing comma of the parameter list n (a
// typedargslist or varargslist) when gpython's grammar refuses it, or nil.
func starTrailingComma(n *node) *node {
	if n.sym != symTypedargslist && n.sym != symVarargslist || len(n.kids) < 2 {
		return nil
	}
	last := n.kids[len(n.kids)-1]
	if !last.is(",") {
		return nil
	}
	for _, k := range n.kids {
		if k.is("*") || k.is("**") {
			return last
		}
	}
	return nil
}

// trailingCommaRepl is the replacement that drops n's refused trailing
// comma, or false when it has none.
func trailingCommaRepl(n *node) (repl, bool) {
	c := starTrailingComma(n)
	if c == nil {
		return repl{}, false
	}
	return repl{c.pos, c.end, " "}, true
}

// A for statement's target of one element and a comma ("for x, in ...")
// is a tuple of one, but gpython's parser drops the comma and binds x to
// the whole item. The target is parenthesized for it:
//
//	for x, in pairs:  ->  for (x,) in pairs:
//
// Only columns after the target on its line move, which no runtime error
// reports.

// forTupleTarget is the single-element target of the for statement n when
// it ends with a comma, or nil.
func forTupleTarget(n *node) *node {
	if n.sym != symForStmt || len(n.kids) < 2 {
		return nil
	}
	t := n.kids[1]
	if t.sym != symExprlist || len(t.kids) != 2 || !t.kids[1].is(",") {
		return nil
	}
	return t
}

// forTargetRepls are the replacements that parenthesize n's target, or
// nil when it needs none.
func forTargetRepls(n *node) []repl {
	t := forTupleTarget(n)
	if t == nil {
		return nil
	}
	start := firstLeaf(t).pos
	c := t.kids[1]
	return []repl{{start, start, "("}, {c.pos, c.end, ",)"}}
}
