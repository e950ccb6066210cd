package decimal

import "math/bits"

// 64-bit kernels for coefficients that fit in a machine word.
//
// Money-style work (prices of a few digits, quantities, totals) keeps
// every coefficient below 2**64; math/big answers the same questions
// with an allocation or more per step. Each kernel below computes
// exactly what its big.Int counterpart computes, and reports ok false
// where its operands or result do not fit, so that the caller takes the
// general path.

// pow10u64[i] is 10**i, for the powers that fit in 64 bits.
var pow10u64 = [20]uint64{
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000, 10000000000, 100000000000, 1000000000000,
	10000000000000, 100000000000000, 1000000000000000,
	10000000000000000, 100000000000000000, 1000000000000000000,
	10000000000000000000,
}

// digits64 is the number of decimal digits of u (1 for zero).
func digits64(u uint64) int64 {
	// bits.Len64(u)*1233>>12 is floor(log10(2**len)), which is the digit
	// count less one or the digit count itself.
	t := bits.Len64(u) * 1233 >> 12
	if t < len(pow10u64) && u >= pow10u64[t] {
		t++
	}
	if t == 0 {
		return 1
	}
	return int64(t)
}

// small is v's coefficient when it fits in 64 bits.
func (v *Value) small() (uint64, bool) {
	if v.coeff.BitLen() > 64 {
		return 0, false
	}
	return v.coeff.Uint64(), true
}

// scale64 is u * 10**d when it is below limit.
func scale64(u uint64, d int64, limit uint64) (uint64, bool) {
	if d < 0 || d >= int64(len(pow10u64)) {
		return 0, false
	}
	hi, lo := bits.Mul64(u, pow10u64[d])
	if hi != 0 || lo >= limit {
		return 0, false
	}
	return lo, true
}

// dropDigits64 is dropDigits without sticky for a 64-bit coefficient:
// u with its drop lowest digits removed under rounding, and whether that
// was inexact; ok is false when drop is too large for the kernel.
func dropDigits64(u uint64, drop int64, neg bool, rounding string) (q uint64, inexact, ok bool) {
	if drop == 0 {
		return u, false, true
	}
	if drop > digits64(u) {
		inexact = u != 0
		if roundUpLast(rounding, 0, neg, -1, inexact) {
			return 1, inexact, true
		}
		return 0, inexact, true
	}
	if drop >= int64(len(pow10u64)) {
		return 0, false, false
	}
	p := pow10u64[drop]
	q, m := u/p, u%p
	inexact = m != 0
	half := 0 // m against p/2, as m against p-m (2m may not fit)
	switch {
	case m < p-m:
		half = -1
	case m > p-m:
		half = 1
	}
	if roundUpLast(rounding, q%10, neg, half, inexact) {
		q++
	}
	return q, inexact, true
}

// addSmall is c.add(a, b) for finite a and b whose coefficients are
// nonzero and fit in 64 bits (bneg is b's sign after sub), when their
// sum at the smaller exponent fits too and the general path would use
// no stand-in for a far smaller operand; ok is false otherwise.
func (c *ctx) addSmall(a, b *Value, bneg bool) (r *Value, flags int, ok bool) {
	ua, ok1 := a.small()
	ub, ok2 := b.small()
	if !ok1 || !ok2 || ua == 0 || ub == 0 {
		return nil, 0, false
	}
	adjA, adjB := a.exp+digits64(ua)-1, b.exp+digits64(ub)-1
	bigExp, bigAdj, smallAdj := a.exp, adjA, adjB
	if adjB > adjA {
		bigExp, bigAdj, smallAdj = b.exp, adjB, adjA
	}
	if smallAdj < min(bigExp, bigAdj-c.prec-1)-2 {
		return nil, 0, false
	}
	shift := min(a.exp, b.exp)
	const limit = 1 << 62 // two of them add up without overflow
	sa, ok1 := scale64(ua, a.exp-shift, limit)
	sb, ok2 := scale64(ub, b.exp-shift, limit)
	if !ok1 || !ok2 {
		return nil, 0, false
	}
	xa, xb := int64(sa), int64(sb)
	if a.neg {
		xa = -xa
	}
	if bneg {
		xb = -xb
	}
	sum := xa + xb
	r = &Value{neg: sum < 0, exp: shift}
	if sum < 0 {
		sum = -sum
	}
	r.setSmall(uint64(sum))
	if sum == 0 {
		r.neg = a.neg && bneg || a.neg != bneg && c.rounding == "ROUND_FLOOR"
	}
	return r, c.finish(r, false), true
}

// rescaleSmall is rescale for a 64-bit coefficient, when the result fits
// in 64 bits too; ok is false otherwise.
func rescaleSmall(a *Value, e int64, rounding string) (r *Value, flags int, ok bool) {
	u, fits := a.small()
	if !fits {
		return nil, 0, false
	}
	var q uint64
	if e <= a.exp {
		if q, ok = scale64(u, a.exp-e, ^uint64(0)); !ok {
			return nil, 0, false
		}
	} else if u != 0 {
		var inexact bool
		if q, inexact, ok = dropDigits64(u, e-a.exp, a.neg, rounding); !ok {
			return nil, 0, false
		}
		flags = fRounded
		if inexact {
			flags |= fInexact
		}
	}
	return newSmall(a.neg, e, q), flags, true
}

// compareAbsSmall compares |a| and |b|, finite and nonzero with the same
// adjusted exponent, when both coefficients fit in 64 bits.
func compareAbsSmall(a, b *Value) (int, bool) {
	ua, ok1 := a.small()
	ub, ok2 := b.small()
	if !ok1 || !ok2 {
		return 0, false
	}
	e := min(a.exp, b.exp)
	da, db := a.exp-e, b.exp-e
	if da >= int64(len(pow10u64)) || db >= int64(len(pow10u64)) {
		return 0, false
	}
	ha, la := bits.Mul64(ua, pow10u64[da])
	hb, lb := bits.Mul64(ub, pow10u64[db])
	switch {
	case ha < hb || ha == hb && la < lb:
		return -1, true
	case ha > hb || ha == hb && la > lb:
		return 1, true
	}
	return 0, true
}
