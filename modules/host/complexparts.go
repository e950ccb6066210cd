package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// complex.real and complex.imag read the value of a complex subclass's
// instance too (gpython's properties asserted a bare complex and the
// failed assertion surfaced as SystemError).

// complexAttr returns the real or imaginary part of self.
func complexAttr(imaginary bool) func(self py.Object) (py.Object, error) {
	return func(self py.Object) (py.Object, error) {
		c, ok := pyutil.Unwrap(self).(py.Complex)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor requires a 'complex' object but received a '%s'", pyutil.TypeName(self))
		}
		if imaginary {
			return py.Float(imag(c)), nil
		}
		return py.Float(real(c)), nil
	}
}

func init() {
	py.ComplexType.Dict["real"] = &py.Property{Fget: complexAttr(false), Doc: "The real component of the complex value."}
	py.ComplexType.Dict["imag"] = &py.Property{Fget: complexAttr(true), Doc: "The imaginary component of the complex value."}
}
