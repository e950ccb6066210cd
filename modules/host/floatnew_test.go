package host_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
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
	src := pytesting.CaseScript(showPrelude+"class F:\n    def __float__(self):\n        return 2.5\nclass G:\n    def __float__(self):\n        return 1\n", cases)
	want := runCPython36(t, "float_messages", src)
	got, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, "output:\n%s", got)
	pytesting.CompareCases(t, cases, want, got)
}
