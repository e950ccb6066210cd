package compiler

import (
	"strings"
	"sync"
)

// This file is the parser of the syntax check: a recursive-descent
// recognizer of Python 3.6's grammar that makes, token for token, the
// decisions of CPython's LL(1) parser (Parser/parser.c driven by the
// grammar's DFAs). It therefore fails at the token CPython fails at, and
// knows what CPython's error message depends on: whether the failing
// token was an INDENT or a DEDENT, whether the only token expected was an
// INDENT, and whether the tokenizer had reached the end of the input.
//
// It builds a concrete syntax tree for the checks CPython makes while
// building the AST (check.go). Chains of rules with one child (test ->
// or_test -> ... -> atom) are collapsed: a node stands for the innermost
// rule that has more than one child, which has the same position.

// sym is the rule a node was made by; symTok for a token.
type sym uint8

const (
	symTok sym = iota
	symFileInput
	symEvalInput
	symSingleInput
	symDecorator
	symDecorators
	symDecorated
	symAsyncFuncdef
	symFuncdef
	symParameters
	symTypedargslist
	symTfpdef
	symVarargslist
	symVfpdef
	symSimpleStmt
	symExprStmt
	symAnnassign
	symTestlistStarExpr
	symDelStmt
	symReturnStmt
	symRaiseStmt
	symImportName
	symImportFrom
	symImportAsName
	symDottedAsName
	symImportAsNames
	symDottedAsNames
	symDottedName
	symGlobalStmt
	symNonlocalStmt
	symAssertStmt
	symAsyncStmt
	symIfStmt
	symWhileStmt
	symForStmt
	symTryStmt
	symWithStmt
	symWithItem
	symExceptClause
	symSuite
	symTest // the conditional expression: or_test 'if' or_test 'else' test
	symLambdef
	symOrTest
	symAndTest
	symNotTest
	symComparison
	symCompOp // 'not' 'in' and 'is' 'not'
	symStarExpr
	symBinop // expr, xor_expr, and_expr, shift_expr, arith_expr and term
	symFactor
	symPower
	symAtomExpr
	symAtom
	symTestlistComp
	symTrailer
	symSubscriptlist
	symSubscript
	symSliceop
	symExprlist
	symTestlist
	symDictorsetmaker
	symClassdef
	symArglist
	symArgument
	symCompFor
	symCompIf
	symYieldExpr
)

// node is a node of the concrete syntax tree. line and col are CPython's
// position of the node: those of its first token.
type node struct {
	sym       sym
	kind      tokKind // symTok: the token's kind
	s         string  // symTok: the token's text
	pos, end  int     // symTok: the token's byte offsets in the source
	kids      []*node
	line, col int
}

// is reports whether n is the token op or keyword s.
func (n *node) is(s string) bool {
	return n.sym == symTok && (n.kind == tOp || n.kind == tName) && n.s == s
}

// maxStack is the size of CPython's parser stack (MAXSTACK): the number of
// rules that can be open at once.
const maxStack = 1500

// pErrKind says why parsing failed.
type pErrKind uint8

const (
	pSyntax    pErrKind = iota // no rule accepts the token (E_SYNTAX)
	pNoMem                     // the parser stack overflowed (E_NOMEM)
	pTokenizer                 // the tokenizer failed (tok->done)
	pBadSingle                 // more than one statement in the single mode (E_BADSINGLE)
)

// parseError is where and why parsing failed.
type parseError struct {
	kind   pErrKind
	tok    token   // the failing token; its at is the tokenizer's position
	lexErr errKind // pTokenizer: the tokenizer's error
	indent bool    // an INDENT was the only token expected
}

// parser parses one source.
type parser struct {
	lx      *lexer
	cur     token
	have    bool // cur holds the next token
	started bool // a token other than ENDMARKER has been read
	depth   int
	err     *parseError
	slab    []node  // newNode's
	kidSlab []*node // kidList's
	suites  int     // suites open
	// inLoop: the tokens read are in the body of a for or while loop of
	// the function or class being parsed (not in its else clause).
	inLoop bool
	facts  treeFacts
}

// treeFacts is what the parser learnt of the tree it built, for the walks
// that look for something most sources lack: they skip the tree when the
// facts say it has none.
type treeFacts struct {
	maxKids    int     // the most kids of any node made by mk
	futureLine int     // the last line of a __future__ token, 0 when none
	escapes    []*node // the str and bytes tokens holding a backslash, in source order
	maxSuites  int     // the most suites open at once
	maxWith    int     // the most items of a with statement
	looseBreak bool    // a break token no loop body of its own scope holds
	private    bool    // a name token __x (x not ending in __), which mangle.go looks for
	chainRaise bool    // an operator chain whose line oplines.go raises
	// stars: the '*' and '**' tokens; opStars: those that are binary
	// operators (any other is an unpacking, a parameter or an import).
	stars, opStars int
	// mem holds the slabs the tree's nodes and kid lists are in (not a
	// fact of the tree: it rides along to checked, whose release hands
	// them to the next parse).
	mem *treeMem
}

// reserved are the keywords of Python 3.6's grammar: NAME tokens that are
// never identifiers.
var reserved = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

// peek returns the current token, reading it if needed, as CPython's
// parsetok does: an ENDMARKER after other tokens is first turned into a
// NEWLINE, followed by the DEDENTs that close open blocks; "<>" is an
// error wherever it is.
func (p *parser) peek() *token {
	if p.have {
		return &p.cur
	}
	t := p.lx.get()
	p.have = true
	switch {
	case t.kind == tError:
		p.failWith(&parseError{kind: pTokenizer, tok: t, lexErr: p.lx.done})
	case t.kind == tEndmarker && p.started:
		t.kind = tNewline
		p.started = false
		if p.lx.indent > 0 {
			p.lx.pendin = -p.lx.indent
			p.lx.indent = 0
		}
	default:
		p.started = true
		if t.kind == tOp && t.s == "<>" {
			p.failWith(&parseError{kind: pSyntax, tok: t})
			t.kind = tError
		}
	}
	p.cur = t
	return &p.cur
}

func (p *parser) failWith(e *parseError) {
	if p.err == nil {
		p.err = e
	}
}

// fail records a syntax error at the current token and returns nil.
func (p *parser) fail() *node {
	p.failWith(&parseError{kind: pSyntax, tok: *p.peek()})
	return nil
}

// enter opens a rule: false (with an error) when the parser stack
// overflows. Every call of enter that returns true is paired with leave.
func (p *parser) enter() bool {
	if p.err != nil {
		return false
	}
	if p.depth >= maxStack {
		p.failWith(&parseError{kind: pNoMem, tok: *p.peek()})
		return false
	}
	p.depth++
	return true
}

func (p *parser) leave() { p.depth-- }

// The tests on the current token.

func (p *parser) isOp(s string) bool {
	t := p.peek()
	return t.kind == tOp && t.s == s
}

