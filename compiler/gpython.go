package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// This file turns the errors gpython's compiler raises on source that the
// syntax check accepted into CPython 3.6's. CPython finds them after
// parsing: in its symbol tables (Python/symtable.c), which raise
// SyntaxError(msg) and then set the location, or in its code generator
// (Python/compile.c), which raises SyntaxError(msg, (filename, lineno,
// offset, text)). Both read the text from the file. gpython's messages
// are CPython's but one; some of its positions differ, and are found
// again in the parse tree.

// laterError is CPython's exception for what compiling the checked source
// with gpython's compiler gave: err, an error gpython raised (nil: none).
// A from __future__ import after the start of the module is CPython's
// error when it comes first.
func (ck *checked) laterError(err error, filename string) error {
	var late *py.Exception
	// A __future__ import's line is at most its __future__ token's.
	if ck.facts.futureLine > max(ck.ffLine, 0) {
		if f := lateFuture(ck.root, ck.ffLine); f != nil {
			late = newSyntaxError(py.SyntaxError, "from __future__ imports must occur at the beginning of the file", filename, f.line, f.col, programText(filename, f.line))
		}
	}
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.SyntaxError) {
		if late != nil {
			return late
		}
		return err
	}
	args, _ := e.Args.(py.Tuple)
	msg := ""
	if len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			msg = string(s)
		}
	}
	lineno, _ := e.Dict["lineno"].(py.Int)
	offset, _ := e.Dict["offset"].(py.Int)
	line, col := int(lineno), int(offset)
	if msg == "can use starred expression only as assignment target" {
		msg = "can't use starred expression here"
	}
	line, col = cpythonPosition(ck.root, msg, line, col)
	if symtableError(msg) {
		return locatedError(msg, filename, line, col)
	}
	if late != nil && (late.Dict["lineno"].(py.Int) < py.Int(line) ||
		late.Dict["lineno"].(py.Int) == py.Int(line) && late.Dict["offset"].(py.Int) < py.Int(col)) {
		return late
	}
	return newSyntaxError(e.Type(), msg, filename, line, col, programText(filename, line))
}

