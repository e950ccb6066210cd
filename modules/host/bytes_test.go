package host_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

func TestBytesMethodsMatchCPython(t *testing.T) {
	cases := []pyCase{
		// decode
		{"decode default", `b"abc".decode()`},
		{"decode utf8 multibyte", `b"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80".decode("utf-8")`},
		{"decode alias utf8", `b"x".decode("utf8")`},
		{"decode alias UTF-8 upper", `b"x".decode("UTF-8")`},
		{"decode alias utf_8", `b"x".decode("utf_8")`},
		{"decode invalid start", `b"a\xffb".decode()`},
		{"decode truncated", `b"a\xe2\x82".decode()`},
		{"decode truncated 1", `b"\xe2".decode()`},
		{"decode bad continuation", `b"\xe2\x28\xa1".decode()`},
		{"decode bad continuation 2", `b"\xf0\x90\x28".decode()`},
		{"decode overlong", `b"\xc0\xaf".decode()`},
		{"decode surrogate", `b"\xed\xa0\x80".decode()`},
		{"decode above max", `b"\xf4\x90\x80\x80".decode()`},
		{"decode replace", `b"a\xffb\xe2\x82c\xed\xa0\x80".decode("utf-8", "replace")`},
		{"decode ignore", `b"a\xffb\xe2\x82c".decode("utf-8", "ignore")`},
		{"decode kw errors", `b"a\xff".decode(errors="replace")`},
		{"decode kw encoding", `b"a\xff".decode(encoding="latin-1")`},
		{"decode ascii", `b"abc".decode("ascii")`},
		{"decode ascii error", `b"ab\x80c".decode("ascii")`},
		{"decode ascii replace", `b"ab\x80\x81c".decode("ascii", "replace")`},
		{"decode ascii ignore", `b"ab\x80c".decode("ascii", "ignore")`},
		{"decode latin-1", `b"\xe9\xff\x00".decode("latin-1")`},
		{"decode latin1", `b"\xe9".decode("latin1")`},
		{"decode iso-8859-1", `b"\xe9".decode("iso-8859-1")`},
		{"decode unknown encoding", `b"x".decode("foo")`},
		{"decode encoding not str", `b"x".decode(1)`},
		{"decode unknown handler unused", `b"x".decode("utf-8", "bogus")`},
		{"decode unknown handler used", `b"\xff".decode("utf-8", "bogus")`},
		{"decode error attrs", `(lambda e: (e.start, e.end, e.reason, e.encoding))(_catch(lambda: b"ab\xff".decode()))`},
		// hex / fromhex
		{"hex", `b"\x00\x01\xfe\xff".hex()`},
		{"hex empty", `b"".hex()`},
		{"fromhex", `bytes.fromhex("00ff 10 Ab")`},
		{"fromhex on instance", `b"".fromhex("0a0b")`},
		{"fromhex odd", `bytes.fromhex("0")`},
		{"fromhex bad", `bytes.fromhex("0g")`},
		{"fromhex bad pos", `bytes.fromhex("00 1 ")`},
		{"fromhex not str", `bytes.fromhex(b"00")`},
		// split family
		{"split ws", `b"  a b\t\nc  ".split()`},
		{"split ws max", `b"  a b c  ".split(None, 1)`},
		{"split sep", `b"a,b,,c".split(b",")`},
		{"split sep max", `b"a,b,,c".split(b",", 2)`},
		{"split kw", `b"a,b,c".split(sep=b",", maxsplit=1)`},
		{"split empty sep", `b"abc".split(b"")`},
		{"split str sep", `b"abc".split(",")`},
		{"split empty", `b"".split()`},
		{"split ws max 0", `b" a b ".split(None, 0)`},
		{"rsplit ws max 0", `b" a b ".rsplit(None, 0)`},
		{"split maxsplit str", `b"a b".split(None, "1")`},
		{"split ws only", `b" \t ".split()`},
		{"rsplit sep none found", `b"abc".rsplit(b",")`},
		{"split empty sep given", `b"".split(b",")`},
		{"rsplit ws", `b"  a b c  ".rsplit()`},
		{"rsplit ws max", `b"  a b c  ".rsplit(None, 1)`},
		{"rsplit sep max", `b"a,b,,c".rsplit(b",", 2)`},
		{"rsplit multi sep", `b"a::b::c".rsplit(b"::", 1)`},
		{"splitlines", `b"a\nb\r\nc\rd\n".splitlines()`},
		{"splitlines keep", `b"a\nb\r\nc\rd".splitlines(True)`},
		{"splitlines kw", `b"a\n\nb".splitlines(keepends=True)`},
		{"partition", `b"a=b=c".partition(b"=")`},
		{"partition miss", `b"abc".partition(b"=")`},
		{"partition empty", `b"abc".partition(b"")`},
		{"rpartition", `b"a=b=c".rpartition(b"=")`},
		{"rpartition miss", `b"abc".rpartition(b"=")`},
		// join
		{"join", `b", ".join([b"a", b"b", b"c"])`},
		{"join empty", `b"-".join([])`},
		{"join generator", `b"".join(x for x in [b"a", b"b"])`},
		{"join bad item", `b"-".join([b"a", "b"])`},
		{"join bytearray item", `b"-".join([b"a", bytearray(b"b")])`},
		// search
		{"find", `b"hello".find(b"l")`},
		{"find miss", `b"hello".find(b"z")`},
		{"find int", `b"hello".find(108)`},
		{"find start", `b"hello".find(b"l", 3)`},
		{"find start end", `b"hello".find(b"l", 0, 2)`},
		{"find negative", `b"hello".find(b"l", -2)`},
		{"find empty past end", `b"abc".find(b"", 4)`},
		{"find empty at end", `b"abc".find(b"", 3)`},
		{"find None start", `b"abc".find(b"c", None, None)`},
		{"find str", `b"abc".find("a")`},
		{"find int range", `b"abc".find(300)`},
		{"rfind", `b"hello".rfind(b"l")`},
		{"rfind end", `b"hello".rfind(b"l", 0, 3)`},
		{"index", `b"hello".index(b"e")`},
		{"index miss", `b"hello".index(b"z")`},
		{"rindex miss", `b"hello".rindex(b"z")`},
		{"count", `b"aaaa".count(b"aa")`},
		{"count empty", `b"abc".count(b"")`},
		{"count range", `b"abcabc".count(b"a", 1)`},
		{"count int", `b"abcabc".count(98)`},
		{"startswith", `b"hello".startswith(b"he")`},
		{"startswith tuple", `b"hello".startswith((b"x", b"hel"))`},
		{"startswith start", `b"hello".startswith(b"ll", 2)`},
		{"startswith empty past end", `b"abc".startswith(b"", 4)`},
		{"startswith str", `b"hello".startswith("he")`},
		{"startswith tuple str", `b"hello".startswith(("he",))`},
		{"endswith", `b"hello".endswith(b"lo")`},
		{"endswith end", `b"hello".endswith(b"l", 0, 4)`},
		{"endswith miss", `b"hello".endswith(b"x")`},
		// strip, case, replace
		{"strip", `b" \t\nab c \r\x0b\x0c".strip()`},
		{"lstrip", `b"  ab  ".lstrip()`},
		{"rstrip", `b"  ab  ".rstrip()`},
		{"strip chars", `b"xxabyx".strip(b"xy")`},
		{"strip None", `b" a ".strip(None)`},
		{"strip str", `b" a ".strip(" ")`},
		{"lower", `b"AbC\xc3\x89".lower()`},
		{"upper", `b"aBc\xc3\xa9".upper()`},
		{"replace", `b"aaa".replace(b"a", b"b", 2)`},
		// class-call form
		{"class call find", `bytes.find(b"abc", b"c")`},
		{"class call decode", `bytes.decode(b"abc")`},
	}
	setup := `
def _catch(f):
    try:
        f()
    except Exception as e:
        return e
`
	diffCases(t, setup, cases)
}

