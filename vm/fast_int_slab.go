package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
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
	return pybox.Make(pybox.IntTable, unsafe.Pointer(p))
}

// IntSlab boxes the ints Go code makes one after another (enumerate's
// index) as the loop boxes its sums: small ints from the table, the
// others from a slab of intSlabSize ints that the IntSlab owns, so that
// one allocation serves intSlabSize of them. The zero IntSlab is ready.
type IntSlab struct {
	slab *[intSlabSize]py.Int
	used int
}

// Box returns i as a py.Object.
func (s *IntSlab) Box(i py.Int) py.Object {
	if i >= smallIntMin && i <= smallIntMax {
		return smallInts[i-smallIntMin]
	}
	if s.slab == nil || s.used == intSlabSize {
		s.slab = new([intSlabSize]py.Int)
		s.used = 0
	}
	p := &s.slab[s.used]
	s.used++
	*p = i
	return pybox.Make(pybox.IntTable, unsafe.Pointer(p))
}
