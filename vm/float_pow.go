package vm

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// Float power as CPython computes it: the special values and errors of its
// float ** float, with the power itself from the C library's pow(), whose
// last bit differs from Go's math.Pow for many arguments. The loop has no
// cgo: modules/mathext, which binds libm, installs the C functions with
// SetLibm; until then (a program without that module) Go's math stands in.

// Libm is the C library's functions the loop's float and complex powers
// use.
type Libm struct {
	Pow, Atan2, Hypot  func(x, y float64) float64
	Exp, Log, Cos, Sin func(x float64) float64
}

var libm = Libm{
	Pow: math.Pow, Atan2: math.Atan2, Hypot: math.Hypot,
	Exp: math.Exp, Log: math.Log, Cos: math.Cos, Sin: math.Sin,
}

// SetLibm installs the C library's functions; it is called from an init
// function, before any Python code runs.
func SetLibm(l Libm) { libm = l }

// powFloats returns a ** b as floats when the power is float arithmetic
// (either operand a float, or an int raised to a negative int); ok is
// false for anything else.
func powFloats(a, b py.Object) (x, y float64, ok bool, err error) {
	ka, kb := numberKind(a), numberKind(b)
	if ka == 0 || kb == 0 || (ka == 1 && kb == 1 && !isNegative(b)) {
		return 0, 0, false, nil
	}
	if x, err = realFloat(a); err != nil {
		return 0, 0, true, err
	}
	if y, err = realFloat(b); err != nil {
		return 0, 0, true, err
	}
	return x, y, true, nil
}

// realFloat converts an int, bool or float to float64, with CPython's
// OverflowError for an int too large.
func realFloat(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, acc := new(big.Float).SetInt((*big.Int)(v)).Float64()
		if math.IsInf(f, 0) && acc != big.Exact {
			return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", typeName(o))
}

// isOddInteger reports whether y is an odd integer.
func isOddInteger(y float64) bool {
	return y == math.Floor(y) && math.Mod(math.Abs(y), 2) == 1
}

// floatPow is float.__pow__ on two floats.
func floatPow(x, y float64) (py.Object, error) {
	switch {
	case y == 0:
		return py.Float(1), nil
	case math.IsNaN(x):
		return py.Float(x), nil
	case math.IsNaN(y):
		if x == 1 {
			return py.Float(1), nil
		}
		return py.Float(y), nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return py.Float(1), nil
		case (y > 0) == (ax > 1):
			return py.Float(math.Inf(1)), nil
		}
		return py.Float(0), nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if x > 0 {
			if y > 0 {
				return py.Float(x), nil
			}
			return py.Float(0), nil
		}
		if y > 0 {
			if odd {
				return py.Float(x), nil
			}
			return py.Float(-x), nil
		}
		if odd {
			return py.Float(math.Copysign(0, x)), nil
		}
		return py.Float(0), nil
	case x == 0:
		if y < 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return py.Float(x), nil
		}
		return py.Float(0), nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			// A negative number to a fractional power is complex in 3.x.
			return complexPow(complex(x, 0), complex(y, 0))
		}
		negate = isOddInteger(y)
		x = -x
	}
	if x == 1 {
		if negate {
			return py.Float(-1), nil
		}
		return py.Float(1), nil
	}
	r := libm.Pow(x, y)
	if negate {
		r = -r
	}
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return py.Float(r), nil
}

// rangeError is the OverflowError CPython raises from errno ERANGE.
func rangeError() error {
	e := py.ExceptionNewf(py.OverflowError, "")
	e.Args = py.Tuple{py.Int(34), py.String("Numerical result out of range")}
	return e
}

// complexPow is CPython's complex power for a non-integral exponent.
func complexPow(a, b complex128) (py.Object, error) {
	switch {
	case b == 0:
		return py.Complex(1), nil
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 to a negative or complex power")
		}
		return py.Complex(0), nil
	}
	vabs := libm.Hypot(real(a), imag(a))
	length := libm.Pow(vabs, real(b))
	at := libm.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= libm.Exp(at * imag(b))
		phase += imag(b) * libm.Log(vabs)
	}
	r := complex(length*libm.Cos(phase), length*libm.Sin(phase))
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "complex exponentiation")
	}
	return py.Complex(r), nil
}

// asComplex reads a number as a complex; ok is false for anything else.
func asComplex(o py.Object) (complex128, bool) {
	switch v := o.(type) {
	case py.Complex:
		return complex128(v), true
	case py.Float:
		return complex(float64(v), 0), true
	case py.Int:
		return complex(float64(v), 0), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		return complex(f, 0), true
	}
	return 0, false
}

