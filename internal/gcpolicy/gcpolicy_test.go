package gcpolicy

import (
	"math"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
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

// A program that allocates StartBytes within the start period ends it
// at the next collection, long before StartPeriod, and gets Percent even
// when the factor adapts (LowPercent would otherwise come first); one that
// allocates less keeps StartPercent.
func TestStartEndsByVolume(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	percent := func() int {
		mu.Lock()
		defer mu.Unlock()
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p
	}
	undo := Install(Policy{Percent: 300, MinHeap: 4 << 20, StartPercent: 50, StartPeriod: time.Hour,
		StartBytes: 32 << 20, LowPercent: 100, GCBudget: 0.02})
	defer undo()
	for range 8 << 10 { // 8 MiB: below StartBytes
		sink = make([]byte, 1<<10)
	}
	runtime.GC()
	WaitCleanups(5 * time.Second) // the policy has seen the collection
	assert.Equal(t, 50, percent(), "StartPercent below StartBytes")
	for range 40 << 10 { // 40 MiB more
		sink = make([]byte, 1<<10)
	}
	runtime.GC()
	gcpolicyWait(t, func() bool { return percent() == 300 })
	assert.Equal(t, 300, percent(), "Percent once StartBytes are allocated, within the start period")
	mu.Lock()
	assert.False(t, current.starting, "the start period is over")
	mu.Unlock()
}

// gcpolicyWait polls cond (the policy adjusts in a cleanup after each
// collection) for up to 20 s.
func gcpolicyWait(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(2 * time.Millisecond)
	}
}

// The growth factor moves with the collector's CPU share: to the low
// factor while collecting is cheap, up to Percent when it is not, in
// proportion between.
func TestNextPercent(t *testing.T) {
	p := Policy{Percent: 400, LowPercent: 100, GCBudget: 0.02}
	assert.True(t, p.adapts())
	assert.False(t, Policy{Percent: 400}.adapts(), "no LowPercent: fixed")
	assert.False(t, Policy{Percent: 100, LowPercent: 100, GCBudget: 0.02}.adapts(), "LowPercent not below Percent: fixed")
	assert.False(t, Policy{Percent: 400, LowPercent: 100}.adapts(), "no budget: fixed")
	cases := []struct {
		name  string
		cur   int
		share float64
		want  int
	}{
		{"idle", 100, 0, 100},
		{"cheap at the low factor", 100, 0.005, 100},
		{"a bulk transfer at the low factor", 100, 0.20, 400},
		{"over budget: twice the factor", 150, 0.04, 300},
		{"under budget at the high factor", 400, 0.01, 200},
		{"well under budget at the high factor", 400, 0.001, 100},
		{"still over budget at the high factor", 400, 0.17, 400},
		{"NaN", 200, math.NaN(), 100},
		{"Inf", 200, math.Inf(1), 400},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, NextPercent(p, tc.cur, tc.share))
		})
	}
}

// adapt measures over windows of at least minWindow and counts only the
// automatic collections' part of the collector's CPU time.
func TestAdapt(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	mu.Lock()
	defer mu.Unlock()
	tu := &tuner{p: Policy{Percent: 400, LowPercent: 100, GCBudget: 0.02}, cur: 100}
	t0 := time.Now()
	tu.adapt(t0, 1, 10, 10)
	assert.Equal(t, 100, tu.cur, "the first call opens a window")
	tu.adapt(t0.Add(minWindow/2), 2, 20, 20)
	assert.Equal(t, 100, tu.cur, "too short a window: nothing moves")
	tu.adapt(t0.Add(time.Second), 1.1, 30, 30)
	assert.Equal(t, 400, tu.cur, "10% of a CPU in automatic collections: the high factor")
	assert.Equal(t, 400, debug.SetGCPercent(400), "and the runtime has it")
	tu.adapt(t0.Add(2*time.Second), 1.15, 31, 40)
	assert.Equal(t, 100, tu.cur, "5% of a CPU, a tenth of it automatic (0.5%) at 400: down to the low factor")
	tu.adapt(t0.Add(3*time.Second), 1.18, 40, 50)
	assert.Equal(t, 135, tu.cur, "3% at 100, nine of ten collections automatic: 2.7%, 135")
}

// firstHeapChild marks the child process of TestFirstHeap.
const firstHeapChild = "GPYTHONSSL_GCPOLICY_FIRST_HEAP_CHILD"

var sink []byte

// FirstHeap holds the first collection off until the heap is about
// FirstHeap (GOGC=200 for 8 MiB: none after 5 MiB of garbage, where Go's
// default collects at 4 MiB), then the policy's own factor applies. A
// fresh process is needed: the test binary has collected by now.
func TestFirstHeap(t *testing.T) {
	if os.Getenv(firstHeapChild) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFirstHeap$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), firstHeapChild+"=1", "GOGC=", "GOMEMLIMIT=")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		assert.Contains(t, string(out), "--- PASS: TestFirstHeap")
		return
	}
	samples := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	cycles := func() uint64 {
		metrics.Read(samples)
		return samples[0].Value.Uint64()
	}
	if cycles() != 0 {
		t.Skip("the test binary collected before the test began")
	}
	undo := Install(Policy{Percent: 100, MinHeap: 4 << 20, FirstHeap: 8 << 20})
	defer undo()
	mu.Lock()
	assert.Equal(t, 200, debug.SetGCPercent(200), "FirstHeap's factor before the first collection")
	mu.Unlock()
	assert.Equal(t, int64(math.MaxInt64), debug.SetMemoryLimit(-1), "no limit before the first collection")
	for i := 0; i < 5<<10; i++ {
		sink = make([]byte, 1<<10)
	}
	assert.Equal(t, uint64(0), cycles(), "no collection below FirstHeap")
	runtime.GC()
	deadline := time.Now().Add(20 * time.Second)
	p := 0
	for time.Now().Before(deadline) {
		mu.Lock()
		p = debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		mu.Unlock()
		if p == 100 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	assert.Equal(t, 100, p, "Percent after the first collection")
	assert.Less(t, debug.SetMemoryLimit(-1), int64(math.MaxInt64), "a limit after the first collection")
}

// The limit follows the smallest of the last liveSpan live heaps: one
// collection that marked a transfer's garbage as live (a long mark under
// load) does not raise it, and a live heap that stays up raises it after
// liveSpan collections.
func TestLiveWindow(t *testing.T) {
	const mib = 1 << 20
	var w liveWindow
	assert.Equal(t, int64(4*mib), w.add(4*mib), "the first figure alone")
	assert.Equal(t, int64(4*mib), w.add(10*mib), "an inflated figure is not taken")
	assert.Equal(t, int64(3*mib), w.add(3*mib), "a smaller one is")
	for range liveSpan - 1 {
		assert.Equal(t, int64(3*mib), w.add(20*mib), "a rise waits for the window")
	}
	assert.Equal(t, int64(20*mib), w.add(20*mib), "liveSpan collections later it counts")
	p := Policy{Percent: 400, MinHeap: 4 * mib}
	assert.Equal(t, int64(102*mib), Limit(p, w.add(25*mib), 2*mib), "the limit is 5x the window's minimum")
}
