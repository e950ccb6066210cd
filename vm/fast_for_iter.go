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
		i := it.Index
		if (it.Step >= 0 && i >= it.Stop) || (it.Step < 0 && i <= it.Stop) {
			break
		}
		it.Index += it.Step
		v = t.boxIntOn(i)
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
	f.push(v)
	return true
}
