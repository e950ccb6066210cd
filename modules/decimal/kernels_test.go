package decimal

import (
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The reference values below are CPython 3.6's, printed by its decimal
// module (libmpdec).

// TestCorrectlyRounded checks exp, ln, log10 and division at 60 and 40
// digits against CPython 3.6.
func TestCorrectlyRounded(t *testing.T) {
	c60 := &ctx{prec: 60, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999}
	c40 := &ctx{prec: 40, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999}
	unary := map[string]func(*ctx, *Value) (*Value, int, error){
		"exp": (*ctx).exp, "ln": (*ctx).ln, "log10": (*ctx).log10,
	}
	tests := []struct {
		c        *ctx
		op, a, b string
		want     string
	}{
		{c60, "ln", "10", "", "2.30258509299404568401799145468436420760110148862877297603333"},
		{c60, "exp", "1", "", "2.71828182845904523536028747135266249775724709369995957496697"},
		{c60, "ln", "2", "", "0.693147180559945309417232121458176568075500134360255254120680"},
		{c60, "log10", "2", "", "0.301029995663981195213738894724493026768189881462108541310427"},
		{c60, "exp", "-7.25", "", "0.000710174388842549063584600370577544408676302387361895885564452"},
		{c60, "ln", "1.000000000000000000000001", "", "9.99999999999999999999999500000000000000000000000333333333333E-25"},
		{c40, "div", "1", "7", "0.1428571428571428571428571428571428571429"},
		{c40, "div", "2", "3", "0.6666666666666666666666666666666666666667"},
		{c40, "div", "1", "4", "0.25"},
		{c40, "div", "100", "10", "10"},
		{c40, "div", "-12345.678", "0.0031", "-3982476.774193548387096774193548387096774"},
		{c40, "div", "1E+5", "3E-7", "333333333333.3333333333333333333333333333"},
	}
	for _, tt := range tests {
		t.Run(tt.op+" "+tt.a+" "+tt.b, func(t *testing.T) {
			a, perr := parse(tt.a)
			require.Nil(t, perr)
			var r *Value
			var err error
			if tt.op == "div" {
				b, perr := parse(tt.b)
				require.Nil(t, perr)
				r, _, err = tt.c.div(a, b)
			} else {
				r, _, err = unary[tt.op](tt.c, a)
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.sci(true, false))
		})
	}
}

// TestLn10Cache checks that ln(10) read from the cache at fewer bits
// agrees with a fresh computation at those bits, within the kernels'
// error bound.
func TestLn10Cache(t *testing.T) {
	wide := ln10Fixed(2000)
	small := ln10Fixed(300)
	fresh := atanhInv(3, 300)
	fresh.Mul(fresh, bigInt(6))
	fresh.Add(fresh, new(big.Int).Lsh(atanhInv(9, 300), 1))
	diff := new(big.Int).Sub(small, fresh)
	assert.LessOrEqual(t, diff.CmpAbs(bigInt(kernelErr)), 0, "ln10 at 300 bits differs by %s units", diff)
	assert.Equal(t, 0, new(big.Int).Rsh(wide, 1700).Cmp(small), "the cache keeps the leading bits")
}

func bigInt(n int64) *big.Int { return big.NewInt(n) }

// TestReduceTo checks the stripping of trailing zeros up to an ideal
// exponent.
func TestReduceTo(t *testing.T) {
	tests := []struct {
		in    string
		ideal int64
		want  string
	}{
		{"1.000", 0, "1"},
		{"1.000", -2, "1.00"},
		{"1" + strings.Repeat("0", 1000) + "E-1000", 0, "1"},
		{"1" + strings.Repeat("0", 37) + "1" + strings.Repeat("0", 300), 1000, "1." + strings.Repeat("0", 37) + "1E+338"},
		{"12300", 1, "1.230E+4"},
		{"0.000", 5, "0E+5"},
		{"7", 3, "7"},
	}
	for _, tt := range tests {
		v, perr := parse(tt.in)
		require.Nil(t, perr)
		v.reduceTo(tt.ideal)
		assert.Equal(t, tt.want, v.sci(true, false), "%.20s... to %d", tt.in, tt.ideal)
	}
}