func (p *parser) isKw(s string) bool {
	t := p.peek()
	return t.kind == tName && t.s == s
}

func (p *parser) isKind(k tokKind) bool { return p.peek().kind == k }

// isName: a NAME that is not a keyword.
func (p *parser) isName() bool {
	t := p.peek()
	return t.kind == tName && !reserved[t.s]
}

// atomStart: the first token of an atom.
func (p *parser) atomStart() bool {
	t := p.peek()
	switch t.kind {
	case tName:
		return !reserved[t.s] || t.s == "None" || t.s == "True" || t.s == "False"
	case tNumber, tString:
		return true
	case tOp:
		return t.s == "(" || t.s == "[" || t.s == "{" || t.s == "..."
	}
	return false
}

// exprStart: the first token of expr (and of factor, power, atom_expr).
func (p *parser) exprStart() bool {
	if p.atomStart() || p.isKind(tAwait) {
		return true
	}
	t := p.peek()
	return t.kind == tOp && (t.s == "+" || t.s == "-" || t.s == "~")
}

// testStart: the first token of test (and of or_test, not_test, ...).
func (p *parser) testStart() bool {
	return p.exprStart() || p.isKw("not") || p.isKw("lambda")
}

// compForStart: the first token of comp_for.
func (p *parser) compForStart() bool { return p.isKw("for") || p.isKind(tAsync) }

// leaf consumes the current token.
func (p *parser) leaf() *node {
	t := p.peek()
	p.have = false
	n := p.newNode()
	*n = node{sym: symTok, kind: t.kind, s: t.s, pos: t.pos, end: t.end, line: t.line, col: t.col}
	switch {
	case t.kind == tString && strings.IndexByte(t.s, '\\') >= 0:
		p.facts.escapes = append(p.facts.escapes, n)
	case t.kind == tName && t.s == "__future__":
		p.facts.futureLine = t.line
	case t.kind == tName && t.s == "break":
		p.facts.looseBreak = p.facts.looseBreak || !p.inLoop
	case t.kind == tName && strings.HasPrefix(t.s, "__") && !strings.HasSuffix(t.s, "__"):
		p.facts.private = true
	case t.kind == tOp && (t.s == "*" || t.s == "**"):
		p.facts.stars++
	}
	return n
}

// wantOp consumes the operator s, or fails.
func (p *parser) wantOp(s string) *node {
	if !p.isOp(s) {
		return p.fail()
	}
	return p.leaf()
}

// wantKw consumes the keyword s, or fails.
func (p *parser) wantKw(s string) *node {
	if !p.isKw(s) {
		return p.fail()
	}
	return p.leaf()
}

// wantKind consumes a token of kind k, or fails.
func (p *parser) wantKind(k tokKind) *node {
	if !p.isKind(k) {
		return p.fail()
	}
	return p.leaf()
}

// wantName consumes a NAME that is not a keyword, or fails.
func (p *parser) wantName() *node {
	if !p.isName() {
		return p.fail()
	}
	return p.leaf()
}

// mk makes a node of rule s.
func (p *parser) mk(s sym, kids []*node) *node {
	n := p.newNode()
	*n = node{sym: s, kids: p.kidList(kids), line: kids[0].line, col: kids[0].col}
	p.facts.maxKids = max(p.facts.maxKids, len(kids))
	return n
}

// newNode is a zero node from p's current slab: a tree has one node per
// token and rule, and allocating them one by one was a good part of the
// parse's cost.
func (p *parser) newNode() *node {
	if len(p.slab) == 0 {
		s := nodeSlabs.Get().(*[]node)
		p.mem().nodes = append(p.mem().nodes, s)
		p.slab = *s
	}
	n := &p.slab[0]
	p.slab = p.slab[1:]
	return n
}

// kidList is a copy of kids from p's slab of kid lists, with no room to
// grow in place: the rules build their kids in slices that then need not
// outlive the call (most stay on the stack).
func (p *parser) kidList(kids []*node) []*node {
	n := len(kids)
	if n > len(p.kidSlab) {
		if n <= kidSlabSize {
			s := kidSlabs.Get().(*[]*node)
			p.mem().kids = append(p.mem().kids, s)
			p.kidSlab = *s
		} else {
			p.kidSlab = make([]*node, n)
		}
	}
	k := p.kidSlab[:n:n]
	p.kidSlab = p.kidSlab[n:]
	copy(k, kids)
	return k
}

// mem is the record of p's slabs, made on first use.
func (p *parser) mem() *treeMem {
	if p.facts.mem == nil {
		p.facts.mem = &treeMem{}
	}
	return p.facts.mem
}

// The slabs of nodes and kid lists, and the pools that keep those of
// released trees (a compile() of a ten-line class took as many bytes for
// its tree as gpython's own parser takes, and every compile paid for them
// again in collections).
const (
	nodeSlabSize = 128
	kidSlabSize  = 1024
)

var (
	nodeSlabs = sync.Pool{New: func() any { s := make([]node, nodeSlabSize); return &s }}
	kidSlabs  = sync.Pool{New: func() any { s := make([]*node, kidSlabSize); return &s }}
)

// treeMem is the slabs a parse took from the pools.
type treeMem struct {
	nodes []*[]node
	kids  []*[]*node
}

// release zeroes m's slabs and gives them back to the pools: nothing may
// hold a node of the tree any more. A nil m has none.
func (m *treeMem) release() {
	if m == nil {
		return
	}
	for _, s := range m.nodes {
		clear(*s)
		nodeSlabs.Put(s)
	}
	for _, s := range m.kids {
		clear(*s)
		kidSlabs.Put(s)
	}
	m.nodes, m.kids = nil, nil
}

// newScope starts the body of a function, class or lambda, where no
// loop encloses a break yet; the func it returns ends it.
func (p *parser) newScope() func() {
	outer := p.inLoop
	p.inLoop = false
	return func() { p.inLoop = outer }
}

// ok is true when every node is non-nil (the parse functions return nil
// on an error).
func ok(ns ...*node) bool {
	for _, n := range ns {
		if n == nil {
			return false
		}
	}
	return true
}

// fileInput: (NEWLINE | stmt)* ENDMARKER
func (p *parser) fileInput() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	var kids []*node
	for {
		switch {
		case p.isKind(tNewline):
			p.leaf()
		case p.isKind(tEndmarker):
			end := p.leaf()
			return &node{sym: symFileInput, kids: kids, line: end.line, col: end.col}
		default:
			s := p.stmt()
			if s == nil {
				return nil
			}
			kids = append(kids, s)
		}
	}
}

// evalInput: testlist NEWLINE* ENDMARKER
func (p *parser) evalInput() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	t := p.testlist()
	if t == nil {
		return nil
	}
	for p.isKind(tNewline) {
		p.leaf()
	}
	if p.wantKind(tEndmarker) == nil {
		return nil
	}
	return p.mk(symEvalInput, []*node{t})
}

