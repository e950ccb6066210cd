package compiler

import (
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// This file is the syntax check that Compile runs before gpython's
// compiler: CPython 3.6's tokenizer and parser (lexer.go, parser.go), then
// the errors CPython raises while it turns the parse tree into an AST
// (Python/ast.c), in the order it raises them. gpython's own compiler
// then only sees source that CPython parses, and reports what CPython
// finds later still (symbol tables, code generation); see gpython.go.

// checked is what the syntax check learnt of a source that passed it.
type checked struct {
	root   *node
	facts  treeFacts // root's
	ffLine int       // the line of the last from __future__ import at the start, -1 if none
	// data, mode, file: what root was parsed from, for tree.
	data string
	mode py.CompileMode
	file bool
}

// release gives the memory of ck's tree to the next parse: nothing may use
// the tree, or hold a node of it, after.
func (ck *checked) release() {
	mem := ck.facts.mem
	ck.root, ck.facts = nil, treeFacts{}
	mem.release()
}

// tree is the parse tree of data (newlines translated) in mode: the
// checked tree when data is the text the check parsed as a string, or
// that text with the newline the lexer adds at the end of exec input
// (the rewrites often leave a source as it is, and parsing was the front
// end's largest cost); else a fresh parse.
func (ck *checked) tree(data, filename string, mode py.CompileMode) (*node, error) {
	if ck.root != nil && !ck.file && mode == ck.mode &&
		(data == ck.data || mode == py.ExecMode && !strings.HasSuffix(ck.data, "\n") && len(data) == len(ck.data)+1 && data[len(ck.data)] == '\n' && data[:len(ck.data)] == ck.data) {
		return ck.root, nil
	}
	return parse(data, filename, mode, false)
}

// check returns the exception CPython 3.6 raises when it parses src in
// mode and builds its AST, or what it learnt of src. fileInput says that
// src is read as a file (a script run from the command line), not as a
// string.
func check(src, filename string, mode py.CompileMode, fileInput bool) (*checked, error) {
	if strings.IndexByte(src, 0) >= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "source code string cannot contain null bytes")
	}
	data := translateNewlines(src)
	root, facts, err := parseFacts(data, filename, mode, fileInput)
	if err != nil {
		return nil, err
	}
	c := newChecker(data, filename)
	if err := c.done(c.root(root)); err != nil {
		return nil, err
	}
	ffLine, err := futureError(root, filename)
	if err != nil {
		return nil, err
	}
	return &checked{root: root, facts: facts, ffLine: ffLine, data: data, mode: mode, file: fileInput}, nil
}

// parse parses data (newlines translated) in mode, returning its tree or
// CPython's exception.
func parse(data, filename string, mode py.CompileMode, fileInput bool) (*node, error) {
	root, _, err := parseFacts(data, filename, mode, fileInput)
	return root, err
}

// parseFacts is parse that also returns what the parser learnt of the
// tree.
func parseFacts(data, filename string, mode py.CompileMode, fileInput bool) (*node, treeFacts, error) {
	p := &parser{lx: newLexer(data, fileInput, mode == py.ExecMode)}
	var root *node
	switch mode {
	case py.EvalMode:
		root = p.evalInput()
	case py.SingleMode:
		root = p.singleInput()
		if root != nil && !onlyComments(p.lx.data[p.lx.cur:]) {
			p.failWith(&parseError{kind: pBadSingle, tok: token{at: p.lx.where()}})
		}
	default:
		root = p.fileInput()
	}
	if p.err != nil {
		return nil, treeFacts{}, parseException(p.err, p.lx.data, filename)
	}
	return root, p.facts, nil
}

// onlyComments reports whether s holds only blanks, newlines and
// comments: what may follow the statement of the single mode.
func onlyComments(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f':
		case '#':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		default:
			return false
		}
	}
	return true
}

// parseException is the exception CPython raises for a parse error
// (Python/pythonrun.c, err_input): its class and message, and the
// tokenizer's position for lineno, offset and text.
func parseException(e *parseError, data, filename string) *py.Exception {
	typ, msg := py.SyntaxError, "invalid syntax"
	switch e.kind {
	case pTokenizer:
		switch e.lexErr {
		case eEOFS:
			msg = "EOF while scanning triple-quoted string literal"
		case eEOLS:
			msg = "EOL while scanning string literal"
		case eToken:
			msg = "invalid token"
		case eLineCont:
			msg = "unexpected character after line continuation character"
		case eIdentifier:
			msg = "invalid character in identifier"
		case eDedent:
			typ, msg = py.IndentationError, "unindent does not match any outer indentation level"
		case eTabSpace:
			typ, msg = py.TabError, "inconsistent use of tabs and spaces in indentation"
		case eTooDeep:
			typ, msg = py.IndentationError, "too many levels of indentation"
		default:
			msg = "unexpected EOF while parsing"
		}
	case pBadSingle:
		msg = "multiple statements found while compiling a single statement"
	default:
		if e.kind == pNoMem {
			fmt.Fprintln(os.Stderr, "s_push: parser stack overflow")
		}
		switch {
		case e.tok.at.eof:
			// A parse error once the tokenizer has read the end of the
			// input is always "unexpected EOF", a full stack included.
			msg = "unexpected EOF while parsing"
		case e.kind == pNoMem:
			return &py.Exception{Base: py.MemoryError, Args: py.Tuple{}, Dict: py.StringDict{}}
		case e.indent:
			typ, msg = py.IndentationError, "expected an indented block"
		case e.tok.kind == tIndent:
			typ, msg = py.IndentationError, "unexpected indent"
		case e.tok.kind == tDedent:
			typ, msg = py.IndentationError, "unexpected unindent"
		}
	}
	text, offset := e.tok.at.text(data)
	return newSyntaxError(typ, msg, filename, e.tok.at.lineno, offset, py.String(text))
}

