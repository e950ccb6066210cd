package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Text files against CPython 3.6: tell() near a '\r' read with newline
// None or '' answers CPython's cookie (the pending '\r' as a flag, the
// bytes to feed and characters to skip after it), which seek() restores;
// and the instance dicts of open files: a TextIOWrapper's mode, a
// FileIO's name and __IOBase_closed, set through a derived class's own
// __setattr__.

const ioTellCookiePrelude = pytesting.ShowRepr + `import io, os, tempfile
D = tempfile.mkdtemp()
P = os.path.join(D, "f.txt")
def put(data):
    with open(P, "wb") as f:
        f.write(data)
def trace(data, nl=None, enc="utf-8", step=1, chunk=0):
    put(data)
    f = open(P, encoding=enc, newline=nl)
    if chunk:
        f._CHUNK_SIZE = chunk
    got = []
    while True:
        c = f.tell()
        s = f.read(step)
        got.append((c, s))
        if not s:
            break
    back = []
    for c, s in got:
        f.seek(c)
        back.append(f.read(step) == s)
    f.close()
    return [c for c, _ in got], all(back)
def lines(data, nl=None, chunk=0, again=False):
    put(data)
    f = open(P, newline=nl)
    if chunk:
        f._CHUNK_SIZE = chunk
    out = []
    while True:
        c = f.tell()
        s = f.readline()
        out.append((c, s))
        if not s:
            break
        if again:
            f.seek(0, 1)
    f.close()
    return out
def cur(data, n, nl=None):
    put(data)
    f = open(P, newline=nl)
    f.read(n)
    a = f.seek(0, 1)
    b = f.tell()
    rest = f.read()
    f.close()
    return a, b, rest
def closed_dict(**kw):
    f = open(P, **kw)
    f.close()
    return type(f).__name__, f.__dict__
class Seen(io.FileIO):
    log = []
    def __setattr__(self, k, v):
        Seen.log.append(k)
        object.__setattr__(self, k, v)
def seen():
    put(b"x")
    Seen.log = []
    f = Seen(P)
    n = f.name == P
    f.close()
    f.close()
    return Seen.log, n, sorted(vars(f))
def mode_gone():
    put(b"x")
    f = open(P)
    del f.mode
    try:
        f.mode
    except AttributeError as e:
        r = str(e)
    out = r, repr(f).replace(P, "P")
    f.mode = "zz"
    out += (repr(f).replace(P, "P"),)
    f.close()
    return out
def fio_name():
    put(b"x")
    f = io.FileIO(P)
    out = [f.__dict__ == {"name": P}]
    f.name = 5
    out.append(repr(f))
    b = io.BufferedReader(f)
    t = io.TextIOWrapper(b)
    out += [b.__dict__, b.name, repr(b), t.__dict__, t.name, repr(t)]
    del f.name
    out.append(repr(f).split(" mode")[1])
    t.close()
    out.append(f.__dict__)
    return out
`

var ioTellCookieCases = []pytesting.Case{
	{"lone cr read 3", `trace(b"ab\rcd\r\nef\r", step=3)`},
	{"lone cr read 1", `trace(b"ab\rcd\r\nef\r")`},
	{"lone cr read 2", `trace(b"ab\rcd\r\nef\r", step=2)`},
	{"lone cr empty newline", `trace(b"ab\rcd\r\nef\r", nl="")`},
	{"cr cr", `trace(b"a\r\rb\r\n\r\nc\r")`},
	{"cr cr empty newline", `trace(b"a\r\rb\r\n\r\nc\r", nl="", step=2)`},
	{"only cr", `trace(b"\r")`},
	{"three cr", `trace(b"\r\r\r")`},
	{"three cr step 2", `trace(b"\r\r\r", step=2)`},
	{"crlf at end", `trace(b"x\r\n")`},
	{"multibyte", `trace("é\ré\r\n€\r\r\n".encode())`},
	{"multibyte step 3", `trace("é\ré\r\n€\r\r\n".encode(), step=3)`},
	{"latin-1", `trace("é\ré\r\n€\r\r\n".encode(), enc="latin-1")`},
	{"utf-16-le", `trace("a\rb\r\nc\r".encode("utf-16-le"), enc="utf-16-le")`},
	{"small chunks", `trace(b"a\r\r\n\xe2\x82\xac\n\r\n\r", nl="", step=1, chunk=3)`},
	{"chunk 2", `trace(b"line1\rline2\rline3\n" * 3, step=4, chunk=2)`},
	{"long cr lines", `trace(b"a\rb" * 50, step=7)`},
	{"readline", `lines(b"a\r\rb\r\n\r\nc\r")`},
	{"readline seek cur", `lines(b"a\r\rb\r\n\r\nc\r", again=True)`},
	{"readline empty newline", `lines(b"a\r\rb\r\n\r\nc\r", nl="", again=True)`},
	{"readline chunk 3", `lines(b"a\r\r\n\xe2\x82\xac\n\r\n\r", nl="", chunk=3, again=True)`},
	{"readline multibyte", `lines("é\ré\r\n€\r\r\n".encode(), again=True)`},
	{"seek cur cookie", `cur(b"ab\rcd", 3)`},
	{"seek cur cookie empty newline", `cur(b"ab\rcd", 3, nl="")`},
	{"seek cur end", `cur(b"ab\r", 3)`},
	{"seek cur plain", `cur(b"ab\ncd", 3)`},
	{"text dict", `closed_dict(mode="r")`},
	{"text dict w", `closed_dict(mode="a")`},
	{"buffered dict", `closed_dict(mode="rb")`},
	{"fileio dict", `(lambda r: (r[0], sorted(r[1])))(closed_dict(mode="rb", buffering=0))`},
	{"fileio subclass setattr", `seen()`},
	{"mode deleted", `mode_gone()`},
	{"fileio name", `fio_name()`},
}

func TestIOTellCookieDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "io_tell_cookie", ioTellCookiePrelude, ioTellCookieCases)
}
