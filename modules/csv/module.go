// Package pycsv is the native half of the csv module, CPython 3.6's _csv:
// the reader's state machine, the writer's quoting, csv.Error and the
// field size limit. Lib/modules/csv.py keeps the Python API: it resolves
// and validates dialects (its _Format objects), then hands a validated
// one to _reader or _writer here, which read its eight parameters once.
package pycsv

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

const moduleDoc = "The native half of csv: the reader's parser, the writer's quoting, Error and field_size_limit."

// ErrorType is _csv.Error, re-exported as csv.Error.
var ErrorType = pyutil.NewExceptionType("_csv.Error", "", py.ExceptionType)

// fieldLimit is the largest field, in characters, a reader accepts
// (CPython's field_limit, a C long). It is process-wide, as CPython's is
// per interpreter: every context of a process shares it.
var fieldLimit atomic.Int64

func init() {
	fieldLimit.Store(128 * 1024)
	setupReader()
	setupWriter()
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_csv", Doc: moduleDoc},
		Methods: []*py.Method{
			function("field_size_limit", fieldSizeLimit, fieldSizeLimitDoc),
			function("_reader", newReader, readerDoc),
			function("_writer", newWriter, writerDoc),
		},
		Globals: py.StringDict{
			"Error":            ErrorType,
			"QUOTE_MINIMAL":    py.Int(quoteMinimal),
			"QUOTE_ALL":        py.Int(quoteAll),
			"QUOTE_NONNUMERIC": py.Int(quoteNonnumeric),
			"QUOTE_NONE":       py.Int(quoteNone),
		},
	})
}

// function makes a module function; a Go panic in f becomes a Python
// exception.
func function(name string, f func(args py.Tuple, kwargs py.StringDict) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return f(args, kwargs)
	}, 0, doc)
}

// csvError is a csv.Error with the given message.
func csvError(format string, a ...any) error {
	return py.ExceptionNewf(ErrorType, format, a...)
}

const fieldSizeLimitDoc = `field_size_limit([limit]) -> int

Give the longest field, in characters, a reader accepts before it raises
csv.Error; with limit, make that the new bound. The bound in force before
the call is returned either way.`

// fieldSizeLimit is field_size_limit([limit]): only an exact int is a
// limit (3.6's PyLong_CheckExact: a bool is not), one outside a C long
// is OverflowError and leaves the limit alone.
func fieldSizeLimit(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("field_size_limit", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.UnpackCount("field_size_limit", args, 0, 1); err != nil {
		return nil, err
	}
	old := fieldLimit.Load()
	if len(args) == 1 {
		switch args[0].(type) {
		case py.Int, *py.BigInt:
		default:
			return nil, pyutil.TypeErrorf("limit must be an integer")
		}
		n, err := pyarg.Long(args[0])
		if err != nil {
			return nil, err
		}
		fieldLimit.Store(n)
	}
	return py.Int(old), nil
}
