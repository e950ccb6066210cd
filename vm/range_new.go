package vm

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// range(stop) and range(start, stop[, step]) with CPython 3.6's argument
// checks in front of gpython's: indices through __index__ (a float is a
// TypeError), a zero step a ValueError (gpython makes an empty range that
// loops forever under some callers), no keywords.

func init() {
	prev := py.RangeType.New
	py.RangeType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "range() does not take keyword arguments")
		}
		switch {
		case len(args) == 0:
			return nil, py.ExceptionNewf(py.TypeError, "range expected 1 arguments, got 0")
		case len(args) > 3:
			return nil, py.ExceptionNewf(py.TypeError, "range expected at most 3 arguments, got %d", len(args))
		}
		conv := make(py.Tuple, len(args))
		for i, a := range args {
			if !isIndex(a) {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(a))
			}
			v, err := instanceIndex(a)
			if err != nil {
				return nil, err
			}
			conv[i] = v
		}
		if len(conv) == 3 && isZero(conv[2]) {
			return nil, py.ExceptionNewf(py.ValueError, "range() arg 3 must not be zero")
		}
		if r, ok := bigRangeNew(conv); ok {
			return r, nil
		}
		return prev(t, conv, nil)
	}
}

// bigRangeNew is the range of the int arguments args when one of them,
// or its length, may not fit in an int64 (range_big.go); ok is false
// when gpython's range holds it.
func bigRangeNew(args py.Tuple) (py.Object, bool) {
	const limit = 1 << 62
	small := true
	for _, a := range args {
		if n, ok := a.(py.Int); !ok || n >= limit || n <= -limit {
			small = false
		}
	}
	if small {
		return nil, false
	}
	parts := []*big.Int{big.NewInt(0), nil, big.NewInt(1)}
	for i, a := range args {
		v, _ := bigOf(a)
		if len(args) == 1 {
			i = 1
		}
		parts[i] = v
	}
	return makeRange(parts[0], parts[1], parts[2]), true
}
