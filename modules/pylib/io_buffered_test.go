package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of io.BufferedReader, BufferedWriter and
// BufferedRandom over raw streams that are not files (BytesIO, a
// script's RawIOBase subclasses), RawIOBase.read/readall, and
// TextIOWrapper over them, against CPython 3.6.

const ioBufferedPrelude = pytesting.ShowRepr + `import io
B = io.BufferedReader
DATA = b"hello\nworld\nthird line\nno end"
def rd(size=4):
    return B(io.BytesIO(DATA), size)
class R(io.RawIOBase):
    def __init__(self, data, chunk=3):
        self.d = data
        self.p = 0
        self.c = chunk
    def readable(self):
        return True
    def readinto(self, buf):
        n = min(len(buf), self.c, len(self.d) - self.p)
        buf[:n] = self.d[self.p:self.p + n]
        self.p += n
        return n
class W(io.RawIOBase):
    def __init__(self):
        self.out = []
    def writable(self):
        return True
    def write(self, b):
        self.out.append(bytes(b))
        return len(b)
class Slow(R):
    def readinto(self, buf):
        if self.p % 2:
            self.p += 1
            return None
        return R.readinto(self, buf)
def closed(f):
    f.close()
    return f
def Try(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
class Counted(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.calls = []
    def read(self, n=None):
        res = super().read(n)
        self.calls.append(("read", len(res)))
        return res
    def readinto(self, b):
        res = super().readinto(b)
        self.calls.append(("readinto", res))
        return res
class CountedBytes(Counted):
    pass
class Liar(R):
    def writable(self):
        return True
    def seekable(self):
        return True
    def seek(self, pos, whence=0):
        return -123
    def tell(self):
        return -456
    def write(self, b):
        return len(b) * 2
class Flushed(R):
    flushed = 0
    def flush(self):
        self.flushed += 1
class Logged(io.IOBase):
    def __init__(self, fail=False):
        self.log = []
        self.fail = fail
    def flush(self):
        self.log.append("flush")
        if self.fail:
            raise OSError("flush failed")
class Chunks(io.RawIOBase):
    def __init__(self, parts):
        self.parts = list(parts)
    def readable(self):
        return True
    def read(self, n=-1):
        return self.parts.pop(0) if self.parts else b""
`

