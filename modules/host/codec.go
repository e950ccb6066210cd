package host

import (
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
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

	// codecUTF8Sig is utf-8 with a BOM written first and dropped when
	// read first. Only str.encode, bytes.decode and the str, bytes and
	// bytearray constructors take it (codecArgs); files read and write
	// it through the codecs module.
	codecUTF8Sig codec = "utf-8-sig"
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

// lookupCodec resolves an encoding name for io.TextIOWrapper; unknown
// names raise LookupError as CPython's codecs.lookup does.
func lookupCodec(name string) (codec, error) { return lookupCodecFor(name, "open") }

// errorHandler is the errors= argument: a built-in handler's name or one
// registered with codecs.register_error (codec_registry.go). CPython
// only looks it up when an error actually happens, and so do we.
type errorHandler string

// codecArgs parses (encoding='utf-8', errors='strict') for fn ("decode",
// "encode", "str", "bytes").
func codecArgs(fn string, encoding, errors py.Object) (codec, errorHandler, error) {
	if encoding == nil && errors == nil {
		return codecUTF8, "strict", nil // the defaults, as below
	}
	enc, h := "utf-8", "strict"
	// The messages number the argument (3.6's getargs and clinic alike;
	// later versions name the methods' arguments): the constructors' come
	// after the object.
	encArg, errArg := "1", "2"
	if fn == "str" || fn == "bytes" || fn == "bytearray" {
		encArg, errArg = "2", "3"
	}
	if encoding != nil {
		s, ok := encoding.(py.String)
		if !ok {
			return "", "", pyutil.TypeErrorf("%s() argument %s must be str, not %s", fn, encArg, argTypeName(encoding))
		}
		enc = string(s)
	}
	if errors != nil {
		s, ok := errors.(py.String)
		if !ok {
			return "", "", pyutil.TypeErrorf("%s() argument %s must be str, not %s", fn, errArg, argTypeName(errors))
		}
		h = string(s)
	}
	verb := "encode"
	if fn == "decode" || fn == "str" {
		verb = "decode"
	}
	c, err := lookupCodecFor(enc, verb)
	if err != nil && normalizedCodecName(enc) == "utf_8_sig" {
		c, err = codecUTF8Sig, nil
	}
	if err == nil && !shortcutName(enc) {
		c += codec("\x00" + enc)
	}
	return c, errorHandler(h), err
}

// shortcutName reports whether CPython 3.6 codes with the encoding name
// without going through its codec registry (the names PyUnicode_Decode
// and PyUnicode_AsEncodedString test first). Errors other than Unicode
// errors that happen when it does go through the registry name the codec:
// "encoding with 'utf-16-le' codec failed (LookupError: ...)".
func shortcutName(name string) bool {
	switch name {
	case "utf-8", "utf8", "UTF-8", "ascii", "latin-1", "latin1":
		return true // the common spellings, without normalizing
	}
	var sb strings.Builder
	gap := false
	for _, r := range name {
		if r < 0x80 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.') {
			if gap && sb.Len() > 0 {
				sb.WriteByte('_')
			}
			gap = false
			sb.WriteRune(r | 0x20)
			continue
		}
		gap = true
	}
	switch sb.String() {
	case "utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii", "us_ascii",
		"latin1", "latin_1", "iso_8859_1", "iso8859_1":
		return true
	}
	return false
}

// viaRegistry splits the encoding name codecArgs appends to a codec that
// CPython reaches through its registry ("" when there is none).
func (c codec) viaRegistry() (codec, string) {
	if i := strings.IndexByte(string(c), 0); i >= 0 {
		return c[:i], string(c[i+1:])
	}
	return c, ""
}