// singleInput: NEWLINE | simple_stmt | compound_stmt NEWLINE. The parse
// ends with the statement: nothing after it is read.
func (p *parser) singleInput() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.isKind(tNewline) {
		nl := p.leaf()
		return &node{sym: symSingleInput, line: nl.line, col: nl.col}
	}
	if p.compoundStart() {
		s := p.compoundStmt()
		if s == nil || p.wantKind(tNewline) == nil {
			return nil
		}
		return p.mk(symSingleInput, []*node{s})
	}
	s := p.simpleStmt()
	if s == nil {
		return nil
	}
	return p.mk(symSingleInput, []*node{s})
}

// compoundStart: the first token of compound_stmt.
func (p *parser) compoundStart() bool {
	t := p.peek()
	if t.kind == tAsync || t.kind == tOp && t.s == "@" {
		return true
	}
	if t.kind != tName {
		return false
	}
	switch t.s {
	case "if", "while", "for", "try", "with", "def", "class":
		return true
	}
	return false
}

// stmt: simple_stmt | compound_stmt
func (p *parser) stmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.compoundStart() {
		return p.compoundStmt()
	}
	return p.simpleStmt()
}

// simpleStmt: small_stmt (';' small_stmt)* [';'] NEWLINE
func (p *parser) simpleStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	s := p.smallStmt()
	if s == nil {
		return nil
	}
	kids := []*node{s}
	for p.isOp(";") {
		kids = append(kids, p.leaf())
		if p.isKind(tNewline) {
			break
		}
		s := p.smallStmt()
		if s == nil {
			return nil
		}
		kids = append(kids, s)
	}
	nl := p.wantKind(tNewline)
	if nl == nil {
		return nil
	}
	return p.mk(symSimpleStmt, append(kids, nl))
}

// smallStmt: expr_stmt | del_stmt | pass_stmt | flow_stmt | import_stmt |
// global_stmt | nonlocal_stmt | assert_stmt
func (p *parser) smallStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	t := p.peek()
	if t.kind == tName {
		switch t.s {
		case "del":
			return p.stmtOf(symDelStmt, func(kids []*node) []*node {
				e := p.exprlist()
				if e == nil {
					return nil
				}
				return append(kids, e)
			})
		case "pass":
			return p.stmtOf(0, nil)
		case "break", "continue", "return", "raise", "yield":
			return p.flowStmt()
		case "import", "from":
			return p.importStmt()
		case "global", "nonlocal":
			s := symGlobalStmt
			if t.s == "nonlocal" {
				s = symNonlocalStmt
			}
			return p.stmtOf(s, func(kids []*node) []*node {
				n := p.wantName()
				if n == nil {
					return nil
				}
				kids = append(kids, n)
				for p.isOp(",") {
					kids = append(kids, p.leaf())
					if n = p.wantName(); n == nil {
						return nil
					}
					kids = append(kids, n)
				}
				return kids
			})
		case "assert":
			return p.stmtOf(symAssertStmt, func(kids []*node) []*node {
				t := p.test()
				if t == nil {
					return nil
				}
				kids = append(kids, t)
				if p.isOp(",") {
					kids = append(kids, p.leaf())
					if t = p.test(); t == nil {
						return nil
					}
					kids = append(kids, t)
				}
				return kids
			})
		}
	}
	if p.testStart() || p.isOp("*") {
		return p.exprStmt()
	}
	return p.fail()
}

// stmtOf parses a statement that starts with a keyword, in its own rule:
// the keyword, then what rest parses (nothing when rest is nil). s is the
// node's rule; 0 returns the keyword alone (pass, break, continue).
func (p *parser) stmtOf(s sym, rest func([]*node) []*node) *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kw := p.leaf()
	if rest == nil {
		return kw
	}
	kids := rest([]*node{kw})
	if kids == nil {
		return nil
	}
	return p.mk(s, kids)
}

// flowStmt: break_stmt | continue_stmt | return_stmt | raise_stmt | yield_stmt
func (p *parser) flowStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	switch p.peek().s {
	case "break", "continue":
		return p.stmtOf(0, nil)
	case "return":
		return p.stmtOf(symReturnStmt, func(kids []*node) []*node {
			if p.testStart() {
				t := p.testlist()
				if t == nil {
					return nil
				}
				kids = append(kids, t)
			}
			return kids
		})
	case "raise":
		return p.stmtOf(symRaiseStmt, func(kids []*node) []*node {
			if !p.testStart() {
				return kids
			}
			t := p.test()
			if t == nil {
				return nil
			}
			kids = append(kids, t)
			if p.isKw("from") {
				kids = append(kids, p.leaf())
				if t = p.test(); t == nil {
					return nil
				}
				kids = append(kids, t)
			}
			return kids
		})
	}
	// yield_stmt: yield_expr
	if !p.enter() {
		return nil
	}
	defer p.leave()
	return p.yieldExpr()
}

// exprStmt: testlist_star_expr (annassign | augassign (yield_expr|testlist) |
// ('=' (yield_expr|testlist_star_expr))*)
func (p *parser) exprStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	first := p.testlistStarExpr()
	if first == nil {
		return nil
	}
	kids := []*node{first}
	switch {
	case p.isOp(":"):
		a := p.annassign()
		if a == nil {
			return nil
		}
		return p.mk(symExprStmt, append(kids, a))
	case p.isAugassign():
		kids = append(kids, p.leaf())
		var v *node
		if p.isKw("yield") {
			v = p.yieldExpr()
		} else {
			v = p.testlist()
		}
		if v == nil {
			return nil
		}
		return p.mk(symExprStmt, append(kids, v))
	}
	for p.isOp("=") {
		kids = append(kids, p.leaf())
		var v *node
		if p.isKw("yield") {
			v = p.yieldExpr()
		} else {
			v = p.testlistStarExpr()
		}
		if v == nil {
			return nil
		}
		kids = append(kids, v)
	}
	return p.mk(symExprStmt, kids)
}

// isAugassign: the current token is an augmented assignment operator.
func (p *parser) isAugassign() bool {
	t := p.peek()
	if t.kind != tOp {
		return false
	}
	switch t.s {
	case "+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//=":
		return true
	}
	return false
}

// annassign: ':' test ['=' test]
func (p *parser) annassign() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	colon := p.leaf()
	t := p.test()
	if t == nil {
		return nil
	}
	kids := []*node{colon, t}
	if p.isOp("=") {
		kids = append(kids, p.leaf())
		if t = p.test(); t == nil {
			return nil
		}
		kids = append(kids, t)
	}
	return p.mk(symAnnassign, kids)
}

// list parses a comma-separated list of elements (elem) with an optional
// trailing comma, continuing after a comma while more starts another
// element; one element without a comma is returned alone.
func (p *parser) list(s sym, elem func() *node, more func() bool) *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	e := elem()
	if e == nil {
		return nil
	}
	if !p.isOp(",") {
		return e
	}
	kids := []*node{e}
	for p.isOp(",") {
		kids = append(kids, p.leaf())
		if !more() {
			break
		}
		if e = elem(); e == nil {
			return nil
		}
		kids = append(kids, e)
	}
	return p.mk(s, kids)
}

