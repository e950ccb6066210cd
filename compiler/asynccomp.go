package compiler

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// Asynchronous list, set and dict comprehensions (PEP 530) in an async
// def: CPython 3.6 runs them as a coroutine of their own, awaited where
// they stand. They are rewritten into a generator function defined on
// lines added before the statement that holds them (see lines.go), and a
// "yield from" of its call, which the enclosing coroutine runs:
//
//	x = [f(v) async for v in it if v]  ->  def __pep492_c1(__pep492_a2):
//	                                        __pep492_r3 = []
//	                                        __pep492_i4 = __pep492__('ai', (__pep492_a2))
//	                                        while __pep492__('m', __pep492_i4):
//	                                         try: __pep492_v5 = (yield from __pep492__('an', __pep492_i4))
//	                                         except StopAsyncIteration: __pep492__('e', __pep492_i4); continue
//	                                         v = __pep492_v5
//	                                         if v:
//	                                          __pep492_r3.append(f(v))
//	                                        return __pep492_r3
//	                                       x = (yield from __pep492_c1((it)))
//
// An asynchronous generator expression (an async for clause, or an await
// in a generator expression) becomes an async generator function the same
// way: marked (coroutines.go), yielding each value wrapped, made an async
// generator function by __pep492__('w', ...) and called where the
// expression stands (no "yield from": it is not awaited).
//
// The first iterable is evaluated in the enclosing function, as in
// CPython. An asynchronous generator expression that is a call's sole
// argument (f(x async for x in it)) is rewritten the same way. An
// asynchronous comprehension in the element or a condition of another
// one (which 3.6 accepts, the outer one being asynchronous) becomes a
// function defined at the start of the outer one's function, whose
// variables it closes over (compSink). Not rewritten, so still errors of
// gpython's compiler: one whose moved text spans lines by a line
// continuation or a multi-line string.

// compSink collects the functions of the asynchronous comprehensions
// nested in the one being rewritten: lines indented by head, placed at
// the start of its function's body.
type compSink struct {
	head string
	text strings.Builder
}

