package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConstStatementsDropped pins 3.6's co_consts for constant expression
// statements: dropped (bytes, ..., None, True, False, as numbers and str
// were), the def's None slot kept, folded expressions and the statements
// a jump ends (a and None) kept.
func TestConstStatementsDropped(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string
	}{
		{"def f():\n    b'x'\n    ...\n    return 5\n", "(None, 5)"},
		{"def f():\n    None\n    True\n    False\n", "(None,)"},
		{"def f():\n    None\n    -1\n    (1, 2)\n", "(None, 1, 2, -1, (1, 2))"},
		{"def f(a):\n    a and None\n", "(None,)"},
		{"def f(a):\n    a and b'y'\n", "(None, b'y')"},
		{"def f(a):\n    while a:\n        ...\n    return a\n", "(None,)"},
	} {
		co, err := Compile(c.src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err, "%q", c.src)
		f, ok := co.Consts[0].(*py.Code)
		require.True(t, ok, "%q", c.src)
		// Each item's repr: gpython's own tuple repr lacks the 1-tuple comma.
		r := "("
		for i, k := range f.Consts {
			s, err := py.ReprAsString(k)
			require.NoError(t, err)
			if i > 0 {
				r += ", "
			}
			r += s
		}
		if len(f.Consts) == 1 {
			r += ","
		}
		assert.Equal(t, c.want, r+")", "%q", c.src)
	}
}
