package host

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// complex(real=0, imag=0) as CPython 3.6 makes it: from text
// ("1+2j", "(3-j)", " 2.5 ") or from numbers, where either argument may
// itself be complex (the result is real + imag*1j). gpython's takes only
// floats.

func init() {
	py.ComplexType.New = complexNew
}

func complexNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var realArg, imagArg py.Object
	for name := range kwargs {
		if name != "real" && name != "imag" {
			return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", name)
		}
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:complex", []string{"real", "imag"}, &realArg, &imagArg); err != nil {
		return nil, err
	}
	if realArg == nil {
		realArg = py.Float(0)
	}
	if s, ok := realArg.(py.String); ok {
		if imagArg != nil {
			return nil, pyutil.TypeErrorf("complex() can't take second arg if first is a string")
		}
		if err := strictUTF8(s); err != nil {
			return nil, err
		}
		return parseComplex(string(s))
	}
	if _, ok := imagArg.(py.String); ok {
		return nil, pyutil.TypeErrorf("complex() second arg can't be a string")
	}
	re, reComplex, err := complexPart(realArg, "first argument must be a string or a number")
	if err != nil {
		return nil, err
	}
	if imagArg == nil {
		return re, nil
	}
	im, imComplex, err := complexPart(imagArg, "second argument must be a number")
	if err != nil {
		return nil, err
	}
	// real + imag*1j, where imag*1j turns imag's own imaginary part real.
	// Parts that are not complex are taken as they are, not added to a
	// zero, so that a -0.0 keeps its sign.
	r, i := real(re), real(im)
	if imComplex {
		r -= imag(im)
	}
	if reComplex {
		i += imag(re)
	}
	return py.Complex(complex(r, i)), nil
}

// complexPart converts one argument of complex(): a complex as it is, a
// real number (or an object with __complex__ or __float__) as its value;
// isComplex tells which.
func complexPart(o py.Object, what string) (c py.Complex, isComplex bool, err error) {
	switch v := o.(type) {
	case py.Complex:
		return v, true, nil
	case py.Float:
		return py.Complex(complex(float64(v), 0)), false, nil
	case py.Bool:
		if v {
			return 1, false, nil
		}
		return 0, false, nil
	case py.Int, *py.BigInt:
		f, err := py.MakeFloat(v)
		if err != nil {
			return 0, false, err
		}
		return py.Complex(complex(float64(f.(py.Float)), 0)), false, nil
	case *py.Type:
		if isInstanceObject(v) {
			if m := v.Type().Lookup("__complex__"); m != nil {
				r, err := vm.CallSpecialMethod(v, m)
				if err != nil {
					return 0, false, err
				}
				c, ok := pyutil.Unwrap(r).(py.Complex)
				if !ok {
					return 0, false, pyutil.TypeErrorf("__complex__ should return a complex object")
				}
				return c, true, nil
			}
			if m := v.Type().Lookup("__float__"); m != nil {
				f, err := callFloat(v, m)
				if err != nil {
					return 0, false, err
				}
				if ff, ok := f.(py.Float); ok {
					return py.Complex(complex(float64(ff), 0)), false, nil
				}
			}
		}
	}
	if v, ok := pyutil.BuiltinValue(o); ok && v != o {
		return complexPart(v, what)
	}
	if m, ok := o.(py.I__complex__); ok {
		// a Go type's __complex__ (decimal.Decimal)
		r, err := m.M__complex__()
		if err != nil {
			return 0, false, err
		}
		c, ok := pyutil.Unwrap(r).(py.Complex)
		if !ok {
			return 0, false, pyutil.TypeErrorf("__complex__ should return a complex object")
		}
		return c, true, nil
	}
	return 0, false, pyutil.TypeErrorf("complex() %s, not '%s'", what, pyutil.TypeName(o))
}

// parseComplex reads complex()'s text: optional white space and one pair
// of parentheses around a real part, an imaginary part ending in j or J,
// or both joined by their sign ("1+2j", "-j", "2.5").
func parseComplex(text string) (py.Object, error) {
	malformed := func() error { return pyutil.ValueErrorf("complex() arg is a malformed string") }
	s, _ := asciiDigits(text)
	if strings.Contains(s, "_") {
		clean, ok := withoutUnderscores(s, false)
		if !ok {
			r, _ := reprString(text)
			return nil, pyutil.ValueErrorf("could not convert string to complex: %s", r)
		}
		s = clean
	}
	s = strings.TrimFunc(s, unicode.IsSpace)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && len(s) >= 2 {
		s = strings.TrimFunc(s[1:len(s)-1], unicode.IsSpace)
	}
	if s == "" {
		return nil, malformed()
	}
	first, n := floatPrefix(s)
	rest := s[n:]
	switch {
	case n == 0:
		// No number: "j", "+j" or "-j" alone.
		coef, ok := unitImaginary(s)
		if !ok {
			return nil, malformed()
		}
		return py.Complex(complex(0, coef)), nil
	case rest == "":
		return py.Complex(complex(first, 0)), nil
	case rest == "j" || rest == "J":
		return py.Complex(complex(0, first)), nil
	case rest[0] != '+' && rest[0] != '-':
		return nil, malformed()
	}
	second, m := floatPrefix(rest)
	if m == 0 {
		coef, ok := unitImaginary(rest)
		if !ok {
			return nil, malformed()
		}
		return py.Complex(complex(first, coef)), nil
	}
	if tail := rest[m:]; tail != "j" && tail != "J" {
		return nil, malformed()
	}
	return py.Complex(complex(first, second)), nil
}

// unitImaginary reads "j", "+j" or "-j" (either case) as the coefficient
// 1 or -1.
func unitImaginary(s string) (float64, bool) {
	sign := 1.0
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	if s == "j" || s == "J" {
		return sign, true
	}
	return 0, false
}

// floatPrefix reads the longest float literal at the start of s (sign,
// digits with an optional point and exponent, or inf, infinity and nan in
// any case) and returns its value and length; n is 0 when there is none.
func floatPrefix(s string) (v float64, n int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	lower := strings.ToLower(s[i:])
	for _, word := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(lower, word) {
			n = i + len(word)
			f := math.Inf(1)
			if word == "nan" {
				f = math.NaN()
			}
			if s[0] == '-' {
				f = -f
			}
			return f, n
		}
	}
	digits := func() int {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - start
	}
	mantissa := digits()
	if i < len(s) && s[i] == '.' {
		i++
		mantissa += digits()
	}
	if mantissa == 0 {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		save := i
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			i = save
		}
	}
	f, err := pyutil.ParseFloat(s[:i])
	if err != nil && !isRangeErr(err) {
		return 0, 0
	}
	return f, i
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// reprString is repr() of a str.
func reprString(s string) (string, error) {
	return pyrepr.Repr(py.String(s))
}
