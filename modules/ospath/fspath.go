package ospath

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// pathValue is a path argument after os.fspath: its text and whether it
// was bytes (results then are bytes too).
type pathValue struct {
	s       string
	isBytes bool
}

// obj returns s as the same kind of object as the argument was.
func (p pathValue) obj(s string) py.Object {
	if p.isBytes {
		return py.Bytes(s)
	}
	return py.String(s)
}

// fspathObject is os.fspath: str and bytes pass, an object whose type
// defines __fspath__ gives its result (which must be str or bytes), and
// anything else is ok == false (no error yet: callers word their own).
func fspathObject(o py.Object) (res py.Object, ok bool, err error) {
	switch o.(type) {
	case py.String, py.Bytes:
		return o, true, nil
	}
	if t, isType := o.(*py.Type); isType && !pyutil.IsInstanceObject(t) {
		return nil, false, nil // a class: its type has no __fspath__
	}
	fn, err := vm.GetAttr(o, "__fspath__")
	if err != nil {
		return nil, false, nil
	}
	r, err := vm.Call(fn, nil, nil)
	if err != nil {
		return nil, true, err
	}
	switch r.(type) {
	case py.String, py.Bytes:
		return r, true, nil
	}
	return nil, true, pyutil.TypeErrorf("expected %s.__fspath__() to return str or bytes, not %s",
		o.Type().Name, pyutil.TypeName(r))
}

// fspath converts a path argument of a posixpath function.
func fspath(o py.Object) (pathValue, error) {
	r, ok, err := fspathObject(o)
	if err != nil {
		return pathValue{}, err
	}
	if !ok {
		return pathValue{}, pyutil.TypeErrorf("expected str, bytes or os.PathLike object, not %s", pyutil.TypeName(o))
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
	r, ok, err := fspathObject(o)
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
	p = toPathValue(r)
	for i := 0; i < len(p.s); i++ {
		if p.s[i] == 0 {
			return p, fd, pyutil.ValueErrorf("embedded null byte")
		}
	}
	return p, fd, nil
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
