package vm

import (
	"github.com/go-python/gpython/py"
)

// Boxing an int into a py.Object allocates unless Go's runtime has it
// preboxed (0..255); the loop's int results come from this table when they
// are small, as CPython keeps its small ints.
const (
	smallIntMin = -256
	smallIntMax = 4096
)

var smallInts = func() (t [smallIntMax - smallIntMin + 1]py.Object) {
	for i := range t {
		t[i] = py.Int(i + smallIntMin)
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
