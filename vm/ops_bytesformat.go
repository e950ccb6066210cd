package vm

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// bytesFormat implements bytes % values (PEP 461): %s/%b take bytes-like
// values (or __bytes__), %r/%a the ASCII repr, and the numeric
// conversions format as str % does.
func bytesFormat(format py.Bytes, values py.Object) (py.Object, error) {
	var args py.Tuple
	var mapping py.StringDict
	switch v := values.(type) {
	case py.Tuple:
		args = v
	case py.StringDict:
		mapping = v
		args = py.Tuple{v}
	default:
		args = py.Tuple{v}
	}
	var out []byte
	ai := 0
	next := func() (py.Object, error) {
		if ai >= len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "not enough arguments for format string")
		}
		ai++
		return args[ai-1], nil
	}
	usedMapping := false
	for i := 0; i < len(format); i++ {
		ch := format[i]
		if ch != '%' {
			out = append(out, ch)
			continue
		}
		i++
		if i >= len(format) {
			return nil, py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		var arg py.Object
		if format[i] == '(' {
			if mapping == nil {
				return nil, py.ExceptionNewf(py.TypeError, "format requires a mapping")
			}
			end := strings.IndexByte(string(format[i:]), ')')
			if end < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "incomplete format key")
			}
			key := string(format[i+1 : i+end])
			v, ok := mapping[key]
			if !ok {
				return nil, py.ExceptionNewf(py.KeyError, "%s", strconv.Quote(key))
			}
			arg = v
			usedMapping = true
			i += end + 1
		}
		start := i
		for i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0 {
			i++
		}
		flags := string(format[start:i])
		width := ""
		if i < len(format) && format[i] == '*' {
			w, err := next()
			if err != nil {
				return nil, err
			}
			n, err := py.IndexInt(w)
			if err != nil {
				return nil, py.ExceptionNewf(py.TypeError, "* wants int")
			}
			width = strconv.Itoa(n)
			i++
		} else {
			ws := i
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			width = string(format[ws:i])
		}
		prec := ""
		if i < len(format) && format[i] == '.' {
			i++
			ps := i
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			prec = "." + string(format[ps:i])
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
		var piece []byte
		switch conv {
		case 's', 'b':
			b, err := bytesOf(arg)
			if err != nil {
				return nil, err
			}
			if prec != "" {
				if n, _ := strconv.Atoi(prec[1:]); n < len(b) {
					b = b[:n]
				}
			}
			piece = b
		case 'r', 'a':
			r, err := Repr(arg)
			if err != nil {
				return nil, err
			}
			piece = []byte(asciiRepr(r))
		case 'c':
			switch v := arg.(type) {
			case py.Bytes:
				if len(v) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "%%c requires an integer in range(256) or a single byte")
				}
				piece = []byte(v)
			default:
				n, err := py.IndexInt(arg)
				if err != nil || n < 0 || n > 255 {
					return nil, py.ExceptionNewf(py.OverflowError, "%%c arg not in range(256)")
				}
				piece = []byte{byte(n)}
			}
		case 'd', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G':
			spec := "%" + flags + width + prec + string(conv)
			if conv == 'i' || conv == 'u' {
				spec = "%" + flags + width + prec + "d"
			}
			r, err := py.Mod(py.String(spec), arg)
			if err != nil {
				return nil, err
			}
			piece = []byte(string(r.(py.String)))
			out = append(out, piece...)
			continue
		default:
			return nil, py.ExceptionNewf(py.ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		out = append(out, pad(piece, flags, width)...)
	}
	if ai < len(args) && !usedMapping {
		return nil, py.ExceptionNewf(py.TypeError, "not all arguments converted during bytes formatting")
	}
	return py.Bytes(out), nil
}

func pad(b []byte, flags, width string) []byte {
	w, _ := strconv.Atoi(width)
	if len(b) >= w {
		return b
	}
	fill := []byte(strings.Repeat(" ", w-len(b)))
	if strings.Contains(flags, "-") {
		return append(b, fill...)
	}
	return append(fill, b...)
}

// bytesOf is the operand of %s/%b: a bytes-like object or __bytes__.
func bytesOf(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case py.Bytes:
		return v, nil
	}
	if b, ok := bufferBytes(o); ok {
		return b, nil
	}
	if m, err := GetAttr(o, "__bytes__"); err == nil {
		r, err := py.Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		if b, ok := r.(py.Bytes); ok {
			return b, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
	}
	return nil, py.ExceptionNewf(py.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", o.Type().Name)
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
