package json

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// decoder holds one JSONDecoder's settings for one scan. Positions are
// byte offsets into s; errors convert them to CPython's character
// offsets.
type decoder struct {
	s             string
	strict        bool
	objectHook    py.Object // nil for None
	pairsHook     py.Object // nil for None
	parseFloat    py.Object // nil for float
	parseInt      py.Object // nil for int
	parseConstant py.Object // nil for the built-in NaN/Infinity/-Infinity
	depth         int

	// memo holds each distinct object key once, boxed (CPython's memo).
	memo map[string]py.Object
	// stack holds the items of the arrays and objects being scanned
	// (an object's as key, value pairs), so that each container is
	// allocated once at its final size.
	stack []py.Object
	box   boxer
}

// maxDepth bounds nesting, in decoding and encoding alike, where
// CPython's recursion limit (1000) would raise RecursionError: CPython
// 3.6 called from a script's top level handles 995 nested containers and
// fails at 996 (its limit also counts the caller's frames, so a call
// from deeper in a script fails sooner there).
const maxDepth = 995

// fail is a JSONDecodeError at byte offset pos.
func (d *decoder) fail(msg string, pos int) error {
	return newDecodeError(msg, d.s, charIndex(d.s, pos))
}

// charIndex converts a byte offset in s to a character offset (a lone
// surrogate's three bytes are one character).
func charIndex(s string, pos int) int {
	if pos > len(s) {
		return vm.StrLen(s) + pos - len(s)
	}
	return vm.StrLen(s[:pos])
}

// byteIndex converts a character offset in s to a byte offset; a
// character offset past the end gives len(s) plus the excess.
func byteIndex(s string, idx int) int {
	n := 0
	for i := 0; i < len(s); {
		if n == idx {
			return i
		}
		_, w := pyutil.DecodeWTF8(s[i:])
		i += w
		n++
	}
	return len(s) + idx - n
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

func (d *decoder) skipSpace(i int) int {
	for i < len(d.s) && isSpace(d.s[i]) {
		i++
	}
	return i
}

// stopIteration marks a position where a value was expected: the caller
// that knows the context turns it into its JSONDecodeError, as CPython's
// scanner raises StopIteration(idx) for its caller.
type stopIteration struct{ pos int }

func (s stopIteration) Error() string { return "StopIteration" }

// value scans the value starting at byte i.
func (d *decoder) value(i int) (py.Object, int, error) {
	s := d.s
	if i >= len(s) {
		return nil, 0, stopIteration{i}
	}
	switch c := s[i]; c {
	case '"':
		str, end, err := d.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		if d.inDoc(str) {
			str = d.box.text(str) // the value must not keep the document alive
		}
		return d.box.Str(str), end, nil
	case '{':
		return d.object(i + 1)
	case '[':
		return d.array(i + 1)
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return py.None, i + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return py.True, i + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return py.False, i + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return d.constant("NaN", i+3)
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return d.constant("Infinity", i+8)
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return d.constant("-Infinity", i+9)
		}
	}
	return d.number(i)
}

func (d *decoder) constant(name string, end int) (py.Object, int, error) {
	if d.parseConstant == nil {
		return constants[name], end, nil
	}
	v, err := vm.Call(d.parseConstant, py.Tuple{py.String(name)}, nil)
	return v, end, err
}

var constants = map[string]py.Object{
	"NaN":       py.Float(math.NaN()),
	"Infinity":  py.Float(math.Inf(1)),
	"-Infinity": py.Float(math.Inf(-1)),
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// number scans -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? at i.
func (d *decoder) number(start int) (py.Object, int, error) {
	s := d.s
	i := start
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case i < len(s) && s[i] == '0':
		i++
	default:
		return nil, 0, stopIteration{start}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '-' || s[j] == '+') {
			j++
		}
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k > j {
			isFloat = true
			i = k
		}
	}
	text := s[start:i]
	if isFloat {
		if d.parseFloat != nil {
			v, err := vm.Call(d.parseFloat, py.Tuple{py.String(text)}, nil)
			return v, i, err
		}
		f, err := pyutil.ParseFloat(text)
		if err != nil && !isRangeError(err) {
			return nil, 0, err
		}
		return d.box.Float(f), i, nil
	}
	if d.parseInt != nil {
		v, err := vm.Call(d.parseInt, py.Tuple{py.String(text)}, nil)
		return v, i, err
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err == nil {
		return d.box.Int(n), i, nil
	}
	b, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, 0, d.fail("Expecting value", start)
	}
	return (*py.BigInt)(b), i, nil
}

