// Package cmath is CPython 3.6's cmath module: the elementary functions
// of a complex argument with CPython's branch cuts, values for infinite
// and NaN parts, and errors (ValueError "math domain error" at a pole or
// where a NaN would come from numbers, OverflowError "math range error"
// when a finite argument's value is too large), plus phase, polar, rect,
// isfinite, isinf, isnan, isclose and the constants.
package cmath

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/mathext"
)

const moduleDoc = "Mathematical functions over complex numbers: the complex counterparts\nof math's functions, and the constants pi, e, tau, inf, infj, nan and\nnanj."

func domainError() error { return py.ExceptionNewf(py.ValueError, "math domain error") }
func rangeError() error  { return py.ExceptionNewf(py.OverflowError, "math range error") }

// classMethod calls the special method name of the instance o, if its
// class defines one.
func classMethod(o py.Object, name string) (res py.Object, found bool, err error) {
	t, ok := o.(*py.Type)
	if !ok || !pyutil.IsInstanceObject(t) {
		return nil, false, nil
	}
	m := t.Type().Lookup(name)
	if m == nil {
		return nil, false, nil
	}
	res, err = py.Call(m, py.Tuple{o}, nil)
	return res, true, err
}

// toComplex converts an argument as PyComplex_AsCComplex does: a
// complex, an object whose __complex__ returns one, or a real number.
func toComplex(o py.Object) (complex128, error) {
	if c, ok := o.(py.Complex); ok {
		return complex128(c), nil
	}
	if r, found, err := classMethod(o, "__complex__"); found {
		if err != nil {
			return 0, err
		}
		c, ok := pyutil.Unwrap(r).(py.Complex)
		if !ok {
			return 0, pyutil.TypeErrorf("__complex__ should return a complex object")
		}
		return complex128(c), nil
	}
	if c, ok := pyutil.Unwrap(o).(py.Complex); ok {
		return complex128(c), nil
	}
	f, err := toFloat(o)
	return complex(f, 0), err
}

// toFloat converts a real argument (format "d") as math does, with
// CPython's message for a complex.
func toFloat(o py.Object) (float64, error) {
	if _, ok := pyutil.Unwrap(o).(py.Complex); ok {
		return 0, pyutil.TypeErrorf("can't convert complex to float")
	}
	return mathext.ToFloat(o)
}

// exactlyOne is the check of a function of one positional argument.
func exactlyOne(name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	return args[0], nil
}

// finite reports whether both parts of z are finite.
func finite(z complex128) bool {
	return !math.IsInf(real(z), 0) && !math.IsNaN(real(z)) && !math.IsInf(imag(z), 0) && !math.IsNaN(imag(z))
}

func hasNaN(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) }

// evaluate is one elementary function: fn for finite arguments, the
// special-value rules otherwise, and CPython's errors.
func evaluate(name string, z complex128) (complex128, error) {
	if !finite(z) {
		r := specialValue(name, z)
		if hasNaN(r) && !hasNaN(z) {
			return 0, domainError()
		}
		return r, nil
	}
	r, f := elementary[name](z)
	switch f {
	case poleFault:
		return 0, domainError()
	case rangeFault:
		return 0, rangeError()
	}
	return r, nil
}

var elementary = map[string]func(complex128) (complex128, fault){
	"acos": fAcos, "acosh": fAcosh, "asin": fAsin, "asinh": fAsinh,
	"atan": fAtan, "atanh": fAtanh, "cos": fCos, "cosh": fCosh,
	"exp": fExp, "log10": fLog10, "sin": fSin, "sinh": fSinh,
	"sqrt": fSqrt, "tan": fTan, "tanh": fTanh,
}

