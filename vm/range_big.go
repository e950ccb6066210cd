package vm

import (
	"fmt"
	"math/big"

	"github.com/go-python/gpython/py"
)

// Ranges whose bounds or length do not fit in an int64: gpython's range
// holds int64s only, so range(2**100) was an OverflowError. Such a range
// is a bigRange, of the same Python type; its length, items, slices,
// membership, iteration (forwards and reversed), comparison, hash and
// pickling work on big ints, as CPython 3.6's range does. len() of one
// longer than sys.maxsize is CPython's OverflowError.

// bigRange is a range with big-int bounds.
type bigRange struct {
	start, stop, step, length *big.Int
}

// Type implements py.Object.
func (r *bigRange) Type() *py.Type { return py.RangeType }

// rangeParts returns start, stop, step and length of a range of either
// kind; ok is false for anything else.
func rangeParts(o py.Object) (start, stop, step, length *big.Int, ok bool) {
	switch r := o.(type) {
	case *py.Range:
		return big.NewInt(int64(r.Start)), big.NewInt(int64(r.Stop)), big.NewInt(int64(r.Step)), big.NewInt(int64(r.Length)), true
	case *bigRange:
		return r.start, r.stop, r.step, r.length, true
	}
	return nil, nil, nil, nil, false
}

// bigRangeLength is the number of items from start towards stop by step.
func bigRangeLength(start, stop, step *big.Int) *big.Int {
	n := new(big.Int)
	if step.Sign() > 0 && start.Cmp(stop) < 0 {
		n.Sub(stop, start)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, step)
		return n.Add(n, big.NewInt(1))
	}
	if step.Sign() < 0 && start.Cmp(stop) > 0 {
		n.Sub(start, stop)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, new(big.Int).Neg(step))
		return n.Add(n, big.NewInt(1))
	}
	return n
}

// makeRange is the range start, stop, step: gpython's when every part
// and the length fit in an int64, a bigRange otherwise.
func makeRange(start, stop, step *big.Int) py.Object {
	n := bigRangeLength(start, stop, step)
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.IsInt64() {
		return &py.Range{Start: py.Int(start.Int64()), Stop: py.Int(stop.Int64()), Step: py.Int(step.Int64()), Length: py.Int(n.Int64())}
	}
	return &bigRange{start: start, stop: stop, step: step, length: n}
}

// bigOf is the int o (an int, bool or big int) as a big.Int; ok is false
// for anything else.
func bigOf(o py.Object) (*big.Int, bool) {
	switch n := o.(type) {
	case py.Int:
		return big.NewInt(int64(n)), true
	case py.Bool:
		return big.NewInt(int64(boolInt(n))), true
	case *py.BigInt:
		return (*big.Int)(n), true
	}
	return nil, false
}

// intObject is v as Python's int: an Int when it fits, a big int else.
func intObject(v *big.Int) py.Object {
	if v.IsInt64() {
		return py.Int(v.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(v))
}

// rangeItem is start + i*step.
func rangeItem(start, step, i *big.Int) *big.Int {
	v := new(big.Int).Mul(i, step)
	return v.Add(v, start)
}

// M__len__ is len(r): an OverflowError past sys.maxsize.
func (r *bigRange) M__len__() (py.Object, error) {
	if !r.length.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return py.Int(r.length.Int64()), nil
}

// M__bool__ is whether r has items.
func (r *bigRange) M__bool__() (py.Object, error) { return py.NewBool(r.length.Sign() != 0), nil }

// M__repr__ is range(start, stop) or range(start, stop, step).
func (r *bigRange) M__repr__() (py.Object, error) {
	if r.step.Cmp(big.NewInt(1)) == 0 {
		return py.String(fmt.Sprintf("range(%s, %s)", r.start, r.stop)), nil
	}
	return py.String(fmt.Sprintf("range(%s, %s, %s)", r.start, r.stop, r.step)), nil
}

// M__str__ is the repr.
func (r *bigRange) M__str__() (py.Object, error) { return r.M__repr__() }

// M__getitem__ is r[i] or r[slice].
func (r *bigRange) M__getitem__(key py.Object) (py.Object, error) {
	return rangeGetItem(r.start, r.step, r.length, key)
}

// rangeGetItem is an item or a slice of the range start, step with length
// items, for a key of any size.
func rangeGetItem(start, step, length *big.Int, key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		lo, hi, st, err := bigSliceIndices(s, length)
		if err != nil {
			return nil, err
		}
		return makeRange(rangeItem(start, step, lo), rangeItem(start, step, hi), new(big.Int).Mul(step, st)), nil
	}
	k, err := bigIndex(key, "range indices must be integers or slices, not %s")
	if err != nil {
		return nil, err
	}
	i := new(big.Int).Set(k)
	if i.Sign() < 0 {
		i.Add(i, length)
	}
	if i.Sign() < 0 || i.Cmp(length) >= 0 {
		return nil, py.ExceptionNewf(py.IndexError, "range object index out of range")
	}
	return intObject(rangeItem(start, step, i)), nil
}

