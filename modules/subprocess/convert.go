package subprocess

// Argument conversion of the subprocess module, through the project's
// argument package (internal/pyarg).

import (
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
)

// toInt is a C int argument: descriptors, signal numbers.
func toInt(o py.Object) (int, error) { return pyarg.Int(o) }

// fsencode is os.fsencode of an argument, program or environment string:
// str, bytes or an os.PathLike, without NUL.
func fsencode(o py.Object) (string, error) {
	s, _, err := pyarg.Path(o)
	return s, err
}

// timeoutArg is a timeout in seconds, -1 for None (no timeout). The Python
// layer has already clamped negative timeouts to 0, as CPython's
// deadlines do.
func timeoutArg(o py.Object) (time.Duration, error) {
	d, set, err := pyarg.Timeout(o)
	if err != nil {
		return 0, err
	}
	if !set {
		return -1, nil
	}
	return d, nil
}
