package vm

import (
	"sync/atomic"
	"time"
)

// The share of time drops may spend collecting.
//
// A drop that may free an object with a __del__ or a weak reference runs
// a collection (finalize.go); mayCollect (generator_finalize.go) rations
// them. Past the free ones, a drop may collect while the collections the
// drops ran have taken less than a tenth of the time since the
// interpreter started, plus collectBurst: a script that drops such
// objects in a hot loop spends at most about a tenth of its time there,
// while drops that come now and then (a test that deletes an object and
// looks at its weak reference at once) keep their collection even after
// a burst of them. gc.collect()'s own collections are asked for by the
// script and do not count.

var (
	dropCollectNanos atomic.Int64
	rationStart      = time.Now()
)

// collectBurst is the collection time drops may spend beyond their share.
const collectBurst = 200 * time.Millisecond

// collectShareLeft reports whether the drops' collections are within
// their share of the time.
func collectShareLeft() bool {
	return dropCollectNanos.Load() < int64(time.Since(rationStart)/10+collectBurst)
}

// noteCollection counts a collection of d against the drops' share.
func noteCollection(d time.Duration) { dropCollectNanos.Add(int64(d)) }

// refundCollection takes back a collection gc.collect() ran.
func refundCollection(d time.Duration) { dropCollectNanos.Add(-int64(d)) }
