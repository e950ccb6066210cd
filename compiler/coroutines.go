package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// PEP 492 coroutines are rewritten here into generator-based ones that
// the builtin __pep492__ (coroutines_rt.go) turns into coroutine objects:
//
//	async def f(x):    ->  def f(x):
//	    y = await g()  ->      0 and (yield '<async def>'); y = (yield from __pep492__('a', g()))
//
// The body becomes a generator function (the unevaluated yield makes sure
// it is one, and its constant marks it), each await a "yield from" of the
// awaitable's iterator. The function object is then changed in place so that calling
// it returns a coroutine object that runs the generator: by a decorator
// made from its innermost one (@d -> @__pep492__('d', d)), or, without
// decorators, by a call __pep492__('w', ...) placed where it runs right
// after the def: before the next statement of the block (on a blank or
// comment line, as a prefix of a simple statement, or around the first
// expression of a compound statement or decorator), else after the block
// (the call names the function through its class when the block is a class
// body). The placement adds no line.
//
// An async def with a yield (PEP 525) becomes an async generator function
// the same way; each of its yields wraps its value (yield x -> yield
// __pep492__('Y', (x))), which the async generator object's awaitables
// (asend, athrow) hand to their awaiter.
//
// async for and async with are rewritten by asyncstmt.go, asynchronous
// comprehensions by asynccomp.go.

const coroHelper = "__pep492__"

// wrapRef is a coroutine function waiting for its __pep492__ call: path is
// its name, or Class.name once it left its class body; sure says it is
// certainly bound when the call runs.
type wrapRef struct {
	path string
	sure bool
}

// block36 is a block of statements being walked.
type block36 struct {
	sc      *scope36
	pending []wrapRef
}

// block walks the statements of a block. class is the class's name when
// the block is a class body, fn says it is a function body.
func (r *rewriter36) block(stmts []*node, sc *scope36, class string, fn bool, out []repl) []repl {
	if fn || class != "" || len(r.blocks) == 0 {
		if rp, ok := r.docstringRepl(stmts); ok {
			out = append(out, rp)
		}
	}
	b := &block36{sc: sc}
	r.blocks = append(r.blocks, b)
	for _, st := range stmts {
		if len(b.pending) > 0 {
			if reps, ok := r.slotBefore(st, b); ok {
				out = append(out, reps...)
				b.pending = nil
			}
		}
		r.stmts = append(r.stmts, st)
		out = r.collect(st, sc, out)
		r.stmts = r.stmts[:len(r.stmts)-1]
	}
	r.blocks = r.blocks[:len(r.blocks)-1]
	if len(b.pending) == 0 || len(stmts) == 0 {
		return out
	}
	if rp, ok := r.slotAfter(stmts[len(stmts)-1], b, len(r.blocks) == 0); ok {
		if len(r.blocks) == 0 {
			r.appended = true // a statement after the last one of the source
		}
		return append(out, rp)
	}
	if fn || len(r.blocks) == 0 {
		return out // never callable: nothing refers to it
	}
	parent := r.blocks[len(r.blocks)-1]
	for _, p := range b.pending {
		if class != "" {
			p.path = class + "." + p.path
		}
		p.sure = false
		parent.pending = append(parent.pending, p)
	}
	return out
}

// wrapCall is the __pep492__('w', ...) call of the pending functions of b.
func wrapCall(b *block36) string {
	var parts []string
	if b.sc.kind != scFunction {
		for _, p := range b.pending {
			parts = append(parts, "'"+p.path+"'")
		}
		return coroHelper + "('w', locals(), (" + strings.Join(parts, ", ") + ",))"
	}
	for _, p := range b.pending {
		if p.sure {
			parts = append(parts, p.path)
		} else {
			parts = append(parts, "(lambda: "+p.path+",)")
		}
	}
	return coroHelper + "('w', None, (" + strings.Join(parts, ", ") + ",))"
}

// around returns the insertions that make the expression n evaluate call
// first.
func around(n *node, call string) []repl {
	s, e := span(n)
	return []repl{{s, s, "(" + call + ", "}, {e, e, ")[1]"}}
}

