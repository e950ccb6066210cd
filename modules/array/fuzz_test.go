package pyarray_test

import (
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// fuzzSrc turns a fuzz input into a typecode, raw bytes and index and
// slice arguments, and runs frombytes, indexing, slicing, slice
// assignment and deletion with them. Python exceptions are expected; the
// only failures are Go panics and broken invariants (AssertionError).
const fuzzSrc = `
import array

def target(s):
    codes = "bBuhHiIlLqQfd"
    code = codes[len(s) % len(codes)]
    data = bytes(ord(c) & 255 for c in s)
    a = array.array(code)
    try:
        a.frombytes(data)
    except ValueError:
        a.frombytes(data[:len(data) // a.itemsize * a.itemsize])
    if a.tobytes() != data[:len(a) * a.itemsize]:
        raise AssertionError("tobytes")
    nums = [ord(c) - 100 for c in s[:4]] + [None] * 4
    i, j, k = nums[0], nums[1], nums[2]
    ops = [
        lambda: a[i if i is not None else 0],
        lambda: a[i:j:k],
        lambda: a[i:j],
        lambda: a.__setitem__(slice(i, j, k), a[j:i:k]),
        lambda: a.__setitem__(slice(i, j), a[:]),
        lambda: a.__delitem__(slice(i, j, k)),
        lambda: a.insert(i or 0, a[0] if a else 0),
        lambda: a.pop(j or 0),
        lambda: a.byteswap(),
        lambda: repr(a),
        lambda: a.tolist(),
        lambda: a * ((k or 0) % 8),
        lambda: a == a[:],
        lambda: array.array(code, a.tolist()),
    ]
    for op in ops:
        try:
            op()
        except (IndexError, ValueError, TypeError, OverflowError, MemoryError):
            pass
    if len(a.tobytes()) != len(a) * a.itemsize:
        raise AssertionError("length")
`

// FuzzArray feeds arbitrary bytes and arguments to frombytes, indexing
// and slicing: only Python exceptions may come out.
func FuzzArray(f *testing.F) {
	for _, s := range []string{"", "a", "abcdefgh", "\x00\x01\x02\x03\x04\x05\x06\x07\x08", "zzzzzzzzzzzzzzzzz", "\xff\xfe", "日本語テキスト"} {
		f.Add(s)
	}
	fn := pytesting.FuzzFunc(f, fuzzSrc, "target")
	f.Fuzz(func(t *testing.T, s string) {
		_, called, err := pytesting.CallWithString(t, fn, s)
		if !called || err == nil {
			return
		}
		var exc *py.Exception
		require.True(t, errors.As(err, &exc), "not a Python exception: %#v", err)
		require.False(t, py.IsException(py.AssertionError, err), "invariant broken for %q: %v", s, err)
	})
}
