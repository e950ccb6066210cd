package host

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Error handlers by name. The built-in ones (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape,
// surrogatepass) run as Go code inside the codecs; any other name is
// looked up in the registry that codecs.register_error fills, and its
// callable is called with a UnicodeEncodeError or UnicodeDecodeError and
// must answer (replacement, resume position).
//
// The registry is process-wide (CPython keeps one per interpreter): a
// handler registered in one context is visible in every other.

var handlerRegistry = struct {
	sync.Mutex
	byName map[string]py.Object
}{byName: map[string]py.Object{}}

// handlerModule is the module the built-in handlers' functions say they
// belong to (_codecs, where CPython defines them).
var handlerModule = &py.Module{ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: "_codecs"}}, Globals: py.StringDict{}}

// builtinHandlerFuncs are the Python-visible callables of the built-in
// handlers, under the names lookup_error answers for them.
var builtinHandlerFuncs = map[string]*py.Method{}

// RegisterErrorHandler records fn as the error handler called name
// (codecs.register_error). fn must be callable.
func RegisterErrorHandler(name string, fn py.Object) error {
	if !pyutil.IsCallable(fn) {
		return pyutil.TypeErrorf("handler must be callable")
	}
	handlerRegistry.Lock()
	handlerRegistry.byName[name] = fn
	handlerRegistry.Unlock()
	return nil
}

// LookupErrorHandler returns the callable registered as name
// (codecs.lookup_error), or LookupError "unknown error handler name".
func LookupErrorHandler(name string) (py.Object, error) {
	handlerRegistry.Lock()
	fn, ok := handlerRegistry.byName[name]
	handlerRegistry.Unlock()
	if ok {
		return fn, nil
	}
	if m, ok := builtinHandlerFuncs[name]; ok {
		return m, nil
	}
	return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", name)
}

// BuiltinErrorHandlers lists the Python functions of the built-in
// handlers by their function names (strict_errors, ..., surrogatepass).
func BuiltinErrorHandlers() map[string]py.Object {
	out := map[string]py.Object{}
	for _, m := range builtinHandlerFuncs {
		out[m.Name] = m
	}
	return out
}

// isBuiltinHandler reports whether the codecs implement h themselves.
func isBuiltinHandler(h errorHandler) bool {
	switch h {
	case "strict", "ignore", "replace", "surrogateescape", "backslashreplace", "surrogatepass", "xmlcharrefreplace", "namereplace":
		return true
	}
	return false
}

// A replacement is what an error handler gives back: text, or for an
// encoder raw bytes, and where to resume.
type replacement struct {
	text    string
	raw     []byte
	isBytes bool
	resume  int
}

// encodeFailure describes one run of characters an encoder cannot take.
type encodeFailure struct {
	encoding string
	text     py.String // the whole input
	chars    []rune    // the input, one rune per character
	start    int
	end      int
	reason   string
}

func (f *encodeFailure) exception() *py.Exception {
	return unicodeError(py.UnicodeEncodeError, codec(f.encoding), f.text, f.start, f.end, f.reason)
}

// decodeFailure describes one undecodable unit of input.
type decodeFailure struct {
	encoding string
	input    []byte
	start    int
	end      int
	reason   string
	object   *py.Bytes // the exception's object: a copy of input, made once per decode
}

func (f *decodeFailure) exception() *py.Exception {
	var obj py.Bytes
	if f.object != nil && *f.object != nil {
		obj = *f.object
	} else {
		obj = py.Bytes(append([]byte{}, f.input...))
		if f.object != nil {
			*f.object = obj
		}
	}
	return unicodeError(py.UnicodeDecodeError, codec(f.encoding), obj, f.start, f.end, f.reason)
}

