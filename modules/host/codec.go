package host

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// codec names one of the encodings we support, as CPython spells it in
// error messages.
type codec string

const (
	codecUTF8   codec = "utf-8"
	codecASCII  codec = "ascii"
	codecLatin1 codec = "latin-1"
)

// codecAliases maps normalised encoding names (lower case, '-' and ' ' turned
// into '_') to the codec: the aliases CPython's encodings package knows for
// the three codecs.
var codecAliases = map[string]codec{
	"utf_8": codecUTF8, "utf8": codecUTF8, "u8": codecUTF8, "utf": codecUTF8, "cp65001": codecUTF8,
	"ascii": codecASCII, "us_ascii": codecASCII, "646": codecASCII, "us": codecASCII,
	"ansi_x3.4_1968": codecASCII, "ansi_x3_4_1968": codecASCII, "iso646_us": codecASCII,
	"latin_1": codecLatin1, "latin1": codecLatin1, "latin": codecLatin1, "l1": codecLatin1,
	"iso_8859_1": codecLatin1, "iso8859_1": codecLatin1, "8859": codecLatin1,
	"cp819": codecLatin1, "iso_ir_100": codecLatin1,
}

// codecNameNormalizer maps an encoding name's separators to "_", as
// CPython's normalization does.
var codecNameNormalizer = strings.NewReplacer("-", "_", " ", "_")

// lookupCodec resolves an encoding name; unknown names raise LookupError
// as CPython's codecs.lookup does.
func lookupCodec(name string) (codec, error) {
	switch name {
	case "utf-8", "utf8", "UTF-8":
		return codecUTF8, nil // the common spellings, without normalizing
	case "ascii":
		return codecASCII, nil
	case "latin-1":
		return codecLatin1, nil
	}
	n := codecNameNormalizer.Replace(strings.ToLower(strings.TrimSpace(name)))
	if c, ok := codecAliases[n]; ok {
		return c, nil
	}
	return "", py.ExceptionNewf(py.LookupError, "unknown encoding: %s", name)
}

// errorHandler is the errors= argument. CPython only validates it when an
// error actually happens, and so do we.
type errorHandler string

func (h errorHandler) check() error {
	switch h {
	case "strict", "ignore", "replace":
		return nil
	}
	return py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", string(h))
}

// codecArgs parses (encoding='utf-8', errors='strict') for fn ("decode",
// "encode", "str", "bytes").
func codecArgs(fn string, encoding, errors py.Object) (codec, errorHandler, error) {
	enc, h := "utf-8", "strict"
	if encoding != nil {
		s, ok := encoding.(py.String)
		if !ok {
			return "", "", pyutil.TypeErrorf("%s() argument 'encoding' must be str, not %s", fn, argTypeName(encoding))
		}
		enc = string(s)
	}
	if errors != nil {
		s, ok := errors.(py.String)
		if !ok {
			return "", "", pyutil.TypeErrorf("%s() argument 'errors' must be str, not %s", fn, argTypeName(errors))
		}
		h = string(s)
	}
	c, err := lookupCodec(enc)
	return c, errorHandler(h), err
}

// argTypeName names o's type as CPython's argument errors do ("None" for
// None).
func argTypeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return pyutil.TypeName(o)
}

// unicodeError builds UnicodeDecodeError/UnicodeEncodeError with CPython's
// message and the encoding, object, start, end and reason attributes.
func unicodeError(t *py.Type, c codec, object py.Object, start, end int, reason, what string) *py.Exception {
	var msg string
	if end-start == 1 {
		msg = fmt.Sprintf("'%s' codec can't %s in position %d: %s", c, what, start, reason)
	} else {
		// what names one unit ("byte 0xff"); the range form names the plural.
		verb := "decode bytes"
		if t == py.UnicodeEncodeError {
			verb = "encode characters"
		}
		msg = fmt.Sprintf("'%s' codec can't %s in position %d-%d: %s", c, verb, start, end-1, reason)
	}
	return &py.Exception{
		Base: t,
		Args: py.Tuple{py.String(msg)},
		Dict: py.StringDict{
			"encoding": py.String(string(c)),
			"object":   object,
			"start":    py.Int(start),
			"end":      py.Int(end),
			"reason":   py.String(reason),
		},
	}
}

