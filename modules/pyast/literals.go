package pyast

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/modules/unicodedata"
)

// number is the value of a NUMBER token: int, float or complex.
func (p *parser) number(text string) py.Object {
	s := strings.ReplaceAll(text, "_", "")
	if s == "" {
		return py.Int(0)
	}
	if last := s[len(s)-1]; last == 'j' || last == 'J' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return py.Complex(complex(0, f))
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, digits = 16, s[2:]
		case 'o', 'O':
			base, digits = 8, s[2:]
		case 'b', 'B':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		f, _ := strconv.ParseFloat(s, 64)
		return py.Float(f)
	}
	var b big.Int
	if _, ok := b.SetString(digits, base); !ok {
		p.fail("malformed number")
		return py.Int(0)
	}
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(&b)
}

// literal is one string token split into its parts.
type literal struct {
	raw, bytes, fstr bool
	body             string // between the quotes, as written
	bodyOff          int    // offset of body in the token text
}

func splitLiteral(text string) literal {
	var l literal
	i := 0
	for i < len(text) && text[i] != '\'' && text[i] != '"' {
		switch text[i] {
		case 'r', 'R':
			l.raw = true
		case 'b', 'B':
			l.bytes = true
		case 'f', 'F':
			l.fstr = true
		}
		i++
	}
	q := 1
	if strings.HasPrefix(text[i:], `"""`) || strings.HasPrefix(text[i:], `'''`) {
		q = 3
	}
	if len(text) >= i+2*q {
		l.body = text[i+q : len(text)-q]
	}
	l.bodyOff = i + q
	return l
}

// strings builds the node of a run of adjacent string literals: Str,
// Bytes or, when one of them is an f-string, JoinedStr. All of its parts
// are placed at the first literal.
func (p *parser) strings(toks []tok) *node {
	at := toks[0]
	lits := make([]literal, len(toks))
	anyF, anyBytes := false, false
	for i, t := range toks {
		lits[i] = splitLiteral(t.text)
		anyF = anyF || lits[i].fstr
		anyBytes = anyBytes || lits[i].bytes
	}
	if anyBytes {
		var b []byte
		for _, l := range lits {
			if l.raw {
				b = append(b, l.body...)
			} else {
				b = append(b, decodeBytes(l.body)...)
			}
		}
		return mkNode("Bytes", at, py.Bytes(b))
	}
	if !anyF {
		var sb strings.Builder
		for _, l := range lits {
			if l.raw {
				sb.WriteString(l.body)
			} else {
				sb.WriteString(decodeStr(l.body))
			}
		}
		return mkNode("Str", at, py.String(sb.String()))
	}
	j := joined{p: p, at: at, parent: at.text}
	for i, l := range lits {
		if !l.fstr {
			if l.raw {
				j.lit.WriteString(l.body)
			} else {
				j.lit.WriteString(decodeStr(l.body))
			}
			continue
		}
		_ = i
		j.fstring(l.body, l.raw, 0)
	}
	j.flush()
	return mkNode("JoinedStr", at, nonNil(j.values))
}

// joined accumulates the values of a JoinedStr.
type joined struct {
	p      *parser
	at     tok
	parent string // the text of the atom's first literal, where field expressions are looked up
	lit    strings.Builder
	values []*node
}

func (j *joined) flush() {
	if j.lit.Len() > 0 {
		j.values = append(j.values, mkNode("Str", j.at, py.String(j.lit.String())))
		j.lit.Reset()
	}
}

// fstring adds the literal text and replacement fields of body, an
// f-string's text between its quotes. depth is 1 inside a format spec.
func (j *joined) fstring(body string, raw bool, depth int) {
	i := 0
	chunk := func(s string) {
		if raw {
			j.lit.WriteString(s)
		} else {
			j.lit.WriteString(decodeStr(s))
		}
	}
	for i < len(body) && j.p.err == nil {
		k := strings.IndexAny(body[i:], "{}")
		if k < 0 {
			chunk(body[i:])
			return
		}
		chunk(body[i : i+k])
		i += k
		c := body[i]
		if i+1 < len(body) && body[i+1] == c && depth == 0 {
			j.lit.WriteByte(c)
			i += 2
			continue
		}
		if c == '}' {
			j.lit.WriteByte(c)
			i++
			continue
		}
		i = j.field(body, i+1, raw, depth)
	}
}

// field parses the replacement field whose expression starts at body[i]
// and returns the offset after its closing brace.
func (j *joined) field(body string, i int, raw bool, depth int) int {
	start := i
	nest := 0
	var quote string
scan:
	for i < len(body) {
		c := body[i]
		if quote != "" {
			if strings.HasPrefix(body[i:], quote) {
				i += len(quote)
				quote = ""
				continue
			}
			i++
			continue
		}
		switch c {
		case '\'', '"':
			quote = string(c)
			if strings.HasPrefix(body[i:], strings.Repeat(quote, 3)) {
				quote = strings.Repeat(quote, 3)
			}
			i += len(quote)
			continue
		case '(', '[', '{':
			nest++
		case ')', ']':
			nest--
		case '}':
			if nest == 0 {
				break scan
			}
			nest--
		case '!':
			if nest == 0 && !(i+1 < len(body) && body[i+1] == '=') {
				break scan
			}
		case ':':
			if nest == 0 {
				break scan
			}
		}
		i++
	}
	exprText := body[start:i]
	conversion := -1
	if i < len(body) && body[i] == '!' && i+1 < len(body) {
		conversion = int(body[i+1])
		i += 2
	}
	var spec any = py.None
	if i < len(body) && body[i] == ':' {
		i++
		specStart := i
		nest := 0
		for i < len(body) {
			if body[i] == '{' {
				nest++
			} else if body[i] == '}' {
				if nest == 0 {
					break
				}
				nest--
			}
			i++
		}
		inner := joined{p: j.p, at: j.at, parent: j.parent}
		inner.fstring(body[specStart:i], raw, depth+1)
		inner.flush()
		spec = mkNode("JoinedStr", j.at, nonNil(inner.values))
	}
	simple := conversion == -1 && spec == py.None
	expr := j.p.fieldExpr(exprText, j.parent, j.at, simple)
	j.flush()
	j.values = append(j.values, mkNode("FormattedValue", j.at, expr, conversion, spec))
	if i < len(body) {
		i++ // the closing brace
	}
	return i
}

