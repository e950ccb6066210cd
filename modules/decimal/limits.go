package decimal

import (
	"errors"

	"github.com/go-python/gpython/py"
)

// errTooBig is what an operation reports when an intermediate result
// would need more memory than is reasonable: CPython raises MemoryError
// where its own limits are reached.
var errTooBig = errors.New("decimal: result too large to compute")

// maxWorkPrec bounds the working precision of one operation: beyond it
// CPython would need gigabytes as well, and raises MemoryError.
const maxWorkPrec = 50_000_000

// pyErr converts the package's errors into Python exceptions.
func pyErr(err error) error {
	if err == errTooBig {
		return py.ExceptionNewf(py.MemoryError, "")
	}
	return err
}
