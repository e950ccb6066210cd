package compiler

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// This file is the tokenizer of the syntax check (see check.go): a model
// of CPython 3.6's (Parser/tokenizer.c), written to give the same tokens
// and, above all, the same errors at the same places. CPython reports a
// syntax error where its tokenizer stands when the error is found: the
// line it has read (tok->lineno), the bytes of its buffer up to the
// cursor (the offset) and the whole buffer (the text). The lexer keeps
// those three as CPython does, reading character by character with one
// character of push-back, so that every error inherits CPython's
// position, quirks included.
//
// Two ways of reading exist, as in CPython: a string (compile(), exec(),
// eval(), -c, imports), read line by line from memory, and a file (the
// main script), read with fgets, whose buffer and line count behave
// differently at the end of the input (lexer.nextc).

// tokKind is a token type of CPython's tokenizer, reduced to what the
// parser tells apart: operators keep their text in token.s.
type tokKind uint8

const (
	tEndmarker tokKind = iota
	tName
	tNumber
	tString
	tNewline
	tIndent
	tDedent
	tOp
	tAsync // "async" before "def", or inside an async def
	tAwait // "await" inside an async def
	tError // a tokenizer error: lexer.done says which
)

// errKind is a value of tok->done: why the tokenizer stopped.
type errKind uint8

const (
	eOK         errKind = iota
	eEOF                // end of input
	eEOFS               // end of input inside a triple-quoted string
	eEOLS               // end of line inside a string
	eToken              // malformed number
	eLineCont           // a character after a line continuation
	eIdentifier         // a non-ASCII run that is not an identifier
	eDedent             // a dedent to no outer level
	eTabSpace           // tabs and spaces inconsistent
	eTooDeep            // 100 levels of indentation
)

// maxIndent is CPython's MAXINDENT: the indentation stack's size.
const maxIndent = 100

// tabSize is the width of a tab; altTabSize the width CPython compares
// it with to find indentation that depends on it.
const (
	tabSize    = 8
	altTabSize = 1
)

// at is where the tokenizer stands after a token: what a syntax error
// found at that token reports. The buffer is data[buf:inp].
type at struct {
	lineno        int
	buf, cur, inp int
	nul           bool // file input: the buffer was cleared at the end of input
	eof           bool // the end of the input has been read (E_EOF)
}

// token is one token and where CPython dates it.
type token struct {
	kind tokKind
	s    string // the token's text; "" for INDENT, DEDENT, ENDMARKER
	pos  int    // byte offset of its first character in the data; -1 when none
	end  int    // byte offset after its last character
	line int    // tok->lineno when it was read: a multi-line token's last line
	col  int    // byte column of its start in line, -1 when it starts on an earlier line
	at   at
}

// lexer is CPython 3.6's tok_state, for one source.
type lexer struct {
	data string // the source, newlines translated; in file input, with a "\n" added
	n    int    // file input: the length of the file, without the added "\n"
	file bool

	// The file reader of file input: the next byte fgets reads, and
	// whether a read has hit the end of the file (feof).
	rpos int
	feof bool

	buf, cur, inp, lineStart int
	start                    int // tok->start: the start of the token being read, -1 when none
	lineno                   int
	done                     errKind
	nul                      bool

	atbol       bool
	pendin      int
	level       int
	indent      int
	indstack    [maxIndent]int
	altindstack [maxIndent]int
	contLine    bool

	asyncDef       bool
	asyncDefIndent int
	asyncDefNL     bool
}

// newLexer returns a lexer over src. In string input (file false) the
// source is read from memory; execInput adds a final newline as CPython
// does for the exec mode. src must have had its newlines translated.
func newLexer(src string, file, execInput bool) *lexer {
	l := &lexer{file: file, start: -1, atbol: true}
	if file {
		l.n = len(src)
		src += "\n" // the newline CPython's reader fakes at the end of the file
	} else if execInput && (src == "" || src[len(src)-1] != '\n') {
		src += "\n"
	}
	l.data = src
	return l
}

