package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of bz2 and lzma against CPython 3.6: compressed bytes
// (both modules write the same bytes as the C libraries CPython uses),
// multi-stream data, the incremental objects' state, the file objects,
// and the exceptions for bad arguments and corrupt input.

const compressPrelude = pytesting.ShowRepr + `import bz2, lzma, io
DATA = b"".join(b"line %d of the data\n" % i for i in range(300))
BZ = bz2.compress(DATA)
XZ = lzma.compress(DATA)
F2 = {"id": lzma.FILTER_LZMA2, "preset": 1}
def drain(d, z, step):
    out = [d.decompress(z, step)]
    while not d.eof:
        out.append(d.decompress(b"", step))
    return b"".join(out) == DATA, d.needs_input, d.unused_data
def edges(dec, comp):
    data = b"x" * 1000 + bytes(range(256))
    z = comp(data)
    out = []
    for limit in (len(data), len(data) - 1, len(data) + 1, 0, 1):
        d = dec()
        first = d.decompress(z, limit)
        row = [len(first), d.needs_input, d.eof]
        if not d.eof:
            row += [len(d.decompress(b"", 5000)), d.needs_input, d.eof]
        out.append(row)
    d = dec()
    out.append(([len(d.decompress(z[:i], 10)) for i in (5, 30, 60)], d.needs_input))
    return out
def bzfile(z, **kw):
    return bz2.BZ2File(io.BytesIO(z), **kw)
def xzfile(z, **kw):
    return lzma.LZMAFile(io.BytesIO(z), **kw)
def written(cls, mode="w", **kw):
    b = io.BytesIO()
    with cls(b, mode, **kw) as f:
        f.write(b"first\n")
        f.writelines([b"second\n", b"x" * 5000])
        n = f.tell()
    return n, b.getvalue()
`

