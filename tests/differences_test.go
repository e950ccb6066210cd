package tests

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestDifferencesFromCPython pins each row of the README's table "What
// still differs from CPython 3.6" (section "Writing scripts for
// gpython"): the snippet's output under gpython-ssl today, and that
// CPython 3.6's output is another (stored in testdata/cpython36 where 3.6
// is missing). A row whose gpython-ssl output changes fails here: if it
// now matches CPython, delete the row here and in the README.
func TestDifferencesFromCPython(t *testing.T) {
	rows := []struct {
		name, src string
		ours      string // gpython-ssl's output today
	}{
		{"generator_finally", `
def g():
    try:
        yield 1
    finally:
        print("finally")
z = zip(g(), [1])
next(z)
del z
print("end")`, "end\nfinally"},
		{"del_after_clear", `
class A:
    def __del__(self):
        print("del")
d = {1: A()}
d.clear()
print("end")`, "end\ndel"},
		{"socket_classes", `
import socket, ssl
try:
    ssl.SSLSocket(socket.socket()).close()
    print("made")
except TypeError:
    print("TypeError")`, "TypeError"},
		{"weakref_dies_at_gc", `
import weakref
class A: pass
held = [A()]
r = weakref.ref(held[0])
held.clear()
print(r() is None)`, "False"},
		{"format_width_limit", `
try:
    print(len("{:300000000}".format(1)))
except MemoryError:
    print("MemoryError")`, "MemoryError"},
		{"locale_encoding", `
import locale, tempfile
locale.setlocale(locale.LC_CTYPE, "C")
with tempfile.TemporaryFile("w+") as f:
    print(f.encoding, locale.getpreferredencoding(False))`, "UTF-8 ANSI_X3.4-1968"},
		{"missing_modules", `
missing = []
for name in ("decimal", "zipfile", "tarfile", "multiprocessing", "xml", "sqlite3", "ctypes", "bz2", "lzma", "ast", "tokenize", "dis", "shelve", "mailbox", "http.cookiejar", "xmlrpc", "mmap", "pydoc"):
    try:
        __import__(name)
    except ImportError:
        missing.append(name)
import difflib, unittest.mock as mock
try:
    difflib.HtmlDiff().make_table([], [])
except NotImplementedError:
    missing.append("HtmlDiff")
missing += [n for n in ("create_autospec", "mock_open", "PropertyMock") if not hasattr(mock, n)]
print(" ".join(missing))
import io
print(type(io.BufferedReader(io.BytesIO())) is io.BufferedReader, isinstance(io.BufferedReader(io.BytesIO()), io.BufferedReader))
import pydoc
try:
    pydoc.html.document(pydoc)
    print("html modules")
except NotImplementedError:
    print("no html modules")`, "ctypes\nFalse True\nno html modules"},
		{"faulthandler_register", `
import faulthandler, signal
faulthandler.register(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)`, "False"},
		{"os_fork", `
import os
print([hasattr(os, n) for n in ("fork", "forkpty", "execv", "waitpid", "PathLike")])`, "[False, False, True, True, True]"},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			got := gpython(t, "-c", row.src)
			assert.Equal(t, row.ours, strings.TrimSpace(got.Stdout+got.Stderr),
				"gpython-ssl's behaviour changed: if it now matches CPython 3.6, remove this row and the README's")
			want := pytesting.CPython36Output(t, "differences_"+row.name, row.src)
			assert.NotEqual(t, row.ours, strings.TrimSpace(want), "CPython 3.6 behaves the same: not a difference")
		})
	}
}
