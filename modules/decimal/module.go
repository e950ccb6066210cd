// Package decimal registers "_apdecimal", the arithmetic core of the
// decimal module (Lib/modules/decimal.py): numbers are Values, operations
// are computed over math/big (big.Int coefficients) and fitted to a
// CPython 3.6 context (precision, rounding, Emin, Emax, clamp) here.
// decimal.py holds the Python-visible API (Decimal, Context, the signals)
// and turns the condition bits each operation returns into flags and
// trapped exceptions.
package decimal

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = `Arithmetic core of the decimal module; use decimal instead.`

// value checks that o is a Value.
func value(o py.Object) (*Value, error) {
	v, ok := o.(*Value)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a decimal value, got %s", o.Type().Name)
	}
	return v, nil
}

// pyInt converts a big.Int to a Python int.
func pyInt(x *big.Int) py.Object {
	if x.IsInt64() {
		return py.Int(x.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(x))
}

// bigOf converts a Python int to a big.Int.
func bigOf(o py.Object) (*big.Int, error) {
	switch x := o.(type) {
	case py.Int:
		return big.NewInt(int64(x)), nil
	case py.Bool:
		if x {
			return big.NewInt(1), nil
		}
		return new(big.Int), nil
	case *py.BigInt:
		return (*big.Int)(x), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "an integer is required")
}

// parseString is _apdecimal.parse(s): (value, 0), or (None, flags) for
// a string that is not a number.
func parseString(self py.Object, arg py.Object) (py.Object, error) {
	s, ok := pyutil.Unwrap(arg).(py.String) // a str subclass's instance holds its str
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected str")
	}
	v, perr := parse(string(s))
	if perr != nil {
		return py.Tuple{py.None, py.Int(fConvSyntax)}, nil
	}
	return py.Tuple{v, py.Int(0)}, nil
}

func fromInt(self py.Object, arg py.Object) (py.Object, error) {
	b, err := bigOf(arg)
	if err != nil {
		return nil, err
	}
	v := &Value{neg: b.Sign() < 0}
	v.coeff.Abs(b)
	return v, nil
}

func fromFloatFn(self py.Object, arg py.Object) (py.Object, error) {
	f, ok := arg.(py.Float)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected float")
	}
	return fromFloat(float64(f)), nil
}

