package binascii

// The module "base64" (RFC 3548 encodings), with CPython 3.6's functions,
// argument rules and errors.

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

const base64Doc = "Text encodings of binary data: base16, base32, base64 (RFC 3548), base85 and Ascii85."

// decodeData is base64._bytes_from_decode_data: a bytes-like object or
// an ASCII str.
func decodeData(o py.Object) ([]byte, error) {
	switch o.(type) {
	case py.String, py.Bytes, pyutil.ReadableBuffer:
		return asciiBuffer(o)
	}
	return nil, pyutil.TypeErrorf("argument should be a bytes-like object or ASCII string, not '%s'", pyutil.TypeName(o))
}

// memoryviewBytes is memoryview(o).tobytes() for the encoders.
func memoryviewBytes(o py.Object) ([]byte, error) {
	b, err := buffer(o)
	if err != nil {
		return nil, pyutil.TypeErrorf("memoryview: a bytes-like object is required, not '%s'", pyutil.TypeName(o))
	}
	return b, nil
}

// assertLen2 is `assert len(x) == n, repr(x)`.
func assertLen(o py.Object, n int) error {
	var l int
	if b, err := buffer(o); err == nil {
		l = len(b)
	} else if str, ok := o.(py.String); ok {
		l = len([]rune(string(str)))
	} else {
		ln, err := py.Len(o)
		if err != nil {
			return err
		}
		if l, err = py.MakeGoInt(ln); err != nil {
			return err
		}
	}
	if l != n {
		r, err := py.ReprAsString(o)
		if err != nil {
			return err
		}
		return py.ExceptionNewf(py.AssertionError, "%s", r)
	}
	return nil
}

// translate maps from[i] to to[i] in p (bytes.maketrans + translate).
func translate(p []byte, from, to string) []byte {
	var table [256]byte
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		table[from[i]] = to[i]
	}
	out := make([]byte, len(p))
	for i, c := range p {
		out[i] = table[c]
	}
	return out
}

func b64encode(s, altchars py.Object) (py.Object, error) {
	b, err := buffer(s)
	if err != nil {
		return nil, err
	}
	enc := b2aBase64(b, false)
	if altchars != nil && altchars != py.None {
		if err := assertLen(altchars, 2); err != nil {
			return nil, err
		}
		alt, err := buffer(altchars)
		if err != nil {
			return nil, err
		}
		enc = translate(enc, "+/", string(alt))
	}
	return py.Bytes(enc), nil
}

// validB64 is re.match(b'^[A-Za-z0-9+/]*={0,2}$', s).
func validB64(s []byte) bool {
	check := func(s []byte) bool {
		i := 0
		for i < len(s) && s[i] != '=' && b64Value[s[i]] >= 0 {
			i++
		}
		pads := len(s) - i
		return pads <= 2 && bytes.Count(s[i:], []byte("=")) == pads
	}
	if check(s) {
		return true
	}
	return len(s) > 0 && s[len(s)-1] == '\n' && check(s[:len(s)-1])
}

func b64decode(s, altchars, validate py.Object) (py.Object, error) {
	b, err := decodeData(s)
	if err != nil {
		return nil, err
	}
	if altchars != nil && altchars != py.None {
		alt, err := decodeData(altchars)
		if err != nil {
			return nil, err
		}
		if err := assertLen(py.Bytes(alt), 2); err != nil {
			return nil, err
		}
		b = translate(b, string(alt), "+/")
	}
	v, err := pyarg.Bool(validate)
	if err != nil {
		return nil, err
	}
	if v && !validB64(b) {
		return nil, py.ExceptionNewf(ErrorType, "Non-base64 digit found")
	}
	out, err := a2bBase64(b)
	if err != nil {
		return nil, pyError(err)
	}
	return py.Bytes(out), nil
}

const b32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

var b32Value = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(b32Alphabet); i++ {
		t[b32Alphabet[i]] = int8(i)
	}
	return t
}()

