package compiler

import (
	"fmt"
	"strings"

	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// The expression an f-string atom becomes is made of tuple displays that
// each end with a marker constant (fstringMark + what it stands for);
// gpython compiles each to the tuple's items, LOAD_CONST marker,
// BUILD_TUPLE n, which lowerFString (fstring_ops.go) turns into the
// instruction CPython 3.6 compiles there:
//
//	(value, mark+"format"+flags)        ->  value, FORMAT_VALUE flags
//	(value, spec, mark+"format"+flags)  ->  value, spec, FORMAT_VALUE flags|4
//	(v1, ..., vn, mark+"join")          ->  v1, ..., vn, BUILD_STRING n
//	('text', mark+"value")              ->  LOAD_CONST 'text'
//
// The flags are the conversion (1 !s, 2 !r, 3 !a). A field's expression,
// its spec and the literal text keep their order, so that, as in
// CPython, each value is converted and formatted before the next field's
// expression is evaluated. The marker constants leave co_consts.
const fstringMark = `\x00gpython-ssl f-string\x00`

// fstringValues are pieces as the values of CPython's JoinedStr: adjacent
// literal text merged, empty text dropped.
func fstringValues(pieces []piece) []piece {
	var vals []piece
	var pending []rune
	for _, p := range pieces {
		if p.field == nil {
			pending = append(pending, p.lit...)
			continue
		}
		if len(pending) > 0 {
			vals = append(vals, piece{lit: pending})
			pending = nil
		}
		vals = append(vals, p)
	}
	if len(pending) > 0 {
		vals = append(vals, piece{lit: pending})
	}
	return vals
}

// emitAtom returns the expression that replaces an atom whose value is made
// of pieces. It starts with nl1 newlines before the first expression and
// ends with nl2 after the last, inside its parentheses. An atom of literal
// text alone is a tuple display, never a bare str literal: an f-string is
// not a docstring.
func emitAtom(pieces []piece, nl1, nl2 int) string {
	var b strings.Builder
	vals := fstringValues(pieces)
	if len(vals) == 1 && vals[0].field == nil {
		b.WriteString("(")
		newlines(&b, nl1)
		writeStr(&b, vals[0].lit, false)
		b.WriteString(", '" + fstringMark + "value'")
		newlines(&b, nl2)
		b.WriteString(")")
		return b.String()
	}
	joinedValues(&b, vals, nl1, nl2)
	return b.String()
}

// joinedValues writes the display of the values of a JoinedStr: one
// field alone as itself, else the values and a BUILD_STRING.
func joinedValues(b *strings.Builder, vals []piece, nl1, nl2 int) {
	if len(vals) == 1 && vals[0].field != nil {
		writeField(b, vals[0].field, nl1, nl2)
		return
	}
	b.WriteString("(")
	newlines(b, nl1)
	for _, v := range vals {
		if v.field != nil {
			writeField(b, v.field, 0, 0)
		} else {
			writeStr(b, v.lit, false)
		}
		b.WriteString(", ")
	}
	b.WriteString("'" + fstringMark + "join'")
	if len(vals) == 0 {
		b.WriteString(",") // a tuple of the marker alone
	}
	newlines(b, nl2)
	b.WriteString(")")
}

// writeField writes the display of one replacement field: its
// expression, its spec (a JoinedStr of its own: one literal is a
// constant) and the FORMAT_VALUE marker.
func writeField(b *strings.Builder, f *field, nl1, nl2 int) {
	flags := 0
	switch f.conv {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	b.WriteString("(")
	newlines(b, nl1)
	b.WriteString(f.expr)
	b.WriteString(", ")
	if f.hasSpec {
		flags |= 4
		spec := fstringValues(f.spec)
		if len(spec) == 1 && spec[0].field == nil {
			writeStr(b, spec[0].lit, false)
		} else {
			joinedValues(b, spec, 0, 0)
		}
		b.WriteString(", ")
	}
	fmt.Fprintf(b, "'%sformat%d'", fstringMark, flags)
	newlines(b, nl2)
	b.WriteString(")")
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
		case r <= 0xffff && !unicode9.IsPrint(r):
			fmt.Fprintf(b, `\u%04x`, r)
		case !unicode9.IsPrint(r):
			fmt.Fprintf(b, `\U%08x`, r)
		default:
			b.WriteRune(r)
		}
	}
}
