package pyheapq

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// less is a < b as the loop computes it, with the common scalars compared
// here.
func less(a, b py.Object) (bool, error) {
	switch x := a.(type) {
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return x < y, nil
		}
	case py.Float:
		if y, ok := b.(py.Float); ok {
			return x < y, nil
		}
	case py.String:
		// WTF-8 bytes order as the code points do.
		if y, ok := b.(py.String); ok {
			return x < y, nil
		}
	}
	return vm.Less(a, b)
}

// before reports whether a goes before b: a < b in a min-heap, b < a in
// a max-heap.
func before(a, b py.Object, max bool) (bool, error) {
	if max {
		return less(b, a)
	}
	return less(a, b)
}

func changedSize() error {
	return py.ExceptionNewf(py.RuntimeError, "list changed size during iteration")
}

// siftDown lets the item at pos climb towards start while it goes
// before its parent, swapping the two at each step.
func siftDown(h *py.List, start, pos int, max bool) error {
	size := len(h.Items)
	if pos >= size {
		return py.ExceptionNewf(py.IndexError, "index out of range")
	}
	for pos > start {
		parent := (pos - 1) >> 1
		b, err := before(h.Items[pos], h.Items[parent], max)
		if err != nil {
			return err
		}
		if size != len(h.Items) {
			return changedSize()
		}
		if !b {
			break
		}
		h.Items[pos], h.Items[parent] = h.Items[parent], h.Items[pos]
		pos = parent
	}
	return nil
}

// siftUp moves the item at pos down to a leaf, swapping it each level
// with the child that goes first (the right one when neither does), then
// lets it climb back with siftDown.
func siftUp(h *py.List, pos int, max bool) error {
	end := len(h.Items)
	start := pos
	if pos >= end {
		return py.ExceptionNewf(py.IndexError, "index out of range")
	}
	limit := end >> 1
	for pos < limit {
		child := 2*pos + 1
		if child+1 < end {
			b, err := before(h.Items[child], h.Items[child+1], max)
			if err != nil {
				return err
			}
			if end != len(h.Items) {
				return changedSize()
			}
			if !b {
				child++
			}
		}
		h.Items[pos], h.Items[child] = h.Items[child], h.Items[pos]
		pos = child
	}
	return siftDown(h, start, pos, max)
}
