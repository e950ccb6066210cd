package host

import (
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
	a := []py.Object{nil, nil} // no arguments: the defaults
	if len(args) != 0 || len(kwargs) != 0 {
		if a, err = parseArgs("encode", args, kwargs, []string{"encoding", "errors"}, 0, 0); err != nil {
			return nil, err
		}
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
// format specs as CPython's recursion limit does: str.format starts at 2,
// so a spec's fields expand but theirs do not.
func (st *formatState) vformat(f string, depth int) (string, error) {
	if depth <= 0 {
		return "", pyutil.ValueErrorf("Max string recursion exceeded")
	}
	var sb strings.Builder
	sb.Grow(len(f))
	for pos := 0; pos < len(f); {
		c, next, err := nextChunk(f, pos)
		if err != nil {
			return "", err
		}
		sb.WriteString(c.literal)
		if c.hasField {
			text, err := st.field(c, depth)
			if err != nil {
				return "", err
			}
			sb.WriteString(text)
		}
		pos = next
	}
	return sb.String(), nil
}

// field renders one replacement field: the argument it names, converted
// by !r/!s/!a and formatted with its spec (whose own fields are expanded
// first).
func (st *formatState) field(c formatChunk, depth int) (string, error) {
	obj, err := st.lookup(c.name)
	if err != nil {
		return "", err
	}
	switch c.conv {
	case 0:
	case 'r', 'a':
		r, err := pyrepr.Repr(obj)
		if err != nil {
			return "", err
		}
		if c.conv == 'a' {
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
		return "", conversionError(c.conv)
	}
	spec := c.spec
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
	first, idx, rest, err := splitFieldName(name)
	if err != nil {
		return nil, err
	}
	var obj py.Object
	switch {
	case first == "" || idx >= 0:
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
		}
		if st.mapping != nil {
			return nil, pyutil.ValueErrorf("Format string contains positional fields")
		}
		if idx >= len(st.args) {
			return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range") // 3.6 wording
		}
		obj = st.args[idx]
	case st.mapping != nil:
		if obj, err = vm.GetItem(st.mapping, py.String(first)); err != nil {
			return nil, err
		}
	default:
		v, ok := st.kwargs[first]
		if !ok {
			return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{py.String(first)}, Dict: py.StringDict{}}
		}
		obj = v
	}
	for rest != "" {
		var a fieldAccessor
		if a, rest, err = nextAccessor(rest); err != nil {
			return nil, err
		}
		if a.attribute {
			obj, err = vm.GetAttr(obj, a.key)
		} else {
			obj, err = vm.GetItem(obj, fieldKey(a.key, a.index))
		}
		if err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// installStr adds str.encode and str.format when gpython lacks them.
func installStr() {
	if _, ok := py.StringType.Dict["encode"]; !ok {
		py.StringType.Dict["encode"] = py.MustNewMethod("encode", strEncode, vm.ArgsBorrowed,
			"encode(encoding='utf-8', errors='strict') -> bytes\n\nThe string written in the named encoding.")
	}
	if _, ok := py.StringType.Dict["format"]; !ok {
		py.StringType.Dict["format"] = py.MustNewMethod("format", strFormat, vm.ArgsBorrowed,
			"Return a formatted version of the string, using substitutions from args and kwargs.")
	}
	setStrMethod("__getnewargs__", "", func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := strNoArgs("__getnewargs__", args, kwargs); err != nil {
			return nil, err
		}
		return py.Tuple{py.String(s)}, nil // a plain str, even for a subclass
	})
	py.StringType.Dict["format_map"] = py.MustNewMethod("format_map", strFormatMap, vm.ArgsBorrowed,
		"format_map(mapping) -> str\n\nLike format(**mapping), looking names up in mapping directly.")
}
