package decimal

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceHash is the numeric hash computed the long way with big.Int:
// coefficient * 10**exp modulo 2**61-1, a negative exponent through the
// modular inverse of 10**-exp.
func referenceHash(v *Value) int64 {
	p := big.NewInt(hashModulus)
	h := new(big.Int).Mod(&v.coeff, p)
	ex := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(v.exp)), p)
	if v.exp < 0 {
		ex.ModInverse(ex, p)
	}
	r := h.Mul(h, ex).Mod(h, p).Int64()
	if v.neg {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r
}

// TestHashMatchesBigIntReference checks the 64-bit modular arithmetic of
// hash against the big.Int computation, at the edges (coefficients at and
// past the modulus and 64 bits, huge exponents both ways) and at random.
func TestHashMatchesBigIntReference(t *testing.T) {
	texts := []string{"0", "-0", "1", "-1", "0.1", "-1.25", "1e-30", "7e100", "2305843009213693951",
		"2305843009213693952", "-2305843009213693950", "18446744073709551615", "18446744073709551616e-5",
		"123456789012345678901234567890123456789e-40", "9e999999999999999999", "3e-999999999999999999"}
	rng := rand.New(rand.NewSource(1))
	for range 500 {
		c := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(1+rng.Intn(200))))
		sign := ""
		if rng.Intn(2) == 0 {
			sign = "-"
		}
		texts = append(texts, sign+c.String()+"e"+big.NewInt(int64(rng.Intn(2000)-1000)).String())
	}
	for _, s := range texts {
		v, err := parse(s)
		require.Nil(t, err, s)
		assert.Equal(t, referenceHash(v), hash(v), s)
	}
}

// TestMulMod checks mulMod at the top of its range against big.Int.
func TestMulMod(t *testing.T) {
	p := big.NewInt(hashModulus)
	for _, pair := range [][2]uint64{{0, 0}, {1, hashModulus - 1}, {hashModulus - 1, hashModulus - 1}, {1 << 60, 1 << 60}, {123456789, 987654321987}} {
		want := new(big.Int).Mul(new(big.Int).SetUint64(pair[0]), new(big.Int).SetUint64(pair[1]))
		want.Mod(want, p)
		assert.Equal(t, want.Uint64(), mulMod(pair[0], pair[1]), "%d*%d", pair[0], pair[1])
	}
	assert.Equal(t, uint64(1), mulMod(10, inverseOfTen))
}
