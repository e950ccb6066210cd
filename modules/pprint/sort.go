package pprint

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// safeSorted sorts items as pprint's sorted(..., key=_safe_key) does: by
// <, and where < raises TypeError, by the str of the two types and then
// by id, so values that do not order among themselves still come out in
// a fixed order. Another error from < is returned.
func safeSorted(items []py.Object) ([]py.Object, error) {
	var failed error
	typeText := map[*py.Type]string{}
	text := func(t *py.Type) string {
		s, ok := typeText[t]
		if !ok {
			s, _ = vm.Repr(t) // str(type) is its repr
			typeText[t] = s
		}
		return s
	}
	sort.SliceStable(items, func(i, j int) bool {
		if failed != nil {
			return false
		}
		a, b := items[i], items[j]
		less, err := vm.Less(a, b)
		if err == nil {
			return less
		}
		if !py.IsException(py.TypeError, err) {
			failed = err
			return false
		}
		ta, tb := text(a.Type()), text(b.Type())
		if ta != tb {
			return ta < tb
		}
		return vm.ObjectID(a) < vm.ObjectID(b)
	})
	return items, failed
}

// sortedMembers is the members of a set, frozenset or dict (its keys) in
// safeSorted's order.
func sortedMembers(s py.Object) ([]py.Object, error) {
	it, err := vm.Iter(s)
	if err != nil {
		return nil, err
	}
	items, err := vm.AppendItems(nil, it)
	if err != nil {
		return nil, err
	}
	return safeSorted(items)
}
