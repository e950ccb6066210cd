package host_test

import (
	"testing"
)

// TestOpenMatchesCPython36 covers open() and the _io file types from Go
// (the full differential suite is tests/lang/cases/files); run with
// -race it also checks the read-ahead and lock discipline.
func TestOpenMatchesCPython36(t *testing.T) {
	// CPython 3.6 takes open()'s default encoding from the locale (ASCII
	// in the C locale); gpython-ssl's is always UTF-8, which is CPython's
	// under a UTF-8 locale.
	t.Setenv("LC_ALL", "C.UTF-8")
	setup := `
import os
_name = '_host_io_test.txt'
with open(_name, 'w', newline='') as _f:
    _f.write('one\r\ntwo\nthree\r')
def _lines(**kw):
    with open(_name, **kw) as f:
        return f.readlines(), f.newlines
def _binary():
    with open(_name, 'rb') as f:
        return f.read(2), f.peek(1)[:1], f.readline(), f.tell(), f.read()
def _text_tell():
    with open(_name) as f:
        out = []
        while True:
            p = f.tell()
            line = f.readline()
            if not line:
                return out
            out.append((p, line))
def _rw():
    with open(_name, 'r+b') as f:
        f.read(1)
        f.write(b'X')
        f.seek(0)
        return f.read(), f.truncate(3), f.tell()
def _closed():
    f = open(_name)
    f.close()
    return f.read()
`
	cases := []pyCase{
		{"universal", `_lines()`},
		{"untranslated", `_lines(newline='')`},
		{"lf only", `_lines(newline='\n')`},
		{"crlf", `_lines(newline='\r\n')`},
		{"binary", `_binary()`},
		{"text tell", `_text_tell()`},
		{"random access", `_rw()`},
		{"closed", `_closed()`},
		{"repr", `[repr(open(_name, m)).replace("'", '"') for m in ('r', 'rb', 'r+b')]`},
		{"bad mode", `open(_name, 'rw')`},
		{"missing", `open('_host_io_missing.txt')`},
		{"utf-16", `(open(_name, 'w', encoding='utf-16').write('\xe9t\xe9'), open(_name, 'rb').read(), open(_name, encoding='utf-16').read())`},
		{"surrogateescape", `open(_name, 'wb').write(b'a\xffb') and open(_name, errors='surrogateescape').read().encode('utf-8', 'surrogateescape')`},
		{"cleanup", `os.remove(_name)`},
	}
	diffCases36(t, "io_open", setup, cases)
}
