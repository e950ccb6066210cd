package decimal

import (
	"math/big"
)

// Correct rounding of exp, ln and log10, as libmpdec does for CPython
// (its "allcr" mode): the function's value is bracketed by an interval of
// decimals, and the interval is narrowed (more digits) until both of its
// ends round to the same result. The values are irrational (for
// arguments that are not settled exactly beforehand), so the loop ends.

// bracket is an interval (lo, hi) * 10**exp, lo < hi, that holds the
// absolute value of a result strictly inside it; neg is the result's sign.
type bracket struct {
	neg    bool
	lo, hi *big.Int
	exp    int64
}

// around returns the bracket of a value approximated by d*10**exp with an
// error below one unit: (d-2, d+2) leaves room for the truncation of d.
func around(neg bool, d *big.Int, exp int64) bracket {
	return bracket{neg: neg, lo: new(big.Int).Sub(d, big.NewInt(2)), hi: new(big.Int).Add(d, big.NewInt(2)), exp: exp}
}

// roundBracket rounds both ends of b to c (each as if followed by more
// nonzero digits, as the true value is); ok is false when they differ.
func (c *ctx) roundBracket(b bracket) (*Value, int, bool) {
	if b.lo.Sign() < 0 {
		return nil, 0, false
	}
	lo := &Value{neg: b.neg, exp: b.exp}
	lo.coeff.Set(b.lo)
	hi := &Value{neg: b.neg, exp: b.exp}
	hi.coeff.Set(b.hi)
	fl, fh := c.finish(lo, true), c.finish(hi, true)
	if fl != fh || lo.form != hi.form || lo.exp != hi.exp || lo.coeff.Cmp(&hi.coeff) != 0 {
		return nil, 0, false
	}
	return lo, fl, true
}

// correctlyRounded returns the value that approx brackets, rounded to c
// with ROUND_HALF_EVEN. approx(d) must bracket it with about d
// significant digits; d starts a little above the precision and grows
// until the rounding is decided.
func (c *ctx) correctlyRounded(approx func(d int64) bracket) (*Value, int, error) {
	he := c.halfEven()
	limit := 20*c.prec + 1000
	for d := c.prec + 6; ; d += d/2 + 8 {
		if d > maxWorkPrec {
			return nil, 0, errTooBig
		}
		b := approx(d)
		if r, f, ok := he.roundBracket(b); ok || d > limit {
			if !ok {
				// Unreachable for irrational results; a guard against
				// looping forever on a kernel's mistake.
				r = &Value{neg: b.neg, exp: b.exp}
				r.coeff.Set(b.hi)
				f = he.finish(r, true)
			}
			return r, f, nil
		}
	}
}

// toDecimal converts a fixed-point x (w fraction bits) to its absolute
// value in units of 10**-q, truncated, and its sign.
func toDecimal(x *big.Int, w uint, q int64) (*big.Int, bool) {
	d := new(big.Int).Abs(x)
	d.Mul(d, pow10(q))
	return d.Rsh(d, w), x.Sign() < 0
}

// expBracket brackets e**x (x finite, |x| < about 2.4e18) with d
// digits: x = n*ln(10) + r with 0 <= r < ln(10), and e**x = 10**n * e**r.
func expBracket(x *Value, d int64) bracket {
	w := bitsFor(d) + 12
	// Bits for x's integer part, so that n*ln(10) is as exact as r.
	wr := w + bitsFor(max(x.adjusted()+2, 0)) + 8
	xf := toFixed(x, wr)
	l := ln10Fixed(wr)
	n, r := new(big.Int).DivMod(xf, l, new(big.Int))
	r.Rsh(r, wr-w)
	y := expFixed(r, w)
	// e**r is in [1, 10): d digits after the point are d+1 significant.
	q, _ := toDecimal(y, w, d)
	return around(false, q, n.Int64()-d)
}

// splitTen writes a finite positive x as m * 10**k with m in
// [10**-0.5, 10**0.5), where ln(m) is smallest.
func splitTen(x *Value) (m *Value, k int64) {
	k = x.adjusted()
	m = x.clone()
	m.exp -= k
	// A little above the square root of 10: any bound near it keeps m
	// within [0.3, 3.3], where lnFixed works.
	sqrtTen := &Value{exp: -4}
	sqrtTen.coeff.SetInt64(31623)
	if compare(m, sqrtTen) >= 0 {
		k++
		m.exp--
	}
	return m, k
}

// nearOne returns -adjusted(m-1) for m near 1 (k == 0 in splitTen): how
// many leading zeros ln(m) and log10(m) have, which the interval needs as
// extra digits.
func nearOne(m *Value) int64 {
	e := min(m.exp, 0)
	dm := m.signedAt(e)
	dm.Sub(dm, pow10(-e))
	v := &Value{exp: e}
	v.coeff.Abs(dm)
	return -v.adjusted()
}

// lnBracket brackets ln(x) (x finite, positive, not 1) with d digits:
// ln(x) = ln(m) + k*ln(10) for x = m * 10**k.
func lnBracket(x *Value, d int64) bracket {
	m, k := splitTen(x)
	// |ln(x)| >= 1 when k != 0; else |ln(m)| > |m-1|/4.
	q := d + 1
	if k == 0 {
		q += nearOne(m) + 1
	}
	kb := bitsFor(int64(len(big.NewInt(k).String())))
	w := bitsFor(q) + 12
	f := lnFixed(toFixed(m, w), w)
	if k != 0 {
		l := ln10Fixed(w + kb + 4)
		l.Mul(l, big.NewInt(k))
		l.Rsh(l, kb+4)
		f.Add(f, l)
	}
	v, neg := toDecimal(f, w, q)
	return around(neg, v, -q)
}

// log10Bracket brackets log10(x) (x finite, positive, not a power of
// ten) with d digits: log10(x) = k + ln(m)/ln(10) for x = m * 10**k.
func log10Bracket(x *Value, d int64) bracket {
	m, k := splitTen(x)
	// |log10(x)| >= 1/2 when k != 0; else |log10(m)| > |m-1|/10.
	q := d + 1
	if k == 0 {
		q += nearOne(m) + 2
	}
	w := bitsFor(q) + 12
	f := lnFixed(toFixed(m, w), w)
	f.Lsh(f, w)
	f.Quo(f, ln10Fixed(w))
	f.Add(f, new(big.Int).Lsh(big.NewInt(k), w))
	v, neg := toDecimal(f, w, q)
	return around(neg, v, -q)
}
