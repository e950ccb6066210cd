package vm

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// intArithWide is x op y for two small ints whose exact result leaves
// the int64 range where gpython's arithmetic would wrap: products, and
// the quotient of the most negative int by -1 (its remainder is 0). ok is
// false for everything else, which gpython computes correctly.
func intArithWide(op byte, x, y py.Int) (py.Object, bool) {
	switch op {
	case opBINARY_MULTIPLY, opINPLACE_MULTIPLY:
		p := new(big.Int).Mul(big.NewInt(int64(x)), big.NewInt(int64(y)))
		return (*py.BigInt)(p).MaybeInt(), true
	case opBINARY_FLOOR_DIVIDE, opINPLACE_FLOOR_DIVIDE:
		if y == -1 {
			return (*py.BigInt)(new(big.Int).Neg(big.NewInt(int64(x)))).MaybeInt(), true
		}
	case opBINARY_MODULO, opINPLACE_MODULO:
		if y == -1 {
			return py.Int(0), true
		}
	}
	return nil, false
}

// intDivmodWide is divmod(x, y) for two small ints when gpython's would
// overflow (the most negative int by -1).
func intDivmodWide(x, y py.Object) (py.Object, bool) {
	a, ok := x.(py.Int)
	b, ok2 := y.(py.Int)
	if !ok || !ok2 || b != -1 {
		return nil, false
	}
	q, _ := intArithWide(opBINARY_FLOOR_DIVIDE, a, b)
	return py.Tuple{q, py.Int(0)}, true
}
