package re

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
)

// results collects the items of a list that findall and split build one
// match at a time, with few allocations: items go into fixed-size
// chunks that are copied once into the final list (appending to one
// slice would copy and re-zero the whole list at every doubling), and
// str items are boxed into shared slabs (pybox.Slab) rather than one
// heap object each. findall over 1 MB of words makes 100,000 strs; before,
// growing the slice and boxing the strs took more time than the search.
type results struct {
	full [][]py.Object // chunks that are full
	cur  []py.Object   // the chunk being filled
	n    int
	strs pybox.Slab
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

// sliceBoxed is sj.slice, with a str result boxed by b.
func (sj *subject) sliceBoxed(b *pybox.Slab, i, j int) (py.Object, error) {
	if !sj.isText || i < 0 || j < i {
		return sj.slice(i, j)
	}
	if sj.r != nil {
		return b.Str(runesStr(sj.r[i:j])), nil
	}
	return b.Str(sj.text[i:j]), nil
}
