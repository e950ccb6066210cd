package vm

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConcatBytesAppendsInPlace: a long result's next + appends into the
// same buffer; a + on an older view copies, and neither view changes.
func TestConcatBytesAppendsInPlace(t *testing.T) {
	a := concatBytes(bytes.Repeat([]byte("a"), concatMin), []byte("1"))
	b := concatBytes(a, []byte("2"))
	assert.True(t, unsafe.SliceData(a) == unsafe.SliceData(b), "b extends a's buffer")
	assert.Equal(t, len(b), cap(b), "no room is visible to append")
	c := concatBytes(a, []byte("3")) // a is no longer the buffer's latest view
	assert.True(t, unsafe.SliceData(a) != unsafe.SliceData(c), "c is a copy")
	assert.Equal(t, byte('1'), a[len(a)-1])
	assert.Equal(t, "12", string(b[len(b)-2:]))
	assert.Equal(t, "13", string(c[len(c)-2:]))

	short := concatBytes([]byte("x"), []byte("y"))
	assert.Equal(t, "xy", string(short))
	assert.Equal(t, "xy", concatStrings("x", "y"))
}

// TestConcatStringsGrowsLinearly: 10,000 appends to one string reuse
// buffers, so only a few dozen distinct buffers are ever made.
func TestConcatStringsGrowsLinearly(t *testing.T) {
	s := ""
	starts := map[*byte]bool{}
	for i := 0; i < 10000; i++ {
		s = concatStrings(s, "xyz")
		if len(s) >= concatMin {
			starts[unsafe.StringData(s)] = true
		}
	}
	require.Equal(t, strings.Repeat("xyz", 10000), s)
	assert.Less(t, len(starts), 40)
}

// TestConcatConcurrent: goroutines building their own strings (under
// -race) each get exactly their text.
func TestConcatConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for _, ch := range []string{"a", "b", "c", "d"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := ""
			for i := 0; i < 2000; i++ {
				s = concatStrings(s, ch)
			}
			assert.Equal(t, strings.Repeat(ch, 2000), s)
		}()
	}
	wg.Wait()
}
