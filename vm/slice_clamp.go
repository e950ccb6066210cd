package vm

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// CPython reads the bounds of a slice applied to a built-in sequence
// saturating: l[:2**100] is l[:sys.maxsize] and l[-2**100:] is l[0:],
// where gpython's GetIndices raised OverflowError. boundedSlice rewrites
// such a slice before a built-in sequence sees it; the slices that user
// classes receive are never rewritten.

// saturatedIndex is the value of a slice bound or sequence-search bound
// o, clipped to the Go int range. A non-index o is returned unchanged for
// the caller's own type check.
func saturatedIndex(o py.Object) (py.Object, error) {
	if cls, ok := pythonClassOf(o); ok && cls.Lookup("__index__") != nil {
		r, err := callMethod(o, cls.Lookup("__index__"))
		if err != nil {
			return nil, err
		}
		switch r.(type) {
		case py.Int, py.Bool, *py.BigInt:
		default:
			return nil, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", typeName(r))
		}
		o = r
	}
	b, ok := o.(*py.BigInt)
	if !ok {
		return o, nil
	}
	x := (*big.Int)(b)
	if x.IsInt64() {
		return py.Int(x.Int64()), nil
	}
	if x.Sign() < 0 {
		return py.Int(math.MinInt64), nil
	}
	return py.Int(math.MaxInt64), nil
}

// boundedSlice is s with every bound saturated (s itself when no bound
// needed it).
func boundedSlice(s *py.Slice) (*py.Slice, error) {
	parts := [3]py.Object{s.Start, s.Stop, s.Step}
	changed := false
	for i, p := range parts {
		if p == nil {
			continue
		}
		v, err := saturatedIndex(p)
		if err != nil {
			return nil, err
		}
		if v != p {
			parts[i], changed = v, true
		}
	}
	if !changed {
		return s, nil
	}
	return &py.Slice{Start: parts[0], Stop: parts[1], Step: parts[2]}, nil
}

// boundedKey is key with a slice's bounds saturated, for a built-in
// sequence o.
func boundedKey(o, key py.Object) (py.Object, error) {
	s, ok := key.(*py.Slice)
	if !ok {
		return key, nil
	}
	if _, inst := pythonClassOf(o); inst {
		return key, nil
	}
	if _, ok := o.(*bigRange); ok {
		return key, nil // sliced in big ints (range_big.go)
	}
	return boundedSlice(s)
}
