package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of wave, chunk and sndhdr (Lib/modules) against
// CPython 3.6: files written and read back byte for byte, the errors,
// and the headers sndhdr recognises.

const wavePrelude = pytesting.ShowRepr + `import wave, chunk, sndhdr, io, os, struct, tempfile
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
def written(nch=2, width=2, rate=8000, frames=b"\x01\x00\x02\x00" * 10, nframes=0):
    b = io.BytesIO()
    w = wave.open(b, "wb")
    w.setnchannels(nch); w.setsampwidth(width); w.setframerate(rate)
    w.setcomptype("NONE", "not compressed")
    if nframes:
        w.setnframes(nframes)
    w.writeframes(frames)
    w.close()
    return b.getvalue()
d = tempfile.mkdtemp()
def saved(data, name):
    p = os.path.join(d, name)
    with open(p, "wb") as f:
        f.write(data)
    return p
def ext80(x):
    # 80-bit extended float of a positive integer.
    e = x.bit_length() - 1
    return struct.pack(">H", 16383 + e) + struct.pack(">Q", x << (63 - e))
def aiff(kind=b"AIFF", comp=b""):
    comm = struct.pack(">hLh", 2, 7, 16) + ext80(22050) + comp
    body = kind + b"COMM" + struct.pack(">L", len(comm)) + comm + b"SSND" + struct.pack(">L", 12) + bytes(12)
    return b"FORM" + struct.pack(">L", len(body)) + body
`

