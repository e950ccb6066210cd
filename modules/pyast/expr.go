package pyast

import "github.com/go-python/gpython/py"

// Expressions. A node made of several parts is placed, as CPython 3.6
// places it, at the first token of its construct (an opening parenthesis
// around its first operand included); a parenthesized expression keeps the
// place of its inside.

func (p *parser) testlist() *node { return p.seq(p.test, false) }

func (p *parser) testlistStarExpr() *node { return p.seq(p.testOrStar, false) }

func (p *parser) exprlist() *node { return p.seq(p.exprOrStar, false) }

// exprlistItems parses del's targets: a list, never a tuple.
func (p *parser) exprlistItems() []*node {
	var out []*node
	for p.err == nil {
		out = append(out, p.exprOrStar())
		if !p.acceptOp(",") || !p.startsExpr() {
			break
		}
	}
	return out
}

// seq parses one item, or items separated by commas as a Tuple placed at
// the first. forceTuple makes one item without a comma a tuple too.
func (p *parser) seq(item func() *node, forceTuple bool) *node {
	start := p.peek()
	first := item()
	if !p.isOp(",") {
		if forceTuple {
			return mkNode("Tuple", start, []*node{first}, load())
		}
		return first
	}
	elts := []*node{first}
	for p.acceptOp(",") && p.err == nil {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, item())
	}
	return mkNode("Tuple", start, elts, load())
}

// startsExpr reports whether the next token can begin an expression.
func (p *parser) startsExpr() bool {
	t := p.peek()
	switch t.kind {
	case tName:
		switch t.text {
		case "None", "True", "False", "not", "lambda", "await":
			return true
		}
		return !keywords[t.text]
	case tNumber, tString:
		return true
	case tOp:
		switch t.text {
		case "(", "[", "{", "-", "+", "~", "...", "*":
			return true
		}
	}
	return false
}

func (p *parser) testOrStar() *node {
	if p.isOp("*") {
		return p.starExpr()
	}
	return p.test()
}

func (p *parser) exprOrStar() *node {
	if p.isOp("*") {
		return p.starExpr()
	}
	return p.expr()
}

func (p *parser) starExpr() *node {
	t := p.advance()
	return mkNode("Starred", t, p.expr(), load())
}

func (p *parser) test() *node {
	if p.isKw("lambda") {
		return p.lambda(false)
	}
	start := p.peek()
	body := p.orTest()
	if p.isKw("if") {
		p.advance()
		cond := p.orTest()
		p.wantKw("else")
		orelse := p.test()
		return mkNode("IfExp", start, cond, body, orelse)
	}
	return body
}

func (p *parser) testNoCond() *node {
	if p.isKw("lambda") {
		return p.lambda(true)
	}
	return p.orTest()
}

func (p *parser) lambda(nocond bool) *node {
	t := p.advance()
	args := p.arguments(false, ":")
	p.wantOp(":")
	var body *node
	if nocond {
		body = p.testNoCond()
	} else {
		body = p.test()
	}
	return mkNode("Lambda", t, args, body)
}

func (p *parser) orTest() *node  { return p.boolOp("or", "Or", p.andTest) }
func (p *parser) andTest() *node { return p.boolOp("and", "And", p.notTest) }

func (p *parser) boolOp(kw, op string, operand func() *node) *node {
	start := p.peek()
	first := operand()
	if !p.isKw(kw) {
		return first
	}
	values := []*node{first}
	for p.acceptKw(kw) && p.err == nil {
		values = append(values, operand())
	}
	return mkNode("BoolOp", start, &node{kind: op}, values)
}

func (p *parser) notTest() *node {
	if p.isKw("not") {
		t := p.advance()
		return mkNode("UnaryOp", t, &node{kind: "Not"}, p.notTest())
	}
	return p.comparison()
}

func (p *parser) compOp() string {
	t := p.peek()
	switch {
	case t.kind == tOp:
		switch t.text {
		case "<":
			return "Lt"
		case ">":
			return "Gt"
		case "==":
			return "Eq"
		case ">=":
			return "GtE"
		case "<=":
			return "LtE"
		case "!=", "<>":
			return "NotEq"
		}
	case t.kind == tName && t.text == "in":
		return "In"
	case t.kind == tName && t.text == "not" && p.peekAt(1).kind == tName && p.peekAt(1).text == "in":
		return "NotIn"
	case t.kind == tName && t.text == "is":
		if n := p.peekAt(1); n.kind == tName && n.text == "not" {
			return "IsNot"
		}
		return "Is"
	}
	return ""
}

func (p *parser) comparison() *node {
	start := p.peek()
	left := p.expr()
	var ops, comps []*node
	for p.err == nil {
		op := p.compOp()
		if op == "" {
			break
		}
		p.advance()
		if op == "NotIn" || op == "IsNot" {
			p.advance()
		}
		ops = append(ops, &node{kind: op})
		comps = append(comps, p.expr())
	}
	if ops == nil {
		return left
	}
	return mkNode("Compare", start, left, ops, comps)
}

