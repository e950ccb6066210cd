package vm

import (
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
		if isZero(a) && isNegative(b) {
			return py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
	}
	return nil
}
