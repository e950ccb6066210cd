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
// A Policy may let the growth factor itself follow the collector's cost
// (LowPercent, GCBudget): a program that allocates slowly pays little for
// collecting often and keeps a heap of twice its live data; one that
// allocates fast, whose collections would take more than the budget of
// CPU time, gets the full factor.
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
	// StartBytes, when above zero, ends the start period early: at the
	// first collection after the program has allocated StartBytes since
	// Install, and the growth factor is Percent from then (the adaptive
	// factor may move it down). Start-up (the interpreter's and a
	// script's imports) allocates a few tens of MiB; a program that
	// allocates more within the period is into its workload (a bulk
	// transfer allocates a hundred MiB in a tenth of a second of CPU
	// time), whose garbage wants Percent's fewer collections.
	StartBytes int64
	// LowPercent, when between zero and Percent, is the growth factor
	// while collecting is cheap. After the start period the policy moves
	// the factor between LowPercent and Percent so that the collector's
	// own CPU time (marking, assists and pauses; not the marking done on
	// otherwise idle processors) stays near GCBudget, a fraction of one
	// CPU's time: a program that allocates little keeps a heap of about
	// (1+LowPercent/100) times its live data, one that allocates fast
	// gets Percent's fewer collections.
	LowPercent int
	GCBudget   float64
	// FirstHeap, when above 4 MiB, is the heap the program may fill
	// before its first collection. Until one has run the growth factor is
	// FirstHeap/4 MiB x 100 (Go's goal before any collection is its
	// minimum heap, 4 MiB x GOGC/100) and there is no memory limit; after
	// it the factors above apply.
	FirstHeap int64
}

// Default is the policy cmd/gpython-ssl installs: GOGC=400 for
// throughput when the collector would otherwise take more than 2% of a
// CPU (bench/README.md: a bulk memory-BIO transfer collects 130 times a
// second, and GOGC=100 cost it 15-20% of its rate), GOGC=100 while it
// takes less, a 4 MiB minimum heap (Go's own minimum at GOGC=100), the
// C heap's free pages returned with each trim, and the image trimmed at
// most twice a second (a trim reads /proc/self/maps and the pagemap of
// 25 MB of mappings, 0.6 ms on a loaded machine; the pages still in use
// fault back in from the page cache with a few hundred minor faults). A script that ends within
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
//
// The start period ends early once the program has allocated 64 MiB
// (StartBytes), and the factor is then 400: start-up allocates 7 MiB
// for `import ssl` and about 25 MiB for a script importing twenty
// stdlib packages, while a bulk memory-BIO transfer allocates 64 MiB in
// a quarter of its first 128 MiB. On a loaded machine the first second
// of wall time covered most of such a transfer, at GOGC=100: 0.39-0.43
// -> 0.37-0.40 s of CPU time per 128 MiB in 16 KiB chunks (medians
// 0.42 -> 0.37; 512 MiB 1.26-1.36 -> 1.21-1.38 s, 1 KiB chunks 0.77-0.79
// -> 0.75-0.79 s per 64 MiB; load average 28 on 2 cores). bench/vm's
// peak RSS and `import ssl`'s did not move (medians of 5 and 15 runs
// within 0.4 MiB either way).
//
// Its first collection waits for a 12 MiB heap (FirstHeap: GOGC=300
// until then, whose minimum heap that is). Package initialization,
// sys, importlib and site allocate 4.3 MiB, and a collection of them
// would free garbage that nothing allocates again when the script is
// short. `gpython-ssl -c pass` collected three times (the memory limit
// set at Install, with no live heap measured yet, started the first at
// 1 MB), for 9-10 of its 36-39 ms of CPU time (medians of 40 runs on a
// loaded machine; 28-30 ms now, CPython 3.6 19-20), 4,150 -> 3,700
// page faults, and RssAnon 6.9-7.2 -> 6.5-6.6 MiB. `import ssl;
// ssl.create_default_context()` allocates 11 MiB: one or two
// collections instead of three, 97-103 -> 87-92 ms of CPU time.
// FirstHeap was 8 MiB until 2026-12-07, when that script still
// collected once, for 21-35 M of its 110-124 M instructions (cachegrind;
// the idle-time mark worker runs on the second processor) and more
// anonymous memory than the garbage it freed (collector metadata): at
// 12 MiB it collects none, 37.4-37.9 -> 31.1-33.5 ms of CPU time and
// peak RSS 20.0-20.4 -> 18.7-18.9 MB (medians of 15 and 5 runs, load
// 30), 6,330 -> 5,900 page faults; a json/re/collections script
// allocating 60 MiB kept its peak (23.3 -> 23.6 MB), fifty SSLObject
// handshakes went 91.8 -> 79.7 ms and 23.7 -> 23.4 MB. bench/vm's
// peaks, which come at the first collection, moved -0.7 to +1.0 MB (one
// run each: bytes 22.6 -> 21.9, strings 21.7 -> 21.9, containers 20.7 ->
// 21.5, loop 19.9 -> 20.9 MB).
//
// After it the factor adapts (LowPercent, GCBudget). With GOGC=400 the
// heap of a script with the 4-4.5 MiB of live data that `import ssl`
// leaves grows to 20-22 MiB between collections: a churn of TLS
// connections closed one by one (which cost a collection no OpenSSL
// memory) reached it only after 3,000-5,000 connections, its RSS
// climbing all the way (tests/memory_churn_test.go). Such a script
// collects about once a second at GOGC=100, for well under 1% of a CPU:
// RssAnon 21-25 -> 13-14 MiB at 8,000-25,000 connections.
var Default = Policy{Percent: 400, MinHeap: 4 << 20, TrimImage: 500 * time.Millisecond,
	StartPercent: 100, StartPeriod: time.Second, StartBytes: 64 << 20, LowPercent: 100, GCBudget: 0.02,
	FirstHeap: 12 << 20}

