package compiler

import "github.com/go-python/gpython/py"

// This file checks from __future__ imports as CPython 3.6 does: the ones
// at the start of a module (after its docstring) must name known
// features (Python/future.c, after the AST is built); one anywhere else is
// an error of the code generator (Python/compile.c).

// futureFeatures are the features CPython 3.6 knows.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true,
	"absolute_import": true, "with_statement": true, "print_function": true,
	"unicode_literals": true, "barry_as_FLUFL": true, "generator_stop": true,
}

// moduleStmts are the statements of a module (file_input or
// single_input), one per small statement of a simple_stmt.
func moduleStmts(root *node) []*node {
	var out []*node
	for _, s := range root.kids {
		if s.sym != symSimpleStmt {
			out = append(out, s)
			continue
		}
		for i := 0; i < len(s.kids)-1; i += 2 {
			out = append(out, s.kids[i])
		}
	}
	return out
}

// isFutureImport reports whether n is from __future__ import ...
func isFutureImport(n *node) bool {
	if n.sym != symImportFrom {
		return false
	}
	mod := n.kids[1]
	return mod.sym == symDottedName && len(mod.kids) == 1 && mod.kids[0].s == "__future__"
}

// isDocstring reports whether statement n is a docstring: an expression
// statement that is a str literal (no bytes, no f-string).
func isDocstring(n *node) bool {
	if n.sym != symExprStmt || len(n.kids) != 1 {
		return false
	}
	a := n.kids[0]
	if a.sym != symAtom || a.kids[0].kind != tString {
		return false
	}
	for _, t := range a.kids {
		s := t.s
		for i := 0; s[i] != '\'' && s[i] != '"'; i++ {
			if c := s[i] | 0x20; c == 'b' || c == 'f' {
				return false
			}
		}
	}
	return true
}

// futureError returns the line of the last future import at the start of
// the module root (-1: none), and their error (nil: none).
func futureError(root *node, filename string) (int, error) {
	ffLine := -1
	if root.sym != symFileInput && root.sym != symSingleInput {
		return ffLine, nil
	}
	stmts := moduleStmts(root)
	if len(stmts) > 0 && isDocstring(stmts[0]) {
		stmts = stmts[1:]
	}
	done, prevLine := false, 0
	for _, s := range stmts {
		if done && s.line > prevLine {
			break
		}
		prevLine = s.line
		if !isFutureImport(s) {
			done = true
			continue
		}
		if done {
			return ffLine, locatedError("from __future__ imports must occur at the beginning of the file", filename, s.line, s.col)
		}
		for _, name := range importedNames(s) {
			switch {
			case futureFeatures[name]:
			case name == "braces":
				return ffLine, locatedError("not a chance", filename, s.line, s.col)
			default:
				return ffLine, locatedError("future feature "+name+" is not defined", filename, s.line, s.col)
			}
		}
		ffLine = s.line
	}
	return ffLine, nil
}

// importedNames are the names imported by a from-import ("*" for all).
func importedNames(n *node) []string {
	last := n.kids[len(n.kids)-1]
	if last.is("*") {
		return []string{"*"}
	}
	names := last
	if last.is(")") {
		names = n.kids[len(n.kids)-2]
	}
	var out []string
	for _, a := range everyOther(names.kids) {
		out = append(out, a.kids[0].s)
	}
	return out
}

// lateFuture is the first from __future__ import after line ffLine,
// anywhere in the tree, or nil.
func lateFuture(n *node, ffLine int) *node {
	if isFutureImport(n) && n.line > ffLine {
		return n
	}
	for _, k := range n.kids {
		if f := lateFuture(k, ffLine); f != nil {
			return f
		}
	}
	return nil
}

// locatedError is CPython's SyntaxError(msg) located afterwards at line
// and col (PyErr_SyntaxLocationObject): the message alone as arguments,
// the text read from the file.
func locatedError(msg, filename string, line, col int) *py.Exception {
	e := &py.Exception{Base: py.SyntaxError, Args: py.Tuple{py.String(msg)}, Dict: py.StringDict{}}
	setLocation(e, msg, filename, line, col, programText(filename, line))
	return e
}
