package vm

import (
	"bytes"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBytesObject checks bytesObject against a plain boxed copy for every
// length around its cell sizes: same type, contents, length and capacity
// bound, no sharing with the source, and one allocation for small ones.
func TestBytesObject(t *testing.T) {
	src := make([]byte, 300)
	for i := range src {
		src[i] = byte(i * 7)
	}
	for n := 0; n <= 140; n++ {
		o := bytesObject(src[3 : 3+n])
		b, ok := o.(py.Bytes)
		require.True(t, ok, "n=%d: %T", n, o)
		assert.Equal(t, py.BytesType, o.Type(), "n=%d", n)
		assert.True(t, bytes.Equal(src[3:3+n], b), "n=%d", n)
		assert.Len(t, b, n)
		if n <= 104 {
			assert.Equal(t, n, cap(b), "n=%d: an append must copy", n)
		}
		assert.NotNil(t, []byte(b), "n=%d: never a nil slice", n)
		if n > 0 {
			src[3] ^= 0xff
			assert.NotEqual(t, src[3], b[0], "n=%d: shares the source", n)
			src[3] ^= 0xff
			grown := append(b, 1)
			assert.True(t, bytes.Equal(src[3:3+n], o.(py.Bytes)), "n=%d: append wrote into the cell", n)
			assert.Len(t, grown, n+1)
		}
	}
	for _, n := range []int{1, 16, 17, 40, 41, 104} {
		b := src[:n]
		allocs := testing.AllocsPerRun(100, func() { _ = bytesObject(b) })
		assert.Equal(t, 1.0, allocs, "n=%d", n)
	}
}
