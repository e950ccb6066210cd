package re

import (
	"unicode/utf8"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// A str's Go string holds a lone surrogate in its three-byte form (ED
// A0..BF 80..BF), which Go's []rune and string conversions turn into
// U+FFFD. The engine works on characters, so str subjects, patterns and
// templates go through strRunes, and the characters back through
// runesStr, keeping a surrogate one character as CPython does.

// strRunes is the characters of the str s.
func strRunes(s string) []rune {
	if !hasSurrogateBytes(s) {
		return []rune(s)
	}
	out := make([]rune, 0, len(s))
	for s != "" {
		r, n := pyutil.DecodeWTF8(s)
		out = append(out, r)
		s = s[n:]
	}
	return out
}

// runesStr is the str of the characters r.
func runesStr(r []rune) string {
	surrogates := false
	for _, c := range r {
		if c >= 0xD800 && c <= 0xDFFF {
			surrogates = true
			break
		}
	}
	if !surrogates {
		return string(r)
	}
	b := make([]byte, 0, len(r)*3)
	for _, c := range r {
		if c >= 0xD800 && c <= 0xDFFF {
			b = append(b, 0xED, byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
			continue
		}
		b = utf8.AppendRune(b, c)
	}
	return string(b)
}

// hasSurrogateBytes reports whether s may hold a lone surrogate: the
// lead byte ED, which a str without surrogates has only for U+D000 to
// U+D7FF.
func hasSurrogateBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xED {
			return true
		}
	}
	return false
}