// slotBefore finds where the pending functions of b can be wrapped before
// the statement st runs.
func (r *rewriter36) slotBefore(st *node, b *block36) ([]repl, bool) {
	call := wrapCall(b)
	s, _ := span(st)
	// A blank or comment line just above st.
	if rp, ok := r.freeLineAbove(s, call); ok {
		return []repl{rp}, true
	}
	switch st.sym {
	case symSimpleStmt:
		return []repl{{s, s, call + "; "}}, true
	case symDecorated:
		d := st.kids[0].kids[0] // the first decorator
		ds, _ := span(d.kids[1])
		de := lastTokEnd(d)
		return []repl{{ds, ds, coroHelper + "('v', " + wrapArgs(call) + ", "}, {de, de, ")"}}, true
	case symIfStmt, symWhileStmt:
		return around(st.kids[1], call), true
	case symForStmt:
		return around(st.kids[3], call), true
	case symWithStmt:
		item := st.kids[1]
		if item.sym == symWithItem {
			item = item.kids[0]
		}
		return around(item, call), true
	case symTryStmt:
		body := suiteStmts(st.kids[2])
		if len(body) > 0 && body[0].sym == symSimpleStmt {
			bs, _ := span(body[0])
			return []repl{{bs, bs, call + "; "}}, true
		}
	case symClassdef:
		k := st.kids
		if k[2].is(":") {
			_, ne := span(k[1])
			return []repl{{ne, ne, "(*(" + call + ", ())[1])"}}, true
		}
		if k[3].is(")") {
			return []repl{{k[3].pos, k[3].pos, "*(" + call + ", ())[1]"}}, true
		}
		first := k[3]
		if first.sym == symArglist {
			first = first.kids[0]
		}
		if first.sym == symArgument && len(first.kids) == 1 {
			first = first.kids[0]
		}
		if first.sym != symArgument && first.sym != symStarExpr {
			return around(first, call), true
		}
	}
	return nil, false
}

// wrapArgs is the argument list of a 'w' call after its kind.
func wrapArgs(call string) string {
	s := strings.TrimPrefix(call, coroHelper+"('w', ")
	return strings.TrimSuffix(s, ")")
}

// lastTokEnd is the end of the last token of n that is not a NEWLINE,
// INDENT or DEDENT.
func lastTokEnd(n *node) int {
	if n.sym == symTok {
		if n.kind == tNewline || n.kind == tIndent || n.kind == tDedent || n.kind == tEndmarker || n.end < 0 {
			return -1
		}
		return n.end
	}
	for i := len(n.kids) - 1; i >= 0; i-- {
		if e := lastTokEnd(n.kids[i]); e >= 0 {
			return e
		}
	}
	return -1
}

// freeLineAbove replaces the blank or comment line just above the line
// holding offset s (a statement's start) by text at the statement's
// indentation.
func (r *rewriter36) freeLineAbove(s int, text string) (repl, bool) {
	lineStart := strings.LastIndexByte(r.data[:s], '\n') + 1
	indent := r.data[lineStart:s]
	if lineStart == 0 || strings.TrimLeft(indent, " \t\f") != "" {
		return repl{}, false
	}
	prevStart := strings.LastIndexByte(r.data[:lineStart-1], '\n') + 1
	return r.useFreeLine(prevStart, lineStart-1, indent, text)
}

// useFreeLine replaces the line data[a:b] (no newline) by indent and text
// when it is blank or a comment, keeping the comment; not after a line
// continuation.
func (r *rewriter36) useFreeLine(a, b int, indent, text string) (repl, bool) {
	line := strings.TrimLeft(r.data[a:b], " \t\f")
	if line != "" && line[0] != '#' {
		return repl{}, false
	}
	if a > 0 && strings.HasSuffix(r.data[:a-1], "\\") {
		return repl{}, false // the line continues the one before
	}
	if line != "" {
		text += "  " + line
	}
	return repl{a, b, indent + text}, true
}

// slotAfter finds where the pending functions of b can be wrapped after
// last, the last statement of the block: a blank or comment line after it,
// or the end of the source (atEnd: the block is the module).
func (r *rewriter36) slotAfter(last *node, b *block36, module bool) (repl, bool) {
	call := wrapCall(b)
	s, _ := span(last)
	lineStart := strings.LastIndexByte(r.data[:s], '\n') + 1
	indent := r.data[lineStart:s]
	if strings.TrimLeft(indent, " \t\f") != "" {
		return repl{}, false
	}
	e := lastTokEnd(last)
	if e < 0 {
		return repl{}, false
	}
	i := strings.IndexByte(r.data[e:], '\n')
	if i < 0 {
		if module {
			return repl{len(r.data), len(r.data), "\n" + call}, true
		}
		return repl{}, false
	}
	a := e + i + 1
	if a < len(r.data) {
		j := strings.IndexByte(r.data[a:], '\n')
		if j < 0 {
			j = len(r.data) - a
		}
		if rp, ok := r.useFreeLine(a, a+j, indent, call); ok {
			return rp, true
		}
	}
	if module && strings.TrimSpace(r.data[a:]) == "" {
		return repl{len(r.data), len(r.data), indent + call}, true
	}
	return repl{}, false
}

