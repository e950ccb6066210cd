package host

import (
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Codecs beyond the core ones of codec.go (utf-8, ascii, latin-1,
// utf-16*): each is a codecDef keyed by its CPython name (CodecInfo.name,
// codec_tables.go maps every alias to it). A name no table knows is
// asked of the search functions scripts register with codecs.register
// (SetCodecSearch); such a codec is called through its CodecInfo.

// codecDef is one codec implemented in Go. decode reads b (all of it
// when final; otherwise it may stop before a unit cut by the end) and
// answers the text and the bytes consumed. Codecs whose state is more
// than that (a byte-order mark) keep it in the Python layer.
type codecDef struct {
	encode func(s string, h errorHandler) ([]byte, error)
	decode func(b []byte, h errorHandler, final bool) (string, int, error)
	// perChunk is set when decoding pieces of the input one by one gives
	// the decoding of the whole: io.TextIOWrapper takes only those.
	perChunk bool
}

// codecDefs holds the Go codecs by CPython name; filled by init()s.
var codecDefs = map[string]*codecDef{}

// coreCodecs are the codec.go codecs by their CPython names.
var coreCodecs = map[string]codec{
	"utf-8": codecUTF8, "ascii": codecASCII, "iso8859-1": codecLatin1,
	"utf-16": codecUTF16, "utf-16-le": codecUTF16LE, "utf-16-be": codecUTF16BE,
	// charmap without a mapping is latin-1, errors and all.
	"charmap": codecLatin1,
}

// textlessCodecs are the bytes-to-bytes and str-to-str codecs (the
// Python layer implements them); str.encode and bytes.decode refuse them.
var textlessCodecs = map[string]bool{
	"hex": true, "base64": true, "quopri": true, "zlib": true, "uu": true,
	"bz2": true, "rot-13": true,
}

// normalizeEncoding turns an encoding name into the key of codecNames:
// ASCII letters lowered, each run of characters other than letters,
// digits and '.' made one '_', none at either end.
func normalizeEncoding(name string) string {
	var sb strings.Builder
	gap := false
	for _, r := range name {
		if r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && isAlnumRune(r) {
			if gap && sb.Len() > 0 {
				sb.WriteByte('_')
			}
			gap = false
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			sb.WriteRune(r)
			continue
		}
		gap = true
	}
	return sb.String()
}

// CanonicalCodec answers the CPython name (CodecInfo.name) of an
// encoding the project implements in Go, or "" for any other.
func CanonicalCodec(name string) string {
	n := normalizeEncoding(name)
	if c, ok := codecNames[n]; ok {
		return c
	}
	return ""
}

// CodecNameTable lists the encoding names the Go codecs answer to, as
// (normalised name, codec name) pairs sorted by name: the data behind
// encodings.aliases.
func CodecNameTable() [][2]string {
	out := make([][2]string, 0, len(codecNames))
	for n, c := range codecNames {
		out = append(out, [2]string{n, c})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// notTextError is the LookupError for a codec that is not a text
// encoding, verb being the function that would handle it.
func notTextError(name, verb string) error {
	return py.ExceptionNewf(py.LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", name, verb)
}

// lookupCodecFor is lookupCodec for a caller that suggests codecs.verb()
// when the codec is not a text encoding.
func lookupCodecFor(name, verb string) (codec, error) {
	switch name {
	case "utf-8", "utf8", "UTF-8":
		return codecUTF8, nil // the common spellings, without normalizing
	case "ascii":
		return codecASCII, nil
	case "latin-1":
		return codecLatin1, nil
	}
	canon := CanonicalCodec(name)
	if c, ok := coreCodecs[canon]; ok {
		return c, nil
	}
	if textlessCodecs[canon] {
		return "", notTextError(name, verb)
	}
	if d := codecDefs[canon]; d != nil && (verb != "open" || d.perChunk) {
		return codec(canon), nil
	}
	if canon == "" && normalizeEncoding(name) == "cp65001" {
		return "", py.ExceptionNewf(py.LookupError, "cp65001 encoding is only available on Windows")
	}
	if canon == "" {
		if c, ok, err := scriptCodec(name, verb); ok || err != nil {
			return c, err
		}
	}
	return "", py.ExceptionNewf(py.LookupError, "unknown encoding: %s", name)
}

// Codecs registered by scripts (codecs.register). codecSearch is the
// registry's lookup, installed by modules/codecs: it answers the
// CodecInfo (or 4-tuple) for a name, nil when no search function knows
// it. A found codec is named pyCodecMark + the name as given, and its
// CodecInfo kept in scriptCodecs.

const pyCodecMark = "\x01"

var (
	codecSearch  func(name string) (py.Object, error)
	scriptCodecs sync.Map // codec -> py.Object (the CodecInfo)
)

// SetCodecSearch installs the codec registry's lookup (modules/codecs).
func SetCodecSearch(search func(name string) (py.Object, error)) { codecSearch = search }

// scriptCodec looks name up among the codecs scripts registered; ok is
// false when none knows it.
func scriptCodec(name, verb string) (codec, bool, error) {
	if codecSearch == nil {
		return "", false, nil
	}
	info, err := codecSearch(name)
	if err != nil || info == nil {
		return "", false, err
	}
	if flag, err := py.GetAttrString(info, "_is_text_encoding"); err == nil {
		if text, err := vm.Truth(flag); err == nil && !text {
			return "", false, notTextError(name, verb)
		}
	}
	if verb == "open" {
		// io.TextIOWrapper makes the codec's incremental decoder
		if dec, err := vm.GetAttr(info, "incrementaldecoder"); err == nil && dec == py.None {
			return "", false, pyutil.TypeErrorf("'NoneType' object is not callable")
		}
	}
	c := codec(pyCodecMark + name)
	scriptCodecs.Store(c, info)
	return c, true, nil
}

// scriptCoder is entry i of a script codec's CodecInfo (0 encode, 1
// decode), nil when c is not a script codec.
func scriptCoder(c codec, i int) (py.Object, string, error) {
	if !strings.HasPrefix(string(c), pyCodecMark) {
		return nil, "", nil
	}
	name := string(c[len(pyCodecMark):])
	info, _ := scriptCodecs.Load(c)
	fn, err := vm.GetItem(info.(py.Object), py.Int(i))
	return fn, name, err
}

// callScriptCoder calls a script codec's encoder (i 0) or decoder (i 1)
// and checks its answer as CPython's str.encode and bytes.decode do.
func callScriptCoder(c codec, i int, arg py.Object, h errorHandler) (py.Object, error) {
	fn, name, err := scriptCoder(c, i)
	if err != nil {
		return nil, err
	}
	res, err := vm.Call(fn, py.Tuple{arg, py.String(string(h))}, nil)
	if err != nil {
		return nil, nameCodecInError(err, [...]string{"encoding", "decoding"}[i], name)
	}
	t, ok := res.(py.Tuple)
	if !ok || len(t) != 2 {
		if i == 0 {
			return nil, pyutil.TypeErrorf("encoder must return a tuple (object, integer)")
		}
		return nil, pyutil.TypeErrorf("decoder must return a tuple (object,integer)")
	}
	if i == 0 {
		if ba, ok := t[0].(*ByteArray); ok {
			return py.Bytes(append([]byte(nil), ba.Data...)), nil // CPython warns, then takes it
		}
		if _, ok := t[0].(py.Bytes); !ok {
			return nil, pyutil.TypeErrorf("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", name, pyutil.TypeName(t[0]))
		}
	} else if _, ok := t[0].(py.String); !ok {
		return nil, pyutil.TypeErrorf("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", name, pyutil.TypeName(t[0]))
	}
	return t[0], nil
}

// encodeExtra encodes with a Go codec of codecDefs or a script's codec;
// ok is false for the core codecs.
func encodeExtra(s string, c codec, h errorHandler) (py.Bytes, bool, error) {
	if d := codecDefs[string(c)]; d != nil {
		b, err := d.encode(s, h)
		return py.Bytes(b), true, err
	}
	if strings.HasPrefix(string(c), pyCodecMark) {
		res, err := callScriptCoder(c, 0, py.String(s), h)
		if err != nil {
			return nil, true, err
		}
		return res.(py.Bytes), true, nil
	}
	return nil, false, nil
}

// decodeExtra is encodeExtra's decoding side.
func decodeExtra(b []byte, c codec, h errorHandler) (py.String, bool, error) {
	if d := codecDefs[string(c)]; d != nil {
		s, _, err := d.decode(b, h, true)
		return py.String(s), true, err
	}
	if strings.HasPrefix(string(c), pyCodecMark) {
		view := &MemoryView{obj: py.Bytes(b), length: len(b), step: 1}
		res, err := callScriptCoder(c, 1, view, h)
		if err != nil {
			return "", true, err
		}
		return res.(py.String), true, nil
	}
	return "", false, nil
}

// EncodeWith encodes s with the Go codec called canon (a CanonicalCodec
// answer) as the codecs module's encoder functions do.
func EncodeWith(canon, s, errors string) ([]byte, error) {
	d := codecDefs[canon]
	if d == nil {
		return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", canon)
	}
	return d.encode(s, errorHandler(errors))
}

// DecodeWith decodes b with the Go codec called canon; unless final it
// may leave a unit cut by the end of b undecoded (consumed tells).
func DecodeWith(canon string, b []byte, errors string, final bool) (string, int, error) {
	d := codecDefs[canon]
	if d == nil {
		return "", 0, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", canon)
	}
	return d.decode(b, errorHandler(errors), final)
}

// isStr reports whether o is a str.
func isStr(o py.Object) bool { _, ok := o.(py.String); return ok }

// RegisterCodec adds a Go codec implemented outside this package (idna,
// in modules/codecs) under its CPython name: encode(s, errors) and
// decode(b, errors, final) -> (text, bytes consumed).
func RegisterCodec(name string, encode func(s, errors string) ([]byte, error), decode func(b []byte, errors string, final bool) (string, int, error)) {
	codecDefs[name] = &codecDef{
		encode: func(s string, h errorHandler) ([]byte, error) { return encode(s, string(h)) },
		decode: func(b []byte, h errorHandler, final bool) (string, int, error) { return decode(b, string(h), final) },
	}
}
