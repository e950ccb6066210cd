package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of aifc, sunau and sndhdr against CPython 3.6:
// writing and reading back each sample width and compression, the bytes
// written, markers, parameters and their errors, files over unseekable
// streams (a FileIO subclass whose seek refuses), and sndhdr's view of
// the files written.

const audioFilesPrelude = pytesting.ShowRepr + `import aifc, sunau, sndhdr, io, os, tempfile
_D = tempfile.mkdtemp()
FRAMES = bytes(range(0, 240, 5))
class NoSeek(io.FileIO):
    def seekable(self): return False
    def tell(self): raise io.UnsupportedOperation('no tell')
    def seek(self, *a): raise io.UnsupportedOperation('no seek')
def path(name):
    return os.path.join(_D, name)
def write(mod, name, nch, width, rate, comp=None, frames=FRAMES, marks=(), nframes=None, chunks=1):
    w = mod.open(path(name), 'wb')
    w.setnchannels(nch)
    w.setsampwidth(width)
    w.setframerate(rate)
    if nframes is not None:
        w.setnframes(nframes)
    if comp is not None:
        w.setcomptype(*comp)
    for m in marks:
        w.setmark(*m)
    step = len(frames) // chunks
    for i in range(chunks):
        w.writeframes(frames[i * step:(i + 1) * step if i < chunks - 1 else len(frames)])
    w.close()
    with open(path(name), 'rb') as f:
        return f.read()
def read(mod, name, opener=None):
    r = mod.open(opener(path(name)) if opener else path(name), 'rb')
    try:
        out = (tuple(r.getparams()), r.readframes(3), r.tell(), r.getmarkers())
        r.setpos(1)
        out += (r.readframes(2), r.tell())
        r.rewind()
        return out + (r.readframes(100),)
    finally:
        r.close()
def err(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
`

var audioFilesCases = []pytesting.Case{
	{"aifc 16-bit stereo bytes", `write(aifc, 'a.aifc', 2, 2, 8000)`},
	{"aifc 16-bit read back", `(write(aifc, 'b.aifc', 2, 2, 8000), read(aifc, 'b.aifc'))[1]`},
	{"aiff by name", `(write(aifc, 'c.aiff', 1, 1, 11025), read(aifc, 'c.aiff'))`},
	{"aifc 24 and 32 bit", `[(write(aifc, 'd%d.aifc' % w, 1, w, 44100, frames=FRAMES[:24]), read(aifc, 'd%d.aifc' % w)) for w in (3, 4)]`},
	{"aifc ulaw alaw g722", `[(write(aifc, 'e.aifc', 1, 2, 8000, (c, b'x')), read(aifc, 'e.aifc')) for c in (b'ULAW', b'alaw', b'G722')]`},
	{"aifc markers", `(write(aifc, 'f.aifc', 1, 1, 8000, marks=[(1, 0, b'start'), (2, 5, b'odd'), (1, 3, b'again')]), read(aifc, 'f.aifc')[3])`},
	{"aifc written in chunks", `(write(aifc, 'g.aifc', 2, 2, 22050, chunks=3), read(aifc, 'g.aifc')[0])`},
	{"aifc odd length padded", `write(aifc, 'h.aifc', 1, 1, 8000, frames=b'abc')`},
	{"aifc nframes declared", `write(aifc, 'i.aifc', 1, 2, 8000, nframes=24)`},
	{"aifc unseekable read", `(write(aifc, 'j.aifc', 1, 2, 8000), err(lambda: read(aifc, 'j.aifc', NoSeek)))`},
	{"aifc writer errors", `[err(f) for f in (lambda: aifc.open(path('k.aifc'), 'wb').setnchannels(0), lambda: aifc.open(path('k.aifc'), 'wb').setsampwidth(5), lambda: aifc.open(path('k.aifc'), 'wb').setframerate(0), lambda: aifc.open(path('k.aifc'), 'wb').setcomptype(b'XXXX', b''), lambda: aifc.open(path('k.aifc'), 'wb').getparams(), lambda: aifc.open(path('k.aifc'), 'wb').setmark(0, 0, b''), lambda: aifc.open(path('k.aifc'), 'wb').setmark(1, -1, b''), lambda: aifc.open(path('k.aifc'), 'wb').setmark(1, 1, 'x'), lambda: aifc.open(path('k.aifc'), 'wb').getmark(3), lambda: aifc.open(path('k.aifc'), 'x'))]`},
	{"aifc compressed width", `err(lambda: write(aifc, 'l.aifc', 1, 1, 8000, (b'ULAW', b'')))`},
	{"aifc not a form", `[err(lambda: aifc.open(io.BytesIO(d))) for d in (b'', b'RIFF\x00\x00\x00\x04WAVE', b'FORM\x00\x00\x00\x04ABCD', b'FORM\x00\x00\x00\x04AIFF')]`},
	{"aifc extended floats", `[(lambda b: (aifc._write_float(b, x), b.getvalue(), aifc._read_float(io.BytesIO(b.getvalue()))))(io.BytesIO()) for x in (0, 1, 44100, -2.5, 1e-4950, float('inf'))]`},
	{"aifc pstrings", `[(lambda b: (aifc._write_string(b, s), b.getvalue(), aifc._read_string(io.BytesIO(b.getvalue()))))(io.BytesIO()) for s in (b'', b'a', b'ab')] + [err(lambda: aifc._write_string(io.BytesIO(), b'x' * 256)), err(lambda: aifc._read_long(io.BytesIO(b'ab')))]`},
	{"sunau ulaw default", `(write(sunau, 'a.au', 1, 2, 8000), read(sunau, 'a.au'))`},
	{"sunau linear widths", `[(write(sunau, 'b.au', 2, w, 8000, ('NONE', 'x'), frames=FRAMES[:24]), read(sunau, 'b.au')) for w in (1, 2, 3, 4)]`},
	{"sunau unseekable write", `(lambda f: (lambda w: (w.setnchannels(1), w.setsampwidth(2), w.setframerate(8000), w.setnframes(24), w.writeframes(FRAMES), w.close(), f.close()))(sunau.open(f, 'wb')))(NoSeek(path('c.au'), 'wb'))`},
	{"sunau unseekable read", `(write(sunau, 'd.au', 1, 2, 8000, ('NONE', '')), err(lambda: read(sunau, 'd.au', NoSeek)))`},
	{"sunau errors", `[err(f) for f in (lambda: sunau.open(io.BytesIO(b'abcd')), lambda: sunau.open(io.BytesIO(b'.snd\x00\x00\x00\x10')), lambda: sunau.open(io.BytesIO(b'.snd\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00\x00\x06')), lambda: sunau.open(path('e.au'), 'wb').setnchannels(3), lambda: sunau.open(path('e.au'), 'wb').setcomptype('ALAW', ''), lambda: sunau.open(path('e.au'), 'wb').getsampwidth(), lambda: sunau.open(io.BytesIO(), 'q'))]`},
	{"sndhdr of written files", `[sndhdr.what(path(n)) for n in ('b.aifc', 'c.aiff', 'a.au')]`},
}

func TestAudioFilesDifferential(t *testing.T) {
	pytesting.DiffCases(t, "audio_files", audioFilesPrelude, audioFilesCases)
}
