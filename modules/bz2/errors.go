package bz2

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// bzError maps a libbzip2 return code to CPython 3.6's exception for it;
// the codes that mean progress give nil.
func bzError(code int) error {
	switch code {
	case bzOK, bzRunOK, bzFinishOK, bzStreamEnd:
		return nil
	case bzParamError:
		return pyutil.ValueErrorf("Internal error - invalid parameters passed to libbzip2")
	case bzMemError:
		return py.ExceptionNewf(py.MemoryError, "")
	case bzDataError, bzDataErrorMag:
		return py.ExceptionNewf(py.OSError, "Invalid data stream")
	case bzIOError:
		return py.ExceptionNewf(py.OSError, "Unknown I/O error")
	case bzUnexpectedEOF:
		return py.ExceptionNewf(py.EOFError, "Compressed file ended before the logical end-of-stream was detected")
	case bzSequenceError:
		return py.ExceptionNewf(py.RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2")
	}
	return py.ExceptionNewf(py.SystemError, "Unrecognized error from libbzip2: %d", code)
}
