package gcpolicy

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLimit(t *testing.T) {
	const mib = 1 << 20
	p := Policy{Percent: 400, MinHeap: 4 * mib}
	cases := []struct {
		name          string
		live, outside int64
		want          int64
	}{
		{"nothing live: the minimum heap", 0, 2 * mib, 6 * mib},
		{"small live heap: the minimum heap", 500 << 10, 2 * mib, 6 * mib},
		{"large live heap: 5x", 10 * mib, 3 * mib, 53 * mib},
		{"huge live heap saturates", math.MaxInt64 / 2, 0, math.MaxInt64},
		{"outside saturates", 10 * mib, math.MaxInt64 - 1, math.MaxInt64},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Limit(p, tc.live, tc.outside))
		})
	}
	assert.Equal(t, int64(7*mib), Limit(Policy{Percent: -1, MinHeap: 4 * mib}, 100*mib, 3*mib), "GC off: the minimum only")
}

var keep [][]byte

// The limit follows the live heap up after collections, so a program with
// a large live heap keeps GOGC=Percent's headroom, and uninstalling
// restores what was set before.
func TestInstallFollowsLiveHeap(t *testing.T) {
	prevPercent := debug.SetGCPercent(100)
	prevLimit := debug.SetMemoryLimit(math.MaxInt64)
	defer func() {
		debug.SetGCPercent(prevPercent)
		debug.SetMemoryLimit(prevLimit)
	}()

	runtime.GC() // the live heap Install reads is this one's (not an earlier run's, -count)
	undo := Install(Policy{Percent: 300, MinHeap: 4 << 20})
	small := debug.SetMemoryLimit(-1)
	assert.Less(t, small, int64(64<<20), "a small live heap gets a small limit")

	for range 32 {
		keep = append(keep, make([]byte, 1<<20))
	}
	// The limit is set by a cleanup after each collection: wait for one
	// to have run with the 32 MiB live.
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) < 4*(32<<20) && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	assert.GreaterOrEqual(t, debug.SetMemoryLimit(-1), int64(4*(32<<20)), "4x the live heap at GOGC=300")
	assert.Equal(t, 300, debug.SetGCPercent(300))
	keep = nil

	undo()
	assert.Equal(t, int64(math.MaxInt64), debug.SetMemoryLimit(-1), "the previous limit is back")
	assert.Equal(t, 100, debug.SetGCPercent(100), "the previous percent is back")
	undo() // twice is harmless
	require.Equal(t, int64(math.MaxInt64), debug.SetMemoryLimit(-1))
}

// Installing again replaces the first policy; the first one's undo then
// does nothing.
func TestInstallReplaces(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	undo1 := Install(Policy{Percent: 200, MinHeap: 1 << 20})
	undo2 := Install(Policy{Percent: 300, MinHeap: 1 << 20})
	undo1()
	assert.Equal(t, 300, debug.SetGCPercent(300), "the second policy stays")
	undo2()
	assert.Equal(t, 200, debug.SetGCPercent(200), "the second restores what it found")
}

// The start period collects at StartPercent, then the policy moves to
// Percent; trims come from the clock when no collection runs.
func TestStartPeriodAndTrims(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	before := trims.Load()
	undo := Install(Policy{Percent: 300, MinHeap: 4 << 20, StartPercent: 50, StartPeriod: 20 * time.Millisecond,
		TrimImage: 10 * time.Millisecond})
	defer undo()
	mu.Lock()
	assert.Equal(t, 50, debug.SetGCPercent(50), "StartPercent first")
	mu.Unlock()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		mu.Unlock()
		if p == 300 && trims.Load() > before {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	mu.Lock()
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	mu.Unlock()
	assert.Equal(t, 300, p, "Percent after the start period")
	assert.Greater(t, trims.Load(), before, "the clock trimmed the image")
	undo()
	assert.Equal(t, 100, debug.SetGCPercent(100), "the previous percent is back")
}
