package decimal

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The money loop's results cost one allocation each: a Value whose
// coefficient fits in 64 bits keeps it in its own word (setSmall).

func TestSmallResultsAllocateOnce(t *testing.T) {
	c := moneyCtx()
	x, y, cent := mustParseT(t, "123456.78"), mustParseT(t, "9.5"), mustParseT(t, "0.01")
	q := mustParseT(t, "47.115")
	for _, tc := range []struct {
		name string
		run  func()
	}{
		{"add", func() { _, _, _ = c.add(x, y, false) }},
		{"sub", func() { _, _, _ = c.add(x, y, true) }},
		{"mul", func() { _, _, _ = c.mul(x, y) }},
		{"quantize", func() { _, _ = c.quantize(q, cent, "ROUND_HALF_UP") }},
		{"parse", func() { _, _ = parse("47.115") }},
	} {
		assert.Equal(t, 1.0, testing.AllocsPerRun(100, tc.run), tc.name)
	}
}

func mustParseT(t *testing.T, s string) *Value {
	v, err := parse(s)
	require.Nil(t, err)
	return v
}

// TestMulSmallAgainstBig compares mul's 64-bit product with big.Int's,
// across the limit where the product needs more than 64 bits.
func TestMulSmallAgainstBig(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	c := &ctx{prec: 60, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999}
	for i := 0; i < 20000; i++ {
		a, b := randomSmall(r), randomSmall(r)
		got, f, err := c.mul(a, b)
		require.NoError(t, err)
		want := new(big.Int).Mul(&a.coeff, &b.coeff)
		require.Zero(t, want.Cmp(&got.coeff), "%v * %v", &a.coeff, &b.coeff)
		require.Equal(t, a.exp+b.exp, got.exp)
		require.Equal(t, a.neg != b.neg, got.neg)
		require.Zero(t, f)
	}
}

// TestSmallValueIsItsOwn checks that a value set by setSmall is not
// changed by arithmetic that reads it (its coefficient lives in it).
func TestSmallValueIsItsOwn(t *testing.T) {
	c := moneyCtx()
	a := newSmall(false, -2, ^uint64(0))
	b := newSmall(true, 0, 7)
	for i := 0; i < 3; i++ {
		_, _, _ = c.add(a, b, false)
		_, _, _ = c.mul(a, b)
		_, _ = c.quantize(a, b, "ROUND_UP")
	}
	assert.Equal(t, "18446744073709551615", a.coeff.String())
	assert.Equal(t, "7", b.coeff.String())
	d := a.clone()
	d.coeff.Add(&d.coeff, bigOne)
	assert.Equal(t, "18446744073709551615", a.coeff.String())
	assert.Equal(t, "18446744073709551616", d.coeff.String())
}

// TestPlainSmall checks str()'s one-allocation text of small values
// against the general formatting of the same value held as a big.Int
// wider than 64 bits (the same digits times 10**k at exponent exp-k
// print differently, so the comparison scales the expected text instead).
func TestPlainSmall(t *testing.T) {
	for _, tc := range []struct {
		neg  bool
		u    uint64
		exp  int64
		want string
		ok   bool
	}{
		{false, 0, 0, "0", true},
		{true, 0, -2, "-0.00", true},
		{false, 12345, -2, "123.45", true},
		{false, 1, -6, "0.000001", true},
		{false, 1, -7, "", false},
		{false, 12, -7, "0.0000012", true},
		{true, 999, -3, "-0.999", true},
		{false, ^uint64(0), -19, "1.8446744073709551615", true},
		{false, ^uint64(0), 0, "18446744073709551615", true},
		{false, 5, -19, "", false},
		{false, 0, -19, "0E-19", false},
	} {
		s, ok := plainSmall(tc.neg, tc.u, tc.exp)
		assert.Equal(t, tc.ok, ok, "%d %d", tc.u, tc.exp)
		if ok {
			assert.Equal(t, tc.want, s)
		}
		v := newSmall(tc.neg, tc.exp, tc.u)
		if tc.ok {
			assert.Equal(t, tc.want, v.sci(true, false))
		} else if tc.want != "" {
			assert.Equal(t, tc.want, v.sci(true, false))
		}
	}
}
