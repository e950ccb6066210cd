// Package gc registers the Python module "gc". collect() runs the
// collector the loop installed (SetCollector: one collection that finds
// chains and cycles of finalizable objects, and another only when the
// first finalized something), else Go's collector twice (so that objects
// freed by the first cycle's finalisation are found too), and then the
// hooks other modules installed with OnCollect (the loop's __del__ calls and weakref callbacks); it
// calls the functions in gc.callbacks before and after, and answers the
// number of objects the hooks report finalized. enable, disable,
// set_threshold and set_debug keep their settings only, since Go's
// collector cannot and need not be steered that way.
//
// Unlike CPython, where reference counting frees an object at its last
// reference, Go frees it at a collection: weak references die, and their
// callbacks run, at the next gc.collect() (or at a point where the loop
// collects, see vm/finalize_weak.go), not at every last reference.
package gc

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gcpolicy"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

var (
	hooksMu sync.Mutex
	hooks   []func() error
	enabled atomic.Bool
	// found counts what the hooks of the running collect() finalized
	found atomic.Int64

	// settingsMu guards the settings and statistics below.
	settingsMu sync.Mutex
	thresholds = [3]int{700, 10, 10}
	debugFlags int
	// collections and collected count, per generation, the collect()
	// calls that asked for it and what they reported
	collections [3]int
	collected   [3]int
	// allocsAtCollect is the runtime's allocation count at the last
	// collect(), for get_count()
	allocsAtCollect uint64

	garbage   = py.NewList()
	callbacks = py.NewList()

	// collector is what SetCollector installed, or nil.
	collector atomic.Pointer[func() bool]
)

// SetCollector makes f run gc.collect()'s collections in place of Go's
// collector run twice; f reports false when it could not (no
// interpreter on this goroutine, a collection already running), and
// the two collections run then.
func SetCollector(f func() bool) { collector.Store(&f) }

// Host is what the interpreter (package vm, which imports this one)
// lends the module: set in its init, before any script runs.
var Host struct {
	// NewDict makes a dict of the given keys and values, in order.
	NewDict func(keys []string, values []py.Object) py.Object
	// Call calls fn with args.
	Call func(fn py.Object, args py.Tuple) error
	// Unraisable reports err, raised by fn, on stderr ("Exception
	// ignored in: ...").
	Unraisable func(fn py.Object, err error)
	// Referents lists the objects o refers to directly.
	Referents func(o py.Object) []py.Object
	// Tracked reports whether CPython's collector would track o.
	Tracked func(o py.Object) bool
}

// OnCollect adds a function that gc.collect() calls after the collection
// (on the calling thread, under the interpreter lock). An error it
// returns is raised by gc.collect().
func OnCollect(f func() error) {
	hooksMu.Lock()
	defer hooksMu.Unlock()
	hooks = append(hooks, f)
}

// wantGo holds the WantGoCollections predicates; guarded by hooksMu.
var wantGo []func() bool

// WantGoCollections registers want: while it reports true, collect()
// waits for the cleanups its collections queued, so that those of Go
// objects found unreachable (a socket dropped open, which queues its
// ResourceWarning) have run before the OnCollect hooks look for what
// they queued.
func WantGoCollections(want func() bool) {
	hooksMu.Lock()
	defer hooksMu.Unlock()
	wantGo = append(wantGo, want)
}

func goCollectionsWanted() bool {
	hooksMu.Lock()
	ws := wantGo
	hooksMu.Unlock()
	for _, want := range ws {
		if want() {
			return true
		}
	}
	return false
}

// Found adds n to what the running collect() reports collected: a hook
// calls it for the objects it finalized.
func Found(n int) { found.Add(int64(n)) }

// Collect runs Go's collector twice and then the OnCollect hooks.
func Collect() error {
	_, err := collect(2)
	return err
}

func collect(generation int) (int, error) {
	found.Store(0)
	wanted := goCollectionsWanted()
	if f := collector.Load(); f == nil || !(*f)() {
		runtime.GC()
		runtime.GC()
	}
	// The loop's collector ends with a collection that finalized nothing,
	// so Go has already queued the cleanups of whatever is unreachable:
	// another collection would only cost a mark of the whole heap (tens
	// of milliseconds with asyncio's modules loaded).
	if wanted {
		gcpolicy.WaitCleanups(50 * time.Millisecond)
	}
	hooksMu.Lock()
	hs := append([]func() error(nil), hooks...)
	hooksMu.Unlock()
	for _, h := range hs {
		if err := h(); err != nil {
			return 0, err
		}
	}
	n := int(found.Swap(0))
	settingsMu.Lock()
	collections[generation]++
	collected[generation] += n
	allocsAtCollect = heapAllocs()
	settingsMu.Unlock()
	return n, nil
}

// heapAllocs is the number of heap objects the runtime has allocated.
func heapAllocs() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:objects"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// runCallbacks calls each function in gc.callbacks with phase and the
// info dict; an exception one raises is reported and ignored.
func runCallbacks(phase string, generation, n int) {
	if len(callbacks.Items) == 0 || Host.NewDict == nil {
		return
	}
	info := Host.NewDict([]string{"generation", "collected", "uncollectable"},
		[]py.Object{py.Int(generation), py.Int(n), py.Int(0)})
	for _, cb := range append([]py.Object(nil), callbacks.Items...) {
		if err := Host.Call(cb, py.Tuple{py.String(phase), info}); err != nil {
			Host.Unraisable(cb, err)
		}
	}
}

