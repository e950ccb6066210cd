package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of the BOM codecs' incremental
// decoder state (getstate/setstate of utf-16, utf-32 and utf-8-sig) and
// of the deprecated unicode_internal codec.

const codecsStatePrelude = pytesting.ShowRepr + `import codecs, warnings
def states(enc, cut):
    d = codecs.getincrementaldecoder(enc)()
    data = 'ab'.encode(enc)
    out = [d.getstate(), d.decode(data[:cut]), d.getstate()]
    e = codecs.getincrementaldecoder(enc)()
    e.setstate(d.getstate())
    out += [e.decode(data[cut:], True)]
    return out
def set_then_get(enc, flag):
    d = codecs.getincrementaldecoder(enc)()
    d.setstate((b'', flag))
    return d.getstate()
def after_reset(enc):
    d = codecs.getincrementaldecoder(enc)()
    d.decode('ab'.encode(enc))
    before = d.getstate()
    d.reset()
    return before, d.getstate()
def check_all(enc, u):
    s = u.encode(enc)
    for i in range(len(s) + 1):
        d = codecs.getincrementaldecoder(enc)()
        part1 = d.decode(s[:i])
        state = d.getstate()
        if not state[1]:
            d.setstate((state[0][:0], 0))
            if d.decode(state[0]) or state != d.getstate():
                return ('state not kept', i)
        d = codecs.getincrementaldecoder(enc)()
        d.setstate(state)
        if part1 + d.decode(s[i:], True) != u:
            return ('bad text', i)
    return 'ok'
def warned(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = f()
    return r, [(x.category.__name__, str(x.message)) for x in w]
`

var codecsStateCases = []pytesting.Case{
	{"utf-16 states", `[states('utf-16', i) for i in range(7)]`},
	{"utf-32 states", `[states('utf-32', i) for i in (0, 1, 3, 4, 5, 8, 12)]`},
	{"utf-8-sig states", `[states('utf-8-sig', i) for i in range(6)]`},
	{"utf-16 setstate", `[set_then_get('utf-16', f) for f in (0, 1, 2)]`},
	{"utf-32 setstate", `[set_then_get('utf-32', f) for f in (0, 1, 2)]`},
	{"utf-8-sig setstate", `[set_then_get('utf-8-sig', f) for f in (0, 1, 2)]`},
	{"utf-16 big endian stream", `(lambda d: (d.decode(b'\xfe\xff\x00a'), d.getstate()))(codecs.getincrementaldecoder('utf-16')())`},
	{"utf-16 state 1 decodes swapped", `(lambda d: (d.setstate((b'', 1)), d.decode(b'\x00a\x00b')))(codecs.getincrementaldecoder('utf-16')())`},
	{"utf-32 state 0 decodes native", `(lambda d: (d.setstate((b'', 0)), d.decode(b'a\x00\x00\x00')))(codecs.getincrementaldecoder('utf-32')())`},
	{"reset", `[after_reset(e) for e in ('utf-16', 'utf-32', 'utf-8-sig')]`},
	{"state handling utf-16", `check_all('utf-16', '\u0100\uffff\U00010000 x')`},
	{"state handling utf-32", `check_all('utf-32', '\u0100\uffff\U00010000 x')`},
	{"state handling utf-8-sig", `check_all('utf-8-sig', '\u0100\uffff\U00010000 x')`},
	{"no BOM", `codecs.getincrementaldecoder('utf-16')().decode(b'ab\x00')`},
	{"internal name", `(codecs.lookup('unicode_internal').name, codecs.lookup('Unicode-Internal').name)`},
	{"internal encode", `warned(lambda: 'ab\U0010ffff\ud800'.encode('unicode_internal'))`},
	{"internal encode length", `warned(lambda: (codecs.getencoder('unicode_internal')('a')[1], codecs.getencoder('unicode_internal')('\xe9\u0142')[1]))`},
	{"internal encode bytes", `warned(lambda: codecs.getencoder('unicode_internal')(b'xy'))`},
	{"internal decode", `warned(lambda: b'a\x00\x00\x00\xff\xff\x10\x00'.decode('unicode_internal'))`},
	{"internal decode str", `warned(lambda: codecs.getdecoder('unicode_internal')('xyz'))`},
	{"internal truncated", `b'a\x00\x00\x00b\x00'.decode('unicode_internal')`},
	{"internal illegal", `b'\x00\x00\x11\x00'.decode('unicode_internal')`},
	{"internal replace", `[b'\x00\x00\x11\x00'.decode('unicode_internal', e) for e in ('replace', 'backslashreplace', 'ignore')]`},
	{"internal error", `b'\x00\x00\x00\x00\x00\x11\x11\x00'.decode('unicode_internal')`},
	{"internal ignore handler", `codecs.getdecoder('unicode_internal')(b'a\x00\x00\x00""""b\x00\x00\x00', 'ignore')`},
	{"internal recoding", `(lambda f: (codecs.EncodedFile(f, 'unicode_internal', 'utf-8').write('a'), f.getvalue()))(__import__('io').BytesIO())`},
}

func TestCodecsStateDifferential(t *testing.T) {
	pytesting.DiffCases(t, "codecs_state", codecsStatePrelude, codecsStateCases)
}
