package pyarray_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Arrays rebuilt from other machines' pickles (_array_reconstructor with a
// foreign machine format), and array iterators through pickle.
const rebuildPrelude = `
import array, pickle
` + pytesting.ShowRepr + `
r = array._array_reconstructor
class Sub(array.array):
    pass
def rebuilt(code, mformat, data, cls=array.array):
    a = r(cls, code, mformat, data)
    return type(a).__name__, a
def resumed(a, skip, proto):
    it = iter(a)
    for _ in range(skip):
        next(it)
    copy = pickle.loads(pickle.dumps(it, proto))
    return list(copy), list(it), it.__reduce__()[1:]
def positioned(a, pos):
    it = iter(a)
    it.__setstate__(pos)
    return list(it)
`

var rebuildCases = []pytesting.Case{
	{"int64 big-endian as l", `rebuilt('l', 13, bytes(range(16)))`},
	{"int32 big-endian as f", `rebuilt('f', 9, bytes(range(8)))`},
	{"uint32 big-endian", `rebuilt('h', 7, b'\xff\x00\x00\x01')`},
	{"uint16 for u", `rebuilt('u', 2, b'\x01\x00\x00\x00')`},
	{"int32 for d", `rebuilt('d', 9, b'\x01\x00\x00\x00')`},
	{"signed byte", `rebuilt('B', 1, b'\xff\x80')`},
	{"unsigned byte", `rebuilt('b', 0, b'\xff')`},
	{"uint64 max", `rebuilt('Q', 11, b'\xff' * 8)`},
	{"float big-endian", `rebuilt('f', 15, b'\x7f\x80\x00\x00')`},
	{"double big-endian", `rebuilt('d', 17, b'\x3f\xf0' + bytes(6))`},
	{"double into int array", `rebuilt('b', 16, bytes(8))`},
	{"utf-16 both orders", `(rebuilt('u', 19, 'ab'.encode('utf-16-be')), rebuilt('u', 18, 'ab'.encode('utf-16-le')))`},
	{"utf-16 surrogate pair", `rebuilt('u', 18, '\U0001f600'.encode('utf-16-le'))`},
	{"utf-16 lone surrogate", `rebuilt('u', 18, b'\x00\xd8\x00\x00')`},
	{"utf-32 big-endian", `rebuilt('u', 21, 'ab'.encode('utf-32-be'))`},
	{"text into int array", `rebuilt('b', 20, b'a\x00\x00\x00' * 2)`},
	{"length not a multiple", `[rebuilt(*args) for args in [('b', 8, bytes(6))]]`},
	{"utf-16 length", `rebuilt('u', 19, b'\x00a' * 3)`},
	{"utf-32 length", `rebuilt('u', 21, b'\x00\x00\x00a')`},
	{"native format length", `rebuilt('i', 8, bytes(6))`},
	{"subclass kept", `rebuilt('i', 9, b'\x00\x00\x00\x01', Sub)`},
	{"empty", `rebuilt('d', 12, b'')`},
	{"iterator protocol 0", `resumed(array.array('i', [1, 2, 3]), 1, 0)`},
	{"iterator protocol 4", `resumed(array.array('d', [0.5, 1.5]), 1, 4)`},
	{"exhausted iterator", `resumed(array.array('b', [1]), 1, 2)`},
	{"iterator reduce", `(lambda it: (next(it), it.__reduce__()[1:]))(iter(array.array('H', [4, 5])))`},
	{"setstate negative", `positioned(array.array('i', [1, 2, 3]), -5)`},
	{"setstate past end", `positioned(array.array('i', [1, 2, 3]), 10)`},
	{"setstate non-int", `positioned(array.array('i', [1]), 'x')`},
}

func TestArrayRebuildDifferential(t *testing.T) {
	pytesting.DiffCases(t, "array_rebuild", rebuildPrelude, rebuildCases)
}