var (
	mu      sync.Mutex
	current *tuner // the installed policy, nil when none
)

type tuner struct {
	p          Policy
	stopped    atomic.Bool
	samples    []metrics.Sample
	lastTrim   time.Time // when the image was last trimmed (or the policy installed)
	starting   bool      // StartPercent applies
	first      bool      // no collection has run yet (FirstHeap applies)
	allocated0 int64     // the bytes allocated before Install (StartBytes)
	lives      liveWindow
	// cur is the growth factor after the start period: Percent, or
	// between LowPercent and Percent when the policy adapts (adapts).
	cur int
	// The collector's CPU seconds and the automatic and all collections
	// counted when the current window of its measurement began (windowAt).
	windowAt              time.Time
	windowGC              float64
	windowAuto, windowAll int64
}

// adapts reports whether the policy moves its growth factor.
func (p Policy) adapts() bool {
	return p.LowPercent > 0 && p.LowPercent < p.Percent && p.GCBudget > 0
}

// percent is the growth factor that applies now; called with mu held.
func (t *tuner) percent() int {
	if t.first {
		return firstPercent(t.p.FirstHeap)
	}
	if t.starting {
		return t.p.StartPercent
	}
	return t.cur
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
		{Name: "/cpu/classes/gc/total:cpu-seconds"},
		{Name: "/cpu/classes/gc/mark/idle:cpu-seconds"},
		{Name: "/gc/cycles/automatic:gc-cycles"},
		{Name: "/gc/cycles/total:gc-cycles"},
		{Name: "/gc/heap/allocs:bytes"},
	}}
	current = t
	t.starting = p.StartPeriod > 0
	metrics.Read(t.samples[10:])
	if s := t.samples[10].Value; s.Kind() == metrics.KindUint64 {
		t.allocated0 = int64(min(s.Uint64(), math.MaxInt64))
	}
	t.first = firstPercent(p.FirstHeap) > 0
	t.cur = p.Percent
	if p.adapts() {
		t.cur = p.LowPercent
	}
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
// after twice that, and so on up to maxTrimDelay while the process is
// mostly idle (every TrimImage while it is busy), until the policy is
// removed. It sleeps in nanosleep(2), not on a Go timer: the first timer
// of a process starts Go's network poller, whose two descriptors would
// then take numbers that a script's first sockets and files get
// (socketpair() gave 8 and 9 instead of 6 and 9), and a goroutine
// blocked in a system call costs a thread but no descriptor.
func (t *tuner) clock(installed time.Time) {
	delay := t.p.TrimImage
	cpu := processCPU()
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
			t.endStart()
			t.adjust()
		}
		trim := d == delay && t.trimDue()
		mu.Unlock()
		if trim {
			trimNow()
		}
		if d == delay {
			delay = min(2*delay, maxTrimDelay)
			// A program that keeps busy keeps touching code and tables
			// it had not touched since the last trim: each fault maps a
			// 64 KiB block around its page, and in a few seconds the
			// image is back to most of its size. While the process used
			// a quarter of a CPU or more since the last tick, the delay
			// stays at TrimImage; it grows while the program waits.
			now := processCPU()
			if now-cpu >= d/4 {
				delay = t.p.TrimImage
			}
			cpu = now
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
	trimMalloc()
	trims.Add(1)
}

