package ssl

import (
	"errors"

	"github.com/go-python/gpython/py"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// oneArg parses a method's single required argument. The common call, one
// positional argument, skips py.ParseTupleAndKeywords (which builds its
// keyword table on every call); anything else goes through it, so the
// errors stay CPython's.
func oneArg(args py.Tuple, kwargs py.StringDict, format, name string) (py.Object, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return args[0], nil
	}
	var o py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, format, []string{name}, &o); err != nil {
		return nil, err
	}
	return o, nil
}

// argsOpt2 parses (required, optional=nil) positional calls without the
// general parser; ok is false when the caller must use
// py.ParseTupleAndKeywords (keywords, or a wrong count, whose errors it
// words).
func argsOpt2(args py.Tuple, kwargs py.StringDict) (a, b py.Object, ok bool) {
	if len(kwargs) != 0 || len(args) < 1 || len(args) > 2 {
		return nil, nil, false
	}
	if len(args) == 2 {
		return args[0], args[1], true
	}
	return args[0], nil, true
}

// asNativeError is errors.As for *_ssl.Error with a direct type check
// first: errors.As makes its target escape, which cost an allocation on
// every step of the socket I/O loop, error or not.
func asNativeError(err error) (*_ssl.Error, bool) {
	if se, ok := err.(*_ssl.Error); ok {
		return se, true
	}
	var se *_ssl.Error
	if errors.As(err, &se) {
		return se, true
	}
	return nil, false
}
