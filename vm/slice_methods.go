package vm

import (
	"github.com/go-python/gpython/py"
)

// slice.indices(length) and __reduce__, which gpython's slice lacks.
// Ordering compares (start, stop, step) as tuples (sequenceCompare); the
// repr is internal/pyrepr's.

func init() {
	py.SliceType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "slice() does not take keyword arguments")
		}
		switch len(args) {
		case 0:
			return nil, py.ExceptionNewf(py.TypeError, "slice expected at least 1 arguments, got 0")
		case 1:
			return py.NewSlice(py.None, args[0], py.None), nil
		case 2:
			return py.NewSlice(args[0], args[1], py.None), nil
		case 3:
			return py.NewSlice(args[0], args[1], args[2]), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "slice expected at most 3 arguments, got %d", len(args))
	}
	// Slices are unhashable in 3.6 (hash() itself is vm/hash.go's).
	py.SliceType.Dict["__hash__"] = py.None
	py.SliceType.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, ok := self.(*py.Slice)
		if !ok {
			return nil, wrongReceiver(py.SliceType, "__reduce__", self)
		}
		return py.Tuple{py.SliceType, sliceParts(s)}, nil
	}, 0, "Return the state to rebuild the slice from, for pickle.")
	py.SliceType.Dict["indices"] = py.MustNewMethod("indices", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, ok := self.(*py.Slice)
		if !ok {
			return nil, wrongReceiver(py.SliceType, "indices", self)
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "indices() takes exactly one argument (%d given)", len(args))
		}
		length, err := indexValue(args[0])
		if err != nil && !py.IsException(py.OverflowError, err) {
			return nil, err
		}
		if err == nil && length < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length should not be negative")
		}
		if err == nil {
			start, stop, step, err := sliceBounds(s, length)
			if err == nil {
				return py.Tuple{py.Int(start), py.Int(stop), py.Int(step)}, nil
			}
			if !py.IsException(py.OverflowError, err) {
				return nil, err
			}
		}
		// A length or a part beyond 64 bits: the same in big ints.
		bigLength, err := bigIndex(args[0], "'%s' object cannot be interpreted as an integer")
		if err != nil {
			return nil, err
		}
		if bigLength.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length should not be negative")
		}
		start, stop, step, err := bigSliceIndices(s, bigLength)
		if err != nil {
			return nil, err
		}
		return py.Tuple{intObject(start), intObject(stop), intObject(step)}, nil
	}, 0, "S.indices(len) -> (start, stop, stride)\n\nThe start, stop and stride of the indices slice S selects in a sequence\nof len items; indices out of range are clipped as slicing clips them.")
}

// sliceBounds resolves a slice against a sequence of length items: None
// parts take their defaults, negative indices count from the end, and
// indices out of range are clipped to what the step direction allows.
func sliceBounds(s *py.Slice, length int) (start, stop, step int, err error) {
	part := func(o py.Object) (int, bool, error) {
		if o == nil || o == py.None {
			return 0, false, nil
		}
		if !isIndex(o) {
			return 0, false, errSliceIndices()
		}
		v, err := indexValue(o)
		return v, true, err
	}
	step, given, err := part(s.Step)
	if err != nil {
		return 0, 0, 0, err
	}
	if !given {
		step = 1
	}
	if step == 0 {
		return 0, 0, 0, py.ExceptionNewf(py.ValueError, "slice step cannot be zero")
	}
	// The lowest and highest index a bound may take: a backward slice may
	// stop just before the first item (-1).
	low, high := 0, length
	if step < 0 {
		low, high = -1, length-1
	}
	clip := func(o py.Object, dflt int) (int, error) {
		v, given, err := part(o)
		if err != nil || !given {
			return dflt, err
		}
		if v < 0 {
			v += length
		}
		return min(max(v, low), high), nil
	}
	defStart, defStop := low, high
	if step > 0 {
		defStart, defStop = 0, length
	} else {
		defStart, defStop = length-1, -1
	}
	if start, err = clip(s.Start, defStart); err != nil {
		return 0, 0, 0, err
	}
	if stop, err = clip(s.Stop, defStop); err != nil {
		return 0, 0, 0, err
	}
	return start, stop, step, nil
}

// sliceParts is (start, stop, step) with an absent part as None.
func sliceParts(s *py.Slice) py.Tuple {
	t := py.Tuple{s.Start, s.Stop, s.Step}
	for i, o := range t {
		if o == nil {
			t[i] = py.None
		}
	}
	return t
}
