package pyutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFSNames(t *testing.T) {
	tests := []struct {
		name, system, text string
	}{
		{"ascii", "plain.txt", "plain.txt"},
		{"utf-8", "h\xc3\xa9llo", "h\xc3\xa9llo"},
		{"latin-1 byte", "a\xffb", "a\xed\xb3\xbfb"},                                        // a\udcffb
		{"lone continuation", "\x80", "\xed\xb2\x80"},                                       // \udc80
		{"encoded surrogate bytes", "\xed\xa0\x80", "\xed\xb3\xad\xed\xb2\xa0\xed\xb2\x80"}, // \udced\udca0\udc80
		{"truncated sequence", "x\xe2\x82", "x\xed\xb3\xa2\xed\xb2\x82"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.text, FSDecode(tc.system))
			name, _, ok := FSEncode(tc.text)
			assert.True(t, ok)
			assert.Equal(t, tc.system, name)
		})
	}
}

func TestFSEncodeRefusesOtherSurrogates(t *testing.T) {
	_, bad, ok := FSEncode("ab\xed\xa0\x80") // ab\ud800
	assert.False(t, ok)
	assert.Equal(t, 2, bad)
	_, bad, ok = FSEncode("\xc3\xa9\xed\xb2\x80\xed\xb0\x80") // é\udc80\udc00
	assert.False(t, ok)
	assert.Equal(t, 2, bad)
}

func FuzzFSNameRoundTrip(f *testing.F) {
	f.Add("a\xffb")
	f.Add("\xed\xa0\x80")
	f.Fuzz(func(t *testing.T, system string) {
		name, _, ok := FSEncode(FSDecode(system))
		if !ok || name != system {
			t.Fatalf("%q decoded and encoded again gives %q (ok %v)", system, name, ok)
		}
	})
}
