package tests

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// docScanScript prints "name hash" for every docstring (longer than 20
// characters) of the builtins, the built-in types' attributes, and the
// attributes of the modules the project implements in Go (one level into
// their classes). Values whose __doc__ is only their class's are left out.
// The hash (first 16 hex digits of the SHA-256 of the text) lets two
// interpreters' docstrings be compared without storing CPython's prose.
const docScanScript = `import hashlib

# Modules whose docstrings the project provides in Go (builtins' types too).
MODULES = ['builtins', '_ssl', 'socket', '_socket', 'select', 'time', 'datetime',
           'struct', 'hashlib', 'hmac', 'binascii', 'zlib', 'math', 'os', 'posix',
           'os.path', 'errno', 'gc', '_thread', 'signal', 're', '_random',
           '_weakref', 'termios', '_io', 'sys', 'itertools', 'array',
           'cmath', 'atexit', 'fcntl', 'pwd', 'grp', 'resource', '_json', '_struct',
           '_bz2', '_lzma', 'unicodedata', 'mmap', 'syslog', 'crypt', 'spwd',
           '_codecs', '_datetime', 'pyexpat', '_sqlite3', '_tracemalloc',
           '_multibytecodec', '_csv', '_functools', '_collections', '_heapq',
           '_bisect', '_operator', '_locale', '_posixsubprocess', '_pickle',
           '_decimal', '_elementtree', 'zipimport', '_sha3', '_blake2', '_md5',
           '_sha1', '_sha256', '_sha512', '_imp', '_warnings', '_thread',
           '_threading_local', '_compat_pickle', 'nntplib', 'zipimport']
TYPES = [str, bytes, bytearray, list, dict, set, frozenset, tuple, int, float,
         complex, object, type, range, memoryview]
# Types that no module names, reached through an instance: (name, code).
INSTANCES = [('zlib.Compress', 'zlib.compressobj()'),
             ('zlib.Decompress', 'zlib.decompressobj()'),
             ('_hashlib.HASH', 'hashlib.sha256()'),
             ('hashlib.md5', 'hashlib.md5()'),
             ('re.Pattern', 're.compile("x")'),
             ('re.Match', 're.match("x", "x")'),
             ('socket.socket', 'socket.socket()'),
             ('_ssl.MemoryBIO', '__import__("_ssl").MemoryBIO()'),
             ('builtins.generator', '(x for x in ())'),
             ('builtins.dict_keys', '{}.keys()'),
             ('builtins.list_iterator', 'iter([])'),
             ('builtins.function', 'emit'),
             ('builtins.code', 'emit.__code__'),
             ('builtins.frame', '__import__("sys")._getframe()'),
             ('builtins.module', '__import__("sys")')]


def emit(key, doc):
    if isinstance(doc, str) and len(doc) > 20:
        h = hashlib.sha256(doc.encode('utf-8')).hexdigest()[:16]
        print(key + ' ' + h)


def scan(prefix, obj, depth):
    for name in sorted(dir(obj)):
        try:
            v = getattr(obj, name)
        except Exception:
            continue
        doc = getattr(v, '__doc__', None)
        if not isinstance(v, type) and doc == getattr(type(v), '__doc__', None):
            continue  # a plain value: its doc is its class's
        if isinstance(v, type) and v.__module__ == 'builtins' and prefix != 'builtins':
            continue  # a built-in class under another name (mmap.error is OSError)
        if isinstance(doc, str) and doc.startswith('Alias for field number '):
            continue  # what namedtuple writes for each field
        fields = getattr(v, '_fields', None)
        if isinstance(v, type) and isinstance(fields, tuple) and doc == '%s(%s)' % (v.__name__, ', '.join(fields)):
            continue  # what namedtuple writes for the class
        emit(prefix + '.' + name, doc)
        if depth and isinstance(v, type):
            scan(prefix + '.' + name, v, 0)


for t in TYPES:
    emit(t.__name__, t.__doc__)
    scan(t.__name__, t, 0)
for m in MODULES:
    try:
        mod = __import__(m)
        for part in m.split(".")[1:]:
            mod = getattr(mod, part)
    except Exception:
        continue
    emit(m, mod.__doc__)
    scan(m, mod, 1)
import re, socket, zlib
for name, code in INSTANCES:
    try:
        t = type(eval(code))
    except Exception:
        continue
    emit(name, t.__doc__)
    scan(name, t, 0)
`

