package pylib_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of gzip against CPython 3.6. Compressed bytes are
// compared where they do not depend on the time (mtime=0, or the header
// with its mtime field cut out); files live in a fresh directory.

const gzipPrelude = pytesting.ShowRepr + `import gzip, io, os, shutil, tempfile, zlib
D = tempfile.mkdtemp(prefix="gzip-")
def P(name):
    return os.path.join(D, name)
def gz(data, level=9, mtime=0):
    b = io.BytesIO()
    with gzip.GzipFile(fileobj=b, mode="wb", compresslevel=level, mtime=mtime) as f:
        n = f.write(data)
    return b.getvalue(), n
def rdr(data):
    return gzip.GzipFile(fileobj=io.BytesIO(data))
TEXT = b"".join(b"line %d of the test data\n" % i for i in range(200))
Z = gz(TEXT)[0]
def err_of(f):
    try:
        f()
    except OSError as e:
        return type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename)
def strip_time(blob):
    return blob[:4] + blob[8:]
`

var gzipCases = []pytesting.Case{
	{"header mtime 0", `gz(b"hello")[0][:10]`},
	{"whole member", `gz(b"hello")`},
	{"empty", `gz(b"")`},
	{"levels", `[gz(b"abc" * 100, level=l)[0] for l in (0, 1, 6, 9)]`},
	{"mtime header", `gz(b"x", mtime=1234567890)[0][:10]`},
	{"big roundtrip", `(len(Z), gzip.decompress(Z) == TEXT, Z == gz(TEXT)[0])`},
	{"compress", `(strip_time(gzip.compress(b"data")), strip_time(gzip.compress(b"data", 1)), gzip.decompress(gzip.compress(b"data")))`},
	{"decompress multi member", `gzip.decompress(gz(b"one ")[0] + gz(b"two")[0])`},
	{"decompress padding", `gzip.decompress(gz(b"one")[0] + b"\x00\x00\x00" + gz(b"two")[0])`},
	{"not gzipped", `gzip.decompress(b"xy not gzip")`},
	{"not gzipped one byte", `gzip.decompress(b"x")`},
	{"empty input", `gzip.decompress(b"")`},
	{"truncated", `gzip.decompress(Z[:40])`},
	{"truncated header", `gzip.decompress(Z[:5])`},
	{"bad crc", `gzip.decompress(Z[:-8] + b"\x00\x00\x00\x00" + Z[-4:])`},
	{"bad length", `gzip.decompress(Z[:-4] + b"\x00\x00\x00\x00")`},
	{"bad method", `gzip.decompress(b"\x1f\x8b\x07" + Z[3:])`},
	{"read sizes", `(lambda f: (f.read(5), f.read(0), f.tell(), len(f.read()), f.read(), f.tell()))(rdr(Z))`},
	{"readline", `(lambda f: (f.readline(), f.readline(4), f.readline(), f.tell()))(rdr(Z))`},
	{"iteration", `(lambda f: (len(list(f)), f.tell()))(rdr(Z))`},
	{"readlines", `rdr(gz(b"a\nb\nc")[0]).readlines()`},
	{"peek", `(lambda f: (f.peek(3)[:3], f.read(4), f.peek(1)[:2]))(rdr(Z))`},
	{"read1", `(lambda f: (f.read1(4), f.tell()))(rdr(Z))`},
	{"seek read", `(lambda f: (f.seek(100), f.read(10), f.seek(5), f.read(5), f.seek(3, 1), f.read(3), f.tell()))(rdr(Z))`},
	{"seek end", `rdr(Z).seek(0, 2)`},
	{"seek end offset", `(lambda f: (f.seek(-10, 2), f.read()))(rdr(Z))`},
	{"mtime attribute", `(lambda f: (f.mtime, f.read(1), f.mtime))(rdr(gz(b"ab", mtime=77)[0]))`},
	{"mode name", `(lambda f, g: (f.mode, g.mode, f.name, g.name, gzip.READ, gzip.WRITE))(rdr(Z), gzip.GzipFile(fileobj=io.BytesIO(), mode="wb"))`},
	{"write returns", `(lambda b: (lambda f: (f.write(b"abc"), f.write(bytearray(b"de")), f.write(memoryview(b"f")), f.write(b""), f.tell(), f.close(), gzip.decompress(b.getvalue())))(gzip.GzipFile(fileobj=b, mode="wb", mtime=0)))(io.BytesIO())`},
	{"write flush", `(lambda b: (lambda f: (f.write(b"abc"), f.flush(), len(b.getvalue()) > 10, f.close(), gzip.decompress(b.getvalue())))(gzip.GzipFile(fileobj=b, mode="wb", mtime=0)))(io.BytesIO())`},
	{"write seek", `(lambda b: (lambda f: (f.write(b"ab"), f.seek(5), f.seek(2, 1), f.close(), gzip.decompress(b.getvalue())))(gzip.GzipFile(fileobj=b, mode="wb", mtime=0)))(io.BytesIO())`},
	{"write negative seek", `(lambda f: (f.write(b"abc"), f.seek(1)))(gzip.GzipFile(fileobj=io.BytesIO(), mode="wb"))`},
	{"read on write", `gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").read()`},
	{"write on read", `rdr(Z).write(b"x")`},
	{"closed", `(lambda f: (f.close(), f.closed, f.close()))(rdr(Z))`},
	{"read closed", `(lambda f: (f.close(), f.read()))(rdr(Z))`},
	{"write closed", `(lambda f: (f.close(), f.write(b"x")))(gzip.GzipFile(fileobj=io.BytesIO(), mode="wb"))`},
	{"invalid mode", `gzip.GzipFile(fileobj=io.BytesIO(), mode="rt")`},
	{"invalid mode z", `gzip.GzipFile(fileobj=io.BytesIO(), mode="z")`},
	{"readable writable", `(lambda f, g: (f.readable(), f.writable(), f.seekable(), g.readable(), g.writable()))(rdr(Z), gzip.GzipFile(fileobj=io.BytesIO(), mode="wb"))`},
	{"context manager", `(lambda b: (gzip.GzipFile(fileobj=b, mode="wb", mtime=0).__enter__().write(b"q"),))(io.BytesIO())`},
	{"file with name header", `(lambda p: (lambda f: (f.write(b"named"), f.name == p, f.close(), open(p, "rb").read()[:20]))(gzip.GzipFile(p, "wb", mtime=0)))(P("named.txt.gz"))`},
	{"file name no gz", `(lambda p: (gzip.GzipFile(p, "wb", mtime=0).close(), open(p, "rb").read()))(P("plain"))`},
	{"file read back", `(lambda p: (lambda g: (g.read(), g.mtime, g.close()))(gzip.GzipFile(p)))(P("named.txt.gz"))`},
	{"open binary", `(lambda p: (gzip.open(p, "wb").write(b"x\ny\n"), 0))(P("o.gz"))`},
	{"open text", `(lambda p: (lambda w: (w.write("h\u00e9\nlo\n"), w.close()))(gzip.open(p, "wt", encoding="utf-8")))(P("t.gz"))`},
	{"open text read", `(lambda p: (lambda r: (r.read(), r.close()))(gzip.open(p, "rt", encoding="utf-8")))(P("t.gz"))`},
	{"open text lines", `(lambda p: (lambda r: (list(r), r.close()))(gzip.open(p, "rt", encoding="utf-8")))(P("t.gz"))`},
	{"open text bytes", `(lambda p: (lambda r: (r.read(), r.close()))(gzip.open(p, "rb")))(P("t.gz"))`},
	{"open fileobj", `(lambda b: (lambda f: (f.write(b"fo"), f.close(), gzip.decompress(b.getvalue())))(gzip.open(b, "wb")))(io.BytesIO())`},
	{"open mode errors", `[etype(lambda: gzip.open(P("e.gz"), "rbt")), etype(lambda: gzip.open(P("e.gz"), "rb", encoding="utf-8")), etype(lambda: gzip.open(P("e.gz"), "rb", errors="strict")), etype(lambda: gzip.open(P("e.gz"), "rb", newline="\n")), etype(lambda: gzip.open(1))]`},
	{"open missing", `err_of(lambda: gzip.open(P("missing.gz")))`},
	{"append member", `(lambda p: (gzip.open(p, "wb").close(), [(lambda a: (a.write(b"1"), a.close()))(gzip.open(p, "ab")), (lambda a: (a.write(b"2"), a.close()))(gzip.open(p, "ab"))], (lambda r: (r.read(), r.close()))(gzip.open(p))))(P("app.gz"))`},
	{"rewind", `(lambda f: (f.read(3), f.rewind(), f.read(3)))(rdr(Z))`},
	{"corrupt deflate", `gzip.decompress(Z[:10] + b"\xff" * 30)`},
	{"all header fields", `gzip.decompress(b"\x1f\x8b\x08\x1e" + Z[4:10] + b"\x03\x00abc" + b"name\x00" + b"note\x00" + b"\x00\x00" + Z[10:]) == TEXT`},
	{"truncated extra", `gzip.decompress(b"\x1f\x8b\x08\x04" + Z[4:10] + b"\x09\x00ab")`},
	{"name runs to end", `gzip.decompress(b"\x1f\x8b\x08\x08" + Z[4:10] + b"abc")`},
	{"truncated trailer", `gzip.decompress(Z[:-3])`},
	{"magic only", `gzip.decompress(b"\x1f\x8b")`},
	{"one magic byte", `gzip.decompress(b"\x1f")`},
	{"trailing garbage", `gzip.decompress(gz(b"a")[0] + b"garbage")`},
	{"trailing zeros only", `gzip.decompress(gz(b"a")[0] + b"\x00" * 5)`},
	{"large roundtrip", `(lambda d: (lambda c: (len(c), gzip.decompress(c) == d))(gz(d, level=1)[0]))(bytes(range(256)) * 4000)`},
	{"large read chunks", `(lambda f: [len(f.read(70000)) for _ in range(3)])(rdr(gz(b"z" * 150000)[0]))`},
	{"seek from end write", `gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").seek(0, 2)`},
	{"rewind write", `gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").rewind()`},
	{"peek write", `gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").peek(1)`},
	{"read1 write", `gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").read1(1)`},
	{"seek back", `(lambda f: (f.read(50), f.seek(10), f.read(5), f.seek(-3, 1), f.read(3)))(rdr(Z))`},
	{"seek past end", `(lambda f: (f.seek(10000), f.read(), f.tell()))(rdr(Z))`},
	{"read none", `len(rdr(Z).read(None))`},
	{"read1 all", `(lambda f: len(f.read1()) > 0)(rdr(Z))`},
	{"readline sized", `(lambda f: [f.readline(7) for _ in range(5)])(rdr(Z))`},
	{"readlines hint", `len(rdr(Z).readlines(60))`},
	{"multi member lines", `list(rdr(gz(b"a\nb")[0] + gz(b"c\nd\n")[0]))`},
	{"multi member seek", `(lambda f: (f.seek(2), f.read(3), f.seek(0), f.read()))(rdr(gz(b"abc")[0] + gz(b"def")[0]))`},
	{"compress str", `etype(lambda: gzip.compress("text"))`},
	{"decompress str", `etype(lambda: gzip.decompress("text"))`},
	{"write str", `(lambda f: etype(lambda: f.write("text")))(gzip.GzipFile(fileobj=io.BytesIO(), mode="wb"))`},
	{"open x exists", `(lambda p: (gzip.open(p, "wb").close(), err_of(lambda: gzip.open(p, "xb"))))(P("x.gz"))`},
	{"open x new", `(lambda p: (lambda f: (f.write(b"new"), f.close(), gzip.decompress(open(p, "rb").read())))(gzip.open(p, "x")))(P("x2.gz"))`},
	{"open text newline", `(lambda p: ((lambda w: (w.write("a\nb\n"), w.close()))(gzip.open(p, "wt", newline="\r\n")), gzip.open(p).read()))(P("nl.gz"))`},
	{"name from file", `(lambda p: (lambda r: (r.name == p, r.read(), r.close()))(gzip.GzipFile(fileobj=open(p, "rb"))))(P("named.txt.gz"))`},
	{"bytes filename", `(lambda p: (gzip.GzipFile(p, "wb", mtime=0).close(), open(p, "rb").read()[:16]))(P("bn.gz").encode())`},
	{"mode from fileobj", `(lambda p: (lambda f: (f.mode, f.close()))(gzip.GzipFile(fileobj=open(p, "rb"))))(P("named.txt.gz"))`},
	{"compresslevel bad", `etype(lambda: gzip.compress(b"x", 10))`},
	{"mtime float", `gz(b"x", mtime=12.9)[0][4:8]`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestGzipDifferential(t *testing.T) {
	prelude := gzipPrelude + `def etype(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
`
	pytesting.DiffCases(t, "gzip", prelude, gzipCases)
}

// FuzzGzipDecompress feeds arbitrary bytes to gzip.decompress and to a
// GzipFile read line by line: bad input may raise OSError, EOFError or
// zlib.error, nothing else, and must never panic or hang.
func FuzzGzipDecompress(f *testing.F) {
	var member bytes.Buffer
	w := gzip.NewWriter(&member)
	_, err := w.Write([]byte("hello\nfuzzing world\n"))
	require.NoError(f, err)
	require.NoError(f, w.Close())
	good := member.Bytes()
	f.Add(good)
	f.Add(append(append([]byte{}, good...), good...))
	f.Add(good[:len(good)-5])
	f.Add(good[:12])
	f.Add([]byte("\x1f\x8b\x08\x1e\x00\x00\x00\x00\x00\xff\x02\x00ab"))
	f.Add([]byte("not gzip"))
	f.Add([]byte{})
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4000 {
			return
		}
		src := "import gzip, io, zlib\nDATA = " + pyBytesLiteral(data) + "\n" +
			"try:\n    gzip.decompress(DATA)\nexcept (OSError, EOFError, zlib.error):\n    pass\n" +
			"try:\n    with gzip.GzipFile(fileobj=io.BytesIO(DATA)) as g:\n        for line in g:\n            pass\n" +
			"except (OSError, EOFError, zlib.error):\n    pass\n"
		_, err := shared.Run(t, src)
		require.NoError(t, err)
	})
}

// pyBytesLiteral spells b as a Python bytes literal of \x escapes.
func pyBytesLiteral(b []byte) string {
	var sb strings.Builder
	sb.WriteString(`b"`)
	for _, c := range b {
		fmt.Fprintf(&sb, `\x%02x`, c)
	}
	sb.WriteByte('"')
	return sb.String()
}
