package cmath

import (
	"math"
	"math/cmplx"
)

// Arguments with an infinite or NaN part get the values C99's Annex G
// gives (Go's math/cmplx follows it), with the choices CPython makes where
// the standard leaves a sign or a NaN open. The trigonometric functions
// are their hyperbolic counterparts turned by i, as in CPython, so that
// the signs agree.

// class is which of seven kinds a part of an argument is.
type class int

const (
	negInf class = iota
	negFinite
	negZero
	posZero
	posFinite
	posInf
	notANumber
)

func classify(x float64) class {
	switch {
	case math.IsNaN(x):
		return notANumber
	case math.IsInf(x, -1):
		return negInf
	case math.IsInf(x, 1):
		return posInf
	case x == 0 && math.Signbit(x):
		return negZero
	case x == 0:
		return posZero
	case x < 0:
		return negFinite
	}
	return posFinite
}

type classes struct{ re, im class }

var (
	nan = math.NaN()
	inf = math.Inf(1)
)

// cpythonChoice holds, per function, the arguments whose value differs
// from math/cmplx's.
var cpythonChoice = map[string]map[classes]complex128{
	"sqrt": {
		{notANumber, negZero}: complex(nan, nan),
		{notANumber, posZero}: complex(nan, nan),
	},
	"exp": {{negInf, negInf}: 0},
	"sinh": {
		{negInf, notANumber}:  complex(inf, nan),
		{negZero, notANumber}: complex(0, nan),
	},
	"cosh": {
		{negZero, notANumber}: complex(nan, 0),
		{notANumber, negZero}: complex(nan, 0),
	},
	"tanh": {
		{negInf, negInf}: complex(-1, 0),
		{posInf, negInf}: complex(1, 0),
	},
	"asinh": {{notANumber, negInf}: complex(inf, nan)},
	"acosh": {
		{negZero, notANumber}: complex(nan, nan),
		{posZero, notANumber}: complex(nan, nan),
	},
	"atanh": {
		{notANumber, negInf}: complex(0, -math.Pi/2),
		{notANumber, posInf}: complex(0, math.Pi/2),
	},
	"acos": {{posInf, notANumber}: complex(nan, inf)},
}

var goFunctions = map[string]func(complex128) complex128{
	"sqrt": cmplx.Sqrt, "exp": cmplx.Exp, "log": cmplx.Log,
	"sinh": cmplx.Sinh, "cosh": cmplx.Cosh, "tanh": cmplx.Tanh,
	"asinh": cmplx.Asinh, "acosh": cmplx.Acosh, "atanh": cmplx.Atanh,
	"acos": cmplx.Acos,
}

// specialValue is the function name at z, a part of which is infinite or
// NaN.
func specialValue(name string, z complex128) complex128 {
	switch name {
	case "sin", "tan", "asin", "atan":
		return timesMinusI(specialValue(hyperbolic[name], timesI(z)))
	case "cos":
		return specialValue("cosh", timesI(z))
	case "log10":
		r := specialValue("log", z)
		return complex(real(r)/math.Ln10, imag(r)/math.Ln10)
	}
	if v, ok := cpythonChoice[name][classes{classify(real(z)), classify(imag(z))}]; ok {
		return v
	}
	return goFunctions[name](z)
}

var hyperbolic = map[string]string{"sin": "sinh", "tan": "tanh", "asin": "asinh", "atan": "atanh"}

// fromPolar is rect(r, phi).
func fromPolar(r, phi float64) (complex128, error) {
	rInf, phiInf := math.IsInf(r, 0), math.IsInf(phi, 0)
	switch {
	case math.IsNaN(r):
		if phi == 0 {
			return complex(r, phi), nil
		}
		return complex(nan, nan), nil
	case rInf && phi == 0:
		if r > 0 {
			return complex(r, phi), nil
		}
		return complex(r, -phi), nil
	case rInf && math.IsNaN(phi):
		return complex(inf, nan), nil
	case phiInf || math.IsNaN(phi):
		if r == 0 {
			return 0, nil
		}
		if phiInf {
			return 0, domainError()
		}
		return complex(nan, nan), nil
	case phi == 0:
		return complex(r, r*phi), nil
	}
	return complex(r*lcos(phi), r*lsin(phi)), nil
}