// testOrStar: test | star_expr
func (p *parser) testOrStar() *node {
	if p.isOp("*") {
		return p.starExpr()
	}
	return p.test()
}

func (p *parser) testOrStarStart() bool { return p.testStart() || p.isOp("*") }

// testlistStarExpr: (test|star_expr) (',' (test|star_expr))* [',']
func (p *parser) testlistStarExpr() *node {
	return p.list(symTestlistStarExpr, p.testOrStar, p.testOrStarStart)
}

// testlist: test (',' test)* [',']
func (p *parser) testlist() *node {
	return p.list(symTestlist, p.test, p.testStart)
}

// exprlist: (expr|star_expr) (',' (expr|star_expr))* [',']
func (p *parser) exprlist() *node {
	return p.list(symExprlist, func() *node {
		if p.isOp("*") {
			return p.starExpr()
		}
		return p.expr()
	}, func() bool { return p.exprStart() || p.isOp("*") })
}

// importStmt: import_name | import_from
func (p *parser) importStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.isKw("import") {
		return p.stmtOf(symImportName, func(kids []*node) []*node {
			n := p.dottedAsNames()
			if n == nil {
				return nil
			}
			return append(kids, n)
		})
	}
	return p.stmtOf(symImportFrom, func(kids []*node) []*node {
		dots := 0
		for p.isOp(".") || p.isOp("...") {
			kids = append(kids, p.leaf())
			dots++
		}
		if p.isName() || dots == 0 {
			n := p.dottedName()
			if n == nil {
				return nil
			}
			kids = append(kids, n)
		}
		imp := p.wantKw("import")
		if imp == nil {
			return nil
		}
		kids = append(kids, imp)
		switch {
		case p.isOp("*"):
			kids = append(kids, p.leaf())
		case p.isOp("("):
			kids = append(kids, p.leaf())
			n := p.importAsNames()
			if n == nil {
				return nil
			}
			kids = append(kids, n)
			r := p.wantOp(")")
			if r == nil {
				return nil
			}
			kids = append(kids, r)
		default:
			n := p.importAsNames()
			if n == nil {
				return nil
			}
			kids = append(kids, n)
		}
		return kids
	})
}

// importAsName: NAME ['as' NAME]
func (p *parser) importAsName() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	n := p.wantName()
	if n == nil {
		return nil
	}
	kids := []*node{n}
	if p.isKw("as") {
		kids = append(kids, p.leaf())
		if n = p.wantName(); n == nil {
			return nil
		}
		kids = append(kids, n)
	}
	return p.mk(symImportAsName, kids)
}

// dottedAsName: dotted_name ['as' NAME]
func (p *parser) dottedAsName() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	n := p.dottedName()
	if n == nil {
		return nil
	}
	kids := []*node{n}
	if p.isKw("as") {
		kids = append(kids, p.leaf())
		if n = p.wantName(); n == nil {
			return nil
		}
		kids = append(kids, n)
	}
	return p.mk(symDottedAsName, kids)
}

// importAsNames: import_as_name (',' import_as_name)* [',']
func (p *parser) importAsNames() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	n := p.importAsName()
	if n == nil {
		return nil
	}
	kids := []*node{n}
	for p.isOp(",") {
		kids = append(kids, p.leaf())
		if !p.isName() {
			break
		}
		if n = p.importAsName(); n == nil {
			return nil
		}
		kids = append(kids, n)
	}
	return p.mk(symImportAsNames, kids)
}

// dottedAsNames: dotted_as_name (',' dotted_as_name)*
func (p *parser) dottedAsNames() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	n := p.dottedAsName()
	if n == nil {
		return nil
	}
	kids := []*node{n}
	for p.isOp(",") {
		kids = append(kids, p.leaf())
		if n = p.dottedAsName(); n == nil {
			return nil
		}
		kids = append(kids, n)
	}
	return p.mk(symDottedAsNames, kids)
}

// dottedName: NAME ('.' NAME)*
func (p *parser) dottedName() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	n := p.wantName()
	if n == nil {
		return nil
	}
	kids := []*node{n}
	for p.isOp(".") {
		kids = append(kids, p.leaf())
		if n = p.wantName(); n == nil {
			return nil
		}
		kids = append(kids, n)
	}
	return p.mk(symDottedName, kids)
}

// compoundStmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt |
// funcdef | classdef | decorated | async_stmt
func (p *parser) compoundStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	t := p.peek()
	if t.kind == tAsync {
		return p.asyncStmt()
	}
	if t.kind == tOp {
		return p.decorated()
	}
	switch t.s {
	case "if":
		return p.ifStmt()
	case "while":
		return p.whileStmt()
	case "for":
		return p.forStmt()
	case "try":
		return p.tryStmt()
	case "with":
		return p.withStmt()
	case "def":
		return p.funcdef()
	}
	return p.classdef()
}

// asyncStmt: ASYNC (funcdef | with_stmt | for_stmt)
func (p *parser) asyncStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	a := p.leaf()
	var s *node
	switch {
	case p.isKw("def"):
		s = p.funcdef()
	case p.isKw("with"):
		s = p.withStmt()
	case p.isKw("for"):
		s = p.forStmt()
	default:
		return p.fail()
	}
	if s == nil {
		return nil
	}
	return p.mk(symAsyncStmt, []*node{a, s})
}

// decorated: decorators (classdef | funcdef | async_funcdef)
func (p *parser) decorated() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	ds := p.decorators()
	if ds == nil {
		return nil
	}
	var d *node
	switch {
	case p.isKw("class"):
		d = p.classdef()
	case p.isKw("def"):
		d = p.funcdef()
	case p.isKind(tAsync):
		d = p.asyncFuncdef()
	default:
		return p.fail()
	}
	if d == nil {
		return nil
	}
	return p.mk(symDecorated, []*node{ds, d})
}

// decorators: decorator+
func (p *parser) decorators() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	var kids []*node
	for {
		d := p.decorator()
		if d == nil {
			return nil
		}
		kids = append(kids, d)
		if !p.isOp("@") {
			return p.mk(symDecorators, kids)
		}
	}
}

// decorator: '@' dotted_name [ '(' [arglist] ')' ] NEWLINE
func (p *parser) decorator() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kids := []*node{p.leaf()}
	n := p.dottedName()
	if n == nil {
		return nil
	}
	kids = append(kids, n)
	if p.isOp("(") {
		kids = append(kids, p.leaf())
		if p.argumentStart() {
			a := p.arglist()
			if a == nil {
				return nil
			}
			kids = append(kids, a)
		}
		r := p.wantOp(")")
		if r == nil {
			return nil
		}
		kids = append(kids, r)
	}
	nl := p.wantKind(tNewline)
	if nl == nil {
		return nil
	}
	return p.mk(symDecorator, append(kids, nl))
}

