package host

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// strReceiver extracts self of a str method; called on the class
// (str.format(s, ...)) gpython passes the string as the first argument.
func strReceiver(self py.Object, args py.Tuple) (string, py.Tuple, error) {
	if s, ok := self.(py.String); ok {
		return string(s), args, nil
	}
	if len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			return string(s), args[1:], nil
		}
	}
	return "", nil, pyutil.TypeErrorf("descriptor requires a 'str' object")
}

func strEncode(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	s, args, err := strReceiver(self, args)
	if err != nil {
		return nil, err
	}
	a, err := parseArgs("encode", args, kwargs, []string{"encoding", "errors"}, 0, 0)
	if err != nil {
		return nil, err
	}
	c, h, err := codecArgs("encode", a[0], a[1])
	if err != nil {
		return nil, err
	}
	return encode(s, c, h)
}

func strFormat(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	s, args, err := strReceiver(self, args)
	if err != nil {
		return nil, err
	}
	st := &formatState{args: args, kwargs: kwargs}
	out, err := st.vformat(s, 2)
	if err != nil {
		return nil, err
	}
	return py.String(out), nil
}

// strFormatMap is str.format_map(mapping): names are looked up in the
// mapping as they are met.
func strFormatMap(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	s, args, err := strReceiver(self, args)
	if err != nil {
		return nil, err
	}
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("format_map() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("format_map() takes exactly one argument (%d given)", len(args))
	}
	st := &formatState{mapping: args[0]}
	out, err := st.vformat(s, 2)
	if err != nil {
		return nil, err
	}
	return py.String(out), nil
}

// formatState carries str.format's arguments and its automatic field
// numbering across nested replacement fields.
type formatState struct {
	args    py.Tuple
	kwargs  py.StringDict
	mapping py.Object // format_map's mapping, instead of kwargs
	auto    int       // next automatic index
	mode    int       // 0 unset, 1 automatic, 2 manual
}

// vformat expands the replacement fields of f; depth bounds nesting in
// format specs as CPython's recursion limit of 2 does.
func (st *formatState) vformat(f string, depth int) (string, error) {
	if depth < 0 {
		return "", pyutil.ValueErrorf("Max string recursion exceeded")
	}
	var sb strings.Builder
	sb.Grow(len(f))
	for i := 0; i < len(f); {
		c := f[i]
		switch c {
		case '{':
			if i+1 == len(f) {
				return "", pyutil.ValueErrorf("Single '{' encountered in format string")
			}
			if f[i+1] == '{' {
				sb.WriteByte('{')
				i += 2
				continue
			}
			// Find the matching '}', counting nested braces of the spec.
			level, j := 1, i+1
			for ; j < len(f); j++ {
				if f[j] == '{' {
					level++
				} else if f[j] == '}' {
					level--
					if level == 0 {
						break
					}
				}
			}
			if j >= len(f) {
				return "", pyutil.ValueErrorf("expected '}' before end of string")
			}
			s, err := st.field(f[i+1:j], depth)
			if err != nil {
				return "", err
			}
			sb.WriteString(s)
			i = j + 1
		case '}':
			if i+1 < len(f) && f[i+1] == '}' {
				sb.WriteByte('}')
				i += 2
				continue
			}
			return "", pyutil.ValueErrorf("Single '}' encountered in format string")
		default:
			j := strings.IndexAny(f[i:], "{}")
			if j < 0 {
				j = len(f) - i
			}
			sb.WriteString(f[i : i+j])
			i += j
		}
	}
	return sb.String(), nil
}

