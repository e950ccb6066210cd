package decimal

import (
	"testing"

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
