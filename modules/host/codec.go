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
	codecUTF8    codec = "utf-8"
	codecASCII   codec = "ascii"
	codecLatin1  codec = "latin-1"
	codecUTF16   codec = "utf-16"
	codecUTF16LE codec = "utf-16-le"
	codecUTF16BE codec = "utf-16-be"
)

// isUTF16 reports whether c is one of the UTF-16 codecs.
func (c codec) isUTF16() bool { return c == codecUTF16 || c == codecUTF16LE || c == codecUTF16BE }

// utf16Name is the codec name CPython's UTF-16 decode errors carry: the
// byte order actually decoded.
func (c codec) utf16Name(bigEndian bool) string {
	if c == codecUTF16BE || c != codecUTF16LE && bigEndian {
		return "utf-16-be"
	}
	return "utf-16-le"
}

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
	"utf_16": codecUTF16, "utf16": codecUTF16, "u16": codecUTF16,
	"utf_16_le": codecUTF16LE, "utf_16le": codecUTF16LE,
	"utf_16_be": codecUTF16BE, "utf_16be": codecUTF16BE,
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
	case "strict", "ignore", "replace", "surrogateescape", "backslashreplace", "surrogatepass", "xmlcharrefreplace", "namereplace":
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
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		return decodeUTF16Codec(b, c, h)
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
			if !decodeHandled(&sb, h, b[i:i+1]) {
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
		if !decodeHandled(&sb, h, b[i:i+n]) {
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
// errors count characters, as CPython's do. A lone surrogate is held in a
// Go string as its three-byte (WTF-8) form; an invalid byte stands for
// U+DC80, as it did before strings could hold surrogates.
func encode(s string, c codec, h errorHandler) (py.Bytes, error) {
	if c.isUTF16() {
		b, err := encodeUTF16Codec(s, c, h)
		return py.Bytes(b), err
	}
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
	if c == codecUTF8 {
		reason = "surrogates not allowed"
	}
	out := make([]byte, 0, len(s))
	bad := func(r rune) bool {
		if c == codecUTF8 {
			return isSurrogate(r)
		}
		return r >= limit
	}
	pos := 0 // character index
	for i := 0; i < len(s); {
		r, w := decodeWTF8(s[i:])
		if !bad(r) {
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
		var run []rune
		for i < len(s) {
			r, w = decodeWTF8(s[i:])
			if !bad(r) {
				break
			}
			run = append(run, r)
			i += w
			pos++
		}
		var ok bool
		if out, ok = encodeHandled(out, h, run, c); ok {
			continue
		}
		if err := h.check(); err != nil {
			return nil, err
		}
		end := pos
		what := "encode character " + charRepr(first)
		return nil, unicodeError(py.UnicodeEncodeError, c, py.String(s), start, end, reason, what)
	}
	return py.Bytes(out), nil
}

// isSurrogate reports whether r is a UTF-16 surrogate code point.
func isSurrogate(r rune) bool { return r >= 0xD800 && r <= 0xDFFF }

// decodeWTF8 decodes the character at the start of s: a lone surrogate's
// three-byte form gives the surrogate, an invalid byte gives U+DC80.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	r, w := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && w == 1 {
		return 0xDC80, 1
	}
	return r, w
}

// appendSurrogate appends the three-byte form of the surrogate r.
func appendSurrogate(b []byte, r rune) []byte {
	return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
}

// decodeHandled applies error handler h to the undecodable bytes bad;
// false when h does not handle them (strict, unknown, or bytes it cannot
// escape).
func decodeHandled(sb *strings.Builder, h errorHandler, bad []byte) bool {
	switch h {
	case "ignore":
	case "replace":
		sb.WriteRune(utf8.RuneError)
	case "surrogateescape":
		for _, x := range bad {
			if x < 0x80 {
				return false
			}
		}
		var tmp []byte
		for _, x := range bad {
			tmp = appendSurrogate(tmp, 0xDC00+rune(x))
		}
		sb.Write(tmp)
	case "backslashreplace":
		for _, x := range bad {
			fmt.Fprintf(sb, "\\x%02x", x)
		}
	default:
		return false
	}
	return true
}

// encodeHandled applies error handler h to the unencodable characters
// run; false when h does not handle them.
func encodeHandled(out []byte, h errorHandler, run []rune, c codec) ([]byte, bool) {
	switch h {
	case "ignore":
	case "replace":
		for range run {
			out = append(out, '?')
		}
	case "surrogateescape":
		for _, r := range run {
			if r < 0xDC80 || r > 0xDCFF {
				return out, false
			}
		}
		for _, r := range run {
			out = append(out, byte(r-0xDC00))
		}
	case "surrogatepass":
		if c != codecUTF8 {
			return out, false
		}
		for _, r := range run {
			if !isSurrogate(r) {
				return out, false
			}
			out = appendSurrogate(out, r)
		}
	case "backslashreplace":
		for _, r := range run {
			switch {
			case r < 0x100:
				out = fmt.Appendf(out, "\\x%02x", r)
			case r < 0x10000:
				out = fmt.Appendf(out, "\\u%04x", r)
			default:
				out = fmt.Appendf(out, "\\U%08x", r)
			}
		}
	case "xmlcharrefreplace":
		for _, r := range run {
			out = fmt.Appendf(out, "&#%d;", r)
		}
	default:
		return out, false
	}
	return out, true
}

// decodeUTF16Codec decodes with utf-16 (byte order from a BOM, little
// endian without one), utf-16-le or utf-16-be.
func decodeUTF16Codec(b []byte, c codec, h errorHandler) (py.String, error) {
	big := c == codecUTF16BE
	if c == codecUTF16 && len(b) >= 2 {
		switch {
		case b[0] == 0xFF && b[1] == 0xFE:
			b = b[2:]
		case b[0] == 0xFE && b[1] == 0xFF:
			b, big = b[2:], true
		}
	}
	s, err := decodeUTF16(b, big, h, c.utf16Name(big))
	return py.String(s), err
}

// decodeUTF16 decodes UTF-16 code units of the given byte order.
func decodeUTF16(b []byte, big bool, h errorHandler, name string) (string, error) {
	unit := func(i int) rune {
		if big {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	var sb strings.Builder
	sb.Grow(len(b))
	fail := func(i, j int, reason string) error {
		if decodeHandled(&sb, h, b[i:j]) {
			return nil
		}
		if err := h.check(); err != nil {
			return err
		}
		return unicodeError(py.UnicodeDecodeError, codec(name), py.Bytes(append([]byte(nil), b...)), i, j, reason, fmt.Sprintf("decode byte 0x%02x", b[i]))
	}
	i := 0
	for ; i+1 < len(b); i += 2 {
		u := unit(i)
		switch {
		case u < 0xD800 || u > 0xDFFF:
			sb.WriteRune(u)
		case i+3 >= len(b):
			if err := fail(i, len(b), "unexpected end of data"); err != nil {
				return "", err
			}
			i = len(b)
			continue
		case u < 0xDC00:
			if i+3 >= len(b) {
				if err := fail(i, len(b), "unexpected end of data"); err != nil {
					return "", err
				}
				i = len(b)
				continue
			}
			v := unit(i + 2)
			if v < 0xDC00 || v > 0xDFFF {
				if err := fail(i, i+2, "illegal UTF-16 surrogate"); err != nil {
					return "", err
				}
				continue
			}
			sb.WriteRune(0x10000 + (u-0xD800)<<10 + (v - 0xDC00))
			i += 2
		default:
			if err := fail(i, i+2, "illegal encoding"); err != nil {
				return "", err
			}
		}
	}
	if i < len(b) {
		if err := fail(i, len(b), "truncated data"); err != nil {
			return "", err
		}
	}
	return sb.String(), nil
}

// encodeUTF16Codec encodes with utf-16 (a little-endian BOM first),
// utf-16-le or utf-16-be.
func encodeUTF16Codec(s string, c codec, h errorHandler) ([]byte, error) {
	b, err := encodeUTF16(s, c == codecUTF16BE, h, string(c))
	if err != nil || c != codecUTF16 {
		return b, err
	}
	return append([]byte{0xFF, 0xFE}, b...), nil
}

// encodeUTF16 encodes s as UTF-16 code units of the given byte order.
func encodeUTF16(s string, big bool, h errorHandler, name string) ([]byte, error) {
	out := make([]byte, 0, 2*len(s))
	put := func(u rune) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	pos := 0
	for i := 0; i < len(s); pos++ {
		r, w := decodeWTF8(s[i:])
		i += w
		switch {
		case isSurrogate(r):
			if h == "surrogatepass" {
				put(r)
				continue
			}
			var ok bool
			if h != "surrogatepass" {
				if out, ok = encodeHandled(out, h, []rune{r}, codecUTF16); ok {
					continue
				}
			}
			if err := h.check(); err != nil {
				return nil, err
			}
			return nil, unicodeError(py.UnicodeEncodeError, codec(name), py.String(s), pos, pos+1, "surrogates not allowed", "encode character "+charRepr(r))
		case r >= 0x10000:
			r -= 0x10000
			put(0xD800 + r>>10)
			put(0xDC00 + r&0x3FF)
		default:
			put(r)
		}
	}
	return out, nil
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
