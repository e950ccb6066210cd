package pyast

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
	"github.com/gpython-ssl/gpython-ssl/modules/unicodedata"
)

// tkind is the kind of a token the parser reads.
type tkind uint8

const (
	tEOF tkind = iota
	tName
	tNumber
	tString
	tOp
	tNewline
	tIndent
	tDedent
)

// tok is one token with CPython 3.6's parser-visible location: line is the
// line the token ends on, col its byte column in that line, or -1 when the
// token (a string) started on an earlier line.
type tok struct {
	kind tkind
	text string
	line int
	col  int
}

// lex splits src, a source CPython 3.6's tokenizer accepts, into tokens.
// It stops at the first character it cannot place and returns what it
// has, ending with tEOF; the parser then fails on the truncated stream.
func lex(src string) []tok {
	l := lexer{src: src, line: 1, indents: []int{0}}
	l.run()
	return l.toks
}

type lexer struct {
	src       string
	i         int
	line      int
	lineStart int
	depth     int
	indents   []int
	toks      []tok
	// atLineStart is true when the next character begins a logical line.
	atLineStart bool
}

func (l *lexer) emit(k tkind, start int, text string) {
	col := start - l.lineStart
	if col < 0 {
		col = -1
	}
	l.toks = append(l.toks, tok{kind: k, text: text, line: l.line, col: col})
}

func (l *lexer) newline() {
	l.line++
	l.lineStart = l.i
}

func (l *lexer) run() {
	l.atLineStart = true
	for l.i <= len(l.src) {
		if l.atLineStart && l.depth == 0 {
			if !l.indentation() {
				break
			}
		}
		if !l.next() {
			break
		}
	}
	if n := len(l.toks); n > 0 && l.toks[n-1].kind != tNewline && l.toks[n-1].kind != tDedent {
		l.toks = append(l.toks, tok{kind: tNewline, line: l.line, col: l.i - l.lineStart})
	}
	for len(l.indents) > 1 {
		l.indents = l.indents[:len(l.indents)-1]
		l.toks = append(l.toks, tok{kind: tDedent, line: l.line})
	}
	l.toks = append(l.toks, tok{kind: tEOF, line: l.line})
}

// indentation measures the indentation of a new line and emits INDENT and
// DEDENT tokens; blank and comment-only lines are skipped. It returns
// false at the end of the input.
func (l *lexer) indentation() bool {
	for {
		col := 0
		j := l.i
		for j < len(l.src) {
			switch l.src[j] {
			case ' ':
				col++
			case '\t':
				col = (col/8 + 1) * 8
			case '\f':
				col = 0
			default:
				goto measured
			}
			j++
		}
	measured:
		if j >= len(l.src) {
			l.i = j
			return false
		}
		c := l.src[j]
		if c == '#' || c == '\n' {
			for j < len(l.src) && l.src[j] != '\n' {
				j++
			}
			if j >= len(l.src) {
				l.i = j
				return false
			}
			l.i = j + 1
			l.newline()
			continue
		}
		if c == '\\' && j+1 < len(l.src) && l.src[j+1] == '\n' {
			// A continuation line: its indentation is not measured.
			l.i = j
			l.atLineStart = false
			return true
		}
		l.i = j
		l.atLineStart = false
		top := l.indents[len(l.indents)-1]
		switch {
		case col > top:
			l.indents = append(l.indents, col)
			l.emit(tIndent, j, "")
		case col < top:
			for len(l.indents) > 1 && col < l.indents[len(l.indents)-1] {
				l.indents = l.indents[:len(l.indents)-1]
				l.emit(tDedent, j, "")
			}
		}
		return true
	}
}

var threeOps = []string{"**=", "//=", ">>=", "<<=", "...", "!="}
var twoOps = []string{"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "<>"}

// next reads one token. It returns false at the end of the input.
func (l *lexer) next() bool {
	for l.i < len(l.src) {
		c := l.src[l.i]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			l.i++
		case c == '#':
			for l.i < len(l.src) && l.src[l.i] != '\n' {
				l.i++
			}
		case c == '\\' && l.i+1 < len(l.src) && l.src[l.i+1] == '\n':
			l.i += 2
			l.newline()
		case c == '\n':
			start := l.i
			l.i++
			if l.depth == 0 {
				l.emit(tNewline, start, "")
				l.newline()
				l.atLineStart = true
				return true
			}
			l.newline()
		default:
			return l.token()
		}
	}
	return false
}

