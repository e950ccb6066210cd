package decimal

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// compare orders two non-NaN values numerically: -1, 0 or 1.
func compare(a, b *Value) int {
	sa, sb := sign(a), sign(b)
	if sa != sb {
		if sa < sb {
			return -1
		}
		return 1
	}
	if sa == 0 {
		return 0
	}
	m := compareAbs(a, b)
	if sa < 0 {
		return -m
	}
	return m
}

// sign is -1, 0 or 1.
func sign(v *Value) int {
	if v.isZero() {
		return 0
	}
	if v.neg {
		return -1
	}
	return 1
}

// compareAbs compares |a| and |b| (non-NaN).
func compareAbs(a, b *Value) int {
	ai, bi := a.form == formInfinite, b.form == formInfinite
	switch {
	case ai && bi:
		return 0
	case ai:
		return 1
	case bi:
		return -1
	}
	az, bz := a.coeff.Sign() == 0, b.coeff.Sign() == 0
	switch {
	case az && bz:
		return 0
	case az:
		return -1
	case bz:
		return 1
	}
	if aa, ba := a.adjusted(), b.adjusted(); aa != ba {
		if aa < ba {
			return -1
		}
		return 1
	}
	// Same adjusted exponent: the exponent gap is below the digit counts.
	if k, ok := compareAbsSmall(a, b); ok {
		return k
	}
	e := min(a.exp, b.exp)
	x := new(big.Int).Mul(&a.coeff, pow10(a.exp-e))
	y := new(big.Int).Mul(&b.coeff, pow10(b.exp-e))
	return x.Cmp(y)
}

// compareTotal is the specification's total order, with abs comparing
// magnitudes (compare_total_mag).
func compareTotal(a, b *Value, abs bool) int {
	an, bn := a.neg && !abs, b.neg && !abs
	if an != bn {
		if an {
			return -1
		}
		return 1
	}
	r := compareTotalAbs(a, b)
	if an {
		return -r
	}
	return r
}

func rank(v *Value) int {
	switch v.form {
	case formFinite:
		return 0
	case formInfinite:
		return 1
	case formSNaN:
		return 2
	}
	return 3
}

func compareTotalAbs(a, b *Value) int {
	ra, rb := rank(a), rank(b)
	if ra != rb {
		if ra < rb {
			return -1
		}
		return 1
	}
	switch a.form {
	case formNaN, formSNaN:
		return a.coeff.Cmp(&b.coeff)
	case formInfinite:
		return 0
	}
	if m := compareAbs(a, b); m != 0 {
		return m
	}
	switch {
	case a.exp < b.exp:
		return -1
	case a.exp > b.exp:
		return 1
	}
	return 0
}

// minMax returns the larger (max) or smaller of a and b, by value or with
// mag by magnitude, as the specification's max, min, max-mag, min-mag:
// a quiet NaN loses to a number.
func (c *ctx) minMax(a, b *Value, isMax, mag bool) (*Value, int) {
	if a.form == formSNaN || b.form == formSNaN {
		return c.nanOf(a, b)
	}
	if a.isNaN() && !b.isNaN() {
		r := b.clone()
		return r, c.finish(r, false)
	}
	if b.isNaN() {
		if a.isNaN() {
			return c.nanOf(a, b)
		}
		r := a.clone()
		return r, c.finish(r, false)
	}
	var k int
	if mag {
		k = compareAbs(a, b)
	}
	if k == 0 {
		k = compare(a, b)
	}
	if k == 0 {
		k = compareTotal(a, b, false)
	}
	pick := a
	if (k < 0) == isMax {
		pick = b
	}
	if k == 0 {
		pick = a
	}
	r := pick.clone()
	return r, c.finish(r, false)
}