var waveCases = []pytesting.Case{
	{"write bytes", `written()`},
	{"write mono 8 bit", `written(1, 1, 11025.6, b"\x80\x81\x82")`},
	{"write odd frames", `written(1, 3, 44100, b"abcdefg")`},
	{"write declared frames", `written(1, 2, 8000, b"\0\0" * 4, nframes=10)`},
	{"read params", `wave.open(io.BytesIO(written())).getparams()`},
	{"read frames", `(lambda r: (r.readframes(3), r.tell(), r.readframes(100), r.tell(), r.readframes(0)))(wave.open(io.BytesIO(written(frames=bytes(range(40))))))`},
	{"setpos rewind", `(lambda r: (r.setpos(9), r.readframes(5), r.rewind(), r.readframes(1), err(r.setpos, 11), err(r.setpos, -1)))(wave.open(io.BytesIO(written(frames=bytes(range(40))))))`},
	{"read accessors", `(lambda r: (r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname(), r.getmarkers(), err(r.getmark, 1), type(r.getfp()).__name__))(wave.open(io.BytesIO(written())))`},
	{"read errors", `[err(wave.open, io.BytesIO(b)) for b in (b"", b"RIFX\0\0\0\0", b"RIFF\x04\0\0\0WAVX", b"RIFF\x04\0\0\0WAVE", b"RIFF\x0c\0\0\0WAVEdata\0\0\0\0", b"RIFF\x14\0\0\0WAVEfmt \x0e\0\0\0\x02\0\x01\0\0\0\0\0\0\0\0\0\0\0")]+[err(wave.open, io.BytesIO(b"RIFF\x1e\0\0\0WAVEfmt \x0e\0\0\0\x02\0\x01\0\0\0\0\0\0\0\0\0\0\0"))]`},
	{"write errors", `(lambda w: [err(f) for f in (lambda: w.setnchannels(0), lambda: w.setsampwidth(5), lambda: w.setframerate(0), w.getnchannels, w.getsampwidth, w.getframerate, lambda: w.setcomptype("ULAW", "x"), lambda: w.setmark(1, 2, 3), lambda: w.getmark(1), lambda: w.writeframes(b"x"))])(wave.open(io.BytesIO(), "wb"))`},
	{"no change after write", `(lambda w: (w.setnchannels(1), w.setsampwidth(1), w.setframerate(8), w.writeframes(b"ab"), err(w.setnchannels, 2), err(w.setparams, (1, 1, 8, 0, "NONE", "")), w.getnframes(), w.tell()))(wave.open(io.BytesIO(), "wb"))`},
	{"setparams", `(lambda b: (lambda w: (w.setparams((1, 2, 16000, 0, "NONE", "none")), w.getparams(), w.writeframes(b"\1\0\2\0"), w.close(), b.getvalue()))(wave.open(b, "wb")))(io.BytesIO())`},
	{"writeframesraw", `(lambda b: (lambda w: (w.setnchannels(1), w.setsampwidth(1), w.setframerate(8), w.writeframesraw(b"abc"), b.getvalue(), w.close(), b.getvalue()))(wave.open(b, "wb")))(io.BytesIO())`},
	{"file names", `(lambda p: (lambda w: (w.setparams((1, 1, 8000, 0, "NONE", "")), w.writeframes(b"xyz"), w.close(), wave.open(p).getparams()))(wave.open(p, "wb")))(os.path.join(d, "n.wav"))`},
	{"with", `(lambda b: (wave.open(b, "wb").__enter__().__class__.__name__,))(io.BytesIO())`},
	{"mode", `(err(wave.open, io.BytesIO(), "a"), wave.openfp is wave.open, wave.WAVE_FORMAT_PCM, wave.__all__)`},
	{"memoryview frames", `(lambda b: (lambda w: (w.setparams((1, 2, 8, 0, "NONE", "")), w.writeframes(memoryview(b"\1\0\2\0")), w.close(), len(b.getvalue())))(wave.open(b, "wb")))(io.BytesIO())`},
	{"chunk", `(lambda c: (c.getname(), c.getsize(), c.read(2), c.tell(), c.read(), c.read(), c.tell(), c.seek(1), c.read(2), c.seek(-1, 2), c.read(), c.seek(0, 1), c.tell(), c.isatty(), err(c.seek, 9)))(chunk.Chunk(io.BytesIO(b"ABCD\x00\x00\x00\x05hello!NEXT")))`},
	{"chunk little endian", `(lambda f: (lambda c: (c.getsize(), c.read(), f.read(4)))(chunk.Chunk(f, bigendian=False)))(io.BytesIO(b"WXYZ\x03\x00\x00\x00abc_rest"))`},
	{"chunk skip closes", `(lambda f: (lambda c: (c.close(), f.read(4), err(c.read), err(c.tell), c.close()))(chunk.Chunk(f)))(io.BytesIO(b"ABCD\x00\x00\x00\x03abc_NEXT"))`},
	{"chunk header size", `(chunk.Chunk(io.BytesIO(b"ABCD\x00\x00\x00\x0cabcd"), inclheader=True).getsize(), err(chunk.Chunk, io.BytesIO(b"AB")), err(chunk.Chunk, io.BytesIO(b"ABCD\x00")))`},
	{"chunk no align", `(lambda f: (lambda c: (c.read(), f.read(2)))(chunk.Chunk(f, align=False)))(io.BytesIO(b"ABCD\x00\x00\x00\x01aNEXT"))`},
	{"sndhdr wav", `sndhdr.what(saved(written(), "a.wav"))`},
	{"sndhdr au", `[sndhdr.what(saved(h, "a%d.au" % i)) for i, h in enumerate((b".snd" + struct.pack(">6L", 24, 800, 3, 8000, 2, 0), b".snd" + struct.pack(">6L", 24, 800, 1, 8000, 1, 0), b".snd" + struct.pack(">6L", 24, 801, 2, 44100, 0, 0), b"dns." + struct.pack("<6L", 24, 100, 9, 22050, 2, 0)))]`},
	{"sndhdr aiff", `(sndhdr.what(saved(aiff(), "a.aiff")), sndhdr.what(saved(aiff(b"AIFC", b"NONE\x00"), "a.aifc")), sndhdr.what(saved(aiff(b"AIFC", b"ulaw\x00"), "u.aifc")))`},
	{"sndhdr others", `[sndhdr.whathdr(saved(h, "o%d" % i)) for i, h in enumerate((b"FORM\0\0\0\x048SVX", b"SOUND\0\0\0" + struct.pack("<L", 99) + bytes(8) + struct.pack("<H", 11025), b"\0\0" + struct.pack("<H", 8000) + bytes(8), b"\0\0\x01\x00", b"Creative Voice File\x1a\x1a\x00" + bytes(4) + b"\x01\x00\x00\x00\x9c", b"nothing here", b"", b"RIFF\0\0\0\0WAVEfmt broken", b"FORM\0\0\0\x04AIFF"))]`},
	{"sndhdr hcom", `sndhdr.what(saved(bytes(65) + b"FSSD" + bytes(59) + b"HCOM" + bytes(12) + struct.pack(">L", 2) + bytes(10), "h.hcom"))`},
	{"sndhdr result", `(lambda r: (r.filetype, r.framerate, r.nchannels, r.nframes, r.sampwidth, type(r).__name__, sndhdr.SndHeaders._fields))(sndhdr.what(saved(written(), "b.wav")))`},
	{"sndhdr missing", `err(sndhdr.what, "/nonexistent/x.wav")`},
	{"sndhdr tests", `([t.__name__ for t in sndhdr.tests], sndhdr.__all__)`},
}

func TestWaveChunkSndhdrDifferential(t *testing.T) {
	pytesting.DiffCases(t, "wave_chunk_sndhdr", wavePrelude, waveCases)
}
