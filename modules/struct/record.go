package pystruct

import (
	"math"
	"sync/atomic"
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
// is made, and never again; a value keeps its whole record alive, and
// the record its slab (recordSlab).
type record[A, W any] struct {
	hdr   py.Tuple
	items A
	words W
}

// recordN are the record sizes: a tuple of n values takes the smallest
// that holds n (larger tuples get their items and words as two
// allocations).
type (
	record4  = record[[4]py.Object, [4]uint64]
	record8  = record[[8]py.Object, [8]uint64]
	record16 = record[[16]py.Object, [16]uint64]
)

// recordsPerSlab is how many records of one size are allocated at once.
// A record keeps its whole slab alive: a program that keeps one unpacked
// tuple in sixteen holds up to 2 KiB (record4) to 8 KiB (record16) per
// kept tuple instead of 128 to 512 bytes.
const recordsPerSlab = 16

// recordSlab is recordsPerSlab records of one size allocated together:
// struct.unpack in a loop paid for one allocation (and its heap bitmap)
// per tuple.
type recordSlab[R any] struct {
	recs [recordsPerSlab]R
	next atomic.Int32 // index of the next record to hand out
}

// recordPool hands out the records of one slab after another. Several
// goroutines may take records at once (contexts run in parallel): each
// index is taken by one atomic add, so no record is handed out twice.
type recordPool[R any] struct {
	cur atomic.Pointer[recordSlab[R]]
}

// get returns a zeroed record that no one else has.
func (p *recordPool[R]) get() *R {
	for {
		s := p.cur.Load()
		if s != nil {
			if i := s.next.Add(1) - 1; i < recordsPerSlab {
				return &s.recs[i]
			}
		}
		fresh := new(recordSlab[R])
		fresh.next.Store(1)
		if p.cur.CompareAndSwap(s, fresh) {
			return &fresh.recs[0]
		}
	}
}

var (
	pool4  recordPool[record4]
	pool8  recordPool[record8]
	pool16 recordPool[record16]
)

// newRecord makes an unpacked tuple of n items, to be filled by the
// caller: tuple is it as an interface value, items are its items and
// words (as long as items) the storage for the numbers among them. A
// tuple of more than 16 items gets its items and its words as two
// ordinary allocations.
func newRecord(n int) (tuple py.Object, items py.Tuple, words []uint64) {
	switch {
	case n <= 4:
		r := pool4.get()
		r.hdr = r.items[:n:n]
		return pybox.Make(pybox.TupleTable, unsafe.Pointer(&r.hdr)), r.hdr, r.words[:n:n]
	case n <= 8:
		r := pool8.get()
		r.hdr = r.items[:n:n]
		return pybox.Make(pybox.TupleTable, unsafe.Pointer(&r.hdr)), r.hdr, r.words[:n:n]
	case n <= 16:
		r := pool16.get()
		r.hdr = r.items[:n:n]
		return pybox.Make(pybox.TupleTable, unsafe.Pointer(&r.hdr)), r.hdr, r.words[:n:n]
	}
	items = make(py.Tuple, n)
	return items, items, make([]uint64, n)
}

// intAt returns v as a py.Int, boxed in *w unless Go boxes it without
// allocating (0-255).
func intAt(w *uint64, v int64) py.Object {
	if 0 <= v && v < 256 {
		return py.Int(v)
	}
	*w = uint64(v)
	return pybox.Make(pybox.IntTable, unsafe.Pointer(w))
}

// floatAt returns f as a py.Float boxed in *w.
func floatAt(w *uint64, f float64) py.Object {
	*w = math.Float64bits(f)
	return pybox.Make(pybox.FloatTable, unsafe.Pointer(w))
}
