package pyast

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// parser builds the AST of a token stream by Python 3.6's grammar. Its
// input has passed CPython's checks (compiler.CheckSyntax), so it reports
// an unexpected token as a plain SyntaxError and does not try to match
// CPython's message: err is set at the first one, after which peek always
// answers the end of input and every rule unwinds.
type parser struct {
	toks  []tok
	pos   int
	err   error
	async int // depth of async def bodies: await is a keyword inside
}

var eofTok = tok{kind: tEOF}

func (p *parser) peek() tok {
	if p.err != nil || p.pos >= len(p.toks) {
		return eofTok
	}
	return p.toks[p.pos]
}

func (p *parser) peekAt(k int) tok {
	if p.err != nil || p.pos+k >= len(p.toks) {
		return eofTok
	}
	return p.toks[p.pos+k]
}

func (p *parser) advance() tok {
	t := p.peek()
	if p.err == nil && p.pos < len(p.toks) {
		p.pos++
	}
	return t
}

func (p *parser) fail(what string) {
	if p.err == nil {
		t := p.peek()
		p.err = py.ExceptionNewf(py.SyntaxError, "invalid syntax (%s at line %d, column %d)", what, t.line, t.col)
	}
}

func (p *parser) isOp(s string) bool {
	t := p.peek()
	return t.kind == tOp && t.text == s
}

func (p *parser) isKw(s string) bool {
	t := p.peek()
	return t.kind == tName && t.text == s
}

func (p *parser) acceptOp(s string) bool {
	if p.isOp(s) {
		p.advance()
		return true
	}
	return false
}

func (p *parser) acceptKw(s string) bool {
	if p.isKw(s) {
		p.advance()
		return true
	}
	return false
}

func (p *parser) wantOp(s string) tok {
	if !p.isOp(s) {
		p.fail(fmt.Sprintf("expected %q", s))
	}
	return p.advance()
}

func (p *parser) wantKw(s string) tok {
	if !p.isKw(s) {
		p.fail(fmt.Sprintf("expected %q", s))
	}
	return p.advance()
}

func (p *parser) wantName() string {
	t := p.peek()
	if t.kind != tName {
		p.fail("expected a name")
		return ""
	}
	p.advance()
	return t.text
}

// keywords are the names that cannot start an expression as a name.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true,
	"if": true, "import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true, "try": true,
	"while": true, "with": true, "yield": true,
}

// fileInput parses a module.
func (p *parser) fileInput() *node {
	var body []*node
	for p.err == nil && p.peek().kind != tEOF {
		if p.peek().kind == tNewline {
			p.advance()
			continue
		}
		body = append(body, p.stmt()...)
	}
	return &node{kind: "Module", fields: []any{nonNil(body)}}
}

// evalInput parses an expression for eval mode.
func (p *parser) evalInput() *node {
	for p.peek().kind == tNewline {
		p.advance()
	}
	e := p.testlist()
	for p.peek().kind == tNewline {
		p.advance()
	}
	if p.peek().kind != tEOF {
		p.fail("expected the end of the expression")
	}
	return &node{kind: "Expression", fields: []any{e}}
}

// singleInput parses one interactive statement.
func (p *parser) singleInput() *node {
	var body []*node
	for p.peek().kind == tNewline {
		p.advance()
	}
	if p.peek().kind != tEOF {
		body = p.stmt()
	}
	for p.peek().kind == tNewline {
		p.advance()
	}
	if p.peek().kind != tEOF {
		p.fail("multiple statements")
	}
	return &node{kind: "Interactive", fields: []any{nonNil(body)}}
}

func nonNil(l []*node) []*node {
	if l == nil {
		return []*node{}
	}
	return l
}

// stmt parses one statement line: a compound statement, or simple
// statements separated by semicolons.
func (p *parser) stmt() []*node {
	t := p.peek()
	if t.kind == tOp && t.text == "@" {
		return []*node{p.decorated()}
	}
	if t.kind == tName {
		switch t.text {
		case "if":
			return []*node{p.ifStmt()}
		case "while":
			return []*node{p.whileStmt()}
		case "for":
			return []*node{p.forStmt(false, t)}
		case "try":
			return []*node{p.tryStmt()}
		case "with":
			return []*node{p.withStmt(false, t)}
		case "def":
			return []*node{p.funcDef(nil, t, false)}
		case "class":
			return []*node{p.classDef(nil, t)}
		case "async":
			if n := p.peekAt(1); n.kind == tName && (n.text == "def" || n.text == "for" || n.text == "with") {
				return []*node{p.asyncStmt()}
			}
		}
	}
	var out []*node
	for p.err == nil {
		out = append(out, p.smallStmt())
		if !p.acceptOp(";") {
			break
		}
		if p.peek().kind == tNewline || p.peek().kind == tEOF {
			break
		}
	}
	if p.peek().kind == tNewline {
		p.advance()
	} else if p.peek().kind != tEOF {
		p.fail("expected a newline")
	}
	return out
}