// firstPercent is the growth factor whose minimum heap is firstHeap
// (Go's minimum heap is 4 MiB x GOGC/100), or 0 for none above Go's own.
func firstPercent(firstHeap int64) int {
	if firstHeap <= 4<<20 {
		return 0
	}
	return int(min(firstHeap/(4<<20/100), math.MaxInt32))
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
	if t.first {
		if v(9) == 0 {
			// Before the first collection the runtime's minimum heap
			// paces it: a limit would count the runtime's memory outside
			// the heap and the heap's free slots, which grow as the heap
			// does, and would start it at half of FirstHeap.
			debug.SetMemoryLimit(math.MaxInt64)
			return
		}
		t.first = false
		debug.SetGCPercent(t.percent())
	}
	if t.starting && t.p.StartBytes > 0 && v(10)-t.allocated0 >= t.p.StartBytes {
		// A program this fast starts at Percent: the adaptive factor
		// would get there only after a window of minWindow's wall
		// time, most of a short transfer on a loaded machine; it comes
		// down from there if collecting turns out cheap.
		t.cur = t.p.Percent
		t.endStart()
	}
	if t.p.adapts() && !t.starting {
		t.adapt(time.Now(), cpuSeconds(t.samples[6])-cpuSeconds(t.samples[7]), v(8), v(9))
	}
	// The limit keeps Percent's headroom in the start period too: one
	// at StartPercent's would be within reach of the heap's fragmented
	// spans (the limit counts them, the live heap does not), and the
	// collector would run back to back. GOGC=StartPercent alone paces
	// the collections then.
	debug.SetMemoryLimit(Limit(t.p, t.lives.add(live), max(total-heap, 0)))
}

// liveWindow keeps the live heaps the last few collections found, for
// the memory limit.
//
// A collection counts as live everything allocated while it marks, and
// on a loaded machine a mark runs for tens of milliseconds of wall time,
// during which a bulk transfer allocates megabytes of byte strings that
// are dead the moment after: `/gc/heap/live:bytes` read 8-12 MB for a
// memory-BIO transfer whose live data is 4-5 MB, and the limit gave the
// heap five times that. The smallest of the last liveSpan figures bounds
// the live data without that noise; a program whose live data grows has
// its limit follow after liveSpan collections. 512 MiB in 16 KiB chunks
// (load average 30, medians of 5): peak RSS 56.6 MiB (up to 113.6) ->
// 42.8 (up to 44.6), CPU time 1.31 -> 1.24 s with modules/ssl's method
// path; bench/vm's bytes and strings peaks did not rise (22.1 -> 22.0,
// 23.3 -> 20.9 MiB), TestMemoryChurn 1.24-1.35x CPython 3.6 as before.
type liveWindow struct {
	ring [liveSpan]int64
	n    int
}

// liveSpan is how many collections liveWindow looks back.
const liveSpan = 4

// add records a collection's live heap and returns the smallest of the
// last liveSpan.
func (w *liveWindow) add(live int64) int64 {
	w.ring[w.n%liveSpan] = live
	w.n++
	m := live
	for i := range min(w.n, liveSpan) {
		m = min(m, w.ring[i])
	}
	return m
}

// endStart ends the start period; called with mu held.
func (t *tuner) endStart() {
	t.starting = false
	debug.SetGCPercent(t.percent())
	t.windowAt = time.Time{} // start-up's collections are not the program's
}

// minWindow is the shortest time over which the policy measures the
// collector's CPU time before it moves the growth factor: a few
// collections of a program that allocates fast (a bulk transfer collects
// a hundred times a second), one of a program that allocates slowly.
const minWindow = 100 * time.Millisecond

// adapt moves the growth factor after a collection so that the
// collector's CPU time stays near the budget; called with mu held, with
// the collector's CPU seconds and the automatic and all collections so
// far. The time the collector takes is about proportional to the number
// of collections, which is inversely proportional to the growth factor:
// the factor that meets the budget is the current one scaled by the ratio
// of the CPU share measured to the budget. Only the automatic collections
// count (their share of the CPU time, as collections of the same heap
// cost about the same): the ones a program asks for (gc.collect(), and
// modules/_ssl's pacer after every few dozen dropped OpenSSL objects)
// come however large the growth factor.
func (t *tuner) adapt(now time.Time, gcCPU float64, auto, all int64) {
	if t.windowAt.IsZero() {
		t.windowAt, t.windowGC, t.windowAuto, t.windowAll = now, gcCPU, auto, all
		return
	}
	window := now.Sub(t.windowAt)
	if window < minWindow {
		return
	}
	share := max(gcCPU-t.windowGC, 0) / window.Seconds()
	if n := all - t.windowAll; n > 0 {
		share *= float64(max(auto-t.windowAuto, 0)) / float64(n)
	}
	t.windowAt, t.windowGC, t.windowAuto, t.windowAll = now, gcCPU, auto, all
	next := NextPercent(t.p, t.cur, share)
	if next != t.cur {
		t.cur = next
		debug.SetGCPercent(next)
	}
}

// NextPercent is the growth factor that would have kept the collector's
// CPU share (of one CPU) at p.GCBudget, had it been share at percent cur,
// between p.LowPercent and p.Percent.
func NextPercent(p Policy, cur int, share float64) int {
	want := float64(cur) * share / p.GCBudget
	switch {
	case math.IsNaN(want) || want <= float64(p.LowPercent):
		return p.LowPercent
	case want >= float64(p.Percent):
		return p.Percent
	}
	return int(want)
}

func cpuSeconds(s metrics.Sample) float64 {
	if s.Value.Kind() != metrics.KindFloat64 {
		return 0
	}
	return s.Value.Float64()
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
