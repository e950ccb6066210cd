package host

import (
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

func init() {
	py.FloatType.New = wrapFloatNew(py.FloatType.New)
}

// wrapFloatNew gives float(str), float(bytes) and float(bytearray)
// CPython 3.6's message
// when the text is no number: "could not convert string to float: 'y'"
// (the argument's repr), with nothing after the colon when the text is
// empty or blank; gpython's reads "invalid literal for float: 'y'".
// An argument that is neither text nor a number is "float() argument
// must be a string or a number, not 'list'". Parsing stays gpython's.
func wrapFloatNew(orig py.NewFunc) py.NewFunc {
	return func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		conv := args
		if len(args) == 1 && pyrepr.IsByteArray(args[0]) {
			// gpython's float() takes bytes but no bytearray.
			conv = py.Tuple{py.Bytes(args[0].(pyutil.ReadableBuffer).BufferBytes())}
		}
		if len(args) == 1 && len(kwargs) == 0 && metatype == py.FloatType {
			if t, ok := args[0].(*py.Type); ok && isInstanceObject(t) {
				if m := t.Type().Lookup("__float__"); m != nil {
					// gpython's float() misses a Python class's __float__.
					return callFloat(t, m)
				}
			}
		}
		res, err = orig(metatype, conv, kwargs)
		if err == nil || len(args) != 1 || len(kwargs) != 0 {
			return res, err
		}
		if py.IsException(py.TypeError, err) && !hasFloat(args[0]) {
			return nil, pyutil.TypeErrorf("float() argument must be a string or a number, not '%s'", pyutil.TypeName(args[0]))
		}
		if !py.IsException(py.ValueError, err) {
			return res, err
		}
		var text string
		switch v := conv[0].(type) {
		case py.String:
			text = string(v)
		case py.Bytes:
			text = string(v)
		default:
			return res, err
		}
		if strings.TrimFunc(text, unicode.IsSpace) == "" {
			return nil, pyutil.ValueErrorf("could not convert string to float: ")
		}
		r, rerr := pyrepr.Repr(args[0])
		if rerr != nil {
			return nil, rerr
		}
		return nil, pyutil.ValueErrorf("could not convert string to float: %s", r)
	}
}

// hasFloat reports whether float() can convert o other than from text:
// a number, or an object with __float__.
func hasFloat(o py.Object) bool {
	switch v := o.(type) {
	case py.String, py.Bytes:
		return true
	case py.I__float__:
		return true
	case *py.Type:
		if isInstanceObject(v) {
			return v.Type().Lookup("__float__") != nil
		}
	}
	return pyrepr.IsByteArray(o)
}

// callFloat is float(o) through o's Python __float__ method m, which
// must return a float.
func callFloat(o *py.Type, m py.Object) (py.Object, error) {
	r, err := py.Call(m, py.Tuple{o}, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(py.Float); !ok {
		return nil, pyutil.TypeErrorf("%s.__float__ returned non-float (type %s)", pyutil.TypeName(o), pyutil.TypeName(r))
	}
	return r, nil
}
