package pypickle

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// strParams are the parameters CPython 3.6's _pickle functions convert
// with format "s": anything but a str is a TypeError naming its position.
var strParams = map[string]bool{"encoding": true, "errors": true}

// checkArgs gives the TypeErrors of CPython 3.6's keyword parser
// (PyArg_ParseTupleAndKeywords) for a call of fn, a built-in function of
// _pickle whose parameters are those of the Python function standing for
// it: positional ones (those without a default required), then
// keyword-only ones. The checks run in 3.6's order: the count of all
// arguments, then each parameter in turn (by name and position, missing,
// the positional count where the keyword-only ones start, a str one
// given something else), then unknown keywords.
func checkArgs(fn *py.Function, args py.Tuple, kwargs py.StringDict) error {
	code := fn.Code
	npos, nkw := int(code.Argcount), int(code.Kwonlyargcount)
	if len(code.Varnames) < npos+nkw {
		return nil
	}
	names := code.Varnames[:npos+nkw]
	required := npos - len(fn.Defaults)
	if n := len(args) + len(kwargs); n > len(names) {
		s := "s"
		if len(names) == 1 {
			s = ""
		}
		return pyutil.TypeErrorf("%s() takes at most %d argument%s (%d given)", fn.Name, len(names), s, n)
	}
	used := 0
	for i, name := range names {
		if i == npos && len(args) > npos {
			// "at most" once an optional parameter came ('|' in the
			// format), which a keyword-only one with a default is
			bound := "at most"
			if required == npos && len(fn.KwDefaults) == 0 {
				bound = "exactly"
			}
			return pyutil.TypeErrorf("Function takes %s %d positional arguments (%d given)", bound, npos, len(args))
		}
		v, byName := kwargs[name]
		if byName {
			used++
		}
		switch {
		case byName && i < len(args):
			return pyutil.TypeErrorf("Argument given by name ('%s') and position (%d)", name, i+1)
		case i < len(args):
			v = args[i]
		case !byName && i < required:
			return pyutil.TypeErrorf("Required argument '%s' (pos %d) not found", name, i+1)
		}
		if v == nil || !strParams[name] {
			continue
		}
		if _, ok := v.(py.String); !ok {
			got := pyutil.TypeName(v)
			if v == py.None {
				got = "None" // getargs names None itself
			}
			return pyutil.TypeErrorf("%s() argument %d must be str, not %s", fn.Name, i+1, got)
		}
	}
	if used < len(kwargs) {
		for k := range kwargs {
			if !contains(names, k) {
				return pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
			}
		}
	}
	return nil
}

func contains(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}
