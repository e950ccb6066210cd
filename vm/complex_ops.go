package vm

import (
	"github.com/go-python/gpython/py"
)

// complex arithmetic that gpython gets wrong or lets through: complex
// numbers have no floor division or modulo (TypeError), division by a
// complex or real zero is ZeroDivisionError (gpython gave nan+infj), and
// complex.__truediv__ and the other operator methods exist on the type.

// isComplexOperand reports whether o takes part in complex arithmetic.
func isComplexOperand(o py.Object) bool {
	if _, ok := o.(py.Complex); ok {
		return true
	}
	return numberKind(o) != 0
}

// complexOpError is the error of a op b when either operand is complex
// and the other a number; nil when the operation may go ahead.
func complexOpError(op byte, a, b py.Object) error {
	_, ac := a.(py.Complex)
	_, bc := b.(py.Complex)
	if !(ac || bc) || !isComplexOperand(a) || !isComplexOperand(b) {
		return nil
	}
	switch op {
	case opBINARY_FLOOR_DIVIDE, opINPLACE_FLOOR_DIVIDE:
		return py.ExceptionNewf(py.TypeError, "can't take floor of complex number.")
	case opBINARY_MODULO, opINPLACE_MODULO:
		return py.ExceptionNewf(py.TypeError, "can't mod complex numbers.")
	case opBINARY_TRUE_DIVIDE, opINPLACE_TRUE_DIVIDE:
		if c, ok := b.(py.Complex); (ok && c == 0) || (!ok && isZero(b)) {
			return py.ExceptionNewf(py.ZeroDivisionError, "complex division by zero")
		}
	}
	return nil
}

// complexDivmodError is divmod's TypeError for a complex operand.
func complexDivmodError(a, b py.Object) error {
	if complexOpError(opBINARY_FLOOR_DIVIDE, a, b) != nil {
		return py.ExceptionNewf(py.TypeError, "can't take floor or mod of complex number.")
	}
	return nil
}

// complexSlots are the operator methods complex.__add__ ... as slot
// wrappers: an operand that is not a number gives NotImplemented.
var complexSlots = []struct {
	name     string
	op       byte
	reflects bool
}{
	{"__add__", opBINARY_ADD, false}, {"__radd__", opBINARY_ADD, true},
	{"__sub__", opBINARY_SUBTRACT, false}, {"__rsub__", opBINARY_SUBTRACT, true},
	{"__mul__", opBINARY_MULTIPLY, false}, {"__rmul__", opBINARY_MULTIPLY, true},
	{"__truediv__", opBINARY_TRUE_DIVIDE, false}, {"__rtruediv__", opBINARY_TRUE_DIVIDE, true},
	{"__floordiv__", opBINARY_FLOOR_DIVIDE, false}, {"__rfloordiv__", opBINARY_FLOOR_DIVIDE, true},
	{"__mod__", opBINARY_MODULO, false}, {"__rmod__", opBINARY_MODULO, true},
	{"__pow__", opBINARY_POWER, false}, {"__rpow__", opBINARY_POWER, true},
}

func init() {
	for _, s := range complexSlots {
		s := s
		nargs := 1
		if s.name == "__pow__" {
			nargs = -1
		}
		py.ComplexType.Dict[s.name] = &typeSlot{name: s.name, owner: py.ComplexType, nargs: nargs,
			fn: func(self py.Object, args py.Tuple) (py.Object, error) {
				other := args[0]
				if !isComplexOperand(other) {
					return py.NotImplemented, nil
				}
				if s.name == "__pow__" && args[1] != py.None {
					return nil, py.ExceptionNewf(py.ValueError, "complex modulo")
				}
				if s.reflects {
					return binaryOp(s.op, other, self)
				}
				return binaryOp(s.op, self, other)
			}}
	}
	for _, name := range []string{"__eq__", "__ne__"} {
		op := cmpEQ
		if name == "__ne__" {
			op = cmpNE
		}
		py.ComplexType.Dict[name] = &typeSlot{name: name, owner: py.ComplexType, nargs: 1,
			fn: func(self py.Object, args py.Tuple) (py.Object, error) {
				if !isComplexOperand(args[0]) {
					return py.NotImplemented, nil
				}
				return compareOp(op, self, args[0])
			}}
	}
	py.ComplexType.Dict["__getnewargs__"] = py.MustNewMethod("__getnewargs__", func(self py.Object) (py.Object, error) {
		c, ok := self.(py.Complex)
		if !ok {
			return nil, wrongReceiver(py.ComplexType, "__getnewargs__", self)
		}
		return py.Tuple{py.Float(real(c)), py.Float(imag(c))}, nil
	}, 0, "")
}

// complexOperands converts the real operand of an operator whose other
// operand is complex to complex (gpython's int and float operators refused
// a complex right operand: 4 / 2j, 2**1000 * 1j).
func complexOperands(a, b py.Object) (py.Object, py.Object, error) {
	_, ac := a.(py.Complex)
	_, bc := b.(py.Complex)
	if ac == bc {
		return a, b, nil
	}
	convert := func(o py.Object) (py.Object, error) {
		if _, big := o.(*py.BigInt); big {
			if _, err := intToFloat(o); err != nil {
				return nil, err
			}
		}
		if c, ok := asComplex(o); ok {
			return py.Complex(c), nil
		}
		return o, nil
	}
	var err error
	if ac {
		b, err = convert(b)
	} else {
		a, err = convert(a)
	}
	return a, b, err
}

// complexIntEqual is a == b (op cmpEQ) or a != b (cmpNE) when one side
// is a complex and the other an int: the real part must equal the int
// exactly (a float next to a large int may round to it) and the
// imaginary part be zero; ok is false for any other operands.
func complexIntEqual(op int, a, b py.Object) (py.Object, bool) {
	c, isC := a.(py.Complex)
	other := b
	if !isC {
		if c, isC = b.(py.Complex); !isC {
			return nil, false
		}
		other = a
	}
	switch other.(type) {
	case py.Int, *py.BigInt:
	default:
		return nil, false
	}
	eq := imag(c) == 0
	if eq {
		r, ok := intFloatCompare(cmpEQ, other, py.Float(real(c)))
		eq = ok && r == py.True
	}
	return py.NewBool(eq == (op == cmpEQ)), true
}