// complexPowOp is a ** b where either side is complex. As in CPython, an
// integral exponent up to 100 in size is repeated multiplication (so
// 1j**2 is exactly -1), any other the polar formula.
func complexPowOp(a, b py.Object) (py.Object, bool, error) {
	_, ac := a.(py.Complex)
	_, bc := b.(py.Complex)
	if !ac && !bc {
		return nil, false, nil
	}
	x, okA := asComplex(a)
	y, okB := asComplex(b)
	if !okA || !okB {
		return nil, false, nil
	}
	if imag(y) == 0 && real(y) == math.Trunc(real(y)) && math.Abs(real(y)) <= 100 {
		n := int(real(y))
		if n < 0 {
			if x == 0 {
				return nil, true, py.ExceptionNewf(py.ZeroDivisionError, "0.0 to a negative or complex power")
			}
			r := complexIntPow(x, -n)
			q, err := complexDivide(1, r)
			return q, true, err
		}
		r := complexIntPow(x, n)
		if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
			return nil, true, py.ExceptionNewf(py.OverflowError, "complex exponentiation")
		}
		return py.Complex(r), true, nil
	}
	r, err := complexPow(x, y)
	return r, true, err
}

// complexIntPow is x**n for n >= 0 by squaring.
func complexIntPow(x complex128, n int) complex128 {
	r := complex128(1)
	for n > 0 {
		if n&1 != 0 {
			r *= x
		}
		x *= x
		n >>= 1
	}
	return r
}

// complexDivide is a / b with CPython's scaling (Smith's method), so that
// 1/(x**n) rounds as there.
func complexDivide(a, b complex128) (py.Object, error) {
	br, bi := real(b), imag(b)
	absR, absI := math.Abs(br), math.Abs(bi)
	var r complex128
	switch {
	case absR >= absI:
		if absR == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "complex division by zero")
		}
		ratio := bi / br
		den := br + bi*ratio
		r = complex((real(a)+imag(a)*ratio)/den, (imag(a)-real(a)*ratio)/den)
	case absI >= absR:
		ratio := br / bi
		den := br*ratio + bi
		r = complex((real(a)*ratio+imag(a))/den, (imag(a)*ratio-real(a))/den)
	default:
		r = complex(math.NaN(), math.NaN())
	}
	return py.Complex(r), nil
}

// powOp is a ** b for two numbers whose power is float or complex
// arithmetic; handled is false otherwise.
func powOp(a, b py.Object) (r py.Object, handled bool, err error) {
	if r, ok, err := complexPowOp(a, b); ok {
		return r, true, err
	}
	x, y, ok, err := powFloats(a, b)
	if !ok || err != nil {
		return nil, ok, err
	}
	r, err = floatPow(x, y)
	return r, true, err
}

func init() {
	floatPowMethod := func(name string, reflected bool) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, oneOrTwoArgs(len(args))
			}
			if _, ok := self.(py.Float); !ok {
				return nil, wrongReceiver(py.FloatType, name, self)
			}
			a, b := self, args[0]
			if reflected {
				a, b = b, a
			}
			if len(args) == 2 && args[1] != py.None {
				return nil, py.ExceptionNewf(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			if numberKind(args[0]) == 0 {
				return py.NotImplemented, nil
			}
			r, _, err := powOp(a, b)
			return r, err
		}, 0, "__pow__(value, mod=None) -> number\n\nself raised to value, as the ** operator and pow() compute it.")
	}
	py.FloatType.Dict["__pow__"] = floatPowMethod("__pow__", false)
	py.FloatType.Dict["__rpow__"] = floatPowMethod("__rpow__", true)

	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		return
	}
	for i, m := range impl.Methods {
		if m.Name != "pow" {
			continue
		}
		orig := m
		impl.Methods[i] = py.MustNewMethod("pow", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) == 0 && (len(args) == 2 || (len(args) == 3 && args[2] == py.None)) {
				return binaryOp(opBINARY_POWER, args[0], args[1])
			}
			if len(args) == 3 {
				values, r, ok, err := ternaryInstancePow(args)
				if ok {
					return r, err
				}
				args = values
			}
			if p, ok := goTernaryPow(args); ok {
				// a Go type's own three-argument pow (decimal.Decimal)
				r, err := p.M__pow__(args[1], args[2])
				if err == nil && r == py.NotImplemented {
					err = py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for pow(): '%s', '%s', '%s'",
						tpName(args[0].Type()), tpName(args[1].Type()), tpName(args[2].Type()))
				}
				return r, err
			}
			if len(args) == 3 && isComplexValue(args[0], args[1], args[2]) {
				return nil, py.ExceptionNewf(py.ValueError, "complex modulo")
			}
			if len(args) == 3 && (numberKind(args[0]) == 2 || numberKind(args[1]) == 2 || numberKind(args[2]) == 2) {
				return nil, py.ExceptionNewf(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			if len(args) == 3 {
				// (only integers get here: a float among them is the
				// TypeError above, as 3.6's int slot defers to float's)
				if err := checkIntPowArgs(args[1], args[2]); err != nil {
					return nil, err
				}
			}
			r, err := orig.CallWithKeywords(self, args, kwargs)
			if err == nil && len(args) == 3 && isNegativeInt(args[2]) {
				// gpython reduces into [0, |mod|); 3.6's result has the
				// modulus's sign, as % gives it.
				if t, terr := Truth(r); terr == nil && t {
					return binaryOp(opBINARY_ADD, r, args[2])
				}
			}
			return r, err
		}, 0, m.Doc)
	}
}

