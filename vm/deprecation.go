package vm

import "github.com/go-python/gpython/py"

// Warn issues a warning of category with msg through the warnings module,
// so that filters, catch_warnings and -W see it as they see CPython's.
// stacklevel counts Python frames as warnings.warn does when called from
// C code: 1 is the Python code that called into Go, 2 its caller.
func Warn(category *py.Type, msg string, stacklevel int) error {
	w, err := importForSlots("warnings")
	if err != nil {
		return err
	}
	warn, err := GetAttr(w, "warn")
	if err != nil {
		return err
	}
	_, err = Call(warn, py.Tuple{py.String(msg), category, py.Int(stacklevel)}, nil)
	return err
}

// WarnDeprecation issues a DeprecationWarning with msg attributed to the
// caller of the Python code that called into Go (array's tostring()).
func WarnDeprecation(msg string) error { return Warn(py.DeprecationWarning, msg, 2) }
