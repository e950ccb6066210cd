package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of the common BytesIO and
// StringIO calls that io.py hands to Go (modules/host/memio_fast.go):
// each fast path, its edges (sizes, positions past the end, closed
// streams, exported buffers) and the calls it leaves to io.py's Python
// methods (other argument types, newline translation, subclasses).

const ioMemoryFastPrelude = pytesting.ShowRepr + `import io
def steps(obj, *calls):
    out = []
    for name, *args in calls:
        try:
            out.append(getattr(obj, name)(*args))
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    return out
def closed(obj):
    obj.close()
    return obj
class Upper(io.BytesIO):
    def readline(self, size=-1):
        return super().readline(size).upper()
class Lines(io.StringIO):
    def readline(self, size=-1):
        return '<' + super().readline(size) + '>' if self.tell() < len(self.getvalue()) else ''
`

var ioMemoryFastCases = []pytesting.Case{
	{"bytes read sizes", `steps(io.BytesIO(b'abcdefgh'), ('read', 0), ('read', 3), ('read', None), ('read', -1), ('read', 5), ('tell',))`},
	{"bytes read negative", `steps(io.BytesIO(b'abc'), ('read', -7), ('tell',))`},
	{"bytes read after write", `steps(io.BytesIO(b'abc'), ('write', b'XY'), ('seek', 0), ('read',), ('getvalue',))`},
	{"bytes readline", `steps(io.BytesIO(b'ab\ncd\n\nef'), ('readline',), ('readline', 1), ('readline', 10), ('readline',), ('readline',), ('readline',), ('readline', None))`},
	{"bytes readline zero", `steps(io.BytesIO(b'ab\n'), ('readline', 0), ('tell',))`},
	{"bytes write past end", `steps(io.BytesIO(b'ab'), ('seek', 5), ('write', b'z'), ('getvalue',), ('tell',))`},
	{"bytes write overwrite", `steps(io.BytesIO(b'abcdef'), ('seek', 2), ('write', b'XY'), ('getvalue',), ('write', b'1234'), ('getvalue',))`},
	{"bytes write empty", `steps(io.BytesIO(b'ab'), ('seek', 9), ('write', b''), ('getvalue',), ('tell',))`},
	{"bytes write bytearray", `steps(io.BytesIO(), ('write', bytearray(b'xyz')), ('write', memoryview(b'12')), ('getvalue',))`},
	{"bytes write str", `steps(io.BytesIO(), ('write', 'x'), ('write', 5), ('getvalue',))`},
	{"bytes write own buffer", `(lambda b: (b.write(b.getbuffer()), b.getvalue()))(io.BytesIO(b'ab'))`},
	{"bytes exported", `(lambda b, v: steps(b, ('write', b'12'), ('getvalue',), ('write', b'345'), ('seek', 0, 2), ('write', b'z')))(*(lambda b: (b, b.getbuffer()))(io.BytesIO(b'abcd')))`},
	{"bytes seek", `steps(io.BytesIO(b'abcdef'), ('seek', 2), ('seek', 1, 1), ('seek', -10, 1), ('seek', -2, 2), ('seek', 3, 2), ('seek', -1), ('seek', 0, 3), ('seek', 1.5), ('tell',))`},
	{"bytes closed", `steps(closed(io.BytesIO(b'x')), ('read',), ('read', 1), ('readline',), ('write', b'x'), ('tell',), ('getvalue',), ('seek', 0), ('readable',), ('writable',), ('seekable',))`},
	{"bytes iterate", `list(io.BytesIO(b'a\nbb\n\nccc'))`},
	{"bytes iterate closed", `next(closed(io.BytesIO(b'a')))`},
	{"bytes subclass readline", `list(Upper(b'ab\ncd'))`},
	{"bytes unbound", `(lambda b: (io.BytesIO.read(b, 2), io.BytesIO.write(b, b'Q'), io.BytesIO.getvalue(b), io.BytesIO.tell(b)))(io.BytesIO(b'abcd'))`},
	{"bytes unbound wrong", `io.BytesIO.read()`},
	{"bytes read index", `(lambda b: (b.read(True), b.read(False)))(io.BytesIO(b'abc'))`},
	{"bytes read bad", `io.BytesIO(b'abc').read('1')`},
	{"bytes getvalue same", `(lambda b: (b.getvalue(), b.read(1), b.getvalue()))(io.BytesIO(b'abc'))`},
	{"bytes readable", `steps(io.BytesIO(), ('readable',), ('writable',), ('seekable',))`},
	{"text read", `steps(io.StringIO('h\xe9llo w\u20acrld'), ('read', 2), ('read', 0), ('read', None), ('read',), ('tell',))`},
	{"text readline", `steps(io.StringIO('a\u20ac\nb\r\nc\rd'), ('readline',), ('readline', 1), ('readline',), ('readline',), ('readline',))`},
	{"text write", `steps(io.StringIO(), ('write', 'ab\u20ac'), ('write', ''), ('tell',), ('seek', 1), ('write', 'XYZ'), ('getvalue',), ('tell',))`},
	{"text write past end", `steps(io.StringIO('ab'), ('seek', 4), ('write', 'z'), ('getvalue',))`},
	{"text write bad", `steps(io.StringIO(), ('write', b'x'), ('write', None), ('getvalue',))`},
	{"text write astral", `steps(io.StringIO(), ('write', 'a\U0001f600b'), ('tell',), ('seek', 1), ('read', 1), ('getvalue',))`},
	{"text closed", `steps(closed(io.StringIO('x')), ('read',), ('readline',), ('write', 'x'), ('tell',), ('getvalue',), ('readable',))`},
	{"text iterate", `list(io.StringIO('a\nbb\n\nccc'))`},
	{"text subclass readline", `list(Lines('ab\ncd'))`},
	{"text newline none", `steps(io.StringIO(newline=None), ('write', 'a\r\nb\rc\n'), ('getvalue',), ('seek', 0), ('readline',), ('newlines',))`},
	{"text newline crlf", `steps(io.StringIO('a\nb', newline='\r\n'), ('getvalue',), ('readline',), ('read',))`},
	{"text newline empty", `list(io.StringIO('a\r\nb\rc\n', newline=''))`},
	{"text read bad", `io.StringIO('abc').read(1.0)`},
	{"text surrogates", `steps(io.StringIO('a\ud800b\udcff'), ('read', 1), ('read', 1), ('readline',), ('getvalue',), ('seek', 1), ('write', '\ud83d'), ('getvalue',))`},
	{"text newline modes", `[list(io.StringIO('a\rb\r\nc\nd\r', newline=n)) for n in (None, '', '\n', '\r', '\r\n')]`},
	{"text newline modes readline size", `[(lambda s: [s.readline(2) for i in range(6)])(io.StringIO('ab\r\ncd\re', newline=n)) for n in (None, '', '\r', '\r\n')]`},
	{"text truncate", `steps(io.StringIO('abcdef'), ('truncate', 3), ('getvalue',), ('seek', 5), ('write', 'x'), ('getvalue',), ('seek', 2), ('truncate',), ('getvalue',), ('truncate', 10), ('getvalue',))`},
	{"text setstate lines", `(lambda s: (s.__setstate__(('a\r\nb\rc\nd', '', 0, None)), list(s), s.newlines))(io.StringIO())`},
	{"text big", `(lambda s: (s.write('x\u20ac\n' * 5000), s.seek(0), len(s.readlines()), s.tell(), len(s.getvalue())))(io.StringIO())`},
}

func TestIOMemoryFastDifferential(t *testing.T) {
	pytesting.DiffCases(t, "io_memory_fast", ioMemoryFastPrelude, ioMemoryFastCases)
}
