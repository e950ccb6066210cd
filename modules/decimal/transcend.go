package decimal

import (
	"math"
	"math/big"

	"github.com/cockroachdb/apd/v3"
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
	if a.form == apd.Infinite {
		return newSpecial(apd.Infinite, false), 0, nil
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
	m := new(big.Int)
	for v.exp < ideal {
		q, r := new(big.Int).QuoRem(&v.coeff, bigTen, m)
		if r.Sign() != 0 {
			return
		}
		v.coeff.Set(q)
		v.exp++
	}
}

// halfEven is c with rounding ROUND_HALF_EVEN, which exp, ln, log10 and
// sqrt always use.
func (c *ctx) halfEven() *ctx {
	h := *c
	h.rounding = "ROUND_HALF_EVEN"
	return &h
}

// transExtra is how many digits beyond prec exp, ln, log10 and
// non-integral powers are computed with before the final rounding.
const transExtra = 12

// exp returns e**a.
func (c *ctx) exp(a *Value) (*Value, int, error) {
	if r, f := c.nanOf(a); r != nil {
		return r, f, nil
	}
	he := c.halfEven()
	if a.form == apd.Infinite {
		if a.neg {
			return &Value{}, 0, nil
		}
		return newSpecial(apd.Infinite, false), 0, nil
	}
	if a.isZero() {
		r := &Value{}
		r.coeff.SetInt64(1)
		return r, he.finish(r, false), nil
	}
	// Results certain to overflow or underflow, and arguments too small
	// to change 1 at this precision, are settled without apd.
	if a.adjusted() < -(c.prec + 3) {
		r := &Value{exp: -(c.prec + 3)}
		r.coeff.Set(pow10(c.prec + 3))
		if a.neg {
			r.coeff.Sub(&r.coeff, bigOne)
		}
		return r, he.finish(r, true), nil
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
	if adj := a.adjusted(); adj >= 3 {
		// e**a = 10**(a/ln 10), computed through tenTo when the result's
		// exponent may be beyond apd's range.
		wc, err := wide(c.workPrec(transExtra+adj+2), apd.RoundHalfEven)
		if err != nil {
			return nil, 0, err
		}
		x, err := toApd(a, 0)
		if err != nil {
			return nil, 0, err
		}
		var ln10, t apd.Decimal
		_, _ = lnReduced(wc, &ln10, apd.New(10, 0))
		_, _ = wc.Quo(&t, x, &ln10)
		r, f, err := he.tenTo(wc, &t, false)
		return r, f, err
	}
	return c.apdTrans(a, expReduced)
}

// expReduced is apd's Exp, which refuses precisions that need more than
// a thousand terms of its series: then x is first divided by 2**k, small
// enough for apd, and the result squared k times with the digits that
// the squarings lose added to the precision.
func expReduced(wc *apd.Context, d, x *apd.Decimal) (apd.Condition, error) {
	cond, err := wc.Exp(d, x)
	if err == nil {
		return cond, nil
	}
	p := float64(wc.Precision)
	xf, _ := x.Float64()
	xf = math.Abs(xf)
	if xf == 0 || math.IsInf(xf, 0) || math.IsNaN(xf) {
		return cond, err
	}
	k := int64(math.Ceil((math.Log10(xf)-math.Log10(p)+1.435*p/1000+2)/math.Log10(2))) + 1
	if k < 1 {
		k = 1
	}
	if k > 100000 {
		return cond, err
	}
	nc := *wc
	nc.Precision = wc.Precision + uint32(float64(k)*0.302) + 10
	var pow2, y apd.Decimal
	if _, err := nc.Pow(&pow2, apd.New(2, 0), apd.New(k, 0)); err != nil {
		return cond, err
	}
	if _, err := nc.Quo(&y, x, &pow2); err != nil {
		return cond, err
	}
	if _, err := nc.Exp(d, &y); err != nil {
		return cond, err
	}
	for i := int64(0); i < k; i++ {
		if _, err := nc.Mul(d, d, d); err != nil {
			return cond, err
		}
	}
	return wc.Round(d, d)
}

// apdTrans computes op(a) with apd at transExtra more digits and rounds
// the result once (ROUND_HALF_EVEN) to the context.
func (c *ctx) apdTrans(a *Value, op func(*apd.Context, *apd.Decimal, *apd.Decimal) (apd.Condition, error)) (*Value, int, error) {
	wc, err := wide(c.workPrec(transExtra), apd.RoundHalfEven)
	if err != nil {
		return nil, 0, err
	}
	x, err := toApd(a, 0)
	if err != nil {
		return nil, 0, err
	}
	var d apd.Decimal
	cond, err := op(wc, &d, x)
	if err != nil {
		return nil, 0, errTooBig
	}
	f, err := apdFlags(cond)
	if err != nil {
		return nil, 0, err
	}
	r := fromApd(&d, 0)
	return r, f | c.halfEven().finish(r, cond.Inexact()), nil
}

// ln returns the natural logarithm.
func (c *ctx) ln(a *Value) (*Value, int, error) {
	if r, f := c.nanOf(a); r != nil {
		return r, f, nil
	}
	if a.isZero() {
		return newSpecial(apd.Infinite, true), 0, nil
	}
	if a.neg {
		return qnan(), fInvalid, nil
	}
	if a.form == apd.Infinite {
		return newSpecial(apd.Infinite, false), 0, nil
	}
	if a.exp == 0 && a.coeff.Cmp(bigOne) == 0 {
		return &Value{}, 0, nil
	}
	if adj := a.adjusted(); adj > apdSafeExp || adj < -apdSafeExp {
		return c.logSplit(a, false)
	}
	return c.apdTrans(a, lnReduced)
}

// log10 returns the base-10 logarithm; exact for powers of ten.
func (c *ctx) log10(a *Value) (*Value, int, error) {
	if r, f := c.nanOf(a); r != nil {
		return r, f, nil
	}
	if a.isZero() {
		return newSpecial(apd.Infinite, true), 0, nil
	}
	if a.neg {
		return qnan(), fInvalid, nil
	}
	if a.form == apd.Infinite {
		return newSpecial(apd.Infinite, false), 0, nil
	}
	red := a.clone()
	red.reduceTo(maxExpAbs)
	if red.coeff.Cmp(bigOne) == 0 {
		r := &Value{neg: red.exp < 0}
		r.coeff.SetInt64(red.exp)
		r.coeff.Abs(&r.coeff)
		return r, c.finish(r, false), nil
	}
	if adj := a.adjusted(); adj > apdSafeExp || adj < -apdSafeExp {
		return c.logSplit(a, true)
	}
	return c.apdTrans(a, log10Reduced)
}

// apdSafeExp bounds the adjusted exponents handed to apd's logarithms,
// well inside its +-100000 limit.
const apdSafeExp = 50000

// logSplit computes ln(a), or log10(a) with ten, for an a whose exponent
// apd cannot take: as log(m) + adj*log(10) with m = a/10**adj in [1, 10).
func (c *ctx) logSplit(a *Value, ten bool) (*Value, int, error) {
	adj := a.adjusted()
	wc, err := wide(c.workPrec(transExtra+20), apd.RoundHalfEven)
	if err != nil {
		return nil, 0, err
	}
	m := a.clone()
	m.exp -= adj
	x, err := toApd(m, 0)
	if err != nil {
		return nil, 0, err
	}
	var l, t, sum apd.Decimal
	n := apd.New(adj, 0)
	if ten {
		_, _ = log10Reduced(wc, &l, x)
		t.Set(n)
	} else {
		_, _ = lnReduced(wc, &l, x)
		_, _ = lnReduced(wc, &t, apd.New(10, 0))
		_, _ = wc.Mul(&t, &t, n)
	}
	cond, _ := wc.Add(&sum, &l, &t)
	if _, err := apdFlags(cond); err != nil {
		return nil, 0, err
	}
	r := fromApd(&sum, 0)
	return r, c.halfEven().finish(r, true), nil
}

// toFloat is v's nearest float64 (for estimates).
func toFloat(v *Value) float64 {
	f, _ := parseFloat(v)
	return f
}

// pow returns a**b.
func (c *ctx) pow(a, b *Value) (*Value, int, error) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f, nil
	}
	bInt := b.form == apd.Finite && isIntegral(b)
	switch {
	case a.isZero() && b.isZero():
		return qnan(), fInvalid, nil
	case a.neg && !a.isZero() && !bInt && b.form == apd.Finite,
		a.neg && a.form == apd.Finite && !a.isZero() && b.form == apd.Infinite:
		return qnan(), fInvalid, nil
	}
	// The sign of the result: negative only for a negative base raised
	// to an odd integer.
	neg := a.neg && bInt && oddInteger(b)
	if a.form == apd.Infinite || a.isZero() {
		big_ := a.form == apd.Infinite
		if b.neg {
			big_ = !big_
		}
		if b.isZero() {
			r := &Value{}
			r.coeff.SetInt64(1)
			return r, 0, nil
		}
		if big_ {
			return newSpecial(apd.Infinite, neg), 0, nil
		}
		return &Value{neg: neg}, c.finish(&Value{neg: neg}, false) &^ fClamped, nil
	}
	if b.form == apd.Infinite {
		cmp := compareAbsOne(a)
		switch {
		case cmp == 0:
			r := &Value{exp: -(c.prec - 1)}
			r.coeff.Set(pow10(c.prec - 1))
			return r, fInexact | fRounded, nil
		case (cmp > 0) != b.neg:
			return newSpecial(apd.Infinite, false), 0, nil
		default:
			return &Value{}, 0, nil
		}
	}
	if b.isZero() {
		r := &Value{}
		r.coeff.SetInt64(1)
		return r, c.finish(r, false), nil
	}
	// Settle results certain to overflow or underflow first, from the
	// size of b*log10|a|.
	la := float64(a.adjusted()) + math.Log10(leading(a))
	est := la * toFloat(b)
	if est > float64(c.emax)+2 || est < float64(c.etiny())-2 || math.IsInf(est, 0) {
		r := &Value{neg: neg}
		r.coeff.SetInt64(1)
		if est > 0 {
			r.exp = c.emax + 1
		} else {
			r.exp = c.etiny() - 2
		}
		return r, c.finish(r, true), nil
	}
	if bInt && compareAbsOne(a) == 0 {
		// A power of +-1 with an integral exponent is exact: only the
		// exponent grows, and is rounded away at prec digits.
		r := &Value{neg: neg}
		r.coeff.SetInt64(1)
		if a.exp < 0 && !b.neg {
			if b.adjusted() < 18 && a.exp*b.integerCoeff().Int64() > -c.prec {
				r.exp = a.exp * b.integerCoeff().Int64()
				r.coeff.Set(pow10(-r.exp))
				return r, c.finish(r, false), nil
			}
			r.exp = -(c.prec - 1)
			r.coeff.Set(pow10(c.prec - 1))
			return r, c.finish(r, false) | fRounded, nil
		}
		return r, c.finish(r, false), nil
	}
	if bInt && b.adjusted() < 18 {
		n := b.integerCoeff() // |b|
		if n.IsInt64() && n.Int64()*a.digits() <= 4*c.prec+100 {
			p := new(big.Int).Exp(&a.coeff, n, nil)
			r := &Value{neg: neg}
			r.coeff.Set(p)
			r.exp = a.exp * n.Int64()
			if !b.neg {
				return r, c.finish(r, false), nil
			}
			one := &Value{}
			one.coeff.SetInt64(1)
			return c.div(one, r)
		}
	}
	if bInt && b.adjusted() < 18 && isPowerOfTen(&a.coeff) {
		// (10**k)**n is exact however large n is: a one and zeros, as
		// many as the ideal exponent and the precision allow.
		n := b.integerCoeff().Int64()
		if b.neg {
			n = -n
		}
		top := a.adjusted() * n
		e := min(a.exp*n, top)
		if top-e+1 > c.prec {
			e = top - c.prec + 1
		}
		r := &Value{neg: neg, exp: e}
		r.coeff.Set(pow10(top - e))
		f := c.finish(r, false)
		if e > a.exp*n {
			f |= fRounded
		}
		return r, f, nil
	}
	wc, err := wide(c.workPrec(transExtra), apd.RoundHalfEven)
	if err != nil {
		return nil, 0, err
	}
	x, err := toApd(a, 0)
	if err != nil {
		return nil, 0, err
	}
	y, err := toApd(b, 0)
	if err != nil {
		return nil, 0, err
	}
	x.Negative = false
	if math.Abs(est) > apdSafeExp {
		// apd cannot hold the result: compute it from its logarithm.
		return c.powSplit(a, b, neg, est)
	}
	var d apd.Decimal
	cond, err := wc.Pow(&d, x, y)
	if err != nil {
		return nil, 0, errTooBig
	}
	f, err := apdFlags(cond)
	if err != nil {
		return nil, 0, err
	}
	r := fromApd(&d, 0)
	r.neg = neg
	return r, f | c.finish(r, true), nil
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
		if v.form != apd.Finite || !isIntegral(v) || v.adjusted() > maxWorkPrec {
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

// powSplit computes |a|**b (with sign neg) for results whose exponent,
// about est, is beyond apd's range: L = b*log10|a| is split into an
// integer n and a fraction f, and the result is 10**f with n added to its
// exponent. L is computed with enough extra digits for its integer part.
func (c *ctx) powSplit(a, b *Value, neg bool, est float64) (*Value, int, error) {
	extra := int64(math.Log10(math.Abs(est))) + 2
	wc, err := wide(c.workPrec(transExtra+extra), apd.RoundHalfEven)
	if err != nil {
		return nil, 0, err
	}
	m := a.clone()
	m.neg = false
	adj := m.adjusted()
	m.exp -= adj
	x, err := toApd(m, 0)
	if err != nil {
		return nil, 0, err
	}
	y, err := toApd(b, 0)
	if err != nil {
		return nil, 0, err
	}
	var l, t apd.Decimal
	if _, err := log10Reduced(wc, &l, x); err != nil {
		return nil, 0, errTooBig
	}
	_, _ = wc.Add(&l, &l, apd.New(adj, 0))
	_, _ = wc.Mul(&t, &l, y)
	return c.tenTo(wc, &t, neg)
}

// tenTo returns 10**t (negated with neg) fitted to c, for a t computed
// by wc with enough digits for its integer part: the integer part of t
// becomes the exponent and apd computes only 10 to the fraction.
func (c *ctx) tenTo(wc *apd.Context, t *apd.Decimal, neg bool) (*Value, int, error) {
	var n, f, r apd.Decimal
	_, _ = wc.Floor(&n, t)
	_, _ = wc.Sub(&f, t, &n)
	if _, err := wc.Pow(&r, apd.New(10, 0), &f); err != nil {
		return nil, 0, errTooBig
	}
	shift, err := n.Int64()
	if err != nil {
		return nil, 0, errTooBig
	}
	v := fromApd(&r, shift)
	v.neg = neg
	return v, c.finish(v, true), nil
}

// isPowerOfTen reports whether x is 1, 10, 100, ...
func isPowerOfTen(x *big.Int) bool {
	return x.Sign() > 0 && x.Cmp(pow10(numDigits(x)-1)) == 0
}

// lnReduced is apd's Ln, which (through its Exp) refuses precisions
// beyond about 3000 digits: then lnHalley finds it.
func lnReduced(wc *apd.Context, d, x *apd.Decimal) (apd.Condition, error) {
	cond, err := wc.Ln(d, x)
	if err == nil {
		return cond, nil
	}
	if x.Sign() <= 0 || x.Form != apd.Finite {
		return cond, err
	}
	return lnHalley(wc, d, x)
}

// lnHalley computes ln(x) for finite positive x by Halley's iteration
// y += 2(x - e**y)/(x + e**y) on expReduced, from a float64 first
// guess. Each step triples the correct digits, so the steps run at
// precisions growing threefold up to wc's, and a last one checks.
func lnHalley(wc *apd.Context, d, x *apd.Decimal) (apd.Condition, error) {
	digits := x.Coeff.String()
	lead := digits
	if len(lead) > 17 {
		lead = lead[:17]
	}
	var m apd.Decimal
	if _, _, err := m.SetString(lead); err != nil {
		return 0, err
	}
	mf, _ := m.Float64()
	guess := math.Log(mf) + float64(int64(x.Exponent)+int64(len(digits)-len(lead)))*math.Ln10
	var y, e, num, den, step apd.Decimal
	if _, err := y.SetFloat64(guess); err != nil {
		return 0, err
	}
	// Near x = 1 the logarithm is small: ln(1+u) is about u, and the
	// iteration needs as many more digits as the result has leading
	// zeros.
	var u apd.Decimal
	exact := apd.BaseContext
	_, _ = exact.Sub(&u, x, apd.New(1, 0))
	if u.IsZero() {
		d.SetInt64(0)
		return 0, nil
	}
	if adj := int64(u.Exponent) + u.NumDigits() - 1; adj < -8 {
		y.Set(&u)
	}
	small := -(int64(y.Exponent) + y.NumDigits() - 1)
	if small < 0 {
		small = 0
	}
	if small > maxWorkPrec {
		return 0, errTooBig
	}
	final := wc.Precision + 5 + uint32(small)
	var precs []uint32
	for p := final; p > 40; p = p/3 + 5 {
		precs = append([]uint32{p}, precs...)
	}
	precs = append(precs, final)
	nc := *wc
	for _, p := range precs {
		nc.Precision = p
		if _, err := expReduced(&nc, &e, &y); err != nil {
			return 0, err
		}
		_, _ = nc.Sub(&num, x, &e)
		_, _ = nc.Add(&den, x, &e)
		_, _ = nc.Quo(&step, &num, &den)
		_, _ = nc.Mul(&step, &step, apd.New(2, 0))
		_, _ = nc.Add(&y, &y, &step)
	}
	return wc.Round(d, &y)
}

// log10Reduced is apd's Log10, falling back to lnReduced(x)/lnReduced(10).
func log10Reduced(wc *apd.Context, d, x *apd.Decimal) (apd.Condition, error) {
	cond, err := wc.Log10(d, x)
	if err == nil {
		return cond, nil
	}
	nc := *wc
	nc.Precision = wc.Precision + 5
	var l, l10 apd.Decimal
	if _, err := lnReduced(&nc, &l, x); err != nil {
		return cond, err
	}
	if _, err := lnReduced(&nc, &l10, apd.New(10, 0)); err != nil {
		return cond, err
	}
	_, _ = nc.Quo(d, &l, &l10)
	return wc.Round(d, d)
}
