package vm

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// printf-style formatting: str % values and bytes % values (PEP 461), one
// parser for both. %s is str() for str and the bytes of a bytes-like (or
// __bytes__) for bytes; %r and %a are repr() and ascii(); the numeric
// conversions follow CPython's rules.

func strFormat(format py.String, values py.Object) (py.Object, error) {
	return percentFormat(string(format), values, false)
}

func bytesFormat(format py.Bytes, values py.Object) (py.Object, error) {
	// Bytes are never changed in place (see mkBytes in modules/host), so
	// the format is read where it lies.
	return percentFormat(unsafe.String(unsafe.SliceData(format), len(format)), values, true)
}

// pctFlags are the conversion flags of one % spec ("-+ #0").
type pctFlags uint8

const (
	pctLeft  pctFlags = 1 << iota // '-'
	pctPlus                       // '+'
	pctSpace                      // ' '
	pctAlt                        // '#'
	pctZero                       // '0'
)

// pctFlagOf is the flag a format character stands for, 0 for none.
func pctFlagOf(c byte) pctFlags {
	switch c {
	case '-':
		return pctLeft
	case '+':
		return pctPlus
	case ' ':
		return pctSpace
	case '#':
		return pctAlt
	case '0':
		return pctZero
	}
	return 0
}

// fmtFlags spells the flags among keep that are set, for a Go fmt verb.
func (fl pctFlags) fmtFlags(keep pctFlags) string {
	var b []byte
	for i, c := range "-+ #0" {
		if f := pctFlags(1) << i; fl&keep&f != 0 {
			b = append(b, byte(c))
		}
	}
	return string(b)
}

