package gcpolicy

import (
	"runtime/metrics"
	"time"
)

// WaitCleanups waits, at most bound, until the runtime's cleanup
// goroutine has run the cleanups (runtime.AddCleanup) the collections so
// far queued, by the runtime's own counts of cleanups queued and
// executed. Code that forces a collection to release what its cleanups
// hold (a weak reference's referent, a forgotten mmap) calls it after.
func WaitCleanups(bound time.Duration) {
	samples := []metrics.Sample{
		{Name: "/gc/cleanups/queued:cleanups"},
		{Name: "/gc/cleanups/executed:cleanups"},
	}
	deadline := time.Now().Add(bound)
	for {
		metrics.Read(samples)
		if samples[0].Value.Kind() != metrics.KindUint64 || samples[1].Value.Uint64() >= samples[0].Value.Uint64() || time.Now().After(deadline) {
			return
		}
		time.Sleep(100 * time.Microsecond)
	}
}
