package decimal

import (
	"testing"

	"github.com/cockroachdb/apd/v3"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFinish checks the fitting of exact results to a context: rounding
// at prec digits, subnormal rounding at Etiny, overflow, clamping.
func TestFinish(t *testing.T) {
	def := &ctx{prec: 5, rounding: "ROUND_HALF_EVEN", emin: -10, emax: 10}
	clamp := &ctx{prec: 5, rounding: "ROUND_HALF_EVEN", emin: -10, emax: 10, clamp: true}
	down := &ctx{prec: 5, rounding: "ROUND_DOWN", emin: -10, emax: 10}
	tests := []struct {
		name   string
		c      *ctx
		in     string
		sticky bool
		want   string
		flags  int
	}{
		{"exact", def, "1.2345", false, "1.2345", 0},
		{"round half even down", def, "1.23445", false, "1.2344", fRounded | fInexact},
		{"round half even up", def, "1.23455", false, "1.2346", fRounded | fInexact},
		{"sticky breaks tie", def, "1.23445", true, "1.2345", fRounded | fInexact},
		{"rounded zeros", def, "1.00000", false, "1.0000", fRounded},
		{"carry", def, "9.99999", false, "10.000", fRounded | fInexact},
		{"overflow", def, "1E+11", false, "Infinity", fOverflow | fInexact | fRounded},
		{"overflow down", down, "1E+11", false, "9.9999E+10", fOverflow | fInexact | fRounded},
		{"subnormal exact", def, "1E-12", false, "1E-12", fSubnormal},
		{"subnormal rounded", def, "1.5E-14", false, "2E-14", fSubnormal | fRounded | fInexact | fUnderflow},
		{"underflow to zero", def, "1E-20", false, "0E-14", fSubnormal | fRounded | fInexact | fUnderflow | fClamped},
		{"zero clamped high", def, "0E+20", false, "0E+10", fClamped},
		{"zero clamped low", def, "0E-20", false, "0E-14", fClamped},
		{"clamp pads", clamp, "1E+10", false, "1.0000E+10", fClamped},
		{"nan payload cut", def, "NaN1234567", false, "NaN34567", 0},
		{"nan payload cut clamp", clamp, "NaN1234567", false, "NaN4567", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, perr := parse(tt.in)
			require.Nil(t, perr)
			f := tt.c.finish(v, tt.sticky)
			assert.Equal(t, tt.want, v.sci(true, false))
			assert.Equal(t, tt.flags, f)
		})
	}
}

// TestDivisionPaths checks that apd's division and the long division
// used beyond apd's precision agree.
func TestDivisionPaths(t *testing.T) {
	c := &ctx{prec: 40, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999}
	for _, p := range [][2]string{{"1", "7"}, {"2", "3"}, {"1", "4"}, {"100", "10"}, {"-12345.678", "0.0031"}, {"1E+5", "3E-7"}} {
		a, _ := parse(p[0])
		b, _ := parse(p[1])
		r1, f1, err := c.div(a, b)
		require.NoError(t, err)
		r2, f2, err := c.divLong(a, b, a.neg != b.neg)
		require.NoError(t, err)
		assert.Equal(t, r1.sci(true, false), r2.sci(true, false), "%s / %s", p[0], p[1])
		assert.Equal(t, f1, f2, "%s / %s", p[0], p[1])
	}
}

// TestLnHalley checks the logarithm used beyond apd's precision against
// apd's own at a precision both reach.
func TestLnHalley(t *testing.T) {
	for _, s := range []string{"2", "0.5", "12345.6789", "1.0000001", "9E+300", "3E-200", "0.99999999999999999999999", "1.000000000000000000000000000000000001"} {
		x, _, err := apd.NewFromString(s)
		require.NoError(t, err)
		wc, _ := wide(600, apd.RoundHalfEven)
		var want, got apd.Decimal
		_, err = wc.Ln(&want, x)
		require.NoError(t, err)
		_, err = lnHalley(wc, &got, x)
		require.NoError(t, err)
		assert.Equal(t, want.String(), got.String(), "ln(%s)", s)
	}
}
