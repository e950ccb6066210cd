package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Rewrite returns src with every f-string atom replaced by an equivalent
// expression that gpython's parser accepts (see the package documentation),
// or, when an f-string is malformed, the exception CPython 3.6 raises for
// src: a SyntaxError, maybe another one found first, or the ValueError and
// MemoryError of check. mode is the compile mode
// src will be compiled in. Other errors of src are not looked for: Compile
// does that.
//
// Source without an f-string is returned unchanged, byte for byte. The
// result always has the same number of newlines as src, and code outside
// f-strings stays on its line. Rewrite is safe for concurrent use; it never
// panics, whatever src holds.
func Rewrite(src, filename string, mode py.CompileMode) (string, error) {
	r := rewriter{check: checkField}
	out, ferr := r.rewrite(src, filename)
	if ferr == nil {
		return out, nil
	}
	if _, err := check(src, filename, mode, false); err != nil {
		return "", err
	}
	return "", ferr.exc
}

// rewriteChecked is Rewrite for source that check has accepted: the field
// expressions are not compiled again.
func rewriteChecked(src, filename string) (string, error) {
	out, ferr := (&rewriter{}).rewrite(src, filename)
	if ferr != nil {
		return "", ferr.exc
	}
	return out, nil
}

// fieldFile is the file name of a field's expression, compiled on its own.
const fieldFile = "<fstring>"

// fstringError is the first f-string error of a source.
type fstringError struct {
	exc *py.Exception
	// atom is true for an error raised at a string atom (ast_error in
	// CPython): an enclosing field's compilation moves it to the file's
	// coordinates, as CPython's fstring_fix_node_location moves the nodes it
	// is reported at. Errors of gpython's parser on a field's expression
	// keep their "<fstring>" position.
	atom bool
}

func (e *fstringError) Error() string { return e.exc.Error() }

// rewriter carries what rewriting needs besides the source.
type rewriter struct {
	// check compiles a field's expression, given as "(expr)", as CPython
	// compiles each one on its own (checkField); token is the text of the
	// first literal of the enclosing atom, line and col its position. nil
	// skips the check, for source already checked.
	check func(src, token string, line, col int) error
}

// rewrite replaces the f-string atoms of src. On the first malformed atom
// it records the error and replaces that atom and all later ones by a
// placeholder of the same newlines, so that the result can still be parsed
// to look for errors that CPython would report first.
func (r *rewriter) rewrite(src, filename string) (string, *fstringError) {
	if !mayHaveFString(src) && !mayHaveSurrogate(src) {
		return src, nil
	}
	atoms := scanAtoms(src)
	if len(atoms) == 0 {
		return src, nil
	}
	var b strings.Builder
	b.Grow(len(src) + 32*len(atoms))
	last := 0
	var ferr *fstringError
	for i := range atoms {
		a := &atoms[i]
		b.WriteString(src[last:a.start()])
		last = a.end()
		if ferr == nil {
			code, err := r.atom(src, filename, a)
			if err == nil {
				b.WriteString(code)
				continue
			}
			ferr = err
		}
		b.WriteString("(''")
		b.WriteString(strings.Repeat("\n", strings.Count(src[a.start():a.end()], "\n")))
		b.WriteString(")")
	}
	b.WriteString(src[last:])
	return b.String(), ferr
}

