package vm

import "github.com/go-python/gpython/py"

// checkThrowArgs refuses the argument shapes of generator.throw(typ[,
// val[, tb]]) that CPython 3.6 refuses before touching the generator: a
// tb that is not a traceback, an instance with a separate value, and a
// typ that is neither an exception class nor an exception instance.
func checkThrowArgs(args py.Tuple) error {
	if len(args) == 3 && args[2] != py.None {
		if _, ok := args[2].(*py.Traceback); !ok {
			return py.ExceptionNewf(py.TypeError, "throw() third argument must be a traceback object")
		}
	}
	switch {
	case isExceptionClass(args[0]):
		return nil
	case isExceptionInstance(args[0]):
		if len(args) >= 2 && args[1] != py.None {
			return py.ExceptionNewf(py.TypeError, "instance exception may not have a separate value")
		}
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", args[0].Type().Name)
}
