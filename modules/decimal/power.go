package decimal

import (
	"math/big"
	"math/bits"
)

// pow returns a**b as libmpdec computes it for CPython: an integral b
// by repeated squaring at a few digits beyond the precision, any other b
// as exp(b*ln(a)) with the logarithm and the exponential correctly
// rounded to many more digits; then one rounding to the context. The
// results are correctly rounded in all but the rarest cases, and where
// they are not they are CPython's.
func (c *ctx) pow(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	bInt := b.form == formFinite && isIntegral(b)
	switch {
	case a.isZero() && b.isZero():
		return qnan(), fInvalid, nil
	case a.neg && !a.isZero() && !bInt && b.form == formFinite,
		a.neg && a.form == formFinite && !a.isZero() && b.form == formInfinite:
		return qnan(), fInvalid, nil
	}
	// The sign of the result: negative only for a negative base raised
	// to an odd integer.
	neg := a.neg && bInt && oddInteger(b)
	if a.form == formInfinite || a.isZero() {
		big_ := a.form == formInfinite
		if b.neg {
			big_ = !big_
		}
		if b.isZero() {
			r := &Value{}
			r.coeff.SetInt64(1)
			return r, 0, nil
		}
		if big_ {
			return newSpecial(formInfinite, neg), 0, nil
		}
		return &Value{neg: neg}, c.finish(&Value{neg: neg}, false) &^ fClamped, nil
	}
	if b.form == formInfinite {
		cmp := compareAbsOne(a)
		switch {
		case cmp == 0:
			r := &Value{exp: -(c.prec - 1)}
			r.coeff.Set(pow10(c.prec - 1))
			return r, fInexact | fRounded, nil
		case (cmp > 0) != b.neg:
			return newSpecial(formInfinite, false), 0, nil
		default:
			return &Value{}, 0, nil
		}
	}
	if b.isZero() {
		// libmpdec returns this 1 as it is, unfitted to the context.
		r := &Value{}
		r.coeff.SetInt64(1)
		return r, 0, nil
	}
	if compareAbsOne(a) == 0 {
		// Powers of +-1, returned unfitted to the context as libmpdec
		// does: to a negative integer, 1; to a positive integer n,
		// 1.000**n = 1.000000000 (n times a's zeros, at most prec-1); to
		// a fractional power, 1 with prec-1 zeros, inexact.
		r := &Value{neg: neg}
		r.coeff.SetInt64(1)
		if bInt && b.neg {
			return r, 0, nil
		}
		shift, f := c.prec-1, fRounded
		if !bInt {
			f |= fInexact
		} else if a.exp == 0 {
			shift, f = 0, 0
		} else if b.adjusted() < 18 {
			if n := b.integerCoeff().Int64(); n <= (c.prec-1)/(-a.exp) {
				shift, f = n*(-a.exp), 0
			}
		}
		r.exp = -shift
		r.coeff.Set(pow10(shift))
		return r, f, nil
	}
	if r, f, ok := c.powBounds(a, b, neg); ok {
		return r, f, nil
	}
	if bInt {
		return c.powInt(a, b, neg)
	}
	return c.powReal(a, b)
}

// powBounds settles a**b (a finite, nonzero and not +-1; b finite and
// nonzero) when the result certainly overflows or underflows, by
// libmpdec's bounds on digit counts: a lower bound of log10|log10|a||,
// plus b's adjusted exponent (a lower bound of log10|b|), exceeds the
// digits of Emax (or of Etiny). The result is 1E+(beyond Emax) or
// 1E(Etiny-1), rounded to the context.
func (c *ctx) powBounds(a, b *Value, neg bool) (*Value, int, bool) {
	x := a.clone()
	x.neg = false
	zeta := lowerBoundZeta(x)
	theta := b.adjusted()
	r := &Value{neg: neg}
	r.coeff.SetInt64(1)
	if (x.adjusted() < 0) == b.neg {
		// |a| > 1 and b > 0, or |a| < 1 and b < 0: a large result.
		if expDigits(c.emax) >= zeta+theta {
			return nil, 0, false
		}
		r.exp = expInf
	} else {
		if expDigits(c.etiny()) >= zeta+theta {
			return nil, 0, false
		}
		r.exp = c.etiny() - 1
	}
	return r, c.finish(r, false), true
}

// lowerBoundZeta is a lower bound of log10|log10(x)| for a positive
// x != 1: from x's adjusted exponent when |log10(x)| >= 1, else from the
// size of x-1.
func lowerBoundZeta(x *Value) int64 {
	t := x.adjusted()
	switch {
	case t > 0:
		return expDigits(t) - 1
	case t < -1:
		return expDigits(t+1) - 1
	}
	e := min(x.exp, 0)
	dm := x.signedAt(e)
	dm.Sub(dm, pow10(-e))
	u := &Value{exp: e}
	u.coeff.Abs(dm)
	if t == 0 {
		return u.adjusted() - 2
	}
	return u.adjusted() - 1
}

