package vm

import (
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Proving a drop frees nothing, before paying a collection for it.
//
// A drop the ration lets collect (finalize_ration.go) costs a scan of the
// whole heap, milliseconds. Many such drops free nothing: the loop
// variable over a list of watched objects, a local that also went into
// an attribute of self, a module's registry or a thread-local cache (the
// multiprocessing hub's per-thread connections, a pool's worker list).
// heldNearby looks for the object among the values of the frames nearby;
// stillReachable goes further, a few levels into what those frames and
// their modules' globals hold, and is asked only once the ration has
// allowed the collection, so that its bounded cost (a few thousand
// values, tens of microseconds) is paid only where a collection would
// cost a hundred times more.
//
// Finding the object is a proof: what a live frame or a module's globals
// reach through lists, tuples, dicts, sets, instances' attributes, class
// attributes, cells and thread-local namespaces is reachable, so the
// drop frees it not. Weak containers hold their referents through weak
// references, which the search never follows. Not finding it proves
// nothing, and the collection runs as before.

// reachScanBudget bounds the values stillReachable looks at.
const reachScanBudget = 4096

// searchBurst is the time the deeper searches may take beyond their
// share of the process's CPU time.
const searchBurst = 20 * time.Millisecond

// reachScanDepth bounds how many containers deep stillReachable goes
// from a frame's values or its globals.
const reachScanDepth = 4

// stillReachable reports whether every object of objs (nil items are
// skipped) is found reachable from the running frame or its first
// callers (aliveScanFrames): their locals, cells, stack values and
// globals, and what those hold, within the search's bounds. fin, when
// not nil, rations the deeper part of the search; it is used under the
// sweep (enterSweep), as mayCollect is.
func (t *thread) stillReachable(fin *genFinalizer, objs []py.Object) bool {
	r := reachSearch{budget: reachScanBudget}
	given := 0
	for _, o := range objs {
		if o == nil {
			continue
		}
		if _, ok := o.(py.Tuple); ok {
			// a tuple has no identity to compare (== panics on two)
			return false
		}
		given++
		// The frames' own values and their containers' items first:
		// heldNearby finds most of what is held at a fraction of the
		// cost of the search below.
		if !t.heldNearby(o) {
			r.targets = append(r.targets, o)
		}
	}
	if len(r.targets) == 0 {
		return given != 0
	}
	// The deeper search is rationed: a script spends at most about a
	// tenth of its CPU time in it, beyond a small burst; past that its
	// drops collect as they did before. (A loop whose every drop
	// it would find held otherwise scans thousands of values per pass.)
	if fin != nil {
		if fin.searchTime > time.Duration((recentCPU()-startCPU)/10)+searchBurst {
			return false
		}
		start := time.Now()
		defer func() { fin.searchTime += time.Since(start) }()
	}
	var seenGlobals []py.StringDict
	for depth, f := 0, t.top; f != nil && depth < aliveScanFrames; depth, f = depth+1, f.back {
		for _, v := range f.fast {
			if r.see(v, 0) {
				return true
			}
		}
		for _, v := range f.stack[:f.sp] {
			if r.see(v, 0) {
				return true
			}
		}
		if r.seeDict(f.locals, 0) {
			return true
		}
		if f.globals != nil && !containsMap(seenGlobals, f.globals) {
			seenGlobals = append(seenGlobals, f.globals)
			if r.seeDict(f.globals, 0) {
				return true
			}
		}
		if r.budget <= 0 {
			return false
		}
	}
	// Breadth first: the containers the frames hold, then theirs.
	for i := 0; i < len(r.queue) && r.budget > 0; i++ {
		if r.expand(r.queue[i]) {
			return true
		}
	}
	return false
}

// reachSearch is one stillReachable search: the objects still to find,
// the containers met and not yet looked into, and those already queued.
type reachSearch struct {
	targets []py.Object
	queue   []queuedContainer
	queued  map[unsafe.Pointer]struct{} // the containers expanded
	budget  int
}

type queuedContainer struct {
	o     py.Object
	depth int
}

// see checks v, met depth containers away from a frame: it reports
// true once every target is found, and queues v when it holds values.
func (r *reachSearch) see(v py.Object, depth int) bool {
	if v == nil {
		return false
	}
	r.budget--
	for i, x := range r.targets {
		if x == v {
			r.targets = append(r.targets[:i], r.targets[i+1:]...)
			if len(r.targets) == 0 {
				return true
			}
			break
		}
	}
	if depth < reachScanDepth && containerID(v) != nil {
		// Repeats are dropped when expanded: most of what is queued
		// is never looked into before the budget runs out.
		r.queue = append(r.queue, queuedContainer{v, depth + 1})
	}
	return false
}

// seeDict sees the values of d.
func (r *reachSearch) seeDict(d py.StringDict, depth int) bool {
	for _, v := range d {
		if r.see(v, depth) {
			return true
		}
		if r.budget <= 0 {
			return false
		}
	}
	return false
}

// seeAll sees the values of items.
func (r *reachSearch) seeAll(items []py.Object, depth int) bool {
	for _, v := range items {
		if r.see(v, depth) {
			return true
		}
		if r.budget <= 0 {
			return false
		}
	}
	return false
}

// expand sees what the queued container c holds, unless it did before.
func (r *reachSearch) expand(c queuedContainer) bool {
	id := containerID(c.o)
	if r.queued == nil {
		r.queued = make(map[unsafe.Pointer]struct{})
	}
	if _, ok := r.queued[id]; ok {
		return false
	}
	r.queued[id] = struct{}{}
	switch o := c.o.(type) {
	case *py.List:
		return r.seeAll(o.Items, c.depth)
	case py.Tuple:
		return r.seeAll(o, c.depth)
	case *Dict:
		found := false
		o.Items(func(k, v py.Object) bool {
			found = r.see(k, c.depth) || r.see(v, c.depth)
			return !found && r.budget > 0
		})
		return found
	case *Set:
		for _, e := range o.table {
			if e.key != nil && e.key != setDummy && r.see(e.key, c.depth) {
				return true
			}
			if r.budget <= 0 {
				return false
			}
		}
	case *py.Type:
		// an instance's attributes, or a class's
		return r.seeDict(o.Dict, c.depth)
	case *py.Cell:
		return r.see(o.Get(), c.depth)
	case *threadLocal:
		for _, d := range o.dicts {
			if r.seeDict(d, c.depth) {
				return true
			}
		}
	}
	return false
}

// containerID returns an identity for v when stillReachable looks into
// it (see expand), else nil.
func containerID(v py.Object) unsafe.Pointer {
	switch o := v.(type) {
	case *py.List:
		return unsafe.Pointer(o)
	case py.Tuple:
		if len(o) == 0 {
			return nil
		}
		return unsafe.Pointer(&o[0])
	case *Dict:
		return unsafe.Pointer(o)
	case *Set:
		return unsafe.Pointer(o)
	case *py.Type:
		if len(o.Dict) == 0 || !pyutil.IsInstanceObject(o) && o.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			// built-in types hold no script's objects
			return nil
		}
		return unsafe.Pointer(o)
	case *py.Cell:
		return unsafe.Pointer(o)
	case *threadLocal:
		return unsafe.Pointer(o)
	}
	return nil
}

// containsMap reports whether ms holds m itself (not an equal map).
func containsMap(ms []py.StringDict, m py.StringDict) bool {
	for _, x := range ms {
		if mapIdentity(x) == mapIdentity(m) {
			return true
		}
	}
	return false
}

// mapIdentity returns the runtime map m refers to: two StringDicts are the
// same namespace when it is the same.
func mapIdentity(m py.StringDict) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&m))
}
