package doctest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
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

// exceptionMessage returns str(e) for an exception value: gpython's
// args[0], "" for no arguments.
func exceptionMessage(value py.Object) (msg string) {
	defer func() {
		if p := recover(); p != nil {
			msg = fmt.Sprintf("<str() panicked: %v>", p)
		}
	}()
	if e, ok := value.(*py.Exception); ok {
		if args, ok := e.Args.(py.Tuple); ok && len(args) == 0 {
			return ""
		}
	}
	if value == nil {
		return ""
	}
	s, err := py.Str(value)
	if err != nil {
		if r, err := py.ReprAsString(value); err == nil {
			return r
		}
		return "<unprintable>"
	}
	if str, ok := s.(py.String); ok {
		return string(str)
	}
	return fmt.Sprint(s)
}
