package host

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
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
		if args, kwargs, err = oneArgX("float", args, kwargs); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			if err := strictUTF8(args[0]); err != nil {
				return nil, err
			}
		}
		conv := args
		if len(args) != 1 {
		} else if buf, ok := args[0].(pyutil.ReadableBuffer); ok && !isBytesOrStr(args[0]) {
			// gpython's float() takes bytes but no bytearray or
			// memoryview.
			conv = py.Tuple{py.Bytes(buf.BufferBytes())}
		}
		if len(args) == 1 {
			if _, own := args[0].(py.I__float__); !own {
				// A Go type inheriting __float__ from a Go base: bool's
				// is int's (vm's MRO lookup), which gpython's float()
				// does not reach.
				if m, ok := vm.InheritedMethod(args[0], "__float__"); ok {
					f, err := vm.Call(m, nil, nil)
					if err != nil {
						return nil, err
					}
					conv = py.Tuple{f}
				}
			}
		}
		if len(args) == 1 && len(kwargs) == 0 && metatype == py.FloatType {
			if t, ok := args[0].(*py.Type); ok && isInstanceObject(t) {
				if m := t.Type().Lookup("__float__"); m != nil {
					// gpython's float() misses a Python class's __float__.
					return callFloat(t, m)
				}
			}
		}
		if len(conv) == 1 && len(kwargs) == 0 {
			if b, ok := conv[0].(*py.BigInt); ok && metatype == py.FloatType {
				f, _ := new(big.Float).SetInt((*big.Int)(b)).Float64()
				if math.IsInf(f, 0) {
					return nil, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
				}
				return py.Float(f), nil
			}
			if isHexFloatText(conv[0]) {
				// Go's parser reads hexadecimal floats; float() does not.
				r, rerr := pyrepr.Repr(args[0])
				if rerr != nil {
					return nil, rerr
				}
				return nil, pyutil.ValueErrorf("could not convert string to float: %s", r)
			}
			if neg, ok := signedNaN(conv[0]); ok {
				// gpython's parser knows no sign on a NaN.
				res, err = orig(metatype, py.Tuple{py.String("nan")}, nil)
				if f, isFloat := res.(py.Float); isFloat && neg {
					res = py.Float(math.Copysign(float64(f), -1))
				}
				return res, err
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
	r, err := vm.CallSpecialMethod(o, m)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(py.Float); ok {
		return r, nil
	}
	msg := fmt.Sprintf("%s.__float__ returned non-float (type %s)", pyutil.TypeName(o), pyutil.TypeName(r))
	if f, ok := pyutil.BuiltinValue(r); ok {
		if f, ok := f.(py.Float); ok {
			// A float subclass's instance is taken as its value, with
			// 3.6's warning that this will stop.
			if err := vm.Warn(py.DeprecationWarning, msg+".  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", 1); err != nil {
				return nil, err
			}
			return f, nil
		}
	}
	return nil, pyutil.TypeErrorf("%s", msg)
}

// floatText is the text float() parses from o (a str or bytes), and
// whether o is one.
func floatText(o py.Object) (string, bool) {
	switch v := o.(type) {
	case py.String:
		return string(v), true
	case py.Bytes:
		return string(v), true
	}
	return "", false
}

// signedNaN reports whether o is the text of a NaN with a sign ("-nan",
// "+NaN", blanks around it allowed), and whether the sign is minus.
func signedNaN(o py.Object) (neg, ok bool) {
	text, isText := floatText(o)
	if !isText {
		return false, false
	}
	text = strings.TrimFunc(text, unicode.IsSpace)
	if len(text) != 4 || text[0] != '-' && text[0] != '+' || !strings.EqualFold(text[1:], "nan") {
		return false, false
	}
	return text[0] == '-', true
}

// isHexFloatText reports whether o is text that Go's float parser reads
// as a hexadecimal float ("0x1p3", " -0X1.8P1 ").
func isHexFloatText(o py.Object) bool {
	text, isText := floatText(o)
	if !isText {
		return false
	}
	text = strings.TrimLeftFunc(text, unicode.IsSpace)
	text = strings.TrimLeft(text, "+-")
	return len(text) >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')
}

// strictUTF8 is the UnicodeEncodeError that 3.6's float() and complex()
// raise for a str holding a lone surrogate (they read the text as UTF-8
// before parsing it), nil for any other object.
func strictUTF8(o py.Object) error {
	s, ok := pyutil.Unwrap(o).(py.String)
	if !ok || !vm.HasSurrogates(string(s)) {
		return nil
	}
	_, err := vm.Call(py.StringType.Dict["encode"], py.Tuple{s, py.String("utf-8")}, nil)
	return err
}
