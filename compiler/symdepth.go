package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// CPython 3.6 builds a symbol table of every tree it compiles, one level of
// C recursion per statement and per expression, and gives up with
// RecursionError("maximum recursion depth exceeded during compilation")
// past three times the recursion limit, counting from three times the
// caller's call depth (symtable.c's COMPILER_STACK_FRAME_SCALE). So
// compile("a" + "()" * 3000) fails where "()" * 2000 compiles; gpython's
// compiler has no such limit. checkSymtableDepth makes the same count on
// the parse tree: the height of the abstract syntax tree CPython's
// ast.c would build from it (astHeight).

// compilerFrameScale is CPython's COMPILER_STACK_FRAME_SCALE.
const compilerFrameScale = 3

// checkSymtableDepth returns CPython's RecursionError when the tree of
// src (root) is deeper than the symbol table's recursion limit allows.
func checkSymtableDepth(root *node, src string) error {
	depth, limit := vm.CompileRecursion()
	if limit <= 0 {
		return nil
	}
	start, max := depth*compilerFrameScale, limit*compilerFrameScale
	// The tree's height is at most about one level per byte of source
	// (f-string fields aside): most sources need no walk.
	if start+len(src)+16 <= max {
		return nil
	}
	if start+astHeight(root) <= max {
		return nil
	}
	return py.ExceptionNewf(vm.RecursionError, "maximum recursion depth exceeded during compilation")
}

// astHeight is the number of statement and expression nodes on the
// longest path from the top of the abstract syntax tree that CPython 3.6
// builds from the parse tree n down to a leaf (a module, an interactive
// statement list or an eval expression counting none).
func astHeight(n *node) int {
	if n == nil {
		return 0
	}
	switch n.sym {
	case symTok:
		return tokHeight(n)
	case symSimpleStmt:
		// Each small statement (the others are ';' and NEWLINE).
		h := 0
		for _, k := range n.kids {
			if k.sym != symTok || k.is("pass") || k.is("break") || k.is("continue") {
				h = max(h, smallStmtHeight(k))
			}
		}
		return h
	case symIfStmt:
		return ifHeight(n.kids)
	case symWhileStmt, symForStmt, symTryStmt, symWithStmt, symFuncdef, symClassdef:
		return 1 + maxKids(n.kids)
	case symDecorated:
		// The decorators belong to the function or class statement.
		return max(astHeight(n.kids[1]), 1+astHeight(n.kids[0]))
	case symAtom:
		return atomHeight(n)
	case symAtomExpr:
		return atomExprHeight(n)
	case symBinop:
		// Left-associative: operand i (i > 0) is under len-i operations,
		// the first under all of them.
		ops := (len(n.kids) - 1) / 2
		h := astHeight(n.kids[0]) + ops
		for i := 2; i < len(n.kids); i += 2 {
			h = max(h, astHeight(n.kids[i])+ops-(i/2)+1)
		}
		return h
	case symPower, symFactor, symNotTest, symComparison, symAndTest, symOrTest, symTest,
		symLambdef, symStarExpr, symYieldExpr, symTestlist, symTestlistStarExpr, symExprlist:
		return 1 + maxKids(n.kids)
	case symCompOp, symImportName, symImportFrom, symGlobalStmt, symNonlocalStmt, symDottedName:
		return 0
	}
	return maxKids(n.kids)
}

// maxKids is the greatest height among kids.
func maxKids(kids []*node) int {
	h := 0
	for _, k := range kids {
		h = max(h, astHeight(k))
	}
	return h
}

// tokHeight is the height of a token standing alone: an expression (a
// name, number, string, ..., None, True, False) or a statement (pass,
// break, continue) is one node, a keyword or operator none.
func tokHeight(t *node) int {
	switch t.kind {
	case tNumber, tString:
		return 1
	case tName:
		if !reserved[t.s] || t.s == "None" || t.s == "True" || t.s == "False" ||
			t.s == "pass" || t.s == "break" || t.s == "continue" {
			return 1
		}
	case tOp:
		if t.s == "..." {
			return 1
		}
	}
	return 0
}

