package gcpolicy

import (
	"runtime/debug"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// StartupDone trims once, and only under a policy that trims; the
// policy's own next trim then waits its TrimImage from that moment.
func TestStartupDone(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	startupTrimmed.Store(false)
	defer startupTrimmed.Store(false)

	before := trims.Load()
	StartupDone()
	assert.Equal(t, before, trims.Load(), "no policy installed: no trim")

	undo := Install(Policy{Percent: 200, MinHeap: 4 << 20})
	StartupDone()
	assert.Equal(t, before, trims.Load(), "a policy that never trims: no trim")
	undo()

	undo = Install(Policy{Percent: 200, MinHeap: 4 << 20, TrimImage: time.Hour})
	defer undo()
	StartupDone()
	assert.Equal(t, before+1, trims.Load(), "start-up's trim")
	mu.Lock()
	assert.False(t, current.trimDue(), "the next trim waits TrimImage")
	mu.Unlock()
	StartupDone()
	assert.Equal(t, before+1, trims.Load(), "once per process")
}
