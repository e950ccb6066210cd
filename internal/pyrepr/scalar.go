package pyrepr

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// StrRepr is CPython's repr of a str: single quotes unless the text holds a
// single quote and no double quote, backslash escapes for control
// characters and for characters that are not printable.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		if j := plainASCIIRun(s, i, quote); j > i {
			// Printable ASCII that needs no escape is copied as it is.
			b.WriteString(s[i:j])
			i = j
			continue
		}
		// A lone surrogate is held in its three-byte form (see
		// pyutil.DecodeWTF8) and is one character, printed as \udXXX.
		r, w := pyutil.DecodeWTF8(s[i:])
		i += w
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			writeHex(&b, `\x`, uint32(r), 2)
		case r < 0x7f:
			b.WriteRune(r)
		case isPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			writeHex(&b, `\x`, uint32(r), 2)
		case r < 0x10000:
			writeHex(&b, `\u`, uint32(r), 4)
		default:
			writeHex(&b, `\U`, uint32(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// plainASCIIRun is the end of the run of printable ASCII bytes from i
// that a repr quoted by quote copies unescaped (i itself when s[i] is not
// one).
func plainASCIIRun(s string, i int, quote byte) int {
	for i < len(s) {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == quote || c == '\\' {
			break
		}
		i++
	}
	return i
}

// isPrintable follows str.isprintable: letters, marks, numbers,
// punctuation and symbols; of the separators only the ASCII space.
// utf8.RuneError stands for an invalid byte and is printed as Go decoded it.
func isPrintable(r rune) bool {
	if r == utf8.RuneError {
		return true
	}
	return unicode9.IsPrint(r)
}

func writeHex(b *strings.Builder, prefix string, v uint32, digits int) {
	b.WriteString(prefix)
	h := strconv.FormatUint(uint64(v), 16)
	for i := len(h); i < digits; i++ {
		b.WriteByte('0')
	}
	b.WriteString(h)
}

// ASCII is what ascii() adds to repr(): every non-ASCII character of r
// escaped as \xhh, \uhhhh or \Uhhhhhhhh.
func ASCII(r string) string {
	var b strings.Builder
	b.Grow(len(r))
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			writeHex(&b, `\x`, uint32(c), 2)
		case c < 0x10000:
			writeHex(&b, `\u`, uint32(c), 4)
		default:
			writeHex(&b, `\U`, uint32(c), 8)
		}
	}
	return b.String()
}

// BytesRepr is CPython's repr of a bytes object (b'...').
func BytesRepr(p []byte) string { return bytesRepr(p, false) }

// ByteArrayRepr is CPython's repr of a bytearray (bytearray(b'...')).
func ByteArrayRepr(p []byte) string { return "bytearray(" + bytesRepr(p, true) + ")" }

// bytesRepr renders bytes; CPython's bytearray repr escapes a single
// quote even when it picked double quotes (escapeSingle).
func bytesRepr(p []byte, escapeSingle bool) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range p {
		switch c {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(p) + 3)
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range p {
		switch {
		case c == quote || c == '\\' || (escapeSingle && c == '\''):
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			writeHex(&b, `\x`, uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// FloatRepr is CPython's repr of a float: the shortest string that reads
// back to the same value, in positional notation when the decimal exponent
// is in [-4, 16) and in scientific notation (two exponent digits at least)
// otherwise.
func FloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // [-]d[.ddd]e±XX
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	if -4 <= exp && exp < 16 {
		var s string
		switch {
		case exp < 0:
			s = "0." + strings.Repeat("0", -exp-1) + digits
		case exp+1 >= len(digits):
			s = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
		default:
			s = digits[:exp+1] + "." + digits[exp+1:]
		}
		return sign + s
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	es := "+"
	if exp < 0 {
		es, exp = "-", -exp
	}
	x := strconv.Itoa(exp)
	if len(x) < 2 {
		x = "0" + x
	}
	return sign + m + "e" + es + x
}

// ComplexRepr is CPython's repr of a complex: "imagj" alone when the real
// part is +0.0, else "(real±imagj)"; each part is the float repr without
// a trailing ".0".
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return complexPart(im) + "j"
	}
	imS := complexPart(im)
	if imS[0] != '-' {
		imS = "+" + imS
	}
	return "(" + complexPart(re) + imS + "j)"
}

func complexPart(f float64) string {
	return strings.TrimSuffix(FloatRepr(f), ".0")
}
