package compiler

// gpython's compiler ends the last branch of every if statement with a
// jump to the statement's end, which is a JUMP_FORWARD 0 when what
// follows compiles to nothing: when there is no else clause, or when the
// else clause holds only pass or constant expressions. CPython 3.6
// compiles no jump in the first case and keeps the JUMP_FORWARD 0 in the
// second (its peephole pass leaves it), so the two are told apart here by
// the source: emptyElseJumps lists the if statements that give such a
// jump, in the order of their jumps in the code.

// emptyElseJumps is, for the statements of body (a module, def or class:
// a code's construct, nested defs and classes left out), one entry per if
// statement whose last branch gpython ends with a JUMP_FORWARD 0, in the
// order of the code: true when 3.6 keeps the jump (an else clause that
// compiles to nothing). nil when body is not such a construct.
func emptyElseJumps(body *node) []bool {
	var stmts []*node
	switch {
	case body == nil:
		return nil
	case body.sym == symFileInput || body.sym == symSingleInput:
		stmts = body.kids
	case body.sym == symFuncdef || body.sym == symClassdef:
		stmts = []*node{body.kids[len(body.kids)-1]}
	default:
		return nil
	}
	var out []bool
	sure := true
	var walk func(list []*node)
	walk = func(list []*node) {
		for _, s := range list {
			switch s.sym {
			case symTok, symSimpleStmt, symFuncdef, symClassdef, symDecorated, symAsyncFuncdef, symLambdef:
				continue
			case symSuite:
				walk(s.kids)
			case symIfStmt:
				sure = ifJumps(s, walk, &out) && sure
			default:
				// Another compound statement: its suites and inner
				// statements, not its expressions.
				for _, c := range s.kids {
					if c.sym == symSuite || c.sym == symForStmt || c.sym == symWithStmt {
						walk([]*node{c})
					}
				}
			}
		}
	}
	walk(stmts)
	if !sure {
		return nil
	}
	return out
}

// ifJumps walks the branches of the if statement s in the order of its
// code and appends its entry to out when its last branch ends with a
// JUMP_FORWARD 0 in gpython's code. It is false when a branch's test is a
// constant: 3.6 compiles such a branch without test or jump, and
// gpython's jumps around it are not told apart here.
func ifJumps(s *node, walk func([]*node), out *[]bool) bool {
	k := s.kids
	// The branches: 'if'/'elif' test ':' suite; then 'else' ':' suite.
	last := -1 // index of the last branch's test
	for i := 0; i+3 < len(k); i++ {
		if k[i].is("if") || k[i].is("elif") {
			if constantTest(k[i+1]) {
				return false
			}
			last = i + 1
			walk([]*node{k[i+3]})
		}
	}
	var elseSuite *node
	if n := len(k); n >= 3 && k[n-3].is("else") {
		elseSuite = k[n-1]
	}
	if last < 0 {
		return false
	}
	if elseSuite == nil {
		*out = append(*out, false)
		return true
	}
	if !suiteEmitsCode(elseSuite) {
		*out = append(*out, true)
	}
	// An else with code: gpython's jump is not a JUMP_FORWARD 0.
	walk([]*node{elseSuite})
	return true
}

// constantTest reports whether 3.6's compiler takes the test t as a
// constant (expr_constant): a literal, ..., None, True, False or
// __debug__.
func constantTest(t *node) bool {
	return t.is("__debug__") || !emitsCode(t) // stmtlines.go
}

// suiteEmitsCode reports whether one statement of the suite s compiles to
// instructions.
func suiteEmitsCode(s *node) bool {
	for _, st := range s.kids {
		switch st.sym {
		case symTok:
			continue
		case symSimpleStmt:
			for _, k := range st.kids {
				if k.sym == symTok && (k.kind == tNewline || k.is(";")) {
					continue
				}
				if emitsCode(k) {
					return true
				}
			}
		default:
			return true
		}
	}
	return false
}

// keptEmptyElses maps the index in ins of each JUMP_FORWARD 0 that 3.6
// keeps (see emptyElseJumps) to true; nil when there is none or when the
// jumps of ins do not match the if statements of body one for one.
func keptEmptyElses(ins []bcInstr, body *node) map[int]bool {
	var idx []int
	for i, in := range ins {
		if in.op == fJUMP_FORWARD && in.arg == 0 && !in.ext {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return nil
	}
	jumps := emptyElseJumps(body)
	if len(jumps) != len(idx) {
		return nil
	}
	var keep map[int]bool
	for j, kept := range jumps {
		if kept {
			if keep == nil {
				keep = map[int]bool{}
			}
			keep[idx[j]] = true
		}
	}
	return keep
}
