package gil

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAcquireRelease(t *testing.T) {
	l := New()
	assert.False(t, l.Holding())
	l.Acquire("main")
	assert.True(t, l.Holding())
	assert.Equal(t, "main", l.State())
	done := make(chan bool)
	go func() { done <- l.Holding() }()
	assert.False(t, <-done, "another goroutine does not hold it")
	l.Release()
	assert.False(t, l.Holding())
}

func TestUnlockedReleasesAndRestores(t *testing.T) {
	l := New()
	l.Acquire("state")
	defer l.Release()
	ran := false
	Unlocked(func() {
		ran = true
		assert.False(t, l.Holding(), "released inside Unlocked")
		// Another goroutine can take it meanwhile.
		got := make(chan struct{})
		go func() {
			l.Acquire("other")
			l.Release()
			close(got)
		}()
		select {
		case <-got:
		case <-time.After(5 * time.Second):
			t.Error("lock not free inside Unlocked")
		}
	})
	assert.True(t, ran)
	assert.True(t, l.Holding())
	assert.Equal(t, "state", l.State(), "the holder's state comes back")
}

func TestUnlockedWithoutLockJustRuns(t *testing.T) {
	n := 0
	Unlocked(func() { n++ })
	reacquire := Release()
	reacquire()
	assert.Equal(t, 1, n)
}

func TestReleaseFunc(t *testing.T) {
	l := New()
	l.Acquire(1)
	reacquire := Release()
	assert.False(t, l.Holding())
	reacquire()
	assert.True(t, l.Holding())
	assert.Equal(t, 1, l.State())
	l.Release()
}

// A holder that polls DropRequested and yields lets a waiter in within a
// few switch intervals, however long the holder keeps running.
func TestYieldHandsOver(t *testing.T) {
	l := New()
	l.Acquire("spinner")
	var stop atomic.Bool
	waited := make(chan time.Duration, 1)
	go func() {
		start := time.Now()
		l.Acquire("waiter")
		waited <- time.Since(start)
		stop.Store(true)
		l.Release()
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !stop.Load() && time.Now().Before(deadline) {
		if l.DropRequested() {
			l.Yield()
		}
	}
	l.Release()
	require.True(t, stop.Load(), "the waiter never got the lock")
	d := <-waited
	assert.Less(t, d, 2*time.Second, "waited %v", d)
}

// Many goroutines taking turns through Acquire/Release and Unlocked keep
// a counter consistent (the race detector checks the happens-before the
// lock gives).
func TestMutualExclusion(t *testing.T) {
	l := New()
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				l.Acquire(g)
				counter++
				if i%10 == 0 {
					Unlocked(func() { time.Sleep(time.Microsecond) })
				}
				counter++
				l.Release()
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, 8*200*2, counter)
}

// A goroutine holding two interpreters' locks releases the inner one in
// Unlocked and keeps the outer.
func TestNestedLocks(t *testing.T) {
	outer, inner := New(), New()
	outer.Acquire("o")
	inner.Acquire("i")
	Unlocked(func() {
		assert.True(t, outer.Holding())
		assert.False(t, inner.Holding())
	})
	assert.True(t, inner.Holding())
	inner.Release()
	Unlocked(func() { assert.False(t, outer.Holding()) })
	outer.Release()
}

func TestThreadedCount(t *testing.T) {
	before := Threaded()
	ThreadStarted()
	assert.True(t, Threaded())
	ThreadEnded()
	assert.Equal(t, before, Threaded())
}

// An uncontended Acquire/Release pair and an Unlocked call allocate
// nothing: they run around every socket and TLS call.
func TestNoAllocations(t *testing.T) {
	l := New()
	allocs := testing.AllocsPerRun(100, func() {
		l.Acquire(nil)
		Unlocked(func() {})
		l.Release()
	})
	assert.Zero(t, allocs)
}

func BenchmarkUnlocked(b *testing.B) {
	l := New()
	l.Acquire(nil)
	defer l.Release()
	for b.Loop() {
		Unlocked(func() {})
	}
}

// A closed lock is no longer found by Unlocked.
func TestClose(t *testing.T) {
	l := New()
	l.Acquire(nil)
	assert.Equal(t, l, heldBy(l.holder.Load()))
	l.Release()
	l.Close()
	for _, x := range *locks.Load() {
		assert.NotSame(t, l, x)
	}
}
