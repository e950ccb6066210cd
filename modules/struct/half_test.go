package pystruct

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHalfRoundTrip: every binary16 value converts to a float and back
// to the same bits (NaNs to the quiet NaN of the same sign).
func TestHalfRoundTrip(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		f := halfToFloat(uint16(h))
		got, ok := floatToHalf(f)
		assert.True(t, ok)
		if math.IsNaN(f) {
			assert.Equal(t, uint16(h)&0x8000|0x7e00, got, "NaN %#04x", h)
			continue
		}
		if got != uint16(h) {
			t.Fatalf("%#04x -> %v -> %#04x", h, f, got)
		}
	}
}

// TestFloatToHalf checks rounding and overflow at the edges.
func TestFloatToHalf(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want uint16
		ok   bool
	}{
		{"one", 1, 0x3c00, true},
		{"max", 65504, 0x7bff, true},
		{"below overflow", 65519.99, 0x7bff, true},
		{"overflow", 65520, 0, false},
		{"huge", 1e300, 0, false},
		{"smallest subnormal", math.Ldexp(1, -24), 0x0001, true},
		{"half subnormal ties to zero", math.Ldexp(1, -25), 0x0000, true},
		{"above half subnormal", math.Ldexp(1.0000001, -25), 0x0001, true},
		{"three halves ties to even", math.Ldexp(3, -25), 0x0002, true},
		{"subnormal to normal", math.Ldexp(1023.5, -24), 0x0400, true},
		{"tie to even down", 2049, 0x6800, true},
		{"tie to even up", 2051, 0x6802, true},
		{"negative zero", math.Copysign(0, -1), 0x8000, true},
		{"negative", -2, 0xc000, true},
		{"inf", math.Inf(-1), 0xfc00, true},
		{"float64 subnormal", 5e-324, 0x0000, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := floatToHalf(tc.in)
			assert.Equal(t, tc.ok, ok)
			if tc.ok {
				assert.Equal(t, tc.want, got)
			}
		})
	}
}

// TestParseFormat checks sizes, value counts and the native alignment.
func TestParseFormat(t *testing.T) {
	tests := []struct {
		format  string
		size    int
		nvalues int
		err     string
	}{
		{"", 0, 0, ""},
		{"ci", 8, 2, ""},
		{"<ci", 5, 2, ""},
		{"llh0l", 24, 3, ""},
		{"3x2s2p", 7, 2, ""},
		{"0s0p0i", 0, 2, ""},
		{"4b", 4, 4, ""},
		{"i\x00garbage", 4, 1, ""},
		{"z", 0, 0, "bad char in struct format"},
		{"<P", 0, 0, "bad char in struct format"},
		{"12", 0, 0, "repeat count given without format specifier"},
		{"99999999999999999999b", 0, 0, "total struct size too long"},
		{"9223372036854775807b9223372036854775807b", 0, 0, "total struct size too long"},
		{"b9223372036854775807q", 0, 0, "total struct size too long"},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			l, err := parseFormat(tc.format)
			if tc.err != "" {
				assert.ErrorContains(t, err, tc.err)
				return
			}
			if assert.NoError(t, err) {
				assert.Equal(t, tc.size, l.size)
				assert.Equal(t, tc.nvalues, l.nvalues)
			}
		})
	}
}