func (l *lexer) token() bool {
	start := l.i
	c := l.src[l.i]
	r, size := utf8.DecodeRuneInString(l.src[l.i:])
	switch {
	case isIDStart(r):
		j := l.i + size
		for j < len(l.src) {
			r2, s2 := utf8.DecodeRuneInString(l.src[j:])
			if !isIDContinue(r2) {
				break
			}
			j += s2
		}
		word := l.src[l.i:j]
		if j < len(l.src) && (l.src[j] == '\'' || l.src[j] == '"') && isStrPrefix(word) {
			l.i = j
			return l.str(start)
		}
		l.i = j
		if len(word) != utf8.RuneCountInString(word) {
			word = unicodedata.NFKC(word) // PEP 3131: names are NFKC-normalized
		}
		l.emit(tName, start, word)
	case c >= '0' && c <= '9' || c == '.' && l.i+1 < len(l.src) && l.src[l.i+1] >= '0' && l.src[l.i+1] <= '9':
		l.number(start)
	case c == '\'' || c == '"':
		return l.str(start)
	default:
		op := ""
		for _, set := range [][]string{threeOps, twoOps} {
			for _, o := range set {
				if strings.HasPrefix(l.src[l.i:], o) {
					op = o
					break
				}
			}
			if op != "" {
				break
			}
		}
		if op == "" {
			if !strings.ContainsRune("()[]{}:,;.+-*/%&|^~<>=@", rune(c)) {
				return false
			}
			op = string(c)
		}
		switch op {
		case "(", "[", "{":
			l.depth++
		case ")", "]", "}":
			if l.depth > 0 {
				l.depth--
			}
		}
		l.i += len(op)
		l.emit(tOp, start, op)
	}
	return true
}

func isStrPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

func (l *lexer) number(start int) {
	j := l.i
	isDigit := func(b byte) bool {
		return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F' || b == '_'
	}
	if l.src[j] == '0' && j+1 < len(l.src) && strings.ContainsRune("xXoObB", rune(l.src[j+1])) {
		j += 2
		for j < len(l.src) && isDigit(l.src[j]) {
			j++
		}
	} else {
		dec := func() {
			for j < len(l.src) && (l.src[j] >= '0' && l.src[j] <= '9' || l.src[j] == '_') {
				j++
			}
		}
		dec()
		if j < len(l.src) && l.src[j] == '.' {
			j++
			dec()
		}
		if j < len(l.src) && (l.src[j] == 'e' || l.src[j] == 'E') {
			k := j + 1
			if k < len(l.src) && (l.src[k] == '+' || l.src[k] == '-') {
				k++
			}
			if k < len(l.src) && l.src[k] >= '0' && l.src[k] <= '9' {
				j = k
				dec()
			}
		}
		if j < len(l.src) && (l.src[j] == 'j' || l.src[j] == 'J') {
			j++
		}
	}
	l.i = j
	l.emit(tNumber, start, l.src[start:j])
}

// str reads a string literal whose quote is at l.i (its prefix starts at
// start). It returns false on an unterminated literal.
func (l *lexer) str(start int) bool {
	q := l.src[l.i]
	quote := string(q)
	if strings.HasPrefix(l.src[l.i:], strings.Repeat(quote, 3)) {
		quote = strings.Repeat(quote, 3)
	}
	j := l.i + len(quote)
	startLine, startLineStart := l.line, l.lineStart
	for {
		if j >= len(l.src) {
			return false
		}
		c := l.src[j]
		if c == '\\' {
			j++
			if j < len(l.src) && l.src[j] == '\n' {
				l.i = j + 1
				l.newline()
			}
			j++
			continue
		}
		if c == '\n' {
			if len(quote) == 1 {
				return false
			}
			l.i = j + 1
			l.newline()
			j++
			continue
		}
		if strings.HasPrefix(l.src[j:], quote) {
			j += len(quote)
			break
		}
		j++
	}
	l.i = j
	_ = startLine
	_ = startLineStart
	l.emit(tString, start, l.src[start:j])
	return true
}

func isIDStart(r rune) bool {
	return r == '_' || unicode9.IsLetter(r) || unicode9.Is(unicode.Nl, r) || unicode9.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode9.IsDigit(r) || unicode9.Is(unicode.Mn, r) || unicode9.Is(unicode.Mc, r) ||
		unicode9.Is(unicode.Pc, r) || unicode9.Is(unicode.Other_ID_Continue, r)
}
