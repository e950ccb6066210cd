package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the file-object machinery bz2.BZ2File,
// lzma.LZMAFile and gzip.GzipFile share (Lib/modules/_compression.py):
// the same reads, line reads, seeks and state errors on each of the
// three, so that a change to the shared reader shows in every format.

const compressionStreamPrelude = pytesting.ShowRepr + `import bz2, gzip, io, lzma
TEXT = b"".join(b"row %d of the stream\n" % i for i in range(3000))
def gzc(data):
    b = io.BytesIO()
    with gzip.GzipFile(fileobj=b, mode="wb", mtime=0) as f:
        f.write(data)
    return b.getvalue()
PACK = {"bz2": bz2.compress, "xz": lzma.compress, "gz": gzc}
OPEN = {"bz2": lambda b: bz2.BZ2File(io.BytesIO(b)),
        "xz": lambda b: lzma.LZMAFile(io.BytesIO(b)),
        "gz": lambda b: gzip.GzipFile(fileobj=io.BytesIO(b))}
WRITER = {"bz2": lambda: bz2.BZ2File(io.BytesIO(), "w"),
          "xz": lambda: lzma.LZMAFile(io.BytesIO(), "w"),
          "gz": lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")}
def each(f, data=TEXT):
    out = []
    for k in ("bz2", "xz", "gz"):
        try:
            out.append((k, f(OPEN[k](PACK[k](data)))))
        except Exception as e:
            out.append((k, type(e).__name__, str(e)))
    return out
def each_writer(f):
    out = []
    for k in ("bz2", "xz", "gz"):
        try:
            out.append((k, f(WRITER[k]())))
        except Exception as e:
            out.append((k, type(e).__name__, str(e)))
    return out
def closed(f):
    f.close()
    return f
`

