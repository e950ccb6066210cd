package pyutil

import (
	"strings"
	"unicode/utf8"
)

// File names cross between the system, where they are bytes, and str,
// as CPython's os.fsencode and os.fsdecode do on Linux: UTF-8 with the
// surrogateescape handler. A byte of a name that is not part of valid
// UTF-8 becomes the lone surrogate U+DC00+byte in the str (held in its
// three-byte form, see DecodeWTF8), and goes back to the same byte, so
// that every name the system gives can be used again.

// FSDecode turns a name from the system into str text.
func FSDecode(name string) string {
	if utf8.ValidString(name) {
		return name // Go's UTF-8 check already refuses encoded surrogates
	}
	var b strings.Builder
	b.Grow(len(name) + 8)
	for i := 0; i < len(name); {
		r, w := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && w == 1 {
			c := 0xDC00 | rune(name[i])
			b.WriteByte(0xED) // the surrogate's three-byte form
			b.WriteByte(0x80 | byte(c>>6&0x3F))
			b.WriteByte(0x80 | byte(c&0x3F))
		} else {
			b.WriteString(name[i : i+w])
		}
		i += w
	}
	return b.String()
}

// FSEncode turns str text into a name for the system. ok is false when
// the text holds a lone surrogate that escapes no byte (outside U+DC80 to
// U+DCFF), which has no encoding; bad is then the character's index.
func FSEncode(text string) (name string, bad int, ok bool) {
	if strings.IndexByte(text, 0xED) < 0 {
		return text, 0, true
	}
	var b strings.Builder
	b.Grow(len(text))
	chars := 0
	for i := 0; i < len(text); chars++ {
		r, w := DecodeWTF8(text[i:])
		switch {
		case r >= 0xDC80 && r <= 0xDCFF && w == 3:
			b.WriteByte(byte(r))
		case r >= 0xD800 && r <= 0xDFFF && w == 3:
			return "", chars, false
		default:
			b.WriteString(text[i : i+w])
		}
		i += w
	}
	return b.String(), 0, true
}
