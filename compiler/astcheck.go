package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// This file makes the checks CPython 3.6 makes while it builds the AST
// from the parse tree (Python/ast.c): assignment targets, call arguments,
// parameter lists, comprehensions, imports, string literals and
// f-strings. CPython stops at the first error in the order it builds the
// tree, which is source order except where ast.c builds a later part
// first (an if statement's elif and else clauses before its body, a for
// statement's else clause before the rest, a try statement's else and
// finally clauses before its handlers); the walk below keeps that order.

// exprKind is the kind of AST node an expression becomes, as far as the
// checks tell kinds apart.
type exprKind uint8

const (
	kOther exprKind = iota
	kName
	kAttribute
	kSubscript
	kStarred
	kList
	kTuple
	kLambda
	kCall
	kOperator // BoolOp, BinOp, UnaryOp
	kGenExp
	kYield
	kAwait
	kListComp
	kSetComp
	kDictComp
	kLiteral // numbers, strings, bytes, f-strings, dict and set displays
	kKeyword // None, True, False
	kEllipsis
	kCompare
	kIfExp
)

// targetNames are the words of "can't assign to ..." for the kinds that
// cannot be assigned to.
var targetNames = map[exprKind]string{
	kLambda:   "lambda",
	kCall:     "function call",
	kOperator: "operator",
	kGenExp:   "generator expression",
	kYield:    "yield expression",
	kAwait:    "await expression",
	kListComp: "list comprehension",
	kSetComp:  "set comprehension",
	kDictComp: "dict comprehension",
	kLiteral:  "literal",
	kKeyword:  "keyword",
	kEllipsis: "Ellipsis",
	kCompare:  "comparison",
	kIfExp:    "conditional expression",
}

// unparen is the expression inside parentheses around n: (x) is x for
// the AST, while (x,) and (x for ...) are not.
func unparen(n *node) *node {
	for n.sym == symAtom && len(n.kids) == 3 && n.kids[0].is("(") && n.kids[1].sym != symTestlistComp {
		n = n.kids[1]
	}
	return n
}

// kindOf is the kind of the expression n.
func kindOf(n *node) exprKind {
	switch n.sym {
	case symTok:
		t := n
		switch {
		case t.kind == tName && (t.s == "None" || t.s == "True" || t.s == "False"):
			return kKeyword
		case t.kind == tName:
			return kName
		case t.kind == tNumber:
			return kLiteral
		case t.kind == tOp && t.s == "...":
			return kEllipsis
		}
	case symTest:
		return kIfExp
	case symLambdef:
		return kLambda
	case symOrTest, symAndTest, symNotTest, symBinop, symFactor, symPower:
		return kOperator
	case symComparison:
		return kCompare
	case symStarExpr:
		return kStarred
	case symYieldExpr:
		return kYield
	case symTestlistStarExpr, symTestlist, symExprlist:
		return kTuple
	case symAtomExpr:
		if n.kids[0].sym == symTok && n.kids[0].kind == tAwait {
			return kAwait
		}
		switch n.kids[len(n.kids)-1].kids[0].s {
		case "(":
			return kCall
		case "[":
			return kSubscript
		}
		return kAttribute
	case symAtom:
		return atomKind(n)
	}
	return kOther
}

// atomKind is the kind of an atom node: a display, a comprehension, a
// parenthesized expression or strings.
func atomKind(n *node) exprKind {
	open := n.kids[0]
	if open.kind == tString {
		return kLiteral
	}
	if len(n.kids) == 2 {
		switch open.s {
		case "(":
			return kTuple
		case "[":
			return kList
		}
		return kLiteral
	}
	inner := n.kids[1]
	switch open.s {
	case "(":
		if inner.sym == symTestlistComp {
			if hasCompFor(inner) {
				return kGenExp
			}
			return kTuple
		}
		return kindOf(inner)
	case "[":
		if inner.sym == symTestlistComp && hasCompFor(inner) {
			return kListComp
		}
		return kList
	}
	switch dictOrSet(inner) {
	case "setcomp":
		return kSetComp
	case "dictcomp", "dictcomp**":
		return kDictComp
	}
	return kLiteral
}

