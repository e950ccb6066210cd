package compiler

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// This file runs the rewrites of Python 3.6 syntax that gpython's parser
// does not know, after the f-string and PEP 448 rewrites (whose output is
// Python 3.6 again): underscores in numbers (numlit.go), variable
// annotations (annotations.go) and coroutines (coroutines.go). The source
// they give is parsed once more by the syntax check's parser, and each
// construct is replaced by text of the same newlines, so no line moves.
// A source without such a construct is returned unchanged.

// scopeKind is the kind of block a statement runs in.
type scopeKind uint8

const (
	scModule scopeKind = iota
	scClass
	scFunction
)

// scope36 is what the rewrites need to know of the block being walked.
type scope36 struct {
	kind      scopeKind
	class     string // the innermost enclosing class's name (name mangling)
	async     bool   // the body of an async def
	lazy      bool   // no place was found for __annotations__' set-up
	globals   map[string]bool
	nonlocals map[string]bool
	annotated map[string]bool // simple names annotated so far
	params    map[string]bool
	used      map[string]bool // names read so far (roughly: every name token)
	agen      bool            // the body of an async generator
}

func newScope(kind scopeKind, parent *scope36) *scope36 {
	s := &scope36{kind: kind, globals: map[string]bool{}, nonlocals: map[string]bool{},
		annotated: map[string]bool{}, params: map[string]bool{}, used: map[string]bool{}}
	if parent != nil {
		s.class = parent.class
	}
	return s
}

// rewriter36 walks one parsed source.
type rewriter36 struct {
	data     string
	filename string
	blocks   []*block36 // the blocks being walked, innermost last
	appended bool       // a statement was added after the last one
	err      error      // the first error found (CPython's symbol table's or code generator's)
	temps    int        // temporary names made so far (asyncstmt.go)
	stmts    []*node    // the statements being walked, innermost last
	extra    []repl     // insertions made from inside a rendered construct
	compSink *compSink  // where a nested asynchronous comprehension's function goes (asynccomp.go)
	opt      int        // the optimization level (optimize.go)
}

// needs36 reports whether the tree of a checked source has a construct
// rewrite36 replaces.
func needs36(n *node) bool {
	switch n.sym {
	case symTok:
		if n.kind == tString && strings.ContainsAny(n.s, "_a@") {
			// An f-string's fields may hold numbers or awaits.
			for i := 0; i < len(n.s) && n.s[i] != '\'' && n.s[i] != '"'; i++ {
				if n.s[i]|0x20 == 'f' {
					return true
				}
			}
		}
		if _, ok := nameEscapeRepl(n); ok {
			return true
		}
		if n.kind == tName && n.s == debugName {
			return true
		}
		return n.kind == tNumber && strings.Contains(n.s, "_") || n.kind == tAsync || n.kind == tAwait
	case symAnnassign:
		return true
	case symImportName:
		return len(dottedImportNames(n)) > 0
	case symTypedargslist, symVarargslist:
		if starTrailingComma(n) != nil {
			return true
		}
	case symForStmt:
		if forTupleTarget(n) != nil {
			return true
		}
	case symBinop:
		if hasMatmul(n) {
			return true
		}
	case symExprStmt:
		if isMatmulAug(n) {
			return true
		}
	}
	for _, k := range n.kids {
		if needs36(k) {
			return true
		}
	}
	return false
}

// rewrite36 returns out (the rewritten source of the checked source ck)
// with its Python 3.6 constructs rewritten, and the mode to compile it in,
// or the SyntaxError CPython 3.6 raises for them after parsing. The mode
// is mode, except for an async def in the single mode: the call that makes
// it a coroutine function follows it, so the source is compiled in the
// exec mode (a def prints nothing in either).
func (ck *checked) rewrite36(out, filename string, mode py.CompileMode, opt int) (string, py.CompileMode, error) {
	if ck.root == nil || !needs36(ck.root) && !(ck.facts.private && needsMangle(ck.root)) && !needsOptimize(ck.root, opt) {
		return out, mode, nil
	}
	data := translateNewlines(out)
	root, err := ck.tree(data, filename, mode)
	if err != nil {
		return out, mode, nil // not expected: gpython reports it
	}
	r := &rewriter36{data: data, filename: filename, opt: opt}
	reps := r.collect(root, newScope(scModule, nil), nil)
	reps = append(reps, r.extra...)
	if r.err != nil {
		return "", mode, r.err
	}
	if len(reps) == 0 {
		return out, mode, nil
	}
	if mode == py.SingleMode && r.appended {
		mode = py.ExecMode
	}
	return splice36(data, 0, len(data), reps), mode, nil
}

