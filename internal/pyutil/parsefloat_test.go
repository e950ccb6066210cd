package pyutil

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exactFloat is the double nearest the decimal text s, computed through an
// exact rational (big.Rat.Float64 rounds correctly), with ±Inf past the
// largest double as CPython's float() gives.
func exactFloat(t testing.TB, s string) float64 {
	r, ok := new(big.Rat).SetString(s)
	require.True(t, ok, s)
	f, _ := r.Float64()
	if f == 0 && strings.HasPrefix(s, "-") {
		return math.Copysign(0, -1)
	}
	return f
}

func TestParseFloatLongText(t *testing.T) {
	zeros := func(n int) string { return strings.Repeat("0", n) }
	cases := []struct {
		name, text string
		want       float64
	}{
		{"one, 10,000 zeros, e-10000", "1" + zeros(10000) + "e-10000", 1},
		{"one, 800 zeros, e-800", "1" + zeros(800) + "e-800", 1},
		{"fraction of 10,000 zeros, e10001", "0." + zeros(10000) + "1e10001", 1},
		{"negative zero of many digits", "-" + zeros(2000) + ".0", math.Copysign(0, -1)},
		{"all zeros with exponent", zeros(1000) + "e999999999999999999999", 0},
		{"overflow", "9" + zeros(1000), math.Inf(1)},
		{"negative overflow", "-1" + zeros(400) + "e-80", math.Inf(-1)},
		{"underflow", "1" + zeros(900) + "e-1500", 0},
		{"huge exponent digits", "1" + zeros(900) + "e-" + strings.Repeat("9", 50), 0},
		{"nines", "0." + strings.Repeat("9", 900), 1},
		{"short text", "2.5e-3", 0.0025},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseFloat(c.text)
			if math.IsInf(c.want, 0) {
				require.Error(t, err) // strconv's ErrRange, which callers turn into inf
				assert.Equal(t, c.want, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, math.Float64bits(c.want), math.Float64bits(got), "%g", got)
		})
	}
}

// TestParseFloatHalfway checks rounding decided past the 768th digit: the
// exact midpoint between 1.0 and the next double rounds to even (1.0),
// and any nonzero digit however far after it rounds up.
func TestParseFloatHalfway(t *testing.T) {
	mid := new(big.Float).SetPrec(200).SetFloat64(1)
	mid.Add(mid, new(big.Float).SetPrec(200).SetMantExp(big.NewFloat(1), -53))
	text := mid.Text('f', 60) // exact: 2**-53 has 53 decimal places
	text = strings.TrimRight(text, "0")
	for _, pad := range []int{0, 800, 5000} {
		even, err := ParseFloat(text + strings.Repeat("0", pad))
		require.NoError(t, err)
		assert.Equal(t, 1.0, even, "pad %d", pad)
		up, err := ParseFloat(text + strings.Repeat("0", pad) + "1")
		require.NoError(t, err)
		assert.Equal(t, math.Nextafter(1, 2), up, "pad %d", pad)
	}
}

func TestParseFloatNotDecimal(t *testing.T) {
	long := strings.Repeat("1", 900)
	for _, s := range []string{long + "x", long + "e", long + "e+", long + ".1.2", long + "e1e2", "." + long[:0], "inf", "nan", "0x1p3"} {
		want, wantErr := strconv.ParseFloat(s, 64)
		got, err := ParseFloat(s)
		assert.Equal(t, wantErr != nil, err != nil, s)
		if err == nil {
			assert.Equal(t, math.Float64bits(want), math.Float64bits(got), s)
		}
	}
}

// FuzzParseFloat compares ParseFloat with exact rational rounding on
// decimal texts of any length (exponents kept small enough for big.Rat).
func FuzzParseFloat(f *testing.F) {
	for _, s := range []string{"1", "0.5", "1" + strings.Repeat("0", 900) + "e-900", "17976931348623159077e289", "2.2250738585072011e-308"} {
		f.Add(s, uint16(0), int16(0))
	}
	f.Fuzz(func(t *testing.T, s string, pad uint16, exp int16) {
		if s == "" || strings.ContainsAny(s, "eExXpPnNiI_") {
			return
		}
		text := s + strings.Repeat("0", int(pad%3000)) + "e" + strconv.Itoa(int(exp%2000))
		if _, ok := new(big.Rat).SetString(text); !ok {
			return
		}
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return // not plain decimal to Go either
		}
		got, err := ParseFloat(text)
		want := exactFloat(t, text)
		if math.IsInf(want, 0) {
			require.Error(t, err, text)
		} else {
			require.NoError(t, err, text)
		}
		require.Equal(t, math.Float64bits(want), math.Float64bits(got), "%s: got %g want %g", text, got, want)
	})
}