// expDigits is the number of decimal digits of |e|.
func expDigits(e int64) int64 {
	if e < 0 {
		e = -e
	}
	n := int64(1)
	for e >= 10 {
		e /= 10
		n++
	}
	return n
}

// powInt is a**b for an integral b: |b| multiplications by repeated
// squaring (or by the reciprocal of a for a negative b), each rounded
// half-even to prec + (b's integer digits) + 2 digits within the
// context's exponent range, then one rounding to the context. The
// conditions of the steps are raised as well.
func (c *ctx) powInt(a, b *Value, neg bool) (*Value, int, error) {
	wc := &ctx{prec: c.prec + b.adjusted() + 3, rounding: "ROUND_HALF_EVEN", emin: c.emin, emax: c.emax}
	if wc.prec > maxWorkPrec {
		return nil, 0, errTooBig
	}
	base := a.clone()
	base.neg = false
	f := 0
	if b.neg {
		wc.prec++
		one := &Value{}
		one.coeff.SetInt64(1)
		q, qf, err := wc.div(one, base)
		if err != nil {
			return nil, 0, err
		}
		base, f = q, qf
	}
	n := b.integerCoeff()
	var r *Value
	var wf int
	if n.IsUint64() {
		r, wf = wc.powUint(base, n.Uint64())
	} else {
		r, wf = wc.powBig(base, n)
	}
	f |= wf
	if r.form == formInfinite {
		// Overflowed at the working precision: overflow again under the
		// context's own rounding.
		r = &Value{exp: expInf}
		r.coeff.SetInt64(1)
	}
	r.neg = neg
	return r, f | c.finish(r, false), nil
}

// expInf is an exponent beyond every context's Emax (libmpdec's
// MPD_EXP_INF), for results that must overflow.
const expInf = 2000000000000000001

// stopPow reports whether a power's running product can no longer
// change: an infinity, or a zero that underflowed.
func stopPow(r *Value, f int) bool {
	return r.form == formInfinite || r.isZero() && f&fClamped != 0
}

// powUint is base**n (n >= 1) by squaring from the top bit of n down,
// each product rounded to c.
func (c *ctx) powUint(base *Value, n uint64) (*Value, int) {
	r := base.clone()
	f := 0
	for bit := bits.Len64(n) - 2; bit >= 0; bit-- {
		var g int
		r, g, _ = c.mul(r, r)
		f |= g
		if n>>uint(bit)&1 == 1 {
			r, g, _ = c.mul(r, base)
			f |= g
		}
		if stopPow(r, f) {
			break
		}
	}
	return r, f
}

// powBig is base**n for an n beyond 64 bits, from the bottom bit of n up
// (libmpdec's order for such exponents), each product rounded to c. The
// conditions of a squaring count once a later product uses it.
func (c *ctx) powBig(base *Value, n *big.Int) (*Value, int) {
	r := &Value{}
	r.coeff.SetInt64(1)
	t := base.clone()
	n = new(big.Int).Set(n)
	seen, f := 0, 0
	for n.Sign() != 0 {
		var g int
		if n.Bit(0) == 1 {
			r, g, _ = c.mul(r, t)
			seen |= g
			f |= seen
			if stopPow(r, seen) {
				break
			}
		}
		t, g, _ = c.mul(t, t)
		seen |= g
		n.Rsh(n, 1)
	}
	return r, f
}

// powReal is a**b for a positive a and a fractional b: exp(b*ln(a)),
// with ln, the product and exp each (correctly) rounded half-even to
// max(digits of a, prec) + 23 digits in an unbounded exponent range, then
// rounded to the context. A result of exactly 1 at that precision is
// 1 with prec digits.
func (c *ctx) powReal(a, b *Value) (*Value, int, error) {
	wp := max(a.digits(), c.prec) + 4 + 19
	if wp > maxWorkPrec {
		return nil, 0, errTooBig
	}
	mc := &ctx{prec: wp, rounding: "ROUND_HALF_EVEN", emin: -maxEmax, emax: maxEmax}
	t, _, err := mc.ln(a)
	if err != nil {
		return nil, 0, err
	}
	t, _, err = mc.mul(t, b)
	if err != nil {
		return nil, 0, err
	}
	r, f, err := mc.exp(t)
	if err != nil {
		return nil, 0, err
	}
	if r.form == formFinite && compareAbsOne(r) == 0 {
		r = &Value{exp: -(c.prec - 1)}
		r.coeff.Set(pow10(c.prec - 1))
	}
	if r.form == formInfinite {
		r = &Value{exp: expInf}
		r.coeff.SetInt64(1)
	}
	return r, f | fInexact | fRounded | c.finish(r, false), nil
}

// maxEmax is CPython's MAX_EMAX on 64-bit machines: the exponent range
// of powReal's intermediate results.
const maxEmax = 999999999999999999