var docs = map[string]string{
	"acos":  "acos(z) -> complex\n\nThe complex arc cosine of z.",
	"acosh": "acosh(z) -> complex\n\nThe complex inverse of cosh at z.",
	"asin":  "asin(z) -> complex\n\nThe complex arc sine of z.",
	"asinh": "asinh(z) -> complex\n\nThe complex inverse of sinh at z.",
	"atan":  "atan(z) -> complex\n\nThe complex arc tangent of z.",
	"atanh": "atanh(z) -> complex\n\nThe complex inverse of tanh at z.",
	"cos":   "cos(z) -> complex\n\nThe complex cosine of z.",
	"cosh":  "cosh(z) -> complex\n\nThe complex hyperbolic cosine of z.",
	"exp":   "exp(z) -> complex\n\ne raised to the complex power z.",
	"log10": "log10(z) -> complex\n\nThe complex logarithm of z in base 10.",
	"sin":   "sin(z) -> complex\n\nThe complex sine of z.",
	"sinh":  "sinh(z) -> complex\n\nThe complex hyperbolic sine of z.",
	"sqrt":  "sqrt(z) -> complex\n\nThe principal complex square root of z.",
	"tan":   "tan(z) -> complex\n\nThe complex tangent of z.",
	"tanh":  "tanh(z) -> complex\n\nThe complex hyperbolic tangent of z.",
}

// unary makes the Python function name.
func unary(name string) *py.Method {
	return pyutil.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := exactlyOne(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		z, err := toComplex(a)
		if err != nil {
			return nil, err
		}
		r, err := evaluate(name, z)
		if err != nil {
			return nil, err
		}
		return py.Complex(r), nil
	}, 0, docs[name])
}

// quotient is complex division as CPython 3.6 does it (Smith's
// method); ok is false for a zero divisor.
func quotient(a, b complex128) (q complex128, ok bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return 0, false
		}
		t := bi / br
		d := br + bi*t
		return complex((ar+ai*t)/d, (ai-ar*t)/d), true
	case abi >= abr:
		t := br / bi
		d := br*t + bi
		return complex((ar*t+ai)/d, (ai*t-ar)/d), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// logOf is log without the error check: the value and its fault.
func logOf(z complex128) (complex128, fault) {
	if !finite(z) {
		return specialValue("log", z), noFault
	}
	return fLog(z)
}

func cmathLog(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("log() takes no keyword arguments")
	}
	switch {
	case len(args) == 0:
		return nil, pyutil.TypeErrorf("log() takes at least 1 argument (0 given)")
	case len(args) > 2:
		return nil, pyutil.TypeErrorf("log() takes at most 2 arguments (%d given)", len(args))
	}
	z, err := toComplex(args[0])
	if err != nil {
		return nil, err
	}
	r, f := logOf(z)
	if len(args) == 2 {
		b, err := toComplex(args[1])
		if err != nil {
			return nil, err
		}
		// As in CPython, the fault of log(z) is forgotten: the base's
		// log decides, then the division.
		lb, fb := logOf(b)
		f = fb
		if q, ok := quotient(r, lb); ok {
			r = q
		} else {
			f = poleFault
		}
	}
	if f != noFault {
		return nil, domainError()
	}
	if !hasNaN(z) && hasNaN(r) && len(args) == 1 {
		return nil, domainError()
	}
	return py.Complex(r), nil
}

func oneComplex(name string, args py.Tuple, kwargs py.StringDict) (complex128, error) {
	a, err := exactlyOne(name, args, kwargs)
	if err != nil {
		return 0, err
	}
	return toComplex(a)
}

func cmathPhase(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	z, err := oneComplex("phase", args, kwargs)
	if err != nil {
		return nil, err
	}
	return py.Float(latan2(imag(z), real(z))), nil
}

// modulus is abs(z): infinite when a part is, NaN when a part is NaN and
// none infinite, OverflowError when finite parts give an infinity.
func modulus(z complex128) (float64, error) {
	x, y := real(z), imag(z)
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1), nil
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN(), nil
	}
	h := lhypot(x, y)
	if math.IsInf(h, 0) {
		return 0, rangeError()
	}
	return h, nil
}

