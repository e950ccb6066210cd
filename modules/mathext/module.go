// Package mathext registers the Python module "math" as CPython 3.6 has
// it, replacing stock gpython's: every 3.6 function and constant, with
// CPython's argument conversion (__float__, __index__, __floor__,
// __ceil__, __trunc__), its errors ("math domain error", "math range
// error", factorial's and fsum's messages) and, for the elementary
// functions, the C library's results (libm.go).
package mathext

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/math" // registers first: ours replaces it

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

const moduleDoc = `Floating-point mathematics: trigonometric, hyperbolic, exponential and
logarithmic functions, rounding helpers and constants such as pi and e.`

func domainError() error { return py.ExceptionNewf(py.ValueError, "math domain error") }
func rangeError() error  { return py.ExceptionNewf(py.OverflowError, "math range error") }

// toFloat is PyFloat_AsDouble: a float (or a subclass), an int, or an
// object whose __float__ returns a float.
func toFloat(o py.Object) (float64, error) {
	switch x := o.(type) {
	case py.Float:
		return float64(x), nil
	case py.Int:
		return float64(x), nil
	}
	u := pyutil.Unwrap(o)
	switch u.(type) {
	case py.Float, py.Int, py.Bool, *py.BigInt:
		return pyarg.Double(u)
	}
	if _, ok := u.(py.I__float__); !ok {
		r, found, err := pyutil.CallSpecial0(o, "__float__")
		if found {
			if err != nil {
				return 0, err
			}
			f, ok := pyutil.Unwrap(r).(py.Float)
			if !ok {
				return 0, pyutil.TypeErrorf("%s.__float__ returned non-float (type %s)", pyutil.TypeName(o), pyutil.TypeName(r))
			}
			return float64(f), nil
		}
		return 0, pyutil.TypeErrorf("must be real number, not %s", pyarg.TypeName(o))
	}
	return pyarg.Double(u)
}

// oneArg checks for exactly one positional argument.
func oneArg(name string, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	return args[0], nil
}

// nArgs is PyArg_UnpackTuple's check for exactly n arguments.
func nArgs(name string, args py.Tuple, n int) error {
	if len(args) != n {
		return pyutil.TypeErrorf("%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

// check1 is CPython's error rule for a one-argument function: a NaN from
// a non-NaN is a domain error, an infinity from a finite number a range
// error when the function can overflow and a domain error otherwise.
func check1(x, r float64, canOverflow bool) error {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return rangeError()
		}
		return domainError()
	}
	return nil
}

// func1 makes a one-argument float function.
func func1(name string, f func(float64) float64, canOverflow bool, doc string) *py.Method {
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
		r := f(x)
		if err := check1(x, r, canOverflow); err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}, 0, doc)
}

// func2 makes a two-argument float function with math_2's error rule.
func func2(name string, f func(x, y float64) float64, doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if err := nArgs(name, args, 2); err != nil {
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
		r := f(x, y)
		finite := func(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }
		switch {
		case math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y):
			return nil, domainError()
		case math.IsInf(r, 0) && finite(x) && finite(y):
			return nil, rangeError()
		}
		return py.Float(r), nil
	}, 0, doc)
}

// bigOf returns o's integer value when o is an int (a bool, a subclass).
func bigOf(o py.Object) *big.Int { return pyarg.IntValue(pyutil.Unwrap(o)) }

// intResult is a *big.Int as a Python int.
func intResult(b *big.Int) py.Object { return (*py.BigInt)(b).MaybeInt() }

// floatToInt is PyLong_FromDouble.
func floatToInt(x float64) (py.Object, error) {
	if math.IsInf(x, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	}
	if x > -9e18 && x < 9e18 {
		return py.Int(int64(x)), nil
	}
	b, _ := big.NewFloat(x).Int(nil)
	return intResult(b), nil
}

