package vm

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"github.com/go-python/gpython/py"
)

// Which drops may collect.
//
// A drop that may free an object with a __del__, a weak reference with a
// callback or a cleanup generator runs a collection (finalize.go), so that
// what CPython's reference count does at that moment happens then. A
// collection costs the whole live heap (milliseconds), a reference drop in
// CPython a fraction of a microsecond, so most drops may not have one. The
// rule weighs the two things a drop's collection is for:
//
//   - A drop that comes after a quiet spell (no collection for ten times
//     as long as the last one took) collects: a script or test that drops
//     an object and then looks at what its finalization did, now and then.
//   - Each place in the code that drops such objects (the code and
//     instruction of the running frame and of its caller: a `del`
//     statement, the call whose return dropped a local) collects for its
//     first siteFree drops (counting those the first rule let collect). A
//     test's successive checks come from different places, and each sees
//     its drop finalized at once; a loop that drops an object on every
//     pass comes back to the same place, and past its free ones is left
//     to the quiet-spell rule, which keeps its collections to about a
//     tenth of its time. The objects it dropped meanwhile are finalized
//     at the next collection (a later drop, the runtime's own, a wait, or
//     the end).
//   - Unless the place's last collection was productive: it closed a
//     generator, called a __del__ or a weak reference's callback, or
//     killed the referent a weak reference was asked about. A loop whose
//     every pass drops an object the script watches (`del future;
//     assert wr() is None`, `next(gen())` with a finally that prints)
//     then sees each finalized at its drop, within the share below; a
//     loop whose drops free nothing loses the place's allowance at its
//     first fruitless collection.
//
// The free collections of all places together are bounded in time
// (collectShareLeft): a script whose drops come from many places, each
// once, spends at most about half of its time collecting. Both are
// counted in CPU time (finalize_cpu.go), so that a script behaves the
// same on a loaded machine. gc.collect()'s own collections are asked for
// by the script and do not count.

// collectBurst is the collection CPU time the places' free drops may
// spend beyond their share.
const collectBurst = 200 * time.Millisecond

// siteFree is how many of a place's drops collect whatever the time.
const siteFree = 2

// quietFactor: a drop collects once the time since the last collection
// is this many times what that one took.
const quietFactor = 10

// maxSites bounds the places remembered (code made by exec in a loop
// would make new ones forever); past it they start afresh.
const maxSites = 4096

// dropSite is a place in the code that drops objects: the running
// frame's code and the instruction it is at, and its caller's (a helper
// that a test calls from several lines is a place per line; called in
// a loop, one place). The codes are held weakly: the table must not keep
// code made by exec, and the globals its constants reach, alive.
type dropSite struct {
	c, caller    weak.Pointer[code]
	pc, callerPC int
}

// siteOf returns the place t is at.
func (t *thread) siteOf() dropSite {
	var s dropSite
	if f := t.top; f != nil {
		s.c, s.pc = weak.Make(f.c), f.pc
		if b := f.back; b != nil {
			s.caller, s.callerPC = weak.Make(b.c), b.pc
		}
	}
	return s
}

// collectShareLeft reports whether the places' free collections are
// within their share of the process's CPU time.
func collectShareLeft() bool {
	return collectCPU.Load() < int64((recentCPU()-startCPU)/2+collectBurst)
}

// noteCollection counts a collection that took d of CPU time against
// the drops' share.
func noteCollection(d time.Duration) { collectCPU.Add(int64(d)) }

// refundCollection takes back a collection gc.collect() ran.
func refundCollection(d time.Duration) { collectCPU.Add(-int64(d)) }

// quiet reports whether the last collection a drop asked for is long
// enough ago for another.
func (fin *genFinalizer) quiet() bool {
	return time.Since(fin.lastGC) > quietFactor*fin.lastGCTook
}

// mayCollect says whether a drop by t may have its collection. dropped
// holds the objects the drop may finalize when known (empty otherwise):
// when they are all still reachable from the frames nearby or their
// globals (finalize_reach.go) the drop frees nothing and does not
// collect, asked only once the rest of the rule allows a collection, as
// it costs a scan. Called under the sweep (enterSweep).
func (fin *genFinalizer) mayCollect(t *thread, dropped []py.Object) bool {
	if fin.sites == nil || len(fin.sites) >= maxSites {
		fin.sites = make(map[dropSite]siteRecord)
	}
	site := t.siteOf()
	r := fin.sites[site]
	switch {
	case fin.quiet():
	case r.n < siteFree:
		if !collectShareLeft() {
			return false
		}
	case !r.productive || !productiveShareLeft():
		return false
	}
	if len(dropped) != 0 && t.stillReachable(fin, dropped) {
		return false
	}
	if r.n < siteFree {
		r.n++
	}
	fin.sites[site] = r
	fin.lastSite, fin.lastSiteSet = site, true
	return true
}

// siteRecord is what the ration remembers of a place: the collections
// its free allowance ran, and whether its last collection was
// productive.
type siteRecord struct {
	n          uint32
	productive bool
}

// noteProductive records whether the collection the last allowed drop
// ran finalized something (closed a generator, called a __del__ or a
// weak reference's callback, killed an asked-about referent).
func (fin *genFinalizer) noteProductive(productive bool) {
	if !fin.lastSiteSet {
		return
	}
	if r, ok := fin.sites[fin.lastSite]; ok {
		r.productive = productive
		fin.sites[fin.lastSite] = r
	}
}

