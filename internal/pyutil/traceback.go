package pyutil

import (
	"fmt"
	"io"

	"github.com/go-python/gpython/py"
)

// ExceptionLine is the last line of a CPython traceback for exc:
// "ssl.CertificateError: hostname 'a' doesn't match 'b'", or the bare type
// name when str(exc) is empty or cannot be computed.
func ExceptionLine(exc py.Object) string {
	name := exc.Type().Name
	e, ok := exc.(*py.Exception)
	if !ok {
		return name
	}
	args, _ := e.Args.(py.Tuple)
	if len(args) == 0 {
		return name
	}
	var msg string
	if len(args) == 1 {
		s, err := py.StrAsString(args[0])
		if err != nil {
			return name
		}
		msg = s
	} else {
		r, err := py.ReprAsString(args)
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
