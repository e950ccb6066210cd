package host

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// This file completes gpython's list and dict with the methods of CPython's
// that stock gpython lacks: list.pop, insert,
// reverse, clear, copy and dict.pop, popitem, setdefault, update, copy,
// clear, fromkeys. It also replaces list.extend, which in stock gpython
// silently ignores anything but a list ([].extend((1, 2)) does nothing),
// and list.append, which in stock gpython panics the Go program when called
// on the class (list.append(l, x)).
//
// list.remove, index and count are the loop's (vm/list_search.go), whose ==
// honours a script's __eq__.
//
// Limits that come from gpython's types, not from this file:
//   - gpython's dict (py.StringDict) holds only str keys. Looking up another
//     hashable key (pop, setdefault of a present key) behaves as CPython
//     does for an absent key; storing one (setdefault, update, fromkeys)
//     raises gpython's own KeyError "FIXME can only have string keys!: 1".
//   - gpython's dict keeps no insertion order, so popitem() removes an
//     arbitrary item, not the last inserted.

func init() {
	installListMethods()
	installDictMethods()
}

// ---- argument checks, in CPython's wording ----

// sameObject reports whether a and b are the same object, for the identity
// shortcut of CPython's comparisons (x in [x] even if x != x). Only
// reference types have an identity in Go; values (int, str, float) compare
// by ==.
func sameObject(a, b py.Object) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if !va.IsValid() || !vb.IsValid() || va.Type() != vb.Type() {
		return false
	}
	switch va.Kind() {
	case reflect.Pointer, reflect.Map:
		return va.Pointer() == vb.Pointer()
	case reflect.Slice:
		return va.Len() == vb.Len() && va.Pointer() == vb.Pointer()
	}
	return false
}

// ---- list ----

// listImpl is one list method; l is the receiver.
type listImpl func(l *py.List, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// listSelf extracts the receiver. Called on the class (list.pop(l)),
// gpython passes no list self: the first argument is the receiver then.
func listSelf(name string, self py.Object, args py.Tuple) (*py.List, py.Tuple, error) {
	if l, ok := self.(*py.List); ok {
		return l, args, nil
	}
	if len(args) == 0 {
		return nil, nil, pyutil.TypeErrorf("descriptor '%s' of 'list' object needs an argument", name)
	}
	if l, ok := args[0].(*py.List); ok {
		return l, args[1:], nil
	}
	return nil, nil, pyutil.TypeErrorf("descriptor '%s' requires a 'list' object but received a '%s'", name, pyutil.TypeName(args[0]))
}

// setListMethod installs impl as list.name.
func setListMethod(name, doc string, impl listImpl) {
	py.ListType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		l, args, err := listSelf(name, self, args)
		if err != nil {
			return nil, err
		}
		return impl(l, args, kwargs)
	}, vm.ArgsBorrowed, doc) // no list method keeps its args tuple
}

// addListMethod installs impl unless gpython already has list.name.
func addListMethod(name, doc string, impl listImpl) {
	if _, ok := py.ListType.Dict[name]; !ok {
		setListMethod(name, doc, impl)
	}
}

func installListMethods() {
	addListMethod("pop", "pop(index=-1) -> item\n\nDelete the item at index (the last by default) and hand it back;\nIndexError for an empty list or a bad index.", listPop)
	addListMethod("insert", "Insert object before index.", listInsert)
	addListMethod("reverse", "Reverse *IN PLACE*.", listReverse)
	addListMethod("clear", "Remove all items from list.", listClear)
	addListMethod("__reversed__", "__reversed__() -> list_reverseiterator\n\nAn iterator over the list from its last item to its first.", listReversed)
	addListMethod("copy", "copy() -> list\n\nA new list with the same items (the items themselves are shared).", listCopy)
	// Replaced, not added: stock extend ignores every argument but a list,
	// stock append panics when called unbound.
	setListMethod("extend", "extend(iterable) -> None\n\nAdd every item of iterable at the end.", listExtend)
	setListMethod("append", "append(item) -> None\n\nAdd item at the end.", listAppend)
}

func listPop(l *py.List, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("pop", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("pop", args, 0, 1); err != nil {
		return nil, err
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = pyarg.SsizeT(args[0]); err != nil {
			return nil, err
		}
	}
	n := len(l.Items)
	if n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
	}
	item := l.Items[i]
	listDelete(l, i)
	return item, nil
}

// listDelete removes item i, clearing the freed slot so the backing array
// does not keep the object alive.
func listDelete(l *py.List, i int) {
	n := len(l.Items)
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
}