// builtinEncodeRepl is the built-in handler h's answer for an encode
// failure; ok is false when h refuses (strict, or characters it cannot
// escape), and the failure's own exception is then raised.
func builtinEncodeRepl(h errorHandler, chars []rune, start, end int, encoding string) (replacement, bool) {
	run := chars[start:max(start, end)]
	var sb strings.Builder
	switch h {
	case "ignore":
	case "replace":
		sb.WriteString(strings.Repeat("?", len(run)))
	case "backslashreplace":
		for _, r := range run {
			writeBackslashed(&sb, r)
		}
	case "xmlcharrefreplace":
		for _, r := range run {
			fmt.Fprintf(&sb, "&#%d;", r)
		}
	case "namereplace":
		for _, r := range run {
			if name := unicodeName(r); name != "" {
				sb.WriteString(`\N{` + name + "}")
			} else {
				writeBackslashed(&sb, r)
			}
		}
	case "surrogateescape":
		// 3.6's ascii, latin-1 and utf-8 encoders escape the escapable
		// head of the run and resume at the first character that is not,
		// whose failure (from there to the run's end) is then the error;
		// the other codecs fail for the whole run.
		raw := make([]byte, 0, len(run))
		for i, r := range run {
			if r < 0xDC80 || r > 0xDCFF {
				if i == 0 || !escapesHead(encoding) {
					return replacement{}, false
				}
				return replacement{raw: raw, isBytes: true, resume: start + i}, true
			}
			raw = append(raw, byte(r-0xDC00))
		}
		return replacement{raw: raw, isBytes: true, resume: end}, true
	case "surrogatepass":
		var raw []byte
		for _, r := range run {
			if !isSurrogate(r) {
				return replacement{}, false
			}
			switch normalizedCodecName(encoding) {
			case "utf_8", "utf8":
				raw = appendSurrogate(raw, r)
			case "utf_16", "utf16", "utf_16_le", "utf_16le":
				raw = append(raw, byte(r), byte(r>>8))
			case "utf_16_be", "utf_16be":
				raw = append(raw, byte(r>>8), byte(r))
			case "utf_32", "utf32", "utf_32_le", "utf_32le":
				raw = append(raw, byte(r), byte(r>>8), 0, 0)
			case "utf_32_be", "utf_32be":
				raw = append(raw, 0, 0, byte(r>>8), byte(r))
			default:
				return replacement{}, false
			}
		}
		return replacement{raw: raw, isBytes: true, resume: end}, true
	default:
		return replacement{}, false
	}
	return replacement{text: sb.String(), resume: end}, true
}

// escapesHead reports whether encoding is one of the codecs CPython 3.6
// encodes in C with surrogateescape handled inline (ascii, latin-1,
// utf-8).
func escapesHead(encoding string) bool {
	switch CanonicalCodec(encoding) {
	case "ascii", "iso8859-1", "utf-8":
		return true
	}
	return false
}

// writeBackslashed writes r as \xNN, \uNNNN or \UNNNNNNNN.
func writeBackslashed(sb *strings.Builder, r rune) {
	switch {
	case r < 0x100:
		fmt.Fprintf(sb, "\\x%02x", r)
	case r < 0x10000:
		fmt.Fprintf(sb, "\\u%04x", r)
	default:
		fmt.Fprintf(sb, "\\U%08x", r)
	}
}

