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
//
// A Policy may also trim the executable's image: at most every
// TrimImage, after a collection or on a clock whose delay doubles from
// TrimImage up to 16 s, the pages of the binary's read-only
// mappings (code, read-only data, the function tables) are unmapped, and
// only those the program still uses come back. The kernel maps a Go
// binary's code in 64 KiB blocks around every page touched, so package
// initialization and the first imports leave nearly all of a 30 MB
// binary's .text and much of its tables resident; after a trim a
// TLS workload keeps 8-9 MiB of them instead of 15-16 (trim_linux.go).
package gcpolicy

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// Policy is a growth factor and a minimum heap.
type Policy struct {
	// Percent is the collector's growth factor, as GOGC.
	Percent int
	// MinHeap is the heap, in bytes, the program may fill before a
	// collection however small its live data.
	MinHeap int64
	// TrimImage is the shortest time between two trims of the
	// executable's mapped image; zero never trims.
	TrimImage time.Duration
	// StartPercent is the growth factor for the first StartPeriod after
	// Install (none when StartPeriod is zero).
	StartPercent int
	StartPeriod  time.Duration
}

// Default is the policy cmd/gpython-ssl installs: GOGC=400 for
// throughput (bench/README.md), a 4 MiB minimum heap (Go's own minimum
// at GOGC=100), and the image trimmed at most twice a second (a trim
// reads /proc/self/maps and the pagemap of 25 MB of mappings, 0.6 ms
// on a loaded machine; the pages still in use fault back in from the
// page cache with a few hundred minor faults). A script that ends within
// half a second never trims.
//
// For its first second the policy collects at GOGC=100. Start-up is
// when the interpreter's long-lived objects (modules, classes, functions,
// code objects) are made, amid more garbage (source text, parse trees,
// marshalled code): at 400 the heap grows to five times what survives
// before each collection, the survivors end up scattered over spans that
// Go never compacts, and `import ssl` left 4.2-4.6 MiB of free slots in
// used spans beside 4 MiB of live data, for the rest of the run. At 100
// the garbage's slots are reused sooner: 1.8 MiB, for 8 collections in
// start-up instead of 6 (50 gave 1.4-1.5 MiB for 14).
var Default = Policy{Percent: 400, MinHeap: 4 << 20, TrimImage: 500 * time.Millisecond,
	StartPercent: 100, StartPeriod: time.Second}

var (
	mu      sync.Mutex
	current *tuner // the installed policy, nil when none
)

type tuner struct {
	p        Policy
	stopped  atomic.Bool
	samples  []metrics.Sample
	lastTrim time.Time // when the image was last trimmed (or the policy installed)
	starting bool      // StartPercent applies
}

// percent is the growth factor that applies now; called with mu held.
func (t *tuner) percent() int {
	if t.starting {
		return t.p.StartPercent
	}
	return t.p.Percent
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
	t := &tuner{p: p, lastTrim: time.Now(), samples: []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}}
	current = t
	t.starting = p.StartPeriod > 0
	oldPercent := debug.SetGCPercent(t.percent())
	oldLimit := debug.SetMemoryLimit(-1)
	t.adjust()
	t.arm()
	if t.starting || p.TrimImage > 0 {
		go t.clock(time.Now())
	}
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
	trim := false
	if current == t {
		t.adjust()
		trim = t.trimDue()
	}
	mu.Unlock()
	if trim {
		trimNow()
	}
	t.arm()
}

// maxTrimDelay bounds the growing delay between the trims that the
// clock makes when no collection comes (a script that allocates little,
// or closes what it opens, may run for seconds without one).
const maxTrimDelay = 16 * time.Second

// clock ends the start period and trims the image after TrimImage, then
// after twice that, and so on up to maxTrimDelay, until the policy is
// removed. It sleeps in nanosleep(2), not on a Go timer: the first timer
// of a process starts Go's network poller, whose two descriptors would
// then take numbers that a script's first sockets and files get
// (socketpair() gave 8 and 9 instead of 6 and 9), and a goroutine
// blocked in a system call costs a thread but no descriptor.
func (t *tuner) clock(installed time.Time) {
	delay := t.p.TrimImage
	for {
		d := delay
		mu.Lock()
		starting := t.starting
		mu.Unlock()
		if starting {
			left := t.p.StartPeriod - time.Since(installed)
			if d <= 0 || left < d {
				d = max(left, 0)
			}
		} else if d <= 0 {
			return
		}
		sleep(d)
		if t.stopped.Load() {
			return
		}
		mu.Lock()
		if current != t {
			mu.Unlock()
			return
		}
		if t.starting && time.Since(installed) >= t.p.StartPeriod {
			t.starting = false
			debug.SetGCPercent(t.p.Percent)
			t.adjust()
		}
		trim := d == delay && t.trimDue()
		mu.Unlock()
		if trim {
			trimNow()
		}
		if d == delay {
			delay = min(2*delay, maxTrimDelay)
		}
	}
}

// trimDue reports whether the image is due for a trim, and if so counts
// it as trimmed now; called with mu held.
func (t *tuner) trimDue() bool {
	if t.p.TrimImage <= 0 {
		return false
	}
	now := time.Now()
	if now.Sub(t.lastTrim) < t.p.TrimImage {
		return false
	}
	t.lastTrim = now
	return true
}

// trimMu keeps trims from overlapping (the cleanup goroutine's and a
// clock's).
var trimMu sync.Mutex

// trims counts the trims made (for the tests).
var trims atomic.Int64

func trimNow() {
	trimMu.Lock()
	defer trimMu.Unlock()
	trimImage()
	trims.Add(1)
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
	// The limit keeps Percent's headroom in the start period too: one
	// at StartPercent's would be within reach of the heap's fragmented
	// spans (the limit counts them, the live heap does not), and the
	// collector would run back to back. GOGC=StartPercent alone paces
	// the collections then.
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
