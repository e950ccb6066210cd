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

// nextCache remembers, for FOR_ITER over iterators of a Go type other
// than those Next knows by name (itertools.repeat, zip, map, enumerate,
// dict views), the type's __next__ entry: looking it up in the type's
// dict on every step was a third of `for x in itertools.repeat(...)`.
// A Go type's dict is fixed once registered; one a class statement can
// derive from (heap-flagged: scripts may set attributes on it) is looked
// up every time.
type nextCache struct {
	typ *py.Type
	m   *py.Method
	ok  bool
}

// method is goTypeMethod(it, "__next__"), from the cache when it holds
// it's type; a nil cache looks it up.
func (c *nextCache) method(it py.Object) (*py.Method, bool) {
	if c == nil {
		return goTypeMethod(it, "__next__")
	}
	if _, isType := it.(*py.Type); isType {
		return nil, false // as goTypeMethod answers
	}
	typ := it.Type()
	if typ.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return goTypeMethod(it, "__next__")
	}
	if typ != c.typ {
		c.m, c.ok = goTypeMethod(it, "__next__")
		c.typ = typ
	}
	return c.m, c.ok
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
