package mathext

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

func math_factorial(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := oneArg("factorial", args)
	if err != nil {
		return nil, err
	}
	var n *big.Int
	if f, ok := pyutil.Unwrap(a).(py.Float); ok {
		x := float64(f)
		if math.IsInf(x, 0) || math.IsNaN(x) || math.Floor(x) != x {
			return nil, py.ExceptionNewf(py.ValueError, "factorial() only accepts integral values")
		}
		n, _ = big.NewFloat(x).Int(nil)
	} else if n = bigOf(a); n == nil {
		r, found, err := pyutil.CallSpecial0(a, "__int__")
		if !found {
			return nil, pyutil.TypeErrorf("an integer is required (got type %s)", pyarg.TypeName(a))
		}
		if err != nil {
			return nil, err
		}
		if n = bigOf(r); n == nil {
			return nil, pyutil.TypeErrorf("__int__ returned non-int (type %s)", pyarg.TypeName(r))
		}
	}
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	k := n.Int64()
	if k < 2 {
		return py.Int(1), nil
	}
	return intResult(new(big.Int).MulRange(1, k)), nil
}

func math_gcd(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("gcd() takes exactly 2 arguments (%d given)", len(args))
	}
	a, err := pyarg.Index(pyutil.Unwrap(args[0]))
	if err != nil {
		return nil, err
	}
	b, err := pyarg.Index(pyutil.Unwrap(args[1]))
	if err != nil {
		return nil, err
	}
	g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(a), new(big.Int).Abs(b))
	return intResult(g), nil
}

func math_isclose(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) > 2 {
		return nil, pyutil.TypeErrorf("Function takes at most 2 positional arguments (%d given)", len(args))
	}
	v, err := pyarg.Parse("isclose", args, kwargs, []string{"a", "b", "rel_tol", "abs_tol"}, 2, 0)
	if err != nil {
		return nil, err
	}
	vals := [4]float64{0, 0, 1e-09, 0.0}
	for i, o := range v {
		if o == nil {
			continue
		}
		if vals[i], err = toFloat(o); err != nil {
			return nil, err
		}
	}
	a, b, rel, abs := vals[0], vals[1], vals[2], vals[3]
	if rel < 0 || abs < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return py.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return py.False, nil
	}
	diff := math.Abs(b - a)
	return py.NewBool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

// fsum adds exactly with Shewchuk's method: a list of non-overlapping
// partial sums, each new value folded in from the smallest partial up with
// error-free additions, and the result rounded once (half-even) at the end.
func math_fsum(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := oneArg("fsum", args)
	if err != nil {
		return nil, err
	}
	partials := make([]float64, 0, 32)
	special, infSum := 0.0, 0.0
	var itemErr error
	err = py.Iterate(a, func(item py.Object) bool {
		x, e := toFloat(item)
		if e != nil {
			itemErr = e
			return true
		}
		orig := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x == 0 {
			return false
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			// an infinity or NaN among the values, or an overflow
			if !math.IsInf(orig, 0) && !math.IsNaN(orig) {
				itemErr = py.ExceptionNewf(py.OverflowError, "intermediate overflow in fsum")
				return true
			}
			if math.IsInf(orig, 0) {
				infSum += orig
			}
			special += orig
			partials = partials[:0]
			return false
		}
		partials = append(partials, x)
		return false
	})
	if err == nil {
		err = itemErr
	}
	if err != nil {
		return nil, err
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(infSum) {
			return nil, py.ExceptionNewf(py.ValueError, "-inf + inf in fsum")
		}
		return py.Float(special), nil
	}
	return py.Float(roundPartials(partials)), nil
}

// roundPartials sums non-overlapping partials (increasing magnitude)
// into the correctly rounded float.
func roundPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi, lo := p[n], 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	// round half to even: when the rest has the sign of lo, the tie
	// goes the other way
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