func b32encode(p []byte) []byte {
	out := make([]byte, 0, (len(p)+4)/5*8)
	for i := 0; i < len(p); i += 5 {
		var chunk [8]byte
		n := copy(chunk[3:], p[i:min(i+5, len(p))])
		w := binary.BigEndian.Uint64(chunk[:])
		var enc [8]byte
		for k := 0; k < 8; k++ {
			enc[k] = b32Alphabet[w>>uint(35-5*k)&31]
		}
		keep := [6]int{0, 2, 4, 5, 7, 8}[n]
		for k := keep; k < 8; k++ {
			enc[k] = '='
		}
		out = append(out, enc[:]...)
	}
	return out
}

func b32decode(s []byte, casefold bool, map01 []byte) ([]byte, error) {
	if len(s)%8 != 0 {
		return nil, errorf("Incorrect padding")
	}
	if map01 != nil {
		s = translate(s, "01", "O"+string(map01))
	}
	if casefold {
		s = bytes.ToUpper(s)
	}
	l := len(s)
	s = bytes.TrimRight(s, "=")
	padchars := l - len(s)
	out := make([]byte, 0, len(s)*5/8+5)
	var acc uint64
	for i := 0; i < len(s); i += 8 {
		acc = 0
		for _, c := range s[i:min(i+8, len(s))] {
			v := b32Value[c]
			if v < 0 {
				return nil, errorf("Non-base32 digit found")
			}
			acc = acc<<5 + uint64(v)
		}
		var w [8]byte
		binary.BigEndian.PutUint64(w[:], acc)
		out = append(out, w[3:]...)
	}
	switch padchars {
	case 0, 1, 3, 4, 6:
	default:
		return nil, errorf("Incorrect padding")
	}
	if padchars != 0 && len(out) > 0 {
		acc <<= uint(5 * padchars)
		var w [8]byte
		binary.BigEndian.PutUint64(w[:], acc)
		leftover := (43 - 5*padchars) / 8
		out = append(out[:len(out)-5], w[3:3+leftover]...)
	}
	return out, nil
}

func b16decode(s []byte, casefold bool) ([]byte, error) {
	if casefold {
		s = bytes.ToUpper(s)
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
			return nil, errorf("Non-base16 digit found")
		}
	}
	return unhexlify(s)
}

const (
	a85Start = "<~"
	a85End   = "~>"
)

const b85Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"

// encode85 is base64._85encode: chars(i) is the character for digit i.
func encode85(b []byte, chars func(int) byte, pad, foldnuls, foldspaces bool) []byte {
	padding := (4 - len(b)%4) % 4
	if padding != 0 {
		b = append(append([]byte(nil), b...), make([]byte, padding)...)
	}
	out := make([]byte, 0, len(b)/4*5)
	lastZ := false
	for i := 0; i < len(b); i += 4 {
		w := binary.BigEndian.Uint32(b[i:])
		lastZ = false
		switch {
		case foldnuls && w == 0:
			out = append(out, 'z')
			lastZ = true
		case foldspaces && w == 0x20202020:
			out = append(out, 'y')
		default:
			var d [5]byte
			for k := 4; k >= 0; k-- {
				d[k] = chars(int(w % 85))
				w /= 85
			}
			out = append(out, d[:]...)
		}
	}
	if padding != 0 && !pad {
		if lastZ {
			out = out[:len(out)-1]
			for k := 0; k < 5; k++ {
				out = append(out, chars(0))
			}
		}
		out = out[:len(out)-padding]
	}
	return out
}

func a85chars(i int) byte { return byte(33 + i) }
func b85chars(i int) byte { return b85Alphabet[i] }

func a85encode(b []byte, foldspaces bool, wrapcol int, pad, adobe bool) []byte {
	res := encode85(b, a85chars, pad, true, foldspaces)
	if adobe {
		res = append([]byte(a85Start), res...)
	}
	if wrapcol != 0 {
		lo := 1
		if adobe {
			lo = 2
		}
		wrapcol = max(lo, wrapcol)
		var chunks [][]byte
		for i := 0; i < len(res); i += wrapcol {
			chunks = append(chunks, res[i:min(i+wrapcol, len(res))])
		}
		if adobe && len(chunks[len(chunks)-1])+2 > wrapcol {
			chunks = append(chunks, nil)
		}
		res = bytes.Join(chunks, []byte("\n"))
	}
	if adobe {
		res = append(res, a85End...)
	}
	return res
}

// a85Error is a ValueError of a85decode and b85decode.
type a85Error struct{ msg string }

