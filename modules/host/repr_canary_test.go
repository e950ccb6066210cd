package host_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// TestMethodDescriptorRepr: a method taken from a built-in type reprs as
// CPython's method descriptors do (internal/pyrepr's method owners).
func TestMethodDescriptorRepr(t *testing.T) {
	for _, src := range []string{`print(repr(str.upper))`, `print(repr(list.append))`, `print(repr(int.bit_length))`, `print(repr(bytes.hex))`} {
		out, err := pytesting.RunGuarded(t, src)
		require.NoError(t, err)
		assert.Equal(t, strings.TrimSpace(runPython3(t, src)), strings.TrimSpace(out), src)
	}
}

// TestPercentFormatting pins what the project's loop fixed (str's %
// operator was gpython's String.M__mod__, formatting through Go's fmt):
// the text is CPython 3.6's, exceptions and the __str__/__repr__ of
// script classes included.
func TestPercentFormatting(t *testing.T) {
	cases := []struct{ name, expr string }{
		{"percent s 1-tuple", `"%s" % ((1,),)`},
		{"percent s list", `"%s" % ([1e16, (2,)],)`},
		{"percent s None", `"%s" % None`},
		{"percent s negative zero", `"%s" % -0.0`},
		{"percent s inf", `"%s" % float("inf")`},
		{"percent r str", `"%r" % "x"`},
		{"percent s exception", `"%s" % ValueError("x")`},
		{"percent r exception", `"%r" % (KeyError("k"),)`},
		{"percent s OSError", `"%s" % OSError(2, "gone", "f")`},
		{"percent s __str__", `"%s" % E("a")`},
		{"percent r __repr__", `"%r" % E("a")`},
	}
	var src strings.Builder
	src.WriteString("class E(Exception):\n    def __str__(self):\n        return 'E-str'\n    def __repr__(self):\n        return 'E-repr'\n")
	for i, c := range cases {
		fmt.Fprintf(&src, "print('case%d', %s)\n", i, c.expr)
	}
	want := pytesting.CaseLines(runCPython36(t, "percent_formatting", src.String()))
	out, err := pytesting.RunGuarded(t, src.String())
	require.NoError(t, err, "output:\n%s", out)
	got := pytesting.CaseLines(out)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			key := fmt.Sprintf("case%d", i)
			require.Contains(t, want, key)
			assert.Equal(t, want[key], got[key], c.expr)
		})
	}
}

// TestCanaryFStringMissing pins that gpython alone (without the project's
// compiler/, which this package does not link) does not parse f-strings;
// "{}".format(x) is the idiom, and renders through the fixed str/repr.
func TestCanaryFStringMissing(t *testing.T) {
	_, err := pytesting.Run(t, `x = (1,)
print(f"{x}")`)
	require.Error(t, err, "gpython itself now parses f-strings: remove this canary")
	assert.Contains(t, err.Error(), "SyntaxError")
	assert.Equal(t, "(1,) 1e+16\n", pytesting.MustRun(t, `print("{} {}".format((1,), 1e16))`))
}

// TestUncaughtExceptionLine: the last traceback line of an uncaught
// exception is CPython's, through pyutil.StrHook (set by pyrepr).
func TestUncaughtExceptionLine(t *testing.T) {
	_, err := pytesting.Run(t, `raise ValueError((1,), 1e16)`)
	require.Error(t, err)
	var b strings.Builder
	pyutil.PrintTraceback(&b, err)
	assert.Contains(t, b.String(), "ValueError: ((1,), 1e+16)\n")
}

// TestDunderReprAndInteractiveEcho pins what the project's loop fixed:
// __repr__/__str__ of built-in values called by name, and the echo of an
// expression statement in interactive mode (the REPL, doctest examples),
// give CPython's text.
func TestDunderReprAndInteractiveEcho(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`print((1,).__repr__())`, "(1,)"},
		{`print((1e16).__str__())`, "1e+16"},
		{`print([1e16, (2,)].__str__())`, "[1e+16, (2,)]"},
	} {
		out, err := pytesting.RunGuarded(t, c.src)
		require.NoError(t, err)
		assert.Equal(t, c.want, strings.TrimSpace(out), c.src)
		assert.Equal(t, c.want, strings.TrimSpace(runPython3(t, c.src)), "CPython's text")
	}
	var got []string
	old := vm.PrintExpr
	vm.PrintExpr = func(s string) { got = append(got, s) }
	defer func() { vm.PrintExpr = old }()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	for _, src := range []string{"(1,)", "1e16", "[0.5, (2,)]"} {
		_, err := py.RunSrc(ctx, src, "<stdin>", nil)
		require.NoError(t, err, src)
	}
	assert.Equal(t, []string{"(1,)", "1e+16", "[0.5, (2,)]"}, got)
}