func math_frexp(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := oneArg("frexp", args)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return py.Tuple{py.Float(x), py.Int(0)}, nil
	}
	m, e := math.Frexp(x)
	return py.Tuple{py.Float(m), py.Int(e)}, nil
}

func math_ldexp(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := nArgs("ldexp", args, 2); err != nil {
		return nil, err
	}
	x, err := toFloat(args[0])
	if err != nil {
		return nil, err
	}
	e := bigOf(args[1])
	if e == nil {
		return nil, pyutil.TypeErrorf("Expected an int as second argument to ldexp.")
	}
	var r float64
	switch {
	case x == 0 || math.IsInf(x, 0) || math.IsNaN(x):
		r = x
	case e.Cmp(big.NewInt(math.MaxInt32)) > 0:
		return nil, rangeError()
	case e.Cmp(big.NewInt(math.MinInt32)) < 0:
		r = math.Copysign(0, x)
	default:
		r = math.Ldexp(x, int(e.Int64()))
		if math.IsInf(r, 0) {
			return nil, rangeError()
		}
	}
	return py.Float(r), nil
}

func math_modf(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := oneArg("modf", args)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsInf(x, 0):
		return py.Tuple{py.Float(math.Copysign(0, x)), py.Float(x)}, nil
	case math.IsNaN(x):
		return py.Tuple{py.Float(x), py.Float(x)}, nil
	}
	i, f := math.Modf(x)
	return py.Tuple{py.Float(f), py.Float(i)}, nil
}

func fmod(x, y float64) float64 {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x
	}
	return cFmod(x, y)
}

func math_pow(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := nArgs("pow", args, 2); err != nil {
		return nil, err
	}
	x, err := toFloat(args[0])
	if err != nil {
		return nil, err
	}
	y, err := toFloat(args[1])
	if err != nil {
		return nil, err
	}
	if x == 0 && math.IsInf(y, -1) {
		return nil, domainError() // 0 ** -inf divides by zero
	}
	r := cPow(x, y)
	finite := func(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }
	if finite(x) && finite(y) {
		switch {
		case math.IsNaN(r):
			return nil, domainError()
		case math.IsInf(r, 0):
			if x == 0 {
				return nil, domainError()
			}
			return nil, rangeError()
		}
	}
	return py.Float(r), nil
}

func hypot(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	return cHypot(x, y)
}

func predicate(name string, f func(float64) bool, doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		a, err := oneArg(name, args)
		if err != nil {
			return nil, err
		}
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		return py.NewBool(f(x)), nil
	}, 0, doc)
}

// erf and erfc as CPython 3.6 computes them (it does not use the C
// library's): a power series below 1.5, a continued fraction for erfc
// from there to 30, and the limits beyond.
const (
	erfSeriesCutoff   = 1.5
	erfSeriesTerms    = 25
	erfcContfracCut   = 30.0
	erfcContfracTerms = 50
	sqrtPi            = 1.772453850905516027298167483341145182798
)

func erfSeries(x float64) float64 {
	x2 := x * x
	acc := 0.0
	fk := float64(erfSeriesTerms) + 0.5
	for i := 0; i < erfSeriesTerms; i++ {
		acc = 2.0 + x2*acc/fk
		fk -= 1.0
	}
	return acc * x * cExp(-x2) / sqrtPi
}

func erfcContfrac(x float64) float64 {
	if x >= erfcContfracCut {
		return 0.0
	}
	x2 := x * x
	a, da := 0.0, 0.5
	p, pLast := 1.0, 0.0
	q, qLast := da+x2, 1.0
	for i := 0; i < erfcContfracTerms; i++ {
		a += da
		da += 2.0
		b := da + x2
		p, pLast = b*p-a*pLast, p
		q, qLast = b*q-a*qLast, q
	}
	return p / q * x * cExp(-x2) / sqrtPi
}