// plainErrorTypes are the exception classes CPython re-raises with the
// codec's name in front (their instances hold nothing but arguments).
var plainErrorTypes = []*py.Type{
	py.ExceptionType, py.TypeError, py.ValueError, py.LookupError, py.IndexError,
	py.KeyError, py.AttributeError, py.RuntimeError, py.NotImplementedError,
	py.ArithmeticError, py.OverflowError, py.ZeroDivisionError, py.AssertionError,
	py.NameError, py.EOFError, py.MemoryError, py.UnicodeError,
}

// nameCodecInError is CPython's wrapping of an error from a codec
// reached through the registry: the same class, the message
// "<verb> with '<name>' codec failed (<Class>: <message>)", the
// original as its cause. Other errors pass unchanged.
func nameCodecInError(err error, verb, name string) error {
	var e *py.Exception
	switch x := err.(type) {
	case *py.Exception:
		e = x
	case py.ExceptionInfo:
		e, _ = x.Value.(*py.Exception)
	case *py.ExceptionInfo:
		e, _ = x.Value.(*py.Exception)
	}
	if e == nil || e.Base == nil || len(e.Dict) != 0 {
		return err
	}
	if args, ok := e.Args.(py.Tuple); ok && (len(args) > 1 || len(args) == 1 && !isStr(args[0])) {
		return err // CPython wraps only an exception whose argument is a message
	}
	base, ok := plainSubclassBase(e.Base)
	if !ok {
		return err
	}
	plain := false
	for _, t := range plainErrorTypes {
		if base == t {
			plain = true
		}
	}
	if !plain {
		return err
	}
	msg, serr := pyrepr.Str(e)
	if serr != nil {
		return err
	}
	return &py.Exception{
		Base:  e.Base,
		Args:  py.Tuple{py.String(fmt.Sprintf("%s with '%s' codec failed (%s: %s)", verb, name, e.Base.Name, msg))},
		Cause: e,
	}
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
func unicodeError(t *py.Type, c codec, object py.Object, start, end int, reason string) *py.Exception {
	// args are CPython's five; str() of the exception words its message
	// from them (pyrepr's unicodeErrorStr).
	return &py.Exception{
		Base: t,
		Args: py.Tuple{py.String(string(c)), object, py.Int(start), py.Int(end), py.String(reason)},
		Dict: py.StringDict{
			"encoding": py.String(string(c)),
			"object":   object,
			"start":    py.Int(start),
			"end":      py.Int(end),
			"reason":   py.String(reason),
		},
	}
}

// decode turns b into a str with codec c. It is O(len(b)); input with
// errors goes through decodeWith.
func decode(b []byte, c codec, h errorHandler) (py.String, error) {
	if base, _ := c.viaRegistry(); strings.HasPrefix(string(base), pyCodecMark) {
		s, _, err := decodeExtra(b, base, h)
		return s, err
	}
	if c, via := c.viaRegistry(); via != "" {
		s, err := decode(b, c, h)
		return s, nameCodecInError(err, "decoding", via)
	}
	if s, ok, err := decodeExtra(b, c, h); ok {
		return s, err
	}
	switch c {
	case codecUTF8Sig:
		if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
			b = b[3:]
		}
		return decode(b, codecUTF8, h)
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		return decodeUTF16Codec(b, c, h)
	case codecLatin1:
		return py.String(latin1Text(b)), nil
	case codecASCII:
		if !pyutil.IsASCII(unsafe.String(unsafe.SliceData(b), len(b))) {
			s, err := decodeWith(b, 0, stepASCII, string(c), h)
			return py.String(s), err
		}
		return py.String(b), nil
	}
	if utf8.Valid(b) {
		return py.String(b), nil
	}
	s, err := decodeWith(b, 0, stepUTF8, string(c), h)
	return py.String(s), err
}