// field renders one replacement field: name[!conv][:spec].
func (st *formatState) field(text string, depth int) (string, error) {
	// The name ends at '!' or ':' outside [...].
	end := len(text)
	for k := 0; k < len(text); k++ {
		c := text[k]
		if c == '[' {
			for k < len(text) && text[k] != ']' {
				k++
			}
			continue
		}
		if c == '{' {
			return "", pyutil.ValueErrorf("unexpected '{' in field name")
		}
		if c == '!' || c == ':' {
			end = k
			break
		}
	}
	name, rest := text[:end], text[end:]
	var conv byte
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			return "", pyutil.ValueErrorf("end of string while looking for conversion specifier")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return "", pyutil.ValueErrorf("expected ':' after conversion specifier")
		}
	}
	spec := strings.TrimPrefix(rest, ":")
	obj, err := st.lookup(name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r', 'a':
		r, err := pyrepr.Repr(obj)
		if err != nil {
			return "", err
		}
		if conv == 'a' {
			r = pyrepr.ASCII(r)
		}
		obj = py.String(r)
	case 's':
		s, err := strOf(obj)
		if err != nil {
			return "", err
		}
		obj = s
	default:
		return "", pyutil.ValueErrorf("Unknown conversion specifier %s", string(rune(conv)))
	}
	if strings.ContainsAny(spec, "{}") {
		if spec, err = st.vformat(spec, depth-1); err != nil {
			return "", err
		}
	}
	return formatValue(obj, spec)
}

// lookup resolves a field name: an index or keyword, then .attr and [key]
// accessors.
func (st *formatState) lookup(name string) (py.Object, error) {
	k := strings.IndexAny(name, ".[")
	if k < 0 {
		k = len(name)
	}
	first, rest := name[:k], name[k:]
	var obj py.Object
	if first == "" || isDigits(first) {
		var idx int
		if first == "" {
			if st.mode == 2 {
				return nil, pyutil.ValueErrorf("cannot switch from manual field specification to automatic field numbering")
			}
			st.mode = 1
			idx = st.auto
			st.auto++
		} else {
			if st.mode == 1 {
				return nil, pyutil.ValueErrorf("cannot switch from automatic field numbering to manual field specification")
			}
			st.mode = 2
			if _, err := fmt.Sscan(first, &idx); err != nil {
				return nil, pyutil.ValueErrorf("Too many decimal digits in format string")
			}
		}
		if idx >= len(st.args) {
			return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range") // 3.6 wording
		}
		obj = st.args[idx]
	} else if st.mapping != nil {
		v, err := vm.GetItem(st.mapping, py.String(first))
		if err != nil {
			return nil, err
		}
		obj = v
	} else {
		v, ok := st.kwargs[first]
		if !ok {
			return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{py.String(first)}, Dict: py.StringDict{}}
		}
		obj = v
	}
	for rest != "" {
		var err error
		switch rest[0] {
		case '.':
			k := strings.IndexAny(rest[1:], ".[")
			if k < 0 {
				k = len(rest) - 1
			}
			attr := rest[1 : 1+k]
			if attr == "" {
				return nil, pyutil.ValueErrorf("Empty attribute in format string")
			}
			if obj, err = vm.GetAttr(obj, attr); err != nil {
				return nil, err
			}
			rest = rest[1+k:]
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return nil, pyutil.ValueErrorf("expected '}' before end of string")
			}
			key := rest[1:k]
			if key == "" {
				return nil, pyutil.ValueErrorf("Empty attribute in format string")
			}
			var keyObj py.Object = py.String(key)
			if isDigits(key) {
				var n int
				fmt.Sscan(key, &n)
				keyObj = py.Int(n)
			}
			if obj, err = vm.GetItem(obj, keyObj); err != nil {
				return nil, err
			}
			rest = rest[k+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return nil, pyutil.ValueErrorf("Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return nil, pyutil.ValueErrorf("Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// installStr adds str.encode and str.format when gpython lacks them.
func installStr() {
	if _, ok := py.StringType.Dict["encode"]; !ok {
		py.StringType.Dict["encode"] = py.MustNewMethod("encode", strEncode, 0,
			"encode(encoding='utf-8', errors='strict') -> bytes\n\nThe string written in the named encoding.")
	}
	if _, ok := py.StringType.Dict["format"]; !ok {
		py.StringType.Dict["format"] = py.MustNewMethod("format", strFormat, 0,
			"Return a formatted version of the string, using substitutions from args and kwargs.")
	}
	py.StringType.Dict["format_map"] = py.MustNewMethod("format_map", strFormatMap, 0,
		"format_map(mapping) -> str\n\nLike format(**mapping), looking names up in mapping directly.")
}
