package vm

import (
	"github.com/go-python/gpython/py"
)

// The loop's arithmetic for Go code that stands for an operator (the
// _operator module): each computes exactly what the bytecode would.

// binarySymbols maps an operator's spelling, plain or augmented, to the
// instruction that applies it.
var binarySymbols = map[string]byte{
	"+": opBINARY_ADD, "-": opBINARY_SUBTRACT, "*": opBINARY_MULTIPLY,
	"/": opBINARY_TRUE_DIVIDE, "//": opBINARY_FLOOR_DIVIDE, "%": opBINARY_MODULO,
	"**": opBINARY_POWER, "<<": opBINARY_LSHIFT, ">>": opBINARY_RSHIFT,
	"&": opBINARY_AND, "|": opBINARY_OR, "^": opBINARY_XOR,
	"+=": opINPLACE_ADD, "-=": opINPLACE_SUBTRACT, "*=": opINPLACE_MULTIPLY,
	"/=": opINPLACE_TRUE_DIVIDE, "//=": opINPLACE_FLOOR_DIVIDE, "%=": opINPLACE_MODULO,
	"**=": opINPLACE_POWER, "<<=": opINPLACE_LSHIFT, ">>=": opINPLACE_RSHIFT,
	"&=": opINPLACE_AND, "|=": opINPLACE_OR, "^=": opINPLACE_XOR,
}

// Binary is a <sym> b for sym one of + - * / // % ** << >> & | ^, or the
// value the augmented assignment a <sym> b binds for sym += ... ^=.
func Binary(sym string, a, b py.Object) (py.Object, error) {
	op, ok := binarySymbols[sym]
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "vm.Binary: bad operator %q", sym)
	}
	return binaryOp(op, a, b)
}

// Unary is -x, +x or ~x (sym "-", "+" or "~").
func Unary(sym string, x py.Object) (py.Object, error) {
	switch sym {
	case "-":
		return unaryOp(sym, py.Neg, x)
	case "+":
		return unaryOp(sym, py.Pos, x)
	case "~":
		return unaryOp(sym, py.Invert, x)
	}
	return nil, py.ExceptionNewf(py.SystemError, "vm.Unary: bad operator %q", sym)
}

// Identical is `a is b`.
func Identical(a, b py.Object) bool { return identical(a, b) }