func (e *a85Error) Error() string { return e.msg }

// a85decode decodes Ascii85; ignore reports whether a byte is ignored
// (it returns an error for an ignorechars that cannot be searched).
func a85decode(b []byte, foldspaces, adobe bool, ignore func(byte) (bool, error)) ([]byte, error) {
	if adobe {
		if !bytes.HasSuffix(b, []byte(a85End)) {
			return nil, &a85Error{"Ascii85 encoded byte sequences must end with b'~>'"}
		}
		if bytes.HasPrefix(b, []byte(a85Start)) {
			if len(b) >= 4 {
				b = b[2 : len(b)-2]
			} else {
				b = nil // b"<~>": b[2:-2] is empty
			}
		} else {
			b = b[:len(b)-2]
		}
	}
	out := make([]byte, 0, len(b)/5*4+4)
	var curr [5]byte
	n := 0
	step := func(x byte) error {
		switch {
		case x >= '!' && x <= 'u':
			curr[n] = x
			n++
			if n == 5 {
				var acc uint64
				for _, c := range curr {
					acc = 85*acc + uint64(c-33)
				}
				if acc > 0xFFFFFFFF {
					return &a85Error{"Ascii85 overflow"}
				}
				out = binary.BigEndian.AppendUint32(out, uint32(acc))
				n = 0
			}
		case x == 'z':
			if n != 0 {
				return &a85Error{"z inside Ascii85 5-tuple"}
			}
			out = append(out, 0, 0, 0, 0)
		case foldspaces && x == 'y':
			if n != 0 {
				return &a85Error{"y inside Ascii85 5-tuple"}
			}
			out = append(out, ' ', ' ', ' ', ' ')
		default:
			skip, err := ignore(x)
			if err != nil {
				return err
			}
			if !skip {
				return &a85Error{"Non-Ascii85 digit found: " + string(rune(x))}
			}
		}
		return nil
	}
	for _, x := range b {
		if err := step(x); err != nil {
			return nil, err
		}
	}
	for k := 0; k < 4; k++ {
		if err := step('u'); err != nil {
			return nil, err
		}
	}
	if padding := 4 - n; padding != 0 {
		out = out[:max(len(out)-padding, 0)]
	}
	return out, nil
}

var b85Value = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(b85Alphabet); i++ {
		t[b85Alphabet[i]] = int8(i)
	}
	return t
}()

func b85decode(b []byte) ([]byte, error) {
	padding := (5 - len(b)%5) % 5
	if padding != 0 {
		b = append(append([]byte(nil), b...), bytes.Repeat([]byte("~"), padding)...)
	}
	out := make([]byte, 0, len(b)/5*4)
	for i := 0; i < len(b); i += 5 {
		var acc uint64
		for j, c := range b[i : i+5] {
			v := b85Value[c]
			if v < 0 {
				return nil, &a85Error{"bad base85 character at position " + itoa(i+j)}
			}
			acc = acc*85 + uint64(v)
		}
		if acc > 0xFFFFFFFF {
			return nil, &a85Error{"base85 overflow in hunk starting at byte " + itoa(i)}
		}
		out = binary.BigEndian.AppendUint32(out, uint32(acc))
	}
	if padding != 0 {
		out = out[:len(out)-padding]
	}
	return out, nil
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

// valueError converts a85Error to ValueError and codec errors to
// binascii's exceptions.
func valueError(err error) error {
	if e, ok := err.(*a85Error); ok {
		return pyutil.ValueErrorf("%s", e.msg)
	}
	return pyError(err)
}

// inputTypeCheck is base64._input_type_check. Its messages name the
// class by its __name__ ('array', not the tp_name 'array.array'), as
// base64.py's do.
func inputTypeCheck(o py.Object) ([]byte, error) {
	name := pyutil.TypeName(o)
	name = name[strings.LastIndexByte(name, '.')+1:]
	b, err := buffer(o)
	if err != nil {
		return nil, pyutil.TypeErrorf("expected bytes-like object, not %s", name)
	}
	f, ndim := host.BufferLayout(o)
	if f != "c" && f != "b" && f != "B" {
		return nil, pyutil.TypeErrorf("expected single byte elements, not '%s' from %s", f, name)
	}
	if ndim != 1 {
		return nil, pyutil.TypeErrorf("expected 1-D data, not %d-D data from %s", ndim, name)
	}
	return b, nil
}

const (
	maxLineSize = 76
	maxBinSize  = maxLineSize / 4 * 3
)

func callMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttrString(o, name)
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", pyutil.TypeName(o), name)
		}
		return nil, err
	}
	return py.Call(m, py.Tuple(args), nil)
}

