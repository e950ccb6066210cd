package decimal

import (
	"math"
	"math/big"
)

// sqrt returns the square root, correctly rounded with ROUND_HALF_EVEN;
// an exact root has the exponent closest to floor(exp/2).
func (c *ctx) sqrt(a *Value) (*Value, int, error) {
	if r, f := c.nanOf(a); r != nil {
		return r, f, nil
	}
	he := c.halfEven()
	if a.isZero() {
		r := &Value{neg: a.neg, exp: floorDiv2(a.exp)}
		return r, he.finish(r, false), nil
	}
	if a.neg {
		return qnan(), fInvalid, nil
	}
	if a.form == formInfinite {
		return newSpecial(formInfinite, false), 0, nil
	}
	ideal := floorDiv2(a.exp)
	coeff := new(big.Int).Set(&a.coeff)
	e := a.exp
	if e%2 != 0 {
		coeff.Mul(coeff, bigTen)
		e--
	}
	k := c.prec + 1 - (numDigits(coeff)+1)/2
	if k < 0 {
		k = 0
	}
	if k > maxWorkPrec {
		return nil, 0, errTooBig
	}
	coeff.Mul(coeff, pow10(2*k))
	root := new(big.Int).Sqrt(coeff)
	exact := new(big.Int).Mul(root, root).Cmp(coeff) == 0
	r := &Value{exp: e/2 - k}
	r.coeff.Set(root)
	if exact {
		r.reduceTo(ideal)
	}
	return r, he.finish(r, !exact), nil
}

func floorDiv2(e int64) int64 {
	if e < 0 {
		return -((-e + 1) / 2)
	}
	return e / 2
}

// reduceTo strips trailing zeros of a finite v while its exponent stays
// at or below ideal.
func (v *Value) reduceTo(ideal int64) {
	if v.coeff.Sign() == 0 {
		if v.exp < ideal {
			v.exp = ideal
		}
		return
	}
	// Zeros are stripped in runs that double while they divide exactly
	// and halve when they do not: a few divisions for many zeros.
	q, r := new(big.Int), new(big.Int)
	step := int64(1)
	for v.exp < ideal {
		step = min(step, ideal-v.exp)
		q.QuoRem(&v.coeff, pow10(step), r)
		if r.Sign() == 0 {
			v.coeff.Set(q)
			v.exp += step
			step *= 2
			continue
		}
		if step == 1 {
			return
		}
		step /= 2
	}
}

// halfEven is c with rounding ROUND_HALF_EVEN, which exp, ln, log10 and
// sqrt always use.
func (c *ctx) halfEven() *ctx {
	h := *c
	h.rounding = "ROUND_HALF_EVEN"
	return &h
}

// exp returns e**a, correctly rounded with ROUND_HALF_EVEN.
func (c *ctx) exp(a *Value) (*Value, int, error) {
	if r, f := c.nanOf(a); r != nil {
		return r, f, nil
	}
	he := c.halfEven()
	if a.form == formInfinite {
		if a.neg {
			return &Value{}, 0, nil
		}
		return newSpecial(formInfinite, false), 0, nil
	}
	if a.isZero() {
		r := &Value{}
		r.coeff.SetInt64(1)
		return r, he.finish(r, false), nil
	}
	// Arguments too small to change 1 at this precision, and results
	// certain to overflow or underflow, are settled without computing.
	if a.adjusted() < -(c.prec + 2) {
		// e**a is within a tenth of a unit of 1 (either side): 1 with
		// prec digits, as libmpdec pads it.
		r := &Value{exp: -(c.prec - 1)}
		r.coeff.Set(pow10(c.prec - 1))
		return r, he.finish(r, false) | fInexact | fRounded, nil
	}
	limit := float64(max(c.emax, -c.etiny())+2) * math.Ln10
	if a.adjusted() > 20 || toFloat(a) > limit || toFloat(a) < -limit {
		r := &Value{}
		r.coeff.SetInt64(1)
		if a.neg {
			r.exp = c.etiny() - 2
		} else {
			r.exp = c.emax + 1
		}
		return r, he.finish(r, true), nil
	}
	return c.correctlyRounded(func(d int64) bracket { return expBracket(a, d) })
}