// builtinDecodeRepl is builtinEncodeRepl for a decode failure over
// input[start:end].
func builtinDecodeRepl(h errorHandler, input []byte, start, end int, encoding string) (replacement, bool, error) {
	bad := input[start:max(start, end)]
	switch h {
	case "ignore":
		return replacement{resume: end}, true, nil
	case "replace":
		return replacement{text: "\uFFFD", resume: end}, true, nil
	case "backslashreplace":
		var sb strings.Builder
		for _, x := range bad {
			fmt.Fprintf(&sb, "\\x%02x", x)
		}
		return replacement{text: sb.String(), resume: end}, true, nil
	case "surrogateescape":
		var tmp []byte
		for i, x := range bad {
			if x < 0x80 {
				if i == 0 {
					return replacement{}, false, nil
				}
				break
			}
			tmp = appendSurrogate(tmp, 0xDC00+rune(x))
		}
		return replacement{text: string(tmp), resume: start + len(tmp)/3}, true, nil
	case "surrogatepass":
		rest := input[start:]
		switch normalizedCodecName(encoding) {
		case "utf_8", "utf8":
			if len(rest) >= 3 && rest[0] == 0xED && rest[1]&0xE0 == 0xA0 && rest[2]&0xC0 == 0x80 {
				return replacement{text: string(rest[:3]), resume: start + 3}, true, nil
			}
		case "utf_16_le", "utf_16le", "utf_16_be", "utf_16be":
			if len(rest) >= 2 {
				u := rune(rest[1])<<8 | rune(rest[0])
				if strings.HasSuffix(normalizedCodecName(encoding), "be") {
					u = rune(rest[0])<<8 | rune(rest[1])
				}
				if isSurrogate(u) {
					return replacement{text: string(appendSurrogate(nil, u)), resume: start + 2}, true, nil
				}
			}
		case "utf_32_le", "utf_32le", "utf_32_be", "utf_32be":
			if len(rest) >= 4 {
				u := rune(rest[3])<<24 | rune(rest[2])<<16 | rune(rest[1])<<8 | rune(rest[0])
				if strings.HasSuffix(normalizedCodecName(encoding), "be") {
					u = rune(rest[0])<<24 | rune(rest[1])<<16 | rune(rest[2])<<8 | rune(rest[3])
				}
				if isSurrogate(u) {
					return replacement{text: string(appendSurrogate(nil, u)), resume: start + 4}, true, nil
				}
			}
		}
		return replacement{}, false, nil
	case "xmlcharrefreplace", "namereplace":
		return replacement{}, false, pyutil.TypeErrorf("don't know how to handle UnicodeDecodeError in error callback")
	}
	return replacement{}, false, nil
}

// normalizedCodecName lowercases name and turns '-' and ' ' into '_'.
// Names already in that form (every str.encode('utf-8')-style call after
// the first spelling) come back without allocating.
func normalizedCodecName(name string) string {
	name = strings.TrimSpace(name)
	for i := 0; i < len(name); i++ {
		if c := name[i]; c == '-' || c == ' ' || ('A' <= c && c <= 'Z') || c >= 0x80 {
			return codecNameReplacer.Replace(strings.ToLower(name))
		}
	}
	return name
}

// codecNameReplacer is built once: a strings.Replacer compiles its table.
var codecNameReplacer = strings.NewReplacer("-", "_", " ", "_")

// callHandler calls a script's handler with exc and checks its answer as
// CPython does: a 2-tuple of (str or, for encoding, bytes) and an index,
// the index counted from the end when negative and within [0, length].
func callHandler(fn py.Object, exc *py.Exception, encoding bool, length int) (replacement, error) {
	res, err := vm.Call(fn, py.Tuple{exc}, nil)
	if err != nil {
		return replacement{}, err
	}
	return checkHandlerResult(res, encoding, length)
}