// percentFormat is format % values. The text is built in a buffer on
// the stack while it fits, so a short result costs one allocation.
func percentFormat(format string, values py.Object, isBytes bool) (py.Object, error) {
	var args py.Tuple
	var mapping py.Object
	if t, ok := pyutil.BuiltinValue(values); ok {
		if _, isTuple := t.(py.Tuple); isTuple {
			// A tuple subclass (a namedtuple) gives its items.
			values = t
		}
	}
	switch v := values.(type) {
	case py.Tuple:
		args = v
	case py.StringDict, *Dict:
		mapping = v
		args = py.Tuple{v}
	default:
		if cls, ok := pythonClassOf(v); ok && cls.Lookup("__getitem__") != nil {
			mapping = v
		}
		args = py.Tuple{v}
	}
	what := "string"
	if isBytes {
		what = "bytes"
	}
	var stack [256]byte
	out := stack[:0]
	ai := 0
	usedKey := false
	// whole is the str-subclass instance a __str__ or __repr__ returned
	// for a format that is that one conversion ('%s' % x): 3.6 returns
	// it, not a copy, when its text is the result unchanged.
	var whole py.Object
	var wholeText string
	next := func() (py.Object, error) {
		if ai >= len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "not enough arguments for format string")
		}
		ai++
		return args[ai-1], nil
	}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				out = append(out, format[i:]...)
				break
			}
			out = append(out, format[i:i+j]...)
			i += j - 1
			continue
		}
		start := i
		i++
		if i >= len(format) {
			return nil, py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		var arg py.Object
		if format[i] == '(' {
			if mapping == nil {
				return nil, py.ExceptionNewf(py.TypeError, "format requires a mapping")
			}
			depth, j := 1, i+1
			for ; j < len(format) && depth > 0; j++ {
				switch format[j] {
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			if depth > 0 {
				return nil, py.ExceptionNewf(py.ValueError, "incomplete format key")
			}
			var key py.Object = py.String(format[i+1 : j-1])
			if isBytes {
				key = py.Bytes(format[i+1 : j-1])
			}
			v, err := GetItem(mapping, key)
			if err != nil {
				return nil, err
			}
			arg, usedKey, i = v, true, j
			ai = len(args) // an unkeyed spec after a keyed one has no argument left
		}
		var flags pctFlags
		for i < len(format) && pctFlagOf(format[i]) != 0 {
			flags |= pctFlagOf(format[i])
			i++
		}
		width := -1
		if i < len(format) && format[i] == '*' {
			w, err := next()
			if err != nil {
				return nil, err
			}
			if width, err = starArg(w, false); err != nil {
				return nil, err
			}
			if width < 0 {
				flags |= pctLeft
				width = -width
			}
			i++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				if d := int(format[i] - '0'); max(width, 0) > (math.MaxInt-d)/10 {
					return nil, py.ExceptionNewf(py.ValueError, "width too big")
				}
				width = max(width, 0)*10 + int(format[i]-'0')
				i++
			}
		}
		prec := -1
		if i < len(format) && format[i] == '.' {
			i++
			prec = 0
			if i < len(format) && format[i] == '*' {
				p, err := next()
				if err != nil {
					return nil, err
				}
				n, err := starArg(p, true)
				if err != nil {
					return nil, err
				}
				prec = max(n, 0)
				i++
			} else {
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					if d := int(format[i] - '0'); prec > (math.MaxInt32-d)/10 {
						return nil, py.ExceptionNewf(py.ValueError, "precision too big")
					}
					prec = prec*10 + int(format[i]-'0')
					i++
				}
			}
		}
		for i < len(format) && strings.IndexByte("hlL", format[i]) >= 0 {
			i++
		}
		if i >= len(format) {
			return nil, py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			out = append(out, '%')
			continue
		}
		if arg == nil {
			var err error
			if arg, err = next(); err != nil {
				return nil, err
			}
		}
		if err := pyutil.CheckAlloc(width); err != nil {
			return nil, err
		}
		if !isBytes && start == 0 && i == len(format)-1 && flags&(pctPlus|pctSpace) == 0 {
			obj, text, ok, err := textObject(conv, arg)
			if err != nil {
				return nil, err
			}
			if ok {
				whole, wholeText = obj, text
				if prec >= 0 && prec < len([]rune(text)) {
					text = string([]rune(text)[:prec])
				}
				out = appendPadded(out, text, flags, width, false)
				continue
			}
		}
		if more, ok := appendCommon(out, conv, flags, width, prec, arg, isBytes); ok {
			out = more
			continue
		}
		piece, err := convertOne(conv, flags, prec, arg, isBytes, i)
		if err != nil {
			return nil, err
		}
		out = appendPadded(out, piece, flags, width, strings.IndexByte("diouxXeEfFgG", conv) >= 0)
	}
	if ai < len(args) && !usedKey && mapping == nil {
		return nil, py.ExceptionNewf(py.TypeError, "not all arguments converted during %s formatting", what)
	}
	if isBytes {
		return py.Bytes(bytes.Clone(out)), nil
	}
	if whole != nil && string(out) == wholeText {
		return whole, nil
	}
	return py.String(out), nil
}

// textObject is the str()/repr()/ascii() object of arg for conversion
// conv ('s', 'r', 'a'), and its text, when arg's Python class returned an
// instance of a str subclass for it, or may have (its class defines that
// method in Python); ok false otherwise, and nothing called.
func textObject(conv byte, arg py.Object) (obj py.Object, text string, ok bool, err error) {
	switch {
	case conv == 's' && pyrepr.HasPythonText(arg, "__str__"):
		obj, err = pyrepr.StrObject(arg)
	case (conv == 'r' || conv == 'a') && pyrepr.HasPythonText(arg, "__repr__"):
		obj, err = pyrepr.ReprObject(arg)
	default:
		return nil, "", false, nil
	}
	if err != nil {
		return nil, "", false, err
	}
	if s, isStr := obj.(py.String); isStr {
		text = string(s)
		if conv == 'a' {
			text = asciiRepr(text)
		}
		return py.String(text), text, true, nil
	}
	v, _ := pyutil.BuiltinValue(obj)
	s, _ := v.(py.String)
	text = string(s)
	if conv == 'a' && asciiRepr(text) != text {
		text = asciiRepr(text)
		return py.String(text), text, true, nil
	}
	return obj, text, true, nil
}

