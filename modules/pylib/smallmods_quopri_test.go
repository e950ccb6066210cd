package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of quopri against CPython 3.6.

const quopriPrelude = pytesting.ShowRepr + `import quopri, io
def enc(data, *a, **kw):
    out = io.BytesIO()
    quopri.encode(io.BytesIO(data), out, *a, **kw)
    return out.getvalue()
def dec(data, **kw):
    out = io.BytesIO()
    quopri.decode(io.BytesIO(data), out, **kw)
    return out.getvalue()
`

var quopriCases = []pytesting.Case{
	{"encodestring plain", `quopri.encodestring(b"hello world")`},
	{"encodestring latin", `quopri.encodestring("h\xe9llo = w\xf6rld".encode("latin-1"))`},
	{"encodestring trailing space", `quopri.encodestring(b"end \nand tab\t\nlast ")`},
	{"encodestring quotetabs", `quopri.encodestring(b"a b\tc", quotetabs=True)`},
	{"encodestring header", `quopri.encodestring(b"a b_c=d", header=True)`},
	{"encodestring long line", `quopri.encodestring(b"x" * 200)`},
	{"encodestring long escaped", `quopri.encodestring(b"\xff" * 40)`},
	{"encodestring crlf", `quopri.encodestring(b"one\r\ntwo\r\n")`},
	{"encodestring dot line", `quopri.encodestring(b".\nFrom me\n")`},
	{"encodestring empty", `quopri.encodestring(b"")`},
	{"encodestring str", `quopri.encodestring("abc")`},
	{"decodestring", `quopri.decodestring(b"h=E9llo=20w=F6rld=\n next")`},
	{"decodestring lower hex", `quopri.decodestring(b"=e9=3d")`},
	{"decodestring bad escape", `quopri.decodestring(b"a=ZZb=4")`},
	{"decodestring header", `quopri.decodestring(b"a_b=5Fc", header=True)`},
	{"decodestring soft breaks", `quopri.decodestring(b"abc=\r\ndef=  \nghi")`},
	{"decodestring str", `quopri.decodestring("a=3Db")`},
	{"decodestring int", `quopri.decodestring(5)`},
	{"round trip", `all(quopri.decodestring(quopri.encodestring(bytes(range(i, i + 60)))) == bytes(range(i, i + 60)) for i in range(0, 190, 7))`},
	{"encode file", `enc(b"caf\xe9 \nbar\t\n", False)`},
	{"encode file quotetabs header", `enc(b"a b_c\td", True, header=True)`},
	{"encode arity", `quopri.encode(io.BytesIO(b""), io.BytesIO())`},
	{"decode file", `dec(b"caf=E9 =\nbar")`},
	{"decode file header", `dec(b"a_b", header=True)`},
	{"decode text input", `quopri.decode(io.StringIO("x"), io.BytesIO())`},
	{"needsquoting", `[(c, quopri.needsquoting(c, False, False), quopri.needsquoting(c, True, False), quopri.needsquoting(c, False, True)) for c in (b" ", b"\t", b"_", b"=", b"a", b"~", b"\x7f", b"\x1f")]`},
	{"quote", `(quopri.quote(b"="), quopri.quote(b"\xff"), quopri.quote(b"\n"))`},
	{"quote str", `quopri.quote("a")`},
	{"ishex", `[quopri.ishex(c) for c in (b"a", b"G", b"F", b"9", b"ab", b"")]`},
	{"unhex", `(quopri.unhex(b"ff"), quopri.unhex(b"1A"), quopri.unhex(b""), quopri.unhex(b"00c0"))`},
	{"unhex bad", `quopri.unhex(b"zz")`},
	{"constants", `(quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.EMPTYSTRING, quopri.__all__)`},
}

func TestSmallmodsQuopri(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_quopri", quopriPrelude, quopriCases)
}