// text is the tokenizer's buffer and the cursor's offset in it, in
// characters, as CPython's err_input reports them: the bytes up to the
// cursor decoded (invalid UTF-8 replaced), and the whole buffer.
func (a at) text(data string) (string, int) {
	if a.nul {
		// The buffer's first byte is NUL: the text is empty, the offset
		// counts the NUL bytes CPython decodes up to the cursor.
		return "", a.cur - a.buf
	}
	raw := data[a.buf:a.inp]
	before := replaceInvalidUTF8(raw[:a.cur-a.buf])
	return replaceInvalidUTF8(raw), utf8.RuneCountInString(before)
}

// newSyntaxError makes the exception CPython makes with
// typ(msg, (filename, lineno, offset, text)): its arguments, and the
// attributes msg, filename, lineno, offset and text (text is a str or
// None). A SyntaxError (not a subclass) whose text is a Python 2 print or
// exec statement gets CPython's message for it, its arguments unchanged.
func newSyntaxError(typ *py.Type, msg, filename string, lineno, offset int, text py.Object) *py.Exception {
	loc := py.Tuple{py.String(filename), py.Int(lineno), py.Int(offset), text}
	e := &py.Exception{Base: typ, Args: py.Tuple{py.String(msg), loc}, Dict: py.StringDict{}}
	if s, ok := text.(py.String); ok && typ == py.SyntaxError {
		if m, ok := legacyStatement(string(s)); ok {
			msg = m
		}
	}
	setLocation(e, msg, filename, lineno, offset, text)
	return e
}

// setLocation sets the attributes of a SyntaxError e: msg, filename,
// lineno, offset, text (a str or None) and print_file_and_line; and, for
// gpython's own rendering of exceptions (py.Exception.Error, which its
// REPL prints), line.
func setLocation(e *py.Exception, msg, filename string, lineno, offset int, text py.Object) {
	e.Dict["msg"] = py.String(msg)
	e.Dict["filename"] = py.String(filename)
	e.Dict["lineno"] = py.Int(lineno)
	e.Dict["offset"] = py.Int(offset)
	e.Dict["text"] = text
	e.Dict["print_file_and_line"] = py.None
	line, _ := text.(py.String)
	e.Dict["line"] = line
}

// legacyStatement is CPython 3.6's message for a line that looks like a
// Python 2 print or exec statement (Objects/exceptions.c, checked when a
// SyntaxError is made): false when text is not one. A line with a '('
// anywhere is never one; else the statement is looked for at the start of
// the line, then after its first colon.
func legacyStatement(text string) (string, bool) {
	if strings.ContainsRune(text, '(') {
		return "", false
	}
	if m, ok := legacyAt(text); ok {
		return m, true
	}
	if i := strings.IndexByte(text, ':'); i >= 0 {
		return legacyAt(text[i+1:])
	}
	return "", false
}

func legacyAt(s string) (string, bool) {
	s = strings.TrimLeftFunc(s, isPySpace)
	switch {
	case strings.HasPrefix(s, "print "):
		arg := s[len("print "):]
		if i := strings.IndexByte(arg, ';'); i >= 0 {
			arg = arg[:i]
		}
		arg = strings.Trim(arg, " \t\r\n")
		end := ""
		if strings.HasSuffix(arg, ",") {
			end = ` end=" "`
		}
		return "Missing parentheses in call to 'print'. Did you mean print(" + arg + end + ")?", true
	case strings.HasPrefix(s, "exec "):
		return "Missing parentheses in call to 'exec'", true
	}
	return "", false
}

// isPySpace is str.isspace for one character.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && (r == 0xa0 || r == 0x1680 || r >= 0x2000 && r <= 0x200a ||
		r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000)
}

// programText is the text CPython gives an error it finds after parsing
// (PyErr_ProgramTextObject): line lineno of the file filename, read
// again, with its newline; "" past the end of the file; None when the
// file cannot be read or the line is not UTF-8. Lines are read as
// CPython's fgets reads them, in chunks of 999 bytes: of a longer line
// only the last chunk is given.
func programText(filename string, lineno int) py.Object {
	if lineno <= 0 {
		return py.None
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return py.None
	}
	s := normalizeNewlines(string(data))
	for i := 1; i < lineno; i++ {
		j := strings.IndexByte(s, '\n')
		if j < 0 {
			return py.String("")
		}
		s = s[j+1:]
	}
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j+1]
	}
	const chunk = 999
	for len(s) > chunk {
		s = s[chunk:]
	}
	if !utf8.ValidString(s) {
		return py.None
	}
	return py.String(s)
}
