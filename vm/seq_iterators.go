package vm

import (
	"math"

	"github.com/go-python/gpython/py"
)

// Iterators over lists and tuples, which gpython serves with one generic
// "iterator" type: CPython's list_iterator and tuple_iterator, with
// __length_hint__ (as the str, bytes and range iterators get here too).
// A list iterator follows the list as it is now, as CPython's does: items
// appended during the loop are visited.

type listIterator struct {
	l *py.List // nil once exhausted
	i int
}

type tupleIterator struct {
	t py.Tuple
	i int
}

var (
	listIteratorType  = py.NewType("list_iterator", "")
	tupleIteratorType = py.NewType("tuple_iterator", "")
)

func (it *listIterator) Type() *py.Type                 { return listIteratorType }
func (it *listIterator) M__iter__() (py.Object, error)  { return it, nil }
func (it *tupleIterator) Type() *py.Type                { return tupleIteratorType }
func (it *tupleIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *listIterator) next() (py.Object, bool) {
	if it.l == nil || it.i >= len(it.l.Items) {
		it.l = nil
		return nil, false
	}
	v := it.l.Items[it.i]
	it.i++
	return v, true
}

func (it *tupleIterator) next() (py.Object, bool) {
	if it.i >= len(it.t) {
		return nil, false
	}
	v := it.t[it.i]
	it.i++
	return v, true
}

func (it *listIterator) M__next__() (py.Object, error) {
	if v, ok := it.next(); ok {
		return v, nil
	}
	return nil, py.StopIteration
}

func (it *tupleIterator) M__next__() (py.Object, error) {
	if v, ok := it.next(); ok {
		return v, nil
	}
	return nil, py.StopIteration
}

func init() {
	hint := func(t *py.Type, remaining func(py.Object) (int, bool)) {
		t.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object) (py.Object, error) {
			n, ok := remaining(self)
			if !ok {
				return nil, wrongReceiver(t, "__length_hint__", self)
			}
			return py.Int(max(n, 0)), nil
		}, 0, "How many items the iterator has left.")
	}
	hint(listIteratorType, func(o py.Object) (int, bool) {
		it, ok := o.(*listIterator)
		if !ok {
			return 0, false
		}
		if it.l == nil {
			return 0, true
		}
		return len(it.l.Items) - it.i, true
	})
	hint(tupleIteratorType, func(o py.Object) (int, bool) {
		it, ok := o.(*tupleIterator)
		if !ok {
			return 0, false
		}
		return len(it.t) - it.i, true
	})
	hint(bytesIteratorType, func(o py.Object) (int, bool) {
		it, ok := o.(*bytesIterator)
		if !ok {
			return 0, false
		}
		return len(it.b) - it.i, true
	})
	hint(strIteratorType, func(o py.Object) (int, bool) {
		it, ok := o.(*strIterator)
		if !ok {
			return 0, false
		}
		return StrLen(it.s[it.pos:]), true
	})
	hint(py.RangeIteratorType, func(o py.Object) (int, bool) {
		it, ok := o.(*py.RangeIterator)
		if !ok {
			return 0, false
		}
		return int(min(rangeLeft(it), math.MaxInt64)), true // fast_for_iter.go
	})
}
