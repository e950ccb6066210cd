package vm

import (
	"github.com/go-python/gpython/py"
)

// Slice assignment and deletion on lists, as CPython 3.6 does them.
// gpython's list truncated itself before reading the new items (so a
// failed `l[0:1] = 5` emptied the tail), walked extended slices with a
// negative step not at all, and named the wrong error.

// sequenceItems is PySequence_Fast: the items of v, or TypeError with msg
// when v cannot be iterated. Errors raised while iterating pass through.
func sequenceItems(v py.Object, msg string) ([]py.Object, error) {
	switch x := v.(type) {
	case py.Tuple:
		return x, nil
	case *py.List:
		return append([]py.Object(nil), x.Items...), nil
	}
	it, err := Iter(v)
	if err != nil {
		if isTypeError(err) {
			return nil, py.ExceptionNewf(py.TypeError, "%s", msg)
		}
		return nil, err
	}
	var out []py.Object
	for {
		item, ok, err := Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, item)
	}
}

// listSetSlice is l[s] = v.
func listSetSlice(l *py.List, s *py.Slice, v py.Object) error {
	start, stop, step, err := sliceBounds(s, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		items, err := sequenceItems(v, "can only assign an iterable")
		if err != nil {
			return err
		}
		stop = max(stop, start)
		out := make([]py.Object, 0, len(l.Items)-(stop-start)+len(items))
		out = append(out, l.Items[:start]...)
		out = append(out, items...)
		l.Items = append(out, l.Items[stop:]...)
		return nil
	}
	items, err := sequenceItems(v, "must assign iterable to extended slice")
	if err != nil {
		return err
	}
	n := sliceLength(start, stop, step)
	if len(items) != n {
		return py.ExceptionNewf(py.ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for j, i := 0, start; j < n; j, i = j+1, i+step {
		l.Items[i] = items[j]
	}
	return nil
}

// listDelSlice is del l[s].
func listDelSlice(l *py.List, s *py.Slice) error {
	start, stop, step, err := sliceBounds(s, len(l.Items))
	if err != nil {
		return err
	}
	n := sliceLength(start, stop, step)
	if n == 0 {
		return nil
	}
	// The indices deleted, lowest first: lo, lo+st, ... (n of them).
	lo, st := start, step
	if step < 0 {
		lo, st = start+step*(n-1), -step
	}
	hi := lo + st*(n-1)
	out := make([]py.Object, 0, len(l.Items)-n) // a new array, as before
	if st == 1 {
		out = append(append(out, l.Items[:lo]...), l.Items[hi+1:]...)
	} else {
		for i, o := range l.Items {
			if i < lo || i > hi || (i-lo)%st != 0 {
				out = append(out, o)
			}
		}
	}
	l.Items = out
	return nil
}

// sliceLength is how many indices start, start+step, ... lie before stop
// (bounds as sliceBounds returns them).
func sliceLength(start, stop, step int) int {
	if step > 0 && start < stop {
		return (stop-start-1)/step + 1
	}
	if step < 0 && start > stop {
		return (start-stop-1)/(-step) + 1
	}
	return 0
}
