package compiler

import (
	"fmt"
	"strings"
	"unicode"
)

// group is a replacement field with the literal text around it that is
// formatted together with it: '<prefix>{0...}<suffix>'.format(...).
type group struct {
	prefix, suffix []rune
	f              *field
}

// groupPieces attaches each literal to the field after it, the last one to
// the last field. With no field at all, tail is the whole text.
func groupPieces(pieces []piece) (groups []group, tail []rune) {
	var pending []rune
	for _, p := range pieces {
		if p.field == nil {
			pending = append(pending, p.lit...)
			continue
		}
		groups = append(groups, group{prefix: pending, f: p.field})
		pending = nil
	}
	if len(groups) == 0 {
		return nil, pending
	}
	groups[len(groups)-1].suffix = pending
	return groups, nil
}

// emitAtom returns the expression that replaces an atom whose value is made
// of pieces. It starts with nl1 newlines before the first expression and
// ends with nl2 after the last, inside its parentheses.
//
//	no field:     'text'.format()
//	one field:    'pre{0!r:spec}post'.format((expr))
//	more fields:  ''.join(('pre{0}'.format((a)), 'mid{0}'.format((b))))
//
// A method call on a str literal, never a bare str literal: an f-string is
// not a docstring.
func emitAtom(pieces []piece, nl1, nl2 int) string {
	var b strings.Builder
	groups, tail := groupPieces(pieces)
	switch len(groups) {
	case 0:
		writeStr(&b, tail, true)
		b.WriteString(".format(")
		newlines(&b, nl1+nl2)
		b.WriteString(")")
	case 1:
		groups[0].write(&b, nl1, nl2)
	default:
		joined(&b, groups, nl1, nl2)
	}
	return b.String()
}

// joined writes ”.join((...)) of the groups' calls.
func joined(b *strings.Builder, groups []group, nl1, nl2 int) {
	b.WriteString("''.join((")
	newlines(b, nl1)
	for i := range groups {
		if i > 0 {
			b.WriteString(", ")
		}
		groups[i].write(b, 0, 0)
	}
	newlines(b, nl2)
	b.WriteString("))")
}

// write writes the str.format call that renders g: the field's value is
// argument 0; a spec that is not plain text (it has nested fields, or a
// brace that str.format could not take literally) is argument 1.
func (g *group) write(b *strings.Builder, nl1, nl2 int) {
	f := g.f
	var spec []rune
	specArg := ""
	if f.hasSpec {
		groups, tail := groupPieces(f.spec)
		switch {
		case len(groups) > 0:
			specArg = specExpr(groups)
		case strings.ContainsAny(string(tail), "{}"):
			var sb strings.Builder
			writeStr(&sb, tail, false)
			specArg = sb.String()
		default:
			spec = tail
		}
	}
	b.WriteByte('\'')
	writeBody(b, g.prefix, true)
	b.WriteString("{0")
	if f.conv != 0 {
		b.WriteByte('!')
		b.WriteByte(f.conv)
	}
	if f.hasSpec {
		b.WriteByte(':')
		if specArg != "" {
			b.WriteString("{1}")
		} else {
			writeBody(b, spec, false)
		}
	}
	b.WriteByte('}')
	writeBody(b, g.suffix, true)
	b.WriteString("'.format(")
	newlines(b, nl1)
	b.WriteString(f.expr)
	if specArg != "" {
		b.WriteString(", ")
		b.WriteString(specArg)
	}
	newlines(b, nl2)
	b.WriteString(")")
}

// specExpr is the expression that computes a format spec with nested
// fields; each nested field is formatted before the next is evaluated.
func specExpr(groups []group) string {
	var b strings.Builder
	if len(groups) == 1 {
		groups[0].write(&b, 0, 0)
	} else {
		joined(&b, groups, 0, 0)
	}
	return b.String()
}

func newlines(b *strings.Builder, n int) {
	for ; n > 0; n-- {
		b.WriteByte('\n')
	}
}

// writeStr writes s as a single-quoted str literal, braces doubled if
// doubleBraces (for a str.format template).
func writeStr(b *strings.Builder, s []rune, doubleBraces bool) {
	b.WriteByte('\'')
	writeBody(b, s, doubleBraces)
	b.WriteByte('\'')
}

// writeBody writes the inside of a single-quoted, one-line str literal
// whose value is s: printable characters as themselves, the rest escaped.
// Surrogates, which gpython's lexer cannot read, are spelled as
// surrogateLiteral spells them.
func writeBody(b *strings.Builder, s []rune, doubleBraces bool) {
	for _, r := range s {
		switch {
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '{' || r == '}':
			b.WriteRune(r)
			if doubleBraces {
				b.WriteRune(r)
			}
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(b, `\x%02x`, r)
		case r < 0x80:
			b.WriteRune(r)
		case r >= 0xd800 && r <= 0xdfff:
			// gpython's lexer reads a surrogate escape as U+FFFD: spelled
			// as surrogateLiteral does, restoreSurrogates puts it back.
			fmt.Fprintf(b, `\U%08x\U%08x`, surrogateMark, surrogateBase+r-0xD800)
		case r <= 0xffff && !unicode.IsPrint(r):
			fmt.Fprintf(b, `\u%04x`, r)
		case !unicode.IsPrint(r):
			fmt.Fprintf(b, `\U%08x`, r)
		default:
			b.WriteRune(r)
		}
	}
}