// asyncComp returns the replacement of the atom n when it is an
// asynchronous list, set or dict comprehension that can be rewritten.
// The atom n may also be an argument (test comp_for): the generator
// expression that is a call's sole argument.
func (r *rewriter36) asyncComp(n *node, sc *scope36) (repl, bool) {
	var kind string // "(", "[" or "{"
	var body *node
	switch {
	case n.sym == symArgument && len(n.kids) == 2 && n.kids[1].sym == symCompFor:
		kind, body = "(", n
	case len(n.kids) != 3 || !n.kids[0].is("[") && !n.kids[0].is("{") && !n.kids[0].is("("):
		return repl{}, false
	default:
		kind, body = n.kids[0].s, n.kids[1]
		if body.sym != symTestlistComp && body.sym != symDictorsetmaker {
			return repl{}, false
		}
	}
	cf := body.kids[len(body.kids)-1]
	if cf.sym != symCompFor || !isAsyncComp(body) {
		return repl{}, false
	}
	if !sc.async {
		// CPython's code generator's error: no offset.
		r.fail(newSyntaxError(py.SyntaxError, "asynchronous comprehension outside of an asynchronous function", r.filename, n.line, 0, programText(r.filename, n.line)))
		return repl{}, false
	}
	genexp := kind == "("
	elems := body.kids[:len(body.kids)-1]
	// The clauses: comp_for and comp_if nodes, outermost first.
	var clauses []*node
	for c := cf; c != nil; {
		clauses = append(clauses, c)
		last := c.kids[len(c.kids)-1]
		if last.sym == symCompFor || last.sym == symCompIf {
			c = last
		} else {
			c = nil
		}
	}
	first := compIter(cf)
	for _, e := range elems {
		if !r.movable(e) {
			return repl{}, false
		}
	}
	for _, c := range clauses {
		for _, k := range c.kids {
			if k != first && k.sym != symCompFor && k.sym != symCompIf && !r.movable(k) {
				return repl{}, false
			}
		}
	}
	// Where the function goes: before the statement, or at the start of
	// the function of the asynchronous comprehension this one is nested in.
	var ins int
	var head string
	outer := r.compSink
	if outer != nil {
		head = outer.head
	} else {
		var ok bool
		if ins, head, ok = r.stmtLine(); !ok {
			return repl{}, false
		}
	}
	emit := func(text string) {
		if outer != nil {
			outer.text.WriteString(text)
		} else {
			r.extra = append(r.extra, repl{ins, ins, text})
		}
	}
	inner := newScope(scFunction, sc)
	inner.async = true
	fn, arg, res := r.asyncTemp(compTempKind(kind, len(elems))), r.asyncTemp("a"), r.asyncTemp("r")
	var b strings.Builder
	line := func(depth int, format string, a ...interface{}) {
		b.WriteString(head + strings.Repeat(" ", depth))
		fmt.Fprintf(&b, format, a...)
		b.WriteString(markedNL)
	}
	line(0, "def %s(%s):", fn, arg)
	switch {
	case genexp:
		line(1, "%s", generatorMarker(asyncGenMark))
	case kind == "[":
		line(1, "%s = []", res)
	case len(elems) == 3:
		line(1, "%s = {}", res)
	default:
		line(1, "%s = %s('S')", res, coroHelper)
	}
	// The rest of the body is written after the functions of the
	// comprehensions nested in it, which rendering it collects.
	start := b.String()
	b.Reset()
	nested := &compSink{head: head + " "}
	r.compSink = nested
	defer func() { r.compSink = outer }()
	depth := 1
	for _, c := range clauses {
		if c.sym == symCompIf {
			line(depth, "if %s:", r.moved(c.kids[1], inner))
			depth++
			continue
		}
		k := c.kids
		async := k[0].kind == tAsync
		if async {
			k = k[1:]
		}
		target, iter := r.moved(k[1], inner), arg
		if c != cf {
			iter = "(" + r.moved(k[3], inner) + ")"
		}
		if !async {
			line(depth, "for %s in %s:", target, iter)
			depth++
			continue
		}
		it, v := r.asyncTemp("i"), r.asyncTemp("v")
		line(depth, "%s = %s('ai', %s); %s", it, coroHelper, iter, legacyAiter(it))
		line(depth, "while %s('m', %s):", coroHelper, it)
		line(depth+1, "try: %s = (yield from %s('an', %s))", v, coroHelper, it)
		line(depth+1, "except StopAsyncIteration: %s('e', %s); continue", coroHelper, it)
		line(depth+1, "%s = %s", target, v)
		depth++
	}
	switch {
	case genexp:
		line(depth, "yield %s('Y', (%s))", coroHelper, r.moved(elems[0], inner))
	case kind == "[":
		line(depth, "%s.append(%s)", res, r.moved(elems[0], inner))
	case len(elems) == 3:
		line(depth, "%s[%s] = %s", res, r.moved(elems[0], inner), r.moved(elems[2], inner))
	default:
		line(depth, "%s.add(%s)", res, r.moved(elems[0], inner))
	}
	if genexp {
		// An async generator function named as CPython names the
		// generator expression's code.
		line(0, "%s.__name__ = '<genexpr>'; %s.__qualname__ = %s.__qualname__[:-%d] + '<genexpr>'", fn, fn, fn, len(fn))
		line(0, "%s('w', None, (%s,))", coroHelper, fn)
		emit(start + nested.text.String() + b.String())
		r.compSink = outer // the first iterable is the enclosing scope's
		s, e := span(n)
		call := fn + "((" + r.render(first, sc)
		return repl{s, e, call + r.pad(s, e, call) + "))"}, true
	}
	line(1, "return %s", res)
	emit(start + nested.text.String() + b.String())
	r.compSink = outer
	s, e := span(n)
	call := "(yield from " + fn + "((" + r.render(first, sc)
	return repl{s, e, call + r.pad(s, e, call) + ")))"}, true
}