// hasCompFor reports whether a testlist_comp or argument is a
// comprehension: an element followed by comp_for.
func hasCompFor(n *node) bool { return len(n.kids) == 2 && n.kids[1].sym == symCompFor }

// dictOrSet tells what a dictorsetmaker makes, as ast.c decides it: "set",
// "setcomp", "dictcomp" ("dictcomp**" when its element is **expr, an
// error) or "dict".
func dictOrSet(n *node) string {
	k := n.kids
	isDict := 0
	if k[0].is("**") {
		isDict = 1
	}
	switch {
	case len(k) == 1 || k[1].is(","):
		return "set"
	case k[1].sym == symCompFor:
		return "setcomp"
	case len(k) > 3-isDict && k[3-isDict].sym == symCompFor:
		if isDict == 1 {
			return "dictcomp**"
		}
		return "dictcomp"
	}
	return "dict"
}

// elements are the elements of a tuple or list expression n.
func elements(n *node) []*node {
	switch n.sym {
	case symTestlistStarExpr, symTestlist, symExprlist, symTestlistComp:
		return everyOther(n.kids)
	case symAtom:
		if len(n.kids) != 3 {
			return nil
		}
		inner := n.kids[1]
		if inner.sym == symTestlistComp {
			return everyOther(inner.kids)
		}
		if n.kids[0].is("(") {
			return elements(inner)
		}
		return []*node{inner}
	}
	return nil
}

// everyOther is kids without the commas between them.
func everyOther(kids []*node) []*node {
	out := make([]*node, 0, (len(kids)+1)/2)
	for i := 0; i < len(kids); i += 2 {
		out = append(out, kids[i])
	}
	return out
}

// listElems are the elements of a list rule that may have collapsed to
// its only element (exprlist, testlist, ...).
func listElems(n *node, s sym) []*node {
	if n.sym == s {
		return everyOther(n.kids)
	}
	return []*node{n}
}

// astError is an error CPython raises at a node (ast_error): the message
// and the node's line and byte column.
type astError struct {
	msg       string
	line, col int
}

func (e *astError) Error() string { return e.msg }

// checker makes the checks of one tree.
type checker struct {
	data     string // the source the tree was parsed from, newlines translated
	filename string
	r        rewriter // decodes literals and f-strings
}

func newChecker(data, filename string) *checker {
	return &checker{data: data, filename: filename, r: rewriter{check: checkField}}
}

// errAt is the error msg at node n.
func errAt(n *node, msg string) error { return &astError{msg: msg, line: n.line, col: n.col} }

// done turns the first error into CPython's exception: an error at a node
// reads its text from the file, as CPython does.
func (c *checker) done(err error) error {
	if e, ok := err.(*astError); ok {
		return newSyntaxError(py.SyntaxError, e.msg, c.filename, e.line, e.col, programText(c.filename, e.line))
	}
	return err
}

// root checks the tree of a whole source.
func (c *checker) root(n *node) error {
	switch n.sym {
	case symEvalInput:
		return c.expr(n.kids[0])
	case symSingleInput:
		if len(n.kids) == 0 {
			return nil
		}
		return c.stmt(n.kids[0])
	}
	for _, s := range n.kids {
		if err := c.stmt(s); err != nil {
			return err
		}
	}
	return nil
}

