package pyutil

import (
	"github.com/go-python/gpython/py"
)

// Recover turns a Go panic in the calling function into a SystemError stored
// in *err. Use it as `defer pyutil.Recover(&err)` in every method exposed to
// Python, so that a bug surfaces as a Python exception and never as a crash.
func Recover(err *error) {
	if r := recover(); r != nil {
		*err = py.ExceptionNewf(py.SystemError, "internal error: %v", r)
	}
}

// Guard wraps a gpython method implementation with Recover.
func Guard(f func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer Recover(&err)
		return f(self, args, kwargs)
	}
}

// TypeName is the name Python prints for o's type, without module prefix,
// as CPython's messages use it ("argument must be str, not int").
func TypeName(o py.Object) string {
	if o == nil {
		return "NoneType"
	}
	n := o.Type().Name
	for i := len(n) - 1; i >= 0; i-- {
		if n[i] == '.' {
			return n[i+1:]
		}
	}
	return n
}

// TypeErrorf is a TypeError with a formatted message.
func TypeErrorf(format string, a ...any) error {
	return py.ExceptionNewf(py.TypeError, format, a...)
}

// ValueErrorf is a ValueError with a formatted message.
func ValueErrorf(format string, a ...any) error {
	return py.ExceptionNewf(py.ValueError, format, a...)
}
