package compiler

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestJumpTargetsSet checks the offsets jumpTargets finds, and that has
// answers false, never panics, outside the code.
func TestJumpTargetsSet(t *testing.T) {
	ins := []bcInstr{
		{off: 0, end: 3, op: fLOAD_CONST},
		{off: 3, end: 6, op: fPOP_JUMP_IF_FALSE, tgt: 12},
		{off: 6, end: 9, op: fLOAD_CONST},
		{off: 9, end: 12, op: fJUMP_ABSOLUTE, tgt: 0},
		{off: 12, end: 15, op: fLOAD_CONST},
	}
	targets := jumpTargets(ins)
	for _, c := range []struct {
		off  int
		want bool
	}{
		{0, true}, {12, true}, {3, false}, {6, false}, {9, false},
		{-1, false}, {13, false}, {15, false}, {1 << 20, false},
	} {
		require.Equal(t, c.want, targets.has(c.off), "offset %d", c.off)
	}
	require.False(t, jumpTargets(nil).has(0))
}