// asyncFuncdef: ASYNC funcdef
func (p *parser) asyncFuncdef() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	a := p.leaf()
	f := p.funcdef()
	if f == nil {
		return nil
	}
	return p.mk(symAsyncFuncdef, []*node{a, f})
}

// funcdef: 'def' NAME parameters ['->' test] ':' suite
func (p *parser) funcdef() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	defer p.newScope()()
	kids := []*node{p.leaf()}
	name := p.wantName()
	if name == nil {
		return nil
	}
	kids = append(kids, name)
	params := p.parameters()
	if params == nil {
		return nil
	}
	kids = append(kids, params)
	if p.isOp("->") {
		kids = append(kids, p.leaf())
		t := p.test()
		if t == nil {
			return nil
		}
		kids = append(kids, t)
	}
	colon := p.wantOp(":")
	if colon == nil {
		return nil
	}
	s := p.suite()
	if s == nil {
		return nil
	}
	return p.mk(symFuncdef, append(kids, colon, s))
}

// parameters: '(' [typedargslist] ')'
func (p *parser) parameters() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	l := p.wantOp("(")
	if l == nil {
		return nil
	}
	kids := []*node{l}
	if p.isName() || p.isOp("*") || p.isOp("**") {
		a := p.argsList(true)
		if a == nil {
			return nil
		}
		kids = append(kids, a)
	}
	r := p.wantOp(")")
	if r == nil {
		return nil
	}
	return p.mk(symParameters, append(kids, r))
}

// argsList parses typedargslist (typed, in a def) or varargslist (in a
// lambda): positional parameters with defaults, then * with an optional
// name and keyword-only parameters, then ** and a name, each part
// optional, commas between them and one allowed at the end.
func (p *parser) argsList(typed bool) *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	s := symVarargslist
	if typed {
		s = symTypedargslist
	}
	var kids []*node
	// param adds a parameter and, when defaults, its default.
	param := func(defaults bool) bool {
		d := p.fpdef(typed)
		if d == nil {
			return false
		}
		kids = append(kids, d)
		if defaults && p.isOp("=") {
			kids = append(kids, p.leaf())
			t := p.test()
			if t == nil {
				return false
			}
			kids = append(kids, t)
		}
		return true
	}
	// dstar adds '**' NAME [','].
	dstar := func() bool {
		kids = append(kids, p.leaf())
		d := p.fpdef(typed)
		if d == nil {
			return false
		}
		kids = append(kids, d)
		if p.isOp(",") {
			kids = append(kids, p.leaf())
		}
		return true
	}
	// star adds '*' [NAME] (',' NAME ['=' test])* [',' ['**' ...]].
	star := func() bool {
		kids = append(kids, p.leaf())
		if p.isName() {
			d := p.fpdef(typed)
			if d == nil {
				return false
			}
			kids = append(kids, d)
		}
		for p.isOp(",") {
			kids = append(kids, p.leaf())
			switch {
			case p.isName():
				if !param(true) {
					return false
				}
			case p.isOp("**"):
				return dstar()
			default:
				return true
			}
		}
		return true
	}
	var good bool
	switch {
	case p.isName():
		good = param(true)
	loop:
		for good && p.isOp(",") {
			kids = append(kids, p.leaf())
			switch {
			case p.isName():
				good = param(true)
			case p.isOp("*"):
				good = star()
				break loop
			case p.isOp("**"):
				good = dstar()
				break loop
			default:
				break loop
			}
		}
	case p.isOp("*"):
		good = star()
	case p.isOp("**"):
		good = dstar()
	default:
		p.fail()
	}
	if !good {
		return nil
	}
	return p.mk(s, kids)
}

// fpdef: tfpdef (NAME [':' test]) when typed, else vfpdef (NAME).
func (p *parser) fpdef(typed bool) *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	n := p.wantName()
	if n == nil {
		return nil
	}
	if !typed {
		return p.mk(symVfpdef, []*node{n})
	}
	kids := []*node{n}
	if p.isOp(":") {
		kids = append(kids, p.leaf())
		t := p.test()
		if t == nil {
			return nil
		}
		kids = append(kids, t)
	}
	return p.mk(symTfpdef, kids)
}

// ifStmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]
func (p *parser) ifStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kids := []*node{p.leaf()}
	if kids = p.condSuite(kids); kids == nil {
		return nil
	}
	for p.isKw("elif") {
		kids = append(kids, p.leaf())
		if kids = p.condSuite(kids); kids == nil {
			return nil
		}
	}
	if kids = p.elseSuite(kids); kids == nil {
		return nil
	}
	return p.mk(symIfStmt, kids)
}

// condSuite appends test ':' suite.
func (p *parser) condSuite(kids []*node) []*node {
	t := p.test()
	if t == nil {
		return nil
	}
	colon := p.wantOp(":")
	if colon == nil {
		return nil
	}
	s := p.suite()
	if s == nil {
		return nil
	}
	return append(kids, t, colon, s)
}

// elseSuite appends ['else' ':' suite] (or, called with another keyword
// current, nothing).
func (p *parser) elseSuite(kids []*node) []*node {
	if !p.isKw("else") {
		return kids
	}
	return p.kwSuite(kids)
}

// kwSuite appends the current keyword, ':' and a suite.
func (p *parser) kwSuite(kids []*node) []*node {
	kw := p.leaf()
	colon := p.wantOp(":")
	if colon == nil {
		return nil
	}
	s := p.suite()
	if s == nil {
		return nil
	}
	return append(kids, kw, colon, s)
}

// whileStmt: 'while' test ':' suite ['else' ':' suite]
func (p *parser) whileStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kids := []*node{p.leaf()}
	outer := p.inLoop
	p.inLoop = true // the test holds no break: only the body counts
	kids = p.condSuite(kids)
	p.inLoop = outer
	if kids == nil {
		return nil
	}
	if kids = p.elseSuite(kids); kids == nil {
		return nil
	}
	return p.mk(symWhileStmt, kids)
}

// forStmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite]
func (p *parser) forStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kids := []*node{p.leaf()}
	target := p.exprlist()
	if target == nil {
		return nil
	}
	in := p.wantKw("in")
	if in == nil {
		return nil
	}
	iter := p.testlist()
	if iter == nil {
		return nil
	}
	colon := p.wantOp(":")
	if colon == nil {
		return nil
	}
	outer := p.inLoop
	p.inLoop = true
	s := p.suite()
	p.inLoop = outer
	if s == nil {
		return nil
	}
	kids = append(kids, target, in, iter, colon, s)
	if kids = p.elseSuite(kids); kids == nil {
		return nil
	}
	return p.mk(symForStmt, kids)
}