// TestBytesHexSeparator: bytes.hex's separator arguments came with
// CPython 3.8 (3.6's hex takes none); a script written for 3.6 never
// passes them, so the later behaviour is kept, checked against 3.8's
// results.
func TestBytesHexSeparator(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`b"\x01\x02\x03".hex(":")`, "01:02:03"},
		{`b"\x01\x02\x03".hex(":", 2)`, "01:0203"},
		{`b"\x01\x02\x03\x04\x05".hex("-", -2)`, "0102-0304-05"},
		{`b"\x01\x02".hex(b" ")`, "01 02"},
		{`bytearray(b"\xff\x00").hex(".")`, "ff.00"},
		{`_catch(lambda: b"\x01".hex("ab"))`, "ValueError('sep must be length 1.',)"},
	} {
		out, err := pytesting.RunGuarded(t, `
def _catch(f):
    try:
        f()
    except Exception as e:
        return repr(e)
print(`+c.expr+`)`)
		require.NoError(t, err)
		assert.Equal(t, c.want, strings.TrimSpace(out), c.expr)
	}
}

// TestDecodeRandomMatchesCPython decodes pseudo-random byte strings, rich
// in UTF-8 lead and continuation bytes, with every error handler, and
// compares with CPython: it exercises the maximal-subpart rule that decides
// how many U+FFFD a broken sequence becomes and what the error reports.
func TestDecodeRandomMatchesCPython(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{'a', 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff}
	var cases []pyCase
	for i := 0; i < 150; i++ {
		b := make([]byte, 1+rng.IntN(6))
		for j := range b {
			b[j] = alphabet[rng.IntN(len(alphabet))]
		}
		lit := "b'" + fmt.Sprintf("%x", b) + "'"
		lit = fmt.Sprintf("bytes.fromhex(%s.decode())", lit)
		cases = append(cases,
			pyCase{fmt.Sprintf("%x strict", b), lit + `.decode("utf-8")`},
			pyCase{fmt.Sprintf("%x replace", b), lit + `.decode("utf-8", "replace")`},
			pyCase{fmt.Sprintf("%x ignore", b), lit + `.decode("utf-8", "ignore")`})
	}
	diffCases(t, "", cases)
}
