package zlib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // bytes, memoryview and repr completion
	_ "github.com/gpython-ssl/gpython-ssl/modules/zlib"
	_ "github.com/gpython-ssl/gpython-ssl/vm" // the evaluation loop
)

// prelude runs under gpython and CPython 3.6 alike.
const prelude = `
import zlib

` + pytesting.ShowRepr + `
def _steps(obj, *calls):
    out = []
    for c in calls:
        try:
            out.append(c(obj))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out

TEXT = b"".join(b"line %d of a text that repeats itself, more or less\n" % i for i in range(5000))
NOISE = bytes((i * 7919 + (i >> 3) * 31) & 255 for i in range(200000))
DATA = zlib.compress(b"0123456789" * 1000)

def _chunked(data, size, max_length=0):
    d = zlib.decompressobj()
    out = []
    for i in range(0, len(data), size):
        out.append(d.decompress(d.unconsumed_tail + data[i:i + size], max_length))
    while d.unconsumed_tail and not d.eof:
        out.append(d.decompress(d.unconsumed_tail, max_length))
    out.append(d.flush())
    return b"".join(out), d.eof, d.unused_data

def _tail_steps(limit):
    d = zlib.decompressobj()
    data = zlib.compress(b"abc" * 10) + b"tail"
    out = [(d.decompress(data, limit), d.unconsumed_tail, d.unused_data, d.eof)]
    for i in range(3):
        out.append((d.decompress(d.unconsumed_tail or b"more", 50), d.unconsumed_tail, d.unused_data, d.eof))
    out.append((d.flush(), d.unconsumed_tail, d.unused_data, d.eof))
    return out

class _AsInt:
    def __int__(self):
        return 100

class _AsIndex:
    def __index__(self):
        return 50

def _size_arg(f):
    try:
        r = f()
        return len(r)
    except Exception as e:
        return type(e).__name__, str(e)

def _stream(data, level, flushes):
    c = zlib.compressobj(level)
    parts = []
    for i, f in enumerate(flushes):
        parts.append(c.compress(data[i * 1000:(i + 1) * 1000]))
        parts.append(c.flush(f))
    parts.append(c.flush())
    return b"".join(parts)
`

