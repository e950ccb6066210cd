// Package pybox makes py.Object values that point into memory the caller
// has already filled, so that many values share one heap allocation.
//
// A py.Object is an interface value: two words, the dynamic type's table
// and a pointer to the value. Assigning a py.String, py.Int, py.Float,
// py.Bytes or py.Tuple to a py.Object copies the value into a new heap
// object of its own (8 to 24 bytes), so a str.split of ten parts, a
// json document of many numbers or an unpacked record pays one small
// allocation per value. Here the caller keeps the values in a slab (an
// array or slice it allocated once) and gets interface values pointing
// at its elements; the collector keeps the whole slab alive while any of
// them is reachable.
//
// The contract, for every function that boxes in place: the element a
// value points to must hold a value of the table's type, must not be
// written again once the value exists (Python objects of these types are
// immutable), and its storage must be heap memory that Go manages (a
// slab from make or new, never the stack).
//
// The loop's own int and bytes boxes (vm/fast_int_slab.go,
// vm/fast_bytes_box.go), struct's records and json's and re's results
// use this package.
package pybox

import (
	"unsafe"

	"github.com/go-python/gpython/py"
)

// iface is the layout of a non-empty interface value such as py.Object.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// TableOf returns the table word of o's dynamic type.
func TableOf(o py.Object) unsafe.Pointer { return (*iface)(unsafe.Pointer(&o)).tab }

// Make returns the py.Object whose table word is tab and whose data
// pointer is p. p must point to a value of the type tab stands for,
// under the package contract.
func Make(tab, p unsafe.Pointer) py.Object {
	var o py.Object
	w := (*iface)(unsafe.Pointer(&o))
	w.tab, w.data = tab, p
	return o
}

// The tables of the types boxed in place.
var (
	StrTable   = TableOf(py.String(""))
	IntTable   = TableOf(py.Int(1 << 40))
	FloatTable = TableOf(py.Float(0.5))
	BytesTable = TableOf(py.Bytes(nil))
	TupleTable = TableOf(py.Tuple(nil))
)

// Strings returns the py.String objects of parts, which it takes over:
// the values point into parts' own backing array, so the caller must
// never write parts again. The result is one new slice, however many
// parts there are.
func Strings(parts []string) []py.Object {
	items := make([]py.Object, len(parts))
	for i := range parts {
		items[i] = Make(StrTable, unsafe.Pointer(&parts[i]))
	}
	return items
}

// Slab boxes values one at a time into slabs that grow from a few
// elements to Max (128 when zero): one allocation per slab instead of
// one per value. A value keeps its whole slab alive (Max * 8 bytes for
// ints and floats, Max * 16 for strs). The zero Slab is ready to use; a
// Slab is for one goroutine at a time.
type Slab struct {
	Max    int
	strs   []string
	ints   []int64
	floats []float64
}

// firstSlab is the length of a Slab's first slab of each kind: a
// decode of a few values does not pay for a large one.
const firstSlab = 4

func (s *Slab) next(c int) int {
	limit := s.Max
	if limit <= 0 {
		limit = 128
	}
	return min(max(2*c, firstSlab), limit)
}

// Str returns v as a py.String object.
func (s *Slab) Str(v string) py.Object {
	if len(s.strs) == cap(s.strs) {
		s.strs = make([]string, 0, s.next(cap(s.strs)))
	}
	s.strs = append(s.strs, v)
	return Make(StrTable, unsafe.Pointer(&s.strs[len(s.strs)-1]))
}

// Int returns v as a py.Int object; 0-255, which Go boxes without
// allocating, take no slab space.
func (s *Slab) Int(v int64) py.Object {
	if 0 <= v && v < 256 {
		return py.Int(v)
	}
	if len(s.ints) == cap(s.ints) {
		s.ints = make([]int64, 0, s.next(cap(s.ints)))
	}
	s.ints = append(s.ints, v)
	return Make(IntTable, unsafe.Pointer(&s.ints[len(s.ints)-1]))
}

// Float returns v as a py.Float object.
func (s *Slab) Float(v float64) py.Object {
	if len(s.floats) == cap(s.floats) {
		s.floats = make([]float64, 0, s.next(cap(s.floats)))
	}
	s.floats = append(s.floats, v)
	return Make(FloatTable, unsafe.Pointer(&s.floats[len(s.floats)-1]))
}
