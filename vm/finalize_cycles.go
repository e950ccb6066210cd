package vm

import (
	"runtime"
	"sync"
	"time"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/gc"
)

// gc.collect() and instances in reference cycles.
//
// Go's collector never runs the finalizer of an object that reaches
// itself, so an instance with __del__ in a cycle (a.me = a, a.b = b with
// b.a = a, a list holding its owner) would never be finalized. At
// gc.collect(), findGarbage asks the collector which of them are
// garbage, the way CPython's cycle collector subtracts the references
// from inside: it walks what the registered instances reach through
// instances, lists and dicts (the graph), empties every reference
// between the graph's objects, gives each graph object without one a
// finalizer, and runs a collection. A graph object still alive after it
// is held from outside the graph; so is everything it reaches in the
// graph. The others are garbage. Every reference is then put back (the
// finalizers have kept each object), the objects found alive get their
// finalizer state back, and the __del__ of the garbage instances runs in
// CPython's order (finalize_order.go). So one collection finds a chain
// of any length as well as a cycle. Cycles through other objects (sets,
// closures, tracked generators, Go values) keep their instances alive
// until the end, as before.

func init() {
	gc.SetCollector(func() bool {
		if c := currentContext(); c != nil {
			return threadOf(c).collectNow()
		}
		return false
	})
	// After the collections gc.collect() runs, whichever ran them, the
	// OnCollected hooks see what Go's cleanups queued meanwhile (a socket
	// dropped open warns from there).
	gc.OnCollect(func() error {
		if c := currentContext(); c != nil {
			runCollectedHooks()
		}
		return nil
	})
}

// collectNow is gc.collect()'s collection: whatever the ration, it
// closes the generators and calls the __del__ of the instances gone,
// chains and cycles alike. It reports false, having done nothing, when
// there is no finalizer or a sweep is running (a __del__ that calls
// gc.collect()).
func (t *thread) collectNow() bool {
	fin := finalizerOf(t.ctx)
	if fin == nil || !fin.enterSweep() {
		return false
	}
	defer fin.leaveSweep()
	// Right after a gc.collect() whose collection finalized nothing, with
	// nothing run since that may drop a reference (finalize_collect_quiet.go),
	// only what the finalizer goroutine queued meanwhile is due.
	if fin.quietSinceCollect(t) {
		if t.runReady(fin, false)+t.closeGone(fin, false) == 0 {
			fin.markCollect(t)
			return true
		}
	}
	fin.lastCollect = collectMark{}
	// One cycle search finds every garbage instance the graph reaches, a
	// chain of them as well as a cycle (Go alone finalizes one level of
	// a chain per collection: an instance's finalizer keeps what it
	// reaches alive). Another round runs while one finalized something:
	// a generator closed or a __del__ run may have freed more (CPython's
	// reference counts free that at once), and garbage reached only
	// through objects the graph does not follow (sets, closures) shows
	// up a level at a time. maxCollectRounds bounds the work.
	for range maxCollectRounds {
		// Instances queued before (dropped earlier) go first, and their
		// references then count no more.
		ran := t.runReady(fin, false)
		t.dropCachedValues()
		before := fin.trackedCount()
		order := fin.findGarbage()
		refundCollection(fin.lastGCCPU) // finalize_ration.go
		t.closeGone(fin, false)
		// What CPython's collector counts: the objects of the cycles
		// (reference counts free the rest before it runs).
		gc.Found(order.weight)
		ran += t.runReady(fin, false)
		for i := range order.dels {
			inst := order.dels[i].inst
			order.dels[i].inst = nil // the collector may free it once __del__ is done
			t.callDel(inst, false)
		}
		ran += len(order.dels)
		if ran == 0 && fin.trackedCount() == before {
			fin.markCollect(t)
			break
		}
	}
	return true
}

// trackedCount is the number of generators fin tracks.
func (fin *genFinalizer) trackedCount() int {
	fin.mu.Lock()
	defer fin.mu.Unlock()
	return len(fin.tracked)
}

// maxCollectRounds is how many collections one gc.collect() runs at most.
const maxCollectRounds = 256

