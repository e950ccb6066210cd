package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of memoryviews of other than
// one dimension (cast with a shape: attributes, tolist, tuple indexing,
// first-dimension slices, 0-dim views, the NotImplementedError cases),
// of the exports that lock a bytearray's or an array's size while a
// view is alive, and of base64's refusal of such views.

const memoryviewNDPrelude = pytesting.ShowRepr + `import array, base64, gc
B24 = bytes(range(24))
def nd(shape=(2, 3, 4), fmt="B", data=B24):
    return memoryview(data).cast(fmt, shape)
def desc(m):
    return (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.suboffsets,
            m.contiguous, m.c_contiguous, m.f_contiguous, m.tolist())
def put(shape, key, value):
    b = bytearray(range(12))
    m = memoryview(b).cast("B", shape)
    m[key] = value
    return b
def locked(obj, op):
    m = memoryview(obj)
    try:
        op(obj)
        return ("resized", obj, m.tolist())
    except BufferError as e:
        return ("refused", str(e), obj)
def after(obj, first, op):
    first(obj)
    gc.collect()
    op(obj)
    return obj
def released(obj, op):
    m = memoryview(obj)
    m.release()
    op(obj)
    return obj
def setslice(obj, key, value):
    obj[key] = value
def delitem(obj, key):
    del obj[key]
def imul(obj, n):
    obj *= n
def iadd(obj, x):
    obj += x
def with_view(obj, op):
    with memoryview(obj) as m:
        pass
    op(obj)
    return obj, repr(m)[:16]
`

