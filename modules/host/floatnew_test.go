package host_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFloatNewMessages compares float() of text with CPython 3.6: the
// value, or the exception and its message.
func TestFloatNewMessages(t *testing.T) {
	cases := []pyCase{
		{"word", `float("y")`},
		{"trailing junk", `float("1.5x")`},
		{"hex", `float("0x10")`},
		{"empty", `float("")`},
		{"blank", `float("  \t")`},
		{"quote in text", `float("it's")`},
		{"bytes", `float(b"y")`},
		{"bytes empty", `float(b"")`},
		{"underscore misplaced", `float("1__0")`},
		{"spaces around", `float(" 1.5 ")`},
		{"underscores", `float("1_000.5")`},
		{"inf", `float("-inf")`},
		{"bytes number", `float(b"2.5")`},
		{"bytearray number", `float(bytearray(b"2.5"))`},
		{"bytearray word", `float(bytearray(b"y"))`},
		{"no argument", `float()`},
		{"not text", `float([])`},
		{"__float__", `float(F())`},
		{"__float__ not a float", `float(G())`},
	}
	var src strings.Builder
	src.WriteString(showPrelude)
	src.WriteString("class F:\n    def __float__(self):\n        return 2.5\nclass G:\n    def __float__(self):\n        return 1\n")
	for i, c := range cases {
		fmt.Fprintf(&src, "_show(%q, lambda: %s)\n", fmt.Sprintf("case%d", i), c.expr)
	}
	want := caseLines(runCPython36(t, "float_messages", src.String()))
	gout, err := runGpython(t, src.String())
	require.NoError(t, err, "output:\n%s", gout)
	got := caseLines(gout)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			key := fmt.Sprintf("case%d", i)
			require.Contains(t, want, key)
			assert.Equal(t, want[key], got[key], c.expr)
		})
	}
}
