// Package tracemalloc registers "_tracemalloc", the native half of
// Lib/modules/tracemalloc.py. Go's allocator keeps no per-allocation
// record, so there are no traces (snapshots are empty and objects have no
// traceback); the traced memory is what Go's runtime reports: the growth
// of the live heap since tracing started or the traces were cleared, and
// its peak as seen by the calls made meanwhile.
package tracemalloc

import (
	"runtime"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// maxFrames is CPython's bound on the traceback limit (its frame
// array's size limit on a 64-bit system).
const maxFrames = 178956969

var state struct {
	sync.Mutex
	tracing bool
	frames  int
	base    uint64 // heap in use when tracing started
	peak    uint64
}

func heapInUse() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// traced is the growth of the heap since base, updating the peak; the
// state lock is held.
func traced() (current, peak uint64) {
	if now := heapInUse(); now > state.base {
		current = now - state.base
	}
	if current > state.peak {
		state.peak = current
	}
	return current, state.peak
}

func tmStart(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("start", args, 0, 1); err != nil {
		return nil, err
	}
	frames := 1
	if len(args) == 1 {
		n, err := pyarg.Index(args[0])
		if err != nil {
			return nil, err
		}
		if !n.IsInt64() || n.Int64() < 1 || n.Int64() > maxFrames {
			return nil, pyutil.ValueErrorf("the number of frames must be in range [1; %d]", maxFrames)
		}
		frames = int(n.Int64())
	}
	state.Lock()
	defer state.Unlock()
	if !state.tracing {
		state.tracing = true
		state.base, state.peak = heapInUse(), 0
	}
	state.frames = frames
	return py.None, nil
}

func tmStop(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("stop", args, 0, 0); err != nil {
		return nil, err
	}
	state.Lock()
	defer state.Unlock()
	state.tracing = false
	state.peak = 0
	return py.None, nil
}

func tmIsTracing(_ py.Object, args py.Tuple) (py.Object, error) {
	state.Lock()
	defer state.Unlock()
	return py.NewBool(state.tracing), nil
}

func tmClearTraces(_ py.Object, args py.Tuple) (py.Object, error) {
	state.Lock()
	defer state.Unlock()
	if state.tracing {
		state.base, state.peak = heapInUse(), 0
	}
	return py.None, nil
}

func tmTracedMemory(_ py.Object, args py.Tuple) (py.Object, error) {
	state.Lock()
	defer state.Unlock()
	if !state.tracing {
		return py.Tuple{py.Int(0), py.Int(0)}, nil
	}
	cur, peak := traced()
	return py.Tuple{py.Int(cur), py.Int(peak)}, nil
}

func tmTracebackLimit(_ py.Object, args py.Tuple) (py.Object, error) {
	state.Lock()
	defer state.Unlock()
	if state.frames == 0 {
		return py.Int(1), nil
	}
	return py.Int(state.frames), nil
}

func tmOwnMemory(_ py.Object, args py.Tuple) (py.Object, error) {
	// The module keeps no traces: its own memory is its state.
	return py.Int(64), nil
}

func tmTraces(_ py.Object, args py.Tuple) (py.Object, error) {
	return py.NewList(), nil
}

func tmObjectTraceback(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("_get_object_traceback() takes exactly one argument (%d given)", len(args))
	}
	return py.None, nil
}

func init() {
	m := pyutil.MustNewMethod
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_tracemalloc", Doc: "The native half of tracemalloc: starts and stops recording where\nmemory blocks were allocated and hands the records to the Python layer.", FileDesc: "<_tracemalloc>"},
		Methods: []*py.Method{
			m("start", tmStart, 0, "start(nframe: int=1)\n\nStart tracing Python memory allocations."),
			m("stop", tmStop, 0, "stop()\n\nStop tracing Python memory allocations and clear traces."),
			m("is_tracing", tmIsTracing, 0, "is_tracing()->bool\n\nTrue if the tracemalloc module is tracing Python memory allocations."),
			m("clear_traces", tmClearTraces, 0, "clear_traces()\n\nForget every allocation recorded so far; recording goes on if it was on."),
			m("get_traced_memory", tmTracedMemory, 0, "get_traced_memory() -> (int, int)\n\nThe current and peak size of the traced memory."),
			m("get_traceback_limit", tmTracebackLimit, 0, "get_traceback_limit() -> int\n\nThe maximum number of frames stored in a traceback."),
			m("get_tracemalloc_memory", tmOwnMemory, 0, "get_tracemalloc_memory() -> int\n\nThe memory the module uses for its traces."),
			m("_get_traces", tmTraces, 0, "_get_traces() -> list\n\nThe traces of allocated memory blocks (none here)."),
			m("_get_object_traceback", tmObjectTraceback, 0, "_get_object_traceback(obj)\n\nWhere obj was allocated (unknown here: None)."),
		},
	})
}
