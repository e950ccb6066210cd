package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// CPython 3.6 writes a line-table entry at the first instruction of every
// statement, also where the statement shares its line with the one
// before (a = 1; b = 2, or if x: y): the entry then advances the address
// alone. gpython's table steps only where the line grows, so the gaps
// that peepholeSkipped (peepskip.go) measures from its table run over
// every statement of such a line. sharedStmtLines finds those lines in
// the tree, one code object at a time, so that the gaps starting on them
// are left out, as 3.6's split ones are.

// codeBodies maps each code object compiled from a tree to the construct
// that made it: the module's root, a def or a class (a lambda's or a
// comprehension's code holds no statement).
type codeBodies map[*py.Code]*node

// sharedStmtLines maps each line on which two statements or more of the
// scope n (a module, def or class, its nested defs' bodies not included)
// start that compile to code of their own to their number; nil when
// there is none.
func sharedStmtLines(n *node) map[int]int {
	if n == nil {
		return nil
	}
	var body []*node
	docCode := true // a module's or class's docstring is stored in __doc__
	switch n.sym {
	case symFileInput, symSingleInput:
		body = n.kids
	case symFuncdef, symClassdef:
		body = n.kids[len(n.kids)-1].kids // the suite
		docCode = n.sym == symClassdef
	default:
		return nil
	}
	count := map[int]int{}
	at := func(n *node) { count[firstLeaf(n).line]++ }
	var stmts func(list []*node, first bool)
	stmts = func(list []*node, first bool) {
		for _, s := range list {
			if s.sym == symTok {
				continue
			}
			switch s.sym {
			case symSimpleStmt:
				for _, k := range s.kids {
					if k.sym == symTok && (k.kind == tNewline || k.is(";")) {
						continue
					}
					if emitsCode(k) || first && docCode && isStringStmt(k, false) {
						at(k)
					}
					first = false
				}
				continue
			case symFuncdef, symClassdef, symDecorated, symAsyncFuncdef:
				at(s)
			default:
				// A compound statement: its own line, each elif's and
				// except clause's (3.6 numbers those too), its suites.
				at(s)
				inner := s
				if s.sym == symAsyncStmt {
					if inner = s.kids[1]; inner.sym == symFuncdef {
						break
					}
				}
				for _, k := range inner.kids {
					switch {
					case k.is("elif") || k.sym == symExceptClause:
						at(k)
					case k.sym == symSuite:
						stmts(k.kids, false)
					}
				}
			}
			first = false
		}
	}
	stmts(body, true)
	var shared map[int]int
	for line, c := range count {
		if c > 1 {
			if shared == nil {
				shared = map[int]int{}
			}
			shared[line] = c
		}
	}
	return shared
}

// emitsCode reports whether the small statement k compiles to
// instructions in 3.6: pass, global and nonlocal do not, nor does an
// expression statement that is a constant (a number, str or bytes
// literal, ..., None, True, False; an f-string is not one).
func emitsCode(k *node) bool {
	if k.sym == symExprStmt && len(k.kids) == 1 {
		k = k.kids[0]
	}
	switch {
	case k.is("pass"), k.sym == symGlobalStmt, k.sym == symNonlocalStmt:
		return false
	case k.sym == symTok && k.kind == tNumber,
		k.is("..."), k.is("None"), k.is("True"), k.is("False"):
		return false
	}
	return !isStringStmt(k, true)
}

// isStringStmt reports whether k is a str literal (or a bytes one, when
// bytes), implicitly concatenated or not, without an f-string among its
// parts.
func isStringStmt(k *node, bytes bool) bool {
	if k.sym == symExprStmt && len(k.kids) == 1 {
		k = k.kids[0]
	}
	parts := []*node{k}
	if k.sym == symAtom {
		parts = k.kids
	}
	for _, p := range parts {
		if p.sym != symTok || p.kind != tString {
			return false
		}
		q := strings.IndexAny(p.s, `'"`)
		if q < 0 {
			return false
		}
		prefix := strings.ToLower(p.s[:q])
		if strings.Contains(prefix, "f") || !bytes && strings.Contains(prefix, "b") {
			return false
		}
	}
	return true
}
