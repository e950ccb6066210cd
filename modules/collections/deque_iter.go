package pycollections

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The iterator types of deque, named and placed as CPython's are so that
// pickles name them (Lib/modules/_collections.py re-exports them).
var (
	IteratorType        = py.NewTypeX("_collections._deque_iterator", iteratorDoc, iteratorNew(false), nil)
	ReverseIteratorType = py.NewTypeX("_collections._deque_reverse_iterator", iteratorDoc, iteratorNew(true), nil)
)

const iteratorDoc = "An iterator over a deque; it fails with RuntimeError once the deque changes length or order."

// iterator walks a deque from the left (reverse: from the right). Like
// CPython's, it stops for good once the deque changed (state) and counts
// down the items it has left to give.
type iterator struct {
	owner   py.Object // the deque or the instance of a derived class iterated
	d       *Deque
	pos     int // items given so far
	left    int // items still to give (CPython's counter)
	state   uint64
	reverse bool
}

func (it *iterator) Type() *py.Type {
	if it.reverse {
		return ReverseIteratorType
	}
	return IteratorType
}

func newIterator(owner py.Object, d *Deque, reverse bool) *iterator {
	return &iterator{owner: owner, d: d, left: d.n, state: d.state, reverse: reverse}
}

func (it *iterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ is next(it). The forward iterator looks for a change first,
// the reverse one only when it has items left, as in 3.6.
func (it *iterator) M__next__() (py.Object, error) {
	if it.reverse && it.left == 0 {
		return nil, py.StopIteration
	}
	if it.d.state != it.state {
		it.left = 0
		return nil, errMutated()
	}
	if it.left == 0 {
		return nil, py.StopIteration
	}
	i := it.pos
	if it.reverse {
		i = it.d.n - 1 - it.pos
	}
	it.pos++
	it.left--
	return it.d.at(i), nil
}

// iteratorNew is _deque_iterator(deque[, index]): an iterator that has
// already given index items.
func iteratorNew(reverse bool) func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
	return func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := pyarg.NoKeywords(iteratorName(reverse), kwargs); err != nil {
			return nil, err
		}
		switch {
		case len(args) == 0:
			return nil, pyutil.TypeErrorf("function takes at least 1 argument (0 given)")
		case len(args) > 2:
			return nil, pyutil.TypeErrorf("function takes at most 2 arguments (%d given)", len(args))
		}
		d, ok := dequeOf(args[0])
		if !ok || !args[0].Type().IsSubtype(DequeType) {
			return nil, pyutil.TypeErrorf("argument 1 must be collections.deque, not %s", pyutil.TypeName(args[0]))
		}
		index := 0
		if len(args) == 2 {
			var err error
			if index, err = pyarg.SsizeT(args[1]); err != nil {
				return nil, err
			}
		}
		it := newIterator(args[0], d, reverse)
		for ; index > 0 && it.left > 0; index-- {
			if _, err := it.M__next__(); err != nil {
				return nil, err
			}
		}
		return it, nil
	}
}

func iteratorName(reverse bool) string {
	if reverse {
		return "_deque_reverse_iterator"
	}
	return "_deque_iterator"
}

// setupIterators gives the iterator types their methods.
func setupIterators() {
	for _, t := range []*py.Type{IteratorType, ReverseIteratorType} {
		t.Dict["__length_hint__"] = pyutil.Method(t, "__length_hint__", func(it *iterator, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := pyarg.NoArgs("__length_hint__", args, kwargs); err != nil {
				return nil, err
			}
			return py.Int(it.left), nil
		}, "How many items the iterator has left (a hint for list() and the like).")
		t.Dict["__reduce__"] = pyutil.Method(t, "__reduce__", func(it *iterator, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := pyarg.NoArgs("__reduce__", args, kwargs); err != nil {
				return nil, err
			}
			return py.Tuple{it.Type(), py.Tuple{it.owner, py.Int(it.d.n - it.left)}}, nil
		}, "What pickle needs to make the iterator again.")
		pyutil.IteratorMethods(t)
	}
}