func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// str scans a string whose opening quote is at i-1, as CPython's
// scanstring: it returns the text and the offset after the closing quote.
func (d *decoder) str(i int) (string, int, error) {
	s := d.s
	begin := i - 1
	// Fast path: no escape before the closing quote.
	j := i
	for j < len(s) {
		c := s[j]
		if c == '"' {
			return s[i:j], j + 1, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 && d.strict {
			return "", 0, d.fail("Invalid control character at", j)
		}
		j++
	}
	if j >= len(s) {
		return "", 0, d.fail("Unterminated string starting at", begin)
	}
	buf := make([]byte, 0, j-i+16)
	buf = append(buf, s[i:j]...)
	for {
		// s[j] is a backslash here.
		j++
		if j >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		c := s[j]
		if c != 'u' {
			var r byte
			switch c {
			case '"', '\\', '/':
				r = c
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 't':
				r = '\t'
			default:
				return "", 0, d.fail("Invalid \\escape", j-1)
			}
			buf = append(buf, r)
			j++
		} else {
			j++ // first hex digit
			end := j + 4
			if end >= len(s) {
				return "", 0, d.fail("Invalid \\uXXXX escape", j-1)
			}
			r, ok := hex4(s[j:end])
			if !ok {
				return "", 0, d.fail("Invalid \\uXXXX escape", end-5)
			}
			j = end
			if 0xd800 <= r && r <= 0xdbff && end+6 < len(s) && s[end] == '\\' && s[end+1] == 'u' {
				r2, ok := hex4(s[end+2 : end+6])
				if !ok {
					return "", 0, d.fail("Invalid \\uXXXX escape", end+1)
				}
				if 0xdc00 <= r2 && r2 <= 0xdfff {
					r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
					j = end + 6
				}
			}
			buf = appendWTF8(buf, r) // a lone surrogate stays one
		}
		// Copy up to the next quote or backslash.
		k := j
		for k < len(s) {
			c := s[k]
			if c == '"' || c == '\\' {
				break
			}
			if c < 0x20 && d.strict {
				return "", 0, d.fail("Invalid control character at", k)
			}
			k++
		}
		if k >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		buf = append(buf, s[j:k]...)
		j = k
		if s[j] == '"' {
			// buf is not touched again: the str shares its bytes.
			return unsafe.String(unsafe.SliceData(buf), len(buf)), j + 1, nil
		}
	}
}

func hex4(h string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		c := h[i]
		r <<= 4
		switch {
		case '0' <= c && c <= '9':
			r |= rune(c - '0')
		case 'a' <= c && c <= 'f':
			r |= rune(c - 'a' + 10)
		case 'A' <= c && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

// nested wraps a value scan inside a container: StopIteration becomes
// "Expecting value" there.
func (d *decoder) nested(i int) (py.Object, int, error) {
	v, end, err := d.value(i)
	if err != nil {
		if st, ok := err.(stopIteration); ok {
			return nil, 0, d.fail("Expecting value", st.pos)
		}
		return nil, 0, err
	}
	return v, end, nil
}

func (d *decoder) enter(what string) error {
	d.depth++
	if d.depth > maxDepth {
		return py.ExceptionNewf(vm.RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what)
	}
	return nil
}

// object scans an object whose '{' is at i-1.
func (d *decoder) object(i int) (py.Object, int, error) {
	if err := d.enter("object"); err != nil {
		return nil, 0, err
	}
	defer func() { d.depth-- }()
	s := d.s
	if d.stack == nil {
		d.stack = make([]py.Object, 0, 32)
	}
	base := len(d.stack)
	i = d.skipSpace(i)
	if i >= len(s) || s[i] != '}' {
		for {
			if i >= len(s) || s[i] != '"' {
				return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
			}
			key, end, err := d.key(i + 1)
			if err != nil {
				return nil, 0, err
			}
			i = d.skipSpace(end)
			if i >= len(s) || s[i] != ':' {
				return nil, 0, d.fail("Expecting ':' delimiter", i)
			}
			i = d.skipSpace(i + 1)
			v, end, err := d.nested(i)
			if err != nil {
				return nil, 0, err
			}
			d.stack = append(d.stack, key, v)
			i = d.skipSpace(end)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, d.fail("Expecting ',' delimiter", i)
			}
			i = d.skipSpace(i + 1)
		}
	}
	i++ // the '}'
	kv := d.stack[base:]
	defer d.pop(base)
	if d.pairsHook != nil {
		pairs := make([]py.Object, len(kv)/2)
		for j := range pairs {
			pairs[j] = py.Tuple{kv[2*j], kv[2*j+1]}
		}
		v, err := vm.Call(d.pairsHook, py.Tuple{py.NewListFromItems(pairs)}, nil)
		return v, i, err
	}
	dict := vm.NewDict(len(kv) / 2)
	for j := 0; j < len(kv); j += 2 {
		if err := dict.SetItem(kv[j], kv[j+1]); err != nil {
			return nil, 0, err
		}
	}
	if d.objectHook != nil {
		v, err := vm.Call(d.objectHook, py.Tuple{dict}, nil)
		return v, i, err
	}
	return dict, i, nil
}

// pop drops the stack down to base, clearing what it held.
func (d *decoder) pop(base int) {
	clear(d.stack[base:])
	d.stack = d.stack[:base]
}

// key scans an object key whose quote is at i-1: the same str each
// time the same key comes back.
func (d *decoder) key(i int) (py.Object, int, error) {
	str, end, err := d.str(i)
	if err != nil {
		return nil, 0, err
	}
	if k, ok := d.memo[str]; ok {
		return k, end, nil
	}
	if d.memo == nil {
		d.memo = map[string]py.Object{}
	}
	str = strings.Clone(str)
	k := py.Object(py.String(str))
	d.memo[str] = k
	return k, end, nil
}

// array scans an array whose '[' is at i-1.
func (d *decoder) array(i int) (py.Object, int, error) {
	if err := d.enter("array"); err != nil {
		return nil, 0, err
	}
	defer func() { d.depth-- }()
	s := d.s
	if d.stack == nil {
		d.stack = make([]py.Object, 0, 32)
	}
	base := len(d.stack)
	i = d.skipSpace(i)
	if i >= len(s) || s[i] != ']' {
		for {
			v, end, err := d.nested(i)
			if err != nil {
				return nil, 0, err
			}
			d.stack = append(d.stack, v)
			i = d.skipSpace(end)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, d.fail("Expecting ',' delimiter", i)
			}
			i = d.skipSpace(i + 1)
		}
	}
	items := make([]py.Object, len(d.stack)-base)
	copy(items, d.stack[base:])
	d.pop(base)
	return &py.List{Items: items}, i + 1, nil
}

// inDoc reports whether str shares its bytes with the document.
func (d *decoder) inDoc(str string) bool {
	if len(str) == 0 || len(d.s) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(str)))
	base := uintptr(unsafe.Pointer(unsafe.StringData(d.s)))
	return base <= p && p < base+uintptr(len(d.s))
}

// scan is raw_decode at byte offset i: the value and the byte offset
// after it.
func (d *decoder) scan(i int) (py.Object, int, error) {
	v, end, err := d.value(i)
	if err != nil {
		if st, ok := err.(stopIteration); ok {
			return nil, 0, d.fail("Expecting value", st.pos)
		}
		return nil, 0, err
	}
	return v, end, nil
}

// decode is JSONDecoder.decode: one value, surrounded by whitespace only.
func (d *decoder) decode() (py.Object, error) {
	v, end, err := d.scan(d.skipSpace(0))
	if err != nil {
		return nil, err
	}
	end = d.skipSpace(end)
	if end != len(d.s) {
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}
