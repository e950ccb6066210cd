package pyutil

import (
	"math"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

// TestCheckAlloc: sizes up to the limit pass, larger ones and products
// that overflow are MemoryError; replace() counts its matches only when
// the bound says it may not fit.
func TestCheckAlloc(t *testing.T) {
	limit := AllocLimit()
	assert.Greater(t, limit, 1<<20, "a machine has a megabyte")
	isMemoryError := func(err error) bool {
		e, ok := err.(*py.Exception)
		return ok && e.Type() == py.MemoryError
	}
	assert.NoError(t, CheckAlloc(0))
	assert.NoError(t, CheckAlloc(limit))
	assert.True(t, isMemoryError(CheckAlloc(limit+1)))
	assert.NoError(t, CheckAllocItems(limit/16, 16))
	assert.True(t, isMemoryError(CheckAllocItems(limit/16+1, 16)))
	assert.True(t, isMemoryError(CheckAllocItems(math.MaxInt, math.MaxInt)), "no overflow")
	assert.NoError(t, CheckAllocItems(-5, 16))

	counted := 0
	matches := func(n int) func() int { return func() int { counted++; return n } }
	assert.NoError(t, CheckReplaceAlloc(100, 1, 3, -1, matches(100)))
	assert.Zero(t, counted, "a small replace counts nothing")
	assert.NoError(t, CheckReplaceAlloc(1<<20, 1, 1<<20, -1, matches(0)))
	assert.Equal(t, 1, counted, "a replace that might not fit counts its matches")
	assert.True(t, isMemoryError(CheckReplaceAlloc(1<<20, 1, 1<<20, -1, matches(1<<20))))
	assert.NoError(t, CheckReplaceAlloc(1<<20, 1, 1<<20, 1, matches(1<<20)), "count bounds the matches")
	assert.NoError(t, CheckReplaceAlloc(1<<40, 3, 2, -1, matches(1<<40)), "a shrinking replace always fits")
}
