package vm

import (
	"github.com/go-python/gpython/py"
)

// Storing into or deleting one item of a list: an index past either end
// is an IndexError worded "list assignment index out of range" in both
// cases, as CPython 3.6 words it (gpython's says "index out of range").

// listItemIndex is the position key (an int, a bool or a big int) names
// in l; ok is false when key is not one of those, and err the IndexError
// when it falls outside the list.
func listItemIndex(l *py.List, key py.Object) (i int, ok bool, err error) {
	var n int64
	switch k := key.(type) {
	case py.Int:
		n = int64(k)
	case py.Bool:
		if k {
			n = 1
		}
	case *py.BigInt:
		// Too large for an index of any list.
		return 0, true, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	default:
		return 0, false, nil
	}
	if n < 0 {
		n += int64(len(l.Items))
	}
	if n < 0 || n >= int64(len(l.Items)) {
		return 0, true, py.ExceptionNewf(py.IndexError, "list assignment index out of range")
	}
	return int(n), true, nil
}

// listSetIndex runs l[key] = v for an int key; handled is false for any
// other key.
func listSetIndex(l *py.List, key, v py.Object) (handled bool, err error) {
	i, ok, err := listItemIndex(l, key)
	if !ok || err != nil {
		return ok, err
	}
	l.Items[i] = v
	return true, nil
}

// listDelIndex runs del l[key] for an int key; handled is false for any
// other key.
func listDelIndex(l *py.List, key py.Object) (handled bool, err error) {
	i, ok, err := listItemIndex(l, key)
	if !ok || err != nil {
		return ok, err
	}
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[len(l.Items)-1] = nil
	l.Items = l.Items[:len(l.Items)-1]
	return true, nil
}