// smallStmtHeight is the height of a small statement: the statement and
// its expressions.
func smallStmtHeight(n *node) int {
	switch n.sym {
	case symTok:
		return 1
	case symImportName, symImportFrom, symGlobalStmt, symNonlocalStmt:
		return 1
	}
	if n.sym == symExprStmt || n.sym == symDelStmt || n.sym == symReturnStmt ||
		n.sym == symRaiseStmt || n.sym == symAssertStmt || n.sym == symAnnassign {
		return 1 + maxKids(n.kids)
	}
	return 1 + astHeight(n) // a lone expression (yield)
}

// ifHeight is the height of an if statement from its clause at kids
// on: each elif is an if statement in the else part of the one before.
func ifHeight(kids []*node) int {
	// kids: 'if'|'elif' test ':' suite [rest...]
	if len(kids) < 4 {
		return 0
	}
	h := max(astHeight(kids[1]), astHeight(kids[3]))
	rest := kids[4:]
	switch {
	case len(rest) >= 4 && rest[0].is("elif"):
		h = max(h, ifHeight(rest))
	case len(rest) >= 3 && rest[0].is("else"):
		h = max(h, astHeight(rest[2]))
	}
	return 1 + h
}

// atomHeight is the height of an atom: a parenthesized expression is its
// inside, a tuple, list, set or dict display or comprehension one node
// over its items.
func atomHeight(n *node) int {
	if len(n.kids) == 0 || n.kids[0].sym != symTok || n.kids[0].kind != tOp {
		return 1 // strings
	}
	if len(n.kids) == 2 {
		return 1 // (), [], {}
	}
	inner := n.kids[1]
	items := inner.sym == symTestlistComp || inner.sym == symDictorsetmaker
	if n.kids[0].s == "(" && !items {
		return astHeight(inner)
	}
	if items {
		return 1 + maxKids(inner.kids)
	}
	return 1 + astHeight(inner)
}

// atomExprHeight is the height of [await] atom trailer*: each call,
// subscript and attribute is one node over what comes before it.
func atomExprHeight(n *node) int {
	kids := n.kids
	await := kids[0].sym == symTok && kids[0].kind == tAwait
	if await {
		kids = kids[1:]
	}
	h := astHeight(kids[0])
	for _, t := range kids[1:] {
		switch {
		case len(t.kids) == 3 && t.kids[0].is("("):
			h = 1 + max(h, argsHeight(t.kids[1]))
		case t.kids[0].is("["):
			h = 1 + max(h, subscriptHeight(t.kids[1]))
		default:
			h++
		}
	}
	if await {
		h++
	}
	return h
}

// argsHeight is the greatest height among a call's arguments (an arglist
// or a single argument): a keyword argument's value, a starred argument
// one node over its value, a generator expression one over its parts.
func argsHeight(n *node) int {
	args := []*node{n}
	if n.sym == symArglist {
		args = n.kids
	}
	h := 0
	for _, a := range args {
		if a.sym != symArgument {
			h = max(h, astHeight(a))
			continue
		}
		switch {
		case len(a.kids) == 2 && a.kids[0].is("*"):
			h = max(h, 1+astHeight(a.kids[1]))
		case len(a.kids) == 2 && a.kids[0].is("**"):
			h = max(h, astHeight(a.kids[1]))
		case len(a.kids) == 2: // test comp_for
			h = max(h, 1+maxKids(a.kids))
		case len(a.kids) == 3: // name '=' test
			h = max(h, astHeight(a.kids[2]))
		default:
			h = max(h, maxKids(a.kids))
		}
	}
	return h
}

// subscriptHeight is the height of a subscript's inside: slices are no
// expression nodes, a tuple of indexes is one.
func subscriptHeight(n *node) int {
	if n.sym == symSubscriptlist {
		tuple := true
		for _, k := range n.kids {
			if k.sym == symSubscript {
				tuple = false
			}
		}
		if tuple {
			return 1 + maxKids(n.kids)
		}
	}
	return maxKids([]*node{n})
}
