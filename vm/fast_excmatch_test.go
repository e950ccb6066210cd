package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// TestExcMatchCache: an except clause's answer comes from the thread's
// cache within one class epoch, is worked out again after a class
// changes, and errors are raised each time, never kept.
func TestExcMatchCache(t *testing.T) {
	th := newThread(nil)
	entry := func(exc, spec *py.Type) *excMatchEntry {
		for i := range th.excMatches {
			if e := &th.excMatches[i]; e.exc == exc && e.spec == spec {
				return e
			}
		}
		return nil
	}
	m, err := th.excMatch(py.KeyError, py.LookupError)
	require.NoError(t, err)
	require.True(t, m)
	e := entry(py.KeyError, py.LookupError)
	require.NotNil(t, e, "answer kept")
	require.Equal(t, classEpoch.Load(), e.epoch)

	// A stale entry's answer is not used: a forged one shows it.
	e.match = false
	m, _ = th.excMatch(py.KeyError, py.LookupError)
	require.False(t, m, "the kept answer is used within the epoch")
	classChanged()
	m, _ = th.excMatch(py.KeyError, py.LookupError)
	require.True(t, m, "worked out again after a class changed")
	require.Equal(t, classEpoch.Load(), entry(py.KeyError, py.LookupError).epoch)

	m, err = th.excMatch(py.KeyError, py.Tuple{py.ValueError, py.Tuple{py.IndexError, py.KeyError}})
	require.NoError(t, err)
	require.True(t, m, "nested tuple")
	for range 2 {
		_, err = th.excMatch(py.KeyError, py.Tuple{py.KeyError, py.Int(1)})
		require.True(t, py.IsException(py.TypeError, err), "a non-class after a match raises each time: %v", err)
	}
	_, err = th.excMatch(py.KeyError, py.IntType)
	require.True(t, py.IsException(py.TypeError, err))
	require.Nil(t, entry(py.KeyError, py.IntType), "errors are not kept")
}