// tryStmt: 'try' ':' suite ((except_clause ':' suite)+ ['else' ':' suite]
// ['finally' ':' suite] | 'finally' ':' suite)
func (p *parser) tryStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kids := p.kwSuite(nil)
	if kids == nil {
		return nil
	}
	switch {
	case p.isKw("except"):
		for p.isKw("except") {
			e := p.exceptClause()
			if e == nil {
				return nil
			}
			colon := p.wantOp(":")
			if colon == nil {
				return nil
			}
			s := p.suite()
			if s == nil {
				return nil
			}
			kids = append(kids, e, colon, s)
		}
		if kids = p.elseSuite(kids); kids == nil {
			return nil
		}
		if p.isKw("finally") {
			if kids = p.kwSuite(kids); kids == nil {
				return nil
			}
		}
	case p.isKw("finally"):
		if kids = p.kwSuite(kids); kids == nil {
			return nil
		}
	default:
		return p.fail()
	}
	return p.mk(symTryStmt, kids)
}

// exceptClause: 'except' [test ['as' NAME]]
func (p *parser) exceptClause() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kids := []*node{p.leaf()}
	if p.testStart() {
		t := p.test()
		if t == nil {
			return nil
		}
		kids = append(kids, t)
		if p.isKw("as") {
			kids = append(kids, p.leaf())
			n := p.wantName()
			if n == nil {
				return nil
			}
			kids = append(kids, n)
		}
	}
	return p.mk(symExceptClause, kids)
}

// withStmt: 'with' with_item (',' with_item)* ':' suite
func (p *parser) withStmt() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kids := []*node{p.leaf()}
	for {
		w := p.withItem()
		if w == nil {
			return nil
		}
		kids = append(kids, w)
		if !p.isOp(",") {
			break
		}
		kids = append(kids, p.leaf())
	}
	colon := p.wantOp(":")
	if colon == nil {
		return nil
	}
	s := p.suite()
	if s == nil {
		return nil
	}
	p.facts.maxWith = max(p.facts.maxWith, len(kids)/2) // 'with' and items between commas
	return p.mk(symWithStmt, append(kids, colon, s))
}

// withItem: test ['as' expr]
func (p *parser) withItem() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	t := p.test()
	if t == nil {
		return nil
	}
	kids := []*node{t}
	if p.isKw("as") {
		kids = append(kids, p.leaf())
		e := p.expr()
		if e == nil {
			return nil
		}
		kids = append(kids, e)
	}
	return p.mk(symWithItem, kids)
}

// suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT
func (p *parser) suite() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	p.suites++
	p.facts.maxSuites = max(p.facts.maxSuites, p.suites)
	defer func() { p.suites-- }()
	if !p.isKind(tNewline) {
		s := p.simpleStmt()
		if s == nil {
			return nil
		}
		return p.mk(symSuite, []*node{s})
	}
	kids := []*node{p.leaf()}
	if !p.isKind(tIndent) {
		p.failWith(&parseError{kind: pSyntax, tok: *p.peek(), indent: true})
		return nil
	}
	kids = append(kids, p.leaf())
	for {
		s := p.stmt()
		if s == nil {
			return nil
		}
		kids = append(kids, s)
		if p.isKind(tDedent) {
			return p.mk(symSuite, append(kids, p.leaf()))
		}
	}
}

// classdef: 'class' NAME ['(' [arglist] ')'] ':' suite
func (p *parser) classdef() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	defer p.newScope()()
	kids := []*node{p.leaf()}
	name := p.wantName()
	if name == nil {
		return nil
	}
	kids = append(kids, name)
	if p.isOp("(") {
		kids = append(kids, p.leaf())
		if p.argumentStart() {
			a := p.arglist()
			if a == nil {
				return nil
			}
			kids = append(kids, a)
		}
		r := p.wantOp(")")
		if r == nil {
			return nil
		}
		kids = append(kids, r)
	}
	colon := p.wantOp(":")
	if colon == nil {
		return nil
	}
	s := p.suite()
	if s == nil {
		return nil
	}
	return p.mk(symClassdef, append(kids, colon, s))
}

// test: or_test ['if' or_test 'else' test] | lambdef
func (p *parser) test() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambdef(false)
	}
	body := p.orTest()
	if body == nil || !p.isKw("if") {
		return body
	}
	kwIf := p.leaf()
	cond := p.orTest()
	if cond == nil {
		return nil
	}
	kwElse := p.wantKw("else")
	if kwElse == nil {
		return nil
	}
	orelse := p.test()
	if orelse == nil {
		return nil
	}
	return p.mk(symTest, []*node{body, kwIf, cond, kwElse, orelse})
}

// testNocond: or_test | lambdef_nocond
func (p *parser) testNocond() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambdef(true)
	}
	return p.orTest()
}

// lambdef: 'lambda' [varargslist] ':' test, or with test_nocond.
func (p *parser) lambdef(nocond bool) *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	defer p.newScope()()
	kids := []*node{p.leaf()}
	if p.isName() || p.isOp("*") || p.isOp("**") {
		a := p.argsList(false)
		if a == nil {
			return nil
		}
		kids = append(kids, a)
	}
	colon := p.wantOp(":")
	if colon == nil {
		return nil
	}
	var body *node
	if nocond {
		body = p.testNocond()
	} else {
		body = p.test()
	}
	if body == nil {
		return nil
	}
	return p.mk(symLambdef, append(kids, colon, body))
}

// orTest: and_test ('or' and_test)*
func (p *parser) orTest() *node { return p.boolOp(symOrTest, "or") }

// andTest: not_test ('and' not_test)*
func (p *parser) andTest() *node { return p.boolOp(symAndTest, "and") }

// boolOp parses or_test (s, the keyword op) or and_test.
func (p *parser) boolOp(s sym, op string) *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	operand := p.notTest
	if s == symOrTest {
		operand = p.andTest
	}
	first := operand()
	if first == nil || !p.isKw(op) {
		return first
	}
	kids := []*node{first}
	for p.isKw(op) {
		kids = append(kids, p.leaf())
		e := operand()
		if e == nil {
			return nil
		}
		kids = append(kids, e)
	}
	return p.mk(s, kids)
}

// notTest: 'not' not_test | comparison
func (p *parser) notTest() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if !p.isKw("not") {
		return p.comparison()
	}
	not := p.leaf()
	e := p.notTest()
	if e == nil {
		return nil
	}
	return p.mk(symNotTest, []*node{not, e})
}

// comparison: expr (comp_op expr)*
func (p *parser) comparison() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	first := p.expr()
	if first == nil || !p.compOpStart() {
		return first
	}
	kids := []*node{first}
	for p.compOpStart() {
		op := p.compOp()
		if op == nil {
			return nil
		}
		e := p.expr()
		if e == nil {
			return nil
		}
		kids = append(kids, op, e)
	}
	return p.mk(symComparison, kids)
}

