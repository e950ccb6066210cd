package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestComprehensionRewrites checks which comprehensions decode calls
// without a function object (MAKE_COMPREHENSION) and which list
// comprehensions get a sized list (BUILD_LIST_HINTED). What they do is
// the differential cases tests/lang/cases/misc/comprehension_inline.py
// and listcomp_hinted.py.
func TestComprehensionRewrites(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		comps  int  // MAKE_COMPREHENSION sites in the module code
		hinted bool // the first nested code opens with BUILD_LIST_HINTED
	}{
		{"list", "a = [x for x in y]", 1, true},
		{"set", "a = {x for x in y}", 1, false},
		{"dict", "a = {x: 1 for x in y}", 1, false},
		{"two", "a = [x for x in y]\nb = {x for x in y}", 2, true},
		{"filtered list", "a = [x for x in y if x]", 1, true},
		{"nested loops", "a = [x + z for x in y for z in x]", 1, true},
		{"generator expression", "a = list(x for x in y)", 0, false},
		{"lambda", "a = (lambda x: x)(1)", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			co, err := py.Compile(tc.src, "<test>", py.ExecMode, 0, true)
			require.NoError(t, err)
			c := decode(co)
			n := 0
			for _, in := range c.ins {
				if in.op == opMAKE_COMPREHENSION {
					n++
				}
			}
			assert.Equal(t, tc.comps, n)
			assert.Len(t, c.comps, tc.comps)
			for _, k := range co.Consts {
				if inner, ok := k.(*py.Code); ok {
					assert.Equal(t, tc.hinted, decode(inner).ins[0].op == opBUILD_LIST_HINTED)
					break
				}
			}
		})
	}
	// A comprehension closing over a local of its function is made by
	// MAKE_CLOSURE, and keeps its function object.
	co, err := py.Compile("def f(n):\n    return [x + n for x in range(n)]\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	fc := decode(co.Consts[0].(*py.Code))
	assert.Empty(t, fc.comps)
}
