package doctest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// exceptionLine formats an error from gpython as the last line of a
// traceback, "module.Name: message\n", with the type's gpython name (bare
// for built-in exceptions, as CPython prints them) and str(e).
func exceptionLine(err error) string {
	var typ *py.Type
	var value py.Object
	var info py.ExceptionInfo
	var pinfo *py.ExceptionInfo
	var exc *py.Exception
	switch {
	case errors.As(err, &info):
		typ, value = info.Type, info.Value
	case errors.As(err, &pinfo) && pinfo != nil:
		typ, value = pinfo.Type, pinfo.Value
	case errors.As(err, &exc):
		typ, value = exc.Type(), exc
	case errors.Is(err, errTimedOut):
		return "TimeoutError: example " + err.Error() + "\n"
	default:
		msg := err.Error()
		if strings.HasPrefix(msg, "Go panic") {
			return "GoPanic: " + strings.ReplaceAll(msg, "\n", "\n    ") + "\n"
		}
		return "SystemError: " + msg + "\n"
	}
	name := "<unknown>"
	if typ != nil {
		name = typ.Name
	}
	msg := exceptionMessage(value)
	if msg == "" {
		return name + "\n"
	}
	return name + ": " + msg + "\n"
}

// exceptionMessage returns str(e) for an exception value, as CPython
// renders it (pyrepr.Str: "" for no arguments, OSError's "[Errno 2] ...",
// a script class's __str__).
func exceptionMessage(value py.Object) (msg string) {
	defer func() {
		if p := recover(); p != nil {
			msg = fmt.Sprintf("<str() panicked: %v>", p)
		}
	}()
	if value == nil {
		return ""
	}
	s, err := pyrepr.Str(value)
	if err != nil {
		if r, err := pyrepr.Repr(value); err == nil {
			return r
		}
		return "<unprintable>"
	}
	return s
}
