// Package gcpolicy sizes the Go heap of an interpreter process to the data
// it keeps alive.
//
// Go's collector lets the heap grow to (1+GOGC/100) times the live heap
// before it collects, but never to less than 4 MiB x GOGC/100. A high
// GOGC is what bulk TLS transfers want (every bytes object is a fresh
// allocation, and fewer collections mean more throughput), but with
// GOGC=400 that floor is 16 MiB: a script with 1 MiB of live data keeps
// 17+ MiB of heap resident, about what CPython needs for the whole process.
//
// A Policy keeps the growth factor and replaces the floor with its own:
// after every collection it sets Go's soft memory limit to
// max(MinHeap, live x (1+Percent/100)) plus the runtime's memory outside
// the heap (stacks, metadata). The heap goal is then the same as with
// GOGC=Percent once the live heap is large, and MinHeap while it is
// small; the scavenger returns what lies above the limit to the OS. As the
// limit follows the live heap up, a program with a large live heap never
// runs into it (no back-to-back collections).
package gcpolicy

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// Policy is a growth factor and a minimum heap.
type Policy struct {
	// Percent is the collector's growth factor, as GOGC.
	Percent int
	// MinHeap is the heap, in bytes, the program may fill before a
	// collection however small its live data.
	MinHeap int64
}

// Default is the policy cmd/gpython-ssl installs: GOGC=400 for
// throughput (bench/README.md), a 4 MiB minimum heap (Go's own minimum
// at GOGC=100).
var Default = Policy{Percent: 400, MinHeap: 4 << 20}

var (
	mu      sync.Mutex
	current *tuner // the installed policy, nil when none
)

type tuner struct {
	p       Policy
	stopped atomic.Bool
	samples []metrics.Sample
}

// Install makes p the process's collection policy and returns a function
// that removes it, restoring the GC percent and memory limit it found.
// Installing a policy replaces the one installed before. Safe for
// concurrent use.
func Install(p Policy) (uninstall func()) {
	mu.Lock()
	defer mu.Unlock()
	if current != nil {
		current.stopped.Store(true)
	}
	t := &tuner{p: p, samples: []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}}
	current = t
	oldPercent := debug.SetGCPercent(p.Percent)
	oldLimit := debug.SetMemoryLimit(-1)
	t.adjust()
	t.arm()
	return func() {
		mu.Lock()
		defer mu.Unlock()
		if current != t {
			return
		}
		t.stopped.Store(true)
		current = nil
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}
}

// sentinel is an object nobody keeps: its cleanup runs once after each
// collection and allocates the next one. It holds a pointer so that it is
// not batched with other small objects (which would delay its cleanup).
type sentinel struct {
	p *sentinel
	_ [8]byte
}

func (t *tuner) arm() {
	runtime.AddCleanup(&sentinel{}, afterGC, t)
}

func afterGC(t *tuner) {
	if t.stopped.Load() {
		return
	}
	mu.Lock()
	if current == t {
		t.adjust()
	}
	mu.Unlock()
	t.arm()
}

// adjust sets the memory limit from the live heap the last collection
// found; called with mu held.
func (t *tuner) adjust() {
	metrics.Read(t.samples)
	v := func(i int) int64 {
		if t.samples[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		u := t.samples[i].Value.Uint64()
		if u > math.MaxInt64 {
			return math.MaxInt64
		}
		return int64(u)
	}
	live, total := v(0), v(1)
	heap := v(2) + v(3) + v(4) + v(5)
	debug.SetMemoryLimit(Limit(t.p, live, max(total-heap, 0)))
}

// Limit is the memory limit for a live heap of live bytes and outside
// bytes of runtime memory outside the heap.
func Limit(p Policy, live, outside int64) int64 {
	goal := p.MinHeap
	if p.Percent >= 0 && live > 0 {
		factor := int64(100 + p.Percent)
		if live > math.MaxInt64/factor {
			return math.MaxInt64
		}
		goal = max(goal, live*factor/100)
	}
	if goal > math.MaxInt64-outside {
		return math.MaxInt64
	}
	return goal + outside
}
