package pyutil

import (
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// UTF8Sequence measures the UTF-8 sequence at the start of b (not empty):
// the length of a valid sequence and "", or the length of the maximal
// invalid subpart (what CPython's decoder reports and replaces as one
// unit) and the reason in its words. With surrogates true, the three
// bytes of an encoded surrogate (ED A0..BF ..) are valid, as they are in
// the interpreter's own text (WTF-8); the codec refuses them.
func UTF8Sequence[T string | []byte](b T, surrogates bool) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c < 0x80:
		return 1, ""
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED && !surrogates {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && (x < 0x80 || x > 0xBF) {
			return k, "invalid continuation byte"
		}
	}
	return need + 1, ""
}

// UTF8EncodeError is the UnicodeEncodeError of s.encode('utf-8') when s
// holds a lone surrogate, or nil: what CPython raises where it needs a
// str as UTF-8 (a class's name, compile()'s source).
func UTF8EncodeError(s py.String) error {
	if utf8.ValidString(string(s)) {
		return nil
	}
	encode, err := py.GetAttrString(s, "encode")
	if err == nil {
		_, err = py.Call(encode, py.Tuple{py.String("utf-8")}, nil)
	}
	return err
}