// encodeFile is base64.encode.
func encodeFile(input, output py.Object) error {
	for {
		s, err := callMethod(input, "read", py.Int(maxBinSize))
		if err != nil {
			return err
		}
		data, err := buffer(s)
		if err != nil {
			return err
		}
		if len(data) == 0 {
			return nil
		}
		data = append([]byte(nil), data...)
		for len(data) < maxBinSize {
			ns, err := callMethod(input, "read", py.Int(maxBinSize-len(data)))
			if err != nil {
				return err
			}
			more, err := buffer(ns)
			if err != nil {
				return err
			}
			if len(more) == 0 {
				break
			}
			data = append(data, more...)
		}
		if _, err := callMethod(output, "write", py.Bytes(b2aBase64(data, true))); err != nil {
			return err
		}
	}
}

// decodeFile is base64.decode.
func decodeFile(input, output py.Object) error {
	for {
		line, err := callMethod(input, "readline")
		if err != nil {
			return err
		}
		empty, err := pyarg.Bool(line)
		if err != nil {
			return err
		}
		if !empty {
			return nil
		}
		b, err := asciiBuffer(line)
		if err != nil {
			return err
		}
		out, err := a2bBase64(b)
		if err != nil {
			return pyError(err)
		}
		if _, err := callMethod(output, "write", py.Bytes(out)); err != nil {
			return err
		}
	}
}

// pyfunc makes a base64 function with Python-function argument binding.
func pyfunc(name string, names []string, required, nPos int, f func(a []py.Object) (py.Object, error), doc string) *py.Method {
	return method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := pyarg.PyFunc(name, args, kwargs, names, required, nPos, 0)
		if err != nil {
			return nil, err
		}
		return f(a)
	}, doc)
}

func bytesResult(b []byte, err error) (py.Object, error) {
	if err != nil {
		return nil, valueError(err)
	}
	return py.Bytes(b), nil
}

