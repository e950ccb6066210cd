package vm

import (
	"github.com/go-python/gpython/py"
)

// List comprehensions sized from their iterator.
//
// The function of `[expr for x in it]` starts with BUILD_LIST 0 and then
// appends one item per pass of its loop over the iterator in its only
// argument (local 0, ".0"). Appending to an empty list grows its storage
// seven times on the way to 50 items (1, 2, 4 ... 64 slots), six copies
// and seven allocations that are most of such a comprehension's cost.
// decode (markSizedListComp) turns that first BUILD_LIST 0 into
// BUILD_LIST_HINTED, which gives the empty list the capacity the iterator
// says it has left when it is a range, list or tuple iterator (at most
// listCompHintMax slots): one allocation when no item is filtered out,
// and no more than the source's length otherwise. Only the capacity
// differs: len, sys.getsizeof and every other view of the list are those
// of BUILD_LIST 0.

// listCompHintMax bounds the slots reserved ahead (64 KiB of items).
const listCompHintMax = 1 << 12

// markSizedListComp marks the BUILD_LIST 0 that opens a list
// comprehension's code.
func markSizedListComp(c *code) {
	co := c.py
	if co.Name != "<listcomp>" || co.Argcount != 1 || len(co.Varnames) == 0 || co.Varnames[0] != ".0" || len(c.ins) < 3 {
		return
	}
	if c.ins[0].op == opBUILD_LIST && c.ins[0].arg == 0 && c.ins[1].op == opLOAD_FAST && c.ins[1].arg == 0 && c.ins[2].op == opFOR_ITER {
		c.ins[0].op = opBUILD_LIST_HINTED
	}
}

// listCompHint is how many items iterator it has left, when it is one
// whose count is known without stepping it; 0 otherwise.
func listCompHint(it py.Object) int {
	var n uint64
	switch it := it.(type) {
	case *py.RangeIterator:
		n = rangeLeft(it)
	case *listIterator:
		if it.l != nil && it.i < len(it.l.Items) {
			n = uint64(len(it.l.Items) - it.i)
		}
	case *tupleIterator:
		if it.i < len(it.t) {
			n = uint64(len(it.t) - it.i)
		}
	}
	return int(min(n, listCompHintMax))
}

// newHintedList is BUILD_LIST_HINTED's empty list, with room for what
// iterator it has left.
func newHintedList(it py.Object) *py.List {
	l := new(py.List)
	if n := listCompHint(it); n > 0 {
		l.Items = make([]py.Object, 0, n)
	}
	return l
}
