package decimal

import (
	"math/big"
	"math/rand"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The 64-bit kernels (small.go) against the big.Int computations they
// stand for, on random operands around their limits.

func TestDigits64(t *testing.T) {
	for _, u := range []uint64{0, 1, 9, 10, 99, 100, 1<<63 - 1, 1 << 63, 9999999999999999999, 10000000000000000000, ^uint64(0)} {
		want := int64(len(strconv.FormatUint(u, 10)))
		assert.Equal(t, want, digits64(u), "%d", u)
		assert.Equal(t, want, numDigits(new(big.Int).SetUint64(u)), "%d", u)
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 10000; i++ {
		u := r.Uint64() >> uint(r.Intn(64))
		require.Equal(t, int64(len(strconv.FormatUint(u, 10))), digits64(u), "%d", u)
	}
}

// randomSmall is a finite value with a coefficient of up to 20 digits.
func randomSmall(r *rand.Rand) *Value {
	v := &Value{neg: r.Intn(2) == 0, exp: int64(r.Intn(41) - 20)}
	v.coeff.SetUint64(r.Uint64() >> uint(r.Intn(64)))
	return v
}

// TestAddSmall compares addSmall with the exact sum fitted by finish,
// which is what add computes when it uses no stand-in.
func TestAddSmall(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	roundings := []string{"ROUND_HALF_EVEN", "ROUND_FLOOR", "ROUND_UP", "ROUND_05UP"}
	taken := 0
	for i := 0; i < 20000; i++ {
		c := &ctx{prec: int64(1 + r.Intn(30)), rounding: roundings[r.Intn(len(roundings))], emin: -999999, emax: 999999}
		a, b := randomSmall(r), randomSmall(r)
		sub := r.Intn(2) == 0
		bneg := b.neg != sub
		got, gf, ok := c.addSmall(a, b, bneg)
		if !ok {
			continue
		}
		taken++
		shift := min(a.exp, b.exp)
		sum := a.signedAt(shift)
		y := b.clone()
		y.neg = bneg
		sum.Add(sum, y.signedAt(shift))
		want := &Value{neg: sum.Sign() < 0, exp: shift}
		want.coeff.Abs(sum)
		if want.coeff.Sign() == 0 {
			want.neg = a.neg && bneg || a.neg != bneg && c.rounding == "ROUND_FLOOR"
		}
		wf := c.finish(want, false)
		require.Equal(t, want.sci(false, false), got.sci(false, false), "%s + %s (sub %v) %+v", a.sci(false, false), b.sci(false, false), sub, c)
		require.Equal(t, wf, gf)
		require.Equal(t, want.neg, got.neg)
	}
	assert.Greater(t, taken, 1000)
}

// TestRescaleSmall compares rescaleSmall with the big.Int rounding.
func TestRescaleSmall(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	roundings := []string{"ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_HALF_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_05UP"}
	for i := 0; i < 20000; i++ {
		a := randomSmall(r)
		e := a.exp + int64(r.Intn(45)-22)
		rounding := roundings[r.Intn(len(roundings))]
		got, gf, ok := rescaleSmall(a, e, rounding)
		if !ok {
			continue
		}
		want := &Value{neg: a.neg, exp: e}
		wf := 0
		switch {
		case e <= a.exp:
			want.coeff.Mul(&a.coeff, pow10(a.exp-e))
		case a.coeff.Sign() != 0:
			q, inexact := dropDigits(&a.coeff, e-a.exp, a.neg, rounding, false)
			want.coeff.Set(q)
			wf = fRounded
			if inexact {
				wf |= fInexact
			}
		}
		require.Equal(t, want.coeff.String(), got.coeff.String(), "%s to exp %d %s", a.sci(false, false), e, rounding)
		require.Equal(t, wf, gf)
		require.Equal(t, want.exp, got.exp)
	}
}

// TestCompareAbsSmall compares compareAbsSmall with big.Int comparisons.
func TestCompareAbsSmall(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for i := 0; i < 20000; i++ {
		a := randomSmall(r)
		b := a.clone()
		// the same adjusted exponent, another digit count
		d := int64(r.Intn(5))
		b.exp -= d
		b.coeff.Mul(&b.coeff, pow10(d))
		b.coeff.Add(&b.coeff, big.NewInt(int64(r.Intn(3)-1)))
		if b.coeff.Sign() <= 0 || a.coeff.Sign() == 0 {
			continue
		}
		got, ok := compareAbsSmall(a, b)
		if !ok {
			continue
		}
		e := min(a.exp, b.exp)
		x := new(big.Int).Mul(&a.coeff, pow10(a.exp-e))
		y := new(big.Int).Mul(&b.coeff, pow10(b.exp-e))
		require.Equal(t, x.Cmp(y), got, "%s vs %s", a.sci(false, false), b.sci(false, false))
	}
}