var bz2Cases = []pytesting.Case{
	{"compress bytes", `bz2.compress(b"hello hello hello")`},
	{"compress levels", `[bz2.compress(DATA, l)[:40] for l in (1, 5, 9)]`},
	{"roundtrip", `bz2.decompress(BZ) == DATA`},
	{"empty", `(bz2.compress(b""), bz2.decompress(b""), bz2.decompress(bz2.compress(b"")))`},
	{"multi stream", `bz2.decompress(bz2.compress(b"ab") + bz2.compress(b"cd"))`},
	{"trailing garbage", `bz2.decompress(bz2.compress(b"ab") + b"garbage")`},
	{"trailing zeros", `bz2.decompress(bz2.compress(b"ab") + b"\0\0\0")`},
	{"truncated", `bz2.decompress(BZ[:-10])`},
	{"bad magic", `bz2.decompress(b"BZh9garbage-garbage")`},
	{"not bz2", `bz2.decompress(b"xyz")`},
	{"corrupt block", `bz2.decompress(BZ[:30] + bytes(40) + BZ[70:])`},
	{"level zero", `bz2.BZ2Compressor(0)`},
	{"level ten", `bz2.compress(b"x", 10)`},
	{"level str", `bz2.BZ2Compressor("x")`},
	{"compressor incremental", `(lambda c: c.compress(b"abc") + c.compress(b"def") + c.flush())(bz2.BZ2Compressor(3))`},
	{"flush twice", `(lambda c: (c.flush(), c.flush()))(bz2.BZ2Compressor())`},
	{"compress after flush", `(lambda c: (c.flush(), c.compress(b"x")))(bz2.BZ2Compressor())`},
	{"compress str", `bz2.BZ2Compressor().compress("text")`},
	{"decompressor args", `bz2.BZ2Decompressor(1)`},
	{"decompressor state", `(lambda d: (d.eof, d.needs_input, d.unused_data, d.decompress(BZ[:50]), d.eof, d.needs_input))(bz2.BZ2Decompressor())`},
	{"unused data", `(lambda d: (d.decompress(bz2.compress(b"a") + b"tail"), d.eof, d.unused_data, d.needs_input))(bz2.BZ2Decompressor())`},
	{"after eof", `(lambda d: (d.decompress(bz2.compress(b"a")), d.decompress(b"x")))(bz2.BZ2Decompressor())`},
	{"max length", `drain(bz2.BZ2Decompressor(), BZ, 100)`},
	{"needs_input edges", `edges(bz2.BZ2Decompressor, bz2.compress)`},
	{"max length zero", `(lambda d: (d.decompress(BZ, 0), d.needs_input, len(d.decompress(b""))))(bz2.BZ2Decompressor())`},
	{"max length keyword", `len(bz2.BZ2Decompressor().decompress(BZ, max_length=7))`},
	{"decompressor corrupt", `bz2.BZ2Decompressor().decompress(b"BZh91AY&SY" + bytes(30))`},
	{"type names", `(type(bz2.BZ2Compressor()).__module__, type(bz2.BZ2Decompressor()).__name__)`},
	{"file write", `written(bz2.BZ2File)`},
	{"file read", `(lambda f: (f.readline(), f.read(5), f.tell(), f.peek()[:4], len(f.read()), f.tell(), f.read()))(bzfile(BZ))`},
	{"file iterate", `len(list(bzfile(BZ)))`},
	{"file readlines", `bzfile(bz2.compress(b"a\nb\nc")).readlines()`},
	{"file multi stream", `bzfile(bz2.compress(b"one\n") + bz2.compress(b"two\n")).read()`},
	{"file garbage after", `bzfile(bz2.compress(b"one") + b"junkjunk").read()`},
	{"file truncated", `bzfile(BZ[:-10]).read()`},
	{"file not bz2", `bzfile(b"not a bzip2 file").read()`},
	{"file seek", `(lambda f: (f.seek(100), f.read(10), f.seek(5), f.read(5), f.seek(-2, 1), f.read(2), f.seek(0, 2), f.tell()))(bzfile(BZ))`},
	{"file read1 readinto", `(lambda f, b: (len(f.read1(10)), f.readinto(b), bytes(b)))(bzfile(BZ), bytearray(6))`},
	{"file modes", `[(m, bz2.BZ2File(io.BytesIO(), m).writable()) for m in ("w", "wb", "a", "ab", "x", "xb")]`},
	{"file bad mode", `bz2.BZ2File(io.BytesIO(), "rw")`},
	{"file bad target", `bz2.BZ2File(42)`},
	{"file bad level", `bz2.BZ2File(io.BytesIO(), "w", compresslevel=0)`},
	{"file closed", `(lambda f: (f.close(), f.closed, f.close(), f.read()))(bzfile(BZ))`},
	{"file read on write", `bz2.BZ2File(io.BytesIO(), "w").read()`},
	{"file write on read", `bzfile(BZ).write(b"x")`},
	{"file seek on write", `bz2.BZ2File(io.BytesIO(), "w").seek(0)`},
	{"file flags", `(lambda r, w: (r.readable(), r.writable(), r.seekable(), w.readable(), w.writable(), w.seekable()))(bzfile(BZ), bz2.BZ2File(io.BytesIO(), "w"))`},
	{"open text", `bz2.open(io.BytesIO(bz2.compress("h\u00e9\nlo\n".encode("utf-8"))), "rt", encoding="utf-8").read()`},
	{"open text write", `(lambda b: ((lambda f: (f.write("ab\ncd"), f.close()))(bz2.open(b, "wt", encoding="ascii")), bz2.decompress(b.getvalue())))(io.BytesIO())`},
	{"open bad args", `bz2.open(io.BytesIO(), "rb", encoding="utf-8")`},
	{"open bad mode", `bz2.open(io.BytesIO(), "rtb")`},
}

