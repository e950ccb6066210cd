package cmath

import "math"

// The complex functions for finite arguments. The formulas are the
// classical ones that avoid cancellation and spurious overflow (Kahan,
// "Branch cuts for complex elementary functions"); each reports, besides
// its value, whether the arguments were a pole (fault == poleFault) or
// the value overflowed (fault == rangeFault).

type fault int

const (
	noFault fault = iota
	poleFault
	rangeFault
)

const ln2 = 0.6931471805599453

var (
	// bigValue is a quarter of the largest double: beyond it, sums of
	// squares would overflow.
	bigValue = math.MaxFloat64 / 4
	// sqrtBig is its square root, logBig its logarithm.
	sqrtBig = math.Sqrt(bigValue)
	logBig  = math.Log(bigValue)
	// smallestNormal is DBL_MIN, sqrtSmallest its square root.
	smallestNormal = 0x1p-1022
	sqrtSmallest   = math.Sqrt(smallestNormal)
)

// overflowed reports whether either part of z is infinite.
func overflowed(z complex128) fault {
	if math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) {
		return rangeFault
	}
	return noFault
}

func fSqrt(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y), noFault
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < smallestNormal && ay < smallestNormal {
		// Scale subnormal parts up so that hypot keeps their bits.
		sx := math.Ldexp(ax, 53)
		s = math.Ldexp(lsqrt(sx+lhypot(sx, math.Ldexp(ay, 53))), -27)
	} else {
		ax8 := ax / 8
		s = 2 * lsqrt(ax8+lhypot(ax8, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), noFault
	}
	return complex(d, math.Copysign(s, y)), noFault
}

func fExp(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	var r complex128
	if x > logBig {
		// e**(x-1) times each part, then times e: e**x alone overflows
		// where its product with a cosine below 1 does not.
		m := lexp(x - 1)
		r = complex(m*lcos(y)*math.E, m*lsin(y)*math.E)
	} else {
		m := lexp(x)
		r = complex(m*lcos(y), m*lsin(y))
	}
	return r, overflowed(r)
}

