package vm

import (
	"github.com/go-python/gpython/py"
)

// FOR_ITER over the iterators a for loop meets most, stepped in the loop.
//
// Next (ops.go) answers a range iterator and a list iterator too, but
// through a call and a type switch over every iterator kind, and it boxes
// a range's items with boxInt, one allocation per item past the small-int
// table; here they come from the thread's int slab (fast_int_slab.go), so
// `for i in range(n)` allocates once per 16 items.

// forIterStep is FOR_ITER's step when the iterator on top of f's stack is
// a range or list iterator: the next item pushed, or the iterator popped
// and f sent to target when it is exhausted. It reports false, having
// done nothing, for any other iterator.
func (t *thread) forIterStep(f *frame, target int) bool {
	var v py.Object
	switch it := f.stack[f.sp-1].(type) {
	case *py.RangeIterator:
		if i, ok := rangeNext(it); ok {
			v = t.boxIntOn(i)
		}
	case *listIterator:
		var ok bool
		if v, ok = it.next(); !ok {
			v = nil
		}
	default:
		return false
	}
	if v == nil {
		f.sp--
		f.stack[f.sp] = nil
		f.pc = target
		return true
	}
	f.pushItem(v)
	return true
}

// rangeNext returns the next item of range iterator it and moves it on;
// false when it is exhausted. A step past the last item that would
// overflow 64 bits ends the iteration (range(-2**63, 2**63 - 1, 2**62)
// has 4 items; the index wrapped round and looped for ever).
func rangeNext(it *py.RangeIterator) (py.Int, bool) {
	i := it.Index
	if (it.Step >= 0 && i >= it.Stop) || (it.Step < 0 && i <= it.Stop) {
		return 0, false
	}
	next := i + it.Step
	if (next < i) != (it.Step < 0) {
		next = it.Stop
	}
	it.Index = next
	return i, true
}

// rangeLeft is how many items range iterator it has left.
func rangeLeft(it *py.RangeIterator) uint64 {
	switch {
	case it.Step > 0 && it.Index < it.Stop:
		return (uint64(it.Stop-it.Index)-1)/uint64(it.Step) + 1
	case it.Step < 0 && it.Index > it.Stop:
		return (uint64(it.Index-it.Stop)-1)/uint64(-it.Step) + 1
	}
	return 0
}
