package host

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// UTF-7 (RFC 2152) as CPython 3.6 writes and reads it: characters
// outside the directly written set go as UTF-16 units in modified base64
// between '+' and an optional '-'. Errors name the codec "utf7".

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// b64Value is a base64 character's value, or -1.
func b64Value(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}

// utf7Direct reports whether the encoder writes r as itself.
func utf7Direct(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20 || r >= 0x7F:
		return false
	}
	return r != '+' && r != '\\' && r != '~'
}

// EncodeUTF7 is the utf-7 encoding of s.
func EncodeUTF7(s string) []byte {
	out := make([]byte, 0, len(s)+8)
	shifted := false
	var bits uint32
	n := 0 // bits waiting in bits
	flush := func() {
		if n > 0 {
			out = append(out, b64Alphabet[(bits<<(6-n))&0x3F])
		}
		bits, n = 0, 0
	}
	unit := func(u uint32) {
		bits = bits<<16 | u
		n += 16
		for n >= 6 {
			out = append(out, b64Alphabet[(bits>>(n-6))&0x3F])
			n -= 6
		}
		bits &= 1<<n - 1
	}
	for _, r := range wtf8Runes(s) {
		if utf7Direct(r) {
			if shifted {
				flush()
				if b64Value(byte(r)) >= 0 || r == '-' {
					out = append(out, '-')
				}
				shifted = false
			}
			out = append(out, byte(r))
			continue
		}
		if r == '+' && !shifted {
			out = append(out, '+', '-')
			continue
		}
		if !shifted {
			out = append(out, '+')
			shifted = true
		}
		if r >= 0x10000 {
			r -= 0x10000
			unit(uint32(0xD800 + r>>10))
			unit(uint32(0xDC00 + r&0x3FF))
		} else {
			unit(uint32(r))
		}
	}
	if shifted {
		flush()
		out = append(out, '-')
	}
	return out
}

// DecodeUTF7 decodes b as utf-7. Unless final, a shift sequence still
// open at the end of b is left undecoded (consumed stops at its '+').
func DecodeUTF7(b []byte, errors string, final bool) (string, int, error) {
	h := errorHandler(errors)
	var sb strings.Builder
	var object py.Bytes // b as the handlers' exceptions hold it, copied once
	i := 0
	for i < len(b) {
		c := b[i]
		if c >= 0x80 {
			rep, nb, err := utf7Error(b, i, i+1, "unexpected special character", h, &object)
			if err != nil {
				return "", 0, err
			}
			b = nb
			sb.WriteString(rep.text)
			i = rep.resume
			continue
		}
		if c != '+' {
			sb.WriteByte(c)
			i++
			continue
		}
		if i+1 < len(b) && b[i+1] == '-' {
			sb.WriteByte('+')
			i += 2
			continue
		}
		// a shift sequence from b[start]
		start := i
		mark := sb.Len()
		i++
		var bits uint32
		n := 0
		var high rune // a high surrogate waiting for its low half
		for i < len(b) && b64Value(b[i]) >= 0 {
			bits = bits<<6 | uint32(b64Value(b[i]))
			n += 6
			i++
			if n >= 16 {
				u := rune(bits >> (n - 16) & 0xFFFF)
				n -= 16
				bits &= 1<<n - 1
				switch {
				case high != 0 && u >= 0xDC00 && u <= 0xDFFF:
					sb.WriteString(string(0x10000 + (high-0xD800)<<10 + (u - 0xDC00)))
					high = 0
				case u >= 0xD800 && u <= 0xDBFF:
					if high != 0 {
						sb.Write(appendSurrogate(nil, high))
					}
					high = u
				default:
					if high != 0 {
						sb.Write(appendSurrogate(nil, high))
						high = 0
					}
					sb.WriteString(wtf8Char(u))
				}
			}
		}
		if i >= len(b) && !final {
			return sb.String()[:mark], start, nil
		}
		end := i
		if i < len(b) && b[i] == '-' {
			end = i + 1
		}
		reason := ""
		switch {
		case i >= len(b) && (n >= 6 || bits != 0 || high != 0):
			reason = "unterminated shift sequence"
		case n >= 6:
			reason = "partial character in shift sequence"
		case bits != 0:
			reason = "non-zero padding bits in shift sequence"
		case high != 0 && (i >= len(b) || b[i] < 0x80):
			sb.Write(appendSurrogate(nil, high)) // dropped before a byte that is an error itself
		}
		if reason == "" {
			i = end
			continue
		}
		end = min(i+1, len(b)) // the character ending the sequence goes with it
		rep, nb, err := utf7Error(b, start, end, reason, h, &object)
		if err != nil {
			return "", 0, err
		}
		b = nb
		sb.WriteString(rep.text)
		i = rep.resume
	}
	return sb.String(), len(b), nil
}

// utf7Error passes b[start:end] to handler h; it answers the
// replacement and the input (which a script's handler may replace).
func utf7Error(b []byte, start, end int, reason string, h errorHandler, object *py.Bytes) (replacement, []byte, error) {
	f := decodeFailure{encoding: "utf7", input: b, start: start, end: end, reason: reason, object: object}
	rep, swapped, err := resolveDecodeError(h, &f)
	if err != nil {
		return replacement{}, nil, err
	}
	if swapped != nil {
		b, *object = swapped, py.Bytes(swapped)
	}
	return rep, b, nil
}

func init() {
	codecDefs["utf-7"] = &codecDef{
		encode: func(s string, _ errorHandler) ([]byte, error) { return EncodeUTF7(s), nil },
		decode: func(b []byte, h errorHandler, final bool) (string, int, error) {
			return DecodeUTF7(b, string(h), final)
		},
	}
}
