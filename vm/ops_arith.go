package vm

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// numberKind classifies an operand for CPython's arithmetic error
// messages: 0 not a real number, 1 an int (bool, int), 2 a float.
func numberKind(o py.Object) int {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return 1
	case py.Float:
		return 2
	}
	return 0
}

func isZero(o py.Object) bool {
	switch v := o.(type) {
	case py.Int:
		return v == 0
	case py.Bool:
		return !bool(v)
	case py.Float:
		return v == 0
	case *py.BigInt:
		return (*big.Int)(v).Sign() == 0
	}
	return false
}

func isNegative(o py.Object) bool {
	switch v := o.(type) {
	case py.Int:
		return v < 0
	case py.Float:
		return v < 0
	case *py.BigInt:
		return (*big.Int)(v).Sign() < 0
	}
	return false
}

// arithmeticError returns the ZeroDivisionError CPython raises for a op b
// on real numbers, or nil when the operation is defined (gpython's
// messages differ, and it returns inf for 1.0 // 0).
func arithmeticError(op byte, a, b py.Object) error {
	ka, kb := numberKind(a), numberKind(b)
	if ka == 0 || kb == 0 {
		return nil
	}
	float := ka == 2 || kb == 2
	switch op {
	case opBINARY_TRUE_DIVIDE, opINPLACE_TRUE_DIVIDE:
		if isZero(b) {
			if float {
				return py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
			}
			return py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
		}
	case opBINARY_FLOOR_DIVIDE, opINPLACE_FLOOR_DIVIDE:
		if isZero(b) {
			if float {
				return py.ExceptionNewf(py.ZeroDivisionError, "float divmod()")
			}
			return py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
	case opBINARY_MODULO, opINPLACE_MODULO:
		if isZero(b) {
			if float {
				return py.ExceptionNewf(py.ZeroDivisionError, "float modulo")
			}
			return py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
	case opBINARY_POWER, opINPLACE_POWER:
		if f, ok := b.(py.Float); ok && math.IsInf(float64(f), -1) {
			break // 0.0 ** -inf is inf (float_pow.go)
		}
		if isZero(a) && isNegative(b) {
			return py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
	}
	return nil
}

// exactFloatInts bounds the ints a float holds exactly: a / b of two of
// them, converted first, is already the correctly rounded quotient.
const exactFloatInts = 1 << 53

// intTrueDivide is a / b for two ints of which one is too large for a
// float to hold exactly: the quotient rounded once, to the nearest float,
// as CPython's int division is; OverflowError when it is beyond float's
// range (gpython converts both operands first, which overflows or rounds
// twice). ok is false for other operands.
func intTrueDivide(a, b py.Object) (r py.Object, ok bool, err error) {
	x, y := exactInt(a), exactInt(b)
	if x == nil || y == nil {
		return nil, false, nil
	}
	small := func(v *big.Int) bool {
		return v.IsInt64() && v.Int64() < exactFloatInts && v.Int64() > -exactFloatInts
	}
	if small(x) && small(y) {
		return nil, false, nil
	}
	if y.Sign() == 0 {
		return nil, true, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
	}
	if x.Sign() == 0 {
		// A zero quotient takes the divisor's sign, as float division's.
		return py.Float(math.Copysign(0, float64(y.Sign()))), true, nil
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, true, py.ExceptionNewf(py.OverflowError, "integer division result too large for a float")
	}
	return py.Float(f), true, nil
}

// exactInt is an int, bool or big int as a *big.Int, nil for anything
// else (a subclass instance keeps its own dispatch).
func exactInt(o py.Object) *big.Int {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v))
	case py.Bool:
		return big.NewInt(int64(boolInt(v)))
	case *py.BigInt:
		return (*big.Int)(v)
	}
	return nil
}
