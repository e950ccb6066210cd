package mathext

import "math"

// gamma and lgamma as CPython 3.6 computes them (not with the C
// library's tgamma/lgamma): the Lanczos approximation with N=13 and
// g=6.024680040776729583740234375, the coefficients Boost publishes as
// lanczos13m53 (Godfrey's method), the rational sum evaluated forwards
// below 5 and in 1/x above, an error correction term, the reflection
// formula through sinpi for negative arguments and exact factorials for
// small integers.

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

// lanczosNum and lanczosDen are the rational sum's coefficients, the
// constant term first; the denominator is x(x+1)...(x+11).
var (
	lanczosNum = [13]float64{
		23531376880.41075968857200767445163675473,
		42919803642.64909876895789904700198885093,
		35711959237.35566804944018545154716670596,
		17921034426.03720969991975575445893111267,
		6039542586.35202800506429164430729792107,
		1439720407.311721673663223072794912393972,
		248874557.8620541565114603864132294232163,
		31426415.58540019438061423162831820536287,
		2876370.628935372441225409051620849613599,
		186056.2653952234950402949897160456992822,
		8071.672002365816210638002902272250613822,
		210.8242777515793458725097339207133627117,
		2.506628274631000270164908177133837338626,
	}
	lanczosDen = [13]float64{
		0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
		13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
	}
)

// lanczosSum evaluates the rational sum at x >= 0.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinpi is sin(pi*x), exact at the integers and half-integers.
func sinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	var r float64
	switch int(math.Round(2.0 * y)) {
	case 0:
		r = cSin(math.Pi * y)
	case 1:
		r = cCos(math.Pi * (y - 0.5))
	case 2:
		r = cSin(math.Pi * (1.0 - y))
	case 3:
		r = -cCos(math.Pi * (y - 1.5))
	default:
		r = cSin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

// tgamma is the gamma function for a finite x that is not a
// non-positive integer (math_gamma has dealt with the others). overflow
// reports a result too large for a float.
func tgamma(x float64) (r float64, overflow bool) {
	if x == math.Floor(x) && x <= 23 {
		f := 1.0 // (x-1)!, exactly
		for i := 2.0; i < x; i++ {
			f *= i
		}
		return f, false
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r = 1.0 / x
		return r, math.IsInf(r, 0)
	}
	if absx > 200.0 {
		if x < 0.0 {
			return 0.0 / sinpi(x), false
		}
		return math.Inf(1), true
	}
	y := absx + lanczosGMinusHalf
	var q, z float64
	if absx > lanczosGMinusHalf {
		q = y - absx
		z = q - lanczosGMinusHalf
	} else {
		q = y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	if x < 0.0 {
		r = -math.Pi / sinpi(absx) / absx * cExp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140.0 {
			r /= cPow(y, absx-0.5)
		} else {
			sqrtpow := cPow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / cExp(y)
		r += z * r
		if absx < 140.0 {
			r *= cPow(y, absx-0.5)
		} else {
			sqrtpow := cPow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	return r, math.IsInf(r, 0)
}

// lgammaOf is log|gamma(x)| for a finite x that is not a non-positive
// integer.
func lgammaOf(x float64) float64 {
	if x == 1.0 || x == 2.0 {
		return 0.0
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -cLog(absx)
	}
	r := cLog(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (cLog(absx+lanczosG-0.5) - 1)
	if x < 0.0 {
		r = logPi - cLog(math.Abs(sinpi(absx))) - cLog(absx) - r
	}
	return r
}
