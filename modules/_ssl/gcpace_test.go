package _ssl

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A pacer collects, before note returns, once the live count has grown by
// every since the last collection, and counts from a lower level after
// cleanups ran.
func TestGCPacer(t *testing.T) {
	p := &gcPacer{every: 4}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for live := int64(1); live < 4; live++ {
		p.note(live)
	}
	runtime.ReadMemStats(&after)
	assert.Equal(t, before.NumGC, after.NumGC, "no collection below every")
	assert.Equal(t, int64(0), p.mark.Load())
	p.note(4)
	runtime.ReadMemStats(&after)
	assert.Equal(t, int64(4), p.mark.Load(), "a collection was made at 4 live")
	assert.Greater(t, after.NumGC, before.NumGC, "collected before note returned")
	assert.False(t, p.running.Load(), "the collection is over")

	p.note(2) // cleanups freed objects: count from 2
	assert.Equal(t, int64(2), p.mark.Load())
	p.note(5)
	assert.Equal(t, int64(2), p.mark.Load(), "3 more is below every")
	p.note(6)
	assert.Equal(t, int64(6), p.mark.Load())

	// While another goroutine collects, objects beyond backlog x every
	// make this one collect too.
	p.running.Store(true)
	runtime.ReadMemStats(&before)
	p.note(6 + 4)
	runtime.ReadMemStats(&after)
	assert.Equal(t, int64(6), p.mark.Load(), "a collection is running: no new one")
	assert.Equal(t, before.NumGC, after.NumGC)
	p.note(6 + backlog*4)
	runtime.ReadMemStats(&after)
	assert.Equal(t, int64(6+backlog*4), p.mark.Load())
	assert.Greater(t, after.NumGC, before.NumGC, "collected synchronously")
	p.running.Store(false)
}
