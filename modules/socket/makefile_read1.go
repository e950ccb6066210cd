package socket

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// A BufferedReader's read1 and peek on a binary socket file
// (makefile('rb')): what has arrived, with at most one recv, so that a
// TextIOWrapper over the file (which reads by read1, as CPython's does)
// returns a line as soon as it has come instead of waiting for a whole
// chunk or the end of the stream.

// bufferedReading is nil for a binary file that reads, else the
// AttributeError CPython's object (a TextIOWrapper, a BufferedWriter)
// gives for name. An unbuffered file (CPython's SocketIO has no read1)
// answers too, with what one recv gives, since its methods are found
// on the one type all socket files share.
func (f *socketFile) bufferedReading(name string) error {
	if f.text || !f.reading {
		return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", f.Type().Name, name)
	}
	return nil
}

// arrived fills the read buffer with one recv when it is empty; false
// when a non-blocking socket has nothing now.
func (f *socketFile) arrived() (bool, error) {
	if len(f.rbuf) > 0 {
		return true, nil
	}
	if _, err := f.fill(); err != nil {
		if wouldBlock(err) {
			return false, nil
		}
		return false, err
	}
	return true, nil
}

// setupSocketFileRead1 installs read1 and peek (a step of setupSocketFile).
func setupSocketFileRead1() {
	fileMethod("read1", "read1(size) -> bytes\n\nAt most size bytes, with at most one recv.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := f.bufferedReading("read1"); err != nil {
			return nil, err
		}
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "read1", 1, 1, &v); err != nil {
			return nil, err
		}
		n, err := pyarg.SsizeT(v)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, pyutil.ValueErrorf("read length must be positive")
		}
		if err := f.checkReadable(); err != nil {
			return nil, err
		}
		if n == 0 {
			return py.Bytes{}, nil
		}
		if _, err := f.arrived(); err != nil {
			return nil, err
		}
		return py.Bytes(f.take(min(n, len(f.rbuf)))), nil
	})
	fileMethod("peek", "peek(size=0) -> bytes\n\nThe buffered bytes (one recv's worth when none are), without taking them.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := f.bufferedReading("peek"); err != nil {
			return nil, err
		}
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "peek", 0, 1, &v); err != nil {
			return nil, err
		}
		if v != nil {
			if _, err := pyarg.SsizeT(v); err != nil {
				return nil, err
			}
		}
		if err := f.checkReadable(); err != nil {
			return nil, err
		}
		if _, err := f.arrived(); err != nil {
			return nil, err
		}
		return py.Bytes(append([]byte(nil), f.rbuf...)), nil
	})
}
