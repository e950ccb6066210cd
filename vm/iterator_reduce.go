package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Pickling support of the container iterators, in CPython 3.6's shapes:
// a list or tuple iterator reduces to (iter, (seq,), position) and takes
// the position back through __setstate__; a dict or set iterator reduces
// to (iter, (list of the items it has still to give,)). An exhausted list
// iterator reduces to (iter, ([],)).

// builtinIter is the builtins module's iter function, which the reduced
// forms name.
func builtinIter() (py.Object, error) {
	if ctx := currentContext(); ctx != nil {
		if m, err := ctx.Store().GetModule("builtins"); err == nil {
			if it, ok := m.Globals["iter"]; ok {
				return it, nil
			}
		}
	}
	return nil, py.ExceptionNewf(py.SystemError, "builtins.iter is missing")
}

// reduceWith builds (iter, (seq,)) or, with a position, (iter, (seq,), pos).
func reduceWith(seq py.Object, pos ...int) (py.Object, error) {
	it, err := builtinIter()
	if err != nil {
		return nil, err
	}
	if len(pos) == 0 {
		return py.Tuple{it, py.Tuple{seq}}, nil
	}
	return py.Tuple{it, py.Tuple{seq}, py.Int(pos[0])}, nil
}

// restoredPosition reads __setstate__'s position for a sequence of n
// items: clipped to 0..n.
func restoredPosition(state py.Object, n int) (int, error) {
	i, err := indexValue(state)
	if err != nil {
		return 0, err
	}
	return min(max(i, 0), n), nil
}

// remainingItems drains what next would still give, without consuming it
// from the iterator itself.
func remainingItems(next func() (py.Object, bool, error)) ([]py.Object, error) {
	var out []py.Object
	for {
		v, ok, err := next()
		if err != nil || !ok {
			return out, err
		}
		out = append(out, v)
	}
}

func iteratorMethod(t *py.Type, name string, fn func(self py.Object, args py.Tuple) (py.Object, error)) {
	t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if self == nil || self.Type() != t {
			return nil, wrongReceiver(t, name, self)
		}
		return fn(self, args)
	}, 0, "")
}

func init() {
	readyIteratorTypes(listIteratorType, tupleIteratorType, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType, setIteratorType)
	iteratorMethod(listIteratorType, "__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it := self.(*listIterator)
		if it.l == nil {
			return reduceWith(py.NewList())
		}
		return reduceWith(it.l, it.i)
	})
	iteratorMethod(listIteratorType, "__setstate__", func(self py.Object, args py.Tuple) (py.Object, error) {
		it := self.(*listIterator)
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__setstate__() takes exactly one argument (%d given)", len(args))
		}
		if it.l == nil {
			return py.None, nil
		}
		i, err := restoredPosition(args[0], len(it.l.Items))
		it.i = i
		return py.None, err
	})
	iteratorMethod(tupleIteratorType, "__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it := self.(*tupleIterator)
		return reduceWith(it.t, it.i)
	})
	iteratorMethod(tupleIteratorType, "__setstate__", func(self py.Object, args py.Tuple) (py.Object, error) {
		it := self.(*tupleIterator)
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__setstate__() takes exactly one argument (%d given)", len(args))
		}
		i, err := restoredPosition(args[0], len(it.t))
		it.i = i
		return py.None, err
	})
	for _, t := range []*py.Type{dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType} {
		iteratorMethod(t, "__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
			copied := *self.(*dictIterator)
			items, err := remainingItems(copied.next)
			if err != nil {
				return nil, err
			}
			return reduceWith(py.NewListFromItems(items))
		})
	}
	iteratorMethod(setIteratorType, "__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		copied := *self.(*setIterator)
		items, err := remainingItems(copied.next)
		if err != nil {
			return nil, err
		}
		return reduceWith(py.NewListFromItems(items))
	})
	readyIteratorTypes(strIteratorType, bytesIteratorType, py.RangeIteratorType)
	// A str, bytes or range iterator reduces to its sequence and the
	// number of items given so far; a str or bytes one at its end to
	// (iter, ('',)), as CPython's once exhausted.
	iteratorMethod(strIteratorType, "__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it := self.(*strIterator)
		if it.pos >= len(it.s) {
			return reduceWith(py.String(""))
		}
		return reduceWith(py.String(it.s), pyutil.RuneCount(it.s[:it.pos]))
	})
	iteratorMethod(strIteratorType, "__setstate__", func(self py.Object, args py.Tuple) (py.Object, error) {
		it := self.(*strIterator)
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__setstate__() takes exactly one argument (%d given)", len(args))
		}
		n, err := restoredPosition(args[0], pyutil.RuneCount(it.s))
		if err != nil {
			return nil, err
		}
		it.pos = 0
		for ; n > 0; n-- {
			_, size := pyutil.DecodeWTF8(it.s[it.pos:])
			it.pos += size
		}
		return py.None, nil
	})
	iteratorMethod(bytesIteratorType, "__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it := self.(*bytesIterator)
		if it.done {
			return reduceWith(py.String(""))
		}
		return reduceWith(it.b, it.i)
	})
	iteratorMethod(bytesIteratorType, "__setstate__", func(self py.Object, args py.Tuple) (py.Object, error) {
		it := self.(*bytesIterator)
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__setstate__() takes exactly one argument (%d given)", len(args))
		}
		i, err := restoredPosition(args[0], len(it.b))
		it.i = i
		return py.None, err
	})
	iteratorMethod(py.RangeIteratorType, "__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it := self.(*py.RangeIterator)
		r := it.Range
		given := int((it.Index - r.Start) / r.Step)
		if given > int(r.Length) {
			given = int(r.Length)
		}
		return reduceWith(&r, given)
	})
	iteratorMethod(py.RangeIteratorType, "__setstate__", func(self py.Object, args py.Tuple) (py.Object, error) {
		it := self.(*py.RangeIterator)
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__setstate__() takes exactly one argument (%d given)", len(args))
		}
		i, err := restoredPosition(args[0], int(it.Length))
		it.Index = it.Start + py.Int(i)*it.Step
		return py.None, err
	})
}

// readyIteratorTypes readies types so that their class attributes
// (type(it).__reduce__, which pickle looks up) come from their own dict.
func readyIteratorTypes(types ...*py.Type) {
	for _, t := range types {
		if len(t.Mro) == 0 {
			if err := t.Ready(); err != nil {
				panic(err)
			}
		}
	}
}
