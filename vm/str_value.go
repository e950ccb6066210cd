package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// strValue is the str that o is: a str, or the value of an instance of a
// str subclass (getattr(o, S('name')) takes one as CPython does).
func strValue(o py.Object) (py.String, bool) {
	s, ok := pyutil.Unwrap(o).(py.String)
	return s, ok
}
