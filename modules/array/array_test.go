package pyarray_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl" // every module: pickle and copy need codecs, struct, ...
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// prelude runs under gpython-ssl and CPython 3.6 alike.
const prelude = `
import array, copy, pickle, struct, sys

` + pytesting.ShowRepr + `
def _bounds(code, values):
    out = []
    for v in values:
        try:
            out.append(array.array(code, [v]).tolist())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out

def _do(a, f):
    r = f(a)
    return r, a

def _setitem(a, k, v):
    a[k] = v
    return a

def _delitem(a, k):
    del a[k]
    return a

def _iadd(a, b):
    a += b
    return a

def _imul(a, n):
    a *= n
    return a

class _File:
    def __init__(self, data=b""):
        self.data = data
        self.written = []
    def read(self, n):
        r, self.data = self.data[:n], self.data[n:]
        return r
    def write(self, b):
        self.written.append(b)

def _fromfile(code, data, n):
    a = array.array(code)
    try:
        a.fromfile(_File(data), n)
    except EOFError as e:
        return "EOFError", str(e), a
    return a

def _tofile(a):
    f = _File()
    a.tofile(f)
    return f.written

class _Idx:
    def __index__(self):
        return 1

W = [0, 1, -1, 2**7 - 1, 2**7, -2**7, -2**7 - 1, 2**8 - 1, 2**8, 2**15 - 1, 2**15, -2**15, -2**15 - 1,
     2**16 - 1, 2**16, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32,
     2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64]
`

