package decimal

import (
	"math/big"
	"math/bits"
)

// The basic operations: each takes finished operands and returns a result
// fitted to c, with the conditions raised.

// nanOf returns the NaN result of an operation with a NaN operand: the
// first signalling NaN made quiet (raising InvalidOperation), else the
// first quiet NaN; nil if no operand is a NaN.
func (c *ctx) nanOf(ops ...*Value) (*Value, int) {
	for _, o := range ops {
		if o.form == formSNaN {
			r := o.clone()
			r.form = formNaN
			c.finish(r, false)
			return r, fInvalid
		}
	}
	for _, o := range ops {
		if o.form == formNaN {
			r := o.clone()
			c.finish(r, false)
			return r, 0
		}
	}
	return nil, 0
}

func qnan() *Value { return &Value{form: formNaN} }

// add returns a+b, or a-b with sub.
func (c *ctx) add(a, b *Value, sub bool) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	bneg := b.neg != sub
	if a.form == formInfinite || b.form == formInfinite {
		if a.form == formInfinite && b.form == formInfinite && a.neg != bneg {
			return qnan(), fInvalid, nil
		}
		if a.form == formInfinite {
			return newSpecial(formInfinite, a.neg), 0, nil
		}
		return newSpecial(formInfinite, bneg), 0, nil
	}
	if r, f, ok := c.addSmall(a, b, bneg); ok {
		return r, f, nil
	}
	x := a.clone()
	y := b.clone()
	y.neg = bneg
	zeroNeg := x.neg && y.neg || x.neg != y.neg && c.rounding == "ROUND_FLOOR"
	if x.coeff.Sign() == 0 && y.coeff.Sign() == 0 {
		r := &Value{neg: zeroNeg, exp: min(x.exp, y.exp)}
		return r, c.finish(r, false), nil
	}
	// Order by magnitude, then bring an operand far below the other's
	// rounding position up to a stand-in that rounds the same way.
	big_, small := x, y
	if x.coeff.Sign() == 0 || y.coeff.Sign() != 0 && y.adjusted() > x.adjusted() {
		big_, small = y, x
	}
	lo := min(big_.exp, big_.adjusted()-c.prec-1)
	if small.coeff.Sign() == 0 {
		// x + 0: the other operand, at the smaller exponent.
		e := min(big_.exp, max(small.exp, lo))
		if big_.exp-e > maxWorkPrec {
			return nil, 0, errTooBig
		}
		r := &Value{neg: big_.neg, exp: e}
		r.coeff.Mul(&big_.coeff, pow10(big_.exp-e))
		return r, c.finish(r, false), nil
	}
	if small.adjusted() < lo-2 {
		small.coeff.SetInt64(1)
		small.exp = lo - 2
	}
	shift := min(x.exp, y.exp)
	if x.exp-shift > maxWorkPrec || y.exp-shift > maxWorkPrec {
		return nil, 0, errTooBig
	}
	sum := x.signedAt(shift)
	sum.Add(sum, y.signedAt(shift))
	r := &Value{neg: sum.Sign() < 0, exp: shift}
	r.coeff.Abs(sum)
	if r.coeff.Sign() == 0 {
		r.neg = zeroNeg
	}
	return r, c.finish(r, false), nil
}

// signedAt is finite v's coefficient at exponent e <= v.exp, negated for
// a negative v.
func (v *Value) signedAt(e int64) *big.Int {
	x := new(big.Int).Mul(&v.coeff, pow10(v.exp-e))
	if v.neg {
		x.Neg(x)
	}
	return x
}

// mul returns a*b.
func (c *ctx) mul(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	neg := a.neg != b.neg
	if a.form == formInfinite || b.form == formInfinite {
		if a.isZero() || b.isZero() {
			return qnan(), fInvalid, nil
		}
		return newSpecial(formInfinite, neg), 0, nil
	}
	r := &Value{neg: neg, exp: a.exp + b.exp}
	if ua, ok := a.small(); ok {
		if ub, ok := b.small(); ok {
			if hi, lo := bits.Mul64(ua, ub); hi == 0 {
				r.setSmall(lo)
				return r, c.finish(r, false), nil
			}
		}
	}
	r.coeff.Mul(&a.coeff, &b.coeff)
	return r, c.finish(r, false), nil
}

// div returns a/b.
func (c *ctx) div(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	neg := a.neg != b.neg
	switch {
	case a.form == formInfinite && b.form == formInfinite:
		return qnan(), fInvalid, nil
	case a.form == formInfinite:
		return newSpecial(formInfinite, neg), 0, nil
	case b.form == formInfinite:
		r := &Value{neg: neg, exp: c.etiny()}
		return r, fClamped, nil
	case b.isZero():
		if a.isZero() {
			return qnan(), fDivUndefined, nil
		}
		return newSpecial(formInfinite, neg), fDivByZero, nil
	case a.isZero():
		r := &Value{neg: neg, exp: a.exp - b.exp}
		return r, c.finish(r, false), nil
	}
	return c.quotient(a, b, neg)
}

// divInt returns the integer part of a/b (truncated), with exponent 0.
func (c *ctx) divInt(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	neg := a.neg != b.neg
	switch {
	case a.form == formInfinite && b.form == formInfinite:
		return qnan(), fInvalid, nil
	case a.form == formInfinite:
		return newSpecial(formInfinite, neg), 0, nil
	case b.form == formInfinite:
		return &Value{neg: neg}, 0, nil
	case b.isZero():
		if a.isZero() {
			return qnan(), fDivUndefined, nil
		}
		return newSpecial(formInfinite, neg), fDivByZero, nil
	}
	q, _, ok := c.intQuoRem(a, b)
	if !ok {
		return qnan(), fDivImpossible, nil
	}
	r := &Value{neg: neg}
	r.coeff.Set(q)
	return r, c.finish(r, false), nil
}