var ioBufferedCases = []pytesting.Case{
	{"peek", `rd().peek(2)`},
	{"read1", `(lambda b: (b.read1(3), b.read1(10), b.read1(0)))(rd())`},
	{"readline", `(lambda b: (b.readline(), b.tell(), b.read(3), b.tell()))(rd())`},
	{"seek and read all", `(lambda b: (b.read(5), b.seek(0), b.read(), b.read()))(rd())`},
	{"seek end", `(lambda b: (b.seek(-3, 2), b.read(10), b.tell()))(rd())`},
	{"seek relative", `(lambda b: (b.read(6), b.seek(2, 1), b.read(4), b.tell()))(rd())`},
	{"iterate", `(lambda b: (b.seek(2), list(b)))(rd())`},
	{"readlines", `rd().readlines()`},
	{"readline sizes", `(lambda b: (b.readline(3), b.readline(0), b.readline(100), b.readline(None)))(rd())`},
	{"readinto", `(lambda b, ba: (b.seek(1), b.readinto(ba), ba))(rd(), bytearray(8))`},
	{"readinto1", `(lambda b, ba: (b.readinto1(ba), ba))(rd(), bytearray(8))`},
	{"attributes", `(lambda b: (repr(b), b.readable(), b.writable(), b.seekable(), b.closed, type(b).__name__, isinstance(b, io.BufferedIOBase), isinstance(b, io.BufferedReader), isinstance(b, io.IOBase)))(rd())`},
	{"raw", `(lambda b: (b.raw.getvalue(), b.raw.tell()))(rd())`},
	{"write unsupported", `rd().write(b"x")`},
	{"bad whence", `rd().seek(0, 3)`},
	{"read negative", `rd().read(-2)`},
	{"read1 negative", `rd().read1(-1)`},
	{"read1 no arg", `rd().read1()`},
	{"seek float", `rd().seek(1.0)`},
	{"read str", `rd().read("x")`},
	{"zero buffer", `B(io.BytesIO(), 0)`},
	{"closed", `(lambda b: (b.closed, repr(b)))(closed(rd()))`},
	{"closed read", `closed(rd()).read()`},
	{"closed peek", `closed(rd()).peek()`},
	{"closed readline", `closed(rd()).readline()`},
	{"closed tell", `closed(rd()).tell()`},
	{"closed close", `closed(closed(rd())).closed`},
	{"raw subclass read", `B(R(b"abc\ndef\nghi")).read()`},
	{"raw subclass read n", `B(R(b"abc\ndef\nghi")).read(5)`},
	{"raw subclass lines", `list(B(R(b"abc\ndef\nghi")))`},
	{"raw subclass peek", `B(R(b"abc\ndef\nghi")).peek()`},
	{"raw subclass read1", `B(R(b"abc\ndef\nghi")).read1(10)`},
	{"raw subclass small buffer", `(lambda b: [b.read(2) for _ in range(7)])(B(R(b"abcdefghijk", 5), 2))`},
	{"raw read", `(R(b"abcdef").read(), R(b"abcdef").read(4), R(b"abcdef").readall(), R(b"").read())`},
	{"raw none", `(Slow(b"abcdef").read(2), Slow(b"abcdef").readall())`},
	{"buffered none", `(lambda b: (b.read(1), b.read(4), b.read1(4)))(B(Slow(b"abcdef")))`},
	{"not readable", `B(W())`},
	{"text over buffered", `io.TextIOWrapper(B(R("h\u00e9llo\nw\u00f6rld\n".encode()))).read()`},
	{"text lines", `list(io.TextIOWrapper(B(R(b"a\nb\n")), encoding="ascii"))`},
	{"writer buffering", `(lambda w: (lambda bw: (bw.write(b"abc"), list(w.out), bw.write(b"defgh"), list(w.out), bw.write(b"ij"), list(w.out), bw.flush(), list(w.out)))(io.BufferedWriter(w, 8)))(W())`},
	{"writer large", `(lambda w: (lambda bw: (bw.write(b"x" * 20), w.out, bw.write(b"y"), bw.flush(), w.out))(io.BufferedWriter(w, 8)))(W())`},
	{"writer bytesio", `(lambda bio: (lambda bw: (bw.write(b"hello"), bio.getvalue(), bw.flush(), bio.getvalue(), bw.tell(), bw.write(bytearray(b"!")), bw.write(memoryview(b"?")), bw.tell(), bw.raw is bio, bw.close(), bio.closed))(io.BufferedWriter(bio)))(io.BytesIO())`},
	{"writer str", `io.BufferedWriter(io.BytesIO()).write("str")`},
	{"writer read", `io.BufferedWriter(io.BytesIO()).read()`},
	{"writer flags", `(lambda bw: (bw.writable(), bw.readable(), repr(bw), isinstance(bw, io.BufferedWriter)))(io.BufferedWriter(io.BytesIO()))`},
	{"writer closed", `closed(io.BufferedWriter(io.BytesIO())).write(b"x")`},
	{"writer not writable", `io.BufferedWriter(R(b"x"))`},
	{"random", `(lambda br: (br.read(3), br.write(b"abc"), br.tell(), br.read(2), br.seek(0), br.read()))(io.BufferedRandom(io.BytesIO(b"0123456789")))`},
	{"random overwrite", `(lambda br: (br.write(b"ZZ"), br.read(3), br.raw.getvalue(), br.flush(), br.raw.getvalue()))(io.BufferedRandom(io.BytesIO(b"0123456789")))`},
	{"random append", `(lambda br: (br.seek(0, 2), br.write(b"END"), br.seek(0), br.read(), br.tell()))(io.BufferedRandom(io.BytesIO(b"0123456789")))`},
	{"random truncate", `(lambda br: (br.seek(2), br.truncate(), br.seek(0), br.read()))(io.BufferedRandom(io.BytesIO(b"0123456789")))`},
	{"random flags", `(lambda br: (br.readable(), br.writable(), br.seekable(), isinstance(br, io.BufferedRandom), repr(br)))(io.BufferedRandom(io.BytesIO()))`},
	{"random not seekable", `io.BufferedRandom(R(b"x"))`},
	{"detach", `(lambda b: (b.detach().getvalue(), repr(b)))(B(io.BytesIO(b"ab")))`},
	{"detached read", `(lambda b: (b.detach(), b.read()))(B(io.BytesIO(b"ab")))`},
	{"with", `(lambda b: [(f.read(), f is b) for f in [b.__enter__()]] + [b.__exit__(None, None, None), b.closed])(B(io.BytesIO(b"ctx\n")))`},
	{"files stay native", `(lambda f: (type(f).__name__, type(f) is io.BufferedReader, f.read(6), f.close()))(open(__import__("os").devnull, "rb"))`},
	{"reader raw calls", `(lambda r: (lambda b: (b.read(1), b.read(2), b.read(4), b.read(2), r.calls))(B(r, 4)))(Counted(b"abcdefghi"))`},
	{"readinto1 one raw read", `(lambda b, ba: (b.peek(1), b.readinto1(ba), bytes(ba), b.readinto1(ba), bytes(ba)))(B(R(b"abcdefghij", 3), 10), bytearray(2))`},
	{"readinto big", `(lambda b, ba: (b.peek(1), b.readinto1(ba), bytes(ba[:6])))(B(R(b"abcdefghij", 3), 4), bytearray(20))`},
	{"readinto array", `(lambda b, a: (b.readinto(a), a.tolist()))(B(io.BytesIO(b"\x01\x00\x00\x00\x02\x00\x00\x00")), __import__("array").array("i", [0, 0, 0]))`},
	{"raw bad seek", `B(Liar(b"abc")).seek(0)`},
	{"raw bad tell", `B(Liar(b"abc")).tell()`},
	{"raw bad write", `io.BufferedWriter(Liar(b""), 5).write(b"abcdef")`},
	{"reader close flushes raw", `(lambda r: (B(r).close(), r.flushed))(Flushed(b"x"))`},
	{"pair array write", `io.BufferedRWPair(R(b""), W()).write(__import__("array").array("i", range(10)))`},
	{"pair buffers writes", `(lambda w: (lambda p: (p.write(b"ab"), list(w.out), p.flush(), list(w.out), p.read(3), p.closed, p.close(), p.closed))(io.BufferedRWPair(R(b"xyz"), w, 8)))(W())`},
	{"pair readinto", `(lambda p, a: (p.readinto(a), p.readinto1(a), a))(io.BufferedRWPair(R(b"abcdefgh", 2), W()), bytearray(3))`},
	{"base close flushes", `(lambda s: (s.close(), s.log, s.closed))(Logged())`},
	{"base close flush fails", `(lambda s: (s.close(), s.closed))(Logged(fail=True))`},
	{"base close flush failed closed", `(lambda s: (Try(s.close), s.closed))(Logged(fail=True))`},
	{"bytesio subclass readinto", `(lambda b, ba: (b.readinto(ba), b.read1(2), b.calls))(CountedBytes(b"abcdef"), bytearray(3))`},
	{"text over raw", `(lambda t: (t.read(4), t.readline(), list(t)))(io.TextIOWrapper(Chunks([b"abc", b"def", b"ghi\njkl\nopq\n"]), encoding="ascii", newline="\n"))`},
	{"text write_through", `(lambda w: (lambda t: (t.write("1"), t.write("23\n4"), b"".join(w.out)))(io.TextIOWrapper(w, encoding="ascii", newline="\n", write_through=True)))(W())`},
	{"pickle buffered", `__import__("pickle").dumps(io.BufferedWriter(io.BytesIO()))`},
	{"io all", `sorted(io.__all__)`},
	{"fileio readline write-only", `(lambda f: (Try(f.readline), Try(f.readlines), f.close()))(open(__import__("os").devnull, "wb", buffering=0))`},
	{"fileio stays native", `(lambda f: (type(f) is io.BufferedReader, f.read(), f.close()))(io.BufferedReader(io.FileIO(__import__("os").devnull)))`},
}

func TestIOBufferedDifferential(t *testing.T) {
	pytesting.DiffCases(t, "io_buffered", ioBufferedPrelude, ioBufferedCases)
}
