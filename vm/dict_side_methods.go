package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
)

// The methods of a namespace dict that read or remove single items: they
// reach the keys that are not str as well (dict_side.go).

func init() {
	nsMethod := func(name, doc string, fn func(d py.StringDict, args py.Tuple) (py.Object, error)) {
		py.StringDictType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			d, ok := self.(py.StringDict)
			if !ok {
				return nil, wrongReceiver(py.StringDictType, name, self)
			}
			return fn(d, args)
		}, 0, doc)
	}
	nsMethod("get", "get(key, default=None) -> value\n\nThe value under key, or default when key is absent.", namespaceGet)
	nsMethod("pop", "pop(key[, default]) -> value\n\nRemove key and hand back its value; an absent key gives default, or KeyError without one.", namespacePop)
	nsMethod("popitem", "popitem() -> (key, value)\n\nRemove the entry added last and hand it back as a pair; KeyError when the dict is empty.", namespacePopItem)
	nsMethod("copy", "copy() -> dict\n\nA new dict with the same items (the values are shared).", namespaceCopy)
	nsMethod("clear", "clear() -> None\n\nRemove every entry.", namespaceClear)
}

// namespaceLookup is d[key]: found is false when d has no such key.
func namespaceLookup(d py.StringDict, key py.Object) (py.Object, bool, error) {
	if k, ok := strValue(key); ok {
		v, found := d[string(k)]
		return v, found, nil
	}
	return sideGet(d, key)
}

func namespaceGet(d py.StringDict, args py.Tuple) (py.Object, error) {
	if err := pyarg.UnpackCount("get", args, 1, 2); err != nil {
		return nil, err
	}
	v, ok, err := namespaceLookup(d, args[0])
	if err != nil || ok {
		return v, err
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return py.None, nil
}

func namespacePop(d py.StringDict, args py.Tuple) (py.Object, error) {
	if err := pyarg.UnpackCount("pop", args, 1, 2); err != nil {
		return nil, err
	}
	key := args[0]
	// An empty dict answers before the key is hashed, as 3.6's does.
	if len(d) > 0 || sideLen(d) > 0 {
		v, ok, err := namespaceLookup(d, key)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, DelItem(d, key)
		}
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return nil, keyError(key)
}

func namespacePopItem(d py.StringDict, args py.Tuple) (py.Object, error) {
	if err := pyarg.NoArgs("popitem", args, nil); err != nil {
		return nil, err
	}
	var key, value py.Object
	if sideOf(d) != nil {
		keys, values := namespaceItems(d)
		key, value = keys[len(keys)-1], values[len(values)-1]
	} else if keys := namespaceKeys(d); len(keys) > 0 {
		k := keys[len(keys)-1]
		key, value = py.String(k), d[k]
	} else {
		return nil, keyError(py.String("popitem(): dictionary is empty"))
	}
	return py.Tuple{key, value}, DelItem(d, key)
}

func namespaceCopy(d py.StringDict, args py.Tuple) (py.Object, error) {
	if err := pyarg.NoArgs("copy", args, nil); err != nil {
		return nil, err
	}
	return DictFromStringDict(d), nil // a dict, in the namespace's order
}

func namespaceClear(d py.StringDict, args py.Tuple) (py.Object, error) {
	if err := pyarg.NoArgs("clear", args, nil); err != nil {
		return nil, err
	}
	clear(d)
	sideClear(d)
	return py.None, nil
}