// quantize returns a rounded (under rounding) to b's exponent.
func (c *ctx) quantize(a, b *Value, rounding string) (*Value, int) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f
	}
	if a.form == formInfinite || b.form == formInfinite {
		if a.form == formInfinite && b.form == formInfinite {
			return newSpecial(formInfinite, a.neg), 0
		}
		return qnan(), fInvalid
	}
	e := b.exp
	if e > c.emax || e < c.etiny() {
		return qnan(), fInvalid
	}
	if a.coeff.Sign() != 0 && a.adjusted()-e+1 > c.prec {
		return qnan(), fInvalid // too many digits, known before computing them
	}
	if a.coeff.Sign() != 0 && a.exp-e > maxWorkPrec {
		return nil, fMemory
	}
	r, f := rescale(a, e, rounding)
	if r.coeff.Sign() != 0 && r.digits() > c.prec {
		return qnan(), fInvalid
	}
	if r.coeff.Sign() != 0 && r.adjusted() > c.emax {
		return qnan(), fInvalid
	}
	if r.coeff.Sign() != 0 && r.adjusted() < c.emin {
		f |= fSubnormal
		if f&fInexact != 0 {
			f |= fUnderflow
		}
	}
	if c.clamp && r.exp > c.etop() {
		// With clamp, the exponent folds down to Etop, padding the
		// coefficient with zeros.
		if r.coeff.Sign() != 0 {
			r.coeff.Mul(&r.coeff, pow10(r.exp-c.etop()))
		}
		r.exp = c.etop()
		f |= fClamped
	}
	return r, f
}

// rescale returns finite a at exponent e, rounding when e is larger.
func rescale(a *Value, e int64, rounding string) (*Value, int) {
	if r, f, ok := rescaleSmall(a, e, rounding); ok {
		return r, f
	}
	r := &Value{neg: a.neg, exp: e}
	if e <= a.exp {
		if a.coeff.Sign() != 0 {
			r.coeff.Mul(&a.coeff, pow10(a.exp-e))
		}
		return r, 0
	}
	if a.coeff.Sign() == 0 {
		return r, 0 // a zero loses no digits
	}
	q, inexact := dropDigits(&a.coeff, e-a.exp, a.neg, rounding, false)
	r.coeff.Set(q)
	f := fRounded
	if inexact {
		f |= fInexact
	}
	return r, f
}

// toIntegral rounds a to an integer under rounding; with exact it
// reports Rounded and Inexact, as to_integral_exact does.
func (c *ctx) toIntegral(a *Value, rounding string, exact bool) (*Value, int) {
	if r, f := c.nanOf(a); r != nil {
		return r, f
	}
	if a.form == formInfinite || a.exp >= 0 {
		return a.clone(), 0
	}
	r, f := rescale(a, 0, rounding)
	if !exact {
		f = 0
	}
	return r, f
}

// reduce strips trailing zeros (normalize).
func (c *ctx) reduce(a *Value) (*Value, int) {
	if r, f := c.nanOf(a); r != nil {
		return r, f
	}
	r := a.clone()
	f := c.finish(r, false)
	if r.form == formInfinite {
		return r, f
	}
	if r.coeff.Sign() == 0 {
		r.exp = 0
		return r, f
	}
	top := c.emax
	if c.clamp {
		top = c.etop()
	}
	r.reduceTo(top)
	return r, f
}

// nextToward returns the neighbour of a in direction dir (+1 or -1).
func (c *ctx) next(a *Value, dir int) (*Value, int) {
	if r, f := c.nanOf(a); r != nil {
		return r, f
	}
	if a.form == formInfinite {
		if a.neg == (dir < 0) {
			return a.clone(), 0
		}
		r := &Value{neg: a.neg, exp: c.etop()}
		r.coeff.Sub(pow10(c.prec), bigOne)
		return r, 0
	}
	// Add a tiny amount below Etiny and round toward dir.
	d := *c
	if dir > 0 {
		d.rounding = "ROUND_CEILING"
	} else {
		d.rounding = "ROUND_FLOOR"
	}
	tiny := &Value{neg: dir < 0, exp: c.etiny() - 1}
	tiny.coeff.SetInt64(1)
	r, _, err := d.add(a, tiny, false)
	if err != nil || r == nil {
		return a.clone(), 0
	}
	return r, 0
}