// graphNode is an object of the graph: how to find it again after the
// collection, and whether it is a registered instance (seq > 0).
type graphNode struct {
	alive func() py.Object // the object while it is alive, else nil
	seq   uint64
	armed bool // given a finalizer for the collection
	// revive, for an object that cannot be given a finalizer (one that
	// may sit inside a larger allocation: a frame, a traceback, an
	// exception, a bound method), makes a copy of it as it was once cut,
	// to stand for it if the collection freed it.
	revive func() py.Object
}

// graphEdge is a reference between graph objects, emptied for the
// collection: the slot of from that kind, key and index name, or, sub
// not empty, the item sub leads to in the tuple (of tuples) that slot
// holds. An edge holds no pointer into its objects, so that it keeps
// none of them alive.
type graphEdge struct {
	from, to int
	kind     edgeKind
	key      string
	index    int
	sub      []int
}

// edgeKind says which slot of its object an edge is.
type edgeKind uint8

const (
	edgeInstDict    edgeKind = iota // an instance's __dict__[key]
	edgeListItem                    // a list's Items[index]
	edgeDictValue                   // a dict's entries[index] value
	edgeExcArgs                     // an exception's args
	edgeExcTb                       // __traceback__
	edgeExcContext                  // __context__
	edgeExcCause                    // __cause__
	edgeExcDict                     // an exception's attribute key
	edgeTbNext                      // a traceback's tb_next
	edgeTbFrame                     // tb_frame
	edgeFrameFast                   // a finished frame's Localsplus[index]
	edgeFrameBack                   // a finished frame's caller (f_back)
	edgeMethodSelf                  // a bound method's __self__
	edgeInstBases                   // what an instance keeps in Bases (its built-in or attached value)
	edgeInstSlot                    // an instance's __slots__ value kept apart from its __dict__ (key)
	edgeGenFast                     // a suspended generator's Localsplus[index]
	edgeGenStack                    // a suspended generator's value stack[index]
	edgeFrameLocals                 // a finished frame's f_locals dict
)

// maxTupleDepth bounds how deep tuples in tuples are followed.
const maxTupleDepth = 4

// revived collects the graph objects whose finalizer ran.
type revived struct {
	mu   sync.Mutex
	objs map[int]py.Object
}

func (r *revived) put(id int, o py.Object) {
	r.mu.Lock()
	r.objs[id] = o
	r.mu.Unlock()
}

