package compiler

import "strings"

// strToken is one string literal of the source, as CPython 3.6's tokenizer
// delimits it.
type strToken struct {
	start, end int    // byte offsets of the whole token: prefix to closing quote inclusive
	body       string // the text between the quotes
	bodyStart  int    // byte offset of body in the source
	quote      string // the delimiter: ', ", ''' or """
	raw        bool   // r prefix
	bytes      bool   // b prefix
	fstring    bool   // f prefix
	line       int    // 1-based line of the first character
	endLine    int    // line of the closing quote
	col        int    // byte column of the first character in its line
}

// text is the token's source, prefix and quotes included.
func (t *strToken) text(src string) string { return src[t.start:t.end] }

// atom is a run of adjacent string literals that Python concatenates into
// one constant (implicit concatenation).
type atom struct {
	toks []strToken
}

// start and end are the byte offsets of the atom in the source.
func (a *atom) start() int { return a.toks[0].start }
func (a *atom) end() int   { return a.toks[len(a.toks)-1].end }

// hasFString reports whether any literal of the atom has an f prefix.
func (a *atom) hasFString() bool {
	for i := range a.toks {
		if a.toks[i].fstring {
			return true
		}
	}
	return false
}

// scanAtoms returns, in source order, the string atoms of src that contain
// an f-string. Literals separated by blanks, comments and line continuations
// (and, inside brackets, newlines) form one atom. Scanning stops at an
// unterminated string: what follows it is not Python that can compile, and
// gpython's parser will say so. scanAtoms never fails; on text that is not
// Python it returns what it found.
func scanAtoms(src string) []atom {
	s := scanner{src: src, line: 1}
	s.run()
	return s.atoms
}

// scanner holds the state of scanAtoms.
type scanner struct {
	src       string
	i         int
	line      int
	lineStart int // offset of the current line's first byte
	depth     int // bracket depth
	cur       []strToken
	atoms     []atom
}

// flush ends the current run of literals.
func (s *scanner) flush() {
	if len(s.cur) > 0 {
		a := atom{toks: s.cur}
		if a.hasFString() || a.hasSurrogate() || a.hasRawContinuation() {
			s.atoms = append(s.atoms, a)
		}
		s.cur = nil
	}
}

func (s *scanner) newline() {
	s.line++
	s.lineStart = s.i
}

func (s *scanner) run() {
	src := s.src
	for s.i < len(src) {
		c := src[s.i]
		switch {
		case c == '\n':
			s.i++
			s.newline()
			if s.depth == 0 {
				s.flush()
			}
		case c == ' ' || c == '\t' || c == '\f' || c == '\r':
			s.i++
		case c == '#':
			for s.i < len(src) && src[s.i] != '\n' {
				s.i++
			}
		case c == '\\' && strings.HasPrefix(src[s.i+1:], "\n"):
			s.i += 2
			s.newline()
		case c == '\\' && strings.HasPrefix(src[s.i+1:], "\r\n"):
			s.i += 3
			s.newline()
		case c == '"' || c == '\'':
			if !s.str(s.i, s.i, "") {
				return
			}
		case isIdentStart(c):
			j := s.i + 1
			for j < len(src) && isIdentChar(src[j]) {
				j++
			}
			if j < len(src) && (src[j] == '"' || src[j] == '\'') && validPrefix(src[s.i:j]) {
				if !s.str(s.i, j, src[s.i:j]) {
					return
				}
				continue
			}
			s.flush()
			s.i = j
		case isDigit(c) || c == '.' && s.i+1 < len(src) && isDigit(src[s.i+1]):
			// A number; greedy, which is enough never to take the f of
			// a following word for a prefix (0xf"" is no f-string).
			s.flush()
			for s.i < len(src) && (isIdentChar(src[s.i]) || src[s.i] == '.') {
				s.i++
			}
		case c == '(' || c == '[' || c == '{':
			s.depth++
			s.flush()
			s.i++
		case c == ')' || c == ']' || c == '}':
			if s.depth > 0 {
				s.depth--
			}
			s.flush()
			s.i++
		default:
			s.flush()
			s.i++
		}
	}
	s.flush()
}

// str scans the literal whose prefix starts at start and whose opening quote
// is at q, appends it to the current run and reports true; on an
// unterminated literal it ends the run and reports false.
func (s *scanner) str(start, q int, prefix string) bool {
	src := s.src
	quote := src[q : q+1]
	if strings.HasPrefix(src[q:], strings.Repeat(quote, 3)) {
		quote = src[q : q+3]
	}
	bodyStart := q + len(quote)
	j := bodyStart
	end := -1
	for j < len(src) {
		c := src[j]
		if c == '\\' {
			if strings.HasPrefix(src[j+1:], "\r\n") {
				j += 3
			} else {
				j += 2
			}
			continue
		}
		if c == quote[0] && strings.HasPrefix(src[j:], quote) {
			end = j
			break
		}
		if c == '\n' && len(quote) == 1 {
			break
		}
		j++
	}
	if end < 0 {
		s.flush()
		return false
	}
	t := strToken{
		start:     start,
		end:       end + len(quote),
		body:      src[bodyStart:end],
		bodyStart: bodyStart,
		quote:     quote,
		line:      s.line,
		col:       start - s.lineStart,
	}
	for _, p := range strings.ToLower(prefix) {
		switch p {
		case 'r':
			t.raw = true
		case 'b':
			t.bytes = true
		case 'f':
			t.fstring = true
		}
	}
	for k := start; k < t.end; k++ {
		if src[k] == '\n' {
			s.i = k + 1
			s.newline()
		}
	}
	t.endLine = s.line
	s.i = t.end
	s.cur = append(s.cur, t)
	return true
}

// validPrefix reports whether p is a string prefix of Python 3.6: one of
// r, u, b, f, br, rb, fr, rf in any case, or empty.
func validPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "", "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// isIdentStart reports whether c can start an identifier (a byte of a
// non-ASCII character counts, as in CPython's tokenizer).
func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentChar(c byte) bool { return isIdentStart(c) || isDigit(c) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
