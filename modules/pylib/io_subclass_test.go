package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of classes derived from the io types against
// CPython 3.6: FileIO and the buffered types as bases (the class's
// overrides seen by callers, __enter__/__exit__ giving and closing the
// instance, __init__ with other arguments), BytesIO/StringIO/
// TextIOWrapper subclasses, and IOBase/RawIOBase methods built on a
// subclass's read, peek and readinto.

const ioSubclassPrelude = pytesting.ShowRepr + `import io, os, tempfile
_D = tempfile.mkdtemp()
P = os.path.join(_D, 'f.bin')
Q = os.path.join(_D, 'g.bin')
with open(P, 'wb') as _f:
    _f.write(b'line one\nline two\nthree')
class Unseek(io.FileIO):
    def seekable(self): return False
    def tell(self): raise io.UnsupportedOperation('no tell')
    def seek(self, *a): raise io.UnsupportedOperation('no seek')
class Named(io.FileIO):
    def __init__(self, path):
        super().__init__(path, 'rb')
        self.extra = 1
class Counting(io.FileIO):
    reads = 0
    def read(self, n=-1):
        self.reads += 1
        return super().read(n)
class Closer(io.FileIO):
    log = []
    def close(self):
        Closer.log.append(self.closed)
        super().close()
class Buf(io.BufferedReader): pass
class Upper(io.BufferedWriter):
    def write(self, data):
        return super().write(bytes(data).upper())
class BR(io.BufferedRandom): pass
class UpBytes(io.BytesIO):
    def write(self, b):
        return super().write(bytes(b).upper())
class Raw(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, buf):
        n = min(2, len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
class Lines(io.IOBase):
    def __init__(self, d): self.d = d; self.p = 0
    def readable(self): return True
    def read(self, n=-1):
        r = self.d[self.p:self.p + (1 if n < 0 else n)]
        self.p += len(r)
        return r
class Peek(Lines):
    def peek(self, n=0): return self.d[self.p:self.p + 3]
class Text(io.TextIOWrapper): pass
class Angle(io.StringIO):
    def getvalue(self): return '<' + super().getvalue() + '>'
def using(cls, path, fn, *args):
    f = cls(path, *args)
    try:
        return fn(f)
    finally:
        f.close()
def _err(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
def write_with(cls, data):
    with cls(io.FileIO(Q, 'w')) as w:
        for d in data:
            w.write(d)
    with open(Q, 'rb') as r:
        return r.read()
`

var ioSubclassCases = []pytesting.Case{
	{"override seekable", `using(Unseek, P, lambda f: f.seekable())`},
	{"override tell raises", `using(Unseek, P, lambda f: f.tell())`},
	{"base methods on instance", `using(Unseek, P, lambda f: (f.read(4), f.name == P, f.mode, f.closed, f.readable(), f.fileno() > 2))`},
	{"isinstance", `using(Unseek, P, lambda f: (isinstance(f, io.FileIO), isinstance(f, io.RawIOBase), isinstance(f, io.IOBase), issubclass(Unseek, io.IOBase)))`},
	{"with gives instance", `(lambda f: (type(f.__enter__()).__name__, f.readline(), f.__exit__(None, None, None), f.closed))(Unseek(P))`},
	{"own init arguments", `using(Named, P, lambda f: (f.extra, f.read(), f.mode))`},
	{"init error", `Named('no-such-file-here').read()`},
	{"override read called", `using(Counting, P, lambda f: (f.read(2), f.read(), f.reads))`},
	{"new without init", `(lambda x: (x.closed, repr(x)))(Unseek.__new__(Unseek))`},
	{"iterate", `using(Unseek, P, list)`},
	{"closed instance", `(lambda f: (f.close(), f.closed, repr(f)))(Unseek(P))`},
	{"read after close", `(lambda f: (f.close(), f.read()))(Unseek(P))`},
	{"enter after close", `(lambda f: (f.close(), f.__enter__()))(Unseek(P))`},
	{"exit calls overridden close", `(lambda f: (f.__exit__(None, None, None), Closer.log[-1:], f.closed))(Closer(P).__enter__())`},
	{"bad mode", `Unseek(P, 'q')`},
	{"buffered reader subclass", `(lambda b: (b.read(4), b.peek(1)[:1], b.readline(), type(b).__name__, repr(b) == '<Buf name=%r>' % P, b.close()))(Buf(io.FileIO(P)))`},
	{"buffered reader subclass with", `(lambda b: (lambda w: (type(w).__name__, w.read(), w.close(), w.closed))(b.__enter__()))(Buf(io.FileIO(P)))`},
	{"buffered writer override", `write_with(Upper, [b'abc', b'def'])`},
	{"buffered random subclass", `(write_with(io.BufferedWriter, [b'abcdef']), (lambda r: (r.seek(1), r.write(b'zz'), r.seek(0), r.read(), r.tell(), r.close()))(BR(io.FileIO(Q, 'r+'))))`},
	{"bytesio write override", `(lambda u: (u.write(b'hello'), u.getvalue(), u.writelines([b'ab']), u.getvalue()))(UpBytes())`},
	{"rawiobase readinto drives read", `(io.BufferedReader(Raw(b'abcdefg')).read(), Raw(b'abc').read(), Raw(b'abcde').readall(), Raw(b'abcde').read(3))`},
	{"rawiobase readline", `(Raw(b'xyz\nw').readline(), Raw(b'ab\ncd\n').readlines(), list(Raw(b'1\n2')))`},
	{"iobase readline from read", `(Lines(b'a\nbb\nccc').readline(), list(Lines(b'a\nbb\nccc')), Lines(b'a\nbb\n').readlines(), Lines(b'abc').readline(2))`},
	{"iobase readline with peek", `(Peek(b'abcd\nef').readline(), Peek(b'abcdef').readline(4), Peek(b'ab').readline(0))`},
	{"textiowrapper subclass", `(lambda t: (t.readlines(), type(t).__name__))(Text(io.BytesIO(b'x\ny\n'), encoding='ascii'))`},
	{"closed fileio argument errors first", `(lambda f: (f.close(), [_err(lambda: getattr(f, m)()) for m in ('write', 'writelines', 'seek', 'readinto')], _err(lambda: f.write(b''))))(io.FileIO(Q, 'w'))`},
	{"fileio blksize", `(lambda f: (f._blksize == os.fstat(f.fileno()).st_blksize, f.close()))(io.FileIO(P))`},
	{"closed buffered iter", `[(lambda b: (b.close(), _err(lambda: iter(b))))(cls(io.FileIO(P, mode))) for cls, mode in ((io.BufferedReader, 'r'), (Buf, 'r'), (io.BufferedWriter, 'w'))] + [(lambda u: (u.close(), _err(lambda: iter(u))))(Unseek(P))]`},
	{"stringio override", `(lambda s: (s.write('Z'), s.getvalue(), s.read()))(Angle('abc'))`},
}

func TestIOSubclassDifferential(t *testing.T) {
	pytesting.DiffCases(t, "io_subclass", ioSubclassPrelude, ioSubclassCases)
}
