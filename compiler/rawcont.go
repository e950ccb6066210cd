package compiler

import (
	"fmt"
	"strings"
)

// Raw literals with a backslash at the end of a line.
//
// In a raw literal, r"a\<newline>b", the backslash and the line break
// both belong to the value ('a\\\nb'); gpython's lexer drops them, as it
// does in a plain literal. So the rewrite hands gpython each atom holding
// such a raw str or bytes literal respelled as one plain literal of the
// same value (surrogateLiteral, bytesLiteral).

// hasRawContinuation reports whether one of a's raw literals (not an
// f-string, whose parts are decoded here anyway) goes on after a
// backslash at the end of a line.
func (a *atom) hasRawContinuation() bool {
	for i := range a.toks {
		t := &a.toks[i]
		if t.raw && !t.fstring && (strings.Contains(t.body, "\\\n") || strings.Contains(t.body, "\\\r")) {
			return true
		}
	}
	return false
}

// bytesValue is the value of a bytes literal's body (checked already by
// checkBytes): the body itself when raw, else with its escapes decoded;
// unknown escapes keep their backslash.
func bytesValue(body string, raw bool) []byte {
	body = normalizeNewlines(body)
	if raw {
		return []byte(body)
	}
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			out = append(out, c)
			continue
		}
		i++
		switch e := body[i]; e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, 10)
		case 'r':
			out = append(out, 13)
		case 't':
			out = append(out, 9)
		case 'v':
			out = append(out, 11)
		case 'x':
			if i+2 < len(body) && hexDigit(body[i+1]) >= 0 && hexDigit(body[i+2]) >= 0 {
				out = append(out, byte(hexDigit(body[i+1])<<4|hexDigit(body[i+2])))
				i += 2
			} else {
				out = append(out, '\\', e)
			}
		default:
			if e >= '0' && e <= '7' {
				v := 0
				n := 0
				for n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7' {
					v = v*8 + int(body[i]-'0')
					i++
					n++
				}
				i--
				out = append(out, byte(v))
				continue
			}
			out = append(out, '\\', e)
		}
	}
	return out
}

// bytesLiteral is the plain bytes literal of value b, followed by nl
// newlines inside the parentheses around it, so that the source keeps
// its line count.
func bytesLiteral(b []byte, nl int) string {
	var sb strings.Builder
	sb.WriteString("(b'")
	for _, c := range b {
		switch {
		case c == '\\' || c == '\'':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteString("'")
	sb.WriteString(strings.Repeat("\n", nl))
	sb.WriteString(")")
	return sb.String()
}

// onLastLine is lit, a literal in parentheses, with nl newlines put
// before it inside them: the literal is on the last line of the atom it
// replaces, where CPython 3.6 dates a literal that spans lines.
func onLastLine(lit string, nl int) string {
	return "(" + strings.Repeat("\n", nl) + lit[1:]
}
