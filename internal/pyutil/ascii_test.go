package pyutil

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsASCII(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"", true},
		{"abc", true},
		{strings.Repeat("x", 8), true},
		{strings.Repeat("x", 17), true},
		{"\x7f", true},
		{"\x80", false},
		{"é", false},
		{strings.Repeat("x", 7) + "é", false},     // the high byte in the first word
		{strings.Repeat("x", 8) + "µ", false},     // in the tail
		{strings.Repeat("x", 15) + "\xff", false}, // the last byte of the second word
		{"\xed\xb6\xa9" + strings.Repeat("y", 9), false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, IsASCII(c.s), "%q", c.s)
	}
}
