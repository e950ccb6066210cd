package vm

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// Methods of ints too large for a machine word, which gpython keeps as a
// type of their own: without these, (2**100).__index__() failed with
// SystemError (gpython's reflection cannot bind its M__index__), and
// __hash__() wanted an argument. __round__ is int's (int_methods.go).

func bigIntMethod(name string, fn func(b *py.BigInt, args py.Tuple) (py.Object, error)) {
	py.BigIntType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		recv, args, err := methodSelf(py.BigIntType, name, self, args)
		if err != nil {
			return nil, err
		}
		b, ok := recv.(*py.BigInt)
		if !ok {
			return nil, wrongReceiver(py.IntType, name, recv)
		}
		return fn(b, args)
	}, 0, "")
}

func init() {
	itself := func(b *py.BigInt, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 0 arguments, got %d", len(args))
		}
		return b, nil
	}
	for _, name := range []string{"__index__", "__int__", "__trunc__", "__floor__", "__ceil__"} {
		bigIntMethod(name, itself)
	}
	bigIntMethod("__hash__", func(b *py.BigInt, args py.Tuple) (py.Object, error) {
		h, err := Hash(b)
		return py.Int(h), err
	})
}

func init() {
	// float.__round__ takes ndigits optionally, as round() does.
	py.FloatType.Dict["__round__"] = py.MustNewMethod("__round__", func(self py.Object, args py.Tuple) (py.Object, error) {
		recv, args, err := methodSelf(py.FloatType, "__round__", self, args)
		if err != nil {
			return nil, err
		}
		if _, ok := recv.(py.Float); !ok {
			return nil, wrongReceiver(py.FloatType, "__round__", recv)
		}
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__round__ expected at most 1 arguments, got %d", len(args))
		}
		return builtinRound(nil, append(py.Tuple{recv}, args...), nil)
	}, 0, "__round__([ndigits]) -> int or float\n\nThe nearest integer, ties going to the even one; with ndigits, the\nfloat rounded to that many decimals, as round(x, ndigits) gives.")
}

// hasBigInt reports whether one of args is a big int.
func hasBigInt(args py.Tuple) bool {
	for _, a := range args {
		if _, ok := a.(*py.BigInt); ok {
			return true
		}
	}
	return false
}

// bigIntOf is i as a big int.
func bigIntOf(i py.Int) *py.BigInt { return (*py.BigInt)(big.NewInt(int64(i))) }

// bigIntAttr is the attribute name of the big int b that int's dict
// holds and the big ints' own lacks (int.__format__, the operator slots),
// bound to b; ok is false when the big ints' dict has it or int's has
// not.
func bigIntAttr(b *py.BigInt, name string) (r py.Object, ok bool, err error) {
	if _, own := py.BigIntType.Dict[name]; own {
		return nil, false, nil
	}
	d, found := py.IntType.Dict[name]
	if !found {
		return nil, false, nil
	}
	switch m := d.(type) {
	case *py.Method:
		return py.NewBoundMethod(b, m), true, nil
	case *typeSlot:
		return &boundSlot{self: b, slot: m}, true, nil
	case py.I__get__:
		r, err = m.M__get__(b, py.IntType)
		return r, true, err
	}
	return d, true, nil
}