// settledProductive marks the place of the last allowed drop productive:
// a weak reference's referent died in its collection. Like the sweep,
// it runs under the interpreter lock, which guards sites and lastSite.
func (fin *genFinalizer) settledProductive() { fin.noteProductive(true) }

// dropCollections counts the collections drops ran (weak references'
// callbacks are looked for after one: CollectionsRun).
var dropCollections atomic.Uint64

// CollectionsRun returns how many collections drops have run so far.
func CollectionsRun() uint64 { return dropCollections.Load() }

// dropsAsking counts the drops that asked the ration for a collection,
// whether it allowed one or not.
var dropsAsking atomic.Uint64

// DropsAskingCollection returns how many drops have asked for a
// collection so far (allowed by the ration or not): unlike
// CollectionsRun it does not depend on the CPU time collections took,
// so a test can count the drops a script makes that may finalize
// something, on a loaded machine as on an idle one.
func DropsAskingCollection() uint64 { return dropsAsking.Load() }

// mayCollectAgain says whether a sweep whose collection let __del__
// methods run may collect again, for what those freed.
func (fin *genFinalizer) mayCollectAgain() bool {
	return collectShareLeft()
}

// exitSwept holds the contexts whose end (WaitForThreads: joining the
// threads, the atexit callbacks and the collections around them) has
// run. The command asks for it, then Context.Close does again; a second
// pass would only repeat the collections, each a scan of the whole heap,
// at every process exit. A context is forgotten once closed.
var exitSwept sync.Map

func init() {
	OnContextClosed(func(ctx py.Context) { exitSwept.Delete(ctx) })
}

// firstExitSweep reports whether c's end is asked for the first time.
func firstExitSweep(c *Context) bool {
	_, done := exitSwept.LoadOrStore(c, struct{}{})
	return !done
}

// dropHints holds classes whose instances' finalization has no effect a
// script can see while one attribute of the instance is False or None:
// asyncio's Future and Task, whose __del__ only reports an exception
// nobody retrieved (_log_traceback); http.client's HTTPResponse, whose
// close() has nothing left to close once its file (fp) is gone. A pending Task dropped by a name is still
// held by its loop (a scheduled step or the future it waits on), so a
// drop does not free it in CPython either. Such an instance costs no
// collection when a name, a returning frame or a container lets it go,
// unless one of its carried attributes (a future's result) holds
// something a drop would finalize; it is still finalized by the next
// collection, and at once when the flag is true. Keys are weak pointers
// to exact classes (a subclass may override __del__).
var (
	dropHints     sync.Map // weak.Pointer[py.Type] -> dropHint
	dropHintCount atomic.Int32
)

// dropHint is a class's flag attribute and carried attributes.
type dropHint struct {
	flag    string
	carried []string
}

// SetDropHint makes instances of exactly cls need no collection when
// dropped while their attribute flag (their own, else their class's) is
// False or None and none of their attributes carried holds an object (or a list
// or tuple of objects) whose drop would finalize something. A flag
// written "!name" reads the other way: the drop needs no collection once
// the attribute name is set to something other than False or None
// (subprocess's Popen, whose __del__ does nothing once returncode is
// known).
func SetDropHint(cls *py.Type, flag string, carried ...string) {
	key := weak.Make(cls)
	if _, had := dropHints.Swap(key, dropHint{flag, carried}); !had {
		dropHintCount.Add(1)
		runtime.AddCleanup(cls, func(k weak.Pointer[py.Type]) {
			dropHints.Delete(k)
			dropHintCount.Add(-1)
		}, key)
	}
}

// dropInert reports whether inst, an instance, may be dropped without
// the collection its __del__ or weak reference callbacks would ask for
// (SetDropHint).
func dropInert(inst *py.Type) bool {
	cls := inst.ObjectType
	if cls == nil {
		return false
	}
	if closedStreamDrop(inst, cls) { // finalize_closed_stream.go
		return true
	}
	if dropHintCount.Load() == 0 {
		return false
	}
	h, ok := dropHints.Load(weak.Make(cls))
	if !ok {
		return false
	}
	hint := h.(dropHint)
	if name, negated := strings.CutPrefix(hint.flag, "!"); negated {
		if set, falsy := attrFlag(inst, cls, name); !set || falsy {
			return false
		}
	} else if !attrFalse(inst, cls, hint.flag) {
		return false
	}
	for _, name := range hint.carried {
		switch v := inst.Dict[name].(type) {
		case nil:
		case *py.List:
			if holdsFinalizable(v.Items) {
				return false
			}
		case py.Tuple:
			if holdsFinalizable(v) {
				return false
			}
		default:
			if droppedFinalizable(v) {
				return false
			}
		}
	}
	return true
}

// attrFalse reports whether inst's attribute name, its own or else the
// first found along its class's MRO, is False or None.
func attrFalse(inst, cls *py.Type, name string) bool {
	set, falsy := attrFlag(inst, cls, name)
	return set && falsy
}

// attrFlag reports whether inst has the attribute name, its own or else
// the first found along its class's MRO, and whether it is False or None.
func attrFlag(inst, cls *py.Type, name string) (set, falsy bool) {
	if v, ok := inst.Dict[name]; ok {
		return true, v == py.False || v == py.None
	}
	for _, base := range cls.Mro {
		if b, ok := base.(*py.Type); ok {
			if v, ok := b.Dict[name]; ok {
				return true, v == py.False || v == py.None
			}
		}
	}
	return false, false
}
