package pyarg

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Given reports whether an optional argument was passed with a value:
// false for a missing one (nil) and for None, the clinic's "= None"
// default.
func Given(o py.Object) bool { return o != nil && o != py.None }

// Parse sorts positional and keyword arguments into slots named by names,
// nil where absent, with CPython's messages. The first required names must
// be given; the first posOnly names cannot be passed by keyword (when every
// name is positional-only, any keyword is "fn() takes no keyword
// arguments"). It is py.ParseTupleAndKeywords without format codes: the
// slots are converted afterwards with this package's converters, which
// know what the format codes do not (bytes-like objects, __index__,
// os.PathLike).
func Parse(fn string, args py.Tuple, kwargs py.StringDict, names []string, required, posOnly int) ([]py.Object, error) {
	return parse(fn, args, kwargs, names, required, posOnly, false)
}

// ParseClinic is Parse with the argument clinic's wording for an unknown
// keyword: "'x' is an invalid keyword argument for txt2obj()" (the
// builtins' own is "f() got an unexpected keyword argument 'x'").
func ParseClinic(fn string, args py.Tuple, kwargs py.StringDict, names []string, required, posOnly int) ([]py.Object, error) {
	return parse(fn, args, kwargs, names, required, posOnly, true)
}

func parse(fn string, args py.Tuple, kwargs py.StringDict, names []string, required, posOnly int, clinic bool) ([]py.Object, error) {
	if len(args) > len(names) {
		return nil, pyutil.TypeErrorf("%s() takes at most %d arguments (%d given)", fn, len(names), len(args))
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	for k, v := range kwargs {
		i := slotOf(names, k, posOnly)
		if i < 0 {
			if posOnly >= len(names) {
				return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", fn)
			}
			if clinic {
				return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for %s()", k, fn)
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

// NoArgs checks a METH_NOARGS call: "fn() takes no keyword arguments",
// "fn() takes no arguments (1 given)".
func NoArgs(fn string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", fn)
	}
	if len(args) != 0 {
		return pyutil.TypeErrorf("%s() takes no arguments (%d given)", fn, len(args))
	}
	return nil
}

// ExactlyOne checks a METH_O call: "fn() takes no keyword arguments",
// "fn() takes exactly one argument (2 given)".
func ExactlyOne(fn string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", fn)
	}
	if len(args) != 1 {
		return pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", fn, len(args))
	}
	return nil
}

// One returns a method's single required argument, named name. The common
// call, one positional argument, is answered without
// py.ParseTupleAndKeywords (which builds its keyword table on every call,
// a cost on hot paths such as SSLSocket.write); any other call goes
// through it with format ("O:write"), so the errors stay CPython's.
func One(args py.Tuple, kwargs py.StringDict, format, name string) (py.Object, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return args[0], nil
	}
	var o py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, format, []string{name}, &o); err != nil {
		return nil, err
	}
	return o, nil
}

// Pair is the positional fast path of a (required, optional) signature:
// a and b (nil when absent), with ok false when the call has keywords or
// the wrong count, which the caller hands to its general parser for
// CPython's errors.
func Pair(args py.Tuple, kwargs py.StringDict) (a, b py.Object, ok bool) {
	if len(kwargs) != 0 || len(args) < 1 || len(args) > 2 {
		return nil, nil, false
	}
	if len(args) == 2 {
		return args[0], args[1], true
	}
	return args[0], nil, true
}

// Bool is a predicate argument (format "p"): Python's truth of o, with
// bytes and other buffers counted by length (gpython holds every bytes
// object true). nil, a missing optional argument, is false.
func Bool(o py.Object) (bool, error) {
	switch v := o.(type) {
	case nil:
		return false, nil
	case py.Bytes:
		return len(v) > 0, nil
	case py.String:
		return len(v) > 0, nil
	case py.Tuple:
		return len(v) > 0, nil
	case *py.List:
		return len(v.Items) > 0, nil
	case pyutil.ReadableBuffer:
		return len(v.BufferBytes()) > 0, nil
	}
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// slotOf is the index of the keyword k among names, from first on, or -1.
func slotOf(names []string, k string, first int) int {
	for j := first; j < len(names); j++ {
		if names[j] == k {
			return j
		}
	}
	return -1
}

// NoKeywords checks that a method that takes no keyword arguments got
// none: "fn() takes no keyword arguments".
func NoKeywords(fn string, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", fn)
	}
	return nil
}

// UnpackCount checks min..max positional arguments with CPython 3.6's
// PyArg_UnpackTuple wording: "get expected at least 1 arguments, got 0",
// "staticmethod expected 1 arguments, got 2" (always plural in 3.6).
func UnpackCount(fn string, args py.Tuple, min, max int) error {
	if len(args) >= min && len(args) <= max {
		return nil
	}
	bound, qual := min, "at least "
	if len(args) > max {
		bound, qual = max, "at most "
	}
	if min == max {
		qual = ""
	}
	return pyutil.TypeErrorf("%s expected %s%d arguments, got %d", fn, qual, bound, len(args))
}
