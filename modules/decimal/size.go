package decimal

import (
	"github.com/go-python/gpython/py"
)

// cSize is the __sizeof__ of a Decimal holding v as CPython 3.6's C
// decimal lays it out on a 64-bit machine: 104 bytes (120 for an instance
// of a derived class, which has a __dict__), and the coefficient's 64-bit
// words (19 digits each) on top when it needs more than the 4 kept inside
// the object. A NaN's coefficient is its payload.
func cSize(v *Value, derived bool) int {
	size := 104
	if derived {
		size = 120
	}
	if words := (v.digits() + 18) / 19; words > 4 {
		size += 8 * int(words)
	}
	return size
}

// sizeFn is _apdecimal.size(v, derived): cSize.
func sizeFn(_ py.Object, args py.Tuple) (py.Object, error) {
	var vO, derivedO py.Object
	if err := py.UnpackTuple(args, nil, "size", 2, 2, &vO, &derivedO); err != nil {
		return nil, err
	}
	v, err := value(vO)
	if err != nil {
		return nil, err
	}
	return py.Int(cSize(v, derivedO == py.True)), nil
}

// gcHeader36 is the collector's header that sys.getsizeof adds to the
// size of a Go value that reports its own (vm.Sizer): CPython's Decimal
// is not tracked by the collector and has none, so SizeOf leaves it out
// again.
const gcHeader36 = 32

// SizeOf is what sys.getsizeof(d) adds the collector's header to
// (vm.Sizer): d's __sizeof__ without it.
func (d *Dec) SizeOf() int { return cSize(d.v, false) - gcHeader36 }

// BasicSize is object.__sizeof__(d), the C type's basic size.
func (d *Dec) BasicSize() int { return 104 }
