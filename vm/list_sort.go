package vm

import (
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// list.sort and sorted(): a natural merge sort. The list is cut into
// runs that are already in order (a strictly falling run is turned
// round, which keeps it stable); runs shorter than minRunFor's length
// are grown by binary insertion; neighbouring runs are then merged,
// smaller ones first. A list already sorted costs one comparison per
// item. Below 64 items the whole sort is the first run plus binary
// insertion, which compares the same pairs in the same order as
// CPython's list.sort, so a comparison that raises leaves the list in
// the same partial order.

// minRunFor is the shortest run worth merging for n items: n itself
// below 64, else n's top six bits, plus one when any lower bit is set
// (between 32 and 64, so the runs split n about evenly).
func minRunFor(n int) int {
	low := 0
	for n >= 64 {
		low |= n & 1
		n >>= 1
	}
	return n + low
}

// lessFunc reports whether a sorts before b.
type lessFunc[T any] func(a, b T) (bool, error)

// mergeSort sorts xs stably by less, using *spare (grown as needed) as
// scratch space. When less fails, xs holds its items in the order
// reached so far and the error is returned.
func mergeSort[T any](xs []T, spare *[]T, less lessFunc[T]) error {
	n := len(xs)
	if n < 2 {
		return nil
	}
	minRun := minRunFor(n)
	// starts holds where each run not yet merged begins; the last one
	// ends at end. Runs are merged as they come, smaller neighbours
	// first, so that the pending lengths shrink at least as fast as the
	// Fibonacci numbers (a few dozen at most).
	var startsBuf [40]int
	starts := startsBuf[:0]
	end := 0
	// mergeAt merges the runs at starts[i] and starts[i+1].
	mergeAt := func(i int) error {
		hi := end
		if i+2 < len(starts) {
			hi = starts[i+2]
		}
		err := mergeRuns(xs[starts[i]:hi], starts[i+1]-starts[i], spare, less)
		starts = append(starts[:i+1], starts[i+2:]...)
		return err
	}
	for end < n {
		start := end
		length, err := takeRun(xs[start:], less)
		if err != nil {
			return err
		}
		if want := min(minRun, n-start); length < want {
			if err := insertionSort(xs[start:start+want], length, less); err != nil {
				return err
			}
			length = want
		}
		starts = append(starts, start)
		end = start + length
		for len(starts) > 1 {
			k := len(starts)
			c := end - starts[k-1]
			b := starts[k-1] - starts[k-2]
			if k >= 3 {
				if a := starts[k-2] - starts[k-3]; a <= b+c {
					i := k - 2
					if a < c {
						i = k - 3
					}
					if err := mergeAt(i); err != nil {
						return err
					}
					continue
				}
			}
			if b > c {
				break
			}
			if err := mergeAt(k - 2); err != nil {
				return err
			}
		}
	}
	for len(starts) > 1 {
		if err := mergeAt(len(starts) - 2); err != nil {
			return err
		}
	}
	return nil
}

// takeRun measures the run at the start of xs: items in non-descending
// order, or strictly descending ones, which it turns round. It returns
// the run's length.
func takeRun[T any](xs []T, less lessFunc[T]) (int, error) {
	if len(xs) < 2 {
		return len(xs), nil
	}
	falling, err := less(xs[1], xs[0])
	if err != nil {
		return 0, err
	}
	end := 2
	for ; end < len(xs); end++ {
		lt, err := less(xs[end], xs[end-1])
		if err != nil {
			return 0, err
		}
		if lt != falling {
			break
		}
	}
	if falling {
		for i, j := 0, end-1; i < j; i, j = i+1, j-1 {
			xs[i], xs[j] = xs[j], xs[i]
		}
	}
	return end, nil
}

// insertionSort sorts xs whose first done items are already in order,
// placing each later item after every item it does not sort before.
func insertionSort[T any](xs []T, done int, less lessFunc[T]) error {
	for i := done; i < len(xs); i++ {
		item := xs[i]
		lo, hi := 0, i
		for lo < hi {
			mid := lo + (hi-lo)/2
			lt, err := less(item, xs[mid])
			if err != nil {
				return err
			}
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(xs[lo+1:i+1], xs[lo:i])
		xs[lo] = item
	}
	return nil
}

// mergeRuns merges the sorted halves xs[:mid] and xs[mid:] in place.
// Items already where they belong (a head of the left half not after
// the right half's first item, a tail of the right half not before the
// left half's last) are left alone; of what remains, the shorter half
// is moved to *spare and merged back. Equal items keep the left half's
// first.
func mergeRuns[T any](xs []T, mid int, spare *[]T, less lessFunc[T]) error {
	lt, err := less(xs[mid], xs[mid-1])
	if err != nil || !lt {
		return err
	}
	// The first left item that sorts after xs[mid]; it exists, since
	// xs[mid-1] does.
	lo, hi := 0, mid-1
	for lo < hi {
		m := lo + (hi-lo)/2
		lt, err := less(xs[mid], xs[m])
		if err != nil {
			return err
		}
		if lt {
			hi = m
		} else {
			lo = m + 1
		}
	}
	first := lo
	// The first right item not before xs[mid-1]; xs[mid] is before it.
	lo, hi = mid+1, len(xs)
	for lo < hi {
		m := lo + (hi-lo)/2
		lt, err := less(xs[m], xs[mid-1])
		if err != nil {
			return err
		}
		if lt {
			lo = m + 1
		} else {
			hi = m
		}
	}
	xs = xs[first:lo]
	mid -= first
	if mid <= len(xs)-mid {
		return mergeForward(xs, mid, spare, less)
	}
	return mergeBackward(xs, mid, spare, less)
}

// mergeForward merges with the left half moved aside, filling xs from
// the front.
func mergeForward[T any](xs []T, mid int, spare *[]T, less lessFunc[T]) error {
	left := append((*spare)[:0], xs[:mid]...)
	*spare = left
	defer clear(left) // the scratch space keeps no items alive
	out, i, j := 0, 0, mid
	for i < len(left) && j < len(xs) {
		lt, err := less(xs[j], left[i])
		if err != nil {
			// The free slots are exactly those the unmerged left
			// items need.
			copy(xs[out:], left[i:])
			return err
		}
		if lt {
			xs[out] = xs[j]
			j++
		} else {
			xs[out] = left[i]
			i++
		}
		out++
	}
	copy(xs[out:], left[i:])
	return nil
}

// mergeBackward merges with the right half moved aside, filling xs from
// the back.
func mergeBackward[T any](xs []T, mid int, spare *[]T, less lessFunc[T]) error {
	right := append((*spare)[:0], xs[mid:]...)
	*spare = right
	defer clear(right)
	out, i, j := len(xs)-1, mid-1, len(right)-1
	for i >= 0 && j >= 0 {
		lt, err := less(right[j], xs[i])
		if err != nil {
			copy(xs[i+1:], right[:j+1])
			return err
		}
		if lt {
			xs[out] = xs[i]
			i--
		} else {
			xs[out] = right[j]
			j--
		}
		out--
	}
	copy(xs[i+1:], right[:j+1])
	return nil
}

// objectSpares holds the scratch space of sorts without a key, so that
// a loop sorting a list makes no garbage.
var objectSpares = sync.Pool{New: func() any { return new([]py.Object) }}

// keyed is an item with the sort key computed from it.
type keyed struct{ key, item py.Object }

// sortingList marks a list being sorted: its items are set aside and the
// list looks empty meanwhile, as in CPython, so that a key function or a
// comparison that changes the list can be caught.
var sortingList [1]py.Object

// listChangedWhileSorting reports whether items is no longer the empty
// placeholder list.sort put in.
func listChangedWhileSorting(items []py.Object) bool {
	return cap(items) != 0 || unsafe.SliceData(items) != &sortingList[0]
}

// sortList sorts l in place, stably, with the key and reverse keyword
// arguments of list.sort and sorted().
func sortList(l *py.List, kwargs py.StringDict, fname string) error {
	var key py.Object = py.None
	var reverse py.Object = py.False
	for k, v := range kwargs {
		switch k {
		case "key":
			key = v
		case "reverse":
			reverse = v
		default:
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
	}
	rev, err := Truth(reverse)
	if err != nil {
		return err
	}
	items := l.Items
	l.Items = sortingList[:0:0]
	err = sortItems(items, key, rev)
	changed := listChangedWhileSorting(l.Items)
	l.Items = items
	if err == nil && changed {
		err = py.ExceptionNewf(py.ValueError, "list modified during sort")
	}
	return err
}

// sortItems sorts items by key (py.None: the items themselves),
// descending when rev, equal keys keeping their order either way.
func sortItems(items []py.Object, key py.Object, rev bool) error {
	if key == py.None {
		if rev {
			reverseItems(items)
			defer reverseItems(items)
		}
		spare := objectSpares.Get().(*[]py.Object)
		defer func() {
			// the pooled space must not keep the items alive
			clear((*spare)[:cap(*spare)])
			objectSpares.Put(spare)
		}()
		return mergeSort(items, spare, lessFor(items))
	}
	keys, err := sortKeys(items, key) // fast_sortkey.go
	if err != nil {
		return err
	}
	if rev {
		reverseItems(items)
		reverseItems(keys)
	}
	err = SortByKeys(keys, items)
	if rev {
		reverseItems(items)
	}
	return err
}

// SortByKeys sorts keys as list.sort sorts a list (stably, with CPython's
// comparisons), moving values[i] along with keys[i]: list.sort with a key
// function, and json's sort_keys. On an error the two slices hold the
// same pairs in some order.
func SortByKeys(keys, values []py.Object) error {
	if sortTypedKeys(keys, values) { // fast_sortkey.go
		return nil
	}
	pairs := make([]keyed, len(keys))
	for i := range keys {
		pairs[i] = keyed{keys[i], values[i]}
	}
	lessKey := lessFor(keys)
	var spare []keyed
	err := mergeSort(pairs, &spare, func(a, b keyed) (bool, error) { return lessKey(a.key, b.key) })
	for i := range pairs {
		keys[i], values[i] = pairs[i].key, pairs[i].item
	}
	return err
}

// lessFor is the comparison for sorting keys: a direct one when every
// key is an int, every key is a float or every key is a str (CPython 3.7
// chooses its comparison the same way), lessTuples when every key is a
// tuple, Python's < otherwise. Each answers what Python's < answers for
// such keys: a float NaN is neither less nor greater than anything, in
// Go as in Python.
func lessFor(keys []py.Object) lessFunc[py.Object] {
	if len(keys) == 0 {
		return Less
	}
	switch keys[0].(type) {
	case py.Int:
		if allOf[py.Int](keys) {
			return func(a, b py.Object) (bool, error) { return a.(py.Int) < b.(py.Int), nil }
		}
	case py.Float:
		if allOf[py.Float](keys) {
			return func(a, b py.Object) (bool, error) { return a.(py.Float) < b.(py.Float), nil }
		}
	case py.String:
		if allOf[py.String](keys) {
			return func(a, b py.Object) (bool, error) { return a.(py.String) < b.(py.String), nil }
		}
	case py.Tuple:
		if allOf[py.Tuple](keys) {
			return lessTuples
		}
	}
	return Less
}

// allOf reports whether every key is a T (exactly: a subclass's instance
// is another Go type).
func allOf[T py.Object](keys []py.Object) bool {
	for _, k := range keys {
		if _, ok := k.(T); !ok {
			return false
		}
	}
	return true
}

// lessTuples is a < b for two tuples, as the tuple comparison answers it:
// the first pair of items that differ decides, else the shorter tuple is
// less. Pairs of ints, of floats or of strs are compared here; at the
// first other pair (or a NaN, which equals only itself) the whole
// comparison is Python's, which asks the same of the pairs already seen
// and answers them alike: a value comparison has no side effects.
func lessTuples(a, b py.Object) (bool, error) {
	x, y := a.(py.Tuple), b.(py.Tuple)
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		lt, gt, ok := scalarOrder(x[i], y[i])
		if !ok {
			return Less(a, b)
		}
		if lt || gt {
			return lt, nil
		}
	}
	return len(x) < len(y), nil
}

// scalarOrder orders two ints, two floats (neither a NaN) or two strs:
// lt when a < b, gt when a > b, neither when they are equal; ok is false
// for any other pair.
func scalarOrder(a, b py.Object) (lt, gt, ok bool) {
	switch x := a.(type) {
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return x < y, x > y, true
		}
	case py.String:
		if y, ok := b.(py.String); ok {
			return x < y, x > y, true
		}
	case py.Float:
		if y, ok := b.(py.Float); ok && x == x && y == y {
			return x < y, x > y, true
		}
	}
	return false, false, false
}

func reverseItems(items []py.Object) {
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
}
