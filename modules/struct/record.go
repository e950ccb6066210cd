package pystruct

import (
	"math"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
)

// record is the memory of one unpacked tuple: the tuple's header, its
// items and the ints and floats those items hold, made with one
// allocation instead of one for the items, one for the header (a
// py.Tuple in an interface is a pointer to a header) and one per number.
// struct.unpack in a loop spent most of its Go time in the allocator
// otherwise.
//
// The values are boxed in place (pybox.Make) with pointers into the
// record: each word is written once, before the value that points at it
// is made, and never again; a value keeps its whole record alive (a few
// dozen bytes).
type record[A, W any] struct {
	hdr   py.Tuple
	items A
	words W
}

// recordN are the record sizes: a tuple of n values takes the smallest
// that holds n (larger tuples are allocated the ordinary way).
type (
	record4  = record[[4]py.Object, [4]uint64]
	record8  = record[[8]py.Object, [8]uint64]
	record16 = record[[16]py.Object, [16]uint64]
)

// tupleBuilder fills one unpacked tuple of a known length.
type tupleBuilder struct {
	tuple py.Object // the finished tuple, as an interface value
	items py.Tuple  // its items, to be filled in order
	words []uint64  // storage for the numbers among them
	n     int       // items filled so far
}

// newTupleBuilder prepares a tuple of n items.
func newTupleBuilder(n int) tupleBuilder {
	var b tupleBuilder
	switch {
	case n <= 4:
		r := new(record4)
		r.hdr = r.items[:n:n]
		b.items, b.words = r.hdr, r.words[:]
		b.tuple = pybox.Make(pybox.TupleTable, unsafe.Pointer(&r.hdr))
	case n <= 8:
		r := new(record8)
		r.hdr = r.items[:n:n]
		b.items, b.words = r.hdr, r.words[:]
		b.tuple = pybox.Make(pybox.TupleTable, unsafe.Pointer(&r.hdr))
	case n <= 16:
		r := new(record16)
		r.hdr = r.items[:n:n]
		b.items, b.words = r.hdr, r.words[:]
		b.tuple = pybox.Make(pybox.TupleTable, unsafe.Pointer(&r.hdr))
	default:
		b.items = make(py.Tuple, n)
		b.tuple = b.items
	}
	return b
}

// add appends a value made elsewhere.
func (b *tupleBuilder) add(o py.Object) {
	b.items[b.n] = o
	b.n++
}

// addInt appends an int, stored in the record when there is room.
func (b *tupleBuilder) addInt(v int64) {
	if b.words == nil || (0 <= v && v < 256) {
		b.add(py.Int(v)) // Go boxes 0-255 without allocating
		return
	}
	b.words[b.n] = uint64(v)
	b.add(pybox.Make(pybox.IntTable, unsafe.Pointer(&b.words[b.n])))
}

// addUint appends an unsigned int, a big one past int64's range.
func (b *tupleBuilder) addUint(v uint64) {
	if v <= math.MaxInt64 {
		b.addInt(int64(v))
		return
	}
	b.add(uint64Value(v))
}

// addFloat appends a float, stored in the record when there is room.
func (b *tupleBuilder) addFloat(f float64) {
	if b.words == nil {
		b.add(py.Float(f))
		return
	}
	*(*float64)(unsafe.Pointer(&b.words[b.n])) = f
	b.add(pybox.Make(pybox.FloatTable, unsafe.Pointer(&b.words[b.n])))
}
