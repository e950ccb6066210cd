package compiler

import (
	"fmt"
	"strings"
)

// async for and async with (PEP 492) are rewritten here into the
// statements CPython 3.6 compiles them to, over temporary local names
// (__pep492_i1, ...) and the helpers of asyncstmt_rt.go. The statements
// take lines of their own: each added line ends with lineMark, and the
// compiled code is moved back to the original lines (lines.go), the lines
// added after the body to the body's last line (tailNL). Added
// blocks are indented one column deeper than the statement (never as deep
// as its body), so that the body keeps its text.
//
//	async for T in it:         ->  __i = __pep492__('ai', (it)); LEGACY
//	    BODY                       while __pep492__('m', __i):
//	else:                           try: __v = (yield from __pep492__('an', __i))
//	    ELSE                        except StopAsyncIteration: __pep492__('e', __i); continue
//	                                if 1:
//	                                    T = __v
//	                                    BODY
//	                               else:
//	                                   ELSE
//	                               __i = None
//
// (the body runs in the while, whose break and continue are the loop's;
// T = __v has a line of its own that stands for the header's; a target
// spanning lines takes "for T in (__v,): BODY" followed by "else:
// continue" and "break" instead),
//
//	async with m as T:         ->  __w = __pep492__('ae', (m)); __x = (yield from __pep492__('aw', __w))
//	    BODY                       try:
//	                                   T = __x
//	                                   BODY
//	                               except BaseException as __e:
//	                                if not (yield from __pep492__('ax', __w, __e)): raise
//	                               finally:
//	                                if __pep492__('o', __w): (yield from __pep492__('ax', __w, None))
//
// Several items nest, each one column deeper. LEGACY awaits what a
// deprecated __aiter__ returned (asyncstmt_rt.go's legacyAiter).

// asyncTemp is a new temporary name of the rewrite.
func (r *rewriter36) asyncTemp(kind string) string {
	r.temps++
	return fmt.Sprintf("__pep492_%s%d", kind, r.temps)
}

// lineIndent is the indentation of the line holding pos, false when text
// precedes pos on its line.
func (r *rewriter36) lineIndent(pos int) (string, bool) {
	start := strings.LastIndexByte(r.data[:pos], '\n') + 1
	ind := r.data[start:pos]
	return ind, strings.Trim(ind, " \t\f") == ""
}

// indentWidth is the column an indentation reaches in gpython's tokenizer
// (a tab goes to the next multiple of 8).
func indentWidth(s string) int {
	w := 0
	for _, c := range s {
		if c == '\t' {
			w += 8 - w%8
		} else {
			w++
		}
	}
	return w
}

// lastNewline is the last NEWLINE token in n.
func lastNewline(n *node) *node {
	if n.sym == symTok {
		if n.kind == tNewline {
			return n
		}
		return nil
	}
	for i := len(n.kids) - 1; i >= 0; i-- {
		if t := lastNewline(n.kids[i]); t != nil {
			return t
		}
	}
	return nil
}

// afterSuite is where lines can be added after the suite s: the start of
// the line after its last statement, and the text that must precede them.
func (r *rewriter36) afterSuite(s *node) (int, string, bool) {
	nl := lastNewline(s)
	if nl == nil {
		return 0, "", false
	}
	if nl.pos < len(r.data) && r.data[nl.pos] == '\n' {
		return nl.pos + 1, "", true
	}
	return len(r.data), markedNL, true
}

// suiteIndent is the indentation of a block suite's statements, "" for a
// suite on its header's line.
func (r *rewriter36) suiteIndent(s *node) (string, bool) {
	if len(s.kids) == 1 {
		return "", true
	}
	return r.lineIndent(startOf(s.kids[2]))
}

// asyncStmt rewrites async for and async with (n: 'async' stmt); an async
// def is handled by asyncFuncdef.
func (r *rewriter36) asyncStmt(n *node, sc *scope36, out []repl) []repl {
	st := n.kids[1]
	// CPython 3.6 compiles them in any function of an async def's body.
	if st.sym == symForStmt {
		if reps, ok := r.asyncFor(n, st, sc); ok {
			return append(out, reps...)
		}
	} else if reps, ok := r.asyncWith(n, st, sc); ok {
		return append(out, reps...)
	}
	return r.collect(st, sc, out)
}

