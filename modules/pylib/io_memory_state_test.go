package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what CPython's test_memoryio
// and test_io found: BytesIO and StringIO state (__getstate__,
// __setstate__ and its errors, pickling with user attributes, newline
// modes), BytesIO over arrays, read1's argument, and
// io.IncrementalNewlineDecoder; _pyio's names.

const ioMemoryStatePrelude = pytesting.ShowRepr + `import io, pickle, copy, codecs, _pyio
from array import array
def attrs(obj, **kw):
    for k, v in kw.items():
        setattr(obj, k, v)
    return obj
def advanced(obj, n):
    obj.read(n)
    return obj
def bytes_state(state):
    b = io.BytesIO()
    b.__setstate__(state)
    return b.getvalue(), b.tell(), b.read()
def text_state(state):
    s = io.StringIO()
    s.__setstate__(state)
    return s.getvalue(), s.tell(), s.read(), s.newlines
def closed(obj):
    obj.close()
    return obj
def roundtrip(obj):
    return [pickle.loads(pickle.dumps(obj, p)) for p in (2, 3, 4)]
def decode_all(decoder, chunks, **kw):
    out = [decoder.decode(c) for c in chunks]
    out.append(decoder.decode(chunks[0][:0], final=True))
    return out, decoder.newlines, decoder.getstate()
def into(target, data):
    n = io.BytesIO(data).readinto(target)
    return n, target
`

var ioMemoryStateCases = []pytesting.Case{
	{"bytesio getstate", `advanced(attrs(io.BytesIO(b'abc'), x=1), 1).__getstate__()`},
	{"bytesio getstate plain", `io.BytesIO(b'xy').__getstate__()`},
	{"stringio getstate", `advanced(attrs(io.StringIO('ab\ncd', newline=None), y=2), 1).__getstate__()`},
	{"stringio getstate newline", `[io.StringIO('a\nb', newline=n).__getstate__() for n in ('', '\n', '\r', '\r\n')]`},
	{"bytesio setstate", `bytes_state((b'hello', 2, {'k': 1}))`},
	{"bytesio setstate bytearray", `bytes_state((bytearray(b'ab'), 1, None))`},
	{"bytesio setstate short", `bytes_state((b'x',))`},
	{"bytesio setstate list", `bytes_state([b'x', 0, None])`},
	{"bytesio setstate float position", `bytes_state((b'x', 1.0, None))`},
	{"bytesio setstate negative", `bytes_state((b'x', -1, None))`},
	{"bytesio setstate dict type", `bytes_state((b'x', 0, 5))`},
	{"bytesio setstate str", `bytes_state(('x', 0, None))`},
	{"bytesio setstate closed", `closed(io.BytesIO()).__setstate__((b'x', 0, None))`},
	{"stringio setstate", `text_state(('ab\ncd', None, 3, None))`},
	{"stringio setstate crlf kept", `text_state(('a\r\nb', '\r\n', 0, None))`},
	{"stringio setstate short", `text_state(('x', None, 0))`},
	{"stringio setstate negative", `text_state(('x', None, -1, None))`},
	{"stringio setstate dict type", `text_state(('x', None, 0, 5))`},
	{"stringio setstate bytes", `text_state((b'x', None, 0, None))`},
	{"stringio setstate bad newline", `text_state(('x', 'zz', 0, None))`},
	{"stringio setstate closed", `closed(io.StringIO()).__setstate__(('x', '', 0, None))`},
	{"bytesio pickled", `[(c.getvalue(), c.tell(), c.x, c.read()) for c in roundtrip(advanced(attrs(io.BytesIO(b'abc'), x=1), 1))]`},
	{"stringio pickled", `[(c.getvalue(), c.tell(), c.y, c.read()) for c in roundtrip(advanced(attrs(io.StringIO('ab\ncd'), y=2), 1))]`},
	{"stringio crlf pickled", `[c.getvalue() for c in roundtrip(io.StringIO('a\nb\r\n', newline='\r\n'))]`},
	{"closed bytesio pickle", `pickle.dumps(closed(io.BytesIO()), 2)`},
	{"closed stringio getstate", `closed(io.StringIO()).__getstate__()`},
	{"copies", `(copy.deepcopy(io.BytesIO(b'q')).getvalue(), copy.copy(io.StringIO('r')).getvalue())`},
	{"bytesio from array", `io.BytesIO(array('b', [1, 2, 3])).getvalue()`},
	{"readinto byte array", `into(array('b', b'xxxxx'), b'hello world')`},
	{"readinto int array", `into(array('i', [0, 0]), b'\x01\x00\x00\x00\x02')`},
	{"readinto bytearray", `into(bytearray(4), b'ab')`},
	{"read1 needs size", `io.BytesIO(b'x').read1()`},
	{"read1", `io.BytesIO(b'xyz').read1(2)`},
	{"newline decoder translate", `decode_all(io.IncrementalNewlineDecoder(None, translate=True), ['a\r', '\nb\r', 'c\r\n', '\r'])`},
	{"newline decoder utf8", `decode_all(io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), translate=False), [b'x\r', b'\xc3', b'\xa9\r\n', b'y\n'])`},
	{"newline decoder state", `(lambda d: (d.decode(b'\xc3'), d.getstate(), d.setstate((b'', 1)), d.getstate(), d.decode(b'z', final=True)))(io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), False))`},
	{"newline decoder reset", `(lambda d: (d.decode('a\r\n'), d.reset(), d.newlines, d.getstate()))(io.IncrementalNewlineDecoder(None, False))`},
	{"newline decoder kinds", `(lambda d: [(d.decode(c), d.newlines)[1] for c in ('\n', '\r\n', '\r', 'x')])(io.IncrementalNewlineDecoder(None, True))`},
	{"newline decoder bytes refused", `io.IncrementalNewlineDecoder(None, True).decode(b'x')`},
	{"pyio names", `[hasattr(_pyio, n) for n in ('BytesIO', 'StringIO', 'TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'BufferedRWPair', 'FileIO', 'IncrementalNewlineDecoder', 'OpenWrapper', 'open', 'DEFAULT_BUFFER_SIZE')]`},
	{"pyio bytesio works", `(lambda b: (b.write(b'abc'), b.seek(1), b.read()))(_pyio.BytesIO())`},
}

func TestIOMemoryStateDifferential(t *testing.T) {
	pytesting.DiffCases(t, "io_memory_state", ioMemoryStatePrelude, ioMemoryStateCases)
}
