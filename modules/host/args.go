package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// parseArgs and goInt are the project's argument vocabulary (internal/pyarg)
// under the names this package's methods use.
var (
	// parseArgs sorts arguments into named slots (pyarg.Parse).
	parseArgs = pyarg.Parse
	// goInt is an index-sized int argument: "'str' object cannot be
	// interpreted as an integer" (pyarg.IndexInt).
	goInt = pyarg.IndexInt
)

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
	n, err := pyarg.IndexSize(o, nil)
	if err != nil && !pyarg.IsInteger(o) {
		return 0, pyutil.TypeErrorf("slice indices must be integers or None or have an __index__ method")
	}
	return n, err
}

// truth is Python truthiness for a flag argument.
func truth(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	b, err := objectBool(o)
	return b, err
}

// textCtorArgs parses the arguments of str(), bytes() and bytearray(),
// "|Oss:fn" in CPython 3.6: (object, encoding, errors), nil where absent,
// with getargs' messages, the encoding and errors checked to be str before
// anything looks at the object ("bytes() argument 2 must be str, not
// int").
func textCtorArgs(fn string, args py.Tuple, kwargs py.StringDict) ([]py.Object, error) {
	a, err := pyarg.Parse36(fn, args, kwargs, []string{textCtorFirst[fn], "encoding", "errors"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	for i := 1; i < 3; i++ {
		if a[i] == nil {
			continue
		}
		if _, ok := a[i].(py.String); !ok {
			return nil, pyutil.TypeErrorf("%s() argument %d must be str, not %s", fn, i+1, argTypeName(a[i]))
		}
	}
	return a, nil
}

// textCtorFirst names the first parameter of each text constructor.
var textCtorFirst = map[string]string{"str": "object", "bytes": "source", "bytearray": "source"}

// oneArgX parses "|O:fn" with the keyword x, the signature of float() and
// bool() in CPython 3.6, and returns the argument as positional (none or
// one) and no keywords. The common call, one positional argument, passes
// through untouched.
func oneArgX(fn string, args py.Tuple, kwargs py.StringDict) (py.Tuple, py.StringDict, error) {
	if len(kwargs) == 0 && len(args) <= 1 {
		return args, kwargs, nil
	}
	a, err := pyarg.Parse36(fn, args, kwargs, []string{"x"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, nil, err
	}
	if a[0] == nil {
		return nil, nil, nil
	}
	return py.Tuple{a[0]}, nil, nil
}
