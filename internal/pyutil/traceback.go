package pyutil

import (
	"fmt"
	"io"

	"github.com/go-python/gpython/py"
)

// StrHook, when set, gives CPython's str() of a value; internal/pyrepr
// sets it (it imports this package, so this package cannot import it).
// Without it gpython's own str() is used.
var StrHook func(py.Object) (string, error)

func strOf(o py.Object) (string, error) {
	if StrHook != nil {
		return StrHook(o)
	}
	return py.StrAsString(o)
}

// ExceptionLine is the last line of a CPython traceback for exc:
// "ssl.CertificateError: hostname 'a' doesn't match 'b'", or the bare type
// name when str(exc) is empty or cannot be computed.
func ExceptionLine(exc py.Object) string {
	name := exc.Type().Name
	e, ok := exc.(*py.Exception)
	if !ok {
		return name
	}
	if StrHook != nil {
		// str(exc) as CPython computes it (KeyError shows repr(key), OSError
		// "[Errno 2] ...", several arguments str(args)).
		if msg, err := StrHook(e); err == nil {
			if msg == "" {
				return name
			}
			return name + ": " + msg
		}
	}
	args, _ := e.Args.(py.Tuple)
	if len(args) == 0 {
		return name
	}
	var msg string
	if len(args) == 1 {
		s, err := strOf(args[0])
		if err != nil {
			return name
		}
		msg = s
	} else {
		// CPython prints str(args) for several arguments.
		r, err := strOf(args)
		if err != nil {
			return name
		}
		msg = r
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// PrintTraceback writes err as CPython does on an uncaught exception: the
// frames, most recent call last, then ExceptionLine. A non-Python error is
// printed as a SystemError line.
func PrintTraceback(w io.Writer, err error) {
	switch e := err.(type) {
	case py.ExceptionInfo:
		fmt.Fprintln(w, "Traceback (most recent call last):")
		if e.Traceback != nil {
			e.Traceback.TracebackDump(w)
		}
		fmt.Fprintln(w, ExceptionLine(e.Value))
	case *py.ExceptionInfo:
		PrintTraceback(w, *e)
	case *py.Exception:
		fmt.Fprintln(w, ExceptionLine(e))
	default:
		fmt.Fprintf(w, "SystemError: %v\n", err)
	}
}

// ExceptionValue returns the exception object carried by err (a
// py.ExceptionInfo or *py.Exception), or nil.
func ExceptionValue(err error) py.Object {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return e.Value
	case *py.ExceptionInfo:
		return e.Value
	case *py.Exception:
		return e
	}
	return nil
}