// latin1Text is b decoded as Latin-1: each byte is the code point of its
// value, two bytes of UTF-8 from 0x80 on.
func latin1Text(b []byte) string {
	high := 0
	for _, x := range b {
		high += int(x >> 7)
	}
	if high == 0 {
		return string(b)
	}
	out := make([]byte, 0, len(b)+high)
	for _, x := range b {
		if x < utf8.RuneSelf {
			out = append(out, x)
		} else {
			out = append(out, 0xC0|x>>6, 0x80|x&0x3F)
		}
	}
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// A decodeStep reads the unit at b[i:] (i < len(b)): the character and
// its length in bytes, or the length of an undecodable unit and the
// reason a UnicodeDecodeError gives.
type decodeStep func(b []byte, i int) (r rune, n int, reason string)

func stepASCII(b []byte, i int) (rune, int, string) {
	if b[i] < 0x80 {
		return rune(b[i]), 1, ""
	}
	return 0, 1, "ordinal not in range(128)"
}

func stepUTF8(b []byte, i int) (rune, int, string) {
	if b[i] < 0x80 {
		return rune(b[i]), 1, ""
	}
	n, reason := pyutil.UTF8Sequence(b[i:], false)
	if reason != "" {
		return 0, n, reason
	}
	r, _ := utf8.DecodeRune(b[i : i+n])
	return r, n, ""
}

// stepUTF16 reads UTF-16 code units of the given byte order.
func stepUTF16(big bool) decodeStep {
	return func(b []byte, i int) (rune, int, string) {
		if i+1 >= len(b) {
			return 0, len(b) - i, "truncated data"
		}
		u := unitAt(b, i, big)
		switch {
		case u < 0xD800 || u > 0xDFFF:
			return u, 2, ""
		case i+3 >= len(b):
			return 0, len(b) - i, "unexpected end of data"
		case u < 0xDC00:
			v := unitAt(b, i+2, big)
			if v < 0xDC00 || v > 0xDFFF {
				return 0, 2, "illegal UTF-16 surrogate"
			}
			return 0x10000 + (u-0xD800)<<10 + (v - 0xDC00), 4, ""
		}
		return 0, 2, "illegal encoding"
	}
}

// unitAt is the UTF-16 code unit at b[i:i+2].
func unitAt(b []byte, i int, big bool) rune {
	if big {
		return rune(b[i])<<8 | rune(b[i+1])
	}
	return rune(b[i+1])<<8 | rune(b[i])
}

// decodeWith decodes b[from:] unit by unit with step, passing each
// undecodable unit to the error handler h. Error positions count from
// b[0], which is the exception's object (a UTF-16 BOM stays in it).
func decodeWith(b []byte, from int, step decodeStep, name string, h errorHandler) (string, error) {
	s, _, err := decodePart(b, from, step, name, h, true)
	return s, err
}

// decodePart is decodeWith that, unless final, stops before a character
// cut by the end of b; it returns the text and the bytes consumed.
func decodePart(b []byte, from int, step decodeStep, name string, h errorHandler, final bool) (string, int, error) {
	var sb strings.Builder
	sb.Grow(len(b))
	var object py.Bytes // b as the handlers' exceptions hold it, copied once
	i := from
	for i < len(b) {
		r, n, reason := step(b, i)
		if reason == "" {
			if r < utf8.RuneSelf {
				sb.WriteByte(byte(r))
			} else {
				sb.WriteRune(r)
			}
			i += n
			continue
		}
		if !final && i+n == len(b) && (reason == "unexpected end of data" || reason == "truncated data") {
			break
		}
		f := decodeFailure{encoding: name, input: b, start: i, end: i + n, reason: reason, object: &object}
		rep, swapped, err := resolveDecodeError(h, &f)
		if err != nil {
			return "", 0, err
		}
		if swapped != nil {
			b, object = swapped, py.Bytes(swapped)
		}
		sb.WriteString(rep.text)
		i = rep.resume
	}
	return sb.String(), i, nil
}

// encode turns s into bytes with codec c. It is O(len(s)). Positions in
// errors count characters, as CPython's do. A lone surrogate is held in a
// Go string as its three-byte (WTF-8) form; an invalid byte stands for
// U+DC80, as it did before strings could hold surrogates.
func encode(s string, c codec, h errorHandler) (py.Bytes, error) {
	if base, _ := c.viaRegistry(); strings.HasPrefix(string(base), pyCodecMark) {
		b, _, err := encodeExtra(s, base, h)
		return b, err
	}
	if c, via := c.viaRegistry(); via != "" {
		b, err := encode(s, c, h)
		return b, nameCodecInError(err, "encoding", via)
	}
	if b, ok, err := encodeExtra(s, c, h); ok {
		return b, err
	}
	if c == codecUTF8Sig {
		b, err := encode(s, codecUTF8, h)
		if err != nil {
			return nil, err
		}
		return append(py.Bytes{0xEF, 0xBB, 0xBF}, b...), nil
	}
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
	out, err := encodeWith(s, encodeSpecOf(c, false), h, make([]byte, 0, len(s)))
	return py.Bytes(out), err
}

// encodeSpec describes an encoder for encodeWith.
type encodeSpec struct {
	name      string
	reason    string
	perChar   bool // each unencodable character is its own error (UTF-16)
	asciiOnly bool // a handler's str replacement must be ASCII
	unit      int  // a handler's bytes replacement is whole code units
	blameOne  bool // an unencodable replacement is reported at the run's first character only
	fits      func(r rune) bool
	put       func(out []byte, r rune) []byte
}

// encodeSpecOf gives codec c's encoder (big selects UTF-16's byte order
// for codecUTF16).
func encodeSpecOf(c codec, big bool) *encodeSpec {
	switch c {
	case codecASCII:
		return &encodeSpec{name: string(c), reason: "ordinal not in range(128)", unit: 1, blameOne: true,
			fits: func(r rune) bool { return r < 0x80 },
			put:  func(out []byte, r rune) []byte { return append(out, byte(r)) }}
	case codecLatin1:
		return &encodeSpec{name: string(c), reason: "ordinal not in range(256)", unit: 1, blameOne: true,
			fits: func(r rune) bool { return r < 0x100 },
			put:  func(out []byte, r rune) []byte { return append(out, byte(r)) }}
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		big = big || c == codecUTF16BE
		put16 := func(out []byte, u rune) []byte {
			if big {
				return append(out, byte(u>>8), byte(u))
			}
			return append(out, byte(u), byte(u>>8))
		}
		return &encodeSpec{name: string(c), reason: "surrogates not allowed", perChar: true, asciiOnly: true, unit: 2,
			fits: func(r rune) bool { return !isSurrogate(r) },
			put: func(out []byte, r rune) []byte {
				if r >= 0x10000 {
					r -= 0x10000
					out = put16(out, 0xD800+r>>10)
					return put16(out, 0xDC00+r&0x3FF)
				}
				return put16(out, r)
			}}
	}
	return &encodeSpec{name: string(codecUTF8), reason: "surrogates not allowed", asciiOnly: true, unit: 1,
		fits: func(r rune) bool { return !isSurrogate(r) },
		put:  func(out []byte, r rune) []byte { return utf8.AppendRune(out, r) }}
}

// encodeWith appends s encoded by sp to out, passing each run of
// unencodable characters to the error handler h and resuming where the
// handler says.
func encodeWith(s string, sp *encodeSpec, h errorHandler, out []byte) ([]byte, error) {
	chars := wtf8Runes(s)
	for i := 0; i < len(chars); {
		r := chars[i]
		if sp.fits(r) {
			out = sp.put(out, r)
			i++
			continue
		}
		end := i + 1
		for !sp.perChar && end < len(chars) && !sp.fits(chars[end]) {
			end++
		}
		if h == "surrogatepass" && (sp.unit == 2 || sp.unit == 4) {
			out = sp.put(out, r) // the surrogate as a code unit, in the encoder's byte order
			i++
			continue
		}
		f := encodeFailure{encoding: sp.name, text: py.String(s), chars: chars, start: i, end: end, reason: sp.reason}
		rep, err := resolveEncodeError(h, &f)
		if err != nil {
			return nil, err
		}
		if rep.isBytes {
			if len(rep.raw)%sp.unit != 0 {
				return nil, f.exception()
			}
			out = append(out, rep.raw...)
		} else {
			for _, x := range wtf8Runes(rep.text) {
				if !sp.fits(x) || sp.asciiOnly && x >= 0x80 {
					if sp.blameOne {
						f.end = f.start + 1
					}
					return nil, f.exception()
				}
				out = sp.put(out, x)
			}
		}
		i = rep.resume
	}
	return out, nil
}

// isSurrogate reports whether r is a UTF-16 surrogate code point.
func isSurrogate(r rune) bool { return r >= 0xD800 && r <= 0xDFFF }

// decodeWTF8 decodes the character at the start of s: a lone surrogate's
// three-byte form gives the surrogate, an invalid byte gives U+DC80.
func decodeWTF8(s string) (rune, int) { return pyutil.DecodeWTF8(s) }

// appendSurrogate appends the three-byte form of the surrogate r.
func appendSurrogate(b []byte, r rune) []byte {
	return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
}

// decodeUTF16Codec decodes with utf-16 (byte order from a BOM, little
// endian without one), utf-16-le or utf-16-be.
func decodeUTF16Codec(b []byte, c codec, h errorHandler) (py.String, error) {
	big, from := c == codecUTF16BE, 0
	if c == codecUTF16 && len(b) >= 2 {
		switch {
		case b[0] == 0xFF && b[1] == 0xFE:
			from = 2
		case b[0] == 0xFE && b[1] == 0xFF:
			from, big = 2, true
		}
	}
	s, err := decodeWith(b, from, stepUTF16(big), c.utf16Name(big), h)
	return py.String(s), err
}

// decodeUTF16 decodes UTF-16 code units of the given byte order.
func decodeUTF16(b []byte, big bool, h errorHandler, name string) (string, error) {
	return decodeWith(b, 0, stepUTF16(big), name, h)
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

// encodeUTF16 encodes s as UTF-16 code units of the given byte order;
// name is the codec errors report.
func encodeUTF16(s string, big bool, h errorHandler, name string) ([]byte, error) {
	sp := encodeSpecOf(codecUTF16LE, big)
	sp.name = name
	return encodeWith(s, sp, h, make([]byte, 0, 2*len(s)))
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
				prop := pyutil.DictProperty(a.name, py.None, a.doc)
				name := a.name
				// Error handlers may move start and end or swap the
				// object, as CPython's allow.
				prop.Fset = func(self, v py.Object) error {
					e, ok := self.(*py.Exception)
					if !ok {
						return pyutil.TypeErrorf("descriptor '%s' requires an exception", name)
					}
					if e.Dict == nil {
						e.Dict = py.StringDict{}
					}
					e.Dict[name] = v
					return nil
				}
				t.Dict[a.name] = prop
			}
		}
	}
}

// plainSubclassBase is the built-in exception class under t when the
// classes written in Python between them (if any) add no state: no
// __init__ or __new__ of their own and no slots beyond __weakref__, as
// CPython 3.6 asks of an error it wraps; ok is false otherwise.
func plainSubclassBase(t *py.Type) (*py.Type, bool) {
	for t != nil && t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		if _, has := t.Dict["__init__"]; has {
			return nil, false
		}
		if _, has := t.Dict["__new__"]; has {
			return nil, false
		}
		declared, _ := vm.ClassSlots(t) // as made, not as the namespace says now
		switch slots := declared.(type) {
		case nil:
		case py.String:
			if slots != "__weakref__" {
				return nil, false
			}
		case py.Tuple:
			for _, s := range slots {
				if s != py.String("__weakref__") {
					return nil, false
				}
			}
		default:
			return nil, false
		}
		t = t.Base
	}
	return t, t != nil
}
