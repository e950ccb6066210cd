package vm

import (
	"cmp"
	"slices"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
)

// The order of the __del__ calls one gc.collect() finds due.
//
// The cycle search (finalize_cycles.go) finds, in one collection, every
// garbage object of the graph, chains as well as cycles. CPython would
// have met them in two ways, and the order of their __del__ calls says
// which:
//
//   - An object on no cycle and reached from none (a dropped chain, a
//     list of instances) went with its last reference, before the
//     collection: its __del__ ran first, then the references it held
//     were released, each object dying when its last referrer had, the
//     first reference first (a depth-first walk, each child entered once
//     its last garbage referrer is done). Chains dropped separately go
//     in the order they were made (that of their first object), the
//     closest guess of the order they were dropped in.
//   - An object on a cycle, or reached from one, waited for the cycle
//     collector, which calls the finalizers of all it found in the
//     order the objects were made; it is what gc.collect() counts.

// garbageOrder is the outcome of ordering: the instances whose __del__
// is due, in calling order, and CPython's count for the cycles' part.
type garbageOrder struct {
	dels   []readyDel
	weight int
}

// orderGarbage orders the garbage graph objects (objs[i] set, live[i]
// false): their registered instances come out in CPython's calling
// order.
func orderGarbage(nodes []graphNode, edges []graphEdge, objs []py.Object, live []bool) garbageOrder {
	n := len(nodes)
	garbage := func(i int) bool { return objs[i] != nil && !live[i] }
	out := make([][]int, n)
	indeg := make([]int, n)
	for _, e := range edges {
		if garbage(e.from) && garbage(e.to) {
			out[e.from] = append(out[e.from], e.to)
			indeg[e.to]++
		}
	}
	for i := range n {
		if len(out[i]) > 1 {
			sortByAttrOrder(objs[i], edges, i, out)
		}
	}
	cyclic := cyclicNodes(n, garbage, out)
	// What a cycle reaches goes with the cycle.
	hanging := make([]bool, n)
	var stack []int
	for i := range n {
		if cyclic[i] {
			hanging[i] = true
			stack = append(stack, i)
		}
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, j := range out[i] {
			if !hanging[j] {
				hanging[j] = true
				stack = append(stack, j)
			}
		}
	}
	var order garbageOrder
	inst := func(i int) readyDel {
		x, _ := objs[i].(*py.Type)
		return readyDel{inst: x, seq: nodes[i].seq}
	}
	// The chains, as reference counts free them.
	var roots []int
	for i := range n {
		if garbage(i) && !hanging[i] && indeg[i] == 0 {
			roots = append(roots, i)
		}
	}
	rootKey := func(i int) uint64 {
		if nodes[i].seq > 0 {
			return nodes[i].seq
		}
		var k uint64
		for _, j := range out[i] {
			if s := nodes[j].seq; s > 0 && (k == 0 || s < k) {
				k = s
			}
		}
		return k
	}
	slices.SortStableFunc(roots, func(a, b int) int { return cmp.Compare(rootKey(a), rootKey(b)) })
	type visit struct{ node, next int }
	for _, r := range roots {
		walk := []visit{{node: r}}
		if nodes[r].seq > 0 {
			order.dels = append(order.dels, inst(r))
		}
		for len(walk) > 0 {
			top := &walk[len(walk)-1]
			if top.next == len(out[top.node]) {
				walk = walk[:len(walk)-1]
				continue
			}
			j := out[top.node][top.next]
			top.next++
			if indeg[j]--; indeg[j] == 0 {
				if nodes[j].seq > 0 {
					order.dels = append(order.dels, inst(j))
				}
				walk = append(walk, visit{node: j})
			}
		}
	}
	// The cycles and what hangs from them, in the order they were made.
	var cycles []readyDel
	for i := range n {
		if hanging[i] && nodes[i].seq > 0 {
			d := inst(i)
			cycles = append(cycles, d)
			order.weight++
			if d.inst != nil && len(d.inst.Dict) > 0 {
				order.weight++ // its __dict__
			}
		}
	}
	slices.SortFunc(cycles, func(a, b readyDel) int { return cmp.Compare(a.seq, b.seq) })
	order.dels = append(order.dels, cycles...)
	return order
}

// sortByAttrOrder puts the garbage references of objs[i], an instance,
// in the order its attributes were bound (CPython releases them in
// that order); a list's or dict's are in item order already.
func sortByAttrOrder(o py.Object, edges []graphEdge, i int, out [][]int) {
	x, ok := o.(*py.Type)
	if !ok {
		return
	}
	pos := map[string]int{}
	for k, name := range nsorder.LoggedKeys(x) {
		pos[name] = k
	}
	first := map[int]int{} // target -> position of the first attribute leading to it
	for _, e := range edges {
		if e.from == i && e.kind == edgeInstDict {
			if p, ok := pos[e.key]; ok {
				if q, seen := first[e.to]; !seen || p < q {
					first[e.to] = p
				}
			}
		}
	}
	slices.SortStableFunc(out[i], func(a, b int) int { return cmp.Compare(first[a], first[b]) })
}

// cyclicNodes marks the garbage nodes on a cycle of out: in a strongly
// connected component of two or more, or referring to themselves
// (Tarjan's algorithm, iterative).
func cyclicNodes(n int, garbage func(int) bool, out [][]int) []bool {
	index := make([]int, n)
	low := make([]int, n)
	onStack := make([]bool, n)
	cyclic := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	counter := 0
	var stack []int
	type call struct{ v, next int }
	for root := range n {
		if !garbage(root) || index[root] >= 0 {
			continue
		}
		calls := []call{{v: root}}
		index[root], low[root] = counter, counter
		counter++
		stack = append(stack, root)
		onStack[root] = true
		for len(calls) > 0 {
			top := &calls[len(calls)-1]
			v := top.v
			if top.next < len(out[v]) {
				w := out[v][top.next]
				top.next++
				if w == v {
					cyclic[v] = true
				}
				if index[w] < 0 {
					index[w], low[w] = counter, counter
					counter++
					stack = append(stack, w)
					onStack[w] = true
					calls = append(calls, call{v: w})
				} else if onStack[w] {
					low[v] = min(low[v], index[w])
				}
				continue
			}
			calls = calls[:len(calls)-1]
			if len(calls) > 0 {
				p := calls[len(calls)-1].v
				low[p] = min(low[p], low[v])
			}
			if low[v] == index[v] {
				first := len(stack) - 1
				for stack[first] != v {
					first--
				}
				component := stack[first:]
				for _, w := range component {
					onStack[w] = false
					if len(component) > 1 {
						cyclic[w] = true
					}
				}
				stack = stack[:first]
			}
		}
	}
	return cyclic
}
