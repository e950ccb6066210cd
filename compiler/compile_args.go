package compiler

import (
	"slices"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// compile()'s flag bits that CPython 3.6 accepts: the __future__ features
// (PyCF_MASK), CO_NESTED (PyCF_MASK_OBSOLETE), PyCF_DONT_IMPLY_DEDENT and
// PyCF_ONLY_AST.
const (
	futureFlagBits   = 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000 | 0x40000 | 0x80000
	obsoleteFlagBits = 0x0010
	dontImplyDedent  = 0x0200
	onlyASTFlag      = 0x0400
	compileFlagBits  = futureFlagBits | obsoleteFlagBits | dontImplyDedent | onlyASTFlag
)

// compileParams are compile()'s parameters in order.
var compileParams = []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}

// compileArgs36 checks compile()'s arguments in CPython 3.6's order
// ("OO&s|iii:compile", then the flags, the optimize level, the mode and
// last the source's type) and returns them all as positional arguments:
// a bytes or os.PathLike filename becomes its str, the int arguments
// become ints, absent ones their defaults.
func compileArgs36(args py.Tuple, kwargs py.StringDict) (py.Tuple, error) {
	// getargs converts each argument before it looks for the next one,
	// and an unknown keyword is reported last.
	known, unknown := py.StringDict{}, ""
	for k, v := range kwargs {
		if slices.Contains(compileParams, k) {
			known[k] = v
		} else {
			unknown = k
		}
	}
	if n := len(args) + len(kwargs); n > len(compileParams) {
		return nil, py.ExceptionNewf(py.TypeError, "compile() takes at most %d arguments (%d given)", len(compileParams), n)
	}
	a, err := pyarg.Parse36("compile", args, known, compileParams, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	for i := 0; i < 3; i++ {
		if a[i] == nil {
			return nil, py.ExceptionNewf(py.TypeError, "Required argument '%s' (pos %d) not found", compileParams[i], i+1)
		}
		if i == 1 {
			if _, _, err := pyarg.Path(a[1]); err != nil {
				b, bad := pyarg.BytesLike(a[1])
				if bad != nil {
					return nil, err
				}
				// A bytearray or memoryview: still taken, with 3.6's
				// warning.
				if err := vm.Warn(py.DeprecationWarning, "path should be string, bytes, or os.PathLike, not "+pyarg.TypeName(a[1]), 1); err != nil {
					return nil, err
				}
				a[1] = py.Bytes(append([]byte(nil), b...))
			}
		}
	}
	name, _, _ := pyarg.Path(a[1])
	mode, ok := a[2].(py.String)
	if !ok {
		what := pyarg.TypeName(a[2])
		if a[2] == py.None {
			what = "None" // getargs' spelling
		}
		return nil, py.ExceptionNewf(py.TypeError, "compile() argument 3 must be str, not %s", what)
	}
	ints := [3]int{0, 0, -1}
	for i := range ints {
		if a[3+i] == nil {
			continue
		}
		if ints[i], err = pyarg.Int(a[3+i]); err != nil {
			return nil, err
		}
	}
	if unknown != "" {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", unknown)
	}
	if ints[0]&^compileFlagBits != 0 {
		return nil, py.ExceptionNewf(py.ValueError, "compile(): unrecognised flags")
	}
	if ints[2] < -1 || ints[2] > 2 {
		return nil, py.ExceptionNewf(py.ValueError, "compile(): invalid optimize value")
	}
	if mode != "exec" && mode != "eval" && mode != "single" {
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	src := a[0]
	if s, isStr := src.(py.String); isStr {
		if err := pyutil.UTF8EncodeError(s); err != nil {
			return nil, err // utf8literal.go
		}
	} else {
		// Source as bytes or another buffer: decoded as it declares.
		if b, err := pyarg.BytesLike(src); err == nil {
			text, err := BytesText(b, name)
			if err != nil {
				return nil, err
			}
			src = py.String(text)
		}
	}
	return py.Tuple{src, py.String(name), mode, py.Int(ints[0]), py.Int(ints[1]), py.Int(ints[2])}, nil
}