// rounder makes floor or ceil: an int unchanged, a float rounded, an
// object with the special method name through it, anything else through
// its float value.
func rounder(name, special string, f func(float64) float64, doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		a, err := oneArg(name, args)
		if err != nil {
			return nil, err
		}
		switch v := a.(type) {
		case py.Float:
			return floatToInt(f(float64(v)))
		case py.Int, py.Bool, *py.BigInt:
			return intResult(new(big.Int).Set(bigOf(v))), nil
		}
		if r, found, err := pyutil.CallSpecial0(a, special); found {
			return r, err
		}
		if r, found, err := goRounding(a, special); found {
			return r, err
		}
		if b := bigOf(a); b != nil { // a script's int subclass
			return intResult(new(big.Int).Set(b)), nil
		}
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		return floatToInt(f(x))
	}, 0, doc)
}

// goRounding calls special (__floor__, __ceil__ or __trunc__) of a value
// of a Go type that has it as a Go method (decimal.Decimal); found is
// false for any other value.
func goRounding(a py.Object, special string) (res py.Object, found bool, err error) {
	switch special {
	case "__floor__":
		if f, ok := a.(py.I__floor__); ok {
			res, err = f.M__floor__()
			return res, true, err
		}
	case "__ceil__":
		if c, ok := a.(py.I__ceil__); ok {
			res, err = c.M__ceil__()
			return res, true, err
		}
	case "__trunc__":
		if t, ok := a.(py.I__trunc__); ok {
			res, err = t.M__trunc__()
			return res, true, err
		}
	}
	return nil, false, nil
}

func math_trunc(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := oneArg("trunc", args)
	if err != nil {
		return nil, err
	}
	switch v := a.(type) {
	case py.Float:
		return floatToInt(math.Trunc(float64(v)))
	case py.Int, *py.BigInt:
		return v, nil
	case py.Bool:
		return intResult(bigOf(v)), nil
	}
	if r, found, err := pyutil.CallSpecial0(a, "__trunc__"); found {
		return r, err
	}
	if r, found, err := goRounding(a, "__trunc__"); found {
		return r, err
	}
	switch v := pyutil.Unwrap(a).(type) {
	case py.Float:
		return floatToInt(math.Trunc(float64(v)))
	case py.Int, *py.BigInt, py.Bool:
		return intResult(new(big.Int).Set(bigOf(v))), nil
	}
	return nil, pyutil.TypeErrorf("type %s doesn't define __trunc__ method", pyutil.TypeName(a))
}

// logOf is loghelper: an int's logarithm even beyond the float range
// (through its binary exponent), a float's through f with the domain
// rules of check1.
func logOf(a py.Object, f func(float64) float64) (float64, error) {
	if b := bigOf(a); b != nil {
		if b.Sign() <= 0 {
			return 0, domainError()
		}
		if fx, acc := new(big.Float).SetInt(b).Float64(); !math.IsInf(fx, 0) || acc == big.Exact {
			return f(fx), nil
		}
		// m * 2**e with m in [0.5, 1)
		mant := new(big.Float)
		e := new(big.Float).SetInt(b).MantExp(mant)
		m, _ := mant.Float64()
		return f(m) + f(2.0)*float64(e), nil
	}
	x, err := toFloat(a)
	if err != nil {
		return 0, err
	}
	r := f(x)
	if err := check1(x, r, false); err != nil {
		return 0, err
	}
	return r, nil
}

func math_log(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	switch len(args) {
	case 0:
		return nil, pyutil.TypeErrorf("log expected at least 1 arguments, got 0")
	case 1, 2:
	default:
		return nil, pyutil.TypeErrorf("log expected at most 2 arguments, got %d", len(args))
	}
	num, err := logOf(args[0], cLog)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return py.Float(num), nil
	}
	den, err := logOf(args[1], cLog)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
	}
	return py.Float(num / den), nil
}

func logFunc(name string, f func(float64) float64, doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		a, err := oneArg(name, args)
		if err != nil {
			return nil, err
		}
		r, err := logOf(a, f)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}, 0, doc)
}
