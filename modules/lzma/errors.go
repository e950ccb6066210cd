package lzma

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// ErrorType is _lzma.LZMAError.
var ErrorType = pyutil.NewExceptionType("LZMAError", "Raised when liblzma reports an error: corrupt or truncated input, an\nunsupported format or filter chain, or memory exhausted.", py.ExceptionType)

func lzmaErrorf(format string, a ...any) error { return py.ExceptionNewf(ErrorType, format, a...) }

// lzmaError maps a liblzma code to CPython 3.6's exception for it; the
// codes that mean progress give nil.
func lzmaError(code int) error {
	switch code {
	case lzOK, lzStreamEnd, lzGetCheck, lzNoCheck:
		return nil
	case lzUnsupportedCheck:
		return lzmaErrorf("Unsupported integrity check")
	case lzMemError:
		return py.ExceptionNewf(py.MemoryError, "")
	case lzMemlimitError:
		return lzmaErrorf("Memory usage limit exceeded")
	case lzFormatError:
		return lzmaErrorf("Input format not supported by decoder")
	case lzOptionsError:
		return lzmaErrorf("Invalid or unsupported options")
	case lzDataError:
		return lzmaErrorf("Corrupt input data")
	case lzBufError:
		return lzmaErrorf("Insufficient buffer space")
	case lzProgError:
		return lzmaErrorf("Internal error")
	}
	return lzmaErrorf("Unrecognized error from liblzma: %d", code)
}

// uintObject is v as a Python int.
func uintObject(v uint64) py.Object { return (*py.BigInt)(new(big.Int).SetUint64(v)).MaybeInt() }
