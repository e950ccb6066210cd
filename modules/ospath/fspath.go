package ospath

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
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

// osPath converts the path argument of an os function (stat, listdir,
// ...). An int is a file descriptor (fd >= 0 reported through fd) when
// allowFD; the TypeError names the function, CPython's path_converter.
func osPath(fn string, o py.Object, allowFD bool) (p pathValue, fd int, err error) {
	fd = -1
	if allowFD {
		if n, ok := o.(py.Int); ok {
			v, err := n.GoInt()
			if err != nil {
				return p, fd, err
			}
			return p, v, nil
		}
		if b, ok := o.(py.Bool); ok {
			if b {
				return p, 1, nil
			}
			return p, 0, nil
		}
	}
	r, ok, err := pyarg.FSPath(o)
	if err != nil {
		return p, fd, err
	}
	if !ok {
		kinds := "string, bytes or os.PathLike"
		if allowFD {
			kinds = "string, bytes, os.PathLike or integer"
		}
		return p, fd, pyutil.TypeErrorf("%s: path should be %s, not %s", fn, kinds, pyutil.TypeName(o))
	}
	p.s, p.isBytes, err = pyarg.Path(r)
	p.system = !p.isBytes
	return p, fd, err
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