var memoryviewNDCases = []pytesting.Case{
	{"3d attributes", `desc(nd())`},
	{"2d of ints", `desc(nd((2, 3), "I"))`},
	{"2d list shape", `desc(nd([4, 6]))`},
	{"0-dim", `desc(nd((), "I", b"abcd"))`},
	{"0-dim item", `(lambda z: (z[()], len(z), z.tobytes(), z[...].shape))(nd((), "B", b"\x05"))`},
	{"0-dim int index", `nd((), "B", b"\x05")[0]`},
	{"0-dim iterate", `list(nd((), "B", b"\x05"))`},
	{"len and bytes", `(len(nd()), nd().tobytes() == B24, nd().hex()[:12], bytes(nd((6, 4))) == B24)`},
	{"tuple index", `(lambda m: (m[1, 2, 3], m[-1, -1, -1], m[0, 1, 2]))(nd())`},
	{"tuple index typed", `nd((2, 3), "H", B24[:12])[1, 2]`},
	{"sub-view int", `nd()[0]`},
	{"sub-view short tuple", `nd()[1, 2]`},
	{"sub-view empty tuple", `nd()[()]`},
	{"too many indices", `nd()[1, 2, 3, 4]`},
	{"index out of range dim 1", `nd()[2, 0, 0]`},
	{"index out of range dim 2", `nd()[1, 3, 0]`},
	{"index bad key", `nd()[1, "a", 0]`},
	{"ellipsis nd", `nd()[...]`},
	{"first dim slice", `desc(nd()[0:1])`},
	{"reversed slice", `(lambda m: (m.strides, m.contiguous, m.tobytes()[:4], m.tolist()[0][0]))(nd()[::-1])`},
	{"multi slice", `nd()[1:, 1:]`},
	{"slice and index", `nd()[1:, 0]`},
	{"iterate nd", `list(nd())`},
	{"equal", `(nd() == nd(), nd() == nd((6, 4)), nd() == B24, nd((2, 2), "B", b"abcd") == nd((2, 2), "c", b"abcd"))`},
	{"equal reversed", `nd((2, 2), "B", b"abcd")[::-1] == nd((2, 2), "B", b"cdab")`},
	{"hash", `hash(nd()) == hash(B24)`},
	{"cast back to 1d", `(nd().cast("B").shape, nd().cast("I").tolist()[:2])`},
	{"cast nd to nd", `nd().cast("B", (4, 6))`},
	{"cast non-contiguous", `nd()[::-1].cast("B")`},
	{"cast 1d step to nd", `memoryview(B24)[::2].cast("B", (3, 4))`},
	{"cast bad product", `nd((5, 5))`},
	{"cast zero", `nd((0, 24))`},
	{"cast negative", `nd((-1, -24))`},
	{"cast shape int", `nd(3)`},
	{"cast shape str", `nd(("a",))`},
	{"cast 65 dims", `nd((1,) * 65)`},
	{"cast empty with shape", `memoryview(b"").cast("B", [1])`},
	{"cast empty 1d", `memoryview(b"").cast("B").shape`},
	{"set item", `put((3, 4), (1, 2), 99)`},
	{"set item range", `put((3, 4), (1, 2), 300)`},
	{"set item out of range", `put((3, 4), (5, 2), 1)`},
	{"set sub-view", `put((3, 4), 1, 1)`},
	{"set slice nd", `put((3, 4), slice(0, 1), b"abcd")`},
	{"set 0-dim", `(lambda b: (memoryview(b).cast("B", ()).__setitem__((), 7), b))(bytearray(b"\x01"))`},
	{"set 0-dim ellipsis", `(lambda b: (memoryview(b).cast("B", ()).__setitem__(Ellipsis, 8), b))(bytearray(b"\x01"))`},
	{"set 0-dim int", `memoryview(bytearray(b"\x01")).cast("B", ()).__setitem__(0, 8)`},
	{"1d tuple index", `(lambda m: (m[1,], m[-1,]))(memoryview(b"abc"))`},
	{"1d empty tuple", `memoryview(b"abc")[()]`},
	{"1d two indices", `memoryview(b"abc")[1, 2]`},
	{"1d slice tuple", `memoryview(b"abc")[1:2,]`},
	{"1d set tuple", `(lambda b: (memoryview(b).__setitem__((1,), 65), b))(bytearray(b"abc"))`},
	{"1d set slice tuple", `(lambda b: memoryview(b).__setitem__((slice(1, 2),), b"x"))(bytearray(b"abc"))`},
	{"step contiguity", `(lambda m: (m[::2].contiguous, m[::2].c_contiguous, m[:1:2].contiguous, m[0:0].strides))(memoryview(b"abcdef"))`},
	{"nd release", `(lambda m: (m.release(), m.shape))(nd())`},
	{"nd consumers", `(base64.b64encode(nd()), bytes(nd((2, 2), "B", b"abcd")), bytearray(b"x") + nd((2, 2), "B", b"abcd"), b"".join([nd((2, 2), "B", b"abcd")]))`},
	{"b64 legacy 2d", `base64.encodebytes(nd((2, 2), "B", b"1234"))`},
	{"b64 legacy ints", `base64.decodebytes(memoryview(b"1234").cast("I"))`},
	{"b64 legacy array", `base64.encodebytes(array.array("i", [1]))`},
	{"b64 legacy signed", `base64.encodebytes(memoryview(b"1234").cast("b"))`},
	{"bytearray append", `locked(bytearray(b"abc"), lambda b: b.append(1))`},
	{"bytearray extend", `locked(bytearray(b"abc"), lambda b: b.extend(b"xy"))`},
	{"bytearray extend empty", `locked(bytearray(b"abc"), lambda b: b.extend(b""))`},
	{"bytearray pop", `locked(bytearray(b"abc"), lambda b: b.pop())`},
	{"bytearray insert", `locked(bytearray(b"abc"), lambda b: b.insert(0, 1))`},
	{"bytearray remove", `locked(bytearray(b"abc"), lambda b: b.remove(97))`},
	{"bytearray clear", `locked(bytearray(b"abc"), lambda b: b.clear())`},
	{"bytearray iadd", `locked(bytearray(b"abc"), lambda b: iadd(b, b"z"))`},
	{"bytearray iadd empty", `locked(bytearray(b"abc"), lambda b: iadd(b, b""))`},
	{"bytearray imul", `locked(bytearray(b"abc"), lambda b: imul(b, 2))`},
	{"bytearray imul 1", `locked(bytearray(b"abc"), lambda b: imul(b, 1))`},
	{"bytearray grow slice", `locked(bytearray(b"abc"), lambda b: setslice(b, slice(1, 2), b"xyz"))`},
	{"bytearray same slice", `locked(bytearray(b"abc"), lambda b: setslice(b, slice(1, 2), b"q"))`},
	{"bytearray empty extended slice", `locked(bytearray(b"abcdef"), lambda b: setslice(b, slice(1, -1, 2), b""))`},
	{"bytearray del", `locked(bytearray(b"abc"), lambda b: delitem(b, 0))`},
	{"bytearray del empty", `locked(bytearray(b"abc"), lambda b: delitem(b, slice(0, 0)))`},
	{"bytearray del extended", `locked(bytearray(b"abcdef"), lambda b: delitem(b, slice(None, None, 2)))`},
	{"bytearray init", `locked(bytearray(b"abc"), lambda b: b.__init__(b"xx"))`},
	{"bytearray after release", `released(bytearray(b"abc"), lambda b: b.append(1))`},
	{"bytearray after with", `with_view(bytearray(b"abc"), lambda b: b.append(1))`},
	{"bytearray temporary view", `after(bytearray(b"abc"), lambda b: memoryview(b)[0:2], lambda b: b.append(1))`},
	{"bytearray nd view", `locked(bytearray(b"abcd"), lambda b: (lambda c: b.append(1))(memoryview(b).cast("B", (2, 2))))`},
	{"bytearray view of view", `locked(bytearray(b"abc"), lambda b: (lambda v: b.append(1))(memoryview(memoryview(b))))`},
	{"array append", `locked(array.array("i", [1, 2, 3]), lambda a: a.append(4))`},
	{"array extend", `locked(array.array("i", [1, 2, 3]), lambda a: a.extend([4]))`},
	{"array extend empty", `locked(array.array("i", [1, 2, 3]), lambda a: a.extend([]))`},
	{"array pop", `locked(array.array("i", [1, 2, 3]), lambda a: a.pop())`},
	{"array remove", `locked(array.array("i", [1, 2, 3]), lambda a: a.remove(1))`},
	{"array insert", `locked(array.array("i", [1, 2, 3]), lambda a: a.insert(0, 1))`},
	{"array fromlist", `locked(array.array("i", [1, 2, 3]), lambda a: a.fromlist([1]))`},
	{"array frombytes", `locked(array.array("i", [1, 2, 3]), lambda a: a.frombytes(bytes(4)))`},
	{"array imul 0", `locked(array.array("i", [1, 2, 3]), lambda a: imul(a, 0))`},
	{"array imul 1", `locked(array.array("i", [1, 2, 3]), lambda a: imul(a, 1))`},
	{"array iadd", `locked(array.array("i", [1, 2, 3]), lambda a: iadd(a, array.array("i", [5])))`},
	{"array set slice", `locked(array.array("i", [1, 2, 3]), lambda a: setslice(a, slice(0, 0), a))`},
	{"array set same slice", `locked(array.array("i", [1, 2, 3]), lambda a: setslice(a, slice(0, 1), array.array("i", [9])))`},
	{"array del", `locked(array.array("i", [1, 2, 3]), lambda a: delitem(a, 0))`},
	{"array del slice", `locked(array.array("i", [1, 2, 3]), lambda a: delitem(a, slice(0, 1)))`},
	{"array reverse", `locked(array.array("i", [1, 2, 3]), lambda a: a.reverse())`},
	{"array after release", `released(array.array("i", [1]), lambda a: a.append(2))`},
	{"array temporary view", `after(array.array("i", [1]), lambda a: memoryview(a).cast("B"), lambda a: a.append(2))`},
	{"bytearray slice int", `setslice(bytearray(b"abcdef"), slice(3, 4), 10 ** 21)`},
	{"bytearray slice float", `setslice(bytearray(b"abcdef"), slice(3, 4), 2.5)`},
	{"bytearray slice str", `setslice(bytearray(b"abcdef"), slice(3, 4), "str")`},
	{"bytes of str subclass with encoding", `(lambda A: (bytes(A("\u20ac")), bytes(A("\u20ac"), "iso8859-15")))(type("A", (str,), {"__bytes__": lambda self: b"abc"}))`},
	{"bytes of str subclass errors only", `bytes(type("A", (str,), {})("x"), errors="strict")`},
	{"__bytes__ returns a bytes subclass", `(lambda OB: (lambda A: (type(bytes(A())).__name__, bytes(A())))(type("A", (), {"__bytes__": lambda self: OB(b"abc")})))(type("OB", (bytes,), {}))`},
	{"bytearray empty extended assign", `(lambda b: (setslice(b, slice(None, None, -2), b""), b))(bytearray(b"abcdef"))`},
}

func TestMemoryviewNDDifferential(t *testing.T) {
	pytesting.DiffCases(t, "memoryview_nd", memoryviewNDPrelude, memoryviewNDCases)
}
