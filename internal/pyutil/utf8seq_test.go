package pyutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUTF8Sequence: lengths and CPython's reasons for the sequence at the
// start of the input, with and without encoded surrogates allowed.
func TestUTF8Sequence(t *testing.T) {
	cases := []struct {
		in         string
		surrogates bool
		n          int
		reason     string
	}{
		{"a", false, 1, ""},
		{"é", false, 2, ""},
		{"€x", false, 3, ""},
		{"\U0001f512", false, 4, ""},
		{"\x80", false, 1, "invalid start byte"},
		{"\xc1\x81", false, 1, "invalid start byte"},
		{"\xc3", false, 1, "unexpected end of data"},
		{"\xe2\x82", false, 2, "unexpected end of data"},
		{"\xe0\x80\x80", false, 1, "invalid continuation byte"},
		{"\xe2\x82x", false, 2, "invalid continuation byte"},
		{"\xf4\x90\x80\x80", false, 1, "invalid continuation byte"},
		{"\xed\xa0\x80", false, 1, "invalid continuation byte"},
		{"\xed\xa0\x80", true, 3, ""},
		{"\xed\x9f\xbf", false, 3, ""},
	}
	for _, c := range cases {
		n, reason := UTF8Sequence(c.in, c.surrogates)
		assert.Equal(t, c.n, n, "%q %v", c.in, c.surrogates)
		assert.Equal(t, c.reason, reason, "%q %v", c.in, c.surrogates)
		bn, breason := UTF8Sequence([]byte(c.in), c.surrogates)
		assert.Equal(t, n, bn)
		assert.Equal(t, reason, breason)
	}
}