func cmathPolar(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	z, err := oneComplex("polar", args, kwargs)
	if err != nil {
		return nil, err
	}
	r, err := modulus(z)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Float(r), py.Float(latan2(imag(z), real(z)))}, nil
}

func cmathRect(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("rect() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("rect() takes exactly 2 arguments (%d given)", len(args))
	}
	r, err := toFloat(args[0])
	if err != nil {
		return nil, err
	}
	phi, err := toFloat(args[1])
	if err != nil {
		return nil, err
	}
	z, err := fromPolar(r, phi)
	if err != nil {
		return nil, err
	}
	return py.Complex(z), nil
}

func cmathPredicate(name string, test func(complex128) bool, doc string) *py.Method {
	return pyutil.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		z, err := oneComplex(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.NewBool(test(z)), nil
	}, 0, doc)
}

func cmathIsclose(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 2 {
		return nil, pyutil.TypeErrorf("Function takes at most 2 positional arguments (%d given)", len(args))
	}
	v, err := pyarg.Parse36("isclose", args, kwargs, []string{"a", "b", "rel_tol", "abs_tol"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	a, err := toComplex(v[0])
	if err != nil {
		return nil, err
	}
	b, err := toComplex(v[1])
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-9, 0.0
	if v[2] != nil {
		if rel, err = toFloat(v[2]); err != nil {
			return nil, err
		}
	}
	if v[3] != nil {
		if abs, err = toFloat(v[3]); err != nil {
			return nil, err
		}
	}
	if rel < 0 || abs < 0 {
		return nil, pyutil.ValueErrorf("tolerances must be non-negative")
	}
	return py.NewBool(closeEnough(a, b, rel, abs)), nil
}

func closeEnough(a, b complex128, rel, abs float64) bool {
	if a == b {
		return true
	}
	if math.IsInf(real(a), 0) || math.IsInf(imag(a), 0) || math.IsInf(real(b), 0) || math.IsInf(imag(b), 0) {
		return false
	}
	d := lhypot(real(b-a), imag(b-a))
	return d <= rel*lhypot(real(b), imag(b)) || d <= rel*lhypot(real(a), imag(a)) || d <= abs
}

func init() {
	methods := []*py.Method{
		pyutil.MustNewMethod("isclose", cmathIsclose, 0, "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) -> bool\n\nWhether a and b differ by at most rel_tol times the larger modulus, or\nby at most abs_tol."),
		pyutil.MustNewMethod("log", cmathLog, 0, "log(z[, base]) -> complex\n\nThe complex logarithm of z, natural unless a base is given."),
		pyutil.MustNewMethod("phase", cmathPhase, 0, "phase(z) -> float\n\nThe angle of z from the positive real axis, in radians, in [-pi, pi]."),
		pyutil.MustNewMethod("polar", cmathPolar, 0, "polar(z) -> (r, phi)\n\nz in polar form: its modulus r and its phase phi."),
		pyutil.MustNewMethod("rect", cmathRect, 0, "rect(r, phi) -> complex\n\nThe complex number of modulus r and phase phi."),
		cmathPredicate("isfinite", finite, "isfinite(z) -> bool\n\nWhether neither part of z is an infinity or a NaN."),
		cmathPredicate("isinf", func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) },
			"isinf(z) -> bool\n\nWhether either part of z is an infinity."),
		cmathPredicate("isnan", hasNaN, "isnan(z) -> bool\n\nWhether either part of z is a NaN."),
	}
	for name := range elementary {
		methods = append(methods, unary(name))
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "cmath", Doc: moduleDoc, FileDesc: "<cmath>"},
		Methods: methods,
		Globals: py.StringDict{
			"pi":   py.Float(math.Pi),
			"e":    py.Float(math.E),
			"tau":  py.Float(2 * math.Pi),
			"inf":  py.Float(math.Inf(1)),
			"infj": py.Complex(complex(0, math.Inf(1))),
			"nan":  py.Float(math.NaN()),
			"nanj": py.Complex(complex(0, math.NaN())),
		},
	})
}