// appendCommon appends the conversions that need no Python call and no
// intermediate string: %s of a str into a str, and %d, %i, %u, %x, %X, %o
// of an int with no precision and no '+', ' ' or '#'. It reports false,
// appending nothing, for anything else.
func appendCommon(out []byte, conv byte, flags pctFlags, width, prec int, arg py.Object, isBytes bool) ([]byte, bool) {
	switch conv {
	case 's':
		s, ok := arg.(py.String)
		if !ok || isBytes || prec >= 0 {
			return out, false
		}
		return appendPadded(out, string(s), flags, width, false), true
	case 'd', 'i', 'u', 'x', 'X', 'o':
		v, ok := arg.(py.Int)
		if !ok || prec >= 0 || flags&(pctPlus|pctSpace|pctAlt) != 0 {
			return out, false
		}
		var digits [24]byte
		var d []byte
		switch conv {
		case 'x', 'X':
			d = strconv.AppendInt(digits[:0], int64(v), 16)
			if conv == 'X' {
				for i, c := range d {
					if c >= 'a' {
						d[i] = c - 'a' + 'A'
					}
				}
			}
		case 'o':
			d = strconv.AppendInt(digits[:0], int64(v), 8)
		default:
			d = strconv.AppendInt(digits[:0], int64(v), 10)
		}
		fill := width - len(d)
		switch {
		case fill <= 0:
			out = append(out, d...)
		case flags&pctLeft != 0:
			out = append(out, d...)
			out = appendRepeat(out, ' ', fill)
		case flags&pctZero != 0:
			if d[0] == '-' {
				out = append(out, '-')
				d = d[1:]
			}
			out = appendRepeat(out, '0', fill)
			out = append(out, d...)
		default:
			out = appendRepeat(out, ' ', fill)
			out = append(out, d...)
		}
		return out, true
	}
	return out, false
}

func appendRepeat(out []byte, c byte, n int) []byte {
	for ; n > 0; n-- {
		out = append(out, c)
	}
	return out
}