// asyncFor returns the replacements of "async for" (see above).
func (r *rewriter36) asyncFor(n, st *node, sc *scope36) ([]repl, bool) {
	k := st.kids
	target, iter, colon, body := k[1], k[3], k[4], k[5]
	head, ok := r.lineIndent(startOf(n))
	inner, ok2 := r.suiteIndent(body)
	if !ok || !ok2 || inner != "" && indentWidth(inner) <= indentWidth(head)+1 {
		return nil, false
	}
	at, pre, ok := r.afterSuite(body)
	if !ok {
		return nil, false
	}
	ind := head + " "
	it, v := r.asyncTemp("i"), r.asyncTemp("v")
	s := startOf(n)
	iterText := r.render(iter, sc)
	targetText := r.render(target, sc)
	// The body runs in an "if 1:" whose first statement binds the target
	// (a line of its own, standing for the header's line), so that break
	// and continue are the while's and the loop jumps back once per item,
	// as CPython's; a target over several lines goes in a one-item for
	// loop instead.
	nl := body.kids[0]
	flat := !strings.Contains(targetText, "\n") &&
		(inner == "" || nl.sym == symTok && nl.kind == tNewline && nl.pos < len(r.data) && r.data[nl.pos] == '\n')
	var b strings.Builder
	fmt.Fprintf(&b, "%s = %s('ai', (%s", it, coroHelper, iterText)
	padText := b.String()
	if !flat {
		padText += targetText
	}
	b.WriteString(r.pad(s, colon.end, padText) + ")); " + legacyAiter(it) + markedNL)
	fmt.Fprintf(&b, "%swhile %s('m', %s):%s", head, coroHelper, it, markedNL)
	fmt.Fprintf(&b, "%stry: %s = (yield from %s('an', %s))%s", ind, v, coroHelper, it, markedNL)
	fmt.Fprintf(&b, "%sexcept StopAsyncIteration: %s('e', %s); continue%s", ind, coroHelper, it, markedNL)
	var reps []repl
	switch {
	case flat && inner == "":
		fmt.Fprintf(&b, "%sif 1: %s = %s;", ind, targetText, v)
		reps = r.collect(body, sc, []repl{{s, colon.end, b.String()}})
	case flat:
		fmt.Fprintf(&b, "%sif 1:", ind)
		bind := repl{nl.pos + 1, nl.pos + 1, inner + targetText + " = " + v + tailNL}
		reps = r.collect(body, sc, []repl{{s, colon.end, b.String()}, bind})
	default:
		fmt.Fprintf(&b, "%sfor %s in (%s,):", ind, targetText, v)
		reps = r.collect(body, sc, []repl{{s, colon.end, b.String()}})
		reps = append(reps, repl{at, at, pre + ind + "else: continue" + tailNL + ind + "break" + tailNL})
	}
	for _, c := range k[6:] {
		reps = r.collect(c, sc, reps)
	}
	// CPython 3.6 drops the iterator from its stack where the loop ends,
	// by break too: the hidden name lets go of it after the statement
	// (after the else clause, which break skips; 'e' has let go of it
	// before the else clause runs), so that an asynchronous generator
	// left by break can be finalized there (its finalizer hook called)
	// rather than when the function ends. The line stands for the one
	// before it, which CPython gives no code there: no line event.
	last := body
	if len(k) > 6 {
		last = k[len(k)-1]
	}
	if end, pre, ok := r.afterSuite(last); ok {
		reps = append(reps, repl{end, end, pre + head + it + " = None" + tailNL})
	}
	return reps, true
}

// asyncWith returns the replacements of "async with" (see above).
func (r *rewriter36) asyncWith(n, st *node, sc *scope36) ([]repl, bool) {
	k := st.kids
	colon, body := k[len(k)-2], k[len(k)-1]
	items := everyOther(k[1 : len(k)-2])
	head, ok := r.lineIndent(startOf(n))
	inner, ok2 := r.suiteIndent(body)
	if !ok || !ok2 || inner != "" && indentWidth(inner) <= indentWidth(head)+len(items) {
		return nil, false
	}
	at, pre, ok := r.afterSuite(body)
	if !ok {
		return nil, false
	}
	level := func(i int) string { return head + strings.Repeat(" ", i) }
	s := startOf(n)
	mgrs, targets := make([]string, len(items)), make([]string, len(items))
	var rendered strings.Builder
	for i, it := range items {
		mgrs[i] = r.render(it.kids[0], sc)
		rendered.WriteString(mgrs[i])
		if len(it.kids) == 3 {
			targets[i] = r.render(it.kids[2], sc)
			rendered.WriteString(targets[i])
		}
	}
	// The header's newlines that the items' text lacks (between items):
	// kept inside the parentheses of the first item's await.
	pad := r.pad(s, colon.end, rendered.String())
	var b strings.Builder
	ws, es := make([]string, len(items)), make([]string, len(items))
	for i := range items {
		ws[i], es[i] = r.asyncTemp("w"), r.asyncTemp("e")
		if i > 0 {
			b.WriteString(level(i))
		}
		fmt.Fprintf(&b, "%s = %s('ae', (%s)); ", ws[i], coroHelper, mgrs[i])
		x := r.asyncTemp("x")
		fmt.Fprintf(&b, "%s = (yield from %s('aw', %s", x, coroHelper, ws[i])
		if i == 0 {
			// After the await of __aenter__, which 3.6 runs on the
			// header's first line: the target's line starts after it.
			b.WriteString(pad)
		}
		b.WriteString("))")
		bodyInd := level(i + 1)
		if i == len(items)-1 {
			bodyInd = inner
		}
		fmt.Fprintf(&b, "%s%stry:", markedNL, level(i))
		last := i == len(items)-1
		switch {
		case last && inner == "":
			if targets[i] != "" {
				fmt.Fprintf(&b, " %s = %s;", targets[i], x)
			}
		case targets[i] != "":
			fmt.Fprintf(&b, "%s%s%s = %s", markedNL, bodyInd, targets[i], x)
			if !last {
				b.WriteString(markedNL)
			}
		case !last:
			b.WriteString(markedNL)
		}
	}
	text := b.String()
	reps := []repl{{s, colon.end, text}}
	reps = r.collect(body, sc, reps)
	var tail strings.Builder
	tail.WriteString(pre)
	for i := len(items) - 1; i >= 0; i-- {
		l := level(i)
		fmt.Fprintf(&tail, "%sexcept BaseException as %s:%s", l, es[i], tailNL)
		fmt.Fprintf(&tail, "%s if not (yield from %s('ax', %s, %s)): raise%s", l, coroHelper, ws[i], es[i], tailNL)
		fmt.Fprintf(&tail, "%sfinally:%s", l, tailNL)
		fmt.Fprintf(&tail, "%s if %s('o', %s): (yield from %s('ax', %s, None))%s", l, coroHelper, ws[i], coroHelper, ws[i], tailNL)
	}
	return append(reps, repl{at, at, tail.String()}), true
}