// splice36 returns data[start:end] with reps (disjoint, within the range;
// an insertion has start == end) applied.
func splice36(data string, start, end int, reps []repl) string {
	sort.SliceStable(reps, func(i, j int) bool {
		if reps[i].start != reps[j].start {
			return reps[i].start < reps[j].start
		}
		return reps[i].end < reps[j].end
	})
	var b strings.Builder
	last := start
	for _, r := range reps {
		if r.start < last {
			continue // overlapping: not expected
		}
		b.WriteString(data[last:r.start])
		if r.start > start && r.start > 0 && r.text != "" && isIdentText(r.text[0]) &&
			(isIdentChar(data[r.start-1]) || data[r.start-1] >= 0x80) {
			b.WriteByte(' ')
		}
		b.WriteString(r.text)
		last = r.end
	}
	b.WriteString(data[last:end])
	return b.String()
}

func isIdentText(c byte) bool { return isIdentChar(c) || c >= 0x80 }

// render is the text of n with its constructs rewritten.
func (r *rewriter36) render(n *node, sc *scope36) string {
	s, e := span(n)
	return r.renderRange(s, e, r.collect(n, sc, nil))
}

func (r *rewriter36) renderRange(s, e int, reps []repl) string {
	if len(reps) == 0 {
		return r.data[s:e]
	}
	return splice36(r.data, s, e, reps)
}

// nl is the number of newlines of data[a:b].
func (r *rewriter36) nl(a, b int) int {
	if a >= b {
		return 0
	}
	return strings.Count(r.data[a:b], "\n")
}

// fail records err, the first error found.
func (r *rewriter36) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// collect appends the replacements of the outermost constructs of n to
// out.
func (r *rewriter36) collect(n *node, sc *scope36, out []repl) []repl {
	if n == nil || r.err != nil {
		return out
	}
	switch n.sym {
	case symTok:
		if rp, ok := numberRepl(n); ok {
			out = append(out, rp)
		}
		if rp, ok := nameEscapeRepl(n); ok {
			out = append(out, rp)
		}
		if rp, ok := r.debugRepl(n); ok {
			return append(out, rp)
		}
		if n.kind == tName && !reserved[n.s] {
			sc.used[n.s] = true
		}
		if rp, ok := mangleRepl(n, sc); ok {
			out = append(out, rp)
		}
		return out
	case symTrailer:
		if n.kids[0].is(".") {
			if rp, ok := mangleRepl(n.kids[1], sc); ok {
				out = append(out, rp)
			}
			return out
		}
	case symImportName:
		if rp, ok := dottedImportRepl(n, sc); ok {
			return append(out, rp)
		}
		return importMangleRepls(n, sc, out)
	case symImportFrom:
		return importMangleRepls(n, sc, out)
	case symDelStmt:
		return r.delStmt(n, sc, out)
	case symAssertStmt:
		if rp, ok := r.assertRepl(n); ok {
			return append(out, rp)
		}
	case symTypedargslist, symVarargslist:
		if rp, ok := trailingCommaRepl(n); ok {
			out = append(out, rp)
		}
	case symForStmt:
		out = append(out, forTargetRepls(n)...)

	case symFileInput, symSingleInput:
		out = r.setupAnnotations(n, n.kids, nil, sc, out)
		return r.block(n.kids, sc, "", false, out)
	case symSuite:
		return r.block(suiteStmts(n), sc, "", false, out)
	case symExprStmt:
		if len(n.kids) == 2 && n.kids[1].sym == symAnnassign {
			return r.annassign(n, sc, out)
		}
		if isMatmulAug(n) {
			return append(out, r.matmulAugRepl(n, sc))
		}
	case symBinop:
		if hasMatmul(n) {
			return append(out, r.matmulRepl(n, sc))
		}
	case symGlobalStmt, symNonlocalStmt:
		r.declare(n, sc)
		for _, k := range n.kids[1:] {
			if rp, ok := mangleRepl(k, sc); ok {
				out = append(out, rp)
			}
		}
		return out
	case symClassdef:
		return r.classdef(n, sc, out)
	case symFuncdef:
		return r.funcdef(n, sc, false, false, out)
	case symLambdef:
		return r.lambdef(n, sc, out)
	case symDecorated:
		if d := n.kids[1]; d.sym == symAsyncFuncdef {
			return r.asyncFuncdef(d, sc, n.kids[0], out)
		}
	case symAsyncFuncdef:
		return r.asyncFuncdef(n, sc, nil, out)
	case symAsyncStmt:
		if n.kids[1].sym == symFuncdef {
			return r.asyncFuncdef(n, sc, nil, out)
		}
		return r.asyncStmt(n, sc, out)
	case symAtomExpr:
		if n.kids[0].sym == symTok && n.kids[0].kind == tAwait {
			return r.await(n, sc, out)
		}
	case symYieldExpr:
		r.yieldIn(n, sc)
		if sc.agen && r.err == nil {
			return r.agenYield(n, sc, out)
		}
	case symReturnStmt:
		r.returnIn(n, sc)
	case symAtom:
		if rp, ok := r.asyncComp(n, sc); ok {
			return append(out, rp)
		}
	case symTestlistComp, symDictorsetmaker, symArglist, symArgument:
		if isCompBody(n) && !isAsyncComp(n) {
			if inner := nestedAsyncComp(n); inner != nil {
				// CPython's code generator's error: no offset.
				r.fail(newSyntaxError(py.SyntaxError, "asynchronous comprehension outside of an asynchronous function", r.filename, inner.line, 0, programText(r.filename, inner.line)))
				return out
			}
		}
		if n.sym == symArgument {
			if rp, ok := r.asyncComp(n, sc); ok {
				return append(out, rp)
			}
		}
		if rp, ok := r.comprehension(n, sc); ok {
			return append(out, rp)
		}
		if n.sym == symArgument && len(n.kids) == 3 && n.kids[1].is("=") {
			// A keyword argument's name is not mangled.
			return r.collect(n.kids[2], sc, out)
		}
	}
	for _, k := range n.kids {
		out = r.collect(k, sc, out)
	}
	return out
}