// compOpStart: the first token of comp_op.
func (p *parser) compOpStart() bool {
	t := p.peek()
	switch t.kind {
	case tOp:
		switch t.s {
		case "<", ">", "==", ">=", "<=", "<>", "!=":
			return true
		}
	case tName:
		return t.s == "in" || t.s == "not" || t.s == "is"
	}
	return false
}

// compOp: '<'|'>'|'=='|'>='|'<='|'<>'|'!='|'in'|'not' 'in'|'is'|'is' 'not'
func (p *parser) compOp() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	switch {
	case p.isKw("not"):
		not := p.leaf()
		in := p.wantKw("in")
		if in == nil {
			return nil
		}
		return p.mk(symCompOp, []*node{not, in})
	case p.isKw("is"):
		is := p.leaf()
		if p.isKw("not") {
			return p.mk(symCompOp, []*node{is, p.leaf()})
		}
		return is
	}
	return p.leaf()
}

// starExpr: '*' expr
func (p *parser) starExpr() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	star := p.leaf()
	e := p.expr()
	if e == nil {
		return nil
	}
	return p.mk(symStarExpr, []*node{star, e})
}

// binLevels are the rules of binary operators from expr down to term,
// with their operators.
var binLevels = [...][]string{
	{"|"},                      // expr
	{"^"},                      // xor_expr
	{"&"},                      // and_expr
	{"<<", ">>"},               // shift_expr
	{"+", "-"},                 // arith_expr
	{"*", "@", "/", "%", "//"}, // term
}

// expr: xor_expr ('|' xor_expr)*, and so on down to term.
func (p *parser) expr() *node { return p.binLevel(0) }

// binLevel parses the rule binLevels[i]; its operands are the next
// level's, or factors.
func (p *parser) binLevel(i int) *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	operand := func() *node {
		if i+1 < len(binLevels) {
			return p.binLevel(i + 1)
		}
		return p.factor()
	}
	first := operand()
	if first == nil || !p.isOpIn(binLevels[i]) {
		return first
	}
	kids := []*node{first}
	for p.isOpIn(binLevels[i]) {
		op := p.leaf()
		if op.s == "*" {
			p.facts.opStars++
		}
		kids = append(kids, op)
		e := operand()
		if e == nil {
			return nil
		}
		kids = append(kids, e)
	}
	n := p.mk(symBinop, kids)
	p.facts.chainRaise = p.facts.chainRaise || chainRaise(n) > 0
	return n
}

// isOpIn reports whether the current token is one of the operators ops.
func (p *parser) isOpIn(ops []string) bool {
	t := p.peek()
	if t.kind != tOp {
		return false
	}
	for _, o := range ops {
		if t.s == o {
			return true
		}
	}
	return false
}

// factor: ('+'|'-'|'~') factor | power
func (p *parser) factor() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.isOp("+") || p.isOp("-") || p.isOp("~") {
		op := p.leaf()
		f := p.factor()
		if f == nil {
			return nil
		}
		return p.mk(symFactor, []*node{op, f})
	}
	return p.power()
}

// power: atom_expr ['**' factor]
func (p *parser) power() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	a := p.atomExpr()
	if a == nil || !p.isOp("**") {
		return a
	}
	op := p.leaf()
	p.facts.opStars++
	f := p.factor()
	if f == nil {
		return nil
	}
	return p.mk(symPower, []*node{a, op, f})
}

// atomExpr: [AWAIT] atom trailer*
func (p *parser) atomExpr() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	var kids []*node
	if p.isKind(tAwait) {
		kids = append(kids, p.leaf())
	}
	a := p.atom()
	if a == nil {
		return nil
	}
	if kids == nil && !p.trailerStart() {
		return a
	}
	kids = append(kids, a)
	for p.trailerStart() {
		t := p.trailer()
		if t == nil {
			return nil
		}
		kids = append(kids, t)
	}
	return p.mk(symAtomExpr, kids)
}

func (p *parser) trailerStart() bool { return p.isOp("(") || p.isOp("[") || p.isOp(".") }

// atom: ('(' [yield_expr|testlist_comp] ')' | '[' [testlist_comp] ']' |
// '{' [dictorsetmaker] '}' | NAME | NUMBER | STRING+ | '...' | 'None' |
// 'True' | 'False')
func (p *parser) atom() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	t := p.peek()
	switch {
	case t.kind == tString:
		kids := []*node{p.leaf()}
		for p.isKind(tString) {
			kids = append(kids, p.leaf())
		}
		return p.mk(symAtom, kids)
	case t.kind == tOp && t.s == "(":
		kids := []*node{p.leaf()}
		if p.isKw("yield") {
			y := p.yieldExpr()
			if y == nil {
				return nil
			}
			kids = append(kids, y)
		} else if p.testOrStarStart() {
			c := p.testlistComp()
			if c == nil {
				return nil
			}
			kids = append(kids, c)
		}
		r := p.wantOp(")")
		if r == nil {
			return nil
		}
		return p.mk(symAtom, append(kids, r))
	case t.kind == tOp && t.s == "[":
		kids := []*node{p.leaf()}
		if p.testOrStarStart() {
			c := p.testlistComp()
			if c == nil {
				return nil
			}
			kids = append(kids, c)
		}
		r := p.wantOp("]")
		if r == nil {
			return nil
		}
		return p.mk(symAtom, append(kids, r))
	case t.kind == tOp && t.s == "{":
		kids := []*node{p.leaf()}
		if p.testOrStarStart() || p.isOp("**") {
			d := p.dictorsetmaker()
			if d == nil {
				return nil
			}
			kids = append(kids, d)
		}
		r := p.wantOp("}")
		if r == nil {
			return nil
		}
		return p.mk(symAtom, append(kids, r))
	case p.atomStart():
		return p.leaf()
	}
	return p.fail()
}

// testlistComp: (test|star_expr) ( comp_for | (',' (test|star_expr))* [','] )
func (p *parser) testlistComp() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	first := p.testOrStar()
	if first == nil {
		return nil
	}
	if p.compForStart() {
		c := p.compFor()
		if c == nil {
			return nil
		}
		return p.mk(symTestlistComp, []*node{first, c})
	}
	if !p.isOp(",") {
		return first
	}
	kids := []*node{first}
	for p.isOp(",") {
		kids = append(kids, p.leaf())
		if !p.testOrStarStart() {
			break
		}
		e := p.testOrStar()
		if e == nil {
			return nil
		}
		kids = append(kids, e)
	}
	return p.mk(symTestlistComp, kids)
}

// trailer: '(' [arglist] ')' | '[' subscriptlist ']' | '.' NAME
func (p *parser) trailer() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	open := p.leaf()
	kids := []*node{open}
	switch open.s {
	case "(":
		if p.argumentStart() {
			a := p.arglist()
			if a == nil {
				return nil
			}
			kids = append(kids, a)
		}
		r := p.wantOp(")")
		if r == nil {
			return nil
		}
		kids = append(kids, r)
	case "[":
		s := p.subscriptlist()
		if s == nil {
			return nil
		}
		r := p.wantOp("]")
		if r == nil {
			return nil
		}
		kids = append(kids, s, r)
	default:
		n := p.wantName()
		if n == nil {
			return nil
		}
		kids = append(kids, n)
	}
	return p.mk(symTrailer, kids)
}

