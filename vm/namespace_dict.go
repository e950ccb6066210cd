package vm

import (
	"github.com/go-python/gpython/py"
)

// A namespace dict (py.StringDict: an instance's __dict__, globals(), a
// module's namespace) answers keys(), values() and items() with views of
// its items in insertion order, as a dict does; gpython's return
// iterators in the Go map's random order. The view is of a snapshot:
// changes to the namespace after the call do not show in it.

func init() {
	for name, kind := range map[string]viewKind{"keys": viewKeys, "values": viewValues, "items": viewItems} {
		py.StringDictType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			d, ok := self.(py.StringDict)
			if !ok {
				return nil, wrongReceiver(py.StringDictType, name, self)
			}
			return viewMethod(name, kind)(DictFromStringDict(d), args)
		}, 0, "A view of the namespace's "+name+", in insertion order.")
	}
}

// namespacesEqual is a == b for two namespace dicts (instance and module
// __dict__s are gpython StringDicts), comparing values with the loop's ==
// (a class's __eq__ included), which gpython's own StringDict.__eq__ does
// not reach; ok is false unless both are namespace dicts.
func namespacesEqual(a, b py.Object) (eq, ok bool, err error) {
	da, ok := a.(py.StringDict)
	if !ok {
		return false, false, nil
	}
	db, ok := b.(py.StringDict)
	if !ok {
		return false, false, nil
	}
	if sideOf(da) != nil || sideOf(db) != nil {
		eq, err := dictEqual(DictFromStringDict(da), DictFromStringDict(db))
		return eq, true, err
	}
	if len(da) != len(db) {
		return false, true, nil
	}
	for k, av := range da {
		bv, found := db[k]
		if !found {
			return false, true, nil
		}
		if same, err := equal(av, bv); err != nil || !same {
			return false, true, err
		}
	}
	return true, true, nil
}
