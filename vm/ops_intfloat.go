package vm

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// Mixed int and float operands, where gpython has no rule for its big
// ints (a TypeError) or converts inexactly: arithmetic converts the int
// to float as CPython does (OverflowError past the float range), and
// comparisons are exact, whatever the int's size.

// intToFloat is float(x) of an int operand: rounded to nearest (ties to
// even), OverflowError when out of range.
func intToFloat(x py.Object) (py.Float, error) {
	switch v := x.(type) {
	case py.Int:
		return py.Float(v), nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		if math.IsInf(f, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return py.Float(f), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "an integer is required")
}

// bigFloatOperands converts the big int operand of an arithmetic operator
// applied to a big int and a float; ok is false for other operands or
// operators.
func bigFloatOperands(op byte, a, b py.Object) (x, y py.Object, ok bool, err error) {
	switch op {
	case opBINARY_ADD, opINPLACE_ADD, opBINARY_SUBTRACT, opINPLACE_SUBTRACT,
		opBINARY_MULTIPLY, opINPLACE_MULTIPLY, opBINARY_TRUE_DIVIDE, opINPLACE_TRUE_DIVIDE,
		opBINARY_FLOOR_DIVIDE, opINPLACE_FLOOR_DIVIDE, opBINARY_MODULO, opINPLACE_MODULO:
	default:
		return nil, nil, false, nil
	}
	_, abig := a.(*py.BigInt)
	_, bbig := b.(*py.BigInt)
	_, afloat := a.(py.Float)
	_, bfloat := b.(py.Float)
	switch {
	case abig && bfloat:
		f, err := intToFloat(a)
		return f, b, true, err
	case afloat && bbig:
		f, err := intToFloat(b)
		return a, f, true, err
	}
	return nil, nil, false, nil
}

// intFloatCompare compares an int (small or big) with a float exactly;
// ok is false unless one operand is an int and the other a float.
func intFloatCompare(op int, a, b py.Object) (py.Object, bool) {
	fa, aIsFloat := a.(py.Float)
	fb, bIsFloat := b.(py.Float)
	if aIsFloat == bIsFloat {
		return nil, false
	}
	i := a
	f := float64(fb)
	if aIsFloat {
		i, f = b, float64(fa)
	}
	var n *big.Int
	switch v := i.(type) {
	case py.Int:
		n = big.NewInt(int64(v))
	case *py.BigInt:
		n = (*big.Int)(v)
	default:
		return nil, false
	}
	if math.IsNaN(f) {
		return py.NewBool(op == cmpNE), true
	}
	var c int // int compared with float
	switch {
	case math.IsInf(f, 1):
		c = -1
	case math.IsInf(f, -1):
		c = 1
	default:
		c = new(big.Float).SetInt(n).Cmp(big.NewFloat(f))
	}
	if aIsFloat {
		c = -c
	}
	return py.NewBool(cmpResult(op, c)), true
}

// floatOperands returns a and b as floats when both are real numbers and
// at least one is a float (small ints convert exactly enough, as CPython's
// float operators convert them); ok is false otherwise.
func floatOperands(a, b py.Object) (x, y float64, ok bool) {
	fa, aok := a.(py.Float)
	fb, bok := b.(py.Float)
	if !aok && !bok {
		return 0, 0, false
	}
	if !aok {
		n, isInt := b2f(a)
		if !isInt {
			return 0, 0, false
		}
		fa = n
	}
	if !bok {
		n, isInt := b2f(b)
		if !isInt {
			return 0, 0, false
		}
		fb = n
	}
	return float64(fa), float64(fb), true
}

// b2f converts a small int or bool operand to float.
func b2f(o py.Object) (py.Float, bool) {
	switch v := o.(type) {
	case py.Int:
		return py.Float(v), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// floatDivmod is CPython's divmod of floats: the remainder from fmod
// (exact), carrying the divisor's sign, and the quotient rounded to the
// nearest integral value the remainder allows. w must not be zero.
func floatDivmod(v, w float64) (div, mod float64) {
	mod = math.Mod(v, w)
	div = (v - mod) / w
	if mod != 0 {
		if (w < 0) != (mod < 0) {
			mod += w
			div--
		}
	} else {
		mod = math.Copysign(0, w)
	}
	if div != 0 {
		fl := math.Floor(div)
		if div-fl > 0.5 {
			fl++
		}
		div = fl
	} else {
		div = math.Copysign(0, v/w)
	}
	return div, mod
}

// floatFloorOp is a // b and a % b on real operands one of which is a
// float; ok is false for other operands or operators, and when b is zero
// (arithmeticError has raised ZeroDivisionError by then).
func floatFloorOp(op byte, a, b py.Object) (py.Object, bool) {
	switch op {
	case opBINARY_FLOOR_DIVIDE, opINPLACE_FLOOR_DIVIDE, opBINARY_MODULO, opINPLACE_MODULO:
	default:
		return nil, false
	}
	x, y, ok := floatOperands(a, b)
	if !ok || y == 0 {
		return nil, false
	}
	div, mod := floatDivmod(x, y)
	if op == opBINARY_MODULO || op == opINPLACE_MODULO {
		return py.Float(mod), true
	}
	return py.Float(div), true
}

// floatIntegral is nil when x has an integer value (it is finite), else
// the error int(x) raises: ValueError for a NaN, OverflowError for an
// infinity.
func floatIntegral(x float64) error {
	if math.IsNaN(x) {
		return py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	}
	if math.IsInf(x, 0) {
		return py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	}
	return nil
}
