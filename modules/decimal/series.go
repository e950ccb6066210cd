package decimal

import (
	"math"
	"math/big"
	"math/bits"
	"sync"
)

// The kernels of exp, ln and log10, in binary fixed point: a big.Int m
// with a precision w stands for m / 2**w. Each kernel works with guard
// bits of its own and returns a result whose absolute error is at most
// kernelErr units of 2**-w; the callers turn that bound into a decimal
// interval that is certain to hold the true value (see approx.go).

// kernelErr bounds, in units of the last bit, the error of expFixed,
// lnFixed and ln10Fixed. The guard bits make the true errors a few
// units at most; the bound is generous on purpose.
const kernelErr = 16

// log2of10 is log2(10), for converting digit counts to bit counts.
const log2of10 = 3.321928094887362

// bitsFor is the number of fraction bits that hold d decimal digits.
func bitsFor(d int64) uint { return uint(math.Ceil(float64(d)*log2of10)) + 1 }

// toFixed returns |v| * 2**w truncated to an integer, with v's sign.
func toFixed(v *Value, w uint) *big.Int {
	x := new(big.Int).Lsh(&v.coeff, w)
	if v.exp >= 0 {
		x.Mul(x, pow10(v.exp))
	} else {
		x.Quo(x, pow10(-v.exp))
	}
	if v.neg {
		x.Neg(x)
	}
	return x
}

// guardBits is how many bits a kernel adds to w for its own rounding
// errors, beyond the bits that its argument reduction loses.
func guardBits(w uint) uint { return 2*uint(bits.Len(w)) + 16 }

// expFixed returns exp(r) for a fixed-point r with |r| < 3. The argument
// is halved s times, the Taylor series is summed for the small
// remainder, and the sum is squared s times; s grows with the square
// root of the precision, which balances the terms against the squarings.
func expFixed(r *big.Int, w uint) *big.Int {
	s := uint(math.Sqrt(float64(w)))/2 + 1
	g := s + guardBits(w)
	wp := w + g
	x := new(big.Int).Lsh(r, g)
	x.Rsh(x, s)
	sum := new(big.Int).Lsh(bigOne, wp)
	term := new(big.Int).Set(sum)
	k := new(big.Int)
	for i := int64(1); term.Sign() != 0; i++ {
		term.Mul(term, x)
		term.Rsh(term, wp)
		term.Quo(term, k.SetInt64(i))
		sum.Add(sum, term)
	}
	for i := uint(0); i < s; i++ {
		sum.Mul(sum, sum)
		sum.Rsh(sum, wp)
	}
	return sum.Rsh(sum, g)
}

// lnFixed returns ln(m) for a fixed-point m in [0.3, 3.3]. Square roots
// bring m within 2**-t of 1 (each halves the logarithm), then
// ln(m) = 2*atanh((m-1)/(m+1)) is summed as an odd power series.
func lnFixed(m *big.Int, w uint) *big.Int {
	t := uint(math.Sqrt(float64(w)))/2 + 1
	g := t + guardBits(w)
	wp := w + g
	x := new(big.Int).Lsh(m, g)
	one := new(big.Int).Lsh(bigOne, wp)
	near := new(big.Int).Lsh(bigOne, wp-t)
	d := new(big.Int)
	halvings := uint(0)
	for d.Sub(x, one).CmpAbs(near) >= 0 {
		x.Lsh(x, wp)
		x.Sqrt(x)
		halvings++
	}
	// z = |m-1|/(m+1); atanh is odd, so the sign is put back at the end.
	neg := d.Sign() < 0
	z := d.Abs(d)
	z.Lsh(z, wp)
	z.Quo(z, new(big.Int).Add(x, one))
	z2 := new(big.Int).Mul(z, z)
	z2.Rsh(z2, wp)
	sum := new(big.Int).Set(z)
	term := new(big.Int).Set(z)
	k, q := new(big.Int), new(big.Int)
	for i := int64(3); ; i += 2 {
		term.Mul(term, z2)
		term.Rsh(term, wp)
		if term.Sign() == 0 {
			break
		}
		sum.Add(sum, q.Quo(term, k.SetInt64(i)))
	}
	if neg {
		sum.Neg(sum)
	}
	sum.Lsh(sum, halvings+1)
	return sum.Rsh(sum, g)
}

// atanhInv returns atanh(1/q) for an integer q > 1: the sum of
// 1/((2k+1) q**(2k+1)), each term a division by small integers.
func atanhInv(q int64, w uint) *big.Int {
	g := guardBits(w)
	wp := w + g
	term := new(big.Int).Lsh(bigOne, wp)
	term.Quo(term, big.NewInt(q))
	sum := new(big.Int).Set(term)
	q2 := big.NewInt(q * q)
	k, t := new(big.Int), new(big.Int)
	for i := int64(3); ; i += 2 {
		term.Quo(term, q2)
		if term.Sign() == 0 {
			break
		}
		sum.Add(sum, t.Quo(term, k.SetInt64(i)))
	}
	return sum.Rsh(sum, g)
}

// ln10Cache holds ln(10) at the most bits computed so far; nothing is
// computed before the first logarithm or exponential asks for it.
var ln10Cache struct {
	sync.Mutex
	w   uint
	val *big.Int
}

// ln10Fixed returns ln(10) = 6*atanh(1/3) + 2*atanh(1/9) (from
// 10 = 2**3 * 5/4, ln 2 = 2*atanh(1/3), ln(5/4) = 2*atanh(1/9)). The
// caller must not modify the result.
func ln10Fixed(w uint) *big.Int {
	ln10Cache.Lock()
	defer ln10Cache.Unlock()
	if ln10Cache.val == nil || ln10Cache.w < w {
		// Some bits beyond the request, so that nearby precisions are
		// served from the cache.
		cw := w + w/4 + 64
		v := atanhInv(3, cw+4)
		v.Mul(v, big.NewInt(6))
		v.Add(v, new(big.Int).Lsh(atanhInv(9, cw+4), 1))
		v.Rsh(v, 4)
		ln10Cache.w, ln10Cache.val = cw, v
	}
	return new(big.Int).Rsh(ln10Cache.val, ln10Cache.w-w)
}
