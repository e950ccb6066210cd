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
it = g()
next(it)
del it
for x in g():
    break
print("end")`, "end"},
		{"weakref_dies_at_gc", `
import weakref
class A: pass
a = A()
r = weakref.ref(a)
del a
print(r() is None, hasattr(weakref, "proxy"))`, "False False"},
		{"lone_surrogates", `print(len(b"\xff".decode("utf-8", "surrogateescape")), ascii("\udc80"))`, `3 '\ufffd'`},
		{"format_width_limit", `
try:
    print(len("{:300000000}".format(1)))
except MemoryError:
    print("MemoryError")`, "MemoryError"},
		{"getsizeof", `
import sys
try:
    print(sys.getsizeof(1) > 0)
except NotImplementedError:
    print("NotImplementedError")`, "NotImplementedError"},
		{"finished_frame_f_back", `
import sys
def inner():
    1 / 0
try:
    inner()
except ZeroDivisionError:
    print(sys.exc_info()[2].tb_next.tb_frame.f_back is None)`, "True"},
		{"library_module_file", `
import textwrap
print(textwrap.__file__)`, "<textwrap>"},
		{"globals_setitem_order", `
globals()["zzz"] = 1
globals()["aaa"] = 2
print(list(globals())[-2:])`, "['aaa', 'zzz']"},
		{"codecs", `
for name in ("utf-32", "unicode_escape", "cp1252", "idna"):
    try:
        "x".encode(name)
        print(name, "ok")
    except LookupError as exc:
        print(exc)`, "unknown encoding: utf-32\nunknown encoding: unicode_escape\nunknown encoding: cp1252\nunknown encoding: idna"},
		{"missing_modules", `
missing = []
for name in ("pickle", "decimal", "fractions", "asyncio", "zipfile", "tarfile", "unittest", "multiprocessing", "xml", "optparse", "difflib", "sqlite3", "ctypes", "http.cookies", "imaplib", "pwd", "fcntl", "bz2", "ast", "tokenize"):
    try:
        __import__(name)
    except ImportError:
        missing.append(name)
print(" ".join(missing))`, "pickle decimal fractions asyncio zipfile tarfile unittest multiprocessing xml optparse difflib sqlite3 ctypes http.cookies imaplib pwd fcntl bz2 ast tokenize"},
		{"os_process_functions", `
import os
print([hasattr(os, n) for n in ("fork", "execv", "waitpid", "PathLike")])`, "[False, False, False, False]"},
		{"socket_constants_plain_ints", `
import socket
print(type(socket.AF_INET).__name__, socket.socket().family)`, "int 2"},
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
