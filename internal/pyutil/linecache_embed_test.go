package pyutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// EmbedLazy reads the source only when a line is first asked for, once.
func TestLineCacheEmbedLazy(t *testing.T) {
	var c LineCache
	calls := 0
	c.EmbedLazy("<lazy>", func() string { calls++; return "a\nb\n" })
	require.Equal(t, 0, calls)
	line, ok := c.Line("<lazy>", 2)
	require.True(t, ok)
	require.Equal(t, "b", line)
	_, _ = c.Line("<lazy>", 1)
	require.Equal(t, 1, calls)
}