// findGarbage runs a collection that finds the registered instances
// that are garbage, in chains and cycles, and returns them, taken off
// the ready queue, in the order their __del__ is due (finalize_order.go).
func (fin *genFinalizer) findGarbage() garbageOrder {
	nodes, edges, rev := fin.cutGraph()
	fin.collect()
	if len(edges) == 0 {
		// Nothing was cut: what the collection found is on the queue.
		return garbageOrder{}
	}
	// Every object is alive, or kept by the finalizer that ran.
	objs := make([]py.Object, len(nodes))
	bySeq := map[uint64]int{}
	for deadline := time.Now().Add(5 * time.Second); ; {
		missing := false
		rev.mu.Lock()
		for i, n := range nodes {
			if objs[i] == nil {
				if o := n.alive(); o != nil {
					objs[i] = o
				} else if o := rev.objs[i]; o != nil {
					objs[i] = o
				} else if n.revive != nil {
					objs[i] = n.revive()
				} else if n.seq > 0 {
					bySeq[n.seq] = i
				} else {
					missing = true
				}
			}
		}
		rev.mu.Unlock()
		fin.readyMu.Lock()
		for _, r := range fin.ready {
			if i, ok := bySeq[r.seq]; ok && objs[i] == nil {
				objs[i] = r.inst
			}
		}
		fin.readyMu.Unlock()
		for _, i := range bySeq {
			missing = missing || objs[i] == nil
		}
		if !missing || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	outside := make([]bool, len(nodes))
	for i, n := range nodes {
		outside[i] = n.alive() != nil
	}
	for _, e := range edges {
		if objs[e.from] != nil && objs[e.to] != nil {
			e.set(objs[e.from], objs[e.to])
		}
	}
	live := reachableFrom(outside, edges)
	var keep []readyDel
	for i, n := range nodes {
		switch {
		case objs[i] == nil:
		case n.seq > 0 && live[i] && !outside[i]:
			// Finalized, but held from a live object: armed again.
			keep = append(keep, readyDel{inst: objs[i].(*py.Type), seq: n.seq})
		case n.armed && outside[i]:
			disarm(objs[i])
		}
	}
	if len(keep) > 0 {
		fin.rearm(keep)
	}
	order := orderGarbage(nodes, edges, objs, live)
	fin.unqueue(order.dels)
	return order
}

// cutGraph walks the graph from the registered instances alive, empties
// its inner references and arms its objects; it keeps no strong
// reference to them.
func (fin *genFinalizer) cutGraph() ([]graphNode, []graphEdge, *revived) {
	w := graphWalker{ids: map[unsafe.Pointer]int{}, rev: &revived{objs: map[int]py.Object{}}, ctx: currentContext()}
	fin.mu.Lock()
	for _, e := range fin.dels {
		if x := e.inst.Value(); x != nil {
			w.node(x, e.seq)
		}
	}
	fin.mu.Unlock()
	for len(w.todo) > 0 && len(w.objs) < cycleWalkBudget {
		id := w.todo[len(w.todo)-1]
		w.todo = w.todo[:len(w.todo)-1]
		w.walk(id)
	}
	for _, e := range w.edges {
		e.set(w.objs[e.from], py.None)
	}
	for i := range w.nodes {
		if w.nodes[i].seq == 0 {
			if r := snapshot(w.objs[i]); r != nil {
				w.nodes[i].revive = r
			} else {
				w.nodes[i].armed = arm(w.objs[i], i, w.rev)
			}
		}
	}
	return w.nodes, w.edges, w.rev
}

// cycleWalkBudget bounds the objects a cycle search visits.
const cycleWalkBudget = 1 << 20

type graphWalker struct {
	ids   map[unsafe.Pointer]int
	objs  []py.Object
	nodes []graphNode
	edges []graphEdge
	todo  []int
	rev   *revived
	ctx   *Context // whose frames are followed
}

// graphKey is the identity of a graph object, or nil for other objects.
func graphKey(o py.Object) unsafe.Pointer {
	switch o := o.(type) {
	case *py.Type:
		if pyutil.IsInstanceObject(o) {
			return unsafe.Pointer(o)
		}
	case *py.List:
		return unsafe.Pointer(o)
	case *Dict:
		return unsafe.Pointer(o)
	case *py.Exception:
		return unsafe.Pointer(o)
	case *py.Traceback:
		return unsafe.Pointer(o)
	case *py.Frame:
		return unsafe.Pointer(o)
	case *py.BoundMethod:
		return unsafe.Pointer(o)
	case *py.Generator:
		if inGenCell(o) {
			return unsafe.Pointer(o)
		}
	}
	return nil
}

// inGenCell reports whether g is a generator made with its frame in one
// allocation (genCell), the kind the graph follows: it starts its
// allocation, so it can be armed, and no tracker holds its frame. A
// tracked generator (one with cleanup code, or a coroutine) is left out:
// the tracker holds its frame strongly and the generator weakly, and
// arming it would clear that weak pointer for good, so a live generator
// would be closed as gone.
func inGenCell(g *py.Generator) bool {
	return unsafe.Pointer(g.Frame) == unsafe.Add(unsafe.Pointer(g), unsafe.Offsetof(genCell{}.frame))
}

// node returns o's id in the graph, adding it (seq > 0: a registered
// instance), or -1 when o is not a graph object.
func (w *graphWalker) node(o py.Object, seq uint64) int {
	k := graphKey(o)
	if k == nil {
		return -1
	}
	if id, ok := w.ids[k]; ok {
		return id
	}
	id := len(w.objs)
	w.ids[k] = id
	w.objs = append(w.objs, o)
	w.nodes = append(w.nodes, graphNode{alive: weakly(o), seq: seq})
	w.todo = append(w.todo, id)
	return id
}

// walk notes the references of the graph object id.
func (w *graphWalker) walk(id int) {
	switch o := w.objs[id].(type) {
	case *py.Type:
		for k, v := range o.Dict {
			w.ref(id, graphEdge{kind: edgeInstDict, key: k}, v)
		}
		if sv, ok := pyutil.InstanceSlotValues(o); ok {
			for k, v := range sv.Values {
				w.ref(id, graphEdge{kind: edgeInstSlot, key: k}, v)
			}
		} else if len(o.Bases) > 0 {
			// functools.partial's parts, among others
			// (modules/weakref/attach.go)
			w.ref(id, graphEdge{kind: edgeInstBases}, o.Bases)
		}
	case *py.List:
		for i, v := range o.Items {
			w.ref(id, graphEdge{kind: edgeListItem, index: i}, v)
		}
	case *Dict:
		for i, e := range o.entries {
			if e.key == nil {
				continue
			}
			w.ref(id, graphEdge{kind: edgeDictValue, index: i}, e.value)
		}
	case *py.Exception:
		w.ref(id, graphEdge{kind: edgeExcArgs}, o.Args)
		w.ref(id, graphEdge{kind: edgeExcTb}, o.Traceback)
		w.ref(id, graphEdge{kind: edgeExcContext}, o.Context)
		w.ref(id, graphEdge{kind: edgeExcCause}, o.Cause)
		for k, v := range o.Dict {
			w.ref(id, graphEdge{kind: edgeExcDict, key: k}, v)
		}
	case *py.Traceback:
		if o.Next != nil {
			w.ref(id, graphEdge{kind: edgeTbNext}, o.Next)
		}
		if o.Frame != nil {
			w.ref(id, graphEdge{kind: edgeTbFrame}, o.Frame)
		}
	case *py.Frame:
		// Only a finished activation's frame: a running one's locals are
		// the thread's live slots, and what they hold is in use. Its
		// namespaces (module or class ones) are not followed either.
		if w.ctx == nil || o.Context != py.Context(w.ctx) || liveFrame(o) != nil {
			return
		}
		for i, v := range o.Localsplus {
			w.ref(id, graphEdge{kind: edgeFrameFast, index: i}, v)
		}
		if len(o.Stack) != 0 {
			if l, ok := o.Stack[0].(callerLink); ok && l.back != nil {
				w.ref(id, graphEdge{kind: edgeFrameBack}, l.back)
			}
		}
		if d := snapshotLocals(o); d != nil {
			w.ref(id, graphEdge{kind: edgeFrameLocals}, d)
		}
	case *py.BoundMethod:
		w.ref(id, graphEdge{kind: edgeMethodSelf}, o.Self)
	case *py.Generator:
		// A suspended (or not started) generator: its locals, and its
		// value stack, where `yield from x` keeps x (a task's coroutine
		// waiting on a future whose callbacks lead back to the task). A
		// running one's slots are in use; a finished one's are empty.
		pf := o.Frame
		if o.Running || pf == nil || finished(pf) || liveFrame(pf) != nil {
			return
		}
		for i, v := range pf.Localsplus {
			w.ref(id, graphEdge{kind: edgeGenFast, index: i}, v)
		}
		for i, v := range pf.Stack {
			w.ref(id, graphEdge{kind: edgeGenStack, index: i}, v)
		}
	}
}

// ref notes e, a reference of the graph object from to v, when v is a
// graph object, or the references of the tuple v through e.
func (w *graphWalker) ref(from int, e graphEdge, v py.Object) {
	if t, ok := v.(py.Tuple); ok {
		if len(e.sub) >= maxTupleDepth {
			return
		}
		for i, x := range t {
			if x == nil {
				continue
			}
			in := e
			in.sub = append(append(make([]int, 0, len(e.sub)+1), e.sub...), i)
			w.ref(from, in, x)
		}
		return
	}
	if v == nil {
		return
	}
	if to := w.node(v, 0); to >= 0 {
		e.from, e.to = from, to
		w.edges = append(w.edges, e)
	}
}

// set stores v where the edge was, in from.
func (e graphEdge) set(from, v py.Object) {
	if len(e.sub) > 0 {
		t, _ := e.get(from).(py.Tuple)
		last := len(e.sub) - 1
		for _, i := range e.sub[:last] {
			if i >= len(t) {
				return
			}
			t, _ = t[i].(py.Tuple)
		}
		if e.sub[last] < len(t) {
			t[e.sub[last]] = v
		}
		return
	}
	switch from := from.(type) {
	case *py.Type:
		if e.kind == edgeInstSlot {
			if sv, ok := pyutil.InstanceSlotValues(from); ok {
				sv.Values[e.key] = v
			}
			return
		}
		from.Dict[e.key] = v
	case *py.List:
		if e.index < len(from.Items) {
			from.Items[e.index] = v
		}
	case *Dict:
		if e.index < len(from.entries) {
			from.entries[e.index].value = v
		}
	case *py.Exception:
		switch e.kind {
		case edgeExcArgs:
			from.Args = v
		case edgeExcTb:
			from.Traceback = v
		case edgeExcContext:
			from.Context = v
		case edgeExcCause:
			from.Cause = v
		case edgeExcDict:
			from.Dict[e.key] = v
		}
	case *py.Traceback:
		switch e.kind {
		case edgeTbNext:
			from.Next, _ = v.(*py.Traceback)
		case edgeTbFrame:
			from.Frame, _ = v.(*py.Frame)
		}
	case *py.Frame:
		switch e.kind {
		case edgeFrameFast:
			if e.index < len(from.Localsplus) {
				from.Localsplus[e.index] = v
			}
		case edgeFrameBack:
			back, _ := v.(*py.Frame)
			from.Stack[0] = callerLink{back: back}
		case edgeFrameLocals:
			if len(from.Stack) == 2 {
				from.Stack[1] = v
			}
		}
	case *py.BoundMethod:
		from.Self = v
	case *py.Generator:
		switch e.kind {
		case edgeGenFast:
			if e.index < len(from.Frame.Localsplus) {
				from.Frame.Localsplus[e.index] = v
			}
		case edgeGenStack:
			if e.index < len(from.Frame.Stack) {
				from.Frame.Stack[e.index] = v
			}
		}
	}
}

// get is what the slot of from the edge names (its tuple's, with sub)
// holds.
func (e graphEdge) get(from py.Object) py.Object {
	switch from := from.(type) {
	case *py.Type:
		if e.kind == edgeInstBases {
			return from.Bases
		}
		if e.kind == edgeInstSlot {
			if sv, ok := pyutil.InstanceSlotValues(from); ok {
				return sv.Values[e.key]
			}
			return nil
		}
		return from.Dict[e.key]
	case *py.List:
		if e.index < len(from.Items) {
			return from.Items[e.index]
		}
	case *Dict:
		if e.index < len(from.entries) {
			return from.entries[e.index].value
		}
	case *py.Exception:
		switch e.kind {
		case edgeExcArgs:
			return from.Args
		case edgeExcTb:
			return from.Traceback
		case edgeExcContext:
			return from.Context
		case edgeExcCause:
			return from.Cause
		case edgeExcDict:
			return from.Dict[e.key]
		}
	case *py.Frame:
		if e.kind == edgeFrameFast && e.index < len(from.Localsplus) {
			return from.Localsplus[e.index]
		}
		if e.kind == edgeFrameLocals && len(from.Stack) == 2 {
			return from.Stack[1]
		}
	case *py.BoundMethod:
		return from.Self
	case *py.Generator:
		switch {
		case e.kind == edgeGenFast && e.index < len(from.Frame.Localsplus):
			return from.Frame.Localsplus[e.index]
		case e.kind == edgeGenStack && e.index < len(from.Frame.Stack):
			return from.Frame.Stack[e.index]
		}
	}
	return nil
}

// weakly returns a function giving o while it is alive.
func weakly(o py.Object) func() py.Object {
	switch o := o.(type) {
	case *py.Type:
		return weakOf(o)
	case *py.List:
		return weakOf(o)
	case *Dict:
		return weakOf(o)
	case *py.Exception:
		return weakOf(o)
	case *py.Traceback:
		return weakOf(o)
	case *py.Frame:
		return weakOf(o)
	case *py.BoundMethod:
		return weakOf(o)
	case *py.Generator:
		return weakOf(o)
	}
	return func() py.Object { return nil }
}

func weakOf[T any](p *T) func() py.Object {
	w := weak.Make(p)
	return func() py.Object {
		if v := w.Value(); v != nil {
			return any(v).(py.Object)
		}
		return nil
	}
}

// snapshot returns, for o a frame, traceback, exception or bound method,
// a function making a copy of o as it is now, or nil for other objects.
// Such an object may be a field of a larger allocation (a frame made with
// its first traceback entry, a generator's frame), where Go cannot give it
// a finalizer; a copy holds what o holds, as the finalizer would, and
// stands for o if o is freed.
func snapshot(o py.Object) func() py.Object {
	switch o := o.(type) {
	case *py.Exception:
		// A one-argument exception may share its allocation with its
		// args tuple (pyutil.newPlainException): the copy gets its own
		// tuple, or it would keep that allocation, and so the exception,
		// alive for good, and the collection would never find it gone.
		c := *o
		if t, ok := c.Args.(py.Tuple); ok {
			c.Args = t.Copy()
		}
		return copyOf(&c)
	case *py.Traceback:
		return copyOf(o)
	case *py.Frame:
		return copyOf(o)
	case *py.BoundMethod:
		return copyOf(o)
	}
	return nil
}

func copyOf[T any](p *T) func() py.Object {
	c := *p
	return func() py.Object {
		n := new(T)
		*n = c
		return any(n).(py.Object)
	}
}

// arm gives o, a graph object with no finalizer, one that keeps it in
// rev under id; it reports whether it did.
func arm(o py.Object, id int, rev *revived) bool {
	switch o := o.(type) {
	case *py.Type:
		armAs(o, id, rev)
	case *py.List:
		armAs(o, id, rev)
	case *Dict:
		armAs(o, id, rev)
	case *py.Generator:
		armAs(o, id, rev) // the start of its genCell (inGenCell)
	default:
		return false
	}
	return true
}

func armAs[T any](p *T, id int, rev *revived) {
	runtime.SetFinalizer(p, func(x *T) { rev.put(id, any(x).(py.Object)) })
}

// disarm removes the finalizer arm gave o.
func disarm(o py.Object) {
	switch o := o.(type) {
	case *py.Type:
		runtime.SetFinalizer(o, nil)
	case *py.List:
		runtime.SetFinalizer(o, nil)
	case *Dict:
		runtime.SetFinalizer(o, nil)
	case *py.Generator:
		runtime.SetFinalizer(o, nil)
	}
}

// reachableFrom marks the graph objects reachable from the marked ones.
func reachableFrom(marked []bool, edges []graphEdge) []bool {
	out := map[int][]int{}
	for _, e := range edges {
		out[e.from] = append(out[e.from], e.to)
	}
	live := append([]bool(nil), marked...)
	var todo []int
	for i, m := range marked {
		if m {
			todo = append(todo, i)
		}
	}
	for len(todo) > 0 {
		i := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		for _, j := range out[i] {
			if !live[j] {
				live[j] = true
				todo = append(todo, j)
			}
		}
	}
	return live
}

// unqueue takes the instances of dels off the ready queue: their
// __del__ is called in dels' order.
func (fin *genFinalizer) unqueue(dels []readyDel) {
	if len(dels) == 0 {
		return
	}
	taken := make(map[uint64]bool, len(dels))
	for _, d := range dels {
		taken[d.seq] = true
	}
	fin.readyMu.Lock()
	kept := fin.ready[:0]
	for _, r := range fin.ready {
		if !taken[r.seq] {
			kept = append(kept, r)
		}
	}
	removed := len(fin.ready) - len(kept)
	clear(fin.ready[len(kept):])
	fin.ready = kept
	fin.readyMu.Unlock()
	delsReady.Add(-int64(removed))
}

// rearm takes the instances in keep, finalized by the cycle search but
// alive, off the ready queue and registers them again.
func (fin *genFinalizer) rearm(keep []readyDel) {
	fin.unqueue(keep)
	for _, k := range keep {
		fin.reregister(k.inst, k.seq)
	}
}
