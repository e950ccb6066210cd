package decimal

import (
	"math/big"

	"github.com/cockroachdb/apd/v3"
)

// The basic operations: each takes finished operands and returns a result
// fitted to c, with the conditions raised.

// nanOf returns the NaN result of an operation with a NaN operand: the
// first signalling NaN made quiet (raising InvalidOperation), else the
// first quiet NaN; nil if no operand is a NaN.
func (c *ctx) nanOf(ops ...*Value) (*Value, int) {
	for _, o := range ops {
		if o.form == apd.NaNSignaling {
			r := o.clone()
			r.form = apd.NaN
			c.finish(r, false)
			return r, fInvalid
		}
	}
	for _, o := range ops {
		if o.form == apd.NaN {
			r := o.clone()
			c.finish(r, false)
			return r, 0
		}
	}
	return nil, 0
}

func qnan() *Value { return &Value{form: apd.NaN} }

// add returns a+b, or a-b with sub.
func (c *ctx) add(a, b *Value, sub bool) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	bneg := b.neg != sub
	if a.form == apd.Infinite || b.form == apd.Infinite {
		if a.form == apd.Infinite && b.form == apd.Infinite && a.neg != bneg {
			return qnan(), fInvalid, nil
		}
		if a.form == apd.Infinite {
			return newSpecial(apd.Infinite, a.neg), 0, nil
		}
		return newSpecial(apd.Infinite, bneg), 0, nil
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
	ax, err := toApd(x, shift)
	if err != nil {
		return nil, 0, err
	}
	ay, err := toApd(y, shift)
	if err != nil {
		return nil, 0, err
	}
	wc, _ := wide(0, apd.RoundDown)
	var d apd.Decimal
	cond, _ := wc.Add(&d, ax, ay)
	if _, err := apdFlags(cond); err != nil {
		return nil, 0, err
	}
	r := fromApd(&d, shift)
	if r.coeff.Sign() == 0 {
		r.neg = zeroNeg
	}
	return r, c.finish(r, false), nil
}

// mul returns a*b.
func (c *ctx) mul(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	neg := a.neg != b.neg
	if a.form == apd.Infinite || b.form == apd.Infinite {
		if a.isZero() || b.isZero() {
			return qnan(), fInvalid, nil
		}
		return newSpecial(apd.Infinite, neg), 0, nil
	}
	ax, _ := toApd(a, a.exp)
	ay, _ := toApd(b, b.exp)
	wc, _ := wide(0, apd.RoundDown)
	var d apd.Decimal
	cond, _ := wc.Mul(&d, ax, ay)
	if _, err := apdFlags(cond); err != nil {
		return nil, 0, err
	}
	r := fromApd(&d, a.exp+b.exp)
	r.neg = neg
	return r, c.finish(r, false), nil
}

// workPrec is the precision of an intermediate result that is rounded
// once more to c.prec.
func (c *ctx) workPrec(extra int64) int64 { return c.prec + extra }

// div returns a/b.
func (c *ctx) div(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	neg := a.neg != b.neg
	switch {
	case a.form == apd.Infinite && b.form == apd.Infinite:
		return qnan(), fInvalid, nil
	case a.form == apd.Infinite:
		return newSpecial(apd.Infinite, neg), 0, nil
	case b.form == apd.Infinite:
		r := &Value{neg: neg, exp: c.etiny()}
		return r, fClamped, nil
	case b.isZero():
		if a.isZero() {
			return qnan(), fDivUndefined, nil
		}
		return newSpecial(apd.Infinite, neg), fDivByZero, nil
	case a.isZero():
		r := &Value{neg: neg, exp: a.exp - b.exp}
		return r, c.finish(r, false), nil
	}
	ax, _ := toApd(a, a.exp)
	ay, _ := toApd(b, b.exp)
	wc, err := wide(c.workPrec(3), apd.RoundDown)
	if err != nil {
		return nil, 0, err
	}
	var d apd.Decimal
	cond, err := wc.Quo(&d, ax, ay)
	if err != nil {
		// apd scales by 10**prec internally, which its exponent limit
		// refuses beyond about 100000 digits: long division instead.
		return c.divLong(a, b, neg)
	}
	r := fromApd(&d, a.exp-b.exp)
	r.neg = neg
	if !cond.Inexact() {
		// apd pads an exact quotient to the precision; the specification
		// wants the exponent closest to the ideal one.
		r.reduceTo(a.exp - b.exp)
	}
	return r, c.finish(r, cond.Inexact()), nil
}

// divInt returns the integer part of a/b (truncated), with exponent 0.
func (c *ctx) divInt(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	neg := a.neg != b.neg
	switch {
	case a.form == apd.Infinite && b.form == apd.Infinite:
		return qnan(), fInvalid, nil
	case a.form == apd.Infinite:
		return newSpecial(apd.Infinite, neg), 0, nil
	case b.form == apd.Infinite:
		return &Value{neg: neg}, 0, nil
	case b.isZero():
		if a.isZero() {
			return qnan(), fDivUndefined, nil
		}
		return newSpecial(apd.Infinite, neg), fDivByZero, nil
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
	ax, err1 := toApd(a, e)
	ay, err2 := toApd(b, e)
	if err1 != nil || err2 != nil {
		return nil, nil, false
	}
	ax.Negative, ay.Negative = false, false
	wc, _ := wide(0, apd.RoundDown)
	var qd apd.Decimal
	wc.Precision = uint32(min(c.prec, maxWorkPrec))
	cond, _ := wc.QuoInteger(&qd, ax, ay)
	if cond.DivisionImpossible() || cond.InvalidOperation() || cond.SystemOverflow() {
		return nil, nil, false
	}
	q = fromApd(&qd, 0).integerCoeff()
	// The remainder exactly (apd's Rem would round it to the precision).
	aligned := func(v *Value) *big.Int { return new(big.Int).Mul(&v.coeff, pow10(v.exp-e)) }
	rem = aligned(a)
	rem.Sub(rem, new(big.Int).Mul(q, aligned(b)))
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
	case a.form == apd.Infinite:
		return qnan(), fInvalid, nil
	case b.form == apd.Infinite:
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
	case a.form == apd.Infinite:
		return qnan(), fInvalid, nil
	case b.form == apd.Infinite:
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
	if a.form == apd.NaNSignaling || b.form == apd.NaNSignaling || d.form == apd.NaNSignaling {
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

// divLong is a/b for finite nonzero operands by one big-integer
// division, for precisions apd cannot work at.
func (c *ctx) divLong(a, b *Value, neg bool) (*Value, int, error) {
	k := c.prec + 2 + b.digits() - a.digits()
	if k < 0 {
		k = 0
	}
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