func (p *parser) asyncStmt() *node {
	p.advance() // async: the statement is placed at the keyword after it
	t := p.peek()
	switch t.text {
	case "def":
		return p.funcDef(nil, t, true)
	case "for":
		return p.forStmt(true, t)
	}
	return p.withStmt(true, t)
}

func (p *parser) suite() []*node {
	p.wantOp(":")
	if p.peek().kind != tNewline {
		var out []*node
		for p.err == nil {
			out = append(out, p.smallStmt())
			if !p.acceptOp(";") {
				break
			}
			if p.peek().kind == tNewline || p.peek().kind == tEOF {
				break
			}
		}
		if p.peek().kind == tNewline {
			p.advance()
		}
		return out
	}
	p.advance()
	if p.peek().kind != tIndent {
		p.fail("expected an indented block")
		return nil
	}
	p.advance()
	var out []*node
	for p.err == nil && p.peek().kind != tDedent && p.peek().kind != tEOF {
		if p.peek().kind == tNewline {
			p.advance()
			continue
		}
		out = append(out, p.stmt()...)
	}
	if p.peek().kind == tDedent {
		p.advance()
	}
	return out
}

func (p *parser) decorated() *node {
	at := p.peek()
	var decos []*node
	for p.isOp("@") {
		p.advance()
		e := p.dottedExpr()
		if p.isOp("(") {
			e = p.call(e, e.at())
		}
		decos = append(decos, e)
		if p.peek().kind == tNewline {
			p.advance()
		} else {
			p.fail("expected a newline after a decorator")
		}
	}
	t := p.peek()
	switch {
	case t.kind == tName && t.text == "def":
		return p.funcDef(decos, at, false)
	case t.kind == tName && t.text == "class":
		return p.classDef(decos, at)
	case t.kind == tName && t.text == "async":
		p.advance()
		return p.funcDef(decos, at, true)
	}
	p.fail("expected def or class")
	return nil
}

// dottedExpr parses a decorator's dotted name as Name and Attribute nodes.
func (p *parser) dottedExpr() *node {
	at := p.peek()
	var e = mkNode("Name", at, p.wantName(), load())
	for p.acceptOp(".") {
		e = mkNode("Attribute", at, e, p.wantName(), load())
	}
	return e
}

func (p *parser) funcDef(decos []*node, at tok, async bool) *node {
	p.wantKw("def")
	name := p.wantName()
	p.wantOp("(")
	args := p.arguments(true, ")")
	p.wantOp(")")
	var returns any = py.None
	if p.acceptOp("->") {
		returns = p.test()
	}
	// await stays a keyword in a def nested in an async def.
	if async {
		p.async++
	}
	body := p.suite()
	if async {
		p.async--
	}
	kind := "FunctionDef"
	if async {
		kind = "AsyncFunctionDef"
	}
	return mkNode(kind, at, name, args, nonNil(body), nonNil(decos), returns)
}

func (p *parser) classDef(decos []*node, at tok) *node {
	p.wantKw("class")
	name := p.wantName()
	var bases, kws []*node
	if p.acceptOp("(") {
		bases, kws = p.callArgs(")")
		p.wantOp(")")
	}
	body := p.suite()
	return mkNode("ClassDef", at, name, nonNil(bases), nonNil(kws), nonNil(body), nonNil(decos))
}

// arguments parses a parameter list up to (not including) end: typed for
// def (annotations allowed), untyped for lambda.
func (p *parser) arguments(typed bool, end string) *node {
	var args, kwonly, kwDefaults, defaults []*node
	var vararg, kwarg any = py.None, py.None
	star := false
	param := func() *node {
		t := p.peek()
		name := p.wantName()
		var ann any = py.None
		if typed && p.acceptOp(":") {
			ann = p.test()
		}
		return mkNode("arg", t, name, ann)
	}
	for p.err == nil && !p.isOp(end) {
		switch {
		case p.acceptOp("**"):
			kwarg = param()
		case p.acceptOp("*"):
			star = true
			if !p.isOp(",") && !p.isOp(end) {
				vararg = param()
			}
		default:
			a := param()
			var def *node
			if p.acceptOp("=") {
				def = p.test()
			}
			if star {
				kwonly = append(kwonly, a)
				kwDefaults = append(kwDefaults, def)
			} else {
				args = append(args, a)
				if def != nil {
					defaults = append(defaults, def)
				}
			}
		}
		if !p.acceptOp(",") {
			break
		}
	}
	return &node{kind: "arguments", fields: []any{nonNil(args), vararg, nonNil(kwonly), anyList(kwDefaults), kwarg, nonNil(defaults)}}
}

