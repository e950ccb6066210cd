package compiler

import (
	"strings"
)

// This file rewrites the matrix multiplication operators of PEP 465, which
// gpython's grammar lacks, into calls of the builtin __pep465__
// (matmul_rt.go), keeping every newline inside the call's parentheses:
//
//	a * b @ c        ->  __pep465__('@', a * b, c)
//	x @= y           ->  x = __pep465__('@=', x, (y))
//	o.attr @= y      ->  __pep465__('=', __pep465__('.', o, 'attr'), (y))
//	o[i, 1:2] @= y   ->  __pep465__('=', __pep465__('[]', o, (i, __pep465__(':', 1, 2, None),)), (y))
//
// The operands are evaluated in CPython 3.6's order: for an attribute or
// subscript target, the object, the index, the current value, then the
// right-hand side, then __imatmul__ (or the binary fallback) and the store.

const matmulHelper = "__pep465__"

// hasMatmul reports whether the binary operation n (symBinop) has an '@'.
func hasMatmul(n *node) bool {
	for i := 1; i < len(n.kids); i += 2 {
		if n.kids[i].is("@") {
			return true
		}
	}
	return false
}

// isMatmulAug reports whether n (symExprStmt) is "target @= value".
func isMatmulAug(n *node) bool {
	return len(n.kids) == 3 && n.kids[1].is("@=")
}

// matmulRepl is the replacement of a binary operation with an '@': the
// operations are folded from the left, each '@' becoming a call.
func (r *rewriter36) matmulRepl(n *node, sc *scope36) repl {
	s, e := span(n)
	k := n.kids
	acc := r.render(k[0], sc)
	for i := 1; i+1 < len(k); i += 2 {
		op, rhs := k[i], k[i+1]
		_, prevEnd := span(k[i-1])
		rs := startOf(rhs)
		if op.is("@") {
			acc = matmulHelper + "('@', " + acc + r.newlines(prevEnd, rs) + ", " + r.render(rhs, sc) + ")"
			continue
		}
		acc += r.data[prevEnd:rs] + r.render(rhs, sc)
	}
	return repl{s, e, acc + r.pad(s, e, acc)}
}

// newlines is the newlines of data[a:b] and nothing else.
func (r *rewriter36) newlines(a, b int) string {
	return strings.Repeat("\n", r.nl(a, b))
}

// matmulAugRepl is the replacement of the statement "target @= value".
func (r *rewriter36) matmulAugRepl(n *node, sc *scope36) repl {
	s, e := span(n)
	target := stripParens(n.kids[0])
	value := "(" + r.render(n.kids[2], sc) + ")"
	var b strings.Builder
	switch {
	case target.sym == symTok:
		// A name (the check accepts nothing else that is a token).
		r.collect(target, sc, nil)
		name := sc.mangled(target.s)
		b.WriteString(name + " = " + matmulHelper + "('@=', " + name + ", " + value)
	case target.sym == symAtomExpr:
		k := target.kids
		last := k[len(k)-1]
		obj := r.renderRange(startOf(k[0]), startOf(last), r.collectRange(k[:len(k)-1], sc))
		b.WriteString(matmulHelper + "('=', " + matmulHelper)
		if last.kids[0].is(".") {
			// gpython's compiler mangles no private name: neither
			// does this store.
			b.WriteString("('.', " + obj + ", '" + last.kids[1].s + "')")
		} else {
			b.WriteString("('[]', " + obj + ", " + r.subscriptKey(last.kids[1], sc) + ")")
		}
		b.WriteString(", " + value)
	default:
		// Not expected: the check rejects every other target.
		return repl{s, e, r.data[s:e]}
	}
	b.WriteString(r.pad(s, e, b.String()) + ")")
	return repl{s, e, b.String()}
}

// stripParens is t without the parentheses around it.
func stripParens(t *node) *node {
	for t.sym == symAtom && len(t.kids) == 3 && t.kids[0].is("(") && t.kids[1].sym != symTestlistComp {
		t = t.kids[1]
	}
	return t
}

// subscriptKey is an expression whose value is the key CPython passes to
// __getitem__ and __setitem__ for the subscript list sub: one index, a
// slice, or a tuple of them.
func (r *rewriter36) subscriptKey(sub *node, sc *scope36) string {
	if sub.sym != symSubscriptlist {
		return r.subscriptItem(sub, sc)
	}
	if len(sub.kids) == 1 {
		return r.subscriptItem(sub.kids[0], sc)
	}
	var parts []string
	for _, x := range everyOther(sub.kids) {
		parts = append(parts, r.subscriptItem(x, sc))
	}
	return "(" + strings.Join(parts, ", ") + ",)"
}

// subscriptItem is the value of one subscript: an expression, or a slice
// made by the helper from its bounds (None for a missing one).
func (r *rewriter36) subscriptItem(x *node, sc *scope36) string {
	if x.sym != symSubscript || !x.kids[0].is(":") && len(x.kids) == 1 {
		return "(" + r.render(x, sc) + ")"
	}
	bounds := [3]string{"None", "None", "None"}
	i := 0
	for _, c := range x.kids {
		switch {
		case c.is(":"):
			i = 1
		case c.sym == symSliceop:
			if len(c.kids) == 2 {
				bounds[2] = r.render(c.kids[1], sc)
			}
		default:
			bounds[i] = r.render(c, sc)
		}
	}
	return matmulHelper + "(':', " + strings.Join(bounds[:], ", ") + ")"
}
