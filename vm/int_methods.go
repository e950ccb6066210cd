package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
)

// int's methods that gpython lacks or cannot call as CPython does:
// __round__ with its optional ndigits (gpython's takes exactly one),
// __getnewargs__ and __sizeof__. A bool is the int it stands for.
func installIntMethods() {
	intMethod("__round__", "__round__([ndigits]) -> int\n\nThe int itself; with a negative ndigits, the int rounded to a multiple\nof 10**-ndigits, ties going to the even multiple.",
		func(n py.Object, args py.Tuple) (py.Object, error) {
			if len(args) > 1 {
				return nil, py.ExceptionNewf(py.TypeError, "function takes at most 1 argument (%d given)", len(args))
			}
			if len(args) == 0 {
				return n, nil
			}
			if !isIndex(args[0]) {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
			}
			return builtinRound(nil, py.Tuple{n, args[0]}, nil)
		})
	intMethod("__getnewargs__", "", func(n py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__getnewargs__() takes no arguments (%d given)", len(args))
		}
		return py.Tuple{n}, nil
	})
	intMethod("__sizeof__", "__sizeof__() -> int\n\nThe bytes the int takes as 64-bit CPython lays it out.", func(n py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__sizeof__() takes no arguments (%d given)", len(args))
		}
		size, _ := valueSize(n)
		return py.Int(size), nil
	})
}

// intMethod installs int's method name, unless int has one, running f on
// the receiver's int value; big ints get it too.
func intMethod(name, doc string, f func(n py.Object, args py.Tuple) (py.Object, error)) {
	if _, ok := py.IntType.Dict[name]; ok {
		return
	}
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		recv, args, err := methodSelf(py.IntType, name, self, args)
		if err != nil {
			return nil, err
		}
		if err := pyarg.NoKeywords(name, kwargs); err != nil {
			return nil, err
		}
		switch v := recv.(type) {
		case py.Bool:
			return f(boolInt(v), args)
		case py.Int, *py.BigInt:
			return f(v, args)
		}
		return nil, wrongReceiver(py.IntType, name, recv)
	}, 0, doc)
	py.IntType.Dict[name] = m
	if _, ok := py.BigIntType.Dict[name]; !ok {
		py.BigIntType.Dict[name] = m // gpython's big ints are a type of their own
	}
}