func gc_collect(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	v, err := pyarg.Parse("collect", args, kwargs, []string{"generation"}, 0, 0)
	if err != nil {
		return nil, err
	}
	generation := 2
	if v[0] != nil {
		g, err := pyarg.Int(v[0])
		if err != nil {
			return nil, err
		}
		if g < 0 || g > 2 {
			return nil, py.ExceptionNewf(py.ValueError, "invalid generation")
		}
		generation = int(g)
	}
	runCallbacks("start", generation, 0)
	n, err := collect(generation)
	if err != nil {
		return nil, err
	}
	runCallbacks("stop", generation, n)
	return py.Int(n), nil
}

func gc_set_threshold(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("set_threshold", args, 1, 3); err != nil {
		return nil, err
	}
	var t [3]int
	for i, a := range args {
		n, err := pyarg.Int(a)
		if err != nil {
			return nil, err
		}
		t[i] = int(n)
	}
	settingsMu.Lock()
	copy(thresholds[:len(args)], t[:len(args)])
	settingsMu.Unlock()
	return py.None, nil
}

func gc_get_threshold(py.Object) (py.Object, error) {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	return py.Tuple{py.Int(thresholds[0]), py.Int(thresholds[1]), py.Int(thresholds[2])}, nil
}

func gc_set_debug(_ py.Object, arg py.Object) (py.Object, error) {
	n, err := pyarg.Int(arg)
	if err != nil {
		return nil, err
	}
	settingsMu.Lock()
	debugFlags = int(n)
	settingsMu.Unlock()
	return py.None, nil
}

func gc_get_debug(py.Object) (py.Object, error) {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	return py.Int(debugFlags), nil
}

// gc_get_count gives the heap objects allocated since the last
// collect() as the youngest generation's count (CPython's counts
// allocations less deallocations); the older generations' are 0.
func gc_get_count(py.Object) (py.Object, error) {
	settingsMu.Lock()
	since := heapAllocs() - allocsAtCollect
	settingsMu.Unlock()
	return py.Tuple{py.Int(since), py.Int(0), py.Int(0)}, nil
}

func gc_get_stats(py.Object) (py.Object, error) {
	if Host.NewDict == nil {
		return py.NewList(), nil
	}
	settingsMu.Lock()
	runs, n := collections, collected
	settingsMu.Unlock()
	keys := []string{"collections", "collected", "uncollectable"}
	out := py.NewList()
	for gen := 0; gen < 3; gen++ {
		vals := []py.Object{py.Int(runs[gen]), py.Int(n[gen]), py.Int(0)}
		out.Append(Host.NewDict(keys, vals))
	}
	return out, nil
}

func gc_is_tracked(_ py.Object, arg py.Object) (py.Object, error) {
	if Host.Tracked == nil {
		return py.False, nil
	}
	return py.NewBool(Host.Tracked(arg)), nil
}

func gc_get_referents(_ py.Object, args py.Tuple) (py.Object, error) {
	out := py.NewList()
	if Host.Referents == nil {
		return out, nil
	}
	for _, a := range args {
		out.Extend(Host.Referents(a))
	}
	return out, nil
}

func init() {
	enabled.Store(true)
	allocsAtCollect = heapAllocs()
	methods := []*py.Method{
		py.MustNewMethod("collect", gc_collect, 0, "collect([generation]) -> n\n\nRun a collection (every generation unless one of 0, 1, 2 is given;\nValueError for another) and give the number of unreachable objects found."),
		py.MustNewMethod("enable", func(py.Object) (py.Object, error) {
			enabled.Store(true)
			return py.None, nil
		}, 0, "enable() -> None\n\nTurn automatic collection on."),
		py.MustNewMethod("disable", func(py.Object) (py.Object, error) {
			enabled.Store(false)
			return py.None, nil
		}, 0, "disable() -> None\n\nTurn automatic collection off."),
		py.MustNewMethod("isenabled", func(py.Object) (py.Object, error) {
			return py.NewBool(enabled.Load()), nil
		}, 0, "isenabled() -> status\n\nWhether automatic collection is on."),
		py.MustNewMethod("set_threshold", gc_set_threshold, 0, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nChange the allocation counts that start a collection of each generation."),
		py.MustNewMethod("get_threshold", gc_get_threshold, 0, "get_threshold() -> (threshold0, threshold1, threshold2)\n\nThe allocation counts that start a collection of each generation."),
		py.MustNewMethod("set_debug", gc_set_debug, 0, "set_debug(flags) -> None\n\nChange the debugging flags (DEBUG_* constants, or-ed)."),
		py.MustNewMethod("get_debug", gc_get_debug, 0, "get_debug() -> flags\n\nThe debugging flags."),
		py.MustNewMethod("get_count", gc_get_count, 0, "get_count() -> (count0, count1, count2)\n\nThe allocation count of each generation since its last collection."),
		py.MustNewMethod("get_stats", gc_get_stats, 0, "get_stats() -> [...]\n\nOne dict of statistics per generation: collections, collected, uncollectable."),
		py.MustNewMethod("is_tracked", gc_is_tracked, 0, "is_tracked(obj) -> bool\n\nWhether the collector watches obj (atoms such as ints and strings are not watched)."),
		py.MustNewMethod("get_referents", gc_get_referents, 0, "get_referents(*objs) -> list\n\nThe objects each of objs refers to directly."),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "gc", Doc: "Control over the cycle garbage collector: run it, switch it on or off, inspect it.", Flags: py.ShareModule},
		Methods: methods,
		Globals: py.StringDict{
			"garbage":             garbage,
			"callbacks":           callbacks,
			"DEBUG_STATS":         py.Int(1),
			"DEBUG_COLLECTABLE":   py.Int(2),
			"DEBUG_UNCOLLECTABLE": py.Int(4),
			"DEBUG_SAVEALL":       py.Int(32),
			"DEBUG_LEAK":          py.Int(38),
		},
	})
}