func listInsert(l *py.List, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("insert", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("insert", args, 2, 2); err != nil {
		return nil, err
	}
	i, err := strSsize(args[0])
	if err != nil {
		return nil, err
	}
	n := len(l.Items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:n])
	l.Items[i] = args[1]
	return py.None, nil
}

func listReverse(l *py.List, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("reverse", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.NoArgs("reverse", args, nil); err != nil {
		return nil, err
	}
	for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
		l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
	}
	return py.None, nil
}

func listClear(l *py.List, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("clear", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.NoArgs("clear", args, nil); err != nil {
		return nil, err
	}
	l.Items = nil
	return py.None, nil
}

func listCopy(l *py.List, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("copy", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.NoArgs("copy", args, nil); err != nil {
		return nil, err
	}
	return py.NewListFromItems(l.Items), nil
}

func listAppend(l *py.List, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("append", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ExactlyOne("append", args, nil); err != nil {
		return nil, err
	}
	l.Items = append(l.Items, args[0])
	return py.None, nil
}

func listExtend(l *py.List, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("extend", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ExactlyOne("extend", args, nil); err != nil {
		return nil, err
	}
	switch x := args[0].(type) {
	case *py.List:
		// append copies x.Items as it was, so l.extend(l) doubles l.
		l.Items = append(l.Items, x.Items...)
		return py.None, nil
	case py.Tuple:
		l.Items = append(l.Items, x...)
		return py.None, nil
	}
	if err := probeExtend(args[0], len(l.Items)); err != nil { // length_hint.go
		return nil, err
	}
	// Items are appended as they come: what an iterator yielded before it
	// raised stays in the list, as in CPython.
	err := iterate(args[0], func(item py.Object) (bool, error) {
		l.Items = append(l.Items, item)
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

// ---- dict ----

// dictImpl is one dict method; d is the receiver.
type dictImpl func(d py.StringDict, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// dictSelf extracts the receiver, as listSelf does.
func dictSelf(name string, self py.Object, args py.Tuple) (py.StringDict, py.Tuple, error) {
	if d, ok := self.(py.StringDict); ok {
		return d, args, nil
	}
	if len(args) == 0 {
		return nil, nil, pyutil.TypeErrorf("descriptor '%s' of 'dict' object needs an argument", name)
	}
	if d, ok := args[0].(py.StringDict); ok {
		return d, args[1:], nil
	}
	return nil, nil, pyutil.TypeErrorf("descriptor '%s' requires a 'dict' object but received a '%s'", name, pyutil.TypeName(args[0]))
}

// addDictMethod installs impl as dict.name unless gpython already has it.
func addDictMethod(name, doc string, impl dictImpl) {
	if _, ok := py.StringDictType.Dict[name]; ok {
		return
	}
	py.StringDictType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		d, args, err := dictSelf(name, self, args)
		if err != nil {
			return nil, err
		}
		return impl(d, args, kwargs)
	}, 0, doc)
}

func installDictMethods() {
	addDictMethod("pop", "pop(key[, default]) -> value\n\nDelete key and hand back its value; an absent key gives default, or KeyError without one.", dictPop)
	addDictMethod("popitem", "popitem() -> (key, value)\n\nDelete one entry and hand it back as a pair; KeyError when the dict is\nempty. gpython's dict keeps no order, so which entry is not defined.", dictPopItem)
	addDictMethod("setdefault", "setdefault(key, default=None) -> value\n\nThe value stored under key; when key is absent, store default under it first.", dictSetDefault)
	addDictMethod("update", "update([other, ]**kwargs) -> None\n\nStore the entries of other (a mapping or pairs), then the keyword arguments.", dictUpdate)
	addDictMethod("copy", "copy() -> dict\n\nA new dict with the same keys and values (the values are shared).", dictCopy)
	addDictMethod("clear", "clear() -> None\n\nDelete every entry.", dictClear)
	if _, ok := py.StringDictType.Dict["fromkeys"]; !ok {
		// A classmethod in CPython: the receiver (class or instance) is
		// never one of the arguments, so it is ignored.
		py.StringDictType.Dict["fromkeys"] = py.MustNewMethod("fromkeys", func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			return dictFromKeys(args, kwargs)
		}, 0, "fromkeys(iterable, value=None) -> dict\n\nA new dict mapping each item of iterable to value.")
	}
}

// checkHashable raises CPython's TypeError for the built-in unhashable
// types (a tuple is checked item by item).
func checkHashable(key py.Object) error {
	switch x := key.(type) {
	case *py.List, py.StringDict, *py.Set, *ByteArray:
		return pyutil.TypeErrorf("unhashable type: '%s'", pyutil.TypeName(key))
	case py.Tuple:
		for _, item := range x {
			if err := checkHashable(item); err != nil {
				return err
			}
		}
	}
	return nil
}

// keyError is KeyError(key): str() of it is repr(key), as in CPython.
func keyError(key py.Object) error {
	exc, err := py.ExceptionNew(py.KeyError, py.Tuple{key}, nil)
	if err != nil {
		return err
	}
	return exc.(*py.Exception)
}

// dictStore is d[key] = value: an unhashable key raises CPython's
// TypeError, a non-str key gpython's own KeyError.
func dictStore(d py.StringDict, key, value py.Object) error {
	if err := checkHashable(key); err != nil {
		return err
	}
	_, err := d.M__setitem__(key, value)
	return err
}

func dictPop(d py.StringDict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("pop", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.UnpackCount("pop", args, 1, 2); err != nil {
		return nil, err
	}
	key := args[0]
	// CPython answers for an empty dict before hashing the key.
	if len(d) > 0 {
		if err := checkHashable(key); err != nil {
			return nil, err
		}
		if s, ok := key.(py.String); ok {
			if v, ok := d[string(s)]; ok {
				delete(d, string(s))
				return v, nil
			}
		}
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return nil, keyError(key)
}

func dictPopItem(d py.StringDict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("popitem", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.NoArgs("popitem", args, nil); err != nil {
		return nil, err
	}
	for k, v := range d {
		delete(d, k)
		return py.Tuple{py.String(k), v}, nil
	}
	return nil, keyError(py.String("popitem(): dictionary is empty"))
}

func dictSetDefault(d py.StringDict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("setdefault", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.UnpackCount("setdefault", args, 1, 2); err != nil {
		return nil, err
	}
	var def py.Object = py.None
	if len(args) == 2 {
		def = args[1]
	}
	if s, ok := args[0].(py.String); ok {
		if v, ok := d[string(s)]; ok {
			return v, nil
		}
	}
	if err := dictStore(d, args[0], def); err != nil {
		return nil, err
	}
	return def, nil
}

func dictUpdate(d py.StringDict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.UnpackCount("update", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		if err := dictMerge(d, args[0]); err != nil {
			return nil, err
		}
	}
	for k, v := range kwargs {
		d[k] = v
	}
	return py.None, nil
}

// dictMerge adds the items of other to d: a dict, an object with keys()
// (then other[k] for each key), or an iterable of key/value pairs.
func dictMerge(d py.StringDict, other py.Object) error {
	if o, ok := other.(py.StringDict); ok {
		for k, v := range o {
			d[k] = v
		}
		return nil
	}
	keys, err := py.GetAttrString(other, "keys")
	if err == nil {
		ks, err := py.Call(keys, nil, nil)
		if err != nil {
			return err
		}
		return iterate(ks, func(k py.Object) (bool, error) {
			v, err := vm.GetItem(other, k)
			if err != nil {
				return true, err
			}
			return false, dictStore(d, k, v)
		})
	}
	if !py.IsException(py.AttributeError, err) {
		return err
	}
	i := 0
	return iterate(other, func(item py.Object) (bool, error) {
		err := dictMergePair(d, i, item)
		i++
		return false, err
	})
}

// dictMergePair stores element i of update's iterable of pairs.
func dictMergePair(d py.StringDict, i int, item py.Object) error {
	pair, err := collect(item)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return pyutil.TypeErrorf("cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		return err
	}
	if len(pair) != 2 {
		return pyutil.ValueErrorf("dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
	}
	return dictStore(d, pair[0], pair[1])
}

func dictCopy(d py.StringDict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("copy", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.NoArgs("copy", args, nil); err != nil {
		return nil, err
	}
	return d.Copy(), nil
}

func dictClear(d py.StringDict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("clear", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.NoArgs("clear", args, nil); err != nil {
		return nil, err
	}
	clear(d)
	return py.None, nil
}

func dictFromKeys(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("fromkeys", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.UnpackCount("fromkeys", args, 1, 2); err != nil {
		return nil, err
	}
	var value py.Object = py.None
	if len(args) == 2 {
		value = args[1]
	}
	out := py.NewStringDict()
	err := iterate(args[0], func(k py.Object) (bool, error) {
		return false, dictStore(out, k, value)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func listReversed(l *py.List, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("__reversed__", args, kwargs); err != nil {
		return nil, err
	}
	return &listReverseIter{l: l, i: len(l.Items) - 1}, nil
}
