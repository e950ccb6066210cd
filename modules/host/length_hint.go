package host

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// __length_hint__ of reversed() and of reversed(list): how many items
// are left, 0 once the sequence has shrunk below the next index (as
// CPython's reversed and list_reverseiterator estimate).

func init() {
	ReversedType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object) (py.Object, error) {
		r, ok := self.(*reversedIter)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__length_hint__' requires a 'reversed' object but received a '%s'", vm.TypeName(self.Type()))
		}
		if r.seq == nil {
			return py.Int(0), nil
		}
		n, err := lenOf(r.seq)
		if err != nil {
			return nil, err
		}
		if left := r.i + 1; left <= n {
			return py.Int(left), nil
		}
		return py.Int(0), nil
	}, 0, "How many items the iterator has left.")
	listReverseIteratorType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object) (py.Object, error) {
		r, ok := self.(*listReverseIter)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__length_hint__' requires a 'list_reverseiterator' object but received a '%s'", vm.TypeName(self.Type()))
		}
		if r.l == nil || r.i+1 > len(r.l.Items) {
			return py.Int(0), nil
		}
		return py.Int(r.i + 1), nil
	}, 0, "How many items the iterator has left.")
}

// probeLength is the size estimate list(), tuple() and list.extend ask
// their source for before iterating it, as 3.6's do (PyObject_LengthHint):
// an instance of a Python class is asked __len__, else __length_hint__
// (an error other than TypeError is the call's error); a range or range
// iterator tells its length. A list of that many items that could not be
// allocated is MemoryError before any item is taken, as in CPython (list(
// range(2**40)) would otherwise fill the memory one item at a time).
func probeLength(src py.Object) error {
	n, err := lengthHint(src)
	if err != nil {
		return err
	}
	return pyutil.CheckAllocItems(n, 16)
}

// probeExtend is probeLength for list.extend onto a list of have items:
// a hint that overflows with them is ignored, as 3.6's list.extend
// ignores it (on the chance that it lied), and never fails the call.
func probeExtend(src py.Object, have int) error {
	n, err := lengthHint(src)
	if err != nil || n > math.MaxInt-have {
		return err
	}
	return pyutil.CheckAllocItems(have+n, 16)
}

// lengthHint is probeLength's estimate, 0 when there is none.
func lengthHint(src py.Object) (int, error) {
	switch v := src.(type) {
	case *py.Range:
		return int(v.Length), nil
	case *py.RangeIterator:
		return int(v.Length - v.Index), nil
	}
	cls, ok := instanceClass(src)
	if !ok {
		return vm.BigRangeLength(src)
	}
	for _, name := range []string{"__len__", "__length_hint__"} {
		if cls.Lookup(name) == nil {
			continue
		}
		r, _, err := callSpecial(src, name)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				err = nil
			}
			return 0, err
		}
		if n, ok := r.(py.Int); ok {
			return int(n), nil
		}
		return 0, nil
	}
	return 0, nil
}
