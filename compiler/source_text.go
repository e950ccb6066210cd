package compiler

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

func init() {
	vm.SourceBytesText = BytesText
	pyutil.SourceCodec = func(data []byte, encoding string) (string, bool) {
		d := declarationOf(data)
		if d.bom {
			return "", false // a BOM with another encoding is refused
		}
		text, err := d.decode()
		return text, err == nil
	}
}

// A source file reaches the compiler as its bytes. PEP 263: a coding
// comment on its first two lines names their encoding (latin-1 and ASCII
// are decoded here), and without one they must be UTF-8.

// fileText is the text of src, a file's bytes: src itself when it is
// valid UTF-8 and declares nothing else, else decoded as it declares; a
// file with no declaration that is not UTF-8 is CPython's SyntaxError.
func fileText(src, filename string) (string, error) {
	if d := declarationOf([]byte(src)); d.name != "" && d.name != "utf-8" {
		// a declaration the file cannot be read by is reported on its
		// line, naming the encoding
		if d.bom {
			return "", newSyntaxError(py.SyntaxError, "encoding problem: "+d.name+" with BOM", filename, d.line, 0, py.None)
		}
		text, err := d.decode()
		if err != nil {
			return "", newSyntaxError(py.SyntaxError, "encoding problem: "+d.name, filename, d.line, 0, py.None)
		}
		return text, nil
	}
	declared := pyutil.SourceEncoding([]byte(src))
	line, bad := firstInvalidByte(src)
	if bad == 0 && (declared == "" || isUTF8Name(declared)) {
		// the bytes the tokenizer lets through reach the literal and
		// identifier checks, which report them (utf8literal.go)
		return src, nil
	}
	if text, ok := pyutil.DecodeSource([]byte(src)); ok {
		return text, nil
	}
	if declared != "" {
		return src, nil // an encoding not decoded here: left as it was
	}
	msg := fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", bad, filename, line)
	return "", newSyntaxError(py.SyntaxError, msg, filename, line, -1, py.None)
}

// declaredText is the text of src, source that may be a file's bytes
// (an import): decoded as its coding comment says when it is not UTF-8;
// anything else is left to the checks.
func declaredText(src string) string {
	if utf8.ValidString(src) || pyutil.SourceEncoding([]byte(src)) == "" {
		return src
	}
	if text, ok := pyutil.DecodeSource([]byte(src)); ok {
		return text
	}
	return src
}

func isUTF8Name(name string) bool {
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	return n == "utf-8" || n == "utf8" || strings.HasPrefix(n, "utf-8-")
}

// firstInvalidByte is the line (from 1) of the first byte of src that
// CPython 3.6's tokenizer refuses as not UTF-8, and that byte (0 when
// there is none). The tokenizer's test is looser than UTF-8: a lead byte
// below 0xF8 followed by as many bytes 0x80..0xBF as it announces passes,
// so encoded surrogates (ED A0 80), overlong forms (C0 80) and leads
// F5..F7 do; they fail later, if at all, where a literal or an
// identifier is decoded.
func firstInvalidByte(src string) (int, byte) {
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		if c == '\n' {
			line++
		}
		if c < 0x80 {
			i++
			continue
		}
		follow := 0
		switch {
		case c < 0xC0:
			return line, c
		case c < 0xE0:
			follow = 1
		case c < 0xF0:
			follow = 2
		case c < 0xF8:
			follow = 3
		default:
			return line, c
		}
		for k := 1; k <= follow; k++ {
			if i+k >= len(src) || src[i+k] < 0x80 || src[i+k] >= 0xC0 {
				return line, c
			}
		}
		i += follow + 1
	}
	return line, 0
}

// utf8BOM is the byte order mark a UTF-8 source may start with.
var utf8BOM = []byte("\xef\xbb\xbf")

// declaration is what a source's bytes say of their encoding: body is
// the bytes after any UTF-8 BOM (bom), name the encoding the coding
// comment on line 1 or 2 names ("" for none), as CPython's tokenizer
// normalises it: the spellings of UTF-8 and Latin-1 become "utf-8" and
// "iso-8859-1", any other name is kept as written.
type declaration struct {
	body []byte
	bom  bool
	name string
	line int
}

func declarationOf(src []byte) declaration {
	d := declaration{body: src}
	if rest, ok := bytes.CutPrefix(src, utf8BOM); ok {
		d.body, d.bom = rest, true
	}
	d.name = pyutil.SourceEncoding(d.body)
	if d.name == "" {
		return d
	}
	d.line = 2
	if first, _, _ := bytes.Cut(d.body, []byte("\n")); pyutil.SourceEncoding(first) != "" {
		d.line = 1
	}
	head := d.name
	if len(head) > 12 {
		head = head[:12] // the tokenizer looks no further
	}
	head = strings.ReplaceAll(strings.ToLower(head), "_", "-")
	for _, latin := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if head == latin || strings.HasPrefix(head, latin+"-") {
			d.name = "iso-8859-1"
		}
	}
	if head == "utf-8" || strings.HasPrefix(head, "utf-8-") {
		d.name = "utf-8"
	}
	return d
}

// decode is the body decoded with the declared codec, as bytes.decode
// does it (the codec's own error when it cannot).
func (d declaration) decode() (string, error) {
	method, err := py.GetAttrString(py.Bytes(d.body), "decode")
	if err != nil {
		return "", err
	}
	v, err := py.Call(method, py.Tuple{py.String(d.name)}, nil)
	if err != nil {
		return "", err
	}
	text, ok := v.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "decoder did not return a str object (type=%s)", v.Type().Name)
	}
	return string(text), nil
}

// BytesText is the text of source given as bytes (compile(), exec() and
// eval() of bytes, an imported module's file), as CPython's tokenizer
// reads it: a UTF-8 BOM is dropped, and then only UTF-8 may be declared;
// a coding comment on line 1 or 2 names the codec that decodes the rest.
// A declaration that cannot be honoured (an unknown codec, one that is
// not a text encoding, bytes it cannot decode) is a SyntaxError located
// at line 0 of filename. Source in UTF-8 is returned as it is, for the
// compiler's own checks.
func BytesText(src []byte, filename string) (string, error) {
	d := declarationOf(src)
	if d.bom && d.name != "" && d.name != "utf-8" {
		return "", newSyntaxError(py.SyntaxError, "encoding problem: "+d.name+" with BOM", filename, 0, 0, py.None)
	}
	if d.name == "" || d.name == "utf-8" {
		return string(d.body), nil
	}
	text, err := d.decode()
	if err != nil {
		msg := err.Error()
		if exc, ok := err.(*py.Exception); ok {
			if s, serr := pyrepr.Str(exc); serr == nil {
				msg = s
			}
		}
		return "", newSyntaxError(py.SyntaxError, msg, filename, 0, 0, py.None)
	}
	return text, nil
}