// decode turns b into a str with codec c. It is O(len(b)).
func decode(b []byte, c codec, h errorHandler) (py.String, error) {
	switch c {
	case codecLatin1:
		var sb strings.Builder
		sb.Grow(len(b) + len(b)/4)
		for _, x := range b {
			sb.WriteRune(rune(x))
		}
		return py.String(sb.String()), nil
	case codecASCII:
		i := 0
		for i < len(b) && b[i] < 0x80 {
			i++
		}
		if i == len(b) {
			return py.String(b), nil
		}
		var sb strings.Builder
		sb.Grow(len(b))
		sb.Write(b[:i])
		for ; i < len(b); i++ {
			if b[i] < 0x80 {
				sb.WriteByte(b[i])
				continue
			}
			switch h {
			case "ignore":
			case "replace":
				sb.WriteRune(utf8.RuneError)
			default:
				if err := h.check(); err != nil {
					return "", err
				}
				return "", unicodeError(py.UnicodeDecodeError, c, py.Bytes(append([]byte(nil), b...)), i, i+1,
					"ordinal not in range(128)", fmt.Sprintf("decode byte 0x%02x", b[i]))
			}
		}
		return py.String(sb.String()), nil
	}
	if utf8.Valid(b) {
		return py.String(b), nil
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			// Copy ASCII runs in one go.
			j := i + 1
			for j < len(b) && b[j] < 0x80 {
				j++
			}
			sb.Write(b[i:j])
			i = j
			continue
		}
		n, reason := utf8Seq(b[i:])
		if reason == "" {
			sb.Write(b[i : i+n])
			i += n
			continue
		}
		switch h {
		case "ignore":
		case "replace":
			sb.WriteRune(utf8.RuneError)
		default:
			if err := h.check(); err != nil {
				return "", err
			}
			return "", unicodeError(py.UnicodeDecodeError, c, py.Bytes(append([]byte(nil), b...)), i, i+n,
				reason, fmt.Sprintf("decode byte 0x%02x", b[i]))
		}
		i += n
	}
	return py.String(sb.String()), nil
}

// utf8Seq measures the UTF-8 sequence at the start of b. It returns the
// length of a valid sequence and "", or the length of the maximal invalid
// subpart (what CPython reports and replaces as one unit) and the reason.
func utf8Seq(b []byte) (int, string) {
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
		} else if c == 0xED {
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
		if k == 1 {
			if x < lo || x > hi {
				return 1, "invalid continuation byte"
			}
		} else if x < 0x80 || x > 0xBF {
			return k, "invalid continuation byte"
		}
	}
	return need + 1, ""
}

// charRepr renders an unencodable character the way CPython's message does.
func charRepr(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("'\\x%02x'", r)
	case r < 0x10000:
		return fmt.Sprintf("'\\u%04x'", r)
	}
	return fmt.Sprintf("'\\U%08x'", r)
}

// encode turns s into bytes with codec c. It is O(len(s)). Positions in
// errors count characters, as CPython's do.
func encode(s string, c codec, h errorHandler) (py.Bytes, error) {
	if c == codecUTF8 {
		if utf8.ValidString(s) {
			return py.Bytes(s), nil
		}
	} else {
		ascii := true
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			return py.Bytes(s), nil
		}
	}
	limit := rune(0x80)
	reason := "ordinal not in range(128)"
	if c == codecLatin1 {
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	out := make([]byte, 0, len(s))
	// bad reports whether the character r (w bytes wide) cannot be encoded.
	bad := func(r rune, w int) bool {
		if c == codecUTF8 {
			return r == utf8.RuneError && w == 1
		}
		return r >= limit
	}
	pos := 0 // character index
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !bad(r, w) {
			if c == codecUTF8 {
				out = append(out, s[i:i+w]...)
			} else {
				out = append(out, byte(r))
			}
			i += w
			pos++
			continue
		}
		// A run of unencodable characters is reported as one error.
		start, first := pos, r
		for i < len(s) {
			r, w = utf8.DecodeRuneInString(s[i:])
			if !bad(r, w) {
				break
			}
			i += w
			pos++
			switch h {
			case "replace":
				out = append(out, '?')
			}
		}
		switch h {
		case "ignore", "replace":
			continue
		}
		if err := h.check(); err != nil {
			return nil, err
		}
		what := "encode character " + charRepr(first)
		if c == codecUTF8 {
			// Go strings cannot hold lone surrogates; invalid bytes stand
			// where CPython would have one.
			reason, what = "surrogates not allowed", "encode character '\\udc80'"
		}
		return nil, unicodeError(py.UnicodeEncodeError, c, py.String(s), start, pos, reason, what)
	}
	return py.Bytes(out), nil
}

// installUnicodeErrors gives UnicodeDecodeError and UnicodeEncodeError
// their CPython attributes, read from the instance Dict that
// unicodeError fills (gpython's exceptions otherwise answer every
// attribute with args).
func installUnicodeErrors() {
	attrs := []struct{ name, doc string }{
		{"encoding", "exception encoding"},
		{"object", "exception object"},
		{"start", "exception start"},
		{"end", "exception end"},
		{"reason", "exception reason"},
	}
	for _, t := range []*py.Type{py.UnicodeDecodeError, py.UnicodeEncodeError} {
		for _, a := range attrs {
			if _, ok := t.Dict[a.name]; !ok {
				t.Dict[a.name] = pyutil.DictProperty(a.name, py.None, a.doc)
			}
		}
	}
}
