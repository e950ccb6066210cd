package host

import "unicode/utf8"

// UTF-32: utf-32-le and utf-32-be, and utf-32, which writes a
// little-endian BOM first and reads the byte order from a BOM (little
// endian without one). Decoding errors name the byte order decoded
// ("utf-32-le"), encoding errors the codec.

// stepUTF32 reads one UTF-32 code unit of the given byte order.
func stepUTF32(big bool) decodeStep {
	return func(b []byte, i int) (rune, int, string) {
		if i+4 > len(b) {
			return 0, len(b) - i, "truncated data"
		}
		var u uint32
		if big {
			u = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
		} else {
			u = uint32(b[i+3])<<24 | uint32(b[i+2])<<16 | uint32(b[i+1])<<8 | uint32(b[i])
		}
		switch {
		case u > 0x10FFFF:
			return 0, 4, "code point not in range(0x110000)"
		case u >= 0xD800 && u <= 0xDFFF:
			return 0, 4, "code point in surrogate code point range(0xd800, 0xe000)"
		}
		return rune(u), 4, ""
	}
}

// utf32Name is the codec name of a UTF-32 byte order.
func utf32Name(big bool) string {
	if big {
		return "utf-32-be"
	}
	return "utf-32-le"
}

// encodeSpecUTF32 is the encoder of one byte order, errors naming name.
func encodeSpecUTF32(big bool, name string) *encodeSpec {
	return &encodeSpec{name: name, reason: "surrogates not allowed", perChar: true, asciiOnly: true, unit: 4,
		fits: func(r rune) bool { return !isSurrogate(r) },
		put: func(out []byte, r rune) []byte {
			if big {
				return append(out, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
			}
			return append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}}
}

// EncodeUTF32 encodes s as UTF-32: order 0 little endian after a BOM, -1
// little endian, 1 big endian (as utf_32_encode's byteorder).
func EncodeUTF32(s, errors string, order int) ([]byte, error) {
	name := "utf-32"
	if order != 0 {
		name = utf32Name(order > 0)
	}
	out := make([]byte, 0, 4*len(s)+4)
	if order == 0 {
		out = append(out, 0xFF, 0xFE, 0, 0)
	}
	if utf8.ValidString(s) { // no lone surrogate: nothing to refuse
		for _, r := range s {
			if order > 0 {
				out = append(out, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
			} else {
				out = append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
			}
		}
		return out, nil
	}
	return encodeWith(s, encodeSpecUTF32(order > 0, name), errorHandler(errors), out)
}

// DecodeUTF32 is DecodeUTF16 for UTF-32: order 0 reads a BOM first and
// answers the order it fixed (-1 little, 1 big, 0 none seen).
func DecodeUTF32(b []byte, errors string, order int, final bool) (text string, consumed, newOrder int, err error) {
	from := 0
	if order == 0 {
		switch {
		case len(b) < 4 && !final:
			return "", 0, 0, nil
		case len(b) >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0:
			from, order = 4, -1
		case len(b) >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF:
			from, order = 4, 1
		}
	}
	big := order == 1
	if s, ok := fastUTF32(b[from:], big); ok {
		return s, len(b), order, nil
	}
	s, n, err := decodePart(b, from, stepUTF32(big), utf32Name(big), errorHandler(errors), final)
	return s, n, order, err
}

// fastUTF32 decodes b when it is whole, valid UTF-32; ok is false
// otherwise (decodePart then finds and handles the errors).
func fastUTF32(b []byte, big bool) (string, bool) {
	if len(b)%4 != 0 {
		return "", false
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i += 4 {
		var u uint32
		if big {
			u = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
		} else {
			u = uint32(b[i+3])<<24 | uint32(b[i+2])<<16 | uint32(b[i+1])<<8 | uint32(b[i])
		}
		switch {
		case u < utf8.RuneSelf:
			out = append(out, byte(u))
		case u > 0x10FFFF || u >= 0xD800 && u <= 0xDFFF:
			return "", false
		default:
			out = utf8.AppendRune(out, rune(u))
		}
	}
	return string(out), true
}

func init() {
	for _, v := range []struct {
		name  string
		order int
	}{{"utf-32", 0}, {"utf-32-le", -1}, {"utf-32-be", 1}} {
		order := v.order
		codecDefs[v.name] = &codecDef{
			encode: func(s string, h errorHandler) ([]byte, error) { return EncodeUTF32(s, string(h), order) },
			decode: func(b []byte, h errorHandler, final bool) (string, int, error) {
				s, n, _, err := DecodeUTF32(b, string(h), order, final)
				return s, n, err
			},
		}
	}
}
