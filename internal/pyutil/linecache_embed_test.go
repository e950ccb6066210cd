package pyutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLineCacheEmbed(t *testing.T) {
	var c LineCache
	_, ok := c.Line("<mod>", 1)
	assert.False(t, ok, "a <name> is no file")
	c.Embed("<mod>", "first\nsecond\r\nthird")
	cases := []struct {
		line int
		want string
		ok   bool
	}{
		{1, "first", true}, {2, "second", true}, {3, "third", true}, {0, "", false}, {4, "", false},
	}
	for _, tc := range cases {
		got, ok := c.Line("<mod>", tc.line)
		assert.Equal(t, tc.ok, ok, "line %d", tc.line)
		assert.Equal(t, tc.want, got, "line %d", tc.line)
	}
}