var diffCases = []pytesting.Case{
	// module surface
	{"typecodes", `array.typecodes`},
	{"ArrayType", `array.ArrayType is array.array`},
	{"class repr", `array.array`},
	{"class names", `(array.array.__name__, array.array.__module__, array.array.__qualname__)`},
	{"type of instance", `type(array.array('b')) is array.array`},
	{"no attribute", `array.array('b').foo`},
	{"add int", `array.array('b') + 1`},
	{"itemsizes", `[array.array(c).itemsize for c in array.typecodes]`},
	{"typecode attr", `[array.array(c).typecode for c in array.typecodes]`},
	{"byteorder", `sys.byteorder`},
	// bounds of every integer typecode
	{"bounds b", `_bounds('b', W)`},
	{"bounds B", `_bounds('B', W)`},
	{"bounds h", `_bounds('h', W)`},
	{"bounds H", `_bounds('H', W)`},
	{"bounds i", `_bounds('i', W)`},
	{"bounds I", `_bounds('I', W)`},
	{"bounds l", `_bounds('l', W)`},
	{"bounds L", `_bounds('L', W)`},
	{"bounds q", `_bounds('q', W)`},
	{"bounds Q", `_bounds('Q', W)`},
	{"bool items", `array.array('b', [True, False])`},
	{"index items", `array.array('h', [_Idx()])`},
	// item type errors
	{"float into b", `array.array('b', [1.5])`},
	{"float into I", `array.array('I', [1.5])`},
	{"float into Q", `array.array('Q', [1.5])`},
	{"float into L", `array.array('L', [1.5])`},
	{"float into q", `array.array('q', [1.5])`},
	{"str into i", `array.array('i', ['x'])`},
	{"None into H", `array.array('H', [None])`},
	{"str into d", `array.array('d', ['x'])`},
	{"None into f", `array.array('f', [None])`},
	{"huge into d", `array.array('d', [2**2000])`},
	{"int into d", `array.array('d', [1, 2**60])`},
	{"f rounding", `array.array('f', [0.1, 1e300, -1e300])`},
	{"d values", `array.array('d', [0.1, -0.0, float('inf')])`},
	{"int into u", `array.array('u', [1])`},
	{"two chars into u", `array.array('u', ['ab'])`},
	{"astral u", `array.array('u', 'ab\U0001F600')`},
	{"u out of range item", `array.array('u', b'\xff\xff\xff\xff')[0]`},
	{"u out of range repr", `repr(array.array('u', b'\x00\x00\x11\x00'))`},
	{"u out of range tounicode", `array.array('u', b'\xff\xff\xff\xff').tounicode()`},
	{"u out of range len", `len(array.array('u', b'\xff\xff\xff\xff'))`},
	// constructor
	{"bad typecode", `array.array('x')`},
	{"long typecode", `array.array('bb')`},
	{"int typecode", `array.array(1)`},
	{"no args", `array.array()`},
	{"three args", `array.array('b', [1], 2)`},
	{"keywords", `array.array('b', typecode='b')`},
	{"int initializer", `array.array('b', 1)`},
	{"str into b", `array.array('b', 'ab')`},
	{"bytes init", `array.array('i', b'abcd')`},
	{"bytes init bad length", `array.array('i', b'abc')`},
	{"bytes into u", `array.array('u', b'ab')`},
	{"bytearray init", `array.array('H', bytearray(b'abcd'))`},
	{"array init same", `array.array('i', array.array('i', [1, 2]))`},
	{"array init d from i", `array.array('d', array.array('i', [1]))`},
	{"array init i from d", `array.array('i', array.array('d', [1.0]))`},
	{"array init u from i", `array.array('u', array.array('i', [1]))`},
	{"generator init", `array.array('i', (x * x for x in range(4)))`},
	{"tuple init", `array.array('B', (1, 2))`},
	{"range init", `array.array('q', range(3))`},
	// repr
	{"repr H", `repr(array.array('H', [1, 2]))`},
	{"repr u", `repr(array.array('u', 'abc'))`},
	{"repr u quote", `repr(array.array('u', "it's"))`},
	{"repr empty d", `repr(array.array('d'))`},
	{"repr empty u", `repr(array.array('u'))`},
	{"str", `str(array.array('b', [1]))`},
	// indexing
	{"getitem", `array.array('i', [1, 2, 3])[1]`},
	{"getitem neg", `array.array('i', [1, 2, 3])[-1]`},
	{"getitem out", `array.array('i', [1, 2, 3])[3]`},
	{"getitem neg out", `array.array('i', [1, 2, 3])[-4]`},
	{"getitem huge", `array.array('i', [1])[2**100]`},
	{"getitem str", `array.array('i', [1])['x']`},
	{"getitem index obj", `array.array('i', [1, 2])[_Idx()]`},
	{"getitem Q max", `array.array('Q', [2**64 - 1])[0]`},
	{"getitem u", `array.array('u', 'xy')[1]`},
	{"slice", `array.array('i', range(10))[2:5]`},
	{"slice step", `array.array('i', range(10))[::3]`},
	{"slice neg step", `array.array('i', range(10))[8:2:-2]`},
	{"slice reversed", `array.array('u', 'abc')[::-1]`},
	{"slice empty", `array.array('d', [1.0])[5:]`},
	{"slice step zero", `array.array('b', [1])[::0]`},
	{"setitem", `_setitem(array.array('i', [1, 2]), 0, 9)`},
	{"setitem neg", `_setitem(array.array('i', [1, 2]), -1, 9)`},
	{"setitem out", `_setitem(array.array('i', [1, 2]), 2, 9)`},
	{"setitem overflow", `_setitem(array.array('B', [1]), 0, 256)`},
	{"setitem slice list", `_setitem(array.array('i', [1, 2]), slice(0, 1), [1])`},
	{"setitem slice other kind", `_setitem(array.array('i', [1, 2]), slice(0, 1), array.array('b', [1]))`},
	{"setitem slice grow", `_setitem(array.array('i', [1, 2, 3]), slice(1, 2), array.array('i', [7, 8, 9]))`},
	{"setitem slice shrink", `_setitem(array.array('i', [1, 2, 3]), slice(0, 2), array.array('i'))`},
	{"setitem slice insert", `_setitem(array.array('i', [1, 2, 3]), slice(2, 1), array.array('i', [5]))`},
	{"setitem ext slice", `_setitem(array.array('i', [1, 2, 3, 4]), slice(None, None, 2), array.array('i', [8, 9]))`},
	{"setitem ext slice size", `_setitem(array.array('i', [1, 2, 3]), slice(0, 3, 2), array.array('i', [1]))`},
	{"setitem self", `(lambda a: _setitem(a, slice(1, 2), a))(array.array('h', [1, 2, 3]))`},
	{"delitem", `_delitem(array.array('i', [1, 2, 3]), 1)`},
	{"delitem out", `_delitem(array.array('i', [1, 2, 3]), 5)`},
	{"delitem slice", `_delitem(array.array('i', range(6)), slice(1, 4))`},
	{"delitem ext slice", `_delitem(array.array('i', range(6)), slice(None, None, 2))`},
	{"delitem neg ext slice", `_delitem(array.array('i', range(6)), slice(None, None, -3))`},
	{"insert huge", `array.array('b', [1]).insert(2**100, 1)`},
	{"pop huge", `array.array('b', [1]).pop(2**100)`},
	{"setitem huge", `_setitem(array.array('b', [1]), 2**100, 1)`},
	{"setitem neg huge", `_setitem(array.array('b', [1]), -2**100, 1)`},
	{"delitem huge", `_delitem(array.array('b', [1]), 2**100)`},
	{"getitem neg huge", `array.array('b', [1])[-2**100]`},
	{"mul huge", `array.array('b', [1]) * 2**100`},
	{"mul neg huge", `array.array('b', [1]) * -2**100`},
	{"fromfile huge", `array.array('b').fromfile(_File(), 2**100)`},
	// operators
	{"len", `len(array.array('d', [1, 2, 3]))`},
	{"bool empty", `bool(array.array('d'))`},
	{"add", `array.array('i', [1]) + array.array('i', [2])`},
	{"add list", `array.array('i', [1]) + [1]`},
	{"add other kind", `array.array('i', [1]) + array.array('b')`},
	{"mul", `array.array('b', [1, 2]) * 3`},
	{"rmul", `2 * array.array('u', 'ab')`},
	{"mul neg", `array.array('b', [1, 2]) * -1`},
	{"mul str", `array.array('b', [1]) * 'x'`},
	{"iadd", `_iadd(array.array('i', [1]), array.array('i', [2]))`},
	{"iadd list", `_iadd(array.array('i', [1]), [2])`},
	{"iadd other kind", `_iadd(array.array('i', [1]), array.array('d'))`},
	{"imul", `_imul(array.array('i', [1, 2]), 2)`},
	{"imul zero", `_imul(array.array('i', [1, 2]), 0)`},
	{"in", `2 in array.array('i', [1, 2])`},
	{"in float", `2.0 in array.array('i', [1, 2])`},
	{"not in str", `'x' in array.array('i', [1, 2])`},
	{"iter", `list(array.array('H', [3, 4]))`},
	{"iter sum", `sum(array.array('d', [0.5] * 10))`},
	{"reversed", `list(reversed(array.array('b', [1, 2, 3])))`},
	{"hash", `hash(array.array('b'))`},
	// comparisons
	{"eq", `array.array('i', [1, 2]) == array.array('i', [1, 2])`},
	{"eq kinds", `array.array('i', [1, 2]) == array.array('d', [1.0, 2.0])`},
	{"ne", `array.array('i', [1, 2]) != array.array('i', [1, 3])`},
	{"eq list", `array.array('i', [1, 2]) == [1, 2]`},
	{"lt", `array.array('i', [1, 2]) < array.array('i', [1, 3])`},
	{"lt prefix", `array.array('i', [1]) < array.array('i', [1, 0])`},
	{"le", `array.array('b', [5]) <= array.array('d', [5.0])`},
	{"gt kinds", `array.array('i', [1, 2, 3]) > array.array('d', [1, 2, 2.5])`},
	{"ge", `array.array('u', 'b') >= array.array('u', 'ab')`},
	{"eq u", `array.array('u', 'ab') == 'ab'`},
	{"eq nan", `(lambda a: a == a)(array.array('d', [float('nan')]))`},
	// methods
	{"append", `_do(array.array('i'), lambda a: a.append(5))`},
	{"append bad", `_do(array.array('B'), lambda a: a.append(-1))`},
	{"append no args", `array.array('i').append()`},
	{"buffer_info len", `array.array('d', [1, 2]).buffer_info()[1]`},
	{"byteswap H", `_do(array.array('H', [1, 258]), lambda a: a.byteswap())`},
	{"byteswap d", `_do(array.array('d', [1.0]), lambda a: a.byteswap())`},
	{"byteswap b", `_do(array.array('b', [1, -2]), lambda a: a.byteswap())`},
	{"count", `array.array('i', [1, 2, 1]).count(1)`},
	{"count str", `array.array('i', [1]).count('x')`},
	{"extend array", `_do(array.array('i', [1]), lambda a: a.extend(array.array('i', [2])))`},
	{"extend kind", `_do(array.array('i', [1]), lambda a: a.extend(array.array('b')))`},
	{"extend list", `_do(array.array('i', [1]), lambda a: a.extend([2, 3]))`},
	{"extend int", `array.array('i').extend(1)`},
	{"extend partial", `_do(array.array('B'), lambda a: a.extend([1, 300, 2]))`},
	{"frombytes", `_do(array.array('H'), lambda a: a.frombytes(b'\x01\x00\x02\x00'))`},
	{"frombytes bad length", `array.array('H').frombytes(b'abc')`},
	{"frombytes str", `array.array('H').frombytes('ab')`},
	{"frombytes bytearray", `_do(array.array('b'), lambda a: a.frombytes(bytearray(b'\xff')))`},
	{"frombytes array", `_do(array.array('b'), lambda a: a.frombytes(array.array('h', [-1])))`},
	{"fromfile", `_fromfile('h', b'\x01\x00\x02\x00', 2)`},
	{"fromfile short", `_fromfile('h', b'\x01\x00\x02', 2)`},
	{"fromfile int", `array.array('b').fromfile(1, 1)`},
	{"fromfile negative", `array.array('b').fromfile(_File(), -1)`},
	{"fromlist", `_do(array.array('b'), lambda a: a.fromlist([1, 2]))`},
	{"fromlist atomic", `_do(array.array('b', [9]), lambda a: a.fromlist([1, 200]))`},
	{"fromlist tuple", `array.array('b').fromlist((1,))`},
	{"fromunicode", `_do(array.array('u', 'a'), lambda a: a.fromunicode('bc'))`},
	{"fromunicode wrong kind", `array.array('i').fromunicode('x')`},
	{"fromunicode bytes", `array.array('u').fromunicode(b'x')`},
	{"index", `array.array('i', [1, 2, 3]).index(3)`},
	{"index missing", `array.array('i', [1, 2, 3]).index(9)`},
	{"index two args", `array.array('i', [1]).index(1, 0)`},
	{"insert", `_do(array.array('i', [1, 2]), lambda a: a.insert(1, 5))`},
	{"insert far", `_do(array.array('i', [1, 2]), lambda a: a.insert(100, 5))`},
	{"insert neg far", `_do(array.array('i', [1, 2]), lambda a: a.insert(-100, 5))`},
	{"insert neg", `_do(array.array('i', [1, 2]), lambda a: a.insert(-1, 5))`},
	{"insert str", `array.array('i').insert('x', 1)`},
	{"insert overflow", `_do(array.array('b'), lambda a: a.insert(0, 128))`},
	{"pop", `_do(array.array('i', [1, 2, 3]), lambda a: a.pop())`},
	{"pop index", `_do(array.array('i', [1, 2, 3]), lambda a: a.pop(0))`},
	{"pop neg", `_do(array.array('i', [1, 2, 3]), lambda a: a.pop(-2))`},
	{"pop out", `array.array('i', [1]).pop(5)`},
	{"pop empty", `array.array('i').pop()`},
	{"remove", `_do(array.array('i', [1, 2, 1]), lambda a: a.remove(1))`},
	{"remove missing", `array.array('i', [1]).remove(9)`},
	{"reverse", `_do(array.array('q', [1, 2, 3]), lambda a: a.reverse())`},
	{"tobytes H", `array.array('H', [1, 513]).tobytes()`},
	{"tobytes u", `array.array('u', 'a').tobytes()`},
	{"tobytes f", `array.array('f', [1.0]).tobytes()`},
	{"tobytes q", `array.array('q', [-2]).tobytes()`},
	{"tofile", `_tofile(array.array('h', [1, 2]))`},
	{"tolist", `array.array('I', [1, 2**32 - 1]).tolist()`},
	{"tounicode", `array.array('u', 'xyz').tounicode()`},
	{"tounicode wrong kind", `array.array('i').tounicode()`},
	// copying and pickling
	{"copy", `copy.copy(array.array('H', [1, 2]))`},
	{"deepcopy", `copy.deepcopy(array.array('d', [1.5]))`},
	{"copy independent", `(lambda a: (copy.copy(a).append(3), a)[1])(array.array('b', [1]))`},
	{"reduce_ex 3", `array.array('i', [1, 2]).__reduce_ex__(3)`},
	{"reduce_ex 2", `array.array('i', [1, 2]).__reduce_ex__(2)`},
	{"reduce_ex u", `array.array('u', 'ab').__reduce_ex__(3)`},
	{"reduce", `array.array('i').__reduce__()`},
	{"pickle", `pickle.loads(pickle.dumps(array.array('H', [1, 513])))`},
	{"pickle 2", `pickle.loads(pickle.dumps(array.array('d', [0.5]), 2))`},
	{"pickle 0 u", `pickle.loads(pickle.dumps(array.array('u', 'hi'), 0))`},
	{"reconstructor", `array._array_reconstructor(array.array, 'H', 2, b'\x01\x00')`},
	{"reconstructor big endian", `array._array_reconstructor(array.array, 'H', 3, b'\x01\x00')`},
	{"reconstructor bad code", `array._array_reconstructor(array.array, 'x', 2, b'')`},
	// the deprecated aliases and the unicode array check
	{"tostring", `array.array('H', [1, 2]).tostring()`},
	{"tostring arg", `array.array('H').tostring(1)`},
	{"fromstring", `_do(array.array('H'), lambda a: a.fromstring(b'\x01\x00'))`},
	{"fromstring str", `_do(array.array('b'), lambda a: a.fromstring('xy'))`},
	{"fromstring bad", `array.array('H').fromstring(42)`},
	{"fromstring odd", `array.array('H').fromstring('x')`},
	{"from unicode array", `array.array('i', array.array('u', 'ab'))`},
	{"u from unicode array", `array.array('u', array.array('u', 'ab'))`},
	{"item with __int__", `array.array('h', [type('I', (), {'__int__': lambda s: 5})()])`},
	{"item with bad __int__", `array.array('h', [type('I', (), {'__int__': lambda s: 'x'})()])`},
	{"int subclass item", `array.array('Q', [type('J', (int,), {})(9)])`},
	{"subclass instance", `(lambda A: (A('i', [1, 2]), A('i', [1]).__reduce_ex__(2)[1]))(type('A', (array.array,), {}))`},
	// buffer protocol
	{"bytes()", `bytes(array.array('H', [1, 2]))`},
	{"bytearray()", `bytearray(array.array('b', [1, -1]))`},
	{"unpack_from", `struct.unpack_from('<H', array.array('H', [7, 9]), 2)`},
	{"pack_into", `(lambda b: (struct.pack_into('<h', b, 0, -2), b)[1])(array.array('b', [0] * 4))`},
}

// TestArrayDifferential compares array.array with CPython 3.6's, case by
// case (stored outputs in testdata/cpython36 when 3.6 is missing).
func TestArrayDifferential(t *testing.T) {
	pytesting.DiffCases(t, "array_differential", prelude, diffCases)
}