var diffCases = []pytesting.Case{
	{"size args through __int__", `(lambda c: [_size_arg(lambda v=v: zlib.decompress(c, 15, v)) for v in (_AsInt(), 1.5, True, _AsIndex(), "a", float("nan"), float("inf"), 2 ** 70, -1)])(zlib.compress(b"x" * 1000))`},
	{"max_length and flush length through __int__", `(lambda c: [_size_arg(lambda v=v: zlib.decompressobj().decompress(c, v)) for v in (_AsInt(), 2.9, "x", _AsIndex())] + [_size_arg(lambda v=v: zlib.decompressobj().flush(v)) for v in (_AsInt(), 0.5, None)])(zlib.compress(b"x" * 1000))`},
	{"c1", `zlib.compress(b'hello')`},
	{"c2", `zlib.compress(b'hello', 10)`},
	{"c3", `zlib.compress(b'hello', level=9)`},
	{"c4", `zlib.compress('hello')`},
	{"c5", `zlib.compress(b'x', -2)`},
	{"c6", `zlib.compress(data=b'x')`},
	{"c7", `zlib.compress(b'x', 1.5)`},
	{"d1", `zlib.decompress(b'garbage')`},
	{"d2", `zlib.decompress(zlib.compress(b'hello')[:-3])`},
	{"d3", `zlib.decompress(zlib.compress(b'hello') + b'extra')`},
	{"d4", `zlib.decompress(zlib.compress(b'hello'), bufsize=-1)`},
	{"d5", `zlib.decompress(zlib.compress(b'hello'), wbits=9)`},
	{"d6", `zlib.decompress(zlib.compress(b'hello'), -15)`},
	{"d7", `zlib.decompress(b'')`},
	{"d8", `zlib.decompress(zlib.compress(b'hello'), 15, 0)`},
	{"d9", `zlib.decompress(zlib.compress(b'hello'), 47)`},
	{"d10", `zlib.decompress(zlib.compress(b'hello'), 100)`},
	{"crc", `(zlib.crc32(b'abc'), zlib.crc32(b'abc', 5), zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**40))`},
	{"adl", `(zlib.adler32(b'abc'), zlib.adler32(b'abc', 0), zlib.adler32(b'', -1))`},
	{"crcs", `zlib.crc32('abc')`},
	{"co1", `zlib.compressobj(10)`},
	{"co2", `zlib.compressobj(wbits=100)`},
	{"co3", `zlib.compressobj(zdict='x')`},
	{"co4", `zlib.compressobj(method=7)`},
	{"de1", `d2.decompress(b'garbage')`},
	{"de2", `zlib.decompressobj(zdict=b'abc').decompress(zlib.compressobj(zdict=b'abc').compress(b'abcabc'))`},
	{"de3", `zlib.decompress(z)`},
	{"de4", `zlib.decompressobj().decompress(z)`},
	{"de5", `zlib.decompressobj(zdict=b'hello world').decompress(z)`},
	{"de6", `zlib.decompressobj(zdict=b'wrong').decompress(z)`},
	{"de7", `zlib.decompressobj(wbits=-15).decompress(z)`},
	{"gz", `zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00', 31)`},
	{"gzauto", `zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00', 47)`},
	{"fl", `zlib.decompressobj().flush(-1)`},
	{"lvl", `[zlib.compress(b'abc'*50, l) for l in range(-1,10)].__len__()`},
	{"mem", `zlib.compressobj(memLevel=10)`},
	{"strat", `zlib.compressobj(strategy=99).compress(b'a')`},
	{"dcpy", `zlib.decompressobj().copy().decompress(zlib.compress(b'x'))`},
	{"bytearray", `zlib.compress(bytearray(b'abc')) == zlib.compress(b'abc')`},
	{"memv", `zlib.decompress(memoryview(zlib.compress(b'abc')))`},
	{"a1", `zlib.compress()`},
	{"a2", `zlib.compress(b'x', 1, 2)`},
	{"a3", `zlib.compress(b'x', foo=1)`},
	{"a4", `zlib.decompress()`},
	{"a5", `zlib.decompress(b'x', 1, 2, 3)`},
	{"a6", `zlib.decompress(b'x', foo=1)`},
	{"a7", `zlib.decompress(data=b'x')`},
	{"a8", `zlib.crc32()`},
	{"a9", `zlib.crc32(b'', 1, 2)`},
	{"a10", `zlib.crc32(b'', value=2)`},
	{"a11", `zlib.compressobj(1,2,3,4,5,6,7)`},
	{"a12", `zlib.compressobj(foo=1)`},
	{"a13", `zlib.decompressobj(foo=1)`},
	{"a14", `zlib.decompressobj(1, 2, 3)`},
	{"a15", `zlib.compressobj().compress()`},
	{"a16", `zlib.compressobj().compress(b'a', b'b')`},
	{"a17", `zlib.compressobj().flush(1, 2)`},
	{"a18", `zlib.decompressobj().decompress()`},
	{"a19", `zlib.decompressobj().decompress(b'', max_length=5)`},
	{"a20", `zlib.decompressobj().decompress(b'', foo=5)`},
	{"a21", `zlib.decompressobj().flush(length=5)`},
	{"a22", `zlib.compressobj().flush(mode=2)`},
	{"a23", `zlib.crc32(b'', 'x')`},
	{"a24", `zlib.crc32(b'', 1.5)`},
	{"a25", `zlib.compress(b'', 2**40)`},
	{"a26", `zlib.decompress(b'', 2**40)`},
	{"a27", `zlib.decompress(zlib.compress(b'a'), 15, 2**70)`},
	{"a28", `zlib.decompressobj(zdict=5)`},
	{"a29", `zlib.decompressobj(15, b'x').decompress(b'')`},
	{"a30", `type(zlib.compressobj()).__name__`},
	{"a31", `zlib.compressobj().compress(data=b'a')`},
	{"a32", `zlib.compress(None)`},
	{"a34", `zlib.compressobj(level='x')`},
	{"a35", `zlib.decompress(zlib.compress(b'a'*100000), bufsize=1)[:3]`},
	{"a36", `zlib.crc32(memoryview(b'abc'))`},
	{"a37", `zlib.compressobj(zdict=b'').compress(b'x')`},
	// Compressor objects: data, the flush modes, after Z_FINISH, copy.
	{"cobj sequence", `_steps(zlib.compressobj(), lambda c: c.compress(b'abc' * 100), lambda c: c.flush(zlib.Z_SYNC_FLUSH), lambda c: c.flush(zlib.Z_NO_FLUSH), lambda c: c.flush(), lambda c: c.compress(b'more'), lambda c: c.flush(), lambda c: c.copy(), lambda c: c.flush(zlib.Z_NO_FLUSH))`},
	{"cobj full flush", `_steps(zlib.compressobj(9), lambda c: c.compress(TEXT[:3000]), lambda c: c.flush(zlib.Z_FULL_FLUSH), lambda c: c.compress(TEXT[:10]), lambda c: c.flush(zlib.Z_PARTIAL_FLUSH), lambda c: c.flush(zlib.Z_BLOCK), lambda c: len(c.flush()))`},
	{"cobj copy independent", `(lambda c: (lambda k: (c.compress(b'x' * 50) + c.flush(), k.compress(b'y' * 50) + k.flush()))(c.copy()))(zlib.compressobj())`},
	{"cobj bad flush mode", `_steps(zlib.compressobj(), lambda c: c.flush(99), lambda c: c.flush('x'), lambda c: c.flush(1.5))`},
	{"cobj raw and gzip wbits", `[zlib.compressobj(wbits=w).compress(b'abc') + zlib.compressobj(wbits=w).flush() for w in (-15, -9, 9, 15, 31)]`},
	{"cobj strategies", `[len(zlib.compressobj(6, zlib.DEFLATED, 15, 8, s).compress(TEXT) ) for s in range(5)]`},
	{"cobj memlevels", `[zlib.compressobj(memLevel=m).flush() for m in (1, 9)]`},
	{"stream sync flushes", `zlib.decompress(_stream(TEXT, 6, [zlib.Z_SYNC_FLUSH] * 5)) == TEXT[:5000]`},
	{"stream bytes", `_stream(TEXT, 1, [zlib.Z_NO_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_SYNC_FLUSH])`},

	// Decompressor objects: max_length, unconsumed_tail, unused_data, eof, flush, copy.
	{"dobj sequence", `_steps(zlib.decompressobj(), lambda d: d.decompress(DATA[:50], 10), lambda d: (d.unconsumed_tail[:10], len(d.unconsumed_tail), d.unused_data, d.eof), lambda d: d.decompress(DATA, -1), lambda d: len(d.decompress(d.unconsumed_tail + DATA[50:])), lambda d: (d.eof, d.unused_data, d.unconsumed_tail), lambda d: d.decompress(b'trailing'), lambda d: (d.eof, d.unused_data), lambda d: d.flush(), lambda d: d.flush(0), lambda d: type(d.copy()).__name__)`},
	{"dobj garbage", `_steps(zlib.decompressobj(), lambda d: d.decompress(b'garbage'), lambda d: d.decompress(b'more'), lambda d: d.eof)`},
	{"dobj zdict", `zlib.decompressobj(zdict=b'abc').decompress(zlib.compressobj(zdict=b'abc').compress(b'abcabc'))`},
	{"dobj chunked 1", `_chunked(zlib.compress(TEXT), 1)[1:]`},
	{"dobj chunked 7 equal", `_chunked(zlib.compress(TEXT), 7)[0] == TEXT`},
	{"dobj chunked max_length", `(lambda r: (r[0] == TEXT, r[1], r[2]))(_chunked(zlib.compress(TEXT) + b'tail', 333, 100))`},
	{"dobj tail after end, limited", `_tail_steps(5)`},
	{"dobj tail after end, unlimited", `_tail_steps(0)`},
	{"dobj max_length 1", `(lambda d: [d.decompress(DATA, 1), len(d.unconsumed_tail), d.decompress(d.unconsumed_tail, 3)])(zlib.decompressobj())`},
	{"dobj flush tail", `(lambda d: (d.decompress(DATA, 5), len(d.flush()), d.eof, d.unconsumed_tail))(zlib.decompressobj())`},
	{"dobj copy", `(lambda d: (d.decompress(DATA[:20]), (lambda k: (len(k.decompress(DATA[20:])), k.eof, d.eof))(d.copy())))(zlib.decompressobj())`},
	{"dobj copy after eof", `_steps(zlib.decompressobj(), lambda d: len(d.decompress(DATA)), lambda d: type(d.copy()).__name__, lambda d: d.flush(), lambda d: d.copy())`},
	{"dobj raw zdict", `(lambda c: zlib.decompressobj(-15, zdict=b'hello world').decompress(c.compress(b'hello world!') + c.flush()))(zlib.compressobj(wbits=-15, zdict=b'hello world'))`},
	{"dobj gzip", `zlib.decompressobj(31).decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00')`},
	{"dobj auto detect", `[zlib.decompressobj(47).decompress(zlib.compress(b'abc')), zlib.decompressobj(32 + 15).decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00')]`},
	{"dobj attrs readonly", `_steps(zlib.decompressobj(), lambda d: setattr(d, 'eof', True), lambda d: d.eof)`},

	// Whole-buffer functions on larger inputs, every level, checksums.
	{"levels text", `[len(zlib.compress(TEXT, l)) for l in range(-1, 10)]`},
	{"levels noise", `[zlib.compress(NOISE, l)[-8:] for l in (0, 1, 6, 9)]`},
	{"roundtrip noise", `zlib.decompress(zlib.compress(NOISE)) == NOISE`},
	{"roundtrip text bufsize 1", `zlib.decompress(zlib.compress(TEXT), 15, 1) == TEXT`},
	{"roundtrip empty", `(zlib.compress(b''), zlib.decompress(zlib.compress(b'')))`},
	{"raw roundtrip", `(lambda c: zlib.decompress(c.compress(TEXT) + c.flush(), -15) == TEXT)(zlib.compressobj(wbits=-15))`},
	{"crc32 big", `(zlib.crc32(TEXT), zlib.crc32(NOISE), zlib.crc32(NOISE[100:], zlib.crc32(NOISE[:100])))`},
	{"adler32 big", `(zlib.adler32(TEXT), zlib.adler32(NOISE), zlib.adler32(NOISE[100:], zlib.adler32(NOISE[:100])))`},
	{"crc32 bytearray", `zlib.crc32(bytearray(b'hello'))`},
	{"crc32 index", `zlib.crc32(b'a', True)`},
	{"error class", `(zlib.error.__module__, zlib.error.__name__, issubclass(zlib.error, Exception))`},
	{"versions", `(zlib.__version__, zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, type(zlib.ZLIB_VERSION))`},
	{"truncated raise is zlib.error", `(lambda: zlib.decompress(DATA[:-1]))()`},
	{"types", `(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, hasattr(zlib, 'Compress'))`},
	{"type calls", `type(zlib.compressobj())()`},
}

// TestDifferential runs every case under CPython 3.6 (or its stored
// output) and gpython, comparing results and exceptions.
func TestDifferential(t *testing.T) {
	require.GreaterOrEqual(t, len(diffCases), 100)
	pytesting.DiffCases(t, "zlib_differential", prelude, diffCases)
}
