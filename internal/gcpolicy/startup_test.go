package gcpolicy

import (
	"runtime/debug"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// resetStartup puts the start-up trim back to its state at process
// start, for a test and after it.
func resetStartup(t *testing.T) {
	startupTrim.Store(startupRunning)
	t.Cleanup(func() { startupTrim.Store(startupRunning) })
}

// StartupDone arms the trim without trimming; the first ModuleImport
// after it trims once, and only under a policy that trims; the policy's
// own next trim then waits its TrimImage from that moment.
func TestStartupTrimAtFirstImport(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	resetStartup(t)

	before := trims.Load()
	ModuleImport()
	assert.Equal(t, before, trims.Load(), "an import during start-up: no trim")
	StartupDone()
	ModuleImport()
	assert.Equal(t, before, trims.Load(), "no policy installed: no trim")

	resetStartup(t)
	undo := Install(Policy{Percent: 200, MinHeap: 4 << 20})
	StartupDone()
	ModuleImport()
	assert.Equal(t, before, trims.Load(), "a policy that never trims: no trim")
	undo()

	resetStartup(t)
	undo = Install(Policy{Percent: 200, MinHeap: 4 << 20, TrimImage: time.Hour})
	defer undo()
	ModuleImport()
	assert.Equal(t, before, trims.Load(), "an import before start-up ends: no trim")
	StartupDone()
	assert.Equal(t, before, trims.Load(), "the end of start-up alone: no trim")
	ModuleImport()
	assert.Equal(t, before+1, trims.Load(), "the first import after start-up trims")
	mu.Lock()
	assert.False(t, current.trimDue(), "the next trim waits TrimImage")
	mu.Unlock()
	ModuleImport()
	StartupDone()
	ModuleImport()
	assert.Equal(t, before+1, trims.Load(), "once per process")
}

// A trim of the policy's own between the end of start-up and the first
// import makes the start-up trim needless.
func TestStartupTrimSkippedAfterPolicyTrim(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	resetStartup(t)
	undo := Install(Policy{Percent: 200, MinHeap: 4 << 20, TrimImage: time.Hour})
	defer undo()

	before := trims.Load()
	StartupDone()
	mu.Lock()
	current.lastTrim = time.Now().Add(time.Millisecond) // as the clock's trim would
	mu.Unlock()
	ModuleImport()
	assert.Equal(t, before, trims.Load(), "trimmed since start-up ended")
	assert.Equal(t, startupSpent, startupTrim.Load())
}
