package json

import (
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// boxer makes the py.String, py.Float and py.Int values of one decode with one
// heap object per slabSize values instead of one each: a document of
// many small values spends most of its time in the allocator otherwise.
// A value keeps its whole slab alive, which is at most a few KiB.
//
// An interface value is two words, its method table and a pointer to
// the data; boxer fills them itself with the table of the type and a
// pointer into the slab. The slab's elements are written once, before
// the value is made, and never again.
type boxer struct {
	strs   []string
	floats []float64
	ints   []int64
	arena  []byte // the bytes of short strings, copied out of the document
}

// Slabs start small, for small documents, and double up to slabSize
// values (arenaSize bytes for the arena).
const (
	slabSize   = 128
	firstSlab  = 4
	firstArena = 64
)

// grow is the capacity of the slab that follows one of capacity c.
func grow(c, first, limit int) int {
	return min(max(2*c, first), limit)
}

// iface is the layout of a non-empty interface value such as py.Object.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

func tabOf(o py.Object) unsafe.Pointer { return (*iface)(unsafe.Pointer(&o)).tab }

var (
	strTab   = tabOf(py.String(""))
	floatTab = tabOf(py.Float(0))
	intTab   = tabOf(py.Int(0))
)

func makeIface(tab, data unsafe.Pointer) py.Object {
	var o py.Object
	p := (*iface)(unsafe.Pointer(&o))
	p.tab, p.data = tab, data
	return o
}

func (b *boxer) str(s string) py.Object {
	if len(b.strs) == cap(b.strs) {
		b.strs = make([]string, 0, grow(cap(b.strs), firstSlab, slabSize))
	}
	b.strs = append(b.strs, s)
	return makeIface(strTab, unsafe.Pointer(&b.strs[len(b.strs)-1]))
}

func (b *boxer) float(f float64) py.Object {
	if len(b.floats) == cap(b.floats) {
		b.floats = make([]float64, 0, grow(cap(b.floats), firstSlab, slabSize))
	}
	b.floats = append(b.floats, f)
	return makeIface(floatTab, unsafe.Pointer(&b.floats[len(b.floats)-1]))
}

func (b *boxer) int(n int64) py.Object {
	if 0 <= n && n < 256 {
		return py.Int(n) // Go boxes these without allocating
	}
	if len(b.ints) == cap(b.ints) {
		b.ints = make([]int64, 0, grow(cap(b.ints), firstSlab, slabSize))
	}
	b.ints = append(b.ints, n)
	return makeIface(intTab, unsafe.Pointer(&b.ints[len(b.ints)-1]))
}

// text copies s out of the document: into the arena when it is short
// (arenaSize/8 bytes at most),
// so that short strings do not cost an allocation each.
func (b *boxer) text(s string) string {
	if len(s) > arenaSize/8 {
		return strings.Clone(s)
	}
	if len(b.arena)+len(s) > cap(b.arena) {
		b.arena = make([]byte, 0, max(grow(cap(b.arena), firstArena, arenaSize), len(s)))
	}
	start := len(b.arena)
	b.arena = append(b.arena, s...)
	return unsafe.String(&b.arena[start], len(s))
}

const arenaSize = 4096
