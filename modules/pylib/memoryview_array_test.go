package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of memoryview over array.array and of its item
// formats (format, itemsize, tolist, indexing, slicing, assignment,
// cast, comparison, hashing, release) against CPython 3.6.

const memoryviewArrayPrelude = pytesting.ShowRepr + `import array
A = array.array
def view(code="i", items=(1, 2, 3, -4)):
    return memoryview(A(code, items))
def released():
    m = view()
    m.release()
    return m
def assign(m, key, value):
    m[key] = value
    return m.obj, m.tolist()
`

var memoryviewArrayCases = []pytesting.Case{
	{"attributes", `(lambda m: (m.format, m.itemsize, m.nbytes, m.shape, m.ndim, m.strides, len(m), m.readonly, m.contiguous, m.suboffsets))(view())`},
	{"tolist", `view().tolist()`},
	{"index", `(lambda m: (m[0], m[1], m[-1]))(view())`},
	{"index out of range", `view()[4]`},
	{"index bad key", `view()["x"]`},
	{"slice", `(lambda m: (m[1:3].tolist(), m[1:3].format, m[1:3].nbytes))(view())`},
	{"step slices", `(lambda m: (m[::2].tolist(), m[::-1].tolist(), m[::2].strides, m[::2].tobytes(), m[::2].contiguous))(view())`},
	{"tobytes", `(view().tobytes(), view("h", [1, -1]).tobytes(), view().hex())`},
	{"obj", `(lambda a: memoryview(a).obj is a)(A("d", [1.0]))`},
	{"iterate", `list(view())`},
	{"bytes", `bytes(view("h", [1, 2]))`},
	{"cast to bytes", `view().cast("B").tolist()`},
	{"set item", `assign(view(), 0, 10)`},
	{"set item negative", `assign(view(), -1, -7)`},
	{"set too big", `assign(view(), 0, 2 ** 31)`},
	{"set float", `assign(view(), 0, 1.5)`},
	{"set str", `assign(view(), 0, "x")`},
	{"set float item", `assign(view("d", [0.0]), 0, 3)`},
	{"set unsigned negative", `assign(view("H", [1]), 0, -1)`},
	{"set slice", `assign(view(), slice(0, 2), A("i", [7, 8]))`},
	{"set slice bytes", `assign(view(), slice(0, 2), b"12345678")`},
	{"set slice short", `assign(view(), slice(0, 2), A("i", [1]))`},
	{"set slice other format", `assign(view(), slice(0, 2), A("l", [1, 2]))`},
	{"write through", `(lambda a: (memoryview(a).__setitem__(1, 99), a))(A("l", [1, 2, 3]))`},
	{"compare", `(lambda m: (m == A("i", [1, 2, 3, -4]), m == A("i", [1, 2, 3, 4]), m == b"x", m == A("l", [1, 2, 3, -4]), m == m.cast("B"), m != A("i", [1, 2, 3, -4])))(view())`},
	{"hash writable", `hash(view())`},
	{"hash read-only non-byte", `hash(memoryview(b"abcd").cast("i"))`},
	{"hash bytes cast", `hash(memoryview(b"ab").cast("c")) == hash(b"ab")`},
	{"floats", `(view("d", [1.5, -2.25]).tolist(), view("f", [0.1]).tolist(), view("f", [1e30]).tolist())`},
	{"small ints", `(view("b", [-1, 5]).tolist(), view("B", [1, 255]).tolist(), view("h", [-300]).tolist())`},
	{"unsigned", `(view("H", [65535]).tolist(), view("I", [2 ** 32 - 1]).tolist(), view("L", [2 ** 64 - 1]).tolist(), view("Q", [2 ** 64 - 1]).tolist())`},
	{"long long", `(view("q", [-2 ** 63]).tolist(), view("l", [2 ** 62]).format)`},
	{"unicode array", `(lambda m: (m.format, m.itemsize))(memoryview(A("u", "ab")))`},
	{"unicode tolist", `memoryview(A("u", "ab")).tolist()`},
	{"cast h", `memoryview(b"\x01\x00\x02\x00").cast("h").tolist()`},
	{"cast bad length", `memoryview(b"\x01\x00\x02").cast("h")`},
	{"cast c", `memoryview(b"abc").cast("c").tolist()`},
	{"cast bool", `memoryview(b"\x00\x01\x02").cast("?").tolist()`},
	{"cast unknown", `memoryview(b"abcd").cast("x")`},
	{"cast at", `(lambda m: (m.format, m.tolist()))(memoryview(b"abcd").cast("@I"))`},
	{"cast not str", `memoryview(b"abcd").cast(1)`},
	{"cast non-byte", `memoryview(b"abcdefgh").cast("i").cast("h")`},
	{"cast back", `memoryview(b"abcdefgh").cast("i").cast("B").tolist()`},
	{"cast strided", `memoryview(b"abcdefgh")[::2].cast("h")`},
	{"cast shape", `memoryview(b"abcdefgh").cast("i", [2]).tolist()`},
	{"cast bad shape", `memoryview(b"abcdefgh").cast("i", [3])`},
	{"cast doubles", `memoryview(bytearray(8)).cast("d").tolist()`},
	{"cast writable", `(lambda ba: (memoryview(ba).cast("i").__setitem__(1, -2), ba))(bytearray(8))`},
	{"cast read-only", `memoryview(b"abcd").cast("i").__setitem__(0, 1)`},
	{"cast c assign", `(lambda mv: (mv.__setitem__(0, b"z"), mv.obj))(memoryview(bytearray(b"ab")).cast("c"))`},
	{"cast c assign long", `memoryview(bytearray(b"ab")).cast("c").__setitem__(1, b"zz")`},
	{"cast c assign int", `memoryview(bytearray(b"ab")).cast("c").__setitem__(1, 3)`},
	{"array of view", `A("i", view().tobytes()) if False else A("h", bytes(memoryview(b"\x05\x00\x06\x00")))`},
	{"release", `(lambda m: (m.release(), m.release(), repr(m)[:16]))(view())`},
	{"released index", `released()[0]`},
	{"released tolist", `released().tolist()`},
	{"released format", `released().format`},
	{"released cast", `released().cast("B")`},
	{"with block", `(lambda m: [(x.tolist(), x is m) for x in [m.__enter__()]] + [m.__exit__(None, None, None), repr(m)[:16]])(view())`},
	{"bytes views", `(memoryview(b"abc") == b"abc", memoryview(b"abc")[1], memoryview(b"abc").format, memoryview(b"abc").itemsize, memoryview(bytearray(b"xy")).tolist())`},
}

func TestMemoryviewArrayDifferential(t *testing.T) {
	pytesting.DiffCases(t, "memoryview_array", memoryviewArrayPrelude, memoryviewArrayCases)
}
