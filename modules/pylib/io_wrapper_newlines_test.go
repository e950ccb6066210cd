package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// io against CPython 3.6: BytesIO.getbuffer() is a memoryview that writes
// through to the stream; a TextIOWrapper over an in-memory buffer reports
// the line endings it has read (newlines) and, reading with newline='\r'
// or '\r\n', translates nothing and ends lines only there.

const ioNewlinesPrelude = pytesting.ShowRepr + `import io
DATA = b"a\r\nb\nc\rd\r\n"
def _wrap(nl, data=DATA):
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
def _lines(nl):
    w = _wrap(nl)
    return [w.readline() for _ in range(5)]
def _seen(nl):
    w = _wrap(nl)
    before = w.newlines
    text = w.read()
    return before, text, w.newlines
def _buffer():
    b = io.BytesIO(b"hello")
    v = b.getbuffer()
    first = (type(v).__name__, v.nbytes, bytes(v), v[0], len(v), v.readonly)
    v[0] = ord("J")
    middle = b.getvalue()
    del v
    b.write(b"!!")
    return first, middle, b.getvalue()
`

var ioNewlinesCases = []pytesting.Case{
	{"getbuffer", `_buffer()`},
	{"readline None", `_lines(None)`},
	{"readline empty", `_lines("")`},
	{"readline LF", `_lines("\n")`},
	{"readline CR", `_lines("\r")`},
	{"readline CRLF", `_lines("\r\n")`},
	{"readlines CRLF", `_wrap("\r\n").readlines()`},
	{"iterate CR", `list(_wrap("\r", b"x\ry\r\n"))`},
	{"newlines None", `_seen(None)`},
	{"newlines empty", `_seen("")`},
	{"newlines LF", `_seen("\n")`},
	{"newlines CRLF", `_seen("\r\n")`},
	{"newlines one line", `_seen(None)[2] if False else (lambda w: (w.read(), w.newlines))(_wrap(None, b"one line"))`},
	{"newlines only LF", `(lambda w: (w.read(), w.newlines))(_wrap(None, b"a\nb\n"))`},
	{"newlines writing", `(lambda w: (w.write("x\n"), w.newlines))(io.TextIOWrapper(io.BytesIO(), encoding="ascii"))`},
}

func TestIONewlinesDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "io_newlines", ioNewlinesPrelude, ioNewlinesCases)
}