// checkHandlerResult validates what a script's handler returned.
func checkHandlerResult(res py.Object, encoding bool, length int) (replacement, error) {
	msg := "decoding error handler must return (str, int) tuple"
	if encoding {
		msg = "encoding error handler must return (str/bytes, int) tuple"
	}
	t, ok := res.(py.Tuple)
	if !ok || len(t) != 2 {
		return replacement{}, pyutil.TypeErrorf("%s", msg)
	}
	var rep replacement
	switch v := t[0].(type) {
	case py.String:
		rep.text = string(v)
	case py.Bytes:
		if !encoding {
			return replacement{}, pyutil.TypeErrorf("%s", msg)
		}
		rep.raw, rep.isBytes = []byte(v), true
	default:
		return replacement{}, pyutil.TypeErrorf("%s", msg)
	}
	if _, isFloat := t[1].(py.Float); isFloat {
		return replacement{}, pyutil.TypeErrorf("integer argument expected, got float")
	}
	big, err := pyarg.Index(t[1])
	if err != nil {
		return replacement{}, err
	}
	if !big.IsInt64() {
		return replacement{}, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	pos := int(big.Int64())
	if pos < 0 {
		pos += length
	}
	if pos < 0 || pos > length {
		return replacement{}, py.ExceptionNewf(py.IndexError, "position %d from error handler out of bounds", pos)
	}
	rep.resume = pos
	return rep, nil
}

// resolveEncodeError finds the replacement for an encode failure with
// handler h: the built-in one, or the registered callable's.
func resolveEncodeError(h errorHandler, f *encodeFailure) (replacement, error) {
	if isBuiltinHandler(h) {
		if rep, ok := builtinEncodeRepl(h, f.chars, f.start, f.end, f.encoding); ok {
			return rep, nil
		}
		return replacement{}, f.exception()
	}
	fn, err := LookupErrorHandler(string(h))
	if err != nil {
		return replacement{}, err
	}
	return callHandler(fn, f.exception(), true, len(f.chars))
}

// resolveDecodeError is resolveEncodeError for a decode failure. A
// script's handler may replace the exception's object; the new input is
// returned then (nil otherwise).
func resolveDecodeError(h errorHandler, f *decodeFailure) (replacement, []byte, error) {
	if isBuiltinHandler(h) {
		rep, ok, err := builtinDecodeRepl(h, f.input, f.start, f.end, f.encoding)
		if err != nil {
			return replacement{}, nil, err
		}
		if ok {
			return rep, nil, nil
		}
		return replacement{}, nil, f.exception()
	}
	fn, err := LookupErrorHandler(string(h))
	if err != nil {
		return replacement{}, nil, err
	}
	exc := f.exception()
	made, _ := exc.Dict["object"].(py.Bytes)
	rep, err := vm.Call(fn, py.Tuple{exc}, nil)
	if err != nil {
		return replacement{}, nil, err
	}
	length := len(f.input)
	var swapped []byte
	switch obj := exc.Dict["object"].(type) {
	case py.Bytes:
		if !sameBytes(obj, made) {
			// never nil, even for b"": nil means "not swapped"
			swapped = append([]byte{}, obj...)
			length = len(obj)
		}
	default:
		return replacement{}, nil, pyutil.TypeErrorf("object attribute must be bytes")
	}
	r, err := checkHandlerResult(rep, false, length)
	return r, swapped, err
}

// sameBytes reports whether a and b are the same bytes object's storage.
func sameBytes(a, b py.Bytes) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// unicodeErrorParts reads the attributes a built-in handler needs from a
// UnicodeEncodeError or UnicodeDecodeError; any other exception is the
// TypeError CPython raises.
func unicodeErrorParts(exc py.Object) (kind *py.Type, e *py.Exception, start, end int, err error) {
	e, ok := exc.(*py.Exception)
	if !ok {
		return nil, nil, 0, 0, pyutil.TypeErrorf("don't know how to handle %s in error callback", pyutil.TypeName(exc))
	}
	switch {
	case e.Base.IsSubtype(py.UnicodeEncodeError):
		kind = py.UnicodeEncodeError
	case e.Base.IsSubtype(py.UnicodeDecodeError):
		kind = py.UnicodeDecodeError
	case e.Base.IsSubtype(py.UnicodeTranslateError):
		kind = py.UnicodeTranslateError
	default:
		return nil, nil, 0, 0, pyutil.TypeErrorf("don't know how to handle %s in error callback", e.Base.Name)
	}
	s, _ := unicodeErrorAttr(e, "start").(py.Int)
	n, _ := unicodeErrorAttr(e, "end").(py.Int)
	return kind, e, int(s), int(n), nil
}

// unicodeErrorAttr reads attribute name of a Unicode error: from its
// instance Dict, else from its constructor arguments ((encoding,) object,
// start, end, reason).
func unicodeErrorAttr(e *py.Exception, name string) py.Object {
	if v, ok := e.Dict[name]; ok {
		return v
	}
	args, _ := e.Args.(py.Tuple)
	fields := []string{"encoding", "object", "start", "end", "reason"}
	if e.Base.IsSubtype(py.UnicodeTranslateError) {
		fields = fields[1:]
	}
	if len(args) == len(fields) {
		for i, f := range fields {
			if f == name {
				return args[i]
			}
		}
	}
	return nil
}

// clampRange limits start and end to the object's length n as CPython's
// attribute getters do; end may still be below start (an empty range that
// resumes at end).
func clampRange(start, end, n int) (int, int) {
	start = max(0, min(start, n-1))
	if n == 0 {
		start = 0
	}
	end = min(max(end, 1), n)
	return start, end
}

// handlerFunc makes the Python function of built-in handler h.
func handlerFunc(h errorHandler, fname string) *py.Method {
	return py.MustNewMethod(fname, func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", fname, len(args))
		}
		if h == "strict" {
			if e, ok := args[0].(*py.Exception); ok {
				return nil, e
			}
			return nil, pyutil.TypeErrorf("codec must pass exception instance")
		}
		kind, e, start, end, err := unicodeErrorParts(args[0])
		if err != nil {
			return nil, err
		}
		encoding, _ := unicodeErrorAttr(e, "encoding").(py.String)
		switch kind {
		case py.UnicodeDecodeError:
			input, ok := unicodeErrorAttr(e, "object").(py.Bytes)
			if !ok {
				return nil, pyutil.TypeErrorf("object attribute must be bytes")
			}
			start, end = clampRange(start, end, len(input))
			if h == "surrogateescape" || h == "surrogatepass" || h == "backslashreplace" {
				if end <= start {
					return py.Tuple{py.String(""), py.Int(end)}, nil
				}
			}
			rep, ok, err := builtinDecodeRepl(h, input, start, end, string(encoding))
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, e
			}
			return py.Tuple{py.String(rep.text), py.Int(rep.resume)}, nil
		default:
			text, ok := unicodeErrorAttr(e, "object").(py.String)
			if !ok {
				return nil, pyutil.TypeErrorf("object attribute must be unicode")
			}
			chars := wtf8Runes(string(text))
			start, end = clampRange(start, end, len(chars))
			if kind == py.UnicodeTranslateError {
				switch h {
				case "replace":
					return py.Tuple{py.String(strings.Repeat("\uFFFD", end-start)), py.Int(end)}, nil
				case "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass":
					return nil, pyutil.TypeErrorf("don't know how to handle UnicodeTranslateError in error callback")
				}
			}
			rep, ok := builtinEncodeRepl(h, chars, start, end, string(encoding))
			if !ok {
				return nil, e
			}
			if rep.isBytes {
				return py.Tuple{py.Bytes(rep.raw), py.Int(rep.resume)}, nil
			}
			return py.Tuple{py.String(rep.text), py.Int(rep.resume)}, nil
		}
	}, 0, fname+"(exc) -> (replacement, position): the "+string(h)+" error handler.")
}