// asyncFuncdef rewrites an async def (n: async_funcdef or async_stmt; its
// decorators when it has some).
func (r *rewriter36) asyncFuncdef(n *node, sc *scope36, decorators *node, out []repl) []repl {
	asyncTok, fn := n.kids[0], n.kids[1]
	if decorators != nil {
		ds := decorators.kids
		last := ds[len(ds)-1]
		for _, d := range ds[:len(ds)-1] {
			out = r.collect(d, sc, out)
		}
		for _, k := range last.kids[1:] {
			out = r.collect(k, sc, out)
		}
		s, _ := span(last.kids[1])
		e := lastTokEnd(last)
		out = append(out, repl{s, s, coroHelper + "('d', "}, repl{e, e, ")"})
	}
	agen := asyncGenerator(fn)
	// "async def" -> "def", keeping any newline between them.
	gap := r.data[asyncTok.pos:fn.kids[0].pos]
	out = append(out, repl{asyncTok.pos, fn.kids[0].pos, strings.Repeat("\\\n", strings.Count(gap, "\n"))})
	// Make it a generator function, marked.
	mark := asyncMark
	if agen {
		mark = asyncGenMark
	}
	if rp, ok := r.generatorMark(fn, mark); ok {
		out = append(out, rp)
	}
	out = r.renameDef(fn.kids[1], asyncTok, sc, out)
	out = r.funcdef(fn, sc, true, agen, out)
	if decorators == nil && len(r.blocks) > 0 {
		b := r.blocks[len(r.blocks)-1]
		b.pending = append(b.pending, wrapRef{path: sc.mangled(fn.kids[1].s), sure: true})
	}
	return out
}

// A generator marker, "0 and (yield '<async def>')", makes a function a
// generator function without doing anything; its constant marks the
// generator functions that async defs became, the only ones __pep492__
// makes coroutine functions (asyncMark) or async generator functions
// (asyncGenMark) of.
const (
	asyncMark    = "<async def>"
	asyncGenMark = "<async generator>"
)

// generatorMarker is the marker of mark.
func generatorMarker(mark string) string { return "0 and (yield '" + mark + "')" }

// generatorMark inserts the generator marker of mark before the first simple
// statement of the function fn's own body (after its docstring).
func (r *rewriter36) generatorMark(fn *node, mark string) (repl, bool) {
	generatorMarker := generatorMarker(mark)
	stmts := suiteStmts(fn.kids[len(fn.kids)-1])
	if len(stmts) > 0 && stmts[0].sym == symSimpleStmt && isDocstring(stmts[0].kids[0]) {
		e := lastTokEnd(stmts[0].kids[0])
		return repl{e, e, "; " + generatorMarker}, true
	}
	var find func(stmts []*node) (repl, bool)
	find = func(stmts []*node) (repl, bool) {
		for _, st := range stmts {
			switch st.sym {
			case symSimpleStmt:
				if first := st.kids[0]; bareAnnotation(first) {
					// It may become "if 0: x = (0)", which no
					// statement can precede on its line: the marker
					// follows it, in that dead body.
					e := lastTokEnd(first)
					return repl{e, e, "; " + generatorMarker}, true
				}
				s, _ := span(st)
				return repl{s, s, generatorMarker + "; "}, true
			case symFuncdef, symClassdef, symDecorated, symAsyncFuncdef:
				continue
			case symAsyncStmt:
				// async with / async for: their bodies stay in place
				// under the rewritten header; a nested async def is not
				// this function's body
				if len(st.kids) < 2 || (st.kids[1].sym != symWithStmt && st.kids[1].sym != symForStmt) {
					continue
				}
				st = st.kids[1]
			}
			for _, k := range st.kids {
				if k.sym == symSuite {
					if rp, ok := find(suiteStmts(k)); ok {
						return rp, true
					}
				}
			}
		}
		return repl{}, false
	}
	return find(stmts)
}