// isAsyncComp reports whether the comprehension body (testlist_comp or
// dictorsetmaker) is asynchronous: an async for clause, or an await
// anywhere but in the first iterable.
func isAsyncComp(body *node) bool {
	cf := body.kids[len(body.kids)-1]
	first := compIter(cf)
	var walk func(n *node) bool
	walk = func(n *node) bool {
		if n == first {
			return false
		}
		if n.sym == symTok {
			return n.kind == tAwait || n.kind == tAsync
		}
		if n != body && isCompBody(n) {
			// A nested comprehension is a scope of its own: only its
			// first iterable is evaluated in this one.
			return walk(compIter(n.kids[len(n.kids)-1]))
		}
		for _, k := range n.kids {
			if walk(k) {
				return true
			}
		}
		return false
	}
	return walk(body)
}

// isCompBody reports whether n is the body of a comprehension or of a
// generator expression (its last child a comp_for).
func isCompBody(n *node) bool {
	switch n.sym {
	case symTestlistComp, symDictorsetmaker, symArgument:
		return len(n.kids) > 1 && n.kids[len(n.kids)-1].sym == symCompFor
	}
	return false
}

// nestedAsyncComp is the first asynchronous comprehension nested in the
// scope of the comprehension body (not in its first iterable), or nil:
// CPython 3.6 rejects it, the comprehension around it not being
// asynchronous.
func nestedAsyncComp(body *node) *node {
	first := compIter(body.kids[len(body.kids)-1])
	var walk func(n *node) *node
	walk = func(n *node) *node {
		if n == first || n == nil {
			return nil
		}
		if n != body && isCompBody(n) && isAsyncComp(n) {
			return n
		}
		for _, k := range n.kids {
			if found := walk(k); found != nil {
				return found
			}
		}
		return nil
	}
	return walk(body)
}

// compIter is the iterable of the comp_for c.
func compIter(c *node) *node {
	for i, k := range c.kids {
		if k.is("in") {
			return c.kids[i+1]
		}
	}
	return nil
}

// movable reports whether the text of n can be moved to added lines: no
// line continuation, no string literal over several lines.
func (r *rewriter36) movable(n *node) bool {
	s, e := span(n)
	if strings.Contains(r.data[s:e], "\\\n") {
		return false
	}
	var walk func(n *node) bool
	walk = func(n *node) bool {
		if n.sym == symTok {
			return !(n.kind == tString && strings.Contains(n.s, "\n"))
		}
		for _, k := range n.kids {
			if !walk(k) {
				return false
			}
		}
		return true
	}
	return walk(n)
}

// moved is the text of n rewritten in the scope sc, for an added line: its
// newlines marked as added.
func (r *rewriter36) moved(n *node, sc *scope36) string {
	return strings.ReplaceAll(r.render(n, sc), "\n", markedNL)
}

// stmtLine is where lines can be added before the innermost statement
// being walked that starts its line: the start of that line, and the
// statement's indentation.
func (r *rewriter36) stmtLine() (int, string, bool) {
	for i := len(r.stmts) - 1; i >= 0; i-- {
		s := startOf(r.stmts[i])
		if ind, ok := r.lineIndent(s); ok {
			return s - len(ind), ind, true
		}
	}
	return 0, "", false
}

// The functions an asynchronous comprehension becomes are named by kind,
// __pep492_<kind><n>, so that compileSource can give their code objects
// the names CPython's comprehensions have (nameComprehensions), which
// tracebacks show.
var compNames = map[string]string{"lc": "<listcomp>", "sc": "<setcomp>", "dc": "<dictcomp>", "gc": "<genexpr>"}

// compTempKind is the temp-name kind of a comprehension opened by kind
// ("(", "[" or "{") with n elements (3 for a dict's key: value).
func compTempKind(kind string, n int) string {
	switch {
	case kind == "(":
		return "gc"
	case kind == "[":
		return "lc"
	case n == 3:
		return "dc"
	}
	return "sc"
}

// nameComprehensions renames the code objects of rewritten asynchronous
// comprehensions among co's constants, at any depth, to CPython's names.
func nameComprehensions(co *py.Code) {
	if co == nil {
		return
	}
	for _, c := range co.Consts {
		k, ok := c.(*py.Code)
		if !ok {
			continue
		}
		if rest, ok := strings.CutPrefix(k.Name, "__pep492_"); ok && len(rest) > 2 {
			if name, ok := compNames[rest[:2]]; ok && strings.Trim(rest[2:], "0123456789") == "" {
				k.Name = name
			}
		}
		nameComprehensions(k)
	}
}