// translateNewlines turns "\r\n" and a lone "\r" into "\n", as both of
// CPython's readers do, and drops a UTF-8 byte order mark.
func translateNewlines(src string) string {
	src = strings.TrimPrefix(src, "\ufeff")
	if strings.IndexByte(src, '\r') < 0 {
		return src
	}
	src = strings.ReplaceAll(src, "\r\n", "\n")
	return strings.ReplaceAll(src, "\r", "\n")
}

// eofChar is what nextc returns at the end of the input.
const eofChar = -1

// nextc returns the next character (a byte), reading a new line when the
// buffer is exhausted: CPython's tok_nextc.
func (l *lexer) nextc() int {
	for {
		if l.cur != l.inp {
			c := l.data[l.cur]
			l.cur++
			return int(c)
		}
		if l.done != eOK {
			return eofChar
		}
		if !l.file {
			if l.inp >= len(l.data) {
				l.done = eEOF
				return eofChar
			}
			end := len(l.data)
			if i := strings.IndexByte(l.data[l.inp:], '\n'); i >= 0 {
				end = l.inp + i + 1
			}
			if l.start < 0 {
				l.buf = l.cur
			}
			l.lineStart = l.cur
			l.lineno++
			l.inp = end
			c := l.data[l.cur]
			l.cur++
			return int(c)
		}
		// File input. Without a token in progress the buffer is refilled
		// with the next line; inside one (a string spanning lines) the
		// line is appended. At the end of the file a fresh read clears
		// the buffer, and the line count moves past the last line.
		rel, whole := 0, false
		if l.start < 0 {
			s, e, ok := l.fgets()
			if !ok {
				l.done, l.nul, whole = eEOF, true, true
			} else {
				l.done, l.nul = eOK, false
				l.buf, l.inp = s, e
				whole = l.data[e-1] == '\n'
			}
		} else {
			rel = l.cur - l.buf
			if l.feof {
				l.done, whole = eEOF, true
			} else {
				l.done = eOK
			}
		}
		l.lineno++
		for !whole {
			// Appending: at the end of the file, CPython 3.6 fakes a
			// newline, even after one.
			if _, e, ok := l.fgets(); ok {
				l.inp = e
			} else {
				l.inp = l.n + 1
			}
			whole = l.data[l.inp-1] == '\n'
		}
		l.cur = l.buf + rel
		l.lineStart = l.cur
		if l.done != eOK {
			l.cur = l.inp
			return eofChar
		}
	}
}

// fgets reads the next line of the file, through its newline or to the
// end of the file; false at the end.
func (l *lexer) fgets() (s, e int, ok bool) {
	if l.rpos >= l.n {
		l.feof = true
		return 0, 0, false
	}
	s = l.rpos
	if i := strings.IndexByte(l.data[s:l.n], '\n'); i >= 0 {
		e = s + i + 1
	} else {
		e = l.n
		l.feof = true
	}
	l.rpos = e
	return s, e, true
}

// backup pushes c back: tok_backup.
func (l *lexer) backup(c int) {
	if c != eofChar {
		l.cur--
	}
}

// where is the tokenizer's position, for a token just read.
func (l *lexer) where() at {
	return at{lineno: l.lineno, buf: l.buf, cur: l.cur, inp: l.inp, nul: l.nul, eof: l.done == eEOF}
}

// fail ends tokenizing with error e, the cursor at the end of the
// buffer, as CPython does for most tokenizer errors.
func (l *lexer) fail(e errKind) token {
	l.done = e
	l.cur = l.inp
	return l.errToken()
}

func (l *lexer) errToken() token {
	return token{kind: tError, pos: -1, at: l.where()}
}

// indentError reports tabs and spaces used inconsistently: TabError.
func (l *lexer) indentError() token {
	return l.fail(eTabSpace)
}

