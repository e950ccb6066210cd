package compiler

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// Lone surrogates in str literals.
//
// A str holds its text as the interpreter's Go strings do: UTF-8, with a
// lone surrogate (U+D800..U+DFFF, which UTF-8 cannot carry) in its
// three-byte form ED A0..BF 80..BF (pyutil.DecodeWTF8). gpython's lexer
// turns a surrogate escape such as '\ud800' into U+FFFD. So the rewrite
// hands gpython each plain literal that has one (and no f-string) as a
// literal where every surrogate is spelled as two characters of the
// private-use planes, surrogateMark then U+F0000 plus the surrogate's
// offset from U+D800, and restoreSurrogates puts the surrogates back into
// the compiled constants. A literal whose text really holds U+10FFFE
// followed by U+F0000..U+F07FF would be misread; no text does in practice.

const (
	surrogateMark = 0x10FFFE // a noncharacter: starts a spelled surrogate
	surrogateBase = 0xF0000  // + (surrogate - 0xD800)
)

// mayHaveSurrogate is a quick test: false means src spells no surrogate
// escape (\uD800..\uDFFF or \U0000D800..\U0000DFFF, any case).
func mayHaveSurrogate(src string) bool {
	for i := strings.IndexByte(src, '\\'); i >= 0 && i+2 < len(src); {
		switch src[i+1] {
		case 'u':
			if c := src[i+2]; c == 'd' || c == 'D' {
				return true
			}
		case 'U':
			if strings.HasPrefix(src[i+2:], "0000d") || strings.HasPrefix(src[i+2:], "0000D") {
				return true
			}
		}
		j := strings.IndexByte(src[i+1:], '\\')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// hasSurrogate reports whether one of a's plain str literals holds a lone
// surrogate.
func (a *atom) hasSurrogate() bool {
	for i := range a.toks {
		t := &a.toks[i]
		if t.raw || t.bytes || t.fstring || !mayHaveSurrogate(t.body) {
			continue
		}
		lit, err := decodeLiteral(t.body, false)
		if err != nil {
			return false // the rewrite reports it
		}
		for _, r := range lit {
			if r >= 0xD800 && r <= 0xDFFF {
				return true
			}
		}
	}
	return false
}

// surrogateLiteral is the literal that stands for the text runes in the
// source handed to gpython: surrogates spelled with surrogateMark,
// followed by nl newlines inside the parentheses around it, so that the
// source keeps its line count.
func surrogateLiteral(runes []rune, nl int) string {
	var b strings.Builder
	b.WriteString("('")
	for _, r := range runes {
		switch {
		case r >= 0xD800 && r <= 0xDFFF:
			fmt.Fprintf(&b, `\U%08x\U%08x`, surrogateMark, surrogateBase+r-0xD800)
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x80:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteString("'")
	b.WriteString(strings.Repeat("\n", nl))
	b.WriteString(")")
	return b.String()
}

// restoreSurrogates puts the surrogates surrogateLiteral spelled back into
// the str constants of co and of the code objects and tuples among them.
func restoreSurrogates(co *py.Code) {
	if co == nil {
		return
	}
	for i, c := range co.Consts {
		co.Consts[i] = restoreConst(c)
	}
}

func restoreConst(c py.Object) py.Object {
	switch v := c.(type) {
	case py.String:
		return py.String(unspellSurrogates(string(v)))
	case py.Tuple:
		for i, x := range v {
			v[i] = restoreConst(x)
		}
	case *py.Code:
		restoreSurrogates(v)
	}
	return c
}

// markUTF8 is surrogateMark in UTF-8.
var markUTF8 = string(rune(surrogateMark))

// unspellSurrogates replaces each spelled surrogate in s by the surrogate.
func unspellSurrogates(s string) string {
	if !strings.Contains(s, markUTF8) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, markUTF8)
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+len(markUTF8):]
		r, w := utf8.DecodeRuneInString(s)
		if r < surrogateBase || r >= surrogateBase+0x800 {
			b.WriteString(markUTF8)
			continue
		}
		sur := 0xD800 + r - surrogateBase
		b.Write([]byte{0xED, byte(0x80 | (sur>>6)&0x3F), byte(0x80 | sur&0x3F)})
		s = s[w:]
	}
	b.WriteString(s)
	return b.String()
}