// fieldExpr parses the expression of an f-string field as CPython 3.6
// does, as "(" + text + ")" on its own, and moves its nodes to where 3.6
// puts them: when "{" + text + "}" is found in parent (the text of the
// atom's first literal) the nodes on the expression's first line are
// moved right by its column in its line, and every node down by the lines
// parent has before it; otherwise only by at's place. Fields with a
// conversion or a format spec are never found (3.6 looks for the text as
// if the field ended at the expression).
func (p *parser) fieldExpr(text, parent string, at tok, simple bool) *node {
	sub := parser{toks: lex("(" + text + ")"), async: p.async}
	e := sub.evalInput()
	if sub.err != nil {
		if p.err == nil {
			p.err = sub.err
		}
		return mkNode("Name", at, "", load())
	}
	body := e.fields[0].(*node)
	cols, lines := 0, at.line
	if simple {
		if idx := strings.Index(parent, "{"+text+"}"); idx >= 0 {
			nl := strings.LastIndexByte(parent[:idx], '\n')
			if nl < 0 {
				nl = 0
			}
			cols = idx - nl
			lines = at.line - strings.Count(parent[idx+1:], "\n")
		}
	}
	shift(body, lines-1, cols+at.col)
	return body
}

// shift moves n and its descendants down by dl lines, and those on the
// first line right by dc columns.
func shift(v any, dl, dc int) {
	switch x := v.(type) {
	case *node:
		if x == nil {
			return
		}
		if x.line == 1 {
			x.col += dc
		}
		if x.line > 0 {
			x.line += dl
		}
		for _, f := range x.fields {
			shift(f, dl, dc)
		}
	case []*node:
		for _, e := range x {
			shift(e, dl, dc)
		}
	case anyList:
		for _, e := range x {
			shift(e, dl, dc)
		}
	}
}

// decodeStr decodes the backslash escapes of a str literal's body.
func decodeStr(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			i++
			continue
		}
		n, r, ok := escape(s[i+1:], false)
		if !ok {
			b.WriteByte('\\')
			i++
			continue
		}
		if r >= 0 {
			b.WriteRune(r)
		}
		i += 1 + n
	}
	return b.String()
}

// decodeBytes decodes the backslash escapes of a bytes literal's body.
func decodeBytes(s string) []byte {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b = append(b, c)
			i++
			continue
		}
		n, r, ok := escape(s[i+1:], true)
		if !ok {
			b = append(b, '\\')
			i++
			continue
		}
		if r >= 0 {
			b = append(b, byte(r))
		}
		i += 1 + n
	}
	return b
}

// escape decodes the escape after a backslash at the start of s: it
// returns how many bytes it takes, the character (-1 for a line
// continuation) and false for an unknown escape, which stays as written.
func escape(s string, bytes bool) (int, rune, bool) {
	c := s[0]
	switch c {
	case '\n':
		return 1, -1, true
	case '\\', '\'', '"':
		return 1, rune(c), true
	case 'a':
		return 1, 7, true
	case 'b':
		return 1, 8, true
	case 'f':
		return 1, 12, true
	case 'n':
		return 1, 10, true
	case 'r':
		return 1, 13, true
	case 't':
		return 1, 9, true
	case 'v':
		return 1, 11, true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		n, v := 0, 0
		for n < 3 && n < len(s) && s[n] >= '0' && s[n] <= '7' {
			v = v*8 + int(s[n]-'0')
			n++
		}
		if bytes {
			v &= 0xff
		}
		return n, rune(v), true
	case 'x':
		return hexEscape(s, 2)
	}
	if bytes {
		return 0, 0, false
	}
	switch c {
	case 'u':
		return hexEscape(s, 4)
	case 'U':
		return hexEscape(s, 8)
	case 'N':
		if len(s) > 1 && s[1] == '{' {
			if end := strings.IndexByte(s, '}'); end > 0 {
				if r, ok := unicodedata.LookupChar(s[2:end]); ok {
					return end + 1, r, true
				}
			}
		}
	}
	return 0, 0, false
}

func hexEscape(s string, n int) (int, rune, bool) {
	if len(s) < 1+n {
		return 0, 0, false
	}
	v, err := strconv.ParseUint(s[1:1+n], 16, 32)
	if err != nil || v > utf8.MaxRune {
		return 0, 0, false
	}
	return 1 + n, rune(v), true
}