// suiteStmts are the statements of a suite (one simple_stmt for a suite on
// the line of its header).
func suiteStmts(s *node) []*node {
	if len(s.kids) == 1 {
		return s.kids
	}
	var out []*node
	for _, k := range s.kids {
		if k.sym != symTok {
			out = append(out, k)
		}
	}
	return out
}

// classdef walks a class: its bases in sc, its body in a class scope.
func (r *rewriter36) classdef(n *node, sc *scope36, out []repl) []repl {
	k := n.kids
	out = r.renameDef(k[1], k[0], sc, out)
	for _, c := range k[2 : len(k)-1] {
		out = r.collect(c, sc, out)
	}
	body := k[len(k)-1]
	inner := newScope(scClass, sc)
	inner.class = k[1].s
	out = r.setupAnnotations(body, suiteStmts(body), k[len(k)-2], inner, out)
	return r.block(suiteStmts(body), inner, k[1].s, false, out)
}

// funcdef walks a function: its defaults and annotations in sc, its body
// in a function scope (an async one when async, an async generator's when
// agen).
func (r *rewriter36) funcdef(n *node, sc *scope36, async, agen bool, out []repl) []repl {
	k := n.kids
	inner := newScope(scFunction, sc)
	inner.async = async
	inner.agen = agen
	for _, p := range params(n) {
		inner.params[p.s] = true
	}
	if !async {
		out = r.renameDef(k[1], k[0], sc, out)
	}
	for _, c := range k[2 : len(k)-1] {
		out = r.collect(c, sc, out)
	}
	return r.block(suiteStmts(k[len(k)-1]), inner, "", true, out)
}

// lambdef walks a lambda: its defaults in sc, its body in a function
// scope.
func (r *rewriter36) lambdef(n *node, sc *scope36, out []repl) []repl {
	k := n.kids
	inner := newScope(scFunction, sc)
	for _, c := range k[1 : len(k)-1] {
		out = r.collect(c, sc, out)
	}
	return r.collect(k[len(k)-1], inner, out)
}
