package json

import (
	"encoding/binary"
	"fmt"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// json_text is loads' first step: a str document is checked for a BOM,
// bytes and bytearray are decoded from the encoding detect_encoding
// finds (UTF-8, UTF-16 or UTF-32, as RFC 4627 section 3 describes).
func json_text(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("_text() takes exactly one argument (%d given)", len(args))
	}
	switch v := args[0].(type) {
	case py.String:
		if len(v) >= 3 && v[:3] == "\ufeff" {
			return nil, newDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", string(v), 0)
		}
		return v, nil
	case py.Bytes:
		return decodeBytes(v)
	case pyutil.ReadableBuffer:
		if v.Type().Name == "bytearray" {
			return decodeBytes(py.Bytes(append([]byte(nil), v.BufferBytes()...)))
		}
	}
	return nil, pyutil.TypeErrorf("the JSON object must be str, bytes or bytearray, not '%s'", pyutil.TypeName(args[0]))
}

// detectEncoding is CPython 3.6's json.detect_encoding.
func detectEncoding(b []byte) string {
	switch {
	case hasPrefix(b, 0, 0, 0xfe, 0xff), hasPrefix(b, 0xff, 0xfe, 0, 0):
		return "utf-32"
	case hasPrefix(b, 0xfe, 0xff), hasPrefix(b, 0xff, 0xfe):
		return "utf-16"
	case hasPrefix(b, 0xef, 0xbb, 0xbf):
		return "utf-8-sig"
	}
	if len(b) >= 4 {
		if b[0] == 0 {
			if b[1] != 0 {
				return "utf-16-be"
			}
			return "utf-32-be"
		}
		if b[1] == 0 {
			if b[2] != 0 || b[3] != 0 {
				return "utf-16-le"
			}
			return "utf-32-le"
		}
	} else if len(b) == 2 {
		if b[0] == 0 {
			return "utf-16-be"
		}
		if b[1] == 0 {
			return "utf-16-le"
		}
	}
	return "utf-8"
}

func hasPrefix(b []byte, p ...byte) bool {
	if len(b) < len(p) {
		return false
	}
	for i, c := range p {
		if b[i] != c {
			return false
		}
	}
	return true
}

func decodeBytes(b py.Bytes) (py.Object, error) {
	switch enc := detectEncoding(b); enc {
	case "utf-8", "utf-8-sig":
		data := b
		if enc == "utf-8-sig" {
			data = b[3:]
		}
		if utf8.Valid(data) {
			return py.String(data), nil
		}
		checked := surrogatePass(data)
		if utf8.Valid(checked) {
			// surrogates in UTF-8 form are the str's lone surrogates
			return py.String(data), nil
		}
		data = checked
		// The codec's own UnicodeDecodeError, with CPython's message.
		m, err := pyutil.GetAttr(data, "decode")
		if err != nil {
			return nil, err
		}
		return vm.Call(m, py.Tuple{py.String("utf-8")}, nil)
	case "utf-16":
		if b[0] == 0xff {
			return decodeUTF16(b, 2, binary.LittleEndian, "utf-16-le")
		}
		return decodeUTF16(b, 2, binary.BigEndian, "utf-16-be")
	case "utf-16-le":
		return decodeUTF16(b, 0, binary.LittleEndian, enc)
	case "utf-16-be":
		return decodeUTF16(b, 0, binary.BigEndian, enc)
	case "utf-32":
		if b[0] == 0xff {
			return decodeUTF32(b, 4, binary.LittleEndian, "utf-32-le")
		}
		return decodeUTF32(b, 4, binary.BigEndian, "utf-32-be")
	case "utf-32-le":
		return decodeUTF32(b, 0, binary.LittleEndian, enc)
	default:
		return decodeUTF32(b, 0, binary.BigEndian, enc)
	}
}

// decodeError is the codec's UnicodeDecodeError, worded as CPython's.
func decodeError(enc string, b py.Bytes, start, end int, reason string) error {
	var msg string
	if end-start == 1 {
		msg = fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[start], start, reason)
	} else {
		msg = fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason)
	}
	return &py.Exception{
		Base: py.UnicodeDecodeError,
		Args: py.Tuple{py.String(msg)},
		Dict: py.StringDict{
			"encoding": py.String(enc),
			"object":   b,
			"start":    py.Int(start),
			"end":      py.Int(end),
			"reason":   py.String(reason),
		},
	}
}

// decodeUTF16 decodes b[i:] with surrogatepass: a lone surrogate stays
// one (appendWTF8).
func decodeUTF16(b py.Bytes, i int, order binary.ByteOrder, enc string) (py.Object, error) {
	out := make([]byte, 0, len(b)/2)
	for ; i+1 < len(b); i += 2 {
		r := rune(order.Uint16(b[i:]))
		if 0xd800 <= r && r < 0xdc00 && i+3 < len(b) {
			if r2 := rune(order.Uint16(b[i+2:])); 0xdc00 <= r2 && r2 < 0xe000 {
				r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
				i += 2
			}
		}
		out = appendWTF8(out, r)
	}
	if i < len(b) {
		return nil, decodeError(enc, b, i, len(b), "truncated data")
	}
	return py.String(out), nil
}

// decodeUTF32 decodes b[i:] with surrogatepass.
func decodeUTF32(b py.Bytes, i int, order binary.ByteOrder, enc string) (py.Object, error) {
	out := make([]byte, 0, len(b)/4)
	for ; i+3 < len(b); i += 4 {
		r := order.Uint32(b[i:])
		if r > utf8.MaxRune {
			return nil, decodeError(enc, b, i, i+4, "code point not in range(0x110000)")
		}
		out = appendWTF8(out, rune(r))
	}
	if i < len(b) {
		return nil, decodeError(enc, b, i, len(b), "truncated data")
	}
	return py.String(out), nil
}

// appendWTF8 appends r as the interpreter's str holds it: UTF-8, a lone
// surrogate in the three-byte form UTF-8 would give it.
func appendWTF8(b []byte, r rune) []byte {
	if 0xd800 <= r && r <= 0xdfff {
		return append(b, byte(0xe0|r>>12), byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(b, r)
}

// surrogatePass is b with each surrogate encoded in UTF-8 (which the
// "surrogatepass" error handler accepts) replaced by U+FFFD, for a
// validity check that lets them through. Both are three bytes long, so
// the positions of any other invalid sequence stay where they were.
func surrogatePass(b []byte) []byte {
	var out []byte
	for i := 0; i+2 < len(b); i++ {
		if b[i] == 0xed && b[i+1]&0xe0 == 0xa0 && b[i+2]&0xc0 == 0x80 {
			if out == nil {
				out = append([]byte(nil), b...)
			}
			copy(out[i:], "\ufffd")
			i += 2
		}
	}
	if out == nil {
		return b
	}
	return out
}