// binLevels are the binary operators from the loosest to the tightest.
var binLevels = []map[string]string{
	{"|": "BitOr"},
	{"^": "BitXor"},
	{"&": "BitAnd"},
	{"<<": "LShift", ">>": "RShift"},
	{"+": "Add", "-": "Sub"},
	{"*": "Mult", "@": "MatMult", "/": "Div", "%": "Mod", "//": "FloorDiv"},
}

func (p *parser) expr() *node { return p.binary(0) }

func (p *parser) binary(level int) *node {
	if level == len(binLevels) {
		return p.factor()
	}
	// The first operation of a chain is placed at its start, each later
	// one at its operator (CPython 3.6's ast_for_binop).
	at := p.peek()
	chained := false
	left := p.binary(level + 1)
	for p.err == nil {
		t := p.peek()
		op, ok := binLevels[level][t.text]
		if t.kind != tOp || !ok {
			break
		}
		p.advance()
		if chained {
			at = t
		}
		right := p.binary(level + 1)
		left = mkNode("BinOp", at, left, &node{kind: op}, right)
		chained = true
	}
	return left
}

func (p *parser) factor() *node {
	t := p.peek()
	if t.kind == tOp {
		op := map[string]string{"+": "UAdd", "-": "USub", "~": "Invert"}[t.text]
		if op != "" {
			p.advance()
			return mkNode("UnaryOp", t, &node{kind: op}, p.factor())
		}
	}
	return p.power()
}

func (p *parser) power() *node {
	start := p.peek()
	base := p.atomExpr()
	if p.acceptOp("**") {
		return mkNode("BinOp", start, base, &node{kind: "Pow"}, p.factor())
	}
	return base
}

func (p *parser) atomExpr() *node {
	start := p.peek()
	if p.async > 0 && start.kind == tName && start.text == "await" {
		p.advance()
		return mkNode("Await", start, p.trailers())
	}
	return p.trailers()
}

// trailers parses an atom and its calls, subscripts and attributes, each
// placed where the atom's node is.
func (p *parser) trailers() *node {
	e := p.atom()
	start := e.at()
	for p.err == nil {
		switch {
		case p.isOp("("):
			e = p.call(e, start)
		case p.isOp("["):
			p.advance()
			sl := p.subscriptList()
			p.wantOp("]")
			e = mkNode("Subscript", start, e, sl, load())
		case p.isOp("."):
			p.advance()
			e = mkNode("Attribute", start, e, p.wantName(), load())
		default:
			return e
		}
	}
	return e
}

func (p *parser) call(fn *node, start tok) *node {
	p.wantOp("(")
	args, kws := p.callArgs(")")
	p.wantOp(")")
	return mkNode("Call", start, fn, nonNil(args), nonNil(kws))
}

// callArgs parses call arguments (or class bases) up to end.
func (p *parser) callArgs(end string) (args, kws []*node) {
	for p.err == nil && !p.isOp(end) {
		t := p.peek()
		switch {
		case p.acceptOp("**"):
			kws = append(kws, &node{kind: "keyword", fields: []any{py.None, p.test()}})
		case p.acceptOp("*"):
			args = append(args, mkNode("Starred", t, p.test(), load()))
		default:
			e := p.test()
			switch {
			case p.isOp("=") && e.kind == "Name":
				p.advance()
				kws = append(kws, &node{kind: "keyword", fields: []any{e.fields[0], p.test()}})
			case p.isKw("for") || p.isKw("async"):
				args = append(args, mkNode("GeneratorExp", t, e, p.compFor()))
			default:
				args = append(args, e)
			}
		}
		if !p.acceptOp(",") {
			break
		}
	}
	return args, kws
}

func (p *parser) subscriptList() *node {
	start := p.peek()
	first := p.subscript()
	if !p.isOp(",") {
		return first
	}
	items := []*node{first}
	for p.acceptOp(",") && p.err == nil {
		if p.isOp("]") {
			break
		}
		items = append(items, p.subscript())
	}
	allIndex := true
	for _, it := range items {
		if it.kind != "Index" {
			allIndex = false
		}
	}
	if allIndex {
		elts := make([]*node, len(items))
		for i, it := range items {
			elts[i] = it.fields[0].(*node)
		}
		return &node{kind: "Index", fields: []any{mkNode("Tuple", start, elts, load())}}
	}
	return &node{kind: "ExtSlice", fields: []any{items}}
}

func (p *parser) subscript() *node {
	var lower, upper, step any = py.None, py.None, py.None
	if !p.isOp(":") {
		e := p.test()
		if !p.isOp(":") {
			return &node{kind: "Index", fields: []any{e}}
		}
		lower = e
	}
	p.wantOp(":")
	if !p.isOp(":") && !p.isOp("]") && !p.isOp(",") {
		upper = p.test()
	}
	if p.acceptOp(":") {
		if !p.isOp("]") && !p.isOp(",") {
			step = p.test()
		}
	}
	return &node{kind: "Slice", fields: []any{lower, upper, step}}
}

