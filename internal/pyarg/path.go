package pyarg

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// PathLike is a Go type that is an os.PathLike.
type PathLike interface {
	py.Object
	M__fspath__() (py.Object, error)
}

// FSPath is os.fspath without its TypeError: str and bytes pass as they
// are; an object whose type defines __fspath__ gives its result, which must
// be str or bytes ("expected X.__fspath__() to return str or bytes, not
// int"). ok is false, with no error, for anything else: callers word that
// TypeError themselves, or use Path.
func FSPath(o py.Object) (res py.Object, ok bool, err error) {
	switch o.(type) {
	case py.String, py.Bytes:
		return o, true, nil
	case nil:
		return nil, false, nil
	}
	switch v := pyutil.Unwrap(o).(type) {
	case py.String, py.Bytes:
		return v, true, nil // an instance of a str or bytes subclass
	}
	if t, isType := o.(*py.Type); isType && !pyutil.IsInstanceObject(t) {
		return nil, false, nil // a class: its metatype has no __fspath__
	}
	var r py.Object
	if p, isP := o.(PathLike); isP {
		r, err = p.M__fspath__()
	} else {
		fn, lookupErr := py.GetAttrString(o, "__fspath__")
		if lookupErr != nil {
			return nil, false, nil
		}
		r, err = py.Call(fn, nil, nil)
	}
	if err != nil {
		return nil, true, err
	}
	switch v := pyutil.Unwrap(r).(type) {
	case py.String, py.Bytes:
		return v, true, nil
	}
	return nil, true, pyutil.TypeErrorf("expected %s.__fspath__() to return str or bytes, not %s",
		o.Type().Name, TypeName(r))
}

// ErrNotPath is the TypeError of os.fspath and PyUnicode_FSConverter for
// an argument that is no path: "expected str, bytes or os.PathLike object,
// not int".
func ErrNotPath(o py.Object) error {
	return pyutil.TypeErrorf("expected str, bytes or os.PathLike object, not %s", TypeName(o))
}

// SystemName encodes a str's text as a name for the system calls
// (pyutil.FSEncode: UTF-8 with surrogateescape), with the
// UnicodeEncodeError of str.encode('utf-8', 'surrogateescape') for a lone
// surrogate that escapes no byte.
func SystemName(text string) (string, error) {
	name, _, ok := pyutil.FSEncode(text)
	if ok {
		return name, nil
	}
	encode, err := py.GetAttrString(py.String(text), "encode")
	if err == nil {
		_, err = py.Call(encode, py.Tuple{py.String("utf-8"), py.String("surrogateescape")}, nil)
	}
	if err == nil {
		err = pyutil.ValueErrorf("surrogates not allowed")
	}
	return "", err
}

// Path converts a file-system path argument (PyUnicode_FSConverter): str,
// bytes or os.PathLike, with ErrNotPath for anything else and ValueError
// "embedded null byte" for a NUL. A str is encoded for the system
// (SystemName). isBytes reports whether the path was bytes (os functions
// then answer in bytes).
func Path(o py.Object) (s string, isBytes bool, err error) {
	r, ok, err := FSPath(o)
	if err != nil {
		return "", false, err
	}
	if !ok {
		return "", false, ErrNotPath(o)
	}
	if b, isB := r.(py.Bytes); isB {
		s, isBytes = string(b), true
	} else if s, err = SystemName(string(r.(py.String))); err != nil {
		return "", false, err
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", false, pyutil.ValueErrorf("embedded null byte")
	}
	return s, isBytes, nil
}