// wtf8Runes splits a str into its characters, lone surrogates included.
func wtf8Runes(s string) []rune {
	out := make([]rune, 0, utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, w := decodeWTF8(s[i:])
		out = append(out, r)
		i += w
	}
	return out
}

func init() {
	for _, h := range []struct{ name, fname string }{
		{"strict", "strict_errors"},
		{"ignore", "ignore_errors"},
		{"replace", "replace_errors"},
		{"xmlcharrefreplace", "xmlcharrefreplace_errors"},
		{"backslashreplace", "backslashreplace_errors"},
		{"namereplace", "namereplace_errors"},
		{"surrogateescape", "surrogateescape"},
		{"surrogatepass", "surrogatepass"},
	} {
		m := handlerFunc(errorHandler(h.name), h.fname)
		m.Module = handlerModule // shown as "<built-in function NAME>"
		builtinHandlerFuncs[h.name] = m
	}
}

// unicodeNames gives the Unicode name of a character for namereplace;
// modules/codecs installs it (with its table of names). Without it, or
// for a character without a name, namereplace escapes as
// backslashreplace does.
var unicodeNames func(r rune) string

// SetUnicodeNames installs the character names namereplace uses.
func SetUnicodeNames(names func(r rune) string) { unicodeNames = names }

func unicodeName(r rune) string {
	if unicodeNames == nil {
		return ""
	}
	return unicodeNames(r)
}