func erf(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.Abs(x) < erfSeriesCutoff {
		return erfSeries(x)
	}
	cf := erfcContfrac(math.Abs(x))
	if x > 0 {
		return 1.0 - cf
	}
	return cf - 1.0
}

func erfc(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.Abs(x) < erfSeriesCutoff {
		return 1.0 - erfSeries(x)
	}
	cf := erfcContfrac(math.Abs(x))
	if x > 0 {
		return cf
	}
	return 2.0 - cf
}

func isNonPositiveInteger(x float64) bool { return x <= 0 && math.Floor(x) == x }

func math_gamma(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := oneArg("gamma", args)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsNaN(x), math.IsInf(x, 1):
		return py.Float(x), nil
	case math.IsInf(x, -1), isNonPositiveInteger(x):
		return nil, domainError()
	}
	r, overflow := tgamma(x)
	if overflow {
		return nil, rangeError()
	}
	return py.Float(r), nil
}

func math_lgamma(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := oneArg("lgamma", args)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsNaN(x):
		return py.Float(x), nil
	case math.IsInf(x, 0):
		return py.Float(math.Inf(1)), nil
	case isNonPositiveInteger(x):
		return nil, domainError()
	}
	r := lgammaOf(x)
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return py.Float(r), nil
}

func init() {
	const radToDeg = 180.0 / math.Pi
	const degToRad = math.Pi / 180.0
	methods := []*py.Method{
		func1("acos", cAcos, false, "acos(x) -> float\n\nThe angle in radians, from 0 to pi, whose cosine is x."),
		func1("acosh", cAcosh, false, "acosh(x) -> float\n\nThe non-negative number whose hyperbolic cosine is x (x >= 1)."),
		func1("asin", cAsin, false, "asin(x) -> float\n\nThe angle in radians, from -pi/2 to pi/2, whose sine is x."),
		func1("asinh", cAsinh, false, "asinh(x) -> float\n\nThe number whose hyperbolic sine is x."),
		func1("atan", cAtan, false, "atan(x) -> float\n\nThe angle in radians, from -pi/2 to pi/2, whose tangent is x."),
		func2("atan2", cAtan2, "atan2(y, x) -> float\n\nThe angle in radians, from -pi to pi, of the point (x, y) seen from the origin."),
		func1("atanh", cAtanh, false, "atanh(x) -> float\n\nThe number whose hyperbolic tangent is x (-1 < x < 1)."),
		rounder("ceil", "__ceil__", math.Ceil, "ceil(x) -> int\n\nThe least integer not below x (x.__ceil__() when defined)."),
		func2("copysign", math.Copysign, "copysign(x, y) -> float\n\nabs(x) carrying y's sign (signed zeros included)."),
		func1("cos", cCos, false, "cos(x) -> float\n\nCosine of the angle x, given in radians."),
		func1("cosh", cCosh, true, "cosh(x) -> float\n\n(e**x + e**-x) / 2."),
		func1("degrees", func(x float64) float64 { return x * radToDeg }, false, "degrees(x) -> float\n\nThe angle x, given in radians, expressed in degrees."),
		func1("erf", erf, false, "erf(x) -> float\n\nThe Gauss error function of x."),
		func1("erfc", erfc, false, "erfc(x) -> float\n\n1 - erf(x), computed without losing precision for large x."),
		func1("exp", cExp, true, "exp(x) -> float\n\ne to the power x."),
		func1("expm1", cExpm1, true, "expm1(x) -> float\n\ne**x - 1, precise also when x is close to zero."),
		func1("fabs", math.Abs, false, "fabs(x) -> float\n\nThe magnitude of x, as a float."),
		py.MustNewMethod("factorial", math_factorial, 0, "factorial(x) -> int\n\nThe product 1 * 2 * ... * x; ValueError for a negative or fractional x."),
		rounder("floor", "__floor__", math.Floor, "floor(x) -> int\n\nThe greatest integer not above x (x.__floor__() when defined)."),
		func2("fmod", fmod, "fmod(x, y) -> float\n\nThe C library's remainder, with x's sign (unlike x % y, which takes y's)."),
		py.MustNewMethod("frexp", math_frexp, 0, "frexp(x) -> (float, int)\n\n(m, e) with x == m * 2**e and 0.5 <= abs(m) < 1, or (0.0, 0) for zero."),
		py.MustNewMethod("fsum", math_fsum, 0, "fsum(iterable) -> float\n\nThe sum of the items, correctly rounded (no error builds up along the way)."),
		py.MustNewMethod("gamma", math_gamma, 0, "gamma(x) -> float\n\nThe Gamma function of x (equal to (x-1)! at positive integers)."),
		py.MustNewMethod("gcd", math_gcd, 0, "gcd(a, b) -> int\n\nThe largest int dividing both a and b (0 when both are 0), never negative."),
		func2("hypot", hypot, "hypot(x, y) -> float\n\nThe length of the vector (x, y), computed without needless overflow."),
		py.MustNewMethod("isclose", math_isclose, 0, "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) -> bool\n\nTrue when abs(a-b) is within rel_tol times the larger magnitude, or within abs_tol."),
		predicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }, "isfinite(x) -> bool\n\nFalse for infinities and NaN, True for every other number."),
		predicate("isinf", func(x float64) bool { return math.IsInf(x, 0) }, "isinf(x) -> bool\n\nTrue only for inf and -inf."),
		predicate("isnan", math.IsNaN, "isnan(x) -> bool\n\nTrue only for a NaN."),
		py.MustNewMethod("ldexp", math_ldexp, 0, "ldexp(x, i) -> float\n\nx times 2 to the power i (the reverse of frexp())."),
		py.MustNewMethod("lgamma", math_lgamma, 0, "lgamma(x) -> float\n\nln(abs(gamma(x))), usable where gamma(x) itself would overflow."),
		py.MustNewMethod("log", math_log, 0, "log(x[, base]) -> float\n\nThe logarithm of x in base (e when omitted)."),
		logFunc("log10", cLog10, "log10(x) -> float\n\nThe decimal logarithm of x."),
		func1("log1p", cLog1p, false, "log1p(x) -> float\n\nln(1 + x), precise also when x is close to zero."),
		logFunc("log2", cLog2, "log2(x) -> float\n\nThe binary logarithm of x."),
		py.MustNewMethod("modf", math_modf, 0, "modf(x) -> (float, float)\n\nx split into its fraction and its whole part, both with x's sign."),
		py.MustNewMethod("pow", math_pow, 0, "pow(x, y) -> float\n\nx to the power y, as floats (C's pow, with IEEE special cases)."),
		func1("radians", func(x float64) float64 { return x * degToRad }, false, "radians(x) -> float\n\nThe angle x, given in degrees, expressed in radians."),
		func1("sin", cSin, false, "sin(x) -> float\n\nSine of the angle x, given in radians."),
		func1("sinh", cSinh, true, "sinh(x) -> float\n\n(e**x - e**-x) / 2."),
		func1("sqrt", cSqrt, false, "sqrt(x) -> float\n\nThe non-negative square root of x (x >= 0)."),
		func1("tan", cTan, false, "tan(x) -> float\n\nTangent of the angle x, given in radians."),
		func1("tanh", cTanh, false, "tanh(x) -> float\n\nsinh(x) / cosh(x)."),
		py.MustNewMethod("trunc", math_trunc, 0, "trunc(x) -> int\n\nx with its fractional part dropped (rounded toward zero), via x.__trunc__()."),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "math", Doc: moduleDoc, Flags: py.ShareModule},
		Methods: methods,
		Globals: py.StringDict{
			"pi":  py.Float(math.Pi),
			"e":   py.Float(math.E),
			"tau": py.Float(2 * math.Pi),
			"inf": py.Float(math.Inf(1)),
			"nan": py.Float(math.NaN()),
		},
	})
}
