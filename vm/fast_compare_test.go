package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFuseCompareJumps checks which comparisons decode fuses with the
// jump that follows them, and that a fused instruction keeps the jump's
// target and the comparison. Their behaviour (mixed types, rich
// comparisons returning non-bools, __bool__ raising, tracebacks) is the
// differential case tests/lang/cases/misc/compare_branch_fused.py.
func TestFuseCompareJumps(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		ifFalse int
		ifTrue  int
		plain   int // COMPARE_OP left as it is
	}{
		{"if", "if a < b:\n    x = 1\n", 1, 0, 0},
		{"while", "while i < n:\n    i += 1\n", 1, 0, 0},
		{"assert", "assert a == b\n", 0, 1, 0},
		{"if not: the peephole pass makes it POP_JUMP_IF_TRUE", "if not a == b:\n    x = 1\n", 0, 1, 0},
		{"elif", "if a < 1:\n    x = 1\nelif a > 2:\n    x = 2\n", 2, 0, 0},
		{"value", "x = a < b\n", 0, 0, 1},
		// gpython compiles these with JUMP_IF_FALSE_OR_POP: not fused.
		{"chained", "if a < b < c:\n    x = 1\n", 0, 0, 2},
		// The compiler threads the jumps of and/or as 3.6's peephole
		// does (compiler/jumpthread.go): each test ends in a
		// POP_JUMP_IF_*, fused.
		{"and", "if a < b and c:\n    x = 1\n", 1, 0, 0},
		{"or", "if a < b or c > d:\n    x = 1\n", 1, 1, 0},
		{"except", "try:\n    pass\nexcept E:\n    pass\n", 1, 0, 0},
		{"conditional expression", "x = 1 if a in b else 2\n", 1, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			co, err := py.Compile(tc.src, "<test>", py.ExecMode, 0, true)
			require.NoError(t, err)
			raw := decodeRaw(co)
			c := decode(co)
			require.Equal(t, len(raw), len(c.ins), "instruction indexes are kept")
			f, tr, plain := 0, 0, 0
			for i, in := range c.ins {
				switch in.op {
				case opCOMPARE_JUMP_IF_FALSE, opCOMPARE_JUMP_IF_TRUE:
					if in.op == opCOMPARE_JUMP_IF_FALSE {
						f++
						assert.Equal(t, byte(opPOP_JUMP_IF_FALSE), raw[i+1].op)
					} else {
						tr++
						assert.Equal(t, byte(opPOP_JUMP_IF_TRUE), raw[i+1].op)
					}
					assert.Equal(t, raw[i].arg, in.arg&0xf, "comparison")
					assert.Equal(t, raw[i+1].arg, in.arg>>4, "target")
					assert.Equal(t, byte(opNOP), c.ins[i+1].op)
				case opCOMPARE_OP:
					plain++
				}
			}
			assert.Equal(t, tc.ifFalse, f, "COMPARE_JUMP_IF_FALSE")
			assert.Equal(t, tc.ifTrue, tr, "COMPARE_JUMP_IF_TRUE")
			assert.Equal(t, tc.plain, plain, "COMPARE_OP")
		})
	}
}

// decodeRaw is co's instructions as decode makes them before fusing any.
func decodeRaw(co *py.Code) []instr {
	saved := fuseCompares
	fuseCompares = false
	defer func() { fuseCompares = saved }()
	return decode(co).ins
}
