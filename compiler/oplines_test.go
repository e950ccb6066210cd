package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestApplyRaises checks the split text and its line map: each chain
// starts a line of its own, mapped with the lines it covers to its last
// operator's line, and the map never decreases.
func TestApplyRaises(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		out       string
		lines     []int // the map, from line 1
	}{
		{"none", "x = (a +\n b)\n", "x = (a +\n b)\n", nil},
		{"three operands", "x = (a +\n b +\n c)\n", "x = ( \\\na +\n b +\n c)\n", []int{1, 2, 2, 3, 4}},
		{"after a call", "print(1, (f() |\n 2 | 3))\n", "print(1, ( \\\nf() |\n 2 | 3))\n", []int{1, 2, 2, 3}},
		{"long left operand", "y = (a *\n b *\n\n c *\n d)\n", "y = ( \\\na *\n b *\n\n c *\n d)\n", []int{1, 4, 4, 4, 4, 5, 6}},
		{"nested at one token", "z = ((a +\n b +\n c) *\n d *\n e)\n", "z = ( \\\n( \\\na +\n b +\n c) *\n d *\n e)\n", []int{1, 4, 4, 4, 4, 4, 5, 6}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ck, err := check(tc.src, "<t>", py.ExecMode, false)
			require.NoError(t, err)
			p := &prepared{ck: ck, src: tc.src, out: tc.src, mode: py.ExecMode}
			p.raiseOperatorLines("<t>")
			assert.Equal(t, tc.out, p.out)
			if tc.lines == nil {
				assert.Nil(t, p.lines)
				return
			}
			got := make([]int, len(tc.lines))
			for i := range got {
				got[i] = p.lines.line(i + 1)
			}
			assert.Equal(t, tc.lines, got)
		})
	}
}

// TestRaiseSkipsScopes checks that a chain with a lambda or comprehension
// on a line it would raise is left as gpython numbers it.
func TestRaiseSkipsScopes(t *testing.T) {
	src := "y = [i for i in x] + \\\n [b] + \\\n []\n"
	ck, err := check(src, "<t>", py.ExecMode, false)
	require.NoError(t, err)
	p := &prepared{ck: ck, src: src, out: src, mode: py.ExecMode}
	p.raiseOperatorLines("<t>")
	assert.Equal(t, src, p.out)
	assert.Nil(t, p.lines)
}
