package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// gpython's compiler lets a break that is not in a loop through when a
// try/finally or a with statement encloses it (its block stack holds
// those), and the loop then fails with a SystemError. CPython 3.6 rejects
// it when compiling: "'break' outside loop", at the break. This is checked
// on the parse tree once gpython has compiled the source.

// strayBreak is the first break statement of the tree that no loop body
// of its own function or class encloses (a loop's else clause is not its
// body), nil when there is none.
func strayBreak(root *node) *node {
	var found *node
	var walk func(n *node, inLoop bool)
	walk = func(n *node, inLoop bool) {
		if found != nil || n == nil {
			return
		}
		switch n.sym {
		case symTok:
			if n.s == "break" && !inLoop {
				found = n
			}
			return
		case symFuncdef, symClassdef, symLambdef:
			inLoop = false
		case symIfStmt, symWhileStmt:
			liveSuites(n, func(s *node, loopBody bool) { walk(s, inLoop || loopBody) })
			return
		case symForStmt:
			body := true // the first suite is the loop's body
			for _, k := range n.kids {
				if k.sym == symSuite {
					walk(k, inLoop || body)
					body = false
				}
			}
			return
		}
		for _, k := range n.kids {
			walk(k, inLoop)
		}
	}
	walk(root, false)
	return found
}

// loopControlError is CPython's SyntaxError for blocks nested too deep or
// a stray break in the checked source, nil when there is none.
func (ck *checked) loopControlError(filename string) error {
	if ck.root == nil {
		return nil
	}
	// A block adds at most two to the depth, a with statement its items,
	// and only in the suite it heads.
	if ck.facts.maxSuites*max(2, ck.facts.maxWith) > maxBlocks && tooDeep(ck.root) {
		msg := py.Tuple{py.String("too many statically nested blocks")}
		e := &py.Exception{Base: py.SyntaxError, Args: msg, Dict: py.StringDict{}}
		pyutil.InitSyntaxError(e, msg)
		return e
	}
	if !ck.facts.looseBreak { // every break is in a loop body
		return nil
	}
	b := strayBreak(ck.root)
	if b == nil {
		return nil
	}
	return newSyntaxError(py.SyntaxError, "'break' outside loop", filename, b.line, b.col, programText(filename, b.line))
}

// CPython's compiler keeps at most 20 blocks (CO_MAXBLOCKS) open in a
// function: each loop body, try body (two with both except and finally),
// except clause, finally clause and with item opens one. A body deeper
// than that is its SyntaxError "too many statically nested blocks" (with
// no location); gpython would compile it.
const maxBlocks = 20

// tooDeep reports whether a body of the tree is nested in more than
// maxBlocks blocks of its function or class.
func tooDeep(root *node) bool {
	deep := false
	var walk func(n *node, depth int)
	suites := func(n *node, depth int, extra func(i int) int) {
		for i, k := range n.kids {
			if k.sym == symSuite {
				walk(k, depth+extra(i))
			} else {
				walk(k, depth)
			}
		}
	}
	walk = func(n *node, depth int) {
		if deep || n == nil {
			return
		}
		if depth > maxBlocks {
			deep = true
			return
		}
		switch n.sym {
		case symTok:
			return
		case symFuncdef, symClassdef, symLambdef:
			depth = 0
		case symIfStmt, symWhileStmt:
			liveSuites(n, func(s *node, loopBody bool) {
				if loopBody {
					walk(s, depth+1)
				} else {
					walk(s, depth)
				}
			})
			return
		case symForStmt:
			first := true
			suites(n, depth, func(int) int {
				if first {
					first = false
					return 1
				}
				return 0 // the else clause
			})
			return
		case symWithStmt:
			items := 1 // and one more after each comma
			for _, k := range n.kids {
				if k.is(",") {
					items++
				}
			}
			suites(n, depth, func(int) int { return items })
			return
		case symTryStmt:
			hasFinally, hasExcept := false, false
			for _, k := range n.kids {
				hasFinally = hasFinally || k.is("finally")
				hasExcept = hasExcept || k.sym == symExceptClause
			}
			fin := 0
			if hasFinally {
				fin = 1
			}
			suites(n, depth, func(i int) int {
				switch head := n.kids[i-2]; {
				case head.is("try"):
					if hasExcept {
						return 1 + fin
					}
					return 1
				case head.sym == symExceptClause:
					return 1 + fin
				case head.is("else"):
					return fin
				}
				return 1 // finally
			})
			return
		}
		for _, k := range n.kids {
			walk(k, depth)
		}
	}
	walk(root, 0)
	return deep
}

// CPython 3.6's compiler does not compile the body of an if or while
// whose test is a constant it knows false (nor the rest of an if after a
// test it knows true), so nothing in it is an error there: the walks
// above leave out what liveSuites does.

// liveSuites calls visit on each suite of the if or while statement n
// that CPython compiles, with whether it is a while's body.
func liveSuites(n *node, visit func(s *node, loopBody bool)) {
	k := n.kids
	for i := 0; i < len(k); i++ {
		if k[i].sym != symSuite {
			continue
		}
		head := k[i-2] // the test, or "else" before ':'
		if head.is("else") {
			visit(k[i], false)
			continue
		}
		switch constTruth(head) {
		case 0:
			continue
		case 1:
			visit(k[i], n.sym == symWhileStmt)
			if n.sym == symIfStmt {
				return
			}
			continue
		}
		visit(k[i], n.sym == symWhileStmt)
	}
}

// constTruth is the truth of the expression n when it is a constant
// CPython 3.6's compiler evaluates (a number, a single str or bytes
// literal, True, False, None, __debug__, ...): 1 or 0; -1 otherwise.
func constTruth(n *node) int {
	if n.sym == symAtom && len(n.kids) == 1 {
		n = n.kids[0]
	}
	if n.sym != symTok {
		return -1
	}
	truth := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	switch n.kind {
	case tName:
		switch n.s {
		case "True", "__debug__":
			return 1
		case "False", "None":
			return 0
		}
	case tNumber:
		digits := strings.ToLower(strings.ReplaceAll(n.s, "_", ""))
		if len(digits) > 2 && digits[0] == '0' && strings.ContainsRune("xob", rune(digits[1])) {
			return truth(strings.Trim(digits[2:], "0") != "")
		}
		digits = strings.TrimSuffix(digits, "j")
		mant, _, _ := strings.Cut(digits, "e")
		return truth(strings.Trim(mant, "0.") != "")
	case tString:
		body := strings.TrimLeft(n.s, "rRbBuU")
		if strings.ContainsAny(n.s[:len(n.s)-len(body)], "fF") {
			return -1
		}
		return truth(len(body) > 2 && body != `""""""` && body != "''''''")
	case tOp:
		if n.s == "..." {
			return 1
		}
	}
	return -1
}
