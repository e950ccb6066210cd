package vm

import (
	"math/cmplx"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// complex's one-operand methods (complex.__pos__, __neg__, __abs__,
// __bool__) and the floor operations it refuses (__divmod__,
// __rdivmod__), which gpython's complex type does not list. (__int__ and
// __float__ stay unlisted: complex() of a complex subclass would find
// them.)
func init() {
	value := func(self py.Object) complex128 {
		c, _ := pyutil.Unwrap(self).(py.Complex)
		return complex128(c)
	}
	unary := map[string]func(c complex128) (py.Object, error){
		"__pos__":  func(c complex128) (py.Object, error) { return py.Complex(c), nil },
		"__neg__":  func(c complex128) (py.Object, error) { return py.Complex(-c), nil },
		"__abs__":  func(c complex128) (py.Object, error) { return absComplex(c) },
		"__bool__": func(c complex128) (py.Object, error) { return py.NewBool(c != 0), nil },
	}
	for name, f := range unary {
		if _, ok := py.ComplexType.Dict[name]; ok {
			continue
		}
		py.ComplexType.Dict[name] = &typeSlot{name: name, owner: py.ComplexType, nargs: 0,
			fn: func(self py.Object, _ py.Tuple) (py.Object, error) { return f(value(self)) }}
	}
	for _, name := range []string{"__divmod__", "__rdivmod__"} {
		if _, ok := py.ComplexType.Dict[name]; ok {
			continue
		}
		py.ComplexType.Dict[name] = &typeSlot{name: name, owner: py.ComplexType, nargs: 1,
			fn: func(py.Object, py.Tuple) (py.Object, error) {
				return nil, py.ExceptionNewf(py.TypeError, "can't take floor or mod of complex number.")
			}}
	}
}

// absComplex is abs() of a complex: its modulus, OverflowError when that
// is too large for a float although both parts are finite.
func absComplex(c complex128) (py.Object, error) {
	r := cmplx.Abs(c)
	if cmplx.IsInf(complex(r, 0)) && !cmplx.IsInf(c) {
		return nil, py.ExceptionNewf(py.OverflowError, "absolute value too large")
	}
	return py.Float(r), nil
}