// anyList is a list field whose entries may be None (kw_defaults, and Dict
// keys for ** entries).
type anyList []*node

func (p *parser) ifStmt() *node {
	at := p.advance() // if or elif
	test := p.namedTest()
	body := p.suite()
	var orelse []*node
	switch {
	case p.isKw("elif"):
		orelse = []*node{p.elifStmt()}
	case p.isKw("else"):
		p.advance()
		orelse = p.suite()
	}
	return mkNode("If", at, test, nonNil(body), nonNil(orelse))
}

// elifStmt parses an elif clause: CPython 3.6 places its If at its test.
func (p *parser) elifStmt() *node {
	p.advance()
	at := p.peek()
	test := p.namedTest()
	body := p.suite()
	var orelse []*node
	switch {
	case p.isKw("elif"):
		orelse = []*node{p.elifStmt()}
	case p.isKw("else"):
		p.advance()
		orelse = p.suite()
	}
	return mkNode("If", at, test, nonNil(body), nonNil(orelse))
}

func (p *parser) namedTest() *node { return p.test() }

func (p *parser) whileStmt() *node {
	at := p.advance()
	test := p.test()
	body := p.suite()
	var orelse []*node
	if p.acceptKw("else") {
		orelse = p.suite()
	}
	return mkNode("While", at, test, nonNil(body), nonNil(orelse))
}

func (p *parser) forStmt(async bool, at tok) *node {
	p.wantKw("for")
	target := p.exprlist()
	setCtx(target, "Store")
	p.wantKw("in")
	iter := p.testlist()
	body := p.suite()
	var orelse []*node
	if p.acceptKw("else") {
		orelse = p.suite()
	}
	kind := "For"
	if async {
		kind = "AsyncFor"
	}
	return mkNode(kind, at, target, iter, nonNil(body), nonNil(orelse))
}

func (p *parser) tryStmt() *node {
	at := p.advance()
	body := p.suite()
	var handlers, orelse, final []*node
	for p.isKw("except") {
		ht := p.advance()
		var typ, name any = py.None, py.None
		if !p.isOp(":") {
			typ = p.test()
			if p.acceptKw("as") {
				name = p.wantName()
			}
		}
		hbody := p.suite()
		handlers = append(handlers, mkNode("ExceptHandler", ht, typ, name, nonNil(hbody)))
	}
	if p.acceptKw("else") {
		orelse = p.suite()
	}
	if p.acceptKw("finally") {
		final = p.suite()
	}
	return mkNode("Try", at, nonNil(body), nonNil(handlers), nonNil(orelse), nonNil(final))
}

func (p *parser) withStmt(async bool, at tok) *node {
	p.wantKw("with")
	var items []*node
	for p.err == nil {
		ctx := p.test()
		var vars any = py.None
		if p.acceptKw("as") {
			v := p.expr()
			setCtx(v, "Store")
			vars = v
		}
		items = append(items, &node{kind: "withitem", fields: []any{ctx, vars}})
		if !p.acceptOp(",") {
			break
		}
	}
	body := p.suite()
	kind := "With"
	if async {
		kind = "AsyncWith"
	}
	return mkNode(kind, at, nonNil(items), nonNil(body))
}

var augOps = map[string]string{
	"+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod",
	"&=": "BitAnd", "|=": "BitOr", "^=": "BitXor", "<<=": "LShift", ">>=": "RShift",
	"**=": "Pow", "//=": "FloorDiv",
}

func (p *parser) smallStmt() *node {
	t := p.peek()
	if t.kind == tName {
		switch t.text {
		case "pass":
			p.advance()
			return mkNode("Pass", t)
		case "break":
			p.advance()
			return mkNode("Break", t)
		case "continue":
			p.advance()
			return mkNode("Continue", t)
		case "return":
			p.advance()
			var v any = py.None
			if !p.endOfSimple() {
				v = p.testlist()
			}
			return mkNode("Return", t, v)
		case "raise":
			p.advance()
			var exc, cause any = py.None, py.None
			if !p.endOfSimple() {
				exc = p.test()
				if p.acceptKw("from") {
					cause = p.test()
				}
			}
			return mkNode("Raise", t, exc, cause)
		case "global", "nonlocal":
			p.advance()
			var names []string
			for {
				names = append(names, p.wantName())
				if !p.acceptOp(",") || p.err != nil {
					break
				}
			}
			kind := "Global"
			if t.text == "nonlocal" {
				kind = "Nonlocal"
			}
			return mkNode(kind, t, names)
		case "del":
			p.advance()
			targets := p.exprlistItems()
			for _, e := range targets {
				setCtx(e, "Del")
			}
			return mkNode("Delete", t, nonNil(targets))
		case "assert":
			p.advance()
			test := p.test()
			var msg any = py.None
			if p.acceptOp(",") {
				msg = p.test()
			}
			return mkNode("Assert", t, test, msg)
		case "import":
			return p.importStmt()
		case "from":
			return p.importFrom()
		}
	}
	return p.exprStmt()
}

