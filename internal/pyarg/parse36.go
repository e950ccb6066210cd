package pyarg

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Wording36 is which of CPython 3.6's two keyword parsers a function's
// messages come from.
type Wording36 int

const (
	// Clinic36 is the argument clinic's ("'x' is an invalid keyword
	// argument for f()", "argument for f() given by name ('x') and
	// position (1)"): str methods and the like.
	Clinic36 Wording36 = iota
	// Getargs36 is PyArg_ParseTupleAndKeywords's ("'x' is an invalid
	// keyword argument for this function", "Argument given by name ('x')
	// and position (1)", "Required argument 'x' (pos 1) not found").
	Getargs36
)

// Parse36 is Parse with CPython 3.6's messages for functions whose every
// parameter may be passed by keyword: the count of all arguments is
// checked first ("f() takes at most 2 arguments (3 given)"), then each
// keyword, then the first required slots.
func Parse36(fn string, args py.Tuple, kwargs py.StringDict, names []string, required int, wording Wording36) ([]py.Object, error) {
	if n := len(args) + len(kwargs); n > len(names) {
		return nil, pyutil.TypeErrorf("%s() takes at most %d argument%s (%d given)", fn, len(names), plural(len(names)), n)
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	for k, v := range kwargs {
		i := slotOf(names, k, 0)
		if i < 0 {
			if wording == Getargs36 {
				return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
			}
			return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for %s()", k, fn)
		}
		if out[i] != nil {
			if wording == Getargs36 {
				return nil, pyutil.TypeErrorf("Argument given by name ('%s') and position (%d)", k, i+1)
			}
			return nil, pyutil.TypeErrorf("argument for %s() given by name ('%s') and position (%d)", fn, k, i+1)
		}
		out[i] = v
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, pyutil.TypeErrorf("Required argument '%s' (pos %d) not found", names[i], i+1)
		}
	}
	return out, nil
}

// ArgCount36 checks min..max positional arguments with CPython 3.6's
// getargs wording: "insert() takes exactly 2 arguments (1 given)",
// "index() takes at least 1 argument (0 given)", "pop() takes at most 1
// argument (2 given)".
func ArgCount36(fn string, args py.Tuple, min, max int) error {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	bound, qual := min, "at least"
	if n > max {
		bound, qual = max, "at most"
	}
	if min == max {
		qual = "exactly"
	}
	return pyutil.TypeErrorf("%s() takes %s %d argument%s (%d given)", fn, qual, bound, plural(bound), n)
}