// ln returns the natural logarithm, correctly rounded with
// ROUND_HALF_EVEN.
func (c *ctx) ln(a *Value) (*Value, int, error) {
	if r, f := c.nanOf(a); r != nil {
		return r, f, nil
	}
	if a.isZero() {
		return newSpecial(formInfinite, true), 0, nil
	}
	if a.neg {
		return qnan(), fInvalid, nil
	}
	if a.form == formInfinite {
		return newSpecial(formInfinite, false), 0, nil
	}
	if compareAbsOne(a) == 0 {
		return &Value{}, 0, nil
	}
	if r, f, ok := c.logUnderflow(a); ok {
		return r, f, nil
	}
	return c.correctlyRounded(func(d int64) bracket { return lnBracket(a, d) })
}

// log10 returns the base-10 logarithm: exact for powers of ten, else
// correctly rounded with ROUND_HALF_EVEN.
func (c *ctx) log10(a *Value) (*Value, int, error) {
	if r, f := c.nanOf(a); r != nil {
		return r, f, nil
	}
	if a.isZero() {
		return newSpecial(formInfinite, true), 0, nil
	}
	if a.neg {
		return qnan(), fInvalid, nil
	}
	if a.form == formInfinite {
		return newSpecial(formInfinite, false), 0, nil
	}
	red := a.clone()
	red.reduceTo(maxExpAbs)
	if red.coeff.Cmp(bigOne) == 0 {
		r := &Value{neg: red.exp < 0}
		r.coeff.SetInt64(red.exp)
		r.coeff.Abs(&r.coeff)
		return r, c.halfEven().finish(r, false), nil
	}
	if r, f, ok := c.logUnderflow(a); ok {
		return r, f, nil
	}
	return c.correctlyRounded(func(d int64) bracket { return log10Bracket(a, d) })
}

// logUnderflow settles the logarithm of an a so close to 1 that the
// result, below |a-1| in size, rounds away below Etiny: a tenth of the
// smallest subnormal, with the sign of a-1, rounded (as libmpdec does).
func (c *ctx) logUnderflow(a *Value) (*Value, int, bool) {
	m, k := splitTen(a)
	if k != 0 || -nearOne(m)+1 >= c.etiny()-1 {
		return nil, 0, false
	}
	r := &Value{neg: compareAbsOne(m) < 0, exp: c.etiny() - 1}
	r.coeff.SetInt64(1)
	return r, c.halfEven().finish(r, false) | fInexact | fRounded, true
}

// toFloat is v's nearest float64 (for estimates).
func toFloat(v *Value) float64 {
	f, _ := parseFloat(v)
	return f
}

// leading is |v|'s coefficient scaled into [1, 10), as a float.
func leading(v *Value) float64 {
	w := &Value{exp: -(v.digits() - 1)}
	w.coeff.Set(&v.coeff)
	return toFloat(w)
}

// isIntegral reports whether finite v is a whole number.
func isIntegral(v *Value) bool {
	if v.exp >= 0 || v.coeff.Sign() == 0 {
		return true
	}
	if -v.exp > v.digits() {
		return false
	}
	return new(big.Int).Rem(&v.coeff, pow10(-v.exp)).Sign() == 0
}

// compareAbsOne compares |v| (finite) with 1.
func compareAbsOne(v *Value) int {
	one := &Value{}
	one.coeff.SetInt64(1)
	w := v.clone()
	w.neg = false
	return compare(w, one)
}

// oddInteger reports whether the integral finite v is odd.
func oddInteger(v *Value) bool {
	if v.exp > 0 {
		return false
	}
	return v.integerCoeff().Bit(0) == 1
}

// powMod returns a**b % m for integral a, b >= 0 and m != 0, exactly; the
// result has a's sign when b is odd (as a**b has) and exponent 0.
func (c *ctx) powMod(a, b, m *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b, m); r != nil {
		return r, f, nil
	}
	for _, v := range []*Value{a, b, m} {
		if v.form != formFinite || !isIntegral(v) || v.adjusted() > maxWorkPrec {
			return qnan(), fInvalid, nil
		}
	}
	if b.neg && !b.isZero() || m.isZero() || a.isZero() && b.isZero() || m.adjusted() >= c.prec {
		return qnan(), fInvalid, nil
	}
	mod := m.integerCoeff()
	res := new(big.Int).Exp(a.integerCoeff(), b.integerCoeff(), mod)
	r := &Value{neg: a.neg && oddInteger(b)}
	r.coeff.Set(res)
	return r, c.finish(r, false), nil
}