var compressionStreamCases = []pytesting.Case{
	{"read sizes", `each(lambda f: (f.read(0), f.read(7), len(f.read(70000)), f.tell(), len(f.read()), f.read(), f.tell()))`},
	{"read none", `each(lambda f: len(f.read(None)))`},
	{"read1", `each(lambda f: (f.read1(0), f.read1(5), f.tell(), len(f.read1()) > 0))`},
	{"readinto", `each(lambda f: (lambda b: (f.readinto(b), bytes(b), f.tell()))(bytearray(30)))`},
	{"readinto at end", `each(lambda f: (len(f.read()), f.readinto(bytearray(4))))`},
	{"peek", `each(lambda f: (f.peek(1)[:4], f.tell(), f.read(3), f.peek(1)[:2]))`},
	{"peek at end", `each(lambda f: (len(f.read()), f.peek(1)))`},
	{"readline", `each(lambda f: (f.readline(), f.readline(5), f.readline(0), f.readline(-1), f.tell()))`},
	{"readline index", `each(lambda f: f.readline(True))`},
	{"readline no newline", `each(lambda f: (f.readline(), f.readline(), f.readline()), b"a\nbc")`},
	{"readlines", `each(lambda f: (len(f.readlines()), f.readlines()))`},
	{"readlines hint", `each(lambda f: (f.readlines(30), f.tell()))`},
	{"iterate", `each(lambda f: (next(f), next(f), sum(1 for _ in f)))`},
	{"iterate empty", `each(lambda f: list(f), b"")`},
	{"seek forward", `each(lambda f: (f.seek(50000), f.read(12), f.tell()))`},
	{"seek back", `each(lambda f: (len(f.read(20000)), f.seek(10), f.read(12), f.seek(-5, 1), f.read(5)))`},
	{"seek end", `each(lambda f: (f.seek(0, 2), f.read(), f.seek(-8, 2), f.read()))`},
	{"seek past end", `each(lambda f: (f.seek(10 ** 6), f.read(), f.tell()))`},
	{"seek negative", `each(lambda f: (f.read(9), f.seek(-4), f.tell(), f.read(3)))`},
	{"seek bad whence", `each(lambda f: f.seek(0, 3))`},
	{"multi stream", `[(k, OPEN[k](PACK[k](b"one\ntw") + PACK[k](b"o\nthree\n")).readlines()) for k in ("bz2", "xz", "gz")]`},
	{"multi stream seek", `[(k, (lambda f: (f.seek(5), f.read(4), f.seek(1), f.read(3)))(OPEN[k](PACK[k](b"abcdef") + PACK[k](b"ghijkl")))) for k in ("bz2", "xz", "gz")]`},
	{"truncated start", `[(k, etype(lambda: OPEN[k](PACK[k](TEXT)[:-30]).read(20))) for k in ("bz2", "xz", "gz")]`},
	{"truncated read", `[(k, etype(lambda: OPEN[k](PACK[k](TEXT)[:-30]).read())) for k in ("bz2", "xz", "gz")]`},
	{"closed read", `each(lambda f: etype(lambda: closed(f).read()))`},
	{"closed readline", `each(lambda f: etype(lambda: closed(f).readline()))`},
	{"closed iter", `each(lambda f: etype(lambda: iter(closed(f))))`},
	{"closed peek", `each(lambda f: etype(lambda: closed(f).peek(1)))`},
	{"closed seek", `each(lambda f: etype(lambda: closed(f).seek(0)))`},
	{"closed tell", `each(lambda f: etype(lambda: closed(f).tell()))`},
	{"close twice", `each(lambda f: (f.close(), f.close(), f.closed))`},
	{"with", `each(lambda f: (f.__enter__() is f, f.read(4), f.__exit__(None, None, None), f.closed))`},
	{"writer read", `each_writer(lambda f: etype(lambda: f.read()))`},
	{"writer read1", `each_writer(lambda f: etype(lambda: f.read1(1)))`},
	{"writer readinto", `each_writer(lambda f: etype(lambda: f.readinto(bytearray(2))))`},
	{"writer peek", `each_writer(lambda f: etype(lambda: f.peek(1)))`},
	{"writer readline", `each_writer(lambda f: etype(lambda: f.readline()))`},
	{"writer readlines", `each_writer(lambda f: etype(lambda: f.readlines()))`},
	{"writer iterate", `each_writer(lambda f: etype(lambda: next(iter(f))))`},
	{"writer tell", `each_writer(lambda f: (f.write(b"abc"), f.tell()))`},
	{"writer close output", `[(k, (lambda b: (lambda f: (f.write(b"xyz" * 50), f.close(), f.closed, len(b.getvalue()) > 0))(c(b)))(io.BytesIO())) for k, c in (("bz2", lambda b: bz2.BZ2File(b, "w")), ("xz", lambda b: lzma.LZMAFile(b, "w")), ("gz", lambda b: gzip.GzipFile(fileobj=b, mode="wb")))]`},
	{"text lines", `[(k, list(io.TextIOWrapper(OPEN[k](PACK[k]("h\u00e9\nlo\n".encode("utf-8"))), "utf-8"))) for k in ("bz2", "xz", "gz")]`},
	{"gzip mtime after close", `(lambda f: (f.read(1), f.close(), f.mtime))(OPEN["gz"](PACK["gz"](b"ab")))`},
	{"size arguments", `[each(lambda f: etype(lambda: getattr(f, m)(a))) for m, a in (("read", 1.0), ("read", "1"), ("readline", None), ("readline", 1.0), ("readline", "x"), ("readlines", None), ("readlines", 1.0), ("read1", None), ("read1", 1.0), ("peek", None), ("peek", 1.5))]`},
	{"decompressed ahead", `each(lambda f: (f.read(1), f._buffer.raw.tell() <= 8193), b"\0" * 200000)`},
	{"writer has no _buffer", `[etype(lambda: WRITER[k]()._buffer) for k in ("bz2", "xz", "gz")]`},
	{"truncated trailer", `[(k, (lambda f: (len(f.read(len(TEXT))), etype(lambda: f.read(1))))(OPEN[k](PACK[k](TEXT)[:-8]))) for k in ("gz",)]`},
	{"empty mode", `[etype(lambda: bz2.BZ2File(io.BytesIO(PACK["bz2"](b"a")), "").read()), etype(lambda: lzma.LZMAFile(io.BytesIO(PACK["xz"](b"a")), "")), etype(lambda: lzma.open(io.BytesIO(), ""))]`},
	{"pickle codecs", `[(p, etype(lambda: __import__("pickle").dumps(c(), p))) for p in (0, 2) for c in (bz2.BZ2Compressor, bz2.BZ2Decompressor, lzma.LZMACompressor, lzma.LZMADecompressor)] + [etype(lambda: __import__("copy").copy(lzma.LZMADecompressor()))]`},
	{"lzma integer arguments", `[etype(lambda: lzma.LZMACompressor(preset=p)) for p in (4.39, "x", -1, 2 ** 32, 2 ** 70, 10)] + [etype(lambda: lzma.LZMADecompressor(memlimit=m)) for m in (7.3e9, -1, 2 ** 70)] + [etype(lambda: lzma.decompress(b"", format=lzma.FORMAT_RAW, filters={}))]`},
}

func TestCompressionStreamDifferential(t *testing.T) {
	prelude := compressionStreamPrelude + `def etype(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
`
	pytesting.DiffCases(t, "compression_stream", prelude, compressionStreamCases)
}