func init() {
	s := []string{"s"}
	b64dec := func(a []py.Object) (py.Object, error) { return b64decode(a[0], a[1], a[2]) }
	urlsafeDecode := func(a []py.Object) (py.Object, error) {
		b, err := decodeData(a[0])
		if err != nil {
			return nil, err
		}
		return b64decode(py.Bytes(translate(b, "-_", "+/")), nil, nil)
	}
	encodebytes := func(a []py.Object) (py.Object, error) {
		b, err := inputTypeCheck(a[0])
		if err != nil {
			return nil, err
		}
		var out []byte
		for i := 0; i < len(b); i += maxBinSize {
			out = append(out, b2aBase64(b[i:min(i+maxBinSize, len(b))], true)...)
		}
		return py.Bytes(out), nil
	}
	decodebytes := func(a []py.Object) (py.Object, error) {
		b, err := inputTypeCheck(a[0])
		if err != nil {
			return nil, err
		}
		return bytesResult(a2bBase64(b))
	}
	methods := []*py.Method{
		pyfunc("b64encode", []string{"s", "altchars"}, 1, 2, func(a []py.Object) (py.Object, error) {
			return b64encode(a[0], a[1])
		}, "b64encode(s, altchars=None) -> bytes\n\ns in base64; altchars, two bytes, replace '+' and '/'."),
		pyfunc("b64decode", []string{"s", "altchars", "validate"}, 1, 3, b64dec,
			"b64decode(s, altchars=None, validate=False) -> bytes\n\nThe bytes base64 text s stands for; with validate, characters outside the\nalphabet are an error instead of being skipped."),
		pyfunc("standard_b64encode", s, 1, 1, func(a []py.Object) (py.Object, error) {
			return b64encode(a[0], nil)
		}, "standard_b64encode(s) -> bytes\n\ns in base64 with '+' and '/'."),
		pyfunc("standard_b64decode", s, 1, 1, func(a []py.Object) (py.Object, error) {
			return b64decode(a[0], nil, nil)
		}, "standard_b64decode(s) -> bytes\n\nThe bytes standard base64 text s stands for."),
		pyfunc("urlsafe_b64encode", s, 1, 1, func(a []py.Object) (py.Object, error) {
			enc, err := b64encode(a[0], nil)
			if err != nil {
				return nil, err
			}
			return py.Bytes(translate([]byte(enc.(py.Bytes)), "+/", "-_")), nil
		}, "urlsafe_b64encode(s) -> bytes\n\ns in base64 using '-' and '_' (safe in URLs and file names)."),
		pyfunc("urlsafe_b64decode", s, 1, 1, urlsafeDecode,
			"urlsafe_b64decode(s) -> bytes\n\nThe bytes base64 text with '-' and '_' stands for."),
		pyfunc("b32encode", s, 1, 1, func(a []py.Object) (py.Object, error) {
			b, err := memoryviewBytes(a[0])
			if err != nil {
				return nil, err
			}
			return py.Bytes(b32encode(b)), nil
		}, "b32encode(s) -> bytes\n\ns in base32."),
		pyfunc("b32decode", []string{"s", "casefold", "map01"}, 1, 3, func(a []py.Object) (py.Object, error) {
			b, err := decodeData(a[0])
			if err != nil {
				return nil, err
			}
			if len(b)%8 != 0 {
				return nil, py.ExceptionNewf(ErrorType, "Incorrect padding")
			}
			var m []byte
			if a[2] != nil && a[2] != py.None {
				if m, err = decodeData(a[2]); err != nil {
					return nil, err
				}
				if err := assertLen(py.Bytes(m), 1); err != nil {
					return nil, err
				}
			}
			casefold, err := pyarg.Bool(a[1])
			if err != nil {
				return nil, err
			}
			return bytesResult(b32decode(b, casefold, m))
		}, "b32decode(s, casefold=False, map01=None) -> bytes\n\nThe bytes base32 text s stands for; casefold accepts lowercase, map01\nsays which letter a digit 1 stands for (0 is read as O)."),
		pyfunc("b16encode", s, 1, 1, func(a []py.Object) (py.Object, error) {
			b, err := buffer(a[0])
			if err != nil {
				return nil, err
			}
			return py.Bytes(bytes.ToUpper(hexlify(b))), nil
		}, "b16encode(s) -> bytes\n\ns as uppercase hex digits."),
		pyfunc("b16decode", []string{"s", "casefold"}, 1, 2, func(a []py.Object) (py.Object, error) {
			b, err := decodeData(a[0])
			if err != nil {
				return nil, err
			}
			casefold, err := pyarg.Bool(a[1])
			if err != nil {
				return nil, err
			}
			return bytesResult(b16decode(b, casefold))
		}, "b16decode(s, casefold=False) -> bytes\n\nThe bytes uppercase hex text s stands for (lowercase too with casefold)."),
		pyfunc("a85encode", []string{"b", "foldspaces", "wrapcol", "pad", "adobe"}, 1, 1, func(a []py.Object) (py.Object, error) {
			b, err := memoryviewBytes(a[0])
			if err != nil {
				return nil, err
			}
			var flags [3]bool
			for i, k := range []int{1, 3, 4} {
				if flags[i], err = pyarg.Bool(a[k]); err != nil {
					return nil, err
				}
			}
			wrapcol := 0
			if a[2] != nil {
				wrap, err := pyarg.Bool(a[2])
				if err != nil {
					return nil, err
				}
				if wrap {
					n, ok, err := pyarg.IndexIfInteger(a[2])
					if err != nil {
						return nil, err
					}
					if !ok {
						if _, isFloat := a[2].(py.Float); isFloat {
							return nil, pyutil.TypeErrorf("'float' object cannot be interpreted as an integer")
						}
						return nil, pyutil.TypeErrorf("'>' not supported between instances of '%s' and 'int'", pyutil.TypeName(a[2]))
					}
					switch {
					case n.Sign() < 0:
						wrapcol = 1 // max(1 or 2, wrapcol) below
					case n.IsInt64() && n.Int64() < 1<<40:
						wrapcol = int(n.Int64())
					default:
						wrapcol = 1 << 40
					}
				}
			}
			return py.Bytes(a85encode(b, flags[0], wrapcol, flags[1], flags[2])), nil
		}, "a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False) -> bytes\n\nb in Ascii85, with the options of the Adobe and btoa variants."),
		pyfunc("a85decode", []string{"b", "foldspaces", "adobe", "ignorechars"}, 1, 1, func(a []py.Object) (py.Object, error) {
			b, err := decodeData(a[0])
			if err != nil {
				return nil, err
			}
			foldspaces, err := pyarg.Bool(a[1])
			if err != nil {
				return nil, err
			}
			adobe, err := pyarg.Bool(a[2])
			if err != nil {
				return nil, err
			}
			ignore := func(c byte) (bool, error) { return bytes.IndexByte([]byte(" \t\n\r\v"), c) >= 0, nil }
			if a[3] != nil {
				ig := a[3]
				ignore = func(c byte) (bool, error) {
					if _, ok := ig.(py.String); ok {
						return false, pyutil.TypeErrorf("'in <string>' requires string as left operand, not int")
					}
					if chars, err := buffer(ig); err == nil {
						return bytes.IndexByte(chars, c) >= 0, nil
					}
					return py.SequenceContains(ig, py.Int(c))
				}
			}
			return bytesResult(a85decode(b, foldspaces, adobe, ignore))
		}, "a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \\t\\n\\r\\v') -> bytes\n\nThe bytes Ascii85 text b stands for."),
		pyfunc("b85encode", []string{"b", "pad"}, 1, 2, func(a []py.Object) (py.Object, error) {
			b, err := memoryviewBytes(a[0])
			if err != nil {
				return nil, err
			}
			pad, err := pyarg.Bool(a[1])
			if err != nil {
				return nil, err
			}
			return py.Bytes(encode85(b, b85chars, pad, false, false)), nil
		}, "b85encode(b, pad=False) -> bytes\n\nb in base85 (the git/RFC 1924 alphabet)."),
		pyfunc("b85decode", []string{"b"}, 1, 1, func(a []py.Object) (py.Object, error) {
			b, err := decodeData(a[0])
			if err != nil {
				return nil, err
			}
			return bytesResult(b85decode(b))
		}, "b85decode(b) -> bytes\n\nThe bytes base85 text b stands for."),
		pyfunc("encode", []string{"input", "output"}, 2, 2, func(a []py.Object) (py.Object, error) {
			return py.None, encodeFile(a[0], a[1])
		}, "encode(input, output) -> None\n\nRead the binary file input and write it to output as base64 lines."),
		pyfunc("decode", []string{"input", "output"}, 2, 2, func(a []py.Object) (py.Object, error) {
			return py.None, decodeFile(a[0], a[1])
		}, "decode(input, output) -> None\n\nRead base64 lines from the binary file input and write the bytes to output."),
		pyfunc("encodebytes", s, 1, 1, encodebytes,
			"encodebytes(s) -> bytes\n\ns in base64, as lines of at most 76 characters each ending in a newline."),
		pyfunc("decodebytes", s, 1, 1, decodebytes, "decodebytes(s) -> bytes\n\nThe bytes multi-line base64 text s stands for."),
		pyfunc("encodestring", s, 1, 1, encodebytes, "encodestring(s) -> bytes\n\nOld name of encodebytes() (deprecated)."),
		pyfunc("decodestring", s, 1, 1, decodebytes, "decodestring(s) -> bytes\n\nOld name of decodebytes() (deprecated)."),
	}
	var all py.Tuple
	for _, n := range []string{"encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
		"b32encode", "b32decode", "b16encode", "b16decode", "b85encode", "b85decode", "a85encode",
		"a85decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"} {
		all = append(all, py.String(n))
	}
	allList := py.NewListFromItems(all)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "base64", Doc: base64Doc},
		Methods: methods,
		CodeSrc: base64Source,
		Globals: py.StringDict{
			"__all__":     allList,
			"bytes_types": py.Tuple{py.BytesType, host.ByteArrayType},
			"MAXLINESIZE": py.Int(maxLineSize),
			"MAXBINSIZE":  py.Int(maxBinSize),
		},
	})
}