// starArg is the width (precision when prec) a '*' takes from the
// values: any int, bool and int subclasses included, in a Py_ssize_t (a C
// int for a precision).
func starArg(o py.Object, prec bool) (int, error) {
	v := pyarg.IntValue(o)
	switch {
	case v == nil:
		return 0, py.ExceptionNewf(py.TypeError, "* wants int")
	case prec && (v.Cmp(big.NewInt(math.MaxInt32)) > 0 || v.Cmp(big.NewInt(math.MinInt32)) < 0):
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
	case !v.IsInt64():
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(v.Int64()), nil
}

// appendPadded appends s in its width: left-justified with '-',
// zero-filled numbers with '0' (after the sign and 0x prefix), else
// right-justified.
func appendPadded(out []byte, s string, flags pctFlags, width int, numeric bool) []byte {
	fill := 0
	if width > 0 {
		fill = width - pyutil.RuneCount(s)
	}
	switch {
	case fill <= 0:
		return append(out, s...)
	case flags&pctLeft != 0:
		return appendRepeat(append(out, s...), ' ', fill)
	case numeric && flags&pctZero != 0 && !strings.ContainsAny(s, "in"):
		head := 0
		if s != "" && strings.IndexByte("+- ", s[0]) >= 0 {
			head = 1
		}
		if len(s) >= head+2 && s[head] == '0' && strings.IndexByte("xXo", s[head+1]) >= 0 {
			head += 2
		}
		out = appendRepeat(append(out, s[:head]...), '0', fill)
		return append(out, s[head:]...)
	}
	return append(appendRepeat(out, ' ', fill), s...)
}

func convertOne(conv byte, flags pctFlags, prec int, arg py.Object, isBytes bool, at int) (string, error) {
	switch conv {
	case 's', 'b':
		var s string
		if isBytes {
			b, err := bytesOf(arg)
			if err != nil {
				return "", err
			}
			s = string(b)
		} else if conv == 'b' {
			return "", py.ExceptionNewf(py.ValueError, "unsupported format character 'b' (0x62) at index %d", at)
		} else {
			var err error
			if s, err = pyrepr.Str(arg); err != nil {
				return "", err
			}
		}
		if prec >= 0 {
			r := []rune(s)
			if isBytes {
				if prec < len(s) {
					s = s[:prec]
				}
			} else if prec < len(r) {
				s = string(r[:prec])
			}
		}
		return s, nil
	case 'r', 'a':
		s, err := pyrepr.Repr(arg)
		if err != nil {
			return "", err
		}
		if conv == 'a' || isBytes {
			s = asciiRepr(s)
		}
		if prec >= 0 && prec < len([]rune(s)) {
			s = string([]rune(s)[:prec])
		}
		return s, nil
	case 'c':
		switch v := arg.(type) {
		case py.String:
			if !isBytes && len([]rune(string(v))) == 1 {
				return string(v), nil
			}
		case py.Bytes:
			if isBytes && len(v) == 1 {
				return string(v), nil
			}
		}
		if v := pyutil.Unwrap(arg); isBytes && v.Type().Name == "bytearray" {
			if b, ok := bufferBytes(v); ok && len(b) == 1 {
				return string(b), nil
			}
		}
		if !isIndex(arg) {
			if isBytes {
				return "", py.ExceptionNewf(py.TypeError, "%%c requires an integer in range(256) or a single byte")
			}
			return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char")
		}
		n, err := py.IndexInt(arg)
		if isBytes {
			if err != nil || n < 0 || n > 255 {
				return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(256)")
			}
			return string([]byte{byte(n)}), nil
		}
		if err != nil {
			return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char") // beyond a C long
		}
		if n < 0 || n > 0x10ffff {
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return string(rune(n)), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		if v, ok := arg.(py.Int); ok && prec < 0 && flags&(pctPlus|pctSpace|pctAlt) == 0 {
			// The common case, without fmt ('0' and '-' are pad's).
			switch conv {
			case 'x':
				return strconv.FormatInt(int64(v), 16), nil
			case 'X':
				return strings.ToUpper(strconv.FormatInt(int64(v), 16)), nil
			case 'o':
				return strconv.FormatInt(int64(v), 8), nil
			}
			return strconv.FormatInt(int64(v), 10), nil
		}
		n, err := formatInteger(arg, conv, isBytes)
		if err != nil {
			return "", err
		}
		var verb string
		switch conv {
		case 'x':
			verb = "x"
		case 'X':
			verb = "X"
		case 'o':
			verb = "o"
		default:
			verb = "d"
		}
		f := "%" + flags.fmtFlags(pctPlus|pctSpace)
		if flags&pctAlt != 0 {
			switch conv {
			case 'o':
				verb = "O"
			case 'x', 'X':
				f += "#"
			}
		}
		if prec >= 0 {
			f += "." + strconv.Itoa(prec)
		}
		s := fmt.Sprintf(f+verb, n)
		if conv == 'X' {
			s = strings.Replace(s, "0X", "0X", 1)
		}
		return s, nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, err := formatFloatArg(arg, isBytes)
		if err != nil {
			return "", err
		}
		if prec < 0 {
			prec = 6
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			s := "inf"
			if math.IsNaN(x) {
				s = "nan"
			}
			if conv <= 'Z' {
				s = strings.ToUpper(s)
			}
			if math.IsInf(x, -1) {
				s = "-" + s
			} else if flags&pctPlus != 0 {
				s = "+" + s
			} else if flags&pctSpace != 0 {
				s = " " + s
			}
			return s, nil
		}
		f := "%" + flags.fmtFlags(pctPlus|pctSpace|pctAlt)
		verb := string(conv)
		if conv == 'F' {
			verb = "f"
		}
		return fmt.Sprintf(f+"."+strconv.Itoa(prec)+verb, x), nil
	}
	if conv < 0x80 {
		return "", py.ExceptionNewf(py.ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, at)
	}
	return "", py.ExceptionNewf(py.ValueError, "unsupported format character at index %d", at)
}

// formatInteger returns the Go value to print for %d and friends: ints
// as they are, floats truncated (%d only), __index__/__int__ otherwise.
func formatInteger(arg py.Object, conv byte, isBytes bool) (any, error) {
	arg = pyutil.Unwrap(arg)
	switch v := arg.(type) {
	case py.Int:
		return int64(v), nil
	case py.Bool:
		return int64(boolInt(v)), nil
	case *py.BigInt:
		return (*big.Int)(v), nil
	case py.Float:
		if conv == 'd' || conv == 'i' || conv == 'u' {
			if err := floatIntegral(float64(v)); err != nil {
				return nil, err
			}
			b, _ := new(big.Float).SetFloat64(math.Trunc(float64(v))).Int(nil)
			return b, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not float", conv)
	}
	if cls, ok := pythonClassOf(arg); ok {
		if v, ok, err := formatIntegerMethod(arg, cls, conv); ok || err != nil {
			return v, err
		}
	} else if isIndex(arg) {
		n, err := py.Index(arg)
		if err != nil {
			return nil, err
		}
		return int64(n), nil
	} else if in, ok := arg.(py.I__int__); ok && (conv == 'd' || conv == 'i' || conv == 'u') {
		// a Go value type with __int__ (decimal.Decimal): int(x), as
		// 3.6's PyNumber_Long; one whose __int__ refuses is no number
		r, err := in.M__int__()
		switch n := r.(type) {
		case py.Int:
			return int64(n), nil
		case *py.BigInt:
			return (*big.Int)(n), nil
		}
		if err != nil && !py.IsException(py.TypeError, err) {
			return nil, err
		}
	}
	return nil, formatIntegerTypeError(arg, conv, isBytes)
}

// formatIntegerTypeError is the TypeError of %d and friends for an
// argument they cannot take (bytes name %i "%d", as CPython 3.6's).
func formatIntegerTypeError(arg py.Object, conv byte, isBytes bool) error {
	if conv == 'd' || conv == 'i' || conv == 'u' {
		if isBytes && conv == 'i' {
			conv = 'd'
		}
		return py.ExceptionNewf(py.TypeError, "%%%c format: a number is required, not %s", conv, typeName(arg))
	}
	return py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not %s", conv, typeName(arg))
}

// formatIntegerMethod converts an instance of the Python class cls for %d
// and friends as CPython 3.6 does: only a number (a class with __int__ or
// __float__) is accepted; %d, %i and %u then take int(arg), %x, %X and %o
// its __index__. A TypeError on the way becomes the format's own; ok is
// false when the argument is refused.
func formatIntegerMethod(arg py.Object, cls *py.Type, conv byte) (v any, ok bool, err error) {
	if cls.Lookup("__int__") == nil && cls.Lookup("__float__") == nil {
		return nil, false, nil
	}
	var r py.Object
	if conv == 'd' || conv == 'i' || conv == 'u' {
		r, ok, err = intFromMethod(arg)
	} else if cls.Lookup("__index__") != nil {
		r, err = instanceIndex(arg)
		ok = err == nil
	}
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	if !ok {
		return nil, false, nil
	}
	switch n := r.(type) {
	case py.Int:
		return int64(n), true, nil
	case *py.BigInt:
		return (*big.Int)(n), true, nil
	}
	return nil, false, nil
}

func formatFloatArg(arg py.Object, isBytes bool) (float64, error) {
	arg = pyutil.Unwrap(arg)
	switch v := arg.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		return float64(boolInt(v)), nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		return f, nil
	}
	if m, err := GetAttr(arg, "__float__"); err == nil {
		r, err := py.Call(m, nil, nil)
		if err != nil {
			return 0, err
		}
		if f, ok := r.(py.Float); ok {
			return float64(f), nil
		}
	}
	if isBytes {
		return 0, py.ExceptionNewf(py.TypeError, "float argument required, not %s", typeName(arg))
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", typeName(arg))
}

// bytesOf is the operand of %s/%b: a bytes-like object or __bytes__.
func bytesOf(o py.Object) ([]byte, error) {
	v := pyutil.Unwrap(o) // a class derived from bytes or bytearray is its value
	if b, ok := v.(py.Bytes); ok {
		return b, nil
	}
	if b, ok := bufferBytes(v); ok {
		return b, nil
	}
	if m, err := GetAttr(o, "__bytes__"); err == nil {
		r, err := Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		if b, ok := r.(py.Bytes); ok {
			return b, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "__bytes__ returned non-bytes (type %s)", typeName(r))
	}
	return nil, py.ExceptionNewf(py.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(o))
}

// asciiRepr escapes the non-ASCII characters of a repr as ascii() does.
func asciiRepr(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r <= 0xffff:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}