// compFor parses the for and if clauses of a comprehension.
func (p *parser) compFor() []*node {
	var gens []*node
	for p.err == nil && (p.isKw("for") || p.isKw("async") && p.peekAt(1).text == "for") {
		async := 0
		if p.acceptKw("async") {
			async = 1
		}
		p.wantKw("for")
		target := p.exprlist()
		setCtx(target, "Store")
		p.wantKw("in")
		iter := p.orTest()
		var ifs []*node
		for p.isKw("if") {
			p.advance()
			ifs = append(ifs, p.testNoCond())
		}
		gens = append(gens, &node{kind: "comprehension", fields: []any{target, iter, nonNil(ifs), async}})
	}
	return gens
}

func (p *parser) isCompFor() bool {
	return p.isKw("for") || p.isKw("async") && p.peekAt(1).kind == tName && p.peekAt(1).text == "for"
}

func (p *parser) yieldExpr() *node {
	t := p.advance()
	if p.acceptKw("from") {
		return mkNode("YieldFrom", t, p.test())
	}
	var v any = py.None
	if p.startsExpr() {
		v = p.testlistStarExpr()
	}
	return mkNode("Yield", t, v)
}

func (p *parser) atom() *node {
	t := p.peek()
	switch t.kind {
	case tName:
		switch t.text {
		case "None":
			p.advance()
			return mkNode("NameConstant", t, py.None)
		case "True":
			p.advance()
			return mkNode("NameConstant", t, py.True)
		case "False":
			p.advance()
			return mkNode("NameConstant", t, py.False)
		}
		if keywords[t.text] {
			p.fail("unexpected keyword")
			return mkNode("Name", t, "", load())
		}
		p.advance()
		return mkNode("Name", t, t.text, load())
	case tNumber:
		p.advance()
		return mkNode("Num", t, p.number(t.text))
	case tString:
		var parts []tok
		for p.peek().kind == tString {
			parts = append(parts, p.advance())
		}
		return p.strings(parts)
	case tOp:
		switch t.text {
		case "...":
			p.advance()
			return mkNode("Ellipsis", t)
		case "(":
			return p.parenAtom()
		case "[":
			p.advance()
			if p.acceptOp("]") {
				return mkNode("List", t, []*node{}, load())
			}
			inner := p.peek()
			first := p.testOrStar()
			if p.isCompFor() {
				gens := p.compFor()
				p.wantOp("]")
				return mkNode("ListComp", inner, first, gens)
			}
			elts := p.restOfList(first, "]")
			p.wantOp("]")
			return mkNode("List", t, elts, load())
		case "{":
			return p.braceAtom()
		}
	}
	p.fail("unexpected token")
	return mkNode("Name", t, "", load())
}

// restOfList parses the items after first in a display up to end.
func (p *parser) restOfList(first *node, end string) []*node {
	elts := []*node{first}
	for p.acceptOp(",") && p.err == nil {
		if p.isOp(end) {
			break
		}
		elts = append(elts, p.testOrStar())
	}
	return elts
}

func (p *parser) parenAtom() *node {
	t := p.advance()
	if p.acceptOp(")") {
		return mkNode("Tuple", t, []*node{}, load())
	}
	if p.isKw("yield") {
		y := p.yieldExpr()
		p.wantOp(")")
		y.paren = true
		return y
	}
	inner := p.peek()
	first := p.testOrStar()
	if p.isCompFor() {
		gens := p.compFor()
		p.wantOp(")")
		return mkNode("GeneratorExp", inner, first, gens)
	}
	if !p.isOp(",") {
		p.wantOp(")")
		first.paren = true
		return first
	}
	elts := p.restOfList(first, ")")
	p.wantOp(")")
	n := mkNode("Tuple", inner, elts, load())
	n.paren = true
	return n
}

func (p *parser) braceAtom() *node {
	t := p.advance()
	if p.acceptOp("}") {
		return mkNode("Dict", t, anyList{}, []*node{})
	}
	if p.acceptOp("**") {
		return p.dictRest(t, nil, p.expr())
	}
	if p.isOp("*") {
		first := p.starExpr()
		elts := p.restOfList(first, "}")
		p.wantOp("}")
		return mkNode("Set", t, elts)
	}
	first := p.test()
	if p.acceptOp(":") {
		value := p.test()
		if p.isCompFor() {
			gens := p.compFor()
			p.wantOp("}")
			return mkNode("DictComp", t, first, value, gens)
		}
		return p.dictRest(t, first, value)
	}
	if p.isCompFor() {
		gens := p.compFor()
		p.wantOp("}")
		return mkNode("SetComp", t, first, gens)
	}
	elts := p.restOfList(first, "}")
	p.wantOp("}")
	return mkNode("Set", t, elts)
}

// dictRest parses the rest of a dict display whose first entry is
// key: value (key nil for **value).
func (p *parser) dictRest(t tok, key, value *node) *node {
	keys := anyList{key}
	values := []*node{value}
	for p.acceptOp(",") && p.err == nil {
		if p.isOp("}") {
			break
		}
		if p.acceptOp("**") {
			keys = append(keys, nil)
			values = append(values, p.expr())
			continue
		}
		k := p.test()
		p.wantOp(":")
		keys = append(keys, k)
		values = append(values, p.test())
	}
	p.wantOp("}")
	return mkNode("Dict", t, keys, values)
}
