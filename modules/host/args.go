package host

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// parseArgs sorts positional and keyword arguments into the slots named by
// names (nil when absent). The first required names must be given; the
// first posOnly names cannot be passed by keyword. It is a small stand-in for
// py.ParseTupleAndKeywords, whose format codes know neither bytes-like
// objects nor "int or bytes".
func parseArgs(fn string, args py.Tuple, kwargs py.StringDict, names []string, required, posOnly int) ([]py.Object, error) {
	if len(args) > len(names) {
		return nil, pyutil.TypeErrorf("%s() takes at most %d arguments (%d given)", fn, len(names), len(args))
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	for k, v := range kwargs {
		i := -1
		for j, n := range names {
			if n == k && j >= posOnly {
				i = j
				break
			}
		}
		if i < 0 {
			if posOnly >= len(names) {
				return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", fn)
			}
			return nil, pyutil.TypeErrorf("%s() got an unexpected keyword argument '%s'", fn, k)
		}
		if out[i] != nil {
			return nil, pyutil.TypeErrorf("argument for %s() given by name ('%s') and position (%d)", fn, k, i+1)
		}
		out[i] = v
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, pyutil.TypeErrorf("%s() missing required argument '%s' (pos %d)", fn, names[i], i+1)
		}
	}
	return out, nil
}

// goInt converts an integer argument, with CPython's TypeError for other
// types: "'str' object cannot be interpreted as an integer".
func goInt(o py.Object) (int, error) {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
		return py.IndexInt(o)
	}
	if _, err := py.Index(o); err != nil {
		return 0, pyutil.TypeErrorf("'%s' object cannot be interpreted as an integer", pyutil.TypeName(o))
	}
	return py.IndexInt(o)
}

// adjustIndices applies CPython's ADJUST_INDICES to optional start/end
// arguments (None or absent means the whole sequence). start is not clamped
// above n: callers compare end-start with the needle length.
func adjustIndices(n int, startObj, endObj py.Object) (int, int, error) {
	start, end := 0, n
	var err error
	if startObj != nil && startObj != py.None {
		if start, err = sliceIndex(startObj); err != nil {
			return 0, 0, err
		}
	}
	if endObj != nil && endObj != py.None {
		if end, err = sliceIndex(endObj); err != nil {
			return 0, 0, err
		}
	}
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end, nil
}

// sliceIndex converts a start/end argument, saturating huge values as
// CPython's _PyEval_SliceIndex does.
func sliceIndex(o py.Object) (int, error) {
	if _, err := py.Index(o); err != nil {
		return 0, pyutil.TypeErrorf("slice indices must be integers or None or have an __index__ method")
	}
	i, err := py.IndexInt(o)
	if err != nil {
		// Too big for an int: saturate by sign.
		if b, ok := o.(*py.BigInt); ok {
			if (*big.Int)(b).Sign() < 0 {
				return -int(^uint(0) >> 1), nil
			}
			return int(^uint(0) >> 1), nil
		}
		return 0, err
	}
	return i, nil
}

// truth is Python truthiness for a flag argument.
func truth(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	b, err := objectBool(o)
	return b, err
}
