package host_test

import (
	"fmt"
	"testing"
)

func TestStrEncodeMatchesCPython(t *testing.T) {
	cases := []pyCase{
		{"default", `"caf\xe9 \u20ac".encode()`},
		{"utf8 alias", `"\xe9".encode("utf8")`},
		{"ascii", `"abc".encode("ascii")`},
		{"ascii error", `"a\xe9b".encode("ascii")`},
		{"ascii error run", `"a\xe9\xe9b\u20ac".encode("ascii")`},
		{"ascii error astral", `"a\U0001f600".encode("ascii")`},
		{"ascii replace", `"a\xe9\u20acb".encode("ascii", "replace")`},
		{"ascii ignore", `"a\xe9\u20acb".encode("ascii", "ignore")`},
		{"latin-1", `"caf\xe9\xff".encode("latin-1")`},
		{"latin1 error", `"\u20ac".encode("latin1")`},
		{"iso-8859-1 replace", `"a\u20ac".encode("iso-8859-1", "replace")`},
		{"kw", `"\xe9".encode(encoding="latin-1", errors="strict")`},
		{"unknown", `"x".encode("rot13x")`},
		{"encoding type", `"x".encode(None)`},
		{"round trip", `"\u20ac\U0001f600".encode().decode()`},
		{"bytes ctor", `bytes("\xe9", "latin-1")`},
		{"bytes ctor ascii error", `bytes("\xe9", "ascii")`},
		{"bytes ctor no encoding", `bytes("x")`},
		{"str ctor decode", `str(b"caf\xc3\xa9", "utf-8")`},
		{"str ctor decode errors", `str(b"a\xff", "ascii", "replace")`},
		{"str ctor decode str", `str("x", "utf-8")`},
		{"str of bytes no encoding", `str(b"x")`},
	}
	diffCases(t, "", cases)
}

func TestStrFormatMatchesCPython(t *testing.T) {
	cases := []pyCase{
		{"auto", `"{} and {}".format(1, "x")`},
		{"indexed", `"{1} {0} {1}".format("a", "b")`},
		{"keyword", `"{name}={value}".format(name="k", value=3)`},
		{"mixed", `"{0} {x}".format(1, x=2)`},
		{"braces", `"{{}} {{{}}}".format(5)`},
		{"index field", `"{0[1]} {0[0]}".format(["a", "b"])`},
		{"dict field", `"{0[key]}".format({"key": "v"})`},
		{"attr field", `"{0.x}/{p.x}".format(p, p=p)`},
		{"conv r", `"{!r}".format("x")`},
		{"conv s", `"{0!s:>4}".format(1)`},
		{"conv a", `"{!a}".format("\xe9")`},
		{"bad conv", `"{!x}".format(1)`},
		{"single close", `"a}".format()`},
		{"single open", `"a{".format()`},
		{"unclosed", `"{0".format(1)`},
		{"index out of range", `"{1}".format(1)`},
		{"auto out of range", `"{} {}".format(1)`},
		{"missing key", `"{a}".format()`},
		{"auto then manual", `"{}{0}".format(1)`},
		{"manual then auto", `"{0}{}".format(1)`},
		{"nested spec", `"{:{}}".format(1, 4)`},
		{"nested spec named", `"{x:>{w}}".format(x="a", w=3)`},
		{"none", `"{}".format(None)`},
		{"none spec", `"{:>5}".format(None)`},
		{"list", `"{}".format([1, 2])`},
		{"exception", `"{}".format(ValueError("boom"))`},
		{"empty attribute", `"{0.}".format(1)`},
		{"conv r spec", `"{0!r:>10}|{0!s:=^9}".format("ab")`},
		{"bool d", `"{:d} {} {:>5}".format(True, False, True)`},
		{"bigint", `"{:,} {:x}".format(2**80, -2**70)`},
		{"unicode fill", `"{:€^7}".format("ab")`},
		{"class call", `str.format("{}-{}", 1, 2)`},
	}
	diffCases36(t, "str_format", "class P:\n    pass\np = P()\np.x = 7\n", cases)
}

// TestFormatSpecMatchesCPython checks the format spec mini-language across
// value types through format() and str.format.
func TestFormatSpecMatchesCPython(t *testing.T) {
	specs := []string{"", "s", "5", "<5", ">5", "^7", "*^9", "=+8", "05", "<05", "+", " ", "-",
		"#", ",", "_", ".2", ".3", ".1", ".0", "d", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
		"c", "010,", "08,", "09_x", "f", ".2f", "010.2f", ",.2f", ".0f", "#.0f", "F", "e", ".3e",
		".0e", "#.0e", "E", "g", ".10g", "G", "%", ".1%", "n", "z.1f", "+.1f", ">10", "=10",
		"<.3", "_b", ",x", "5.5.5", ".", ",_", "z", "q"}
	values := []string{`"ab"`, `"\xe9t\xe9"`, "0", "7", "-42", "1234567", "2**70", "True", "123.0", "1234567.891",
		"-0.0", "1e16", "1e-05", "0.5", "2.5", "-1.25", "float('inf')", "float('nan')", "65"}
	var cases []pyCase
	for _, s := range specs {
		for _, v := range values {
			cases = append(cases, pyCase{fmt.Sprintf("%q of %s", s, v), fmt.Sprintf("format(%s, %q)", v, s)})
		}
	}
	cases = append(cases, pyCase{"str.format spec", `"{:>8.2f}|{:<6}|{:^6}|{:+d}".format(3.14159, "ab", "c", 5)`})
	diffCases36(t, "format_spec", "", cases)
}