var lzmaCases = []pytesting.Case{
	{"compress xz", `lzma.compress(b"abc")`},
	{"compress alone", `lzma.compress(b"abc", format=lzma.FORMAT_ALONE)`},
	{"compress raw", `lzma.compress(b"abc", format=lzma.FORMAT_RAW, filters=[F2])`},
	{"compress delta chain", `lzma.compress(b"abcabc", format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_DELTA, "dist": 2}, F2])`},
	{"compress checks", `[lzma.compress(b"abc", check=c)[:12] for c in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256)]`},
	{"compress presets", `[len(lzma.compress(DATA, preset=p)) for p in (0, 1, 6, 9 | lzma.PRESET_EXTREME)]`},
	{"compress filters xz", `lzma.compress(b"abc", filters=[{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20, "lc": 2, "pb": 1, "mode": lzma.MODE_FAST, "nice_len": 32, "mf": lzma.MF_HC4, "depth": 8}])`},
	{"roundtrip", `lzma.decompress(XZ) == DATA`},
	{"roundtrip raw", `lzma.decompress(lzma.compress(DATA, format=lzma.FORMAT_RAW, filters=[F2]), format=lzma.FORMAT_RAW, filters=[F2]) == DATA`},
	{"roundtrip alone", `lzma.decompress(lzma.compress(DATA, format=lzma.FORMAT_ALONE), format=lzma.FORMAT_ALONE) == DATA`},
	{"multi stream", `lzma.decompress(lzma.compress(b"ab") + lzma.compress(b"cd", format=lzma.FORMAT_ALONE))`},
	{"trailing garbage", `lzma.decompress(lzma.compress(b"ab") + b"junk")`},
	{"trailing zeros", `lzma.decompress(lzma.compress(b"ab") + bytes(4))`},
	{"empty", `lzma.decompress(b"")`},
	{"truncated", `lzma.decompress(XZ[:-5])`},
	{"garbage", `lzma.decompress(b"garbage data here")`},
	{"corrupt", `lzma.decompress(XZ[:40] + bytes(20) + XZ[60:])`},
	{"xz format on garbage", `lzma.LZMADecompressor(format=lzma.FORMAT_XZ).decompress(b"x" * 20)`},
	{"memlimit", `lzma.LZMADecompressor(memlimit=10).decompress(XZ)`},
	{"bad check", `lzma.LZMACompressor(check=99)`},
	{"bad preset", `lzma.LZMACompressor(preset=99)`},
	{"bad format", `lzma.LZMACompressor(format=9)`},
	{"bad decoder format", `lzma.LZMADecompressor(format=7)`},
	{"raw without filters", `lzma.LZMACompressor(format=lzma.FORMAT_RAW)`},
	{"raw decoder without filters", `lzma.LZMADecompressor(format=lzma.FORMAT_RAW)`},
	{"check with alone", `lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32)`},
	{"preset and filters", `lzma.LZMACompressor(preset=1, filters=[])`},
	{"alone chain", `lzma.LZMACompressor(format=lzma.FORMAT_ALONE, filters=[F2])`},
	{"memlimit raw", `lzma.LZMADecompressor(format=lzma.FORMAT_RAW, filters=[F2], memlimit=5)`},
	{"filters not raw", `lzma.LZMADecompressor(format=lzma.FORMAT_XZ, filters=[F2])`},
	{"too many filters", `lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=[F2] * 5)`},
	{"bad filter key", `lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "bogus": 1}])`},
	{"bad filter id", `lzma.LZMACompressor(filters=[{"id": 99}])`},
	{"filter without id", `lzma.LZMACompressor(filters=[{}])`},
	{"filter not dict", `lzma.LZMACompressor(filters=[1])`},
	{"filter preset", `lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "preset": 99}])`},
	{"delta bad key", `lzma.LZMACompressor(filters=[{"id": lzma.FILTER_DELTA, "x": 1}])`},
	{"bcj bad key", `lzma.LZMACompressor(filters=[{"id": lzma.FILTER_X86, "x": 1}])`},
	{"option range", `lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "dict_size": 2 ** 32}])`},
	{"lone delta", `lzma.LZMACompressor(filters=[{"id": lzma.FILTER_DELTA}])`},
	{"too many args", `lzma.LZMACompressor(1, 2, 3, 4, 5)`},
	{"bad keyword", `lzma.LZMACompressor(bogus=1)`},
	{"check supported", `[lzma.is_check_supported(c) for c in (0, 1, 4, 10, 15)]`},
	{"check supported str", `lzma.is_check_supported("a")`},
	{"encode props", `(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1}), lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2}), lzma._encode_filter_properties({"id": lzma.FILTER_DELTA, "dist": 3}))`},
	{"decode props", `(sorted(lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\0\0\x80\0").items()), lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x10"), lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x03"))`},
	{"decode bad props", `lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"")`},
	{"constants", `(lzma.CHECK_ID_MAX, lzma.CHECK_UNKNOWN, lzma.PRESET_EXTREME, lzma.PRESET_DEFAULT, lzma.FILTER_LZMA1, lzma.FILTER_SPARC, lzma.MODE_NORMAL, lzma.MF_BT4, lzma.FORMAT_RAW)`},
	{"error class", `(lzma.LZMAError.__module__, issubclass(lzma.LZMAError, Exception))`},
	{"decompressor check", `(lambda d: (d.check, d.decompress(lzma.compress(b"x", check=lzma.CHECK_SHA256)), d.check, d.eof))(lzma.LZMADecompressor())`},
	{"max length", `drain(lzma.LZMADecompressor(), XZ, 100)`},
	{"needs_input edges", `edges(lzma.LZMADecompressor, lzma.compress)`},
	{"unused data", `(lambda d: (d.decompress(lzma.compress(b"a") + b"tail"), d.unused_data, d.eof))(lzma.LZMADecompressor())`},
	{"after eof", `(lambda d: (d.decompress(lzma.compress(b"a")), d.decompress(b"x")))(lzma.LZMADecompressor())`},
	{"flush twice", `(lambda c: (len(c.flush()), c.flush()))(lzma.LZMACompressor())`},
	{"compress after flush", `(lambda c: (c.flush(), c.compress(b"x")))(lzma.LZMACompressor())`},
	{"file write", `written(lzma.LZMAFile, preset=1)`},
	{"file write alone", `written(lzma.LZMAFile, format=lzma.FORMAT_ALONE)`},
	{"file read", `(lambda f: (f.readline(), f.read(5), f.tell(), len(f.read()), f.seek(3), f.read(4), f.seek(0, 2)))(xzfile(XZ))`},
	{"file multi", `xzfile(lzma.compress(b"a\n") + lzma.compress(b"b\n")).readlines()`},
	{"file truncated", `xzfile(XZ[:-5]).read()`},
	{"file garbage", `xzfile(b"nothing like xz").read()`},
	{"file read check", `lzma.LZMAFile(io.BytesIO(), check=1)`},
	{"file read preset", `lzma.LZMAFile(io.BytesIO(), preset=1)`},
	{"file bad mode", `lzma.LZMAFile(io.BytesIO(), "q")`},
	{"file raw", `xzfile(lzma.compress(b"raw!", format=lzma.FORMAT_RAW, filters=[F2]), format=lzma.FORMAT_RAW, filters=[F2]).read()`},
	{"open text", `lzma.open(io.BytesIO(lzma.compress("x\u00e9\n".encode("utf-8"))), "rt", encoding="utf-8").read()`},
}

