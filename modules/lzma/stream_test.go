package lzma

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestStreamAfterEnd checks that an ended stream refuses work with the
// code the module reports as LZMAError("Internal error"), and that end is
// idempotent.
func TestStreamAfterEnd(t *testing.T) {
	st, code := newStream(xzEasyEncoder(presetDflt, 4))
	require.Equal(t, lzOK, code)
	st.end()
	st.end()
	code, consumed, produced := st.step(actRun, []byte("x"), make([]byte, 16))
	require.Equal(t, lzProgError, code)
	require.Zero(t, consumed+produced)
	require.EqualError(t, lzmaError(code), "LZMAError: 'Internal error'")
}

// TestStreamsFreedByCleanup drops many live streams and filter chains.
func TestStreamsFreedByCleanup(t *testing.T) {
	for i := 0; i < 100; i++ {
		st, code := newStream(containerDecoder(formatAuto, ^uint64(0)))
		require.Equal(t, lzOK, code)
		_ = st
		c, ok := newChain()
		require.True(t, ok)
		require.True(t, c.lzmaOptions(0, idLZMA2, 1))
		require.True(t, c.setOption(0, "dict_size", 1<<16))
		require.False(t, c.setOption(0, "bogus", 1))
		c.free()
		c.free()
	}
	runtime.GC()
	runtime.GC()
}

// TestPropertiesRoundTrip encodes the LZMA1 properties of each preset and
// decodes them back.
func TestPropertiesRoundTrip(t *testing.T) {
	for preset := uint32(0); preset <= 9; preset++ {
		c, _ := newChain()
		require.True(t, c.lzmaOptions(0, idLZMA1, preset))
		props, code := c.encodeProps()
		c.free()
		require.Equal(t, lzOK, code)
		require.Len(t, props, 5)
		f, code := decodeProps(idLZMA1, props)
		require.Equal(t, lzOK, code)
		require.Equal(t, "dict_size", f.fields[4].name)
	}
}
