package ospath

import (
	"fmt"
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// pathValue is a path argument after os.fspath: its text and whether it
// was bytes (results then are bytes too). system tells that s is a name
// as the system calls take it (a str encoded by pyarg.SystemName), not a
// str's text: what posixpath's string functions work on.
type pathValue struct {
	s       string
	isBytes bool
	system  bool
}

// obj returns s, of the same form as p.s, as the same kind of object as
// the argument was: a system name becomes str by pyutil.FSDecode.
func (p pathValue) obj(s string) py.Object {
	switch {
	case p.isBytes:
		return py.Bytes(s)
	case p.system:
		return py.String(pyutil.FSDecode(s))
	}
	return py.String(s)
}

// forSystem returns p in the form the system calls take.
func (p pathValue) forSystem() (pathValue, error) {
	if p.isBytes || p.system {
		return p, nil
	}
	name, err := pyarg.SystemName(p.s)
	return pathValue{s: name, system: true}, err
}

// systemPath is fspath for a function that hands the path to the system.
func systemPath(o py.Object) (pathValue, error) {
	p, err := fspath(o)
	if err != nil {
		return p, err
	}
	return p.forSystem()
}

// fspath converts a path argument of a posixpath function.
func fspath(o py.Object) (pathValue, error) {
	r, ok, err := pyarg.FSPath(o)
	if err != nil {
		return pathValue{}, err
	}
	if !ok {
		return pathValue{}, pyarg.ErrNotPath(o)
	}
	return toPathValue(r), nil
}

func toPathValue(r py.Object) pathValue {
	if b, ok := r.(py.Bytes); ok {
		return pathValue{s: string(b), isBytes: true}
	}
	return pathValue{s: string(r.(py.String))}
}

func isBool(o py.Object) bool {
	_, ok := o.(py.Bool)
	return ok
}

// osPath converts the path argument of an os function (stat, listdir,
// ...). An int is a file descriptor (fd >= 0 reported through fd) when
// allowFD; the TypeError names the function, CPython's path_converter.
func osPath(fn string, o py.Object, allowFD bool) (p pathValue, fd int, err error) {
	fd = -1
	if allowFD {
		if n, isFD, err := FDArg(o); isFD || err != nil {
			return p, n, err
		}
	}
	kinds := "string, bytes or os.PathLike"
	if allowFD {
		kinds = "string, bytes, os.PathLike or integer"
	}
	p.s, p.isBytes, err = PathArg(fn, kinds, o)
	p.system = !p.isBytes
	return p, fd, err
}

// PathArg converts a path argument of the os function fn as 3.6's path
// converter does; kinds is what fn's TypeError lists as accepted ("string,
// bytes, os.PathLike or integer"). str and bytes (and their subclasses)
// are taken as they are, an os.PathLike by what its __fspath__ gives (a
// result that is neither is worded with the result's type); other
// bytes-like objects (bytearray, memoryview) pass as bytes with a
// DeprecationWarning carrying the TypeError's words. An embedded NUL is
// ValueError("embedded null byte"). s is the name as the system calls
// take it; isBytes tells that the argument was bytes.
func PathArg(fn, kinds string, o py.Object) (s string, isBytes bool, err error) {
	return NamedPathArg(fn, "path", kinds, o)
}

// NamedPathArg is PathArg for an argument named arg ("rename: src
// should be string, bytes or os.PathLike, not int").
func NamedPathArg(fn, arg, kinds string, o py.Object) (s string, isBytes bool, err error) {
	notPath := func(what py.Object) string {
		return fmt.Sprintf("%s: %s should be %s, not %s", fn, arg, kinds, pyutil.TypeName(what))
	}
	switch pyutil.Unwrap(o).(type) {
	case py.String, py.Bytes:
		return pyarg.Path(o)
	}
	// a class is no path: its metatype has no __fspath__ (gpython's
	// instances of Python classes are *py.Type too)
	if t, isType := o.(*py.Type); !isType || pyutil.IsInstanceObject(t) {
		var r py.Object
		found := true
		if pl, isP := o.(pyarg.PathLike); isP {
			r, err = pl.M__fspath__()
		} else if fspath, lookupErr := py.GetAttrString(o, "__fspath__"); lookupErr == nil {
			r, err = py.Call(fspath, nil, nil)
		} else {
			found = false
		}
		if err != nil {
			return "", false, err
		}
		if found {
			switch pyutil.Unwrap(r).(type) {
			case py.String, py.Bytes:
				return pyarg.Path(r)
			}
			return "", false, pyutil.TypeErrorf("%s", notPath(r))
		}
	}
	if _, isBuffer := o.(pyutil.ReadableBuffer); isBuffer {
		if err := vm.Warn(py.DeprecationWarning, notPath(o), 1); err != nil {
			return "", false, err
		}
		b, err := pyarg.BytesLike(o)
		if err != nil {
			return "", false, err
		}
		return pyarg.Path(py.Bytes(b))
	}
	return "", false, pyutil.TypeErrorf("%s", notPath(o))
}

// checkArgTypes is genericpath._check_arg_types's wording for a failed
// multi-argument function: a non-path argument, or str mixed with bytes.
func checkArgTypes(fn string, args ...py.Object) error {
	hasStr, hasBytes := false, false
	for _, a := range args {
		switch a.(type) {
		case py.String:
			hasStr = true
		case py.Bytes:
			hasBytes = true
		default:
			return pyutil.TypeErrorf("%s() argument must be str or bytes, not '%s'", fn, pyutil.TypeName(a))
		}
	}
	if hasStr && hasBytes {
		return pyutil.TypeErrorf("Can't mix strings and bytes in path components")
	}
	return nil
}

// mixError is the TypeError for str and bytes in one call.
func mixError() error {
	return pyutil.TypeErrorf("Can't mix strings and bytes in path components")
}

// FDArg is CPython 3.6's _fd_converter for a path argument that may be
// an open descriptor: isFD is false (and err nil) when o is no integer
// (the caller converts it as a path); an int, a bool or an object with
// __index__ is a descriptor, OverflowError outside a C int. CPython
// keeps -1 for "no descriptor", so a -1 given reaches the system call
// as a null path (EFAULT for most calls; listdir lists ".").
func FDArg(o py.Object) (fd int, isFD bool, err error) {
	if n, ok := o.(py.Int); ok && n >= math.MinInt32 && n <= math.MaxInt32 {
		return int(n), true, nil
	}
	if _, ok := o.(py.Float); ok {
		return 0, false, nil
	}
	b, ok, err := pyarg.IndexIfInteger(o)
	if !ok || err != nil {
		return 0, ok, err
	}
	switch {
	case b.IsInt64() && b.Int64() >= math.MinInt32 && b.Int64() <= math.MaxInt32:
		return int(b.Int64()), true, nil
	case b.Sign() > 0:
		return 0, true, py.ExceptionNewf(py.OverflowError, "fd is greater than maximum")
	}
	return 0, true, py.ExceptionNewf(py.OverflowError, "fd is less than minimum")
}
