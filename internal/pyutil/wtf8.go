package pyutil

import "unicode/utf8"

// DecodeWTF8 decodes the first character of s as the interpreter holds
// str values: UTF-8, with a lone surrogate in its three-byte form
// (ED A0..BF 80..BF) and a byte that is not UTF-8 standing for U+DC80.
// It returns the character and its width in bytes.
func DecodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	r, w := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && w == 1 {
		return 0xDC80, 1
	}
	return r, w
}