// bareAnnotation reports whether the small statement n is an annotated
// name without a value ("x: int").
func bareAnnotation(n *node) bool {
	if n.sym != symExprStmt || len(n.kids) != 2 || n.kids[1].sym != symAnnassign {
		return false
	}
	t := n.kids[0]
	return t.sym == symTok && t.kind == tName && len(n.kids[1].kids) == 2
}

// asyncGenerator reports whether the function fn's own body yields.
func asyncGenerator(fn *node) bool {
	var has func(n *node) bool
	has = func(n *node) bool {
		switch n.sym {
		case symYieldExpr:
			return true
		case symFuncdef, symClassdef, symLambdef, symAsyncFuncdef:
			return false
		case symTok:
			return false
		}
		for _, k := range n.kids {
			if has(k) {
				return true
			}
		}
		return false
	}
	return has(fn.kids[len(fn.kids)-1])
}

// asyncStmt walks async for and async with, which are not rewritten.
// await rewrites "await x" into "(yield from __pep492__('a', x))", or
// records CPython's error for an await outside an async function.
func (r *rewriter36) await(n *node, sc *scope36, out []repl) []repl {
	k := n.kids
	switch {
	case sc.kind != scFunction:
		r.fail(newSyntaxError(py.SyntaxError, "'await' outside function", r.filename, n.line, n.col, programText(r.filename, n.line)))
		return out
	case !sc.async:
		r.fail(newSyntaxError(py.SyntaxError, "'await' outside async function", r.filename, n.line, n.col, programText(r.filename, n.line)))
		return out
	}
	s, e := span(n)
	inner := r.renderRange(startOf(k[1]), e, r.collectRange(k[1:], sc))
	return append(out, repl{s, e, "(yield from " + coroHelper + "('a', " + inner + "))"})
}

// comprehension leaves a comprehension with an await in it that
// asynccomp.go does not rewrite (a generator expression, or one nested in
// another) as it is: CPython 3.6 makes it asynchronous, and a yield in it
// would make a generator of it, so gpython's compiler is left to reject
// it.
func (r *rewriter36) comprehension(n *node, sc *scope36) (repl, bool) {
	inner := false // an await or async in the comprehension's own scope
	comp := false
	for _, k := range n.kids {
		if k.sym != symCompFor {
			inner = inner || hasAwait(k)
			continue
		}
		comp = true
		// The first iterable is evaluated in the enclosing scope, where
		// its awaits are rewritten as any other.
		for i, c := range k.kids {
			if c.is("in") && i+1 < len(k.kids) {
				for _, rest := range k.kids[i+2:] {
					inner = inner || hasAwait(rest)
				}
				break
			}
			inner = inner || hasAwait(c)
		}
	}
	if !comp || !inner {
		return repl{}, false
	}
	s, e := span(n)
	return repl{s, e, r.data[s:e]}, true
}

// hasAwait reports whether n holds an await or async token.
func hasAwait(n *node) bool {
	if n.sym == symTok {
		return n.kind == tAwait || n.kind == tAsync
	}
	for _, k := range n.kids {
		if hasAwait(k) {
			return true
		}
	}
	return false
}

// agenYield rewrites a yield of an async generator: its value is wrapped,
// so that the async generator object tells it from what awaits yield.
func (r *rewriter36) agenYield(n *node, sc *scope36, out []repl) []repl {
	s, e := span(n)
	if len(n.kids) == 1 {
		return append(out, repl{s, e, "yield " + coroHelper + "('Y', None)"})
	}
	v := r.render(n.kids[1], sc)
	return append(out, repl{s, e, "yield " + coroHelper + "('Y', (" + v + "))"})
}

// returnIn records CPython's error for a return with a value in an async
// generator.
func (r *rewriter36) returnIn(n *node, sc *scope36) {
	if sc.agen && len(n.kids) > 1 {
		r.fail(newSyntaxError(py.SyntaxError, "'return' with value in async generator", r.filename, n.line, n.col, programText(r.filename, n.line)))
	}
}

// yieldIn records CPython's errors for a yield in an async function.
func (r *rewriter36) yieldIn(n *node, sc *scope36) {
	if !sc.async || len(n.kids) < 2 {
		return
	}
	if n.kids[1].is("from") {
		r.fail(newSyntaxError(py.SyntaxError, "'yield from' inside async function", r.filename, n.line, n.col, programText(r.filename, n.line)))
	}
}
