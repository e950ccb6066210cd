package vm

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// intArithWide is x op y for two small ints whose exact result leaves
// the int64 range where gpython's arithmetic would wrap: products,
// differences, and the quotient of the most negative int by -1 (its remainder is 0). ok is
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
	case opBINARY_SUBTRACT, opINPLACE_SUBTRACT:
		// gpython's subtraction wraps when y is negative
		// (sys.maxsize - -sys.maxsize gave -2).
		if _, fits := intAddSub(op, x, y); !fits {
			d := new(big.Int).Sub(big.NewInt(int64(x)), big.NewInt(int64(y)))
			return (*py.BigInt)(d), true
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

// wideSlotOps are the int slots whose gpython method can wrap around,
// with the operator each is; the reflected ones swap their operands.
var wideSlotOps = map[string]struct {
	op      byte
	swapped bool
}{
	"__sub__": {opBINARY_SUBTRACT, false}, "__rsub__": {opBINARY_SUBTRACT, true},
	"__mul__": {opBINARY_MULTIPLY, false}, "__rmul__": {opBINARY_MULTIPLY, true},
	"__floordiv__": {opBINARY_FLOOR_DIVIDE, false}, "__rfloordiv__": {opBINARY_FLOOR_DIVIDE, true},
	"__mod__": {opBINARY_MODULO, false}, "__rmod__": {opBINARY_MODULO, true},
}

// intSlotWide is int's slot name (int.__sub__ and the like) applied to
// two small ints when the exact result leaves the int64 range; ok is
// false otherwise.
func intSlotWide(name string, self py.Object, args py.Tuple) (py.Object, bool) {
	w, found := wideSlotOps[name]
	if !found || len(args) != 1 {
		return nil, false
	}
	x, ok := self.(py.Int)
	y, ok2 := args[0].(py.Int)
	if !ok || !ok2 {
		return nil, false
	}
	if w.swapped {
		x, y = y, x
	}
	return intArithWide(w.op, x, y)
}
