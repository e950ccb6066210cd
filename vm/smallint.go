package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
)

// Boxing an int into a py.Object allocates unless Go's runtime has it
// preboxed (0..255); the loop's int results come from this table when they
// are small, as CPython keeps its small ints.
const (
	smallIntMin = -256
	smallIntMax = 4096
)

// smallIntValues holds the ints the table's interfaces point to.
var smallIntValues [smallIntMax - smallIntMin + 1]py.Int

// smallInts is built at every start: its interfaces point into
// smallIntValues (pybox.Make) instead of boxing each int, which was 4,100
// heap allocations and 1.5% of `-c pass`'s instructions.
var smallInts = func() (t [smallIntMax - smallIntMin + 1]py.Object) {
	for i := range t {
		smallIntValues[i] = py.Int(i + smallIntMin)
		t[i] = pybox.Make(pybox.IntTable, unsafe.Pointer(&smallIntValues[i]))
	}
	return t
}()

// boxInt returns i as a py.Object without allocating when it is small.
func boxInt(i py.Int) py.Object {
	if i >= smallIntMin && i <= smallIntMax {
		return smallInts[i-smallIntMin]
	}
	return i
}
