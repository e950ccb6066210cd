package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
)

// Small tuples in one allocation.
//
// A py.Tuple is a slice header; a py.Object holding one points to a heap
// copy of the header, so BUILD_TUPLE (`return a, b`, `(x, y)`, `"%s %s"
// % (a, b)`) cost two allocations: the items and the boxed header.
// tupleObject makes the small ones in one, as bytesObject does for bytes
// (fast_bytes_box.go): a cell holding the header followed by the items
// it points to. The items are written before the value exists and never
// again (a tuple is immutable; its capacity is its length, so a Go
// append makes a copy), under pybox's contract.

// tupleCell is a boxed py.Tuple header with room for its items.
type tupleCell[A any] struct {
	hdr   py.Tuple
	items A
}

// tupleObject returns a new tuple holding a copy of items.
func tupleObject(items []py.Object) py.Object {
	switch n := len(items); {
	case n == 0:
		return py.Tuple{}
	case n <= 2:
		return boxTupleIn[[2]py.Object](items)
	case n <= 4:
		return boxTupleIn[[4]py.Object](items)
	case n <= 8:
		return boxTupleIn[[8]py.Object](items)
	}
	return append(make(py.Tuple, 0, len(items)), items...)
}

// boxTupleIn copies items, no more than an A holds, into a new cell and
// returns the cell's header as a py.Object.
func boxTupleIn[A any](items []py.Object) py.Object {
	p := new(tupleCell[A])
	t := unsafe.Slice((*py.Object)(unsafe.Pointer(&p.items)), len(items))
	copy(t, items)
	p.hdr = py.Tuple(t)
	return pybox.Make(pybox.TupleTable, unsafe.Pointer(&p.hdr))
}

// newListOf is a new list of a copy of items (BUILD_LIST): its storage
// made once, exactly its size, and the list around it, where
// py.NewListFromItems would copy a copy. (The list and its first items
// in one allocation would save one more, but storage the list has grown
// out of would keep its old items alive, and their __del__ late.)
func newListOf(items []py.Object) *py.List {
	dst := make([]py.Object, len(items))
	copy(dst, items)
	return &py.List{Items: dst}
}