// stmt checks a statement: simple_stmt or a compound statement.
func (c *checker) stmt(n *node) error {
	switch n.sym {
	case symSimpleStmt:
		for i := 0; i < len(n.kids)-1; i += 2 {
			if err := c.smallStmt(n.kids[i]); err != nil {
				return err
			}
		}
		return nil
	case symIfStmt:
		return c.ifStmt(n)
	case symWhileStmt:
		return c.seq(n.kids[1], n.kids[3], kid(n.kids, 6))
	case symForStmt:
		// The else clause is built first.
		if err := c.suite(kid(n.kids, 8)); err != nil {
			return err
		}
		if err := c.targets(n.kids[1], symExprlist, true); err != nil {
			return err
		}
		return c.seq(n.kids[3], n.kids[5])
	case symTryStmt:
		return c.tryStmt(n)
	case symWithStmt:
		for _, w := range n.kids[1 : len(n.kids)-2] {
			if w.sym != symWithItem {
				continue
			}
			if err := c.expr(w.kids[0]); err != nil {
				return err
			}
			if len(w.kids) == 3 {
				if err := c.expr(w.kids[2]); err != nil {
					return err
				}
				if err := c.setContext(w.kids[2], true, w); err != nil {
					return err
				}
			}
		}
		return c.suite(n.kids[len(n.kids)-1])
	case symFuncdef:
		return c.funcdef(n)
	case symClassdef:
		return c.classdef(n)
	case symDecorated:
		for _, d := range n.kids[0].kids {
			if len(d.kids) == 6 {
				if err := c.call(d.kids[3]); err != nil {
					return err
				}
			}
		}
		return c.stmt(n.kids[1])
	case symAsyncStmt, symAsyncFuncdef:
		return c.stmt(n.kids[1])
	case symSuite:
		return c.suite(n)
	}
	return nil
}

// kid is kids[i], or nil.
func kid(kids []*node, i int) *node {
	if i < len(kids) {
		return kids[i]
	}
	return nil
}