// get returns the next token: CPython's tok_get.
func (l *lexer) get() token {
	var c int
	blankline := false
nextline:
	l.start = -1
	blankline = false
	if l.atbol {
		col, altcol := 0, 0
		l.atbol = false
		for {
			c = l.nextc()
			switch c {
			case ' ':
				col++
				altcol++
				continue
			case '\t':
				col = (col/tabSize + 1) * tabSize
				altcol = (altcol/altTabSize + 1) * altTabSize
				continue
			case '\f':
				col, altcol = 0, 0
				continue
			}
			break
		}
		l.backup(c)
		if c == '#' || c == '\n' {
			// Blank lines and comment lines do not count for indentation.
			blankline = true
		}
		if !blankline && l.level == 0 {
			switch {
			case col == l.indstack[l.indent]:
				if altcol != l.altindstack[l.indent] {
					return l.indentError()
				}
			case col > l.indstack[l.indent]:
				if l.indent+1 >= maxIndent {
					return l.fail(eTooDeep)
				}
				if altcol <= l.altindstack[l.indent] {
					return l.indentError()
				}
				l.pendin++
				l.indent++
				l.indstack[l.indent] = col
				l.altindstack[l.indent] = altcol
			default:
				for l.indent > 0 && col < l.indstack[l.indent] {
					l.pendin--
					l.indent--
				}
				if col != l.indstack[l.indent] {
					return l.fail(eDedent)
				}
				if altcol != l.altindstack[l.indent] {
					return l.indentError()
				}
			}
		}
	}
	l.start = l.cur
	if l.pendin != 0 {
		if l.pendin < 0 {
			l.pendin++
			return l.tok(tDedent, -1)
		}
		l.pendin--
		return l.tok(tIndent, -1)
	}
	if l.asyncDef && !blankline && l.level == 0 && l.asyncDefNL && l.asyncDefIndent >= l.indent {
		l.asyncDef, l.asyncDefIndent, l.asyncDefNL = false, 0, false
	}

again:
	l.start = -1
	for {
		c = l.nextc()
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
	}
	l.start = l.cur - 1
	if c == eofChar {
		l.start = l.cur
	}

	if c == '#' {
		for c != eofChar && c != '\n' {
			c = l.nextc()
		}
	}
	if c == eofChar {
		if l.done == eEOF {
			return l.tok(tEndmarker, -1)
		}
		return l.errToken()
	}

	if isIdentStart(byte(c)) {
		sawB, sawR, sawU, sawF := false, false, false, false
		for {
			switch {
			case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
				sawB = true
			case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
				sawU = true
			case !(sawR || sawU) && (c == 'r' || c == 'R'):
				sawR = true
			case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
				sawF = true
			default:
				goto ident
			}
			c = l.nextc()
			if c == '"' || c == '\'' {
				return l.str(c)
			}
		}
	ident:
		nonASCII := false
		for c != eofChar && isIdentChar(byte(c)) {
			if c >= 0x80 {
				nonASCII = true
			}
			c = l.nextc()
		}
		l.backup(c)
		name := l.data[l.start:l.cur]
		if nonASCII && !isIdentifier(name) {
			l.done = eIdentifier
			return l.errToken()
		}
		if len(name) == 5 {
			if l.asyncDef {
				if name == "async" {
					return l.tok(tAsync, l.start)
				}
				if name == "await" {
					return l.tok(tAwait, l.start)
				}
			} else if name == "async" {
				ahead := *l
				if t := ahead.get(); t.kind == tName && t.s == "def" {
					l.asyncDefIndent = l.indent
					l.asyncDef = true
					return l.tok(tAsync, l.start)
				}
			}
		}
		return l.tok(tName, l.start)
	}

	if c == '\n' {
		l.atbol = true
		if blankline || l.level > 0 {
			goto nextline
		}
		t := l.tok(tNewline, l.start)
		t.s, t.end = "", t.pos // the token leaves the newline out
		l.contLine = false
		if l.asyncDef {
			l.asyncDefNL = true
		}
		return t
	}

	if c == '.' {
		c = l.nextc()
		if isDigit(byteOf(c)) {
			return l.fraction(c)
		}
		if c == '.' {
			c = l.nextc()
			if c == '.' {
				return l.tok(tOp, l.start)
			}
			l.backup(c)
			l.backup('.')
		} else {
			l.backup(c)
		}
		return l.tok(tOp, l.start)
	}

	if isDigit(byteOf(c)) {
		return l.number(c)
	}

	if c == '"' || c == '\'' {
		return l.str(c)
	}

	if c == '\\' {
		c = l.nextc()
		if c != '\n' {
			return l.fail(eLineCont)
		}
		l.contLine = true
		goto again
	}

	c2 := l.nextc()
	if twoChar(c, c2) {
		c3 := l.nextc()
		if !threeChar(c, c2, c3) {
			l.backup(c3)
		}
		return l.tok(tOp, l.start)
	}
	l.backup(c2)
	switch c {
	case '(', '[', '{':
		l.level++
	case ')', ']', '}':
		l.level--
	}
	return l.tok(tOp, l.start)
}

