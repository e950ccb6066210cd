package host_test

import "testing"

// The bytes and bytearray methods of bytesmore.go against CPython 3.6:
// padding, case changes, the is* predicates, translate and their argument
// errors, for both types (B is bytes, then bytearray).
func TestBytesMoreDiff(t *testing.T) {
	var cases []pyCase
	for _, typ := range []string{"bytes", "bytearray"} {
		b := func(lit string) string { return typ + "(" + lit + ")" }
		cases = append(cases, []pyCase{
			{typ + " capitalize", b(`b"hELLO wORLD"`) + `.capitalize()`},
			{typ + " center", b(`b"ab"`) + `.center(5, b"*")`},
			{typ + " center even", b(`b"abc"`) + `.center(6, b"*")`},
			{typ + " center bytearray fill", b(`b"x"`) + `.center(4, bytearray(b"-"))`},
			{typ + " center str fill", b(`b"x"`) + `.center(4, "-")`},
			{typ + " center long fill", b(`b"x"`) + `.center(4, b"--")`},
			{typ + " center float", b(`b"x"`) + `.center(2.0)`},
			{typ + " center keyword", b(`b"x"`) + `.center(width=3)`},
			{typ + " center no args", b(`b"x"`) + `.center()`},
			{typ + " center too many", b(`b"x"`) + `.center(1, b"x", 3)`},
			{typ + " ljust", b(`b"ab"`) + `.ljust(5, b".")`},
			{typ + " rjust", b(`b"ab"`) + `.rjust(5)`},
			{typ + " rjust short", b(`b"abc"`) + `.rjust(2)`},
			{typ + " zfill sign", b(`b"-42"`) + `.zfill(6)`},
			{typ + " zfill plus short", b(`b"+42"`) + `.zfill(2)`},
			{typ + " zfill plain", b(`b"abc"`) + `.zfill(6)`},
			{typ + " zfill empty", b(`b""`) + `.zfill(3)`},
			{typ + " zfill no args", b(`b""`) + `.zfill()`},
			{typ + " zfill keyword", b(`b""`) + `.zfill(width=3)`},
			{typ + " expandtabs", b(`b"a\tbc\td\n\tx"`) + `.expandtabs()`},
			{typ + " expandtabs 4 cr", b(`b"a\tbc\td\r\tx"`) + `.expandtabs(4)`},
			{typ + " expandtabs keyword", b(`b"a\tb"`) + `.expandtabs(tabsize=2)`},
			{typ + " expandtabs zero", b(`b"a\tb"`) + `.expandtabs(0)`},
			{typ + " expandtabs bad keyword", b(`b"a\tb"`) + `.expandtabs(x=1)`},
			{typ + " swapcase", b(`b"Hello World \xe9"`) + `.swapcase()`},
			{typ + " title", b(`b"hello wORLD it's 3rd"`) + `.title()`},
			{typ + " title arg", b(`b"a"`) + `.title(1)`},
			{typ + " isspace", `[` + b(`v`) + `.isspace() for v in (b"", b" \t\n\x0b\x0c\r", b" a")]`},
			{typ + " isspace arg", b(`b" "`) + `.isspace(1)`},
			{typ + " isalnum", `[` + b(`v`) + `.isalnum() for v in (b"", b"a1", b"a 1", b"\xe9")]`},
			{typ + " isalpha", `[` + b(`v`) + `.isalpha() for v in (b"", b"abC", b"ab1")]`},
			{typ + " isdigit", `[` + b(`v`) + `.isdigit() for v in (b"", b"123", b"12a")]`},
			{typ + " islower", `[` + b(`v`) + `.islower() for v in (b"", b"abc", b"aBC", b"123", b"a1")]`},
			{typ + " isupper", `[` + b(`v`) + `.isupper() for v in (b"", b"ABC", b"aBC", b"123", b"A1")]`},
			{typ + " istitle", `[` + b(`v`) + `.istitle() for v in (b"", b"Abc Def", b"Hello world", b"ABC", b"A1b", b"1")]`},
			{typ + " maketrans", typ + `.maketrans(b"abc", b"xyz")[95:101]`},
			{typ + " maketrans type", `type(` + typ + `.maketrans(b"", b""))`},
			{typ + " maketrans length", typ + `.maketrans(b"abc", b"xy")`},
			{typ + " maketrans str", typ + `.maketrans("abc", "xyz")`},
			{typ + " maketrans one arg", typ + `.maketrans(b"a")`},
			{typ + " translate", b(`b"hello"`) + `.translate(bytes.maketrans(b"lo", b"01"))`},
			{typ + " translate delete", b(`b"hello"`) + `.translate(None, b"lo")`},
			{typ + " translate delete keyword", b(`b"hello"`) + `.translate(None, delete=b"l")`},
			{typ + " translate short table", b(`b"hello"`) + `.translate(b"abc")`},
			{typ + " translate str table", b(`b"hello"`) + `.translate("a" * 256)`},
			{typ + " translate no args", b(`b"hello"`) + `.translate()`},
			{typ + " result type", `(type(` + b(`b"a"`) + `.zfill(3)), type(` + b(`b"a"`) + `.center(3)))`},
		}...)
	}
	diffCases36(t, "bytes_more", "", cases)
}