// seq checks expressions and suites in order; nil entries are skipped.
func (c *checker) seq(ns ...*node) error {
	for _, n := range ns {
		if n == nil {
			continue
		}
		var err error
		if n.sym == symSuite {
			err = c.suite(n)
		} else {
			err = c.expr(n)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// suite checks the statements of a suite (nil: none).
func (c *checker) suite(n *node) error {
	if n == nil {
		return nil
	}
	for _, s := range n.kids {
		if s.sym == symTok {
			continue
		}
		if err := c.stmt(s); err != nil {
			return err
		}
	}
	return nil
}

// ifStmt checks an if statement in ast.c's order: with elif clauses, the
// last elif (and the else clause) first, then the other elifs from the
// last, then the if itself.
func (c *checker) ifStmt(n *node) error {
	k := n.kids
	if len(k) == 4 || k[4].is("else") {
		return c.seq(k[1], k[3], kid(k, 6))
	}
	nElif := len(k) - 4
	if k[nElif+1].is("else") {
		nElif -= 3
		if err := c.seq(k[len(k)-6], k[len(k)-4], k[len(k)-1]); err != nil {
			return err
		}
		nElif = nElif/4 - 1
	} else {
		nElif /= 4
	}
	for i := 0; i < nElif; i++ {
		off := 5 + (nElif-i-1)*4
		if err := c.seq(k[off], k[off+2]); err != nil {
			return err
		}
	}
	return c.seq(k[1], k[3])
}

// tryStmt checks a try statement: its body, its else and finally clauses,
// then its handlers.
func (c *checker) tryStmt(n *node) error {
	k := n.kids
	if err := c.suite(k[2]); err != nil {
		return err
	}
	nch := len(k)
	nExcept := (nch - 3) / 3
	if k[nch-3].sym == symTok {
		if k[nch-3].is("finally") {
			if nch >= 9 && k[nch-6].sym == symTok {
				if err := c.suite(k[nch-4]); err != nil {
					return err
				}
				nExcept--
			}
			if err := c.suite(k[nch-1]); err != nil {
				return err
			}
			nExcept--
		} else {
			if err := c.suite(k[nch-1]); err != nil {
				return err
			}
			nExcept--
		}
	}
	for i := 0; i < nExcept; i++ {
		exc, body := k[3+i*3], k[5+i*3]
		if len(exc.kids) == 4 {
			if err := c.forbidden(exc.kids[3], exc.kids[3].s); err != nil {
				return err
			}
		}
		if err := c.seq(kid(exc.kids, 1), body); err != nil {
			return err
		}
	}
	return nil
}

// forbidden is the error for binding name at n: only __debug__ (None,
// True and False are keywords, never names). Binding async or await
// issues 3.6's DeprecationWarning (they are keywords from 3.7 on); when
// the warning filters make it an exception, that exception is the error.
func (c *checker) forbidden(n *node, name string) error {
	if name == "__debug__" {
		return errAt(n, "assignment to keyword")
	}
	if name == "async" || name == "await" {
		return warnCompile(py.DeprecationWarning, "'async' and 'await' will become reserved keywords in Python 3.7", c.filename, n.line)
	}
	return nil
}

// funcdef checks a def: its name, parameters, return annotation, body.
func (c *checker) funcdef(n *node) error {
	if err := c.forbidden(n.kids[1], n.kids[1].s); err != nil {
		return err
	}
	params := n.kids[2]
	if len(params.kids) == 3 {
		if err := c.arguments(params.kids[1]); err != nil {
			return err
		}
	}
	if n.kids[3].is("->") {
		if err := c.expr(n.kids[4]); err != nil {
			return err
		}
	}
	return c.suite(n.kids[len(n.kids)-1])
}

// classdef checks a class statement. Without bases its body comes before
// its name; with them, the bases (as a call's arguments) first.
func (c *checker) classdef(n *node) error {
	k := n.kids
	name := k[1]
	body := k[len(k)-1]
	if len(k) == 7 {
		if err := c.call(k[3]); err != nil {
			return err
		}
		if err := c.suite(body); err != nil {
			return err
		}
		return c.forbidden(name, name.s)
	}
	if err := c.suite(body); err != nil {
		return err
	}
	// ast.c reports a bad name at its fourth child: the ')' or the body.
	return c.forbidden(k[3], name.s)
}

// arguments checks a parameter list (typedargslist or varargslist), as
// ast_for_arguments: defaults in order, a parameter without a default
// after one with, a bare * without keyword-only parameters, names.
func (c *checker) arguments(n *node) error {
	k := n.kids
	isParam := func(x *node) bool { return x.sym == symTfpdef || x.sym == symVfpdef }
	// Count the keyword-only parameters.
	i := 0
	for ; i < len(k); i++ {
		if k[i].is("*") {
			i++
			if i < len(k) && isParam(k[i]) {
				i++
			}
			break
		}
		if k[i].is("**") {
			break
		}
	}
	nKwonly := 0
	for ; i < len(k) && !k[i].is("**"); i++ {
		if isParam(k[i]) {
			nKwonly++
		}
	}
	if countNamedParams(k, isParam) > 255 {
		return errAt(n, "more than 255 arguments")
	}
	foundDefault := false
	for i = 0; i < len(k); {
		ch := k[i]
		switch {
		case isParam(ch):
			if i+1 < len(k) && k[i+1].is("=") {
				if err := c.expr(k[i+2]); err != nil {
					return err
				}
				i += 2
				foundDefault = true
			} else if foundDefault {
				return errAt(n, "non-default argument follows default argument")
			}
			if err := c.param(ch); err != nil {
				return err
			}
			i += 2
		case ch.is("*"):
			if i+1 >= len(k) || i+2 == len(k) && k[i+1].is(",") {
				return errAt(ch, "named arguments must follow bare *")
			}
			if k[i+1].is(",") {
				i += 2
				if nKwonly == 0 {
					return errAt(k[i], "named arguments must follow bare *")
				}
				var err error
				if i, err = c.kwonly(k, i); err != nil {
					return err
				}
				continue
			}
			if err := c.param(k[i+1]); err != nil {
				return err
			}
			i += 3
			if i < len(k) && isParam(k[i]) {
				var err error
				if i, err = c.kwonly(k, i); err != nil {
					return err
				}
			}
		default: // '**'
			if err := c.param(k[i+1]); err != nil {
				return err
			}
			i += 3
		}
	}
	return nil
}

// kwonly checks the keyword-only parameters from k[i] and returns the
// index of what follows them: default, annotation, name.
func (c *checker) kwonly(k []*node, i int) (int, error) {
	for i < len(k) && !k[i].is("**") {
		ch := k[i]
		if i+1 < len(k) && k[i+1].is("=") {
			if err := c.expr(k[i+2]); err != nil {
				return 0, err
			}
			i += 2
		}
		if len(ch.kids) == 3 {
			if err := c.expr(ch.kids[2]); err != nil {
				return 0, err
			}
		}
		if err := c.forbidden(ch.kids[0], ch.kids[0].s); err != nil {
			return 0, err
		}
		i += 2
	}
	return i, nil
}

// param checks a parameter (tfpdef or vfpdef): its name, its annotation.
func (c *checker) param(n *node) error {
	if err := c.forbidden(n, n.kids[0].s); err != nil {
		return err
	}
	if len(n.kids) == 3 {
		return c.expr(n.kids[2])
	}
	return nil
}

// smallStmt checks a simple statement.
func (c *checker) smallStmt(n *node) error {
	switch n.sym {
	case symExprStmt:
		return c.exprStmt(n)
	case symDelStmt:
		return c.targets(n.kids[1], symExprlist, false)
	case symReturnStmt, symRaiseStmt, symAssertStmt:
		for _, e := range n.kids[1:] {
			if e.sym != symTok || !e.is("from") && !e.is(",") {
				if err := c.expr(e); err != nil {
					return err
				}
			}
		}
		return nil
	case symImportName:
		for _, a := range everyOther(n.kids[1].kids) {
			if err := c.dottedAsName(a); err != nil {
				return err
			}
		}
		return nil
	case symImportFrom:
		return c.importFrom(n)
	case symGlobalStmt, symNonlocalStmt:
		return nil
	case symTok:
		return nil // pass, break, continue, or an expression that is one token
	}
	return c.expr(n)
}

// exprStmt checks an expression statement, an assignment, an augmented
// or annotated assignment.
func (c *checker) exprStmt(n *node) error {
	k := n.kids
	if len(k) == 1 {
		return c.expr(k[0])
	}
	if k[1].sym == symAnnassign {
		return c.annassign(n)
	}
	if !k[1].is("=") {
		// Augmented assignment: the target must be a name, an attribute
		// or a subscript, and is checked as a target first.
		target := k[0]
		if err := c.expr(target); err != nil {
			return err
		}
		if err := c.setContext(target, true, target); err != nil {
			return err
		}
		switch kindOf(target) {
		case kName, kAttribute, kSubscript:
		default:
			return errAt(target, "illegal expression for augmented assignment")
		}
		return c.expr(k[2])
	}
	for i := 0; i < len(k)-2; i += 2 {
		target := k[i]
		if target.sym == symYieldExpr {
			return errAt(target, "assignment to yield expression not possible")
		}
		if err := c.expr(target); err != nil {
			return err
		}
		if err := c.setContext(target, true, target); err != nil {
			return err
		}
	}
	return c.expr(k[len(k)-1])
}

// annassign checks target: annotation [= value].
func (c *checker) annassign(n *node) error {
	target, ann := n.kids[0], n.kids[1]
	if err := c.expr(target); err != nil {
		return err
	}
	switch inner := unparen(target); kindOf(inner) {
	case kName:
		if err := c.forbidden(n, inner.s); err != nil {
			return err
		}
	case kAttribute:
		last := inner.kids[len(inner.kids)-1]
		if err := c.forbidden(n, last.kids[1].s); err != nil {
			return err
		}
	case kSubscript:
	case kList:
		return errAt(target, "only single target (not list) can be annotated")
	case kTuple:
		return errAt(target, "only single target (not tuple) can be annotated")
	default:
		return errAt(target, "illegal target for annotation")
	}
	if err := c.expr(ann.kids[1]); err != nil {
		return err
	}
	if len(ann.kids) == 4 {
		return c.expr(ann.kids[3])
	}
	return nil
}

// targets checks the elements of an exprlist (s) used as targets (of for,
// del, a comprehension): each built, then checked as a target at itself.
func (c *checker) targets(n *node, s sym, store bool) error {
	for _, e := range listElems(n, s) {
		if err := c.expr(e); err != nil {
			return err
		}
		if err := c.setContext(e, store, e); err != nil {
			return err
		}
	}
	return nil
}

// setContext checks that expression n can be assigned to (store) or
// deleted, reporting at node pos: CPython's set_context.
func (c *checker) setContext(n *node, store bool, pos *node) error {
	n = unparen(n)
	kind := kindOf(n)
	switch kind {
	case kName:
		if !store {
			return nil // del __debug__ compiles (a NameError when run)
		}
		return c.forbidden(pos, n.s)
	case kAttribute:
		if store {
			last := n.kids[len(n.kids)-1]
			return c.forbidden(pos, last.kids[1].s)
		}
		return nil
	case kSubscript:
		return nil
	case kStarred:
		return c.setContext(n.kids[1], store, pos)
	case kList, kTuple:
		for _, e := range elements(n) {
			if err := c.setContext(e, store, pos); err != nil {
				return err
			}
		}
		return nil
	}
	what := targetNames[kind]
	if what == "" {
		return nil
	}
	if store {
		return errAt(pos, "can't assign to "+what)
	}
	return errAt(pos, "can't delete "+what)
}

// dottedAsName checks an imported name (import a.b as c).
func (c *checker) dottedAsName(n *node) error {
	if len(n.kids) == 3 {
		return c.forbidden(n.kids[2], n.kids[2].s)
	}
	dotted := n.kids[0]
	if len(dotted.kids) == 1 {
		return c.forbidden(dotted.kids[0], dotted.kids[0].s)
	}
	return nil
}

// importFrom checks from ... import names.
func (c *checker) importFrom(n *node) error {
	last := n.kids[len(n.kids)-1]
	var names *node
	switch {
	case last.is("*"):
		return nil
	case last.is(")"):
		names = n.kids[len(n.kids)-2]
	default:
		names = last
		if len(names.kids)%2 == 0 {
			return errAt(names, "trailing comma not allowed without surrounding parentheses")
		}
	}
	for _, a := range everyOther(names.kids) {
		name := a.kids[len(a.kids)-1]
		if err := c.forbidden(name, name.s); err != nil {
			return err
		}
	}
	return nil
}

// expr checks an expression, its parts in the order ast.c builds them.
func (c *checker) expr(n *node) error {
	switch n.sym {
	case symTok:
		return nil
	case symTest:
		return c.seq(n.kids[0], n.kids[2], n.kids[4])
	case symLambdef:
		if len(n.kids) == 4 {
			if err := c.arguments(n.kids[1]); err != nil {
				return err
			}
		}
		return c.expr(n.kids[len(n.kids)-1])
	case symOrTest, symAndTest, symBinop, symComparison, symTestlistStarExpr, symTestlist, symExprlist:
		for _, e := range everyOther(n.kids) {
			if err := c.expr(e); err != nil {
				return err
			}
		}
		return nil
	case symNotTest, symFactor, symStarExpr:
		return c.expr(n.kids[1])
	case symPower:
		return c.seq(n.kids[0], n.kids[2])
	case symAtomExpr:
		return c.atomExpr(n)
	case symAtom:
		return c.atom(n)
	case symYieldExpr:
		if len(n.kids) > 1 {
			return c.expr(n.kids[len(n.kids)-1])
		}
	}
	return nil
}

// atomExpr checks an atom and its trailers: calls, subscripts.
func (c *checker) atomExpr(n *node) error {
	k := n.kids
	start := 0
	if k[0].sym == symTok && k[0].kind == tAwait {
		start = 1
	}
	if err := c.expr(k[start]); err != nil {
		return err
	}
	for _, t := range k[start+1:] {
		switch t.kids[0].s {
		case "(":
			if len(t.kids) == 3 {
				if err := c.call(t.kids[1]); err != nil {
					return err
				}
			}
		case "[":
			for _, s := range listElems(t.kids[1], symSubscriptlist) {
				for _, part := range s.kids {
					switch {
					case part.is(":"):
					case part.sym == symSliceop:
						if len(part.kids) == 2 {
							if err := c.expr(part.kids[1]); err != nil {
								return err
							}
						}
					default:
						if err := c.expr(part); err != nil {
							return err
						}
					}
				}
			}
		}
	}
	return nil
}

// call checks the arguments of a call (an arglist), as ast_for_call.
func (c *checker) call(n *node) error {
	args := everyOther(n.kids)
	nargs, nkw, ngens := 0, 0, 0
	for _, a := range args {
		switch {
		case len(a.kids) == 1:
			nargs++
		case a.kids[1].sym == symCompFor:
			ngens++
		case a.kids[0].is("*"):
			nargs++
		default:
			nkw++
		}
	}
	if ngens > 1 || ngens > 0 && nargs+nkw > 0 {
		return errAt(n, "Generator expression must be parenthesized if not sole argument")
	}
	if nargs+nkw+ngens > 255 {
		return errAt(n, "more than 255 arguments")
	}
	nkw = 0
	ndstar := 0
	var seen []string
	for _, a := range args {
		first := a.kids[0]
		switch {
		case len(a.kids) == 1:
			if nkw > 0 {
				if ndstar > 0 {
					return errAt(first, "positional argument follows keyword argument unpacking")
				}
				return errAt(first, "positional argument follows keyword argument")
			}
			if err := c.expr(first); err != nil {
				return err
			}
		case first.is("*"):
			if ndstar > 0 {
				return errAt(first, "iterable argument unpacking follows keyword argument unpacking")
			}
			if err := c.expr(a.kids[1]); err != nil {
				return err
			}
		case first.is("**"):
			if err := c.expr(a.kids[1]); err != nil {
				return err
			}
			nkw++
			ndstar++
		case a.kids[1].sym == symCompFor:
			if err := c.comprehension(a); err != nil {
				return err
			}
		default:
			if err := c.expr(first); err != nil {
				return err
			}
			switch kindOf(first) {
			case kLambda:
				return errAt(first, "lambda cannot contain assignment")
			case kName:
			default:
				return errAt(first, "keyword can't be an expression")
			}
			name := unparen(first).s
			if err := c.forbidden(a, name); err != nil {
				return err
			}
			for _, s := range seen {
				if s == name {
					return errAt(first, "keyword argument repeated")
				}
			}
			seen = append(seen, name)
			if err := c.expr(a.kids[2]); err != nil {
				return err
			}
			nkw++
		}
	}
	return nil
}

// atom checks an atom: displays, comprehensions, strings.
func (c *checker) atom(n *node) error {
	open := n.kids[0]
	if open.kind == tString {
		return c.strings(n)
	}
	if len(n.kids) == 2 {
		return nil
	}
	inner := n.kids[1]
	switch open.s {
	case "(", "[":
		if inner.sym == symTestlistComp {
			if hasCompFor(inner) {
				return c.comprehension(inner)
			}
			for _, e := range everyOther(inner.kids) {
				if err := c.expr(e); err != nil {
					return err
				}
			}
			return nil
		}
		return c.expr(inner)
	}
	k := inner.kids
	switch dictOrSet(inner) {
	case "set":
		for _, e := range everyOther(k) {
			if err := c.expr(e); err != nil {
				return err
			}
		}
		return nil
	case "setcomp":
		return c.comprehension(inner)
	case "dictcomp**":
		return errAt(n, "dict unpacking cannot be used in dict comprehension")
	case "dictcomp":
		if err := c.seq(k[0], k[2]); err != nil {
			return err
		}
		return c.compFor(k[3])
	}
	for i := 0; i < len(k); {
		if k[i].is("**") {
			if err := c.expr(k[i+1]); err != nil {
				return err
			}
			i += 3
			continue
		}
		if err := c.seq(k[i], k[i+2]); err != nil {
			return err
		}
		i += 4
	}
	return nil
}

// comprehension checks an element followed by comp_for (a testlist_comp,
// a dictorsetmaker of a set, an argument): the element, which must not be
// *expr, then the for and if clauses.
func (c *checker) comprehension(n *node) error {
	elt := n.kids[0]
	if err := c.expr(elt); err != nil {
		return err
	}
	if kindOf(elt) == kStarred {
		return errAt(elt, "iterable unpacking cannot be used in comprehension")
	}
	return c.compFor(n.kids[1])
}

// compFor checks a chain of comp_for and comp_if clauses: targets,
// iterables and conditions in order.
func (c *checker) compFor(n *node) error {
	for n != nil {
		k := n.kids
		if n.sym == symCompIf {
			if err := c.expr(k[1]); err != nil {
				return err
			}
			n = kid(k, 2)
			continue
		}
		if k[0].sym == symTok && k[0].kind == tAsync {
			k = k[1:]
		}
		if err := c.targets(k[1], symExprlist, true); err != nil {
			return err
		}
		if err := c.expr(k[3]); err != nil {
			return err
		}
		n = kid(k, 4)
	}
	return nil
}

// strings checks a run of string literals: each decoded, bytes and str
// not mixed, f-strings parsed and their expressions compiled, by the
// f-string front-end.
func (c *checker) strings(n *node) error {
	a := atom{toks: make([]strToken, len(n.kids))}
	for i, l := range n.kids {
		a.toks[i] = strTokenOf(c.data, l)
	}
	if plainLiterals(a.toks) {
		return nil
	}
	if _, ferr := c.r.atom(c.data, c.filename, &a); ferr != nil {
		if !ferr.atom {
			return ferr.exc
		}
		args, _ := ferr.exc.Args.(py.Tuple)
		msg := ""
		if len(args) > 0 {
			msg = string(args[0].(py.String))
		}
		return errAt(n, msg)
	}
	return nil
}

// strTokenOf describes the string literal of leaf l for the f-string
// front-end. Its line and column are the leaf's, which may have been
// moved (fixNodes).
func strTokenOf(data string, l *node) strToken {
	t := l
	s := t.s
	i := strings.IndexAny(s, `'"`)
	prefix := strings.ToLower(s[:i])
	q := s[i : i+1]
	if strings.HasPrefix(s[i:], q+q+q) && len(s)-i >= 6 {
		q = q + q + q
	}
	return strToken{
		start:     t.pos,
		end:       t.end,
		body:      s[i+len(q) : len(s)-len(q)],
		bodyStart: t.pos + i + len(q),
		quote:     q,
		raw:       strings.Contains(prefix, "r"),
		bytes:     strings.Contains(prefix, "b"),
		fstring:   strings.Contains(prefix, "f"),
		line:      l.line,
		endLine:   l.line,
		col:       l.col,
	}
}

// checkField compiles the expression of an f-string's replacement field as
// CPython's fstring_compile_expr: src is "(expr)", parsed on its own in the
// eval mode as the file "<fstring>" (a parse error is reported there);
// the nodes are then moved to the enclosing atom's place (token is the
// text of its first literal, line and col its position), and the AST
// checks run with the moved positions.
func checkField(src, token string, line, col int) error {
	root, err := parse(src, fieldFile, py.EvalMode, false)
	if err != nil {
		return err
	}
	expr := src[1 : len(src)-1]
	lines, cols := line-1, col
	if i := strings.Index(token, "{"+expr+"}"); i >= 0 {
		st := i
		for st > 0 && token[st] != '\n' {
			st--
		}
		cols += i - st
		lines -= strings.Count(token[i+1:], "\n")
	}
	fixNodes(root, lines, cols)
	c := newChecker(src, fieldFile)
	return c.done(c.root(root))
}

// fixNodes moves the nodes of a field's expression: lines added to every
// line, cols to the columns of the nodes on the first line.
func fixNodes(n *node, lines, cols int) {
	if n.line == 1 {
		n.col += cols
	}
	n.line += lines
	for _, k := range n.kids {
		fixNodes(k, lines, cols)
	}
}

// plainLiterals reports whether literals that make one atom cannot be in
// error: no f-string, no escape sequence, bytes and str not mixed, bytes
// all ASCII, str all UTF-8.
func plainLiterals(toks []strToken) bool {
	for i := range toks {
		t := &toks[i]
		if t.fstring || t.bytes != toks[0].bytes || !t.raw && strings.IndexByte(t.body, '\\') >= 0 {
			return false
		}
		if !t.bytes && hasNonUTF8(t.body) {
			return false // source bytes that are not UTF-8 (utf8literal.go)
		}
		if t.bytes {
			for j := 0; j < len(t.body); j++ {
				if t.body[j] >= 0x80 {
					return false
				}
			}
		}
	}
	return true
}
