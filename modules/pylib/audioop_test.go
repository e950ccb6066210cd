package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of audioop against CPython 3.6: every function on
// fragments of each width (24-bit included), the clipping and rounding
// of the scaling functions, the codecs' state carried from call to call,
// and the errors of bad widths, lengths, states and argument types.

const audioopPrelude = pytesting.ShowRepr + `import audioop as A
F1 = bytes([0, 1, 0x7f, 0x80, 0xff, 0x40, 0xc0, 3])
F2 = b'\x00\x00\x01\x00\xff\x7f\x00\x80\xff\xff\x34\x12'
F3 = b'\x00\x00\x00\xff\xff\x7f\x00\x00\x80\x01\x02\x03'
F4 = b'\x00\x00\x00\x80\xff\xff\xff\x7f\x01\x00\x00\x00'
ALL = ((F1, 1), (F2, 2), (F3, 3), (F4, 4))
def each(name, *rest):
    return [getattr(A, name)(f, w, *rest) for f, w in ALL]
def chain(fn, parts, *args):
    st, outs = None, []
    for p in parts:
        o, st = fn(p, *args, st) if fn is A.lin2adpcm or fn is A.adpcm2lin else fn(p, *args[:-2], st, *args[-2:])
        outs.append(o)
    return outs, st
WAVE = bytes(((i * 37) % 256) for i in range(48))
`

var audioopCases = []pytesting.Case{
	{"getsample each width", `[[A.getsample(f, w, i) for i in range(len(f) // w)] for f, w in ALL]`},
	{"max", `each('max')`},
	{"minmax", `each('minmax') + [A.minmax(b'', 2)]`},
	{"avg and rms", `(each('avg'), each('rms'), A.avg(b'', 1), A.rms(b'', 4))`},
	{"avgpp and maxpp", `(each('avgpp'), each('maxpp'), A.avgpp(WAVE, 2), A.maxpp(WAVE, 3), A.maxpp(b'\x01', 1))`},
	{"cross", `(each('cross'), A.cross(b'', 1), A.cross(WAVE, 1))`},
	{"mul clipping and rounding", `(each('mul', 2.5), each('mul', -0.5), A.mul(F2, 2, 1e300), A.mul(F1, 1, float('nan')))`},
	{"bias wraps", `(each('bias', 1), each('bias', -1), A.bias(F4, 4, 2**31 - 1), A.bias(F1, 1, -2**31))`},
	{"add clips", `[A.add(f, f, w) for f, w in ALL] + [A.add(F1, bytes(reversed(F1)), 1)]`},
	{"reverse and byteswap", `(each('reverse'), each('byteswap'))`},
	{"lin2lin all pairs", `[[A.lin2lin(f, w, n) for n in (1, 2, 3, 4)] for f, w in ALL]`},
	{"tomono and tostereo", `([A.tomono(f, w, 0.5, 0.5) for f, w in ALL[:3]], [A.tomono(f, w, 1, -1) for f, w in ALL[:3]], each('tostereo', 1, -0.25))`},
	{"ulaw round trip", `(each('lin2ulaw'), [A.ulaw2lin(bytes(range(0, 256, 17)), w) for w in (1, 2, 3, 4)])`},
	{"alaw round trip", `(each('lin2alaw'), [A.alaw2lin(bytes(range(3, 256, 19)), w) for w in (1, 2, 3, 4)])`},
	{"lin2adpcm each width", `[A.lin2adpcm(f, w, None) for f, w in ALL]`},
	{"adpcm2lin each width", `[A.adpcm2lin(b'\x17\x8f\x70', w, (100, 20)) for w in (1, 2, 3, 4)]`},
	{"adpcm state carried", `(chain(A.lin2adpcm, [WAVE[:12], WAVE[12:30], WAVE[30:]], 2), chain(A.adpcm2lin, [WAVE[:5], WAVE[5:]], 3))`},
	{"adpcm bad states", `[_try(lambda: A.lin2adpcm(F2, 2, s)) for s in ((1,), [0, 0], (40000, 0), (0, 89), (0, -1), ('a', 0))]`},
	{"ratecv up and down", `(A.ratecv(WAVE, 2, 1, 8000, 11025, None), A.ratecv(WAVE, 1, 2, 44100, 8000, None), A.ratecv(b'', 2, 1, 1, 2, None))`},
	{"ratecv state and weights", `chain(A.ratecv, [WAVE[:12], WAVE[12:24], WAVE[24:]], 3, 2, 3, 5, 2, 1)`},
	{"ratecv 24-bit", `A.ratecv(F3, 3, 2, 2, 3, None, 1, 1)`},
	{"ratecv errors", `[_try(lambda: A.ratecv(*a)) for a in ((F1, 1, 0, 1, 1, None), (F1, 1, 3, 1, 1, None), (F1, 1, 1, 0, 1, None), (F1, 1, 1, 1, 1, None, 0), (F1, 4, 2**30, 1, 1, None), (F1, 1, 1, 1, 1, 7), (F1, 1, 1, 1, 1, (0, ((1, 2), (3, 4)))), (F1, 1, 1, 1, 1, (0, (5,))))]`},
	{"findfit findfactor findmax", `(A.findfit(WAVE, WAVE[10:18]), A.findfactor(WAVE[:8], WAVE[8:16]), A.findmax(WAVE, 3), A.findmax(WAVE, 0))`},
	{"fit errors", `[_try(f) for f in (lambda: A.findfit(b'abc', b'ab'), lambda: A.findfit(b'ab', b'abcd'), lambda: A.findfactor(b'ab', b'abcd'), lambda: A.findmax(b'ab', 2), lambda: A.findmax(b'ab', -1))]`},
	{"width and length errors", `[_try(f) for f in (lambda: A.max(b'ab', 5), lambda: A.max(b'abc', 2), lambda: A.getsample(F1, 1, 8), lambda: A.getsample(F1, 1, -1), lambda: A.add(F1, F2, 1), lambda: A.lin2lin(F1, 1, 0), lambda: A.tomono(F2, 2, 1, 1)[:0] + A.tomono(F1[:6], 2, 1, 1))]`},
	{"argument errors", `[_try(f) for f in (lambda: A.max('ab', 1), lambda: A.max(b'ab', 1.0), lambda: A.max(b'ab'), lambda: A.max(b'ab', 1, 2), lambda: A.max(b'ab', width=1), lambda: A.mul(b'ab', 1, 'x'), lambda: A.bias(b'ab', 1, 2**31), lambda: A.ratecv(b'ab', 1, 1, 1, 1))]`},
	{"bytes-like inputs", `(A.max(bytearray(F2), 2), A.reverse(memoryview(F4), 4), A.rms(memoryview(F3), 3))`},
	{"error class", `(A.error.__mro__, A.error.__module__, issubclass(A.error, Exception), sorted(n for n in dir(A) if not n.startswith('_')))`},
}

func TestAudioopDifferential(t *testing.T) {
	pytesting.DiffCases(t, "audioop", audioopPrelude+`def _try(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
`, audioopCases)
}