func TestBZ2Differential(t *testing.T) {
	pytesting.DiffCases(t, "bz2", compressPrelude, bz2Cases)
}

func TestLZMADifferential(t *testing.T) {
	pytesting.DiffCases(t, "lzma", compressPrelude, lzmaCases)
}

// FuzzCompressedFiles feeds arbitrary bytes to bz2 and lzma, one-shot and
// through the file objects: bad input may raise the modules' own
// exceptions (OSError, EOFError, ValueError, LZMAError), nothing else.
func FuzzCompressedFiles(f *testing.F) {
	f.Add([]byte("BZh91AY&SY\x00\x00\x00\x00"))
	f.Add([]byte("\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4F\x02\x00!\x01\x16\x00\x00\x00"))
	f.Add([]byte("]\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 2000 {
			return
		}
		src := "import bz2, lzma, io\nDATA = " + pyBytesLiteral(data) + "\n" +
			"for f in (bz2.decompress, lzma.decompress, lambda d: bz2.BZ2File(io.BytesIO(d)).read(), lambda d: list(lzma.LZMAFile(io.BytesIO(d)))):\n" +
			"    try:\n        f(DATA)\n    except (OSError, EOFError, ValueError, lzma.LZMAError):\n        pass\n"
		_, err := pytesting.RunGuarded(t, src)
		require.NoError(t, err)
	})
}
