package codecs

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// _codecs.escape_encode and escape_decode: bytes with the escapes of a
// bytes literal (pickle's protocol 0 strings use them); readbuffer_encode,
// the bytes of a buffer.

// escapeBytes writes b as the inside of a single-quoted bytes literal.
func escapeBytes(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/4)
	for _, c := range b {
		switch {
		case c == '\\' || c == '\'':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, `\t`...)
		case c == '\n':
			out = append(out, `\n`...)
		case c == '\r':
			out = append(out, `\r`...)
		case c < ' ' || c >= 0x7F:
			out = fmt.Appendf(out, `\x%02x`, c)
		default:
			out = append(out, c)
		}
	}
	return out
}

// simpleEscapes maps the letter after a backslash to its byte.
var simpleEscapes = map[byte]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
	'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
}

// isHexDigit reports whether c is 0-9, a-f or A-F.
func isHexDigit(c byte) bool { return strings.IndexByte("0123456789abcdefABCDEF", c) >= 0 }

// unescapeBytes decodes the escapes of b. A bad \x escape is the
// ValueError of errors "strict", dropped for "ignore", '?' for
// "replace"; unknown escapes keep their backslash and are returned in
// invalid (the first one's letter, for the DeprecationWarning), -1 when
// there were none.
func unescapeBytes(b []byte, errors string) (out []byte, invalid int, err error) {
	out = make([]byte, 0, len(b))
	invalid = -1
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 == len(b) {
			return nil, 0, pyutil.ValueErrorf("Trailing \\ in string")
		}
		at, e := i, b[i+1]
		i += 2
		if v, ok := simpleEscapes[e]; ok {
			out = append(out, v)
			continue
		}
		switch {
		case e == '\n': // a line continuation
		case e >= '0' && e <= '7':
			v := e - '0'
			for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v<<3 + b[i] - '0'
				i++
			}
			out = append(out, v)
		case e == 'x':
			var v [1]byte
			if i+1 < len(b) {
				if _, err := hex.Decode(v[:], b[i:i+2]); err == nil {
					out = append(out, v[0])
					i += 2
					continue
				}
			}
			switch errors {
			case "strict":
				return nil, 0, pyutil.ValueErrorf("invalid \\x escape at position %d", at)
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return nil, 0, pyutil.ValueErrorf("decoding error; unknown error handling code: %s", errors)
			}
			if i < len(b) && isHexDigit(b[i]) { // skip a lone digit too
				i++
			}
		default:
			if invalid < 0 {
				invalid = int(e)
			}
			out = append(out, '\\', e)
		}
	}
	return out, invalid, nil
}

func codecs_escape_encode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	const fn = "escape_encode"
	a, err := pyarg.Parse(fn, args, kwargs, []string{"data", "errors"}, 1, 2)
	if err != nil {
		return nil, err
	}
	data, ok := a[0].(py.Bytes)
	if !ok {
		return nil, pyutil.TypeErrorf("%s() argument 1 must be bytes, not %s", fn, pyutil.TypeName(a[0]))
	}
	if _, err := errorsArg(fn, 2, a[1]); err != nil {
		return nil, err
	}
	return py.Tuple{py.Bytes(escapeBytes(data)), py.Int(len(data))}, nil
}

func codecs_escape_decode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	const fn = "escape_decode"
	if len(args) > 0 {
		if s, ok := args[0].(py.String); ok { // a str is taken as its UTF-8
			args = append(py.Tuple{py.Bytes(s)}, args[1:]...)
		}
	}
	_, data, errors, err := decodeArgs(fn, []string{"data", "errors"}, args, kwargs)
	if err != nil {
		return nil, err
	}
	out, invalid, err := unescapeBytes(data, errors)
	if err != nil {
		return nil, err
	}
	if invalid >= 0 {
		if err := vm.Warn(py.DeprecationWarning, fmt.Sprintf("invalid escape sequence '\\%c'", rune(invalid)), 1); err != nil {
			return nil, err
		}
	}
	return py.Tuple{py.Bytes(out), py.Int(len(data))}, nil
}

func codecs_readbuffer_encode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	const fn = "readbuffer_encode"
	if len(args) > 0 {
		if s, ok := args[0].(py.String); ok { // a str is taken as its UTF-8
			args = append(py.Tuple{py.Bytes(s)}, args[1:]...)
		}
	}
	_, data, _, err := decodeArgs(fn, []string{"data", "errors"}, args, kwargs)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Bytes(data), py.Int(len(data))}, nil
}