// logModulus is log|z| computed without overflow or loss near |z| = 1.
func logModulus(x, y float64) (float64, fault) {
	ax, ay := math.Abs(x), math.Abs(y)
	switch {
	case ax > bigValue || ay > bigValue:
		return llog(lhypot(ax/2, ay/2)) + ln2, noFault
	case ax < smallestNormal && ay < smallestNormal:
		if ax == 0 && ay == 0 {
			return math.Inf(-1), poleFault
		}
		return llog(lhypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - 53*ln2, noFault
	}
	h := lhypot(ax, ay)
	if h >= 0.71 && h <= 1.73 {
		hi, lo := math.Max(ax, ay), math.Min(ax, ay)
		return llog1p((hi-1)*(hi+1)+lo*lo) / 2, noFault
	}
	return llog(h), noFault
}

func fLog(z complex128) (complex128, fault) {
	m, f := logModulus(real(z), imag(z))
	return complex(m, latan2(imag(z), real(z))), f
}

func fLog10(z complex128) (complex128, fault) {
	r, f := fLog(z)
	return complex(real(r)/math.Ln10, imag(r)/math.Ln10), f
}

// sinhCosh is sinh (odd) or cosh: cos(y)·f(x) + i·sin(y)·g(x), where
// f and g are sinh and cosh in one order or the other; past logBig the
// argument is lowered by one and the product raised by e, so that only a
// really infinite value overflows.
func sinhCosh(z complex128, f, g func(float64) float64) (complex128, fault) {
	x, y := real(z), imag(z)
	scale := 1.0
	if math.Abs(x) > logBig {
		x -= math.Copysign(1, x)
		scale = math.E
	}
	r := complex(lcos(y)*f(x)*scale, lsin(y)*g(x)*scale)
	return r, overflowed(r)
}

func fSinh(z complex128) (complex128, fault) { return sinhCosh(z, lsinh, lcosh) }
func fCosh(z complex128) (complex128, fault) { return sinhCosh(z, lcosh, lsinh) }

func fTanh(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if math.Abs(x) > logBig {
		return complex(math.Copysign(1, x), 4*lsin(y)*lcos(y)*lexp(-2*math.Abs(x))), noFault
	}
	tx, ty := ltanh(x), ltan(y)
	sech := 1 / lcosh(x)
	p := tx * ty
	den := 1 + p*p
	return complex(tx*(1+ty*ty)/den, ((ty/den)*sech)*sech), noFault
}

// timesI and timesMinusI multiply by i and by -i.
func timesI(z complex128) complex128      { return complex(-imag(z), real(z)) }
func timesMinusI(z complex128) complex128 { return complex(imag(z), -real(z)) }

func fSin(z complex128) (complex128, fault) {
	r, f := fSinh(timesI(z))
	return timesMinusI(r), f
}

func fCos(z complex128) (complex128, fault) { return fCosh(timesI(z)) }

func fTan(z complex128) (complex128, fault) {
	r, f := fTanh(timesI(z))
	return timesMinusI(r), f
}

// farLog is log|z| + log 2 for huge z, the real part of asinh and acosh
// far from the origin.
func farLog(x, y float64) float64 { return llog(lhypot(x/2, y/2)) + 2*ln2 }

func fAsinh(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if math.Abs(x) > bigValue || math.Abs(y) > bigValue {
		var re float64
		if y >= 0 {
			re = math.Copysign(farLog(x, y), x)
		} else {
			re = -math.Copysign(farLog(x, y), -x)
		}
		return complex(re, latan2(y, math.Abs(x))), noFault
	}
	a, _ := fSqrt(complex(1+y, -x))
	b, _ := fSqrt(complex(1-y, x))
	return complex(lasinh(real(a)*imag(b)-imag(a)*real(b)), latan2(y, real(a)*real(b)-imag(a)*imag(b))), noFault
}

func fAsin(z complex128) (complex128, fault) {
	r, f := fAsinh(timesI(z))
	return timesMinusI(r), f
}

func fAcos(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if math.Abs(x) > bigValue || math.Abs(y) > bigValue {
		var im float64
		if x < 0 {
			im = -math.Copysign(farLog(x, y), y)
		} else {
			im = math.Copysign(farLog(x, y), -y)
		}
		return complex(latan2(math.Abs(y), x), im), noFault
	}
	a, _ := fSqrt(complex(1-x, -y))
	b, _ := fSqrt(complex(1+x, y))
	return complex(2*latan2(real(a), real(b)), lasinh(real(b)*imag(a)-imag(b)*real(a))), noFault
}

func fAcosh(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if math.Abs(x) > bigValue || math.Abs(y) > bigValue {
		return complex(farLog(x, y), latan2(y, x)), noFault
	}
	a, _ := fSqrt(complex(x-1, y))
	b, _ := fSqrt(complex(x+1, y))
	return complex(lasinh(real(a)*real(b)+imag(a)*imag(b)), 2*latan2(imag(a), real(b))), noFault
}

func fAtanh(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if x < 0 {
		r, f := fAtanh(-z)
		return -r, f
	}
	ay := math.Abs(y)
	switch {
	case x > sqrtBig || ay > sqrtBig:
		h := lhypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y)), noFault
	case x == 1 && ay < sqrtSmallest:
		if ay == 0 {
			return complex(math.Inf(1), y), poleFault
		}
		return complex(-llog(lsqrt(ay)/lsqrt(lhypot(ay, 2))), math.Copysign(latan2(2, -ay)/2, y)), noFault
	}
	d := 1 - x
	return complex(llog1p(4*x/(d*d+ay*ay))/4, -latan2(-2*y, d*(1+x)-ay*ay)/2), noFault
}

func fAtan(z complex128) (complex128, fault) {
	r, f := fAtanh(timesI(z))
	return timesMinusI(r), f
}