// tok makes a token of kind k that started at byte start (-1: none).
func (l *lexer) tok(k tokKind, start int) token {
	t := token{kind: k, pos: start, end: l.cur, line: l.lineno, col: -1, at: l.where()}
	if start >= 0 {
		t.s = l.data[start:l.cur]
		if start >= l.lineStart {
			t.col = start - l.lineStart
		}
	} else {
		t.end = -1
	}
	return t
}

// byteOf is c as a byte, or 0 at the end of the input.
func byteOf(c int) byte {
	if c < 0 {
		return 0
	}
	return byte(c)
}

// number reads a number whose first digit is c.
func (l *lexer) number(c int) token {
	bad := func(c int) token {
		l.done = eToken
		l.backup(c)
		return l.errToken()
	}
	if c == '0' {
		c = l.nextc()
		var ok func(byte) bool
		switch c {
		case 'x', 'X':
			ok = isHexDigit
		case 'o', 'O':
			ok = func(b byte) bool { return b >= '0' && b <= '7' }
		case 'b', 'B':
			ok = func(b byte) bool { return b == '0' || b == '1' }
		}
		if ok != nil {
			c = l.nextc()
			for {
				if c == '_' {
					c = l.nextc()
				}
				if !ok(byteOf(c)) {
					return bad(c)
				}
				for {
					c = l.nextc()
					if !ok(byteOf(c)) {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			l.backup(c)
			return l.tok(tNumber, l.start)
		}
		nonzero := false
		for {
			if c == '_' {
				c = l.nextc()
				if !isDigit(byteOf(c)) {
					return bad(c)
				}
			}
			if c != '0' {
				break
			}
			c = l.nextc()
		}
		if isDigit(byteOf(c)) {
			nonzero = true
			var ok bool
			if c, ok = l.decimalTail(); !ok {
				return l.errToken()
			}
		}
		switch {
		case c == '.':
			return l.fraction(l.nextc())
		case c == 'e' || c == 'E':
			return l.exponent(c)
		case c == 'j' || c == 'J':
			return l.imaginary()
		case nonzero:
			return bad(c) // an old-style octal literal
		}
		l.backup(c)
		return l.tok(tNumber, l.start)
	}
	c, ok := l.decimalTail()
	if !ok {
		return l.errToken()
	}
	if c == '.' {
		return l.fraction(l.nextc())
	}
	return l.afterFraction(c)
}

// fraction reads the digits after a decimal point, c the first character.
func (l *lexer) fraction(c int) token {
	if isDigit(byteOf(c)) {
		var ok bool
		if c, ok = l.decimalTail(); !ok {
			return l.errToken()
		}
	}
	return l.afterFraction(c)
}

func (l *lexer) afterFraction(c int) token {
	if c == 'e' || c == 'E' {
		return l.exponent(c)
	}
	if c == 'j' || c == 'J' {
		return l.imaginary()
	}
	l.backup(c)
	return l.tok(tNumber, l.start)
}

// exponent reads an exponent after its e (c): an e not followed by digits
// is not part of the number.
func (l *lexer) exponent(e int) token {
	c := l.nextc()
	if c == '+' || c == '-' {
		c = l.nextc()
		if !isDigit(byteOf(c)) {
			l.done = eToken
			l.backup(c)
			return l.errToken()
		}
	} else if !isDigit(byteOf(c)) {
		l.backup(c)
		l.backup(e)
		return l.tok(tNumber, l.start)
	}
	c, ok := l.decimalTail()
	if !ok {
		return l.errToken()
	}
	if c == 'j' || c == 'J' {
		return l.imaginary()
	}
	l.backup(c)
	return l.tok(tNumber, l.start)
}

func (l *lexer) imaginary() token {
	l.backup(l.nextc())
	return l.tok(tNumber, l.start)
}

// decimalTail reads digits with single underscores between them and
// returns the character after them; false (E_TOKEN) on a misplaced
// underscore.
func (l *lexer) decimalTail() (int, bool) {
	for {
		var c int
		for {
			c = l.nextc()
			if !isDigit(byteOf(c)) {
				break
			}
		}
		if c != '_' {
			return c, true
		}
		c = l.nextc()
		if !isDigit(byteOf(c)) {
			l.done = eToken
			l.backup(c)
			return 0, false
		}
	}
}

// str reads a string literal whose opening quote is q (its prefix, if
// any, already read).
func (l *lexer) str(q int) token {
	quoteSize, endQuoteSize := 1, 0
	c := l.nextc()
	if c == q {
		c = l.nextc()
		if c == q {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // the empty string
		}
	}
	if c != q {
		l.backup(c)
	}
	for endQuoteSize != quoteSize {
		c = l.nextc()
		if c == eofChar {
			if quoteSize == 3 {
				return l.fail(eEOFS)
			}
			return l.fail(eEOLS)
		}
		if quoteSize == 1 && c == '\n' {
			return l.fail(eEOLS)
		}
		if c == q {
			endQuoteSize++
		} else {
			endQuoteSize = 0
			if c == '\\' {
				l.nextc()
			}
		}
	}
	return l.tok(tString, l.start)
}

// twoChar reports whether c1 c2 is an operator of two characters
// (PyToken_TwoChars of CPython 3.6).
func twoChar(c1, c2 int) bool {
	switch c1 {
	case '=', '!', '%', '&', '^', '|':
		return c2 == '='
	case '<':
		return c2 == '>' || c2 == '=' || c2 == '<'
	case '>':
		return c2 == '=' || c2 == '>'
	case '*':
		return c2 == '*' || c2 == '='
	case '+', '@':
		return c2 == '='
	case '-':
		return c2 == '=' || c2 == '>'
	case '/':
		return c2 == '/' || c2 == '='
	}
	return false
}

// threeChar reports whether c1 c2 c3 is an operator of three characters.
func threeChar(c1, c2, c3 int) bool {
	if c3 != '=' {
		return false
	}
	switch {
	case c1 == '<' && c2 == '<', c1 == '>' && c2 == '>', c1 == '*' && c2 == '*', c1 == '/' && c2 == '/':
		return true
	}
	return false
}

// isHexDigit reports whether b is a hexadecimal digit.
func isHexDigit(b byte) bool {
	return isDigit(b) || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'
}

// isIdentifier reports whether s, a run of identifier bytes with
// non-ASCII ones, is an identifier: valid UTF-8, a first character that
// may start an identifier (XID_Start or _), the others XID_Continue.
func isIdentifier(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if r != '_' && !isXIDStart(r) {
				return false
			}
		} else if !isXIDContinue(r) {
			return false
		}
	}
	return true
}

// isXIDStart approximates Unicode's XID_Start with Go's tables.
func isXIDStart(r rune) bool {
	return unicode9.IsLetter(r) || unicode9.Is(unicode.Nl, r) || unicode9.Is(unicode.Other_ID_Start, r)
}

// isXIDContinue approximates Unicode's XID_Continue.
func isXIDContinue(r rune) bool {
	return isXIDStart(r) || r == '_' || unicode9.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}