// atom returns the replacement of one atom, following CPython's
// parsestrplus: literals left to right, each plain one decoded before the
// check that bytes and str are not mixed, each f-string parsed after it.
func (r *rewriter) atom(src, filename string, a *atom) (string, *fstringError) {
	first := &a.toks[0]
	line, col := first.endLine, first.col // CPython 3.6 dates a literal by its last line
	if first.line != first.endLine {
		col = -1
	}
	atErr := func(msg string) *fstringError {
		// The line's text is found only for an error: looking it up for
		// every atom made a module of many f-strings quadratic.
		text := lineText(src, line)
		if filename == fieldFile {
			// CPython reads the line from the file "<fstring>", which is
			// not there: the error has no text.
			text = ""
		}
		return &fstringError{exc: syntaxError(msg, filename, line, col, text), atom: true}
	}
	var pieces []piece
	exprNL, firstExprNL := 0, 0
	for i := range a.toks {
		t := &a.toks[i]
		var lit []rune
		if !t.fstring {
			var err error
			if t.bytes {
				err = checkBytes(t.body, t.raw)
			} else if msg := utf8LiteralError(t.body, t.raw || strings.IndexByte(t.body, '\\') < 0); msg != "" {
				return "", atErr(msg) // utf8literal.go
			} else {
				lit, err = decodeLiteral(t.body, t.raw)
			}
			if err != nil {
				return "", atErr(err.Error())
			}
		}
		if i != 0 && a.toks[i-1].bytes != t.bytes {
			return "", atErr("cannot mix bytes and nonbytes literals")
		}
		if !t.fstring {
			pieces = appendLit(pieces, lit)
			continue
		}
		p := fparser{body: t.body, raw: t.raw}
		p.compileExpr = func(expr string) (string, error) {
			out, err := r.expr(expr, first.text(src), line, col)
			if err != nil {
				return "", err
			}
			exprNL += strings.Count(out, "\n")
			return out, nil
		}
		ps, err := p.parse(0)
		switch e := err.(type) {
		case nil:
		case atomError:
			return "", atErr(string(e))
		case *fstringError:
			return "", e
		default:
			return "", atErr(err.Error())
		}
		for _, pc := range ps {
			if pc.field == nil {
				pieces = appendLit(pieces, pc.lit)
			} else {
				pieces = append(pieces, pc)
			}
		}
		if i == 0 {
			firstExprNL = exprNL
		}
	}
	total := strings.Count(src[a.start():a.end()], "\n")
	if !a.hasFString() && first.bytes {
		// raw bytes going on after a backslash-newline (rawcont.go)
		var value []byte
		for i := range a.toks {
			value = append(value, bytesValue(a.toks[i].body, a.toks[i].raw)...)
		}
		return onLastLine(bytesLiteral(value, 0), total), nil
	}
	if !a.hasFString() {
		// A plain literal with a lone surrogate (surrogates.go), or a raw
		// one with a backslash-newline (rawcont.go).
		var runes []rune
		for _, pc := range pieces {
			runes = append(runes, pc.lit...)
		}
		if a.hasRawContinuation() && !a.hasSurrogate() {
			return onLastLine(surrogateLiteral(runes, 0), total), nil
		}
		return surrogateLiteral(runes, total), nil
	}
	before := strings.Count(first.text(src), "\n") - firstExprNL
	return emitAtom(pieces, before, total-before-exprNL), nil
}

// expr compiles a field's expression as CPython's fstring_compile_expr
// does, and returns it rewritten into "(expr)" form, f-strings in it
// included. token is the text of the first literal of the enclosing atom,
// line and col the atom's position, which the errors found after parsing
// the expression are moved to (checkField).
func (r *rewriter) expr(expr, token string, line, col int) (string, error) {
	src := "(" + expr + ")"
	if r.check != nil && !isDottedName(expr) {
		if err := r.check(src, token, line, col); err != nil {
			return "", &fstringError{exc: asException(err, fieldFile)}
		}
	}
	src = unpackField(src)
	out, ferr := (&rewriter{}).rewrite(src, fieldFile)
	if ferr != nil {
		return "", ferr
	}
	return out, nil
}

// unpackField rewrites the PEP 448 constructs of a field's expression
// "(expr)" (rewriteUnpack); src itself when it has none or does not parse
// (its errors are check's to report).
func unpackField(src string) string {
	if !strings.Contains(src, "*") || strings.Contains(src, "\r") {
		return src
	}
	root, err := parse(src, fieldFile, py.EvalMode, false)
	if err != nil {
		return src
	}
	if out, ok := rewriteUnpack(root, src); ok {
		return out
	}
	return src
}

// appendLit appends literal text to pieces, merging it with a literal
// before it.
func appendLit(pieces []piece, lit []rune) []piece {
	if len(lit) == 0 {
		return pieces
	}
	if n := len(pieces); n > 0 && pieces[n-1].field == nil {
		pieces[n-1].lit = append(pieces[n-1].lit, lit...)
		return pieces
	}
	return append(pieces, piece{lit: append([]rune(nil), lit...)})
}

// mayHaveFString is a quick test: false means src has no f-string (no f
// or F directly before a quote, or before r/R and a quote).
func mayHaveFString(src string) bool {
	for i := 0; i+1 < len(src); i++ {
		if src[i] != 'f' && src[i] != 'F' {
			continue
		}
		c := src[i+1]
		if c == '"' || c == '\'' {
			return true
		}
		if (c == 'r' || c == 'R') && i+2 < len(src) && (src[i+2] == '"' || src[i+2] == '\'') {
			return true
		}
	}
	return false
}

// isDottedName reports whether expr, blanks around it aside, is a name or
// an attribute chain (x, self.width) of ASCII names that are not keywords:
// an expression that compiles, so that expr need not check it.
func isDottedName(expr string) bool {
	expr = strings.Trim(expr, " \t\n\f")
	if expr == "" {
		return false
	}
	for _, part := range strings.Split(expr, ".") {
		if part == "" || isDigit(part[0]) || keywords[part] {
			return false
		}
		for i := 0; i < len(part); i++ {
			if c := part[i]; c >= 0x80 || !isIdentChar(c) {
				return false
			}
		}
	}
	return true
}

// keywords are Python 3.6's reserved words, and async and await.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true,
	"global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true,
	"yield": true,
}
