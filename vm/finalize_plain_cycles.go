package vm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gcpolicy"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/gc"
)

// gc.collect()'s count of plain cycles.
//
// CPython's reference counts free an object at its last reference unless
// it is in a reference cycle (or hangs from one): those wait for the
// cycle collector, and gc.collect() answers how many such objects it
// freed. Go frees every unreachable object at a collection, cycle or
// not, and tells nobody. So that gc.collect() still answers CPython's
// number for cycles of lists, dicts, tuples, sets and instances (l =
// []; l.append(l); del l), `del name` looks at what the deleted value
// reaches: when the value is in a cycle or reaches one, each object of
// those cycles, and each object they reach, gets a cleanup that adds
// CPython's count for it (1, and 1 more for an instance's __dict__) to
// plainCycleDeaths once Go frees it. gc.collect() reports and resets
// that sum. The look is bounded (cycleScanLimit objects); a value that
// reaches more is left alone. Only `del` looks (not every store over a
// name or return of a function): it is rare in hot code, and it is how
// scripts drop a cycle to see the collector at work.

// cycleScanLimit bounds the objects one `del` looks at.
const cycleScanLimit = 1000

var (
	// plainCycleDeaths is CPython's count for the watched objects freed
	// since the last gc.collect().
	plainCycleDeaths atomic.Int64
	// cycleWatched holds the addresses of the objects given a cleanup,
	// so that deleting a live cycle again adds no second one.
	cycleWatched sync.Map // uintptr -> struct{}
)

func init() {
	// Registered after finalize_cycles.go's hook (file order), so that its
	// collections have run.
	gc.OnCollect(func() error {
		if plainCycleWatchers.Load() != 0 {
			gcpolicy.WaitCleanups(50 * time.Millisecond)
		}
		gc.Found(int(plainCycleDeaths.Swap(0)))
		return nil
	})
}

// plainCycleWatchers counts the live cleanups, so that gc.collect()
// waits for none while there are none.
var plainCycleWatchers atomic.Int64

// cycleNode is an object of the scan.
type cycleNode struct {
	obj    py.Object
	addr   unsafe.Pointer // its allocation, nil when it has none
	weight int
	edges  []int
	cyclic bool
}

// cycleScan is one `del`'s look at what a value reaches.
type cycleScan struct {
	nodes []cycleNode
	ids   map[unsafe.Pointer]int
	over  bool
}

// noteDeletedCycle looks at o, a value `del` unbound, for cycles and
// watches what CPython's collector would free of them.
func noteDeletedCycle(o py.Object) {
	if cycleNodeAddr(o) == nil {
		return
	}
	s := &cycleScan{ids: map[unsafe.Pointer]int{}}
	s.add(o)
	for i := 0; i < len(s.nodes) && !s.over; i++ {
		for _, r := range cycleEdges(s.nodes[i].obj) {
			if j := s.add(r); j >= 0 {
				s.nodes[i].edges = append(s.nodes[i].edges, j)
			}
		}
	}
	if s.over {
		return
	}
	s.markCyclic()
	// What a cyclic object reaches hangs from the cycle: freed with it.
	doomed := make([]bool, len(s.nodes))
	var stack []int
	for i := range s.nodes {
		if s.nodes[i].cyclic && !doomed[i] {
			doomed[i] = true
			stack = append(stack, i)
		}
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, j := range s.nodes[i].edges {
			if !doomed[j] {
				doomed[j] = true
				stack = append(stack, j)
			}
		}
	}
	for i, d := range doomed {
		if d {
			watchCycleNode(&s.nodes[i])
		}
	}
}

// add puts o in the scan, returning its node, or -1 for an object that
// is not followed (atoms, classes, functions, Go values).
func (s *cycleScan) add(o py.Object) int {
	p := cycleNodeAddr(o)
	if p == nil {
		return -1
	}
	if i, ok := s.ids[p]; ok {
		return i
	}
	if len(s.nodes) == cycleScanLimit {
		s.over = true
		return -1
	}
	s.ids[p] = len(s.nodes)
	s.nodes = append(s.nodes, cycleNode{obj: o, addr: p})
	return len(s.nodes) - 1
}

// cycleNodeAddr is the address that identifies o in a scan (a tuple's
// items array), or nil for an object not followed.
func cycleNodeAddr(o py.Object) unsafe.Pointer {
	switch o := o.(type) {
	case *py.List:
		return unsafe.Pointer(o)
	case *Dict:
		return unsafe.Pointer(o)
	case *Set:
		return unsafe.Pointer(o)
	case py.Tuple:
		if len(o) == 0 {
			return nil
		}
		return unsafe.Pointer(&o[0])
	case *py.BoundMethod:
		return unsafe.Pointer(o)
	case *py.Type:
		if pyutil.IsInstanceObject(o) && o.Flags&delTracked == 0 {
			return unsafe.Pointer(o)
		}
	}
	return nil
}

// cycleEdges lists what o refers to among the objects a scan follows.
func cycleEdges(o py.Object) []py.Object {
	switch o := o.(type) {
	case *py.List:
		return o.Items
	case py.Tuple:
		return o
	case *Dict:
		var out []py.Object
		o.Items(func(k, v py.Object) bool {
			out = append(out, k, v)
			return true
		})
		return out
	case *Set:
		return o.Items()
	case *py.BoundMethod:
		return []py.Object{o.Self}
	case *py.Type:
		out := make([]py.Object, 0, len(o.Dict))
		for _, v := range o.Dict {
			out = append(out, v)
		}
		if sv, ok := pyutil.InstanceSlotValues(o); ok {
			for _, v := range sv.Values {
				out = append(out, v) // __slots__ values kept apart (slot_member.go)
			}
		}
		return out
	}
	return nil
}

// markCyclic sets cyclic on the nodes that lie on a cycle
// (finalize_order.go's cyclicNodes).
func (s *cycleScan) markCyclic() {
	out := make([][]int, len(s.nodes))
	for i := range s.nodes {
		out[i] = s.nodes[i].edges
	}
	for i, c := range cyclicNodes(len(s.nodes), func(int) bool { return true }, out) {
		s.nodes[i].cyclic = c
	}
}

// watchCycleNode gives n's object a cleanup adding CPython's count for
// it to plainCycleDeaths, once.
func watchCycleNode(n *cycleNode) {
	w := 0
	if gcTracked(n.obj) {
		w = 1
	}
	if inst, ok := n.obj.(*py.Type); ok && len(inst.Dict) > 0 {
		w++ // its __dict__
	}
	if w == 0 {
		return
	}
	key := uintptr(n.addr)
	if _, loaded := cycleWatched.LoadOrStore(key, struct{}{}); loaded {
		return
	}
	plainCycleWatchers.Add(1)
	addCycleCleanup(n.obj, n.addr, cycleDeath{key: key, weight: int64(w)})
}

// cycleDeath is a watched object's cleanup argument.
type cycleDeath struct {
	key    uintptr
	weight int64
}

func cycleNodeDied(d cycleDeath) {
	cycleWatched.Delete(d.key)
	plainCycleWatchers.Add(-1)
	plainCycleDeaths.Add(d.weight)
}

// addCycleCleanup attaches the cleanup to the allocation at addr (o's).
func addCycleCleanup(o py.Object, addr unsafe.Pointer, d cycleDeath) {
	runtime.AddCleanup((*byte)(addr), cycleNodeDied, d)
	runtime.KeepAlive(o)
}
