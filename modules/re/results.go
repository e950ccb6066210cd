package re

import (
	"unsafe"

	"github.com/go-python/gpython/py"
)

// results collects the items of a list that findall and split build one
// match at a time, with few allocations: items go into fixed-size
// chunks that are copied once into the final list (appending to one
// slice would copy and re-zero the whole list at every doubling), and
// str items are boxed into shared slabs (strSlab) rather than one heap
// object each. findall over 1 MB of words makes 100,000 strs; before,
// growing the slice and boxing the strs took more time than the search.
type results struct {
	full [][]py.Object // chunks that are full
	cur  []py.Object   // the chunk being filled
	n    int
	strs strSlab
}

const resultsChunk = 256

// add appends an item.
func (r *results) add(o py.Object) {
	if len(r.cur) == cap(r.cur) {
		if r.cur != nil {
			r.full = append(r.full, r.cur)
		}
		r.cur = make([]py.Object, 0, resultsChunk)
	}
	r.cur = append(r.cur, o)
	r.n++
}

// list is the items as a new list.
func (r *results) list() *py.List {
	if len(r.full) == 0 {
		return &py.List{Items: r.cur[:len(r.cur):len(r.cur)]}
	}
	items := make([]py.Object, 0, r.n)
	for _, c := range r.full {
		items = append(items, c...)
	}
	items = append(items, r.cur...)
	return &py.List{Items: items}
}

// strSlab boxes py.String values into slabs of strSlabSize: an
// interface value is two words, its method table and a pointer to the
// data, and strSlab fills them itself with the table of py.String and a
// pointer to a slab element. Each element is written once, before the
// value that points at it is made, and never again; a value keeps its
// whole slab alive (4 KiB at most).
type strSlab struct {
	slab []string
}

const strSlabSize = 256

// iface is the layout of a non-empty interface value such as py.Object.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

var strTab = func() unsafe.Pointer {
	var o py.Object = py.String("")
	return (*iface)(unsafe.Pointer(&o)).tab
}()

// box returns s as a py.String object.
func (b *strSlab) box(s string) py.Object {
	if len(b.slab) == cap(b.slab) {
		b.slab = make([]string, 0, strSlabSize)
	}
	b.slab = append(b.slab, s)
	var o py.Object
	p := (*iface)(unsafe.Pointer(&o))
	p.tab, p.data = strTab, unsafe.Pointer(&b.slab[len(b.slab)-1])
	return o
}

// sliceBoxed is sj.slice, with a str result boxed by b.
func (sj *subject) sliceBoxed(b *strSlab, i, j int) (py.Object, error) {
	if !sj.isText || i < 0 || j < i {
		return sj.slice(i, j)
	}
	if sj.r != nil {
		return b.box(runesStr(sj.r[i:j])), nil
	}
	return b.box(sj.text[i:j]), nil
}
