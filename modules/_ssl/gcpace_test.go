package _ssl

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// A pacer starts one collection once the live count has grown by every
// since the last, and counts from a lower level after cleanups ran.
func TestGCPacer(t *testing.T) {
	p := &gcPacer{every: 4}
	waitIdle := func() {
		deadline := time.Now().Add(10 * time.Second)
		for p.running.Load() && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for live := int64(1); live < 4; live++ {
		p.note(live)
		assert.False(t, p.running.Load(), "no collection at %d live", live)
	}
	assert.Equal(t, int64(0), p.mark.Load())
	p.note(4)
	assert.Equal(t, int64(4), p.mark.Load(), "a collection was started at 4 live")
	waitIdle()
	runtime.ReadMemStats(&after)
	assert.Greater(t, after.NumGC, before.NumGC)

	p.note(2) // cleanups freed objects: count from 2
	assert.Equal(t, int64(2), p.mark.Load())
	p.note(5)
	assert.Equal(t, int64(2), p.mark.Load(), "3 more is below every")
	p.note(6)
	assert.Equal(t, int64(6), p.mark.Load())
	waitIdle()

	// While a collection runs, objects beyond backlog x every make the
	// creating goroutine collect itself.
	p.running.Store(true)
	p.note(6 + 4)
	assert.Equal(t, int64(6), p.mark.Load(), "a collection is running: no new one")
	runtime.ReadMemStats(&before)
	p.note(6 + backlog*4)
	runtime.ReadMemStats(&after)
	assert.Equal(t, int64(6+backlog*4), p.mark.Load())
	assert.Greater(t, after.NumGC, before.NumGC, "collected synchronously")
	p.running.Store(false)
}