// Codec entry points for the codecs module (modules/codecs).

// CodecName resolves an encoding name to one of the interpreter's codecs
// ("utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be"); ok
// is false for other names.
func CodecName(name string) (string, bool) {
	c, err := lookupCodec(name)
	return string(c), err == nil
}

// EncodeText encodes s with codec (a CodecName result) and handler
// errors, as str.encode does.
func EncodeText(s, codecName, errors string) ([]byte, error) {
	c, err := lookupCodec(codecName)
	if err != nil {
		return nil, err
	}
	b, err := encode(s, c, errorHandler(errors))
	return []byte(b), err
}

// EncodeStr is s.encode(encoding, errors) as a script calls it: any
// codec that can encode, errors worded as str.encode words them.
func EncodeStr(s, encoding, errors string) ([]byte, error) {
	c, h, err := codecArgs("encode", py.String(encoding), py.String(errors))
	if err != nil {
		return nil, err
	}
	b, err := encode(s, c, h)
	return []byte(b), err
}

// EncodeUTF16 encodes s as UTF-16 without a BOM, big endian when big.
func EncodeUTF16(s, errors string, big bool) ([]byte, error) {
	name := "utf-16-le"
	if big {
		name = "utf-16-be"
	}
	return encodeUTF16(s, big, errorHandler(errors), name)
}

// DecodeText decodes b with codec (a CodecName result other than
// "utf-16") and handler errors. Unless final, a character whose bytes
// continue past the end of b is left undecoded; consumed is the number
// of bytes decoded.
func DecodeText(b []byte, codecName, errors string, final bool) (text string, consumed int, err error) {
	c, err := lookupCodec(codecName)
	if err != nil {
		return "", 0, err
	}
	h := errorHandler(errors)
	switch c {
	case codecUTF8:
		return decodePart(b, 0, stepUTF8, string(c), h, final)
	case codecUTF16LE, codecUTF16BE:
		big := c == codecUTF16BE
		return decodePart(b, 0, stepUTF16(big), c.utf16Name(big), h, final)
	}
	s, err := decode(b, c, h)
	return string(s), len(b), err
}

// DecodeUTF16 decodes UTF-16 as the utf-16 codec's incremental decoder
// does: order 0 reads a BOM first (it is consumed and fixes the order,
// which is returned: -1 little, 1 big; little endian without one, order
// staying 0); order -1 or 1 decodes in that order.
func DecodeUTF16(b []byte, errors string, order int, final bool) (text string, consumed, newOrder int, err error) {
	from := 0
	if order == 0 {
		switch {
		case len(b) < 2 && !final:
			return "", 0, 0, nil
		case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
			from, order = 2, -1
		case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
			from, order = 2, 1
		}
	}
	big := order == 1
	name := "utf-16-le"
	if big {
		name = "utf-16-be"
	}
	s, n, err := decodePart(b, from, stepUTF16(big), name, errorHandler(errors), final)
	return s, n, order, err
}

// DecodeWTF8 decodes the character at the start of a str's storage (a
// lone surrogate included) and its width in bytes.
func DecodeWTF8(s string) (rune, int) { return decodeWTF8(s) }
