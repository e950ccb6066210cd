package compiler

import (
	"fmt"
	"strings"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// PEP 526 (variable annotations) is rewritten here, with CPython 3.6's
// semantics (Python/compile.c, compiler_annassign): the value, if any, is
// assigned first by a plain assignment; then, in a module or class body
// and for a simple name only, the annotation is evaluated and stored in
// the body's __annotations__ dict, which is created at the start of the
// body. In a function nothing is evaluated or stored. The stores become
// 3.6's instructions (M is a marker constant, see annStoreMark):
//
//	x: int = 5     ->  x = (5); (int, M'store:x')       STORE_ANNOTATION, module, class
//	x: int         ->  (int, M'store:x')
//	x: int = 5     ->  x = (5)                          function
//	x: int         ->  if 0: x = (0)                    function: x is local
//	a.b: int       ->  (a, M'discard'); (int, M'discard')   target's object, then annotation
//	a[i]: int      ->  (a, M'discard'); (i, M'discard'); (int, M'discard')
//	(x): int = 1   ->  x = (1); (int, M'discard')
//
// A body that holds an annotation starts with SETUP_ANNOTATIONS (annSetup):
// before its first statement when that is a simple statement, after the
// docstring and the from __future__ imports when there are some, else on
// the blank or comment line just before the first statement. When there is
// no such place, the dict is made by the first store instead, through
// the builtin __pep526__('A', locals(), name, annotation)
// (annotations_rt.go).
//
// CPython's symbol table errors for annotated names declared global or
// nonlocal are raised here.

const annHelper = "__pep526__"

// The statements that compile to 3.6's SETUP_ANNOTATIONS and
// STORE_ANNOTATION and to values evaluated and dropped: tuple displays
// ending with a marker (emit.go's scheme), lowered by lowerFString.
const (
	annSetup       = "('" + fstringMark + "setup',)"
	annDiscardMark = "'" + fstringMark + "discard'"
)

// annStoreMark is the marker of a store of name's annotation.
func annStoreMark(name string) string { return "'" + fstringMark + "store:" + name + "'" }

// annassign returns the replacement of the expression statement n,
// "target: annotation [= value]".
func (r *rewriter36) annassign(n *node, sc *scope36, out []repl) []repl {
	target, ann := n.kids[0], n.kids[1]
	annExpr := ann.kids[1]
	var value *node
	if len(ann.kids) == 4 {
		value = ann.kids[3]
	}
	s, e := span(n)
	simple := target.sym == symTok && target.kind == tName
	inner := unparen(target)
	if simple {
		name := target.s
		switch {
		case sc.globals[name]:
			r.fail(locatedError(fmt.Sprintf("annotated name '%s' can't be global", name), r.filename, n.line, n.col))
			return out
		case sc.nonlocals[name]:
			r.fail(locatedError(fmt.Sprintf("annotated name '%s' can't be nonlocal", name), r.filename, n.line, n.col))
			return out
		}
		sc.annotated[name] = true
	}
	stores := sc.kind != scFunction
	var b strings.Builder
	if stores && sc.lazy && !simple {
		b.WriteString(annSetup + "; ")
	}
	if value != nil {
		// The value keeps its last line: the newlines the statement loses
		// go before it, and the annotation, evaluated after it, is put
		// after it, where CPython 3.6 (whose line numbers never go back
		// within a statement) reports its errors.
		var head strings.Builder
		if simple {
			head.WriteString(sc.mangled(target.s))
		} else {
			head.WriteString(r.render(target, sc))
		}
		head.WriteString(" = (")
		val := r.render(value, sc)
		var tail string
		if stores {
			if simple {
				name := mangle(sc.class, target.s, sc.kind == scClass)
				if sc.lazy {
					tail = fmt.Sprintf("); %s('A', locals(), '%s', %s)", annHelper, name, flatten(r.render(annExpr, sc)))
				} else {
					tail = fmt.Sprintf("); (%s, %s)", flatten(r.render(annExpr, sc)), annStoreMark(name))
				}
			} else {
				tail = fmt.Sprintf("); (%s, %s)", flatten(r.render(annExpr, sc)), annDiscardMark)
			}
		} else {
			tail = ")"
		}
		b.WriteString(head.String())
		b.WriteString(r.pad(s, e, b.String()+val+tail))
		b.WriteString(val)
		b.WriteString(tail)
		return append(out, repl{s, e, b.String()})
	}
	switch {
	case simple && stores:
		name := mangle(sc.class, target.s, sc.kind == scClass)
		if sc.lazy {
			fmt.Fprintf(&b, "%s('A', locals(), '%s', %s", annHelper, name, r.render(annExpr, sc))
		} else {
			fmt.Fprintf(&b, "(%s, %s", r.render(annExpr, sc), annStoreMark(name))
		}
	default:
		parts := r.targetParts(inner, sc)
		if stores {
			parts = append(parts, r.render(annExpr, sc))
		}
		if len(parts) == 0 {
			if simple && sc.kind == scFunction && r.ownLine(n) {
				b.WriteString("if 0: " + sc.mangled(target.s) + " = (0")
			} else {
				b.WriteString("(None")
			}
		} else {
			// Each part is evaluated and dropped in turn.
			for _, p := range parts[:len(parts)-1] {
				fmt.Fprintf(&b, "(%s, %s); ", p, annDiscardMark)
			}
			fmt.Fprintf(&b, "(%s, %s", parts[len(parts)-1], annDiscardMark)
		}
	}
	b.WriteString(r.pad(s, e, b.String()))
	b.WriteString(")")
	return append(out, repl{s, e, b.String()})
}

// flatten is the expression text on one line when its newlines can be
// dropped (no comment, string or line continuation in it), else text.
func flatten(text string) string {
	if !strings.Contains(text, "\n") || strings.ContainsAny(text, "#'\"\\") {
		return text
	}
	return strings.ReplaceAll(text, "\n", " ")
}

// pad is the newlines of data[s:e] that text lacks.
func (r *rewriter36) pad(s, e int, text string) string {
	if k := r.nl(s, e) - strings.Count(text, "\n"); k > 0 {
		return strings.Repeat("\n", k)
	}
	return ""
}

// targetParts are the expressions CPython 3.6 evaluates for an annotated
// target without a value: the object of an attribute, the object and the
// index (or slice bounds) of a subscript, nothing for a name.
func (r *rewriter36) targetParts(t *node, sc *scope36) []string {
	if t.sym != symAtomExpr {
		return nil
	}
	k := t.kids
	last := k[len(k)-1]
	s, _ := span(k[0])
	obj := r.renderRange(s, startOf(last), r.collectRange(k[:len(k)-1], sc))
	parts := []string{obj}
	if last.kids[0].is("[") {
		sub := last.kids[1]
		var subs []*node
		if sub.sym == symSubscriptlist {
			subs = everyOther(sub.kids)
		} else {
			subs = []*node{sub}
		}
		for _, x := range subs {
			if x.sym != symSubscript {
				parts = append(parts, r.render(x, sc))
				continue
			}
			for _, c := range x.kids {
				switch {
				case c.sym == symSliceop:
					if len(c.kids) == 2 {
						parts = append(parts, r.render(c.kids[1], sc))
					}
				case c.is(":"):
				default:
					parts = append(parts, r.render(c, sc))
				}
			}
		}
	}
	return parts
}

// startOf is the offset of n's first token.
func startOf(n *node) int {
	s, _ := span(n)
	return s
}

// collectRange collects the replacements of several nodes.
func (r *rewriter36) collectRange(ns []*node, sc *scope36) []repl {
	var out []repl
	for _, n := range ns {
		out = r.collect(n, sc, out)
	}
	return out
}

// ownLine reports whether the statement n is alone on its logical line, in
// a block of statements (so that a compound statement can replace it).
func (r *rewriter36) ownLine(n *node) bool {
	s, e := span(n)
	i := strings.LastIndexByte(r.data[:s], '\n') + 1
	if strings.TrimLeft(r.data[i:s], " \t\f") != "" {
		return false
	}
	rest := r.data[e:]
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	rest = strings.TrimLeft(rest, " \t\f")
	return rest == "" || rest[0] == '#'
}

// mangle is CPython's private name mangling of name in the class cls.
func mangle(cls, name string, inClass bool) string {
	if !inClass {
		return name
	}
	return pyutil.Mangle(cls, name)
}

// declare records the names of a global or nonlocal statement, raising
// CPython's error for a name annotated before.
func (r *rewriter36) declare(n *node, sc *scope36) {
	kw := "global"
	set := sc.globals
	if n.sym == symNonlocalStmt {
		kw, set = "nonlocal", sc.nonlocals
	}
	for _, k := range n.kids[1:] {
		if k.sym != symTok || k.kind != tName {
			continue
		}
		if sc.annotated[k.s] && !sc.params[k.s] && !sc.used[k.s] {
			r.fail(locatedError(fmt.Sprintf("annotated name '%s' can't be %s", k.s, kw), r.filename, n.line, n.col))
			return
		}
		set[k.s] = true
	}
}

// hasAnn reports whether the statements hold an annotated assignment
// outside nested functions and classes (CPython's find_ann).
func hasAnn(stmts []*node) bool {
	for _, s := range stmts {
		if findAnn(s) {
			return true
		}
	}
	return false
}

func findAnn(n *node) bool {
	switch n.sym {
	case symAnnassign:
		return true
	case symFuncdef, symClassdef, symDecorated, symAsyncFuncdef, symLambdef:
		return false
	case symAsyncStmt:
		if n.kids[1].sym == symFuncdef {
			return false
		}
	case symTok:
		return false
	}
	for _, k := range n.kids {
		if findAnn(k) {
			return true
		}
	}
	return false
}

// setupAnnotations appends the set-up of __annotations__ at the start of a
// module or class body (stmts; colon is the class's colon, nil for a
// module) when the body holds an annotation, or marks sc lazy.
func (r *rewriter36) setupAnnotations(body *node, stmts []*node, colon *node, sc *scope36, out []repl) []repl {
	if !hasAnn(stmts) {
		return out
	}
	const setup = annSetup
	// After a docstring and from __future__ imports.
	var after *node
	for _, st := range stmts {
		if st.sym != symSimpleStmt {
			break
		}
		done := false
		for _, small := range everyOther(st.kids[:len(st.kids)-1]) {
			if !(after == nil && isDocstring(small) || isFutureImport(small)) {
				done = true
				break
			}
			after = small
		}
		if done {
			break
		}
	}
	if after != nil {
		_, e := span(after)
		return append(out, repl{e, e, "; " + setup})
	}
	first := stmts[0]
	s, _ := span(first)
	if first.sym == symSimpleStmt {
		return append(out, repl{s, s, setup + "; "})
	}
	// A blank or comment line just before the first statement.
	lineStart := strings.LastIndexByte(r.data[:s], '\n') + 1
	indent := r.data[lineStart:s]
	if lineStart > 0 && strings.TrimLeft(indent, " \t\f") == "" {
		prevStart := strings.LastIndexByte(r.data[:lineStart-1], '\n') + 1
		prev := r.data[prevStart : lineStart-1]
		before := r.data[:prevStart]
		okPrev := strings.TrimLeft(prev, " \t\f") == "" || strings.HasPrefix(strings.TrimLeft(prev, " \t\f"), "#")
		notCont := !strings.HasSuffix(strings.TrimRight(before, "\n"), "\\")
		if colon != nil {
			_, ce := span(colon)
			okPrev = okPrev && ce <= prevStart
		}
		if okPrev && notCont {
			text := indent + setup
			if c := strings.TrimLeft(prev, " \t\f"); c != "" {
				text += "  " + c
			}
			return append(out, repl{prevStart, lineStart - 1, text})
		}
	}
	sc.lazy = true
	return out
}
