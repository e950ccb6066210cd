package sqlite3

/*
#include "shim.h"
*/
import "C"

import (
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// parseArgs unpacks the positional arguments of one of the module's
// internal calls into *string, *int, *bool or *py.Object targets.
func parseArgs(name string, args py.Tuple, targets ...any) error {
	if len(args) != len(targets) {
		return pyutil.TypeErrorf("%s() takes exactly %d arguments (%d given)", name, len(targets), len(args))
	}
	for i, t := range targets {
		a := args[i]
		switch p := t.(type) {
		case *string:
			s, ok := a.(py.String)
			if !ok {
				return pyutil.TypeErrorf("%s() argument %d must be str, not %s", name, i+1, pyutil.TypeName(a))
			}
			*p = string(s)
		case *int:
			n, err := pyarg.IndexInt(a)
			if err != nil {
				return err
			}
			*p = n
		case *bool:
			b, err := pyarg.Bool(a)
			if err != nil {
				return err
			}
			*p = b
		case *py.Object:
			*p = a
		}
	}
	return nil
}

// int64Of is an int's value; isInt is false for anything but an int (or
// bool), err set when the int does not fit SQLite's 64 bits.
func int64Of(v py.Object) (n int64, isInt bool, err error) {
	b := pyarg.IntValue(v)
	if b == nil {
		return 0, false, nil
	}
	if !b.IsInt64() {
		return 0, true, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to SQLite INTEGER")
	}
	return b.Int64(), true, nil
}

// bufferOf is the contents of bytes or a buffer object (bytearray,
// memoryview).
func bufferOf(v py.Object) ([]byte, bool) {
	switch x := v.(type) {
	case py.Bytes:
		return []byte(x), true
	case pyutil.ReadableBuffer:
		return x.BufferBytes(), true
	}
	return nil, false
}

// decodeText is b as a str when b is valid UTF-8.
func decodeText(b []byte) (string, error) {
	if !utf8.Valid(b) {
		return "", py.ExceptionNewf(py.UnicodeDecodeError, "invalid UTF-8")
	}
	return string(b), nil
}

// replaceInvalid decodes b with each invalid byte as U+FFFD, as Python's
// "replace" error handler does.
func replaceInvalid(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String()
}

// valueOf is a function argument as a Python object.
func valueOf(v *C.sqlite3_value) (py.Object, error) {
	switch C.sqlite3_value_type(v) {
	case C.SQLITE_INTEGER:
		return py.Int(int64(C.sqlite3_value_int64(v))), nil
	case C.SQLITE_FLOAT:
		return py.Float(float64(C.sqlite3_value_double(v))), nil
	case C.SQLITE_TEXT:
		p := unsafe.Pointer(C.sqlite3_value_text(v))
		n := C.sqlite3_value_bytes(v)
		if p == nil || n == 0 {
			return py.String(""), nil
		}
		s, err := decodeText(C.GoBytes(p, n))
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	case C.SQLITE_BLOB:
		p := C.sqlite3_value_blob(v)
		n := C.sqlite3_value_bytes(v)
		if p == nil || n == 0 {
			return py.Bytes{}, nil
		}
		return py.Bytes(C.GoBytes(p, n)), nil
	}
	return py.None, nil
}

// argsOf is a function's arguments as a Python tuple.
func argsOf(n C.int, argv **C.sqlite3_value) (py.Tuple, error) {
	vals := unsafe.Slice(argv, int(n))
	args := make(py.Tuple, len(vals))
	for i, v := range vals {
		o, err := valueOf(v)
		if err != nil {
			return nil, err
		}
		args[i] = o
	}
	return args, nil
}

// setResult makes a Python value a function's result; false when it has
// no SQLite type or does not fit.
func setResult(ctx *C.sqlite3_context, o py.Object) bool {
	switch x := o.(type) {
	case py.NoneType:
		C.sqlite3_result_null(ctx)
	case py.String:
		C.gosq_result_text(ctx, (*C.char)(unsafe.Pointer(unsafe.StringData(string(x)))), C.int(len(x)))
	case py.Float:
		C.sqlite3_result_double(ctx, C.double(x))
	default:
		if n, isInt, err := int64Of(o); isInt {
			if err != nil {
				return false
			}
			C.sqlite3_result_int64(ctx, C.sqlite3_int64(n))
			return true
		}
		b, ok := bufferOf(o)
		if !ok {
			return false
		}
		var p unsafe.Pointer
		if len(b) > 0 {
			p = unsafe.Pointer(&b[0])
		}
		C.gosq_result_blob(ctx, p, C.int(len(b)))
	}
	return true
}