// docsFromGPython names the docstrings that are still CPython's word for
// word because the pinned gpython module defines them (exception classes,
// str/bytes/list/tuple/float/complex constructors, sys's tracing hooks,
// array, ...). The project does not modify gpython, so they stay; any other
// name whose docstring matches CPython 3.6's is a docstring the project
// copied, which it must not. Generated once (2026-12) from this test's scan,
// after the project's own docstrings were rewritten.
var docsFromGPython = map[string]bool{}

func init() {
	for _, name := range []string{
		"str", "bytes", "list", "tuple", "float", "complex", "builtins.code", "builtins.ArithmeticError",
		"builtins.BaseException", "builtins.BlockingIOError", "builtins.BytesWarning",
		"builtins.DeprecationWarning", "builtins.EOFError", "builtins.EnvironmentError",
		"builtins.Exception", "builtins.FloatingPointError", "builtins.FutureWarning",
		"builtins.GeneratorExit", "builtins.IOError", "builtins.ImportError",
		"builtins.ImportWarning", "builtins.IndentationError", "builtins.IndexError",
		"builtins.InterruptedError", "builtins.IsADirectoryError", "builtins.KeyError",
		"builtins.KeyboardInterrupt", "builtins.LookupError", "builtins.NameError",
		"builtins.NotADirectoryError", "builtins.NotImplementedError", "builtins.OSError",
		"builtins.OverflowError", "builtins.PendingDeprecationWarning", "builtins.PermissionError",
		"builtins.ReferenceError", "builtins.ResourceWarning", "builtins.RuntimeError",
		"builtins.RuntimeWarning", "builtins.StopIteration", "builtins.SyntaxWarning",
		"builtins.SystemExit", "builtins.TabError", "builtins.TypeError",
		"builtins.UnboundLocalError", "builtins.UnicodeDecodeError", "builtins.UnicodeEncodeError",
		"builtins.UnicodeError", "builtins.UnicodeTranslateError", "builtins.UnicodeWarning",
		"builtins.UserWarning", "builtins.ValueError", "builtins.Warning",
		"builtins.ZeroDivisionError", "builtins.__build_class__", "builtins.bool", "builtins.bytes",
		"builtins.complex", "builtins.filter", "builtins.float", "builtins.getattr", "builtins.list",
		"builtins.map", "builtins.next", "builtins.round", "builtins.str", "builtins.tuple",
		"builtins.zip", "sys.callstats", "sys.getrefcount",
	} {
		docsFromGPython[name] = true
	}
}

// parseDocScan reads docScanScript's output into name -> hash.
func parseDocScan(t *testing.T, out string) map[string]string {
	t.Helper()
	docs := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		name, hash, ok := strings.Cut(line, " ")
		require.True(t, ok, "bad scan line %q", line)
		docs[name] = hash
	}
	return docs
}

// TestDocstringsAreOurOwn fails when a docstring the project defines is
// identical to CPython 3.6's for the same name: the project writes its
// docstrings in its own words. CPython's side comes from CPython 3.6, or
// from its stored hashes (testdata/cpython36/docstrings.out) where 3.6 is
// not installed.
func TestDocstringsAreOurOwn(t *testing.T) {
	want := parseDocScan(t, pytesting.CPython36Output(t, "docstrings", docScanScript))
	path := filepath.Join(t.TempDir(), "docscan.py")
	writeFile(t, path, docScanScript)
	res := gpython(t, path)
	require.Equal(t, 0, res.Code, "scan failed under gpython-ssl: %s", res.Stderr)
	got := parseDocScan(t, res.Stdout)
	require.Greater(t, len(got), 1000, "the scan saw too few docstrings")

	var copied, stale []string
	for name, hash := range got {
		if want[name] == hash && !docsFromGPython[name] {
			copied = append(copied, name)
		}
	}
	for name := range docsFromGPython {
		if want[name] == "" || want[name] != got[name] {
			stale = append(stale, name)
		}
	}
	sort.Strings(copied)
	sort.Strings(stale)
	require.Empty(t, copied, "docstrings identical to CPython 3.6's: write them in the project's own words")
	require.Empty(t, stale, "docsFromGPython entries no longer identical to CPython's: remove them")
}