// nextToward steps a toward b.
func (c *ctx) nextToward(a, b *Value) (*Value, int) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f
	}
	k := compare(a, b)
	if k == 0 {
		r := a.clone()
		r.neg = b.neg
		return r, c.finish(r, false)
	}
	dir := -1
	if k < 0 {
		dir = 1
	}
	r, f := c.next(a, dir)
	if f != 0 || r.isNaN() {
		return r, f
	}
	// Unlike next_plus and next_minus, next_toward signals the
	// conditions of its result.
	switch {
	case r.form == formInfinite:
		f = fOverflow | fInexact | fRounded
	case r.adjusted() < c.emin:
		f = fSubnormal | fUnderflow | fInexact | fRounded
		if r.coeff.Sign() == 0 {
			f |= fClamped
		}
	}
	return r, f
}

// parseFloat is v's nearest float64.
func parseFloat(v *Value) (float64, error) {
	switch v.form {
	case formInfinite:
		if v.neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case formNaN, formSNaN:
		n := math.NaN()
		if v.neg {
			n = math.Copysign(n, -1)
		}
		return n, nil
	}
	if v.coeff.Sign() == 0 {
		if v.neg {
			return math.Copysign(0, -1), nil
		}
		return 0, nil
	}
	if v.adjusted() > 400 {
		if v.neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	}
	if v.adjusted() < -400 {
		if v.neg {
			return math.Copysign(0, -1), nil
		}
		return 0, nil
	}
	// pyutil.ParseFloat rounds any number of digits correctly.
	f, err := pyutil.ParseFloat(v.coeff.String() + "e" + strconv.FormatInt(v.exp, 10))
	if err != nil && f == 0 {
		return 0, err
	}
	if v.neg {
		f = -f
	}
	return f, nil
}

// fromFloat is the exact value of f.
func fromFloat(f float64) *Value {
	switch {
	case math.IsNaN(f):
		return &Value{form: formNaN, neg: math.Signbit(f)}
	case math.IsInf(f, 0):
		return &Value{form: formInfinite, neg: f < 0}
	}
	v := &Value{neg: math.Signbit(f)}
	if f == 0 {
		return v
	}
	frac, exp := math.Frexp(math.Abs(f))
	mant := int64(frac * (1 << 53))
	exp -= 53
	for mant&1 == 0 {
		mant >>= 1
		exp++
	}
	v.coeff.SetInt64(mant)
	if exp >= 0 {
		v.coeff.Lsh(&v.coeff, uint(exp))
	} else {
		v.coeff.Mul(&v.coeff, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-exp)), nil))
		v.exp = int64(exp)
	}
	return v
}

// hashModulus is sys.hash_info.modulus on 64-bit machines.
const hashModulus = 1<<61 - 1

// hash is CPython's numeric hash of finite v: equal to the hash of an
// int or float of the same value.
func hash(v *Value) int64 {
	if v.form == formInfinite {
		if v.neg {
			return -314159
		}
		return 314159
	}
	var c uint64
	if v.coeff.IsUint64() {
		c = v.coeff.Uint64() % hashModulus
	} else {
		c = new(big.Int).Mod(&v.coeff, bigHashModulus).Uint64()
	}
	base := uint64(10)
	if v.exp < 0 {
		base = inverseOfTen
	}
	r := int64(mulMod(c, powMod(base, uint64(abs64(v.exp)))))
	if v.neg {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r
}

// bigHashModulus is hashModulus as a big.Int, for coefficients wider
// than 64 bits.
var bigHashModulus = big.NewInt(hashModulus)

// inverseOfTen is 10's inverse modulo hashModulus (a prime, so
// 10**(hashModulus-2) by Fermat): 10**-e hashes as inverseOfTen**e.
var inverseOfTen = powMod(10, hashModulus-2)

// mulMod is a*b modulo hashModulus, for a and b below it: the product's
// bits above the 61st fold back onto the low ones, since 2**61 is 1
// modulo 2**61-1.
func mulMod(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	x := (lo & hashModulus) + (lo >> 61) + (hi << 3)
	x = (x & hashModulus) + (x >> 61)
	if x >= hashModulus {
		x -= hashModulus
	}
	return x
}

// powMod is b**e modulo hashModulus, for b below it.
func powMod(b, e uint64) uint64 {
	r := uint64(1)
	for ; e > 0; e >>= 1 {
		if e&1 != 0 {
			r = mulMod(r, b)
		}
		b = mulMod(b, b)
	}
	return r
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
