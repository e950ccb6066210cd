package pyrepr

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// SetItems returns the members of a set or frozenset in the order CPython
// prints them where that order can be known: for ints, CPython's hash
// table order (see hashOrder); other members as SortedSetItems orders
// them (CPython's order depends on randomised hashes there, so no order
// could match it anyway).
func SetItems(s py.Object) ([]py.Object, error) {
	items, err := SortedSetItems(s)
	if err != nil {
		return nil, err
	}
	return hashOrder(items), nil
}

// SortedSetItems returns the members of a set sorted when they are
// mutually comparable, else grouped by type name, as pprint orders a set
// it lays out on several lines.
func SortedSetItems(s py.Object) ([]py.Object, error) {
	var items []py.Object
	err := py.Iterate(s, func(o py.Object) bool {
		items = append(items, o)
		return false
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.Type() != b.Type() && !(isNumber(a) && isNumber(b)) {
			return a.Type().Name < b.Type().Name
		}
		// Incomparable members of one type keep their iteration order,
		// as CPython falls back to id() there.
		r, err := py.Lt(a, b)
		return err == nil && r == py.True
	})
	return items, nil
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Float, py.Bool:
		return true
	}
	return false
}

// hashOrder returns a set of ints in the order CPython iterates it, by
// replaying CPython's open-addressing table (linear probes of 9, then
// perturbation; growth to 4*used when 3/5 full) with the members added in
// ascending order and then merging them as a set display {1, 2, 3} is
// built. Where two members collide the real order depends on the order
// they were written in, which gpython's sets do not keep; such sets may
// print differently. Sets holding anything but ints come back unchanged.
func hashOrder(items []py.Object) []py.Object {
	const linearProbes, perturbShift = 9, 5
	hashes := make([]uint64, len(items))
	for i, it := range items {
		var h int64
		switch v := it.(type) {
		case py.Int:
			h = int64(v)
			if h >= 1<<61-1 || h <= -(1<<61-1) {
				return items
			}
		case py.Bool:
			if v {
				h = 1
			}
		default:
			return items
		}
		if h == -1 {
			h = -2
		}
		hashes[i] = uint64(h)
	}
	type entry struct {
		used bool
		idx  int
	}
	insert := func(table []entry, h uint64, idx int) {
		mask := uint64(len(table) - 1)
		i := h & mask
		perturb := h
		for {
			if !table[i].used {
				table[i] = entry{true, idx}
				return
			}
			if i+linearProbes <= mask {
				for j := uint64(1); j <= linearProbes; j++ {
					if !table[i+j].used {
						table[i+j] = entry{true, idx}
						return
					}
				}
			}
			perturb >>= perturbShift
			i = (i*5 + 1 + perturb) & mask
		}
	}
	table := make([]entry, 8)
	for n := range items {
		insert(table, hashes[n], n)
		used := n + 1
		if used*5 >= (len(table)-1)*3 {
			minUsed := used * 4
			if used > 50000 {
				minUsed = used * 2
			}
			size := 8
			for size <= minUsed {
				size <<= 1
			}
			grown := make([]entry, size)
			for _, e := range table {
				if e.used {
					insert(grown, hashes[e.idx], e.idx)
				}
			}
			table = grown
		}
	}
	// A set display of constants is compiled to a frozenset merged into
	// an empty set, which sizes its table for 2*used and copies in the
	// frozenset's order.
	if n := len(items); n*5 >= 7*3 {
		size := 8
		for size <= 2*n {
			size <<= 1
		}
		merged := make([]entry, size)
		for _, e := range table {
			if e.used {
				insert(merged, hashes[e.idx], e.idx)
			}
		}
		table = merged
	}
	out := make([]py.Object, 0, len(items))
	for _, e := range table {
		if e.used {
			out = append(out, items[e.idx])
		}
	}
	return out
}
