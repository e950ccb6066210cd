package vm

import (
	"cmp"
	"slices"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Items a container let go of all at once.
//
// CPython finalizes the items of a list at `l.clear()` or `del l[a:b]`
// when those held the last references, before the call or statement
// ends. The loop's item drops (finalize_items.go) see one item at a
// time; these see many: the removed ones that may be finalized (up to a
// few, looked for among the first containerScan) are the targets of one
// rationed sweep, which collects only when one of them is not still held
// nearby.

// clearedTargets bounds the removed items a sweep is told of.
const clearedTargets = 4

// ItemsDropped runs, for a built-in container's method (list.clear),
// the drop of items, the values it has just removed: the __del__ of
// those nothing else holds runs now. The caller must not use items
// afterwards (its items' slots are cleared).
func ItemsDropped(items []py.Object) {
	if trackedGens.Load() == 0 || len(items) == 0 {
		return
	}
	c := currentContext()
	if c == nil {
		return
	}
	t, ok := c.gil.State().(*thread)
	if !ok || t == nil || t.top == nil {
		return
	}
	t.itemsDropped(items, true)
}

// itemsDropped is ItemsDropped on t, the __del__ methods run last item
// first when reverse is set. It clears items.
func (t *thread) itemsDropped(items []py.Object, reverse bool) {
	var buf [clearedTargets]py.Object
	n, more := 0, false
	for i, v := range items {
		if i == containerScan {
			more = true
			break
		}
		if droppedFinalizable(v) {
			if n == len(buf) {
				more = true
				break
			}
			buf[n] = v
			n++
		}
	}
	clear(items)
	if n == 0 && !more {
		if delsReady.Load() != 0 {
			t.sweep(false, false, nil)
		}
		return
	}
	if more {
		// more than the sweep is told of: none is looked for
		clear(buf[:])
		n = 0
	}
	t.sweepInOrder(buf[:n], reverse)
}

// sweepInOrder is sweep for the drop of the objects in dropped, whose
// __del__ methods run in their order in dropped, or the reverse order
// (CPython lets go of a list's or tuple's items, and of a contiguous
// slice's, last first), rather than in the order they were made.
func (t *thread) sweepInOrder(dropped []py.Object, reverse bool) {
	n := min(len(dropped), len(t.dropOrder))
	for i := range n {
		j := i
		if reverse {
			j = len(dropped) - 1 - i
		}
		inst, _ := dropped[j].(*py.Type) // others are never ready instances
		t.dropOrder[i] = uintptr(unsafe.Pointer(inst))
	}
	t.dropOrderN = n
	t.sweep(true, false, dropped)
	t.dropOrderN = 0
}

// orderDrops puts the instances of r that t.dropOrder names, in the
// places they hold in r, in dropOrder's order.
func (t *thread) orderDrops(r []readyDel) {
	order := t.dropOrder[:t.dropOrderN]
	var at [clearedTargets]int
	var got [clearedTargets]readyDel
	n := 0
	for i := range r {
		for j, p := range order {
			if uintptr(unsafe.Pointer(r[i].inst)) == p && n < len(at) {
				at[n] = i
				got[n] = r[i]
				got[n].seq = uint64(j)
				n++
				break
			}
		}
	}
	slices.SortFunc(got[:n], func(a, b readyDel) int { return cmp.Compare(a.seq, b.seq) })
	for k := range n {
		seq := r[at[k]].seq
		r[at[k]] = got[k]
		r[at[k]].seq = seq
	}
}

// sliceRemoved returns a copy of the items of list obj that del obj[key],
// key a slice, removes, or nil when obj is not a list or key not a
// slice; reverse reports whether CPython lets go of them last first (a
// slice of step 1).
func sliceRemoved(obj, key py.Object) (removed []py.Object, reverse bool) {
	l, ok := obj.(*py.List)
	if !ok {
		return nil, false
	}
	s, ok := key.(*py.Slice)
	if !ok || !plainBound(s.Start) || !plainBound(s.Stop) || !plainBound(s.Step) {
		// a bound's __index__ is Python code, run by the deletion alone
		return nil, false
	}
	start, _, step, n, err := s.GetIndices(len(l.Items))
	if err != nil || n <= 0 {
		return nil, false
	}
	out := make([]py.Object, 0, min(n, containerScan))
	for i, k := start, 0; k < n && k < containerScan; i, k = i+step, k+1 {
		if i >= 0 && i < len(l.Items) {
			out = append(out, l.Items[i])
		}
	}
	return out, step == 1
}

// plainBound reports whether v, a slice's bound, is None or an int.
func plainBound(v py.Object) bool {
	switch v.(type) {
	case nil, py.NoneType, py.Int:
		return true
	}
	return false
}