func (p *parser) endOfSimple() bool {
	t := p.peek()
	return t.kind == tNewline || t.kind == tEOF || t.kind == tOp && t.text == ";"
}

func (p *parser) dottedName() string {
	s := p.wantName()
	for p.isOp(".") && p.err == nil {
		p.advance()
		s += "." + p.wantName()
	}
	return s
}

func (p *parser) importStmt() *node {
	t := p.advance()
	var names []*node
	for p.err == nil {
		name := p.dottedName()
		var as any = py.None
		if p.acceptKw("as") {
			as = p.wantName()
		}
		names = append(names, &node{kind: "alias", fields: []any{name, as}})
		if !p.acceptOp(",") {
			break
		}
	}
	return mkNode("Import", t, nonNil(names))
}

func (p *parser) importFrom() *node {
	t := p.advance()
	level := 0
	for {
		if p.acceptOp(".") {
			level++
		} else if p.acceptOp("...") {
			level += 3
		} else {
			break
		}
	}
	var module any = py.None
	if !p.isKw("import") {
		module = p.dottedName()
	}
	p.wantKw("import")
	var names []*node
	if p.acceptOp("*") {
		names = append(names, &node{kind: "alias", fields: []any{"*", py.None}})
	} else {
		paren := p.acceptOp("(")
		for p.err == nil {
			name := p.wantName()
			var as any = py.None
			if p.acceptKw("as") {
				as = p.wantName()
			}
			names = append(names, &node{kind: "alias", fields: []any{name, as}})
			if !p.acceptOp(",") {
				break
			}
			if paren && p.isOp(")") {
				break
			}
		}
		if paren {
			p.wantOp(")")
		}
	}
	return mkNode("ImportFrom", t, module, nonNil(names), level)
}

func (p *parser) exprStmt() *node {
	start := p.peek()
	var first *node
	if p.isKw("yield") {
		first = p.yieldExpr()
	} else {
		first = p.testlistStarExpr()
	}
	switch {
	case p.isOp(":"):
		p.advance()
		ann := p.test()
		var value any = py.None
		if p.acceptOp("=") {
			value = p.test()
		}
		setCtx(first, "Store")
		simple := 0
		if first.kind == "Name" && !first.paren {
			simple = 1
		}
		return mkNode("AnnAssign", start, first, ann, value, simple)
	case p.peek().kind == tOp && augOps[p.peek().text] != "":
		op := augOps[p.advance().text]
		var value *node
		if p.isKw("yield") {
			value = p.yieldExpr()
		} else {
			value = p.testlist()
		}
		setCtx(first, "Store")
		return mkNode("AugAssign", start, first, &node{kind: op}, value)
	case p.isOp("="):
		targets := []*node{first}
		var value *node
		for p.acceptOp("=") {
			if p.isKw("yield") {
				value = p.yieldExpr()
			} else {
				value = p.testlistStarExpr()
			}
			targets = append(targets, value)
		}
		targets = targets[:len(targets)-1]
		for _, t := range targets {
			setCtx(t, "Store")
		}
		return mkNode("Assign", start, targets, value)
	}
	return mkNode("Expr", start, first)
}

// setCtx gives a target expression and its nested targets the context
// ctx (Store or Del).
func setCtx(n *node, ctx string) {
	if n == nil {
		return
	}
	switch n.kind {
	case "Name":
		n.fields[1] = &node{kind: ctx}
	case "Attribute", "Subscript":
		n.fields[2] = &node{kind: ctx}
	case "Starred":
		n.fields[1] = &node{kind: ctx}
		setCtx(n.fields[0].(*node), ctx)
	case "Tuple", "List":
		n.fields[1] = &node{kind: ctx}
		for _, e := range n.fields[0].([]*node) {
			setCtx(e, ctx)
		}
	}
}

func load() *node { return &node{kind: "Load"} }