// intQuoRem divides finite |a| by nonzero finite |b|: the truncated
// integer quotient and the remainder's coefficient at exponent
// min(a.exp, b.exp). ok is false when the quotient has more than prec
// digits (DivisionImpossible).
func (c *ctx) intQuoRem(a, b *Value) (q, rem *big.Int, ok bool) {
	e := min(a.exp, b.exp)
	if a.isZero() || a.adjusted() < b.adjusted() {
		// |a| < |b|: the quotient is 0 and the remainder a itself.
		return new(big.Int), new(big.Int).Mul(&a.coeff, pow10(a.exp-e)), true
	}
	if a.adjusted()-b.adjusted() > c.prec {
		return nil, nil, false
	}
	if a.exp-e > maxWorkPrec || b.exp-e > maxWorkPrec {
		return nil, nil, false
	}
	q, rem = new(big.Int).QuoRem(new(big.Int).Mul(&a.coeff, pow10(a.exp-e)), new(big.Int).Mul(&b.coeff, pow10(b.exp-e)), new(big.Int))
	return q, rem, numDigits(q) <= c.prec
}

// integerCoeff is the coefficient of a finite integral v at exponent 0.
func (v *Value) integerCoeff() *big.Int {
	if v.exp >= 0 {
		return new(big.Int).Mul(&v.coeff, pow10(v.exp))
	}
	return new(big.Int).Quo(&v.coeff, pow10(-v.exp))
}

// rem returns a % b: the remainder of truncated division, with a's sign.
func (c *ctx) rem(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	switch {
	case a.form == formInfinite:
		return qnan(), fInvalid, nil
	case b.form == formInfinite:
		r := a.clone()
		return r, c.finish(r, false), nil
	case b.isZero():
		if a.isZero() {
			return qnan(), fDivUndefined, nil
		}
		return qnan(), fInvalid, nil
	}
	_, m, ok := c.intQuoRem(a, b)
	if !ok {
		return qnan(), fDivImpossible, nil
	}
	r := &Value{neg: a.neg, exp: min(a.exp, b.exp)}
	r.coeff.Set(m)
	return r, c.finish(r, false), nil
}

// remNear returns a - b*n where n is a/b rounded to the nearest integer
// (ties to even).
func (c *ctx) remNear(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	switch {
	case a.form == formInfinite:
		return qnan(), fInvalid, nil
	case b.form == formInfinite:
		r := a.clone()
		return r, c.finish(r, false), nil
	case b.isZero():
		if a.isZero() {
			return qnan(), fDivUndefined, nil
		}
		return qnan(), fInvalid, nil
	}
	q, m, ok := c.intQuoRem(a, b)
	if !ok {
		return qnan(), fDivImpossible, nil
	}
	e := min(a.exp, b.exp)
	bc := new(big.Int).Mul(&b.coeff, pow10(b.exp-e))
	neg := a.neg
	twice := new(big.Int).Lsh(m, 1)
	if k := twice.Cmp(bc); k > 0 || k == 0 && q.Bit(0) == 1 {
		m.Sub(bc, m)
		neg = !neg
		q.Add(q, bigOne)
	}
	if numDigits(q) > c.prec {
		return qnan(), fDivImpossible, nil
	}
	r := &Value{neg: neg, exp: e}
	r.coeff.Set(m)
	if r.coeff.Sign() == 0 {
		r.neg = a.neg
	}
	return r, c.finish(r, false), nil
}

// plus returns a fitted to the context (unary plus and minus, abs).
func (c *ctx) plus(a *Value, neg bool) (*Value, int) {
	if r, f := c.nanOf(a); r != nil {
		return r, f
	}
	r := a.clone()
	r.neg = neg
	if r.isZero() && c.rounding != "ROUND_FLOOR" {
		r.neg = false
	}
	return r, c.finish(r, false)
}

// fma returns a*b+d with a single rounding.
func (c *ctx) fma(a, b, d *Value) (*Value, int, error) {
	if a.form == formSNaN || b.form == formSNaN || d.form == formSNaN {
		r, f := c.nanOf(a, b, d)
		return r, f, nil
	}
	exact := &ctx{prec: maxExpAbs, rounding: c.rounding, emin: -maxExpAbs * 2, emax: maxExpAbs * 2}
	p, f, err := exact.mul(a, b)
	if err != nil || f&fInvalid != 0 {
		return p, f, err
	}
	r, f2, err := c.add(p, d, false)
	return r, f | f2, err
}

// quotient is a/b for finite nonzero operands, by one big-integer
// division carried to at least prec+1 digits; the remainder decides the
// rounding (as a sticky digit), and an exact quotient takes the exponent
// closest to the ideal a.exp-b.exp.
func (c *ctx) quotient(a, b *Value, neg bool) (*Value, int, error) {
	if c.prec+3 > maxWorkPrec {
		return nil, 0, errTooBig
	}
	k := max(c.prec+2+b.digits()-a.digits(), 0)
	num := new(big.Int).Mul(&a.coeff, pow10(k))
	q, m := new(big.Int).QuoRem(num, &b.coeff, new(big.Int))
	r := &Value{neg: neg, exp: a.exp - b.exp - k}
	r.coeff.Set(q)
	inexact := m.Sign() != 0
	if !inexact {
		r.reduceTo(a.exp - b.exp)
	}
	return r, c.finish(r, inexact), nil
}
