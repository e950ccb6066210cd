package vm

import "github.com/go-python/gpython/py"

// FoldOperator computes what the loop's instruction op (a UNARY_*,
// BINARY_* or BINARY_SUBSCR opcode, by CPython 3.4's numbers, which the
// loop shares) gives for constant operands: b is nil for a unary
// operator. The compiler's peephole pass folds constant expressions with
// it, so a folded value is exactly the one the loop would have made. An
// operator it does not fold is an error.
func FoldOperator(op byte, a, b py.Object) (py.Object, error) {
	switch op {
	case opUNARY_POSITIVE:
		return unaryOp("+", py.Pos, a)
	case opUNARY_NEGATIVE:
		return unaryOp("-", py.Neg, a)
	case opUNARY_INVERT:
		return unaryOp("~", py.Invert, a)
	case opBINARY_SUBSCR:
		return GetItem(a, b)
	case opBINARY_POWER, opBINARY_MULTIPLY, opBINARY_MODULO, opBINARY_ADD,
		opBINARY_SUBTRACT, opBINARY_FLOOR_DIVIDE, opBINARY_TRUE_DIVIDE,
		opBINARY_LSHIFT, opBINARY_RSHIFT, opBINARY_AND, opBINARY_XOR, opBINARY_OR:
		if b == nil {
			break
		}
		return binaryOp(op, a, b)
	}
	return nil, py.ExceptionNewf(py.SystemError, "vm.FoldOperator: opcode %d is not folded", op)
}
