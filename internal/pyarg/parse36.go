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
// parameter may be passed by keyword. The checks run in 3.6's order: the
// count of all arguments first ("f() takes at most 2 arguments (3
// given)"), then the parameters in order (one given twice, a required one
// missing), and unknown keywords last.
func Parse36(fn string, args py.Tuple, kwargs py.StringDict, names []string, required int, wording Wording36) ([]py.Object, error) {
	if n := len(args) + len(kwargs); n > len(names) {
		return nil, pyutil.TypeErrorf("%s() takes at most %d argument%s (%d given)", fn, len(names), plural(len(names)), n)
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	used := 0
	for i, name := range names {
		v, byName := kwargs[name]
		if byName {
			used++
		}
		switch {
		case byName && i < len(args):
			if wording == Getargs36 {
				return nil, pyutil.TypeErrorf("Argument given by name ('%s') and position (%d)", name, i+1)
			}
			return nil, pyutil.TypeErrorf("argument for %s() given by name ('%s') and position (%d)", fn, name, i+1)
		case byName:
			out[i] = v
		case out[i] == nil && i < required:
			return nil, pyutil.TypeErrorf("Required argument '%s' (pos %d) not found", name, i+1)
		}
	}
	if used < len(kwargs) {
		for k := range kwargs {
			if slotOf(names, k, 0) >= 0 {
				continue
			}
			if wording == Getargs36 {
				return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
			}
			return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for %s()", k, fn)
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