// symtableError reports whether msg is raised by CPython's symbol table
// pass, whose exceptions carry the message alone as arguments.
func symtableError(msg string) bool {
	for _, p := range []string{"duplicate argument ", "name '", "no binding for nonlocal ", "nonlocal declaration ", "import * ", "annotated name "} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// cpythonPosition is where CPython reports the error msg that gpython
// reported at line and col: the same place, except for these errors.
func cpythonPosition(root *node, msg string, line, col int) (int, int) {
	switch {
	case strings.HasPrefix(msg, "duplicate argument "):
		// At the function (its decorators, if any) or lambda.
		if s := scopeOfParam(root, line, col); s != nil {
			return s.pos.line, s.pos.col
		}
	case strings.HasPrefix(msg, "name '") && (strings.HasSuffix(msg, "' is parameter and global") || strings.HasSuffix(msg, "' is parameter and nonlocal")):
		// At the first global (nonlocal) statement naming the parameter.
		name := msg[len("name '"):strings.LastIndexByte(msg, '\'')]
		kw := "global"
		if strings.HasSuffix(msg, "nonlocal") {
			kw = "nonlocal"
		}
		if s := scopeOfParam(root, line, col); s != nil {
			if d := directive(body(s.n), kw, name); d != nil {
				return d.line, d.col
			}
		}
	case msg == "import * only allowed at module level":
		// At the function or class it is in.
		if s := innermostScope(root, line, col); s != nil {
			return s.pos.line, s.pos.col
		}
	case msg == "default 'except:' must be last":
		// Where the code generator stands: the last statement or
		// expression it compiled before the bare except clause.
		if n := lastBeforeBareExcept(root); n != nil {
			return n.line, n.col
		}
	case msg == "two starred expressions in assignment":
		// At the tuple or list holding the starred expressions, on the
		// last line of the value assigned.
		last := valueLine(root, line, col)
		if n := innermostSequence(root, line, col); n != nil {
			line, col = n.line, n.col
		}
		return max(line, last), col
	case msg == "starred assignment target must be in a list or tuple":
		return max(line, valueLine(root, line, col)), col
	}
	return line, col
}

// scope is a function, lambda or class, and the node at whose position
// CPython puts it: its decorators', if it has some.
type scope struct {
	n, pos *node
}

// scopes returns the scopes of the tree in source order.
func scopes(root *node) []scope {
	var out []scope
	var walk func(n, pos *node)
	walk = func(n, pos *node) {
		switch n.sym {
		case symDecorated:
			walk(n.kids[0], nil)
			walk(n.kids[1], n)
			return
		case symAsyncFuncdef, symAsyncStmt:
			if pos != nil {
				walk(n.kids[1], pos)
			} else {
				walk(n.kids[1], nil)
			}
			return
		case symFuncdef, symClassdef, symLambdef:
			if pos == nil {
				pos = n
			}
			out = append(out, scope{n: n, pos: pos})
		}
		for _, k := range n.kids {
			walk(k, nil)
		}
	}
	walk(root, nil)
	return out
}

// paramList is the parameter list node of a def or lambda, or nil when
// it takes no parameters.
func paramList(fn *node) *node {
	switch fn.sym {
	case symFuncdef:
		if p := fn.kids[2]; len(p.kids) == 3 {
			return p.kids[1]
		}
	case symLambdef:
		if len(fn.kids) == 4 {
			return fn.kids[1]
		}
	}
	return nil
}

// params are the name leaves of the parameters of a function or lambda.
func params(fn *node) []*node {
	list := paramList(fn)
	if list == nil {
		return nil
	}
	var out []*node
	for _, k := range list.kids {
		if k.sym == symTfpdef || k.sym == symVfpdef {
			out = append(out, k.kids[0])
		}
	}
	return out
}

// scopeOfParam is the innermost function or lambda whose parameter list
// has a token at line and col.
func scopeOfParam(root *node, line, col int) *scope {
	var found *scope
	for _, s := range scopes(root) {
		var list *node
		switch {
		case s.n.sym == symFuncdef:
			list = s.n.kids[2]
		case s.n.sym == symLambdef && len(s.n.kids) == 4:
			list = s.n.kids[1]
		}
		if list != nil && hasLeafAt(list, line, col) {
			s := s
			found = &s
		}
	}
	return found
}

// innermostScope is the innermost function or class whose body has a
// token at line and col.
func innermostScope(root *node, line, col int) *scope {
	var found *scope
	for _, s := range scopes(root) {
		if s.n.sym != symLambdef && hasLeafAt(body(s.n), line, col) {
			s := s
			found = &s
		}
	}
	return found
}

// body is the suite of a def or class, the expression of a lambda.
func body(n *node) *node { return n.kids[len(n.kids)-1] }

// hasLeafAt reports whether n has a token at line and col.
func hasLeafAt(n *node, line, col int) bool {
	if n.sym == symTok {
		return n.line == line && n.col == col
	}
	for _, k := range n.kids {
		if hasLeafAt(k, line, col) {
			return true
		}
	}
	return false
}

// directive is the first global (kw) or nonlocal statement of a scope's
// body naming name, outside nested scopes.
func directive(n *node, kw, name string) *node {
	switch n.sym {
	case symFuncdef, symClassdef, symLambdef, symDecorated, symAsyncFuncdef, symAsyncStmt:
		return nil
	case symGlobalStmt, symNonlocalStmt:
		if n.kids[0].is(kw) {
			for _, k := range everyOther(n.kids[1:]) {
				if k.s == name {
					return n
				}
			}
		}
		return nil
	}
	for _, k := range n.kids {
		if d := directive(k, kw, name); d != nil {
			return d
		}
	}
	return nil
}

// innermostSequence is the innermost tuple or list (as an assignment
// target) holding a token at line and col, at CPython's position for it.
func innermostSequence(root *node, line, col int) *node {
	var found *node
	var walk func(n *node, inList bool)
	walk = func(n *node, inList bool) {
		if !hasLeafAt(n, line, col) {
			return
		}
		switch {
		case n.sym == symTestlistStarExpr || n.sym == symExprlist || n.sym == symTestlist:
			found = n
		case n.sym == symTestlistComp && !inList && !hasCompFor(n):
			found = n
		case n.sym == symAtom && n.kids[0].is("["):
			found = n
			for _, k := range n.kids {
				walk(k, true)
			}
			return
		}
		for _, k := range n.kids {
			walk(k, false)
		}
	}
	walk(root, false)
	return found
}

// lastBeforeBareExcept is, for the first try statement with a bare except
// clause that is not its last, the node CPython's code generator visited
// last before that clause: in the try body, or in the handler before.
func lastBeforeBareExcept(n *node) *node {
	if n.sym == symTryStmt {
		k := n.kids
		var handlers []int // indexes of the except clauses
		for i, c := range k {
			if c.sym == symExceptClause {
				handlers = append(handlers, i)
			}
		}
		for j, i := range handlers {
			if len(k[i].kids) == 1 && j < len(handlers)-1 {
				if j == 0 {
					return lastOfSuite(k[2])
				}
				return lastOfSuite(k[handlers[j-1]+2])
			}
		}
	}
	for _, c := range n.kids {
		if l := lastBeforeBareExcept(c); l != nil {
			return l
		}
	}
	return nil
}

// lastOfSuite is the node compiled last in a suite (see lastOfStmt).
func lastOfSuite(n *node) *node {
	for i := len(n.kids) - 1; i >= 0; i-- {
		if n.kids[i].sym != symTok {
			return lastOfStmt(n.kids[i])
		}
	}
	return n
}

// lastOfStmt approximates the statement or expression the code generator
// visits last in statement n, whose position it reports errors at: the
// last expression evaluated, an assignment's last target, the last
// clause of a compound statement; a def or class statement itself.
func lastOfStmt(n *node) *node {
	switch n.sym {
	case symSimpleStmt:
		i := len(n.kids) - 2
		if n.kids[i].is(";") {
			i--
		}
		return lastOfStmt(n.kids[i])
	case symExprStmt:
		k := n.kids
		switch {
		case len(k) == 1:
			return lastOfExpr(k[0])
		case k[1].sym == symAnnassign:
			return n
		case k[1].is("="):
			return lastOfExpr(k[len(k)-3])
		}
		return lastOfExpr(k[2])
	case symDelStmt, symReturnStmt, symRaiseStmt, symAssertStmt:
		if len(n.kids) > 1 {
			return lastOfExpr(n.kids[len(n.kids)-1])
		}
	case symIfStmt, symWhileStmt, symForStmt, symWithStmt, symTryStmt:
		return lastOfSuite(n.kids[len(n.kids)-1])
	case symAsyncStmt:
		return lastOfStmt(n.kids[1])
	}
	return n
}

// lastOfExpr is the part of expression n visited last (lastOfStmt).
func lastOfExpr(n *node) *node {
	switch n.sym {
	case symTest, symOrTest, symAndTest, symBinop, symComparison, symNotTest, symFactor, symPower,
		symStarExpr, symTestlistStarExpr, symTestlist, symExprlist, symYieldExpr:
		if len(n.kids) > 1 {
			return lastOfExpr(n.kids[len(n.kids)-1])
		}
	case symAtomExpr:
		last := n.kids[len(n.kids)-1]
		prefix := &node{sym: symAtomExpr, kids: n.kids[:len(n.kids)-1], line: n.line, col: n.col}
		if len(prefix.kids) == 1 {
			prefix = prefix.kids[0]
		}
		switch {
		case last.kids[0].is("(") && len(last.kids) == 3:
			args := last.kids[1].kids
			a := args[len(args)-1]
			if a.is(",") {
				a = args[len(args)-2]
			}
			return lastOfExpr(a.kids[len(a.kids)-1])
		case last.kids[0].is("["):
			s := last.kids[1]
			if s.sym == symSubscriptlist {
				s = s.kids[len(s.kids)-1]
				if s.is(",") {
					s = last.kids[1].kids[len(last.kids[1].kids)-2]
				}
			}
			for i := len(s.kids) - 1; i >= 0; i-- {
				if p := s.kids[i]; p.sym == symSliceop && len(p.kids) == 2 {
					return lastOfExpr(p.kids[1])
				} else if p.sym != symSliceop && !p.is(":") {
					return lastOfExpr(p)
				}
			}
		}
		return lastOfExpr(prefix)
	case symAtom:
		if len(n.kids) != 3 || n.kids[0].kind == tString {
			return n
		}
		inner := n.kids[1]
		switch {
		case inner.sym == symTestlistComp && hasCompFor(inner),
			inner.sym == symDictorsetmaker && inner.kids[len(inner.kids)-1].sym == symCompFor:
			// A comprehension: its first iterable is evaluated here.
			cf := inner.kids[len(inner.kids)-1]
			if cf.kids[0].sym == symTok && cf.kids[0].kind == tAsync {
				return lastOfExpr(cf.kids[4])
			}
			return lastOfExpr(cf.kids[3])
		case inner.sym == symTestlistComp || inner.sym == symDictorsetmaker:
			e := inner.kids[len(inner.kids)-1]
			if e.is(",") {
				e = inner.kids[len(inner.kids)-2]
			}
			return lastOfExpr(e)
		}
		return lastOfExpr(inner)
	}
	return n
}

// valueLine is, for a target of an assignment or a for statement with a
// token at line and col, the line of the last expression of the value
// assigned (or iterated), which CPython's code generator visits before
// the targets: its line is where the code generator stands when a target
// is in error. 0 when there is no such statement.
func valueLine(root *node, line, col int) int {
	last := 0
	var walk func(n *node)
	walk = func(n *node) {
		switch n.sym {
		case symTok:
			return
		case symExprStmt:
			k := n.kids
			if len(k) >= 3 && k[1].is("=") {
				for i := 0; i < len(k)-2; i += 2 {
					if hasLeafAt(k[i], line, col) {
						last = exprLine(k[len(k)-1])
						return
					}
				}
			}
		case symForStmt:
			if hasLeafAt(n.kids[1], line, col) {
				last = exprLine(n.kids[3])
				return
			}
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(root)
	return last
}

// exprLine is the greatest line of the expressions in n: the line of the
// last token that starts one (a name, a number, a string, a constant or
// an opening bracket), names of attributes and keyword arguments aside.
func exprLine(n *node) int {
	last := 0
	var walk func(n *node)
	walk = func(n *node) {
		if n.sym == symTok {
			switch {
			case n.kind == tName, n.kind == tNumber, n.kind == tString, n.kind == tAwait:
			case n.is("(") || n.is("[") || n.is("{") || n.is("..."):
			default:
				return
			}
			last = max(last, n.line)
			return
		}
		for i, k := range n.kids {
			if n.sym == symTrailer && i == 1 && n.kids[0].is(".") {
				continue // an attribute's name
			}
			if n.sym == symArgument && i == 0 && len(n.kids) == 3 {
				continue // a keyword argument's name
			}
			walk(k)
		}
	}
	walk(n)
	return last
}