// fromParts is _apdecimal.from_parts(sign, digits, exp): digits is a
// string of ASCII digits and exp an int or 'n', 'N' or 'F'.
func fromParts(self py.Object, args py.Tuple) (py.Object, error) {
	var signO, digitsO, expO py.Object
	if err := py.UnpackTuple(args, nil, "from_parts", 3, 3, &signO, &digitsO, &expO); err != nil {
		return nil, err
	}
	sgn, err := goInt64(signO)
	if err != nil {
		return nil, err
	}
	v := &Value{neg: sgn == 1}
	ds := string(digitsO.(py.String))
	if ds != "" {
		v.coeff.SetString(ds, 10)
	}
	switch e := expO.(type) {
	case py.String:
		switch e {
		case "F":
			v.form = formInfinite
			v.coeff.SetInt64(0)
		case "n":
			v.form = formNaN
		case "N":
			v.form = formSNaN
		}
	default:
		ex, err := bigOf(expO)
		if err != nil {
			return nil, err
		}
		if !ex.IsInt64() {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		v.exp = saturatedExp(ex)
	}
	return v, nil
}

// asTuple is (sign, digits, exponent) with digits a str.
func asTuple(self py.Object, arg py.Object) (py.Object, error) {
	v, err := value(arg)
	if err != nil {
		return nil, err
	}
	sgn := py.Int(0)
	if v.neg {
		sgn = 1
	}
	var exp py.Object
	ds := v.coeff.String()
	switch v.form {
	case formInfinite:
		exp = py.String("F")
		ds = "0"
	case formNaN:
		exp = py.String("n")
		if v.coeff.Sign() == 0 {
			ds = ""
		}
	case formSNaN:
		exp = py.String("N")
		if v.coeff.Sign() == 0 {
			ds = ""
		}
	default:
		exp = py.Int(v.exp)
	}
	return py.Tuple{sgn, py.String(ds), exp}, nil
}

// info is (form, negative, zero, adjusted, exponent, digits) with form 0
// finite, 1 infinite, 2 sNaN, 3 NaN.
func info(self py.Object, arg py.Object) (py.Object, error) {
	v, err := value(arg)
	if err != nil {
		return nil, err
	}
	adj, nd := int64(0), int64(0)
	if v.form == formFinite {
		nd = v.digits()
		adj = v.exp + nd - 1
	}
	return py.Tuple{py.Int(v.form), py.NewBool(v.neg), py.NewBool(v.isZero()), py.Int(adj), py.Int(v.exp), py.Int(nd)}, nil
}

func sciFn(self py.Object, args py.Tuple) (py.Object, error) {
	var vO, capO, engO py.Object
	if err := py.UnpackTuple(args, nil, "sci", 3, 3, &vO, &capO, &engO); err != nil {
		return nil, err
	}
	v, err := value(vO)
	if err != nil {
		return nil, err
	}
	capitals, _ := goInt64(capO)
	eng, _ := goInt64(engO)
	return py.String(v.sci(capitals != 0, eng != 0)), nil
}

// toInt truncates a finite value to a Python int.
func toInt(self py.Object, arg py.Object) (py.Object, error) {
	v, err := value(arg)
	if err != nil {
		return nil, err
	}
	if v.form != formFinite {
		return nil, py.ExceptionNewf(py.ValueError, "not finite")
	}
	if v.exp > maxWorkPrec {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	var x *big.Int
	if v.exp >= 0 {
		x = new(big.Int).Mul(&v.coeff, pow10(v.exp))
	} else if -v.exp > v.digits() {
		x = new(big.Int)
	} else {
		x = new(big.Int).Quo(&v.coeff, pow10(-v.exp))
	}
	if v.neg {
		x.Neg(x)
	}
	return pyInt(x), nil
}

func toFloatFn(self py.Object, arg py.Object) (py.Object, error) {
	v, err := value(arg)
	if err != nil {
		return nil, err
	}
	f, err := parseFloat(v)
	if err != nil {
		return nil, err
	}
	return py.Float(f), nil
}

func hashFn(self py.Object, arg py.Object) (py.Object, error) {
	v, err := value(arg)
	if err != nil {
		return nil, err
	}
	return py.Int(hash(v)), nil
}

// compareFn is compare(a, b, total, mag): numeric order (None when a NaN
// is involved), or the total order.
func compareFn(self py.Object, args py.Tuple) (py.Object, error) {
	var aO, bO, totO, magO py.Object
	if err := py.UnpackTuple(args, nil, "compare", 4, 4, &aO, &bO, &totO, &magO); err != nil {
		return nil, err
	}
	a, err := value(aO)
	if err != nil {
		return nil, err
	}
	b, err := value(bO)
	if err != nil {
		return nil, err
	}
	tot, _ := goInt64(totO)
	mag, _ := goInt64(magO)
	if tot != 0 {
		return py.Int(compareTotal(a, b, mag != 0)), nil
	}
	if a.isNaN() || b.isNaN() {
		return py.None, nil
	}
	return py.Int(compare(a, b)), nil
}

// setTypeName is set_type_name(cls, name): the messages that print cls's
// C-level name (an unsupported operand, an unorderable comparison) call it
// name, as CPython's C decimal names its types ("decimal.Decimal").
func setTypeName(self py.Object, args py.Tuple) (py.Object, error) {
	var clsO, nameO py.Object
	if err := py.UnpackTuple(args, nil, "set_type_name", 2, 2, &clsO, &nameO); err != nil {
		return nil, err
	}
	cls, ok := clsO.(*py.Type)
	name, ok2 := nameO.(py.String)
	if !ok || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "set_type_name needs a class and a str")
	}
	vm.SetExtensionName(cls, string(name))
	return py.None, nil
}

func init() {
	methods := []*py.Method{
		py.MustNewMethod("set_type_name", setTypeName, 0, "set_type_name(cls, name): the name cls shows in operator messages"),
		py.MustNewMethod("parse", parseString, 0, "parse(s) -> (value, flags)"),
		py.MustNewMethod("from_int", fromInt, 0, "from_int(i) -> value"),
		py.MustNewMethod("from_float", fromFloatFn, 0, "from_float(f) -> the exact value of f"),
		py.MustNewMethod("from_parts", fromParts, 0, "from_parts(sign, digits, exp) -> value"),
		py.MustNewMethod("as_tuple", asTuple, 0, "as_tuple(v) -> (sign, digits, exp)"),
		py.MustNewMethod("info", info, 0, "info(v) -> (form, negative, zero, adjusted, exp, ndigits)"),
		py.MustNewMethod("sci", sciFn, 0, "sci(v, capitals, eng) -> str"),
		py.MustNewMethod("to_int", toInt, 0, "to_int(v) -> int, truncated"),
		py.MustNewMethod("to_float", toFloatFn, 0, "to_float(v) -> float"),
		py.MustNewMethod("hash", hashFn, 0, "hash(v) -> int"),
		py.MustNewMethod("compare", compareFn, 0, "compare(a, b, total, mag) -> -1, 0, 1 or None"),
		py.MustNewMethod("op", opFn, 0, "op(name, ctx, a, b=None, c=None) -> (result, flags)"),
		py.MustNewMethod("make_fast", makeFast, 0, "make_fast(Decimal, Context, getcontext, contexts, slow, bits) -> (binary, new)"),
		py.MustNewMethod("format", formatFn, 0, "format(v, spec, rounding) -> str"),
		py.MustNewMethod("size", sizeFn, 0, "size(v, derived) -> the __sizeof__ of a Decimal holding v"),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_apdecimal", Doc: moduleDoc},
		Methods: methods,
		Globals: py.StringDict{"Value": ValueType},
	})
}
