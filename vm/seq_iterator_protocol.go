package vm

import (
	"math"

	"github.com/go-python/gpython/py"
)

// The iterator iter() makes for an instance that has only __getitem__
// (gpython's py.Iterator over it) follows CPython 3.6's seqiterobject:
// it asks seq[0], seq[1], ... until IndexError or StopIteration, then
// stays exhausted and drops the sequence, even if the sequence would
// give more later; an index that reached sys.maxsize is an OverflowError.

// exhaustedSequence stands for the sequence of an exhausted py.Iterator:
// gpython's own __next__ reads it as empty, and the sequence itself is
// no longer held.
type exhaustedSequence struct{}

var exhaustedSequenceType = py.NewType("exhausted_sequence", "")

func (exhaustedSequence) Type() *py.Type { return exhaustedSequenceType }

func (exhaustedSequence) M__getitem__(py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.IndexError, "exhausted")
}

func (exhaustedSequence) M__len__() (py.Object, error) { return py.Int(0), nil }

func seqIterExhausted(it *py.Iterator) bool {
	_, done := it.Seq.(exhaustedSequence)
	return done
}

// seqIterNext is next() of a py.Iterator over a Python instance.
func seqIterNext(it *py.Iterator) (py.Object, bool, error) {
	if seqIterExhausted(it) {
		return nil, false, nil
	}
	if it.Pos == math.MaxInt {
		return nil, false, py.ExceptionNewf(py.OverflowError, "iter index too large")
	}
	v, err := GetItem(it.Seq, py.Int(it.Pos))
	if err != nil {
		if py.IsException(py.IndexError, err) || py.IsException(py.StopIteration, err) {
			it.Seq, it.Pos = exhaustedSequence{}, 0
			return nil, false, nil
		}
		return nil, false, err
	}
	it.Pos++
	return v, true, nil
}

func init() {
	readyIteratorTypes(py.IteratorType)
	IteratorSlots(py.IteratorType, listIteratorType, tupleIteratorType, strIteratorType,
		bytesIteratorType, py.RangeIteratorType, longRangeIteratorType, dictKeyIteratorType,
		dictValueIteratorType, dictItemIteratorType, setIteratorType, py.CallIteratorType, py.GeneratorType)
	// __length_hint__: what len(seq) leaves after the index, 0 once
	// exhausted, NotImplemented for a sequence without a length.
	iteratorMethod(py.IteratorType, "__length_hint__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it := self.(*py.Iterator)
		if seqIterExhausted(it) {
			return py.Int(0), nil
		}
		length, handled, err := Len(it.Seq)
		if !handled {
			length, err = py.Len(it.Seq)
		}
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return py.NotImplemented, nil
			}
			return nil, err
		}
		n, err := indexValue(length)
		if err != nil {
			return nil, err
		}
		return py.Int(max(n-it.Pos, 0)), nil
	})
}

// IteratorSlots gives each built-in iterator type its __iter__ and
// __next__ slot wrappers where its dict has none (3.6 lists them in every
// iterator type's __dict__; collections.abc and type(it).__next__(it)
// look there). Types written in other packages call it at their init.
func IteratorSlots(types ...*py.Type) {
	for _, t := range types {
		if _, ok := t.Dict["__iter__"]; !ok {
			t.Dict["__iter__"] = &typeSlot{name: "__iter__", owner: t, fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
				return self, nil
			}}
		}
		if _, ok := t.Dict["__next__"]; !ok {
			t.Dict["__next__"] = &typeSlot{name: "__next__", owner: t, fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
				v, ok, err := Next(self)
				if err == nil && !ok {
					err = py.ExceptionNewf(py.StopIteration, "")
				}
				return v, err
			}}
		}
	}
}