// subscriptlist: subscript (',' subscript)* [',']
func (p *parser) subscriptlist() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	s := p.subscript()
	if s == nil {
		return nil
	}
	kids := []*node{s}
	for p.isOp(",") {
		kids = append(kids, p.leaf())
		if !p.testStart() && !p.isOp(":") {
			break
		}
		if s = p.subscript(); s == nil {
			return nil
		}
		kids = append(kids, s)
	}
	return p.mk(symSubscriptlist, kids)
}

// subscript: test | [test] ':' [test] [sliceop]
func (p *parser) subscript() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	var kids []*node
	if !p.isOp(":") {
		t := p.test()
		if t == nil {
			return nil
		}
		kids = append(kids, t)
		if !p.isOp(":") {
			return p.mk(symSubscript, kids)
		}
	}
	kids = append(kids, p.leaf())
	if p.testStart() {
		t := p.test()
		if t == nil {
			return nil
		}
		kids = append(kids, t)
	}
	if p.isOp(":") {
		s := p.sliceop()
		if s == nil {
			return nil
		}
		kids = append(kids, s)
	}
	return p.mk(symSubscript, kids)
}

// sliceop: ':' [test]
func (p *parser) sliceop() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kids := []*node{p.leaf()}
	if p.testStart() {
		t := p.test()
		if t == nil {
			return nil
		}
		kids = append(kids, t)
	}
	return p.mk(symSliceop, kids)
}

// dictorsetmaker: ( ((test ':' test | '**' expr) (comp_for | (',' (test
// ':' test | '**' expr))* [','])) | ((test | star_expr) (comp_for | (','
// (test | star_expr))* [','])) )
func (p *parser) dictorsetmaker() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	var kids []*node
	// dictItem appends test ':' test, or '**' expr.
	dictItem := func() bool {
		if p.isOp("**") {
			kids = append(kids, p.leaf())
			e := p.expr()
			if e == nil {
				return false
			}
			kids = append(kids, e)
			return true
		}
		k := p.test()
		if k == nil {
			return false
		}
		colon := p.wantOp(":")
		if colon == nil {
			return false
		}
		v := p.test()
		if v == nil {
			return false
		}
		kids = append(kids, k, colon, v)
		return true
	}
	setItem := func() bool {
		e := p.testOrStar()
		if e == nil {
			return false
		}
		kids = append(kids, e)
		return true
	}
	item, more := setItem, p.testOrStarStart
	switch {
	case p.isOp("**"):
		item = dictItem
		more = func() bool { return p.testStart() || p.isOp("**") }
		if !dictItem() {
			return nil
		}
	case p.isOp("*"):
		if !setItem() {
			return nil
		}
	default:
		k := p.test()
		if k == nil {
			return nil
		}
		kids = append(kids, k)
		if p.isOp(":") {
			kids = append(kids, p.leaf())
			v := p.test()
			if v == nil {
				return nil
			}
			kids = append(kids, v)
			item = dictItem
			more = func() bool { return p.testStart() || p.isOp("**") }
		}
	}
	if p.compForStart() {
		c := p.compFor()
		if c == nil {
			return nil
		}
		return p.mk(symDictorsetmaker, append(kids, c))
	}
	for p.isOp(",") {
		kids = append(kids, p.leaf())
		if !more() {
			break
		}
		if !item() {
			return nil
		}
	}
	return p.mk(symDictorsetmaker, kids)
}

// argumentStart: the first token of argument.
func (p *parser) argumentStart() bool {
	return p.testStart() || p.isOp("*") || p.isOp("**")
}

// arglist: argument (',' argument)* [',']
func (p *parser) arglist() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	a := p.argument()
	if a == nil {
		return nil
	}
	kids := []*node{a}
	for p.isOp(",") {
		kids = append(kids, p.leaf())
		if !p.argumentStart() {
			break
		}
		if a = p.argument(); a == nil {
			return nil
		}
		kids = append(kids, a)
	}
	return p.mk(symArglist, kids)
}

// argument: ( test [comp_for] | test '=' test | '**' test | '*' test )
func (p *parser) argument() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.isOp("*") || p.isOp("**") {
		star := p.leaf()
		t := p.test()
		if t == nil {
			return nil
		}
		return p.mk(symArgument, []*node{star, t})
	}
	t := p.test()
	if t == nil {
		return nil
	}
	kids := []*node{t}
	switch {
	case p.compForStart():
		c := p.compFor()
		if c == nil {
			return nil
		}
		kids = append(kids, c)
	case p.isOp("="):
		kids = append(kids, p.leaf())
		v := p.test()
		if v == nil {
			return nil
		}
		kids = append(kids, v)
	}
	return p.mk(symArgument, kids)
}

// compIter: comp_for | comp_if
func (p *parser) compIter() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.isKw("if") {
		return p.compIf()
	}
	return p.compFor()
}

// compFor: [ASYNC] 'for' exprlist 'in' or_test [comp_iter]
func (p *parser) compFor() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	var kids []*node
	if p.isKind(tAsync) {
		kids = append(kids, p.leaf())
	}
	f := p.wantKw("for")
	if f == nil {
		return nil
	}
	target := p.exprlist()
	if target == nil {
		return nil
	}
	in := p.wantKw("in")
	if in == nil {
		return nil
	}
	iter := p.orTest()
	if iter == nil {
		return nil
	}
	kids = append(kids, f, target, in, iter)
	if p.compForStart() || p.isKw("if") {
		c := p.compIter()
		if c == nil {
			return nil
		}
		kids = append(kids, c)
	}
	return p.mk(symCompFor, kids)
}

// compIf: 'if' test_nocond [comp_iter]
func (p *parser) compIf() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kwIf := p.leaf()
	t := p.testNocond()
	if t == nil {
		return nil
	}
	kids := []*node{kwIf, t}
	if p.compForStart() || p.isKw("if") {
		c := p.compIter()
		if c == nil {
			return nil
		}
		kids = append(kids, c)
	}
	return p.mk(symCompIf, kids)
}

// yieldExpr: 'yield' [yield_arg]; yield_arg: 'from' test | testlist
func (p *parser) yieldExpr() *node {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	kids := []*node{p.leaf()}
	switch {
	case p.isKw("from"):
		if !p.enter() {
			return nil
		}
		defer p.leave()
		kids = append(kids, p.leaf())
		t := p.test()
		if t == nil {
			return nil
		}
		kids = append(kids, t)
	case p.testStart():
		if !p.enter() {
			return nil
		}
		defer p.leave()
		t := p.testlist()
		if t == nil {
			return nil
		}
		kids = append(kids, t)
	}
	return p.mk(symYieldExpr, kids)
}
