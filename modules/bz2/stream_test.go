package bz2

import (
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestStreamAfterEnd checks that an ended stream refuses work with the
// code the module reports as a sequence error, and that end is
// idempotent.
func TestStreamAfterEnd(t *testing.T) {
	st, code := newStream(true, 9)
	require.Equal(t, bzOK, code)
	st.end()
	st.end()
	code, consumed, produced := st.step(bzRun, []byte("x"), make([]byte, 16))
	require.Equal(t, bzSequenceError, code)
	require.Zero(t, consumed)
	require.Zero(t, produced)
	require.Error(t, bzError(code))
}

// TestStreamsFreedByCleanup drops many live streams: their cleanups free
// the C state (under -race and -asan this also checks the cleanup does
// not touch the collected wrapper).
func TestStreamsFreedByCleanup(t *testing.T) {
	for i := 0; i < 200; i++ {
		st, code := newStream(i%2 == 0, 1)
		require.Equal(t, bzOK, code)
		_ = st
	}
	runtime.GC()
	runtime.GC()
}

// TestConcurrentDecompress runs one stream from several goroutines
// through locked, as Python threads sharing a decompressor would.
func TestConcurrentDecompress(t *testing.T) {
	st, _ := newStream(false, 0)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st.locked(func() { st.decompress(bz2Hello[:10], 4) })
		}()
	}
	wg.Wait()
	st.end()
}
