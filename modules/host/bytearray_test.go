package host_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

func TestByteArrayMatchesCPython(t *testing.T) {
	cases := []pyCase{
		{"empty", `bytearray()`},
		{"from bytes", `bytearray(b"ab'c")`},
		{"from int", `bytearray(3)`},
		{"from list", `bytearray([1, 2, 255])`},
		{"from list range", `bytearray([256])`},
		{"from str", `bytearray("\xe9", "latin-1")`},
		{"from str no enc", `bytearray("x")`},
		{"negative", `bytearray(-1)`},
		{"len", `len(bytearray(b"abc"))`},
		{"index", `bytearray(b"abc")[1]`},
		{"index negative", `bytearray(b"abc")[-1]`},
		{"index out of range", `bytearray(b"abc")[3]`},
		{"index str", `bytearray(b"abc")["a"]`},
		{"slice", `bytearray(b"abcdef")[1:4]`},
		{"slice step", `bytearray(b"abcdef")[::2]`},
		{"iter", `list(bytearray(b"ab"))`},
		{"for loop", `[c for c in bytearray(b"xyz")]`},
		{"in int", `98 in bytearray(b"abc")`},
		{"in bytes", `b"bc" in bytearray(b"abc")`},
		{"not in", `b"x" not in bytearray(b"abc")`},
		{"in str", `"a" in bytearray(b"abc")`},
		{"in big int", `2**64 in bytearray(b"abc")`},
		{"in int out of range", `300 in bytearray(b"abc")`},
		{"index big int", `bytearray(b"abc")[2**64]`},
		{"index negative big int", `bytearray(b"abc")[-2**64]`},
		{"append", `_ba_append()`},
		{"append range", `bytearray().append(256)`},
		{"extend", `_ba_extend()`},
		{"add", `bytearray(b"a") + b"b"`},
		{"add bytearray", `bytearray(b"a") + bytearray(b"b")`},
		{"radd", `b"a" + bytearray(b"b")`},
		{"add str", `bytearray(b"a") + "b"`},
		{"iadd", `_ba_iadd()`},
		{"eq bytes", `bytearray(b"a") == b"a"`},
		{"eq reflected", `b"a" == bytearray(b"a")`},
		{"ne", `bytearray(b"a") != bytearray(b"b")`},
		{"bytes of", `bytes(bytearray(b"xy"))`},
		{"decode", `bytearray(b"caf\xc3\xa9").decode()`},
		{"decode error", `bytearray(b"\xff").decode("ascii")`},
		{"find", `bytearray(b"hello").find(b"l")`},
		{"split", `bytearray(b"a b").split()`},
		{"upper", `bytearray(b"ab").upper()`},
		{"hex", `bytearray(b"\x01\xff").hex()`},
		{"fromhex", `bytearray.fromhex("01 ff")`},
		{"setitem", `_ba_setitem()`},
		{"setitem range", `_ba_setitem_bad()`},
		{"slice assign", `_ba_slice_assign()`},
		{"str", `str(bytearray(b"a"))`},
		{"bool empty", `bool(bytearray())`},
		{"not empty", `not bytearray(b"")`},
		{"isinstance", `isinstance(bytearray(), bytearray)`},
	}
	setup := `
def _ba_append():
    b = bytearray(b"a")
    b.append(98)
    return b
def _ba_extend():
    b = bytearray(b"a")
    b.extend(b"bc")
    b.extend([100])
    b.extend(bytearray(b"e"))
    return b
def _ba_iadd():
    b = bytearray(b"a")
    c = b
    b += b"z"
    return (b, c is b)
def _ba_setitem():
    b = bytearray(b"abc")
    b[0] = 65
    b[-1] = 67
    return b
def _ba_setitem_bad():
    b = bytearray(b"abc")
    b[0] = 256
def _ba_slice_assign():
    b = bytearray(b"abcdef")
    b[1:3] = b"XYZ"
    return b
`
	diffCases(t, setup, cases)
}

// TestByteArrayIsWritableBuffer checks the Go side: recv_into-style code
// fills a bytearray in place through pyutil.WritableBuffer, and BytesLike
// accepts it.
func TestByteArrayIsWritableBuffer(t *testing.T) {
	obj, err := host.ByteArrayType.M__call__(py.Tuple{py.Int(4)}, nil)
	require.NoError(t, err)
	wb, ok := obj.(pyutil.WritableBuffer)
	require.True(t, ok, "bytearray must implement pyutil.WritableBuffer")
	n := copy(wb.WritableBytes(), "hi!")
	assert.Equal(t, 3, n)
	got, err := pyutil.BytesLike(obj)
	require.NoError(t, err)
	assert.Equal(t, []byte("hi!\x00"), got)
	r, err := py.ReprAsString(obj)
	require.NoError(t, err)
	assert.Equal(t, `bytearray(b'hi!\x00')`, r)
}
