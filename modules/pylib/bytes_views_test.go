package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what test_bytes and
// test_memoryview found: bytes and bytearray iterators through pickle
// (an exhausted one stays exhausted), bytearray's index errors and
// __alloc__, bytes' __mod__/__rmod__, and a released memoryview that
// refuses bytes(), bytearray() and with, keeps the hash it had, and
// multi-dimensional slices.

const bytesViewsPrelude = pytesting.ShowRepr + `import pickle
def resumed(seq, skip, proto):
    it = iter(seq)
    for _ in range(skip):
        next(it)
    copy = pickle.loads(pickle.dumps(it, proto))
    return type(copy).__name__, list(copy), it.__reduce__()[1:]
def drained(seq):
    it = iter(seq)
    list(it)
    return it.__reduce__()[1:]
def grown_after_end():
    b = bytearray(b'ab')
    it = iter(b)
    list(it)
    b.append(9)
    return list(it)
def positioned(pos):
    it = iter(bytearray(b'abc'))
    it.__setstate__(pos)
    return list(it)
def released(kind):
    m = memoryview(b'abc')
    m.release()
    if kind == 'with':
        with m:
            pass
    return kind(m)
def hash_kept():
    m = memoryview(b'abc')
    h = hash(m)
    m.release()
    return hash(m) == h == hash(b'abc')
def setitem(m, key, value):
    m[key] = value
    return m.tobytes()
`

var bytesViewsCases = []pytesting.Case{
	{"bytes iterator fresh empty", `resumed(b'', 0, 2)`},
	{"bytes iterator running", `resumed(b'abc', 1, 0)`},
	{"bytes iterator drained", `drained(b'ab')`},
	{"bytearray iterator type", `type(iter(bytearray())).__name__`},
	{"bytearray iterator fresh", `resumed(bytearray(b'xyz'), 0, 3)`},
	{"bytearray iterator running", `resumed(bytearray(b'xyz'), 2, 4)`},
	{"bytearray iterator drained", `drained(bytearray(b'ab'))`},
	{"bytearray iterator stays exhausted", `grown_after_end()`},
	{"bytearray iterator setstate", `(positioned(1), positioned(-4), positioned(10))`},
	{"bytearray iterator setstate non-int", `positioned('a')`},
	{"bytearray length hint", `(lambda it: (next(it), it.__length_hint__()))(iter(bytearray(b'abc')))`},
	{"bytearray str index assignment", `setitem(bytearray(b'ab'), 'a', 1)`},
	{"bytearray float index assignment", `setitem(bytearray(b'ab'), 1.5, 1)`},
	{"bytearray alloc", `(lambda b: b.__alloc__() > len(b))(bytearray(b'abc'))`},
	{"bytes __mod__", `(b'%s'.__mod__(b'x'), bytearray(b'%d').__mod__(3))`},
	{"bytes __rmod__", `(b'a'.__rmod__(1), bytearray(b'a').__rmod__('%s'), b'a'.__rmod__(b'%s'))`},
	{"object % bytes", `object() % b'abc'`},
	{"released bytes()", `released(bytes)`},
	{"released bytearray()", `released(bytearray)`},
	{"released with", `released('with')`},
	{"released hash kept", `hash_kept()`},
	{"released hash first time", `(lambda m: (m.release(), hash(m)))(memoryview(b'abc'))`},
	{"two-dimensional slice", `memoryview(b'abc')[0:1, 0:1]`},
	{"two-dimensional slice assignment", `setitem(memoryview(bytearray(b'abc')), (slice(0, 1), slice(0, 1)), b'a')`},
	{"tuple of index and slice", `memoryview(b'abc')[0, 0:1]`},
}

func TestBytesViewsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "bytes_views", bytesViewsPrelude, bytesViewsCases)
}
