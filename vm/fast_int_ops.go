package vm

import (
	"math"

	"github.com/go-python/gpython/py"
)

// intArith is the int arithmetic the loop does without binaryOp's
// dispatch: op applied to two ints whose result fits an int64 again,
// false for anything else (a big result, a zero divisor, a negative shift
// count, an operation it leaves alone such as / or **), which then goes
// the general way with its errors. Division and modulo floor, as Python's
// do; a right shift past the width keeps only the sign.
func intArith(op byte, x, y py.Int) (py.Int, bool) {
	switch op {
	case opBINARY_ADD, opINPLACE_ADD, opBINARY_SUBTRACT, opINPLACE_SUBTRACT:
		return intAddSub(op, x, y)
	case opBINARY_MULTIPLY, opINPLACE_MULTIPLY:
		return intMul(x, y)
	case opBINARY_AND, opINPLACE_AND:
		return x & y, true
	case opBINARY_OR, opINPLACE_OR:
		return x | y, true
	case opBINARY_XOR, opINPLACE_XOR:
		return x ^ y, true
	case opBINARY_MODULO, opINPLACE_MODULO:
		if y == 0 || y == -1 {
			return 0, false
		}
		rem := x % y
		if rem != 0 && (rem < 0) != (y < 0) {
			rem += y
		}
		return rem, true
	case opBINARY_FLOOR_DIVIDE, opINPLACE_FLOOR_DIVIDE:
		if y == 0 || y == -1 {
			return 0, false
		}
		quo := x / y
		if x%y != 0 && (x < 0) != (y < 0) {
			quo--
		}
		return quo, true
	case opBINARY_RSHIFT, opINPLACE_RSHIFT:
		if y < 0 {
			return 0, false
		}
		return x >> uint(min(y, 63)), true
	case opBINARY_LSHIFT, opINPLACE_LSHIFT:
		if y < 0 || y > 62 {
			return 0, x == 0 && y >= 0
		}
		shifted := x << uint(y)
		return shifted, shifted>>uint(y) == x
	}
	return 0, false
}

// intMul is x * y, false when the product leaves the int64 range.
func intMul(x, y py.Int) (py.Int, bool) {
	if x > -math.MaxInt32 && x < math.MaxInt32 && y > -math.MaxInt32 && y < math.MaxInt32 {
		return x * y, true
	}
	if x == 0 || y == 0 {
		return 0, true
	}
	if x == -1 {
		return -y, y != math.MinInt64
	}
	if y == -1 {
		return -x, x != math.MinInt64
	}
	p := x * y
	return p, p/y == x
}