// ternaryInstancePow is pow(a, b, mod) when an instance of a Python class
// is among args, the three: a's __pow__ called with b and mod, or CPython's
// TypeError when a has none or it returns NotImplemented (a three-argument
// pow never tries __rpow__). ok is false when none is; values is args with
// bools as ints and each instance of a built-in number's subclass that
// keeps the built-in's __pow__ replaced by its value, for the built-in pow
// to take.
func ternaryInstancePow(args py.Tuple) (values py.Tuple, r py.Object, ok bool, err error) {
	values = append(py.Tuple(nil), args...)
	plain := false
	for i, x := range values {
		if b, isBool := x.(py.Bool); isBool {
			values[i] = boolInt(b)
		}
		if _, isInstance := pythonClassOf(x); isInstance {
			if v, builtin := valueFor(x, "__pow__"); builtin {
				values[i] = v
				continue
			}
			plain = true
		}
	}
	if !plain {
		return values, nil, false, nil
	}
	if cls, isInstance := pythonClassOf(args[0]); isInstance {
		if m := cls.Lookup("__pow__"); m != nil {
			r, err := callMethod(args[0], m, args[1], args[2])
			if err != nil || r != py.NotImplemented {
				return values, r, true, err
			}
		}
	}
	return values, nil, true, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for pow(): '%s', '%s', '%s'",
		tpName(args[0].Type()), tpName(args[1].Type()), tpName(args[2].Type()))
}

// goTernaryPow is args[0]'s own three-argument pow when args are three
// and the first a value of a Go type that classes may derive from and
// that has M__pow__ (decimal.Decimal).
func goTernaryPow(args py.Tuple) (py.I__pow__, bool) {
	if len(args) != 3 || numberKind(args[0]) != 0 || goValueSpec(args[0].Type()) == nil {
		return nil, false
	}
	p, ok := args[0].(py.I__pow__)
	return p, ok
}

// checkIntPowArgs raises CPython's ValueError for the exponent and
// modulus of an integer pow(base, exp, mod) that has no result: a
// negative exponent (3.6 has no modular inverse) or a zero modulus.
func checkIntPowArgs(exp, mod py.Object) error {
	sign := func(o py.Object) (int, bool) {
		switch v := o.(type) {
		case py.Int:
			switch {
			case v < 0:
				return -1, true
			case v == 0:
				return 0, true
			}
			return 1, true
		case *py.BigInt:
			return (*big.Int)(v).Sign(), true
		}
		return 0, false
	}
	es, eok := sign(exp)
	ms, mok := sign(mod)
	if !eok || !mok {
		return nil
	}
	if es < 0 {
		return py.ExceptionNewf(py.ValueError, "pow() 2nd argument cannot be negative when 3rd argument specified")
	}
	if ms == 0 {
		return py.ExceptionNewf(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	return nil
}

// isNegativeInt reports whether o is an int below zero.
func isNegativeInt(o py.Object) bool {
	switch v := o.(type) {
	case py.Int:
		return v < 0
	case *py.BigInt:
		return (*big.Int)(v).Sign() < 0
	}
	return false
}

// isComplexValue reports whether any of os is a complex.
func isComplexValue(os ...py.Object) bool {
	for _, o := range os {
		if _, ok := o.(py.Complex); ok {
			return true
		}
	}
	return false
}
