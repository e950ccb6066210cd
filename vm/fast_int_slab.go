package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Int results of the loop's own additions, boxed from slabs.
//
// A py.Int in a py.Object points to a heap copy of the int, so every sum
// outside the small-int table (smallint.go) was an 8-byte allocation:
// `s += i` in a loop allocates at every step. The additions the loop does
// itself (BINARY_ADD and its relatives on two ints, the local-and-
// constant triples) take their boxes from a per-thread slab of ints
// instead, handing out interfaces that point into it, as fast_bytes_box.go
// does for bytes: one allocation per intSlabSize results. A slot is
// written once, before its interface exists, and never again. The cost is
// memory kept: a slab stays alive while any of its ints does, at most
// intSlabSize*8 bytes for one int.

const intSlabSize = 16

// intItab is the type word of a py.Object holding a py.Int.
var intItab = func() unsafe.Pointer {
	var o py.Object = py.Int(1 << 40)
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
}()

// boxIntOn is boxInt for the loop of t: small ints from the table, the
// others from t's slab.
func (t *thread) boxIntOn(i py.Int) py.Object {
	if i >= smallIntMin && i <= smallIntMax {
		return smallInts[i-smallIntMin]
	}
	if t.intSlab == nil || t.intsUsed == intSlabSize {
		t.intSlab = new([intSlabSize]py.Int)
		t.intsUsed = 0
	}
	p := &t.intSlab[t.intsUsed]
	t.intsUsed++
	*p = i
	var o py.Object
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
	w[0], w[1] = intItab, unsafe.Pointer(p)
	return o
}
