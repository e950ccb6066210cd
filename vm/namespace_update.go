package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
)

// update() and setdefault() on a namespace dict (globals(), vars(), a
// module's __dict__) store through SetItem, so the names they add join
// the namespace's order as assigned names do (storeName).

// namespaceUpdate is d.update(*args, **kw) for a namespace d, the
// keywords in their order (kwpairs) or, from Go, sorted (kwargs).
func namespaceUpdate(d py.StringDict, args []py.Object, kwpairs []py.Object, kwargs py.StringDict) error {
	if len(args) == 1 && len(kwpairs) == 0 && len(kwargs) == 0 {
		if o, ok := args[0].(*Dict); ok {
			// self.__dict__.update(kw): straight from the dict's entries,
			// with no copy to merge first
			return namespaceUpdateFrom(d, o)
		}
	}
	src := NewDict(0)
	if err := dictFill(src, "update", args, kwpairs, kwargs); err != nil {
		return err
	}
	for _, e := range src.entries {
		if e.key == nil {
			continue
		}
		if err := SetItem(d, e.key, e.value); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	py.StringDictType.Dict["update"] = py.MustNewMethod("update", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d, ok := self.(py.StringDict)
		if !ok {
			return nil, wrongReceiver(py.StringDictType, "update", self)
		}
		return py.None, namespaceUpdate(d, args, nil, kwargs)
	}, 0, "update([other, ]**kwargs) -> None\n\nStore the entries of other and the keyword arguments in the namespace.")
	py.StringDictType.Dict["setdefault"] = py.MustNewMethod("setdefault", func(self py.Object, args py.Tuple) (py.Object, error) {
		d, ok := self.(py.StringDict)
		if !ok {
			return nil, wrongReceiver(py.StringDictType, "setdefault", self)
		}
		if err := pyarg.UnpackCount("setdefault", args, 1, 2); err != nil {
			return nil, err
		}
		var def py.Object = py.None
		if len(args) == 2 {
			def = args[1]
		}
		if v, ok, err := namespaceLookup(d, args[0]); ok || err != nil {
			return v, err
		}
		return def, SetItem(d, args[0], def)
	}, 0, "setdefault(key, default=None) -> value\n\nThe value under key; when key is absent, store default under it first.")
}

// namespaceUpdateFrom stores o's entries in d, in o's order; a key whose
// __eq__ or __hash__ changes o stops it with RuntimeError, as dict.update
// does.
func namespaceUpdateFrom(d py.StringDict, o *Dict) error {
	size := o.used
	for i := 0; i < len(o.entries); i++ {
		e := o.entries[i]
		if e.key == nil {
			continue
		}
		if k, ok := e.key.(py.String); ok {
			storeName(d, string(k), e.value)
			continue
		}
		if err := SetItem(d, e.key, e.value); err != nil {
			return err
		}
		if o.used != size {
			return py.ExceptionNewf(py.RuntimeError, "dict mutated during update")
		}
	}
	return nil
}