// bigIndex is key through __index__ as a big.Int; msg words the
// TypeError for a key that has none (%s is its type's name).
func bigIndex(key py.Object, msg string) (*big.Int, error) {
	if v, ok := bigOf(key); ok {
		return v, nil
	}
	if !isIndex(key) {
		return nil, py.ExceptionNewf(py.TypeError, msg, typeName(key))
	}
	v, err := instanceIndex(key)
	if err != nil {
		return nil, err
	}
	if b, ok := bigOf(v); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, msg, typeName(key))
}

// bigSliceIndices is s.indices(length) in big ints.
func bigSliceIndices(s *py.Slice, length *big.Int) (start, stop, step *big.Int, err error) {
	const msg = "slice indices must be integers or None or have an __index__ method"
	step = big.NewInt(1)
	if s.Step != nil && s.Step != py.None {
		if step, err = bigIndex(s.Step, msg+"%.0s"); err != nil {
			return nil, nil, nil, err
		}
		if step.Sign() == 0 {
			return nil, nil, nil, py.ExceptionNewf(py.ValueError, "slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if step.Sign() < 0 {
		lower, upper = big.NewInt(-1), new(big.Int).Sub(length, big.NewInt(1))
	}
	bound := func(o py.Object, dflt *big.Int) (*big.Int, error) {
		if o == nil || o == py.None {
			return dflt, nil
		}
		v, err := bigIndex(o, msg+"%.0s")
		if err != nil {
			return nil, err
		}
		v = new(big.Int).Set(v)
		if v.Sign() < 0 {
			v.Add(v, length)
			if v.Cmp(lower) < 0 {
				v.Set(lower)
			}
		} else if v.Cmp(upper) > 0 {
			v.Set(upper)
		}
		return v, nil
	}
	if step.Sign() < 0 {
		start, err = bound(s.Start, upper)
		if err == nil {
			stop, err = bound(s.Stop, lower)
		}
	} else {
		start, err = bound(s.Start, lower)
		if err == nil {
			stop, err = bound(s.Stop, upper)
		}
	}
	return start, stop, step, err
}

// rangeContainsBig reports whether the int v is an item of the range.
func rangeContainsBig(start, stop, step, v *big.Int) bool {
	if step.Sign() > 0 {
		if v.Cmp(start) < 0 || v.Cmp(stop) >= 0 {
			return false
		}
	} else if v.Cmp(start) > 0 || v.Cmp(stop) <= 0 {
		return false
	}
	off := new(big.Int).Sub(v, start)
	return off.Rem(off, step).Sign() == 0
}

// M__contains__ is x in r: arithmetic for an int, item by item else.
func (r *bigRange) M__contains__(x py.Object) (py.Object, error) {
	if v, ok := bigOf(x); ok {
		return py.NewBool(rangeContainsBig(r.start, r.stop, r.step, v)), nil
	}
	it, err := r.M__iter__()
	if err != nil {
		return nil, err
	}
	in, err := iterContains(it, x)
	return py.NewBool(in), err
}

// M__iter__ iterates from start.
func (r *bigRange) M__iter__() (py.Object, error) {
	return &bigRangeIterator{next: new(big.Int).Set(r.start), step: r.step, left: new(big.Int).Set(r.length)}, nil
}

// M__reversed__ iterates from the last item back to start.
func (r *bigRange) M__reversed__() (py.Object, error) {
	return reversedRange(r.start, r.step, r.length), nil
}

// rangeSlice is r[key] for a slice key of any size.
func rangeSlice(r *py.Range, key py.Object) (py.Object, error) {
	start, _, step, n, _ := rangeParts(r)
	return rangeGetItem(start, step, n, key)
}

// ReversedRange is reversed(r): gpython's range_iterator when its items
// and the end past them fit in an int64, a longrange_iterator otherwise.
func ReversedRange(r *py.Range) py.Object {
	start, _, step, n, _ := rangeParts(r)
	if n.Sign() == 0 {
		return &py.RangeIterator{Range: py.Range{Start: 0, Stop: 0, Step: 1}}
	}
	last := rangeItem(start, step, new(big.Int).Sub(n, big.NewInt(1)))
	end := new(big.Int).Sub(start, step)
	if last.IsInt64() && end.IsInt64() && new(big.Int).Neg(step).IsInt64() {
		l := py.Int(last.Int64())
		return &py.RangeIterator{Range: py.Range{Start: l, Stop: py.Int(end.Int64()), Step: -r.Step, Length: r.Length}, Index: l}
	}
	return reversedRange(start, step, n)
}

// reversedRange is the iterator of reversed(range) for any range.
func reversedRange(start, step, length *big.Int) py.Object {
	last := rangeItem(start, step, new(big.Int).Sub(length, big.NewInt(1)))
	return &bigRangeIterator{next: last, step: new(big.Int).Neg(step), left: new(big.Int).Set(length)}
}

// M__eq__ compares as sequences: the same items in the same order.
func (r *bigRange) M__eq__(other py.Object) (py.Object, error) {
	eq, ok := rangesEqual(r, other)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(eq), nil
}

// M__ne__ is not ==.
func (r *bigRange) M__ne__(other py.Object) (py.Object, error) {
	eq, ok := rangesEqual(r, other)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(!eq), nil
}

// rangesEqual reports whether ranges a and b hold the same items; ok is
// false when one of them is no range.
func rangesEqual(a, b py.Object) (eq, ok bool) {
	as, _, ast, an, ok1 := rangeParts(a)
	bs, _, bst, bn, ok2 := rangeParts(b)
	if !ok1 || !ok2 {
		return false, false
	}
	switch {
	case an.Cmp(bn) != 0:
		return false, true
	case an.Sign() == 0:
		return true, true
	case as.Cmp(bs) != 0:
		return false, true
	case an.Cmp(big.NewInt(1)) == 0:
		return true, true
	}
	return ast.Cmp(bst) == 0, true
}

// M__hash__ is rangeHash.
func (r *bigRange) M__hash__() (py.Object, error) {
	h, err := rangeHash(r)
	return py.Int(h), err
}

// rangeHash is hash() of a range, consistent with ==: the hash of the
// tuple (length, start, step), with None for the start of an empty range
// and the step of one of fewer than two items.
func rangeHash(r py.Object) (int64, error) {
	start, _, step, n, _ := rangeParts(r)
	t := py.Tuple{intObject(n), py.None, py.None}
	if n.Sign() != 0 {
		t[1] = intObject(start)
		if n.Cmp(big.NewInt(1)) != 0 {
			t[2] = intObject(step)
		}
	}
	return Hash(t)
}

// rangeReduce is range.__reduce__: the class and its three arguments.
func rangeReduce(r py.Object) py.Object {
	start, stop, step, _, _ := rangeParts(r)
	return py.Tuple{py.RangeType, py.Tuple{intObject(start), intObject(stop), intObject(step)}}
}

// bigRangeIterator walks a range of any size: left items remain, the
// next being next.
type bigRangeIterator struct {
	next, step, left *big.Int
}

// longRangeIteratorType is the type of bigRangeIterator, as CPython
// names its iterator over ranges past a machine word.
var longRangeIteratorType = py.NewType("longrange_iterator", "")

// Type implements py.Object.
func (it *bigRangeIterator) Type() *py.Type { return longRangeIteratorType }

// M__iter__ is the iterator itself.
func (it *bigRangeIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ is the next item, or StopIteration.
func (it *bigRangeIterator) M__next__() (py.Object, error) {
	if it.left.Sign() <= 0 {
		return nil, py.StopIteration
	}
	v := intObject(it.next)
	it.next = new(big.Int).Add(it.next, it.step)
	it.left = new(big.Int).Sub(it.left, big.NewInt(1))
	return v, nil
}

func init() {
	readyIteratorTypes(longRangeIteratorType)
	longRangeIteratorType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object, args py.Tuple) (py.Object, error) {
		it, ok := self.(*bigRangeIterator)
		if !ok {
			return nil, wrongReceiver(longRangeIteratorType, "__length_hint__", self)
		}
		return intObject(it.left), nil
	}, 0, "How many items the iterator has left.")
	longRangeIteratorType.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
		it, ok := self.(*bigRangeIterator)
		if !ok {
			return nil, wrongReceiver(longRangeIteratorType, "__reduce__", self)
		}
		// iter(range(next, next + left*step, step)), from its start.
		stop := rangeItem(it.next, it.step, it.left)
		return reduceWith(makeRange(it.next, stop, it.step), 0)
	}, 0, "Pickling support.")
	longRangeIteratorType.Dict["__setstate__"] = py.MustNewMethod("__setstate__", func(self py.Object, args py.Tuple) (py.Object, error) {
		it, ok := self.(*bigRangeIterator)
		if !ok || len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__setstate__() takes exactly one argument (%d given)", len(args))
		}
		n, err := bigIndex(args[0], "an integer is required (got type %s)")
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			n = big.NewInt(0)
		}
		if n.Cmp(it.left) > 0 {
			n = it.left
		}
		it.next = rangeItem(it.next, it.step, n)
		it.left = new(big.Int).Sub(it.left, n)
		return py.None, nil
	}, 0, "Set the iterator's position (pickling support).")
}

// BigRangeLength is the number of items a range too large for py.Range,
// or its iterator, holds or has left, as the length hint list() and
// tuple() take (OverflowError past a Py_ssize_t, as 3.6's); 0 for
// anything else.
func BigRangeLength(o py.Object) (int, error) {
	var n *big.Int
	switch r := o.(type) {
	case *bigRange:
		n = r.length
	case *bigRangeIterator:
		n = r.left
	default:
		return 0, nil
	}
	if !n.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(n.Int64()), nil
}
