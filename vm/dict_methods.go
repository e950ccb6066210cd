package vm

import (
	"slices"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// The methods of dict that Python code sees, in CPython 3.6's wording.

func init() {
	DictType.New = dictNew
	d := DictType.Dict
	dictMethod(d, "get", "get(key, default=None) -> value\n\nThe value stored under key, or default when key is absent.", dictGet)
	dictMethod(d, "setdefault", "setdefault(key, default=None) -> value\n\nThe value stored under key; when key is absent, store default under it first.", dictSetDefault)
	dictMethod(d, "pop", "pop(key[, default]) -> value\n\nDelete key and hand back its value; an absent key gives default, or KeyError without one.", dictPop)
	dictMethod(d, "popitem", "popitem() -> (key, value)\n\nDelete one entry and hand it back as a pair; KeyError when the dict is empty.", dictPopItem)
	dictMethodKw(d, "update", "update([other, ]**kwargs) -> None\n\nStore the entries of other (a mapping with keys(), or an iterable of\nkey/value pairs), then the keyword arguments, overwriting existing keys.", dictUpdateMethod)
	dictMethod(d, "copy", "copy() -> dict\n\nA new dict with the same keys and values (the values are shared).", func(self *Dict, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("copy", args, nil); err != nil {
			return nil, err
		}
		return self.Copy(), nil
	})
	dictMethod(d, "clear", "clear() -> None\n\nDelete every entry.", func(self *Dict, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("clear", args, nil); err != nil {
			return nil, err
		}
		self.Clear()
		return py.None, nil
	})
	dictMethod(d, "keys", "keys() -> view\n\nA live, set-like view of the dict's keys.", viewMethod("keys", viewKeys))
	dictMethod(d, "values", "values() -> view\n\nA live view of the dict's values.", viewMethod("values", viewValues))
	dictMethod(d, "items", "items() -> view\n\nA live, set-like view of the dict's (key, value) pairs.", viewMethod("items", viewItems))
	dictMethod(d, "__getitem__", "The value stored under a key, as d[key] reads it.", func(self *Dict, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("__getitem__", args, nil); err != nil {
			return nil, err
		}
		return self.M__getitem__(args[0])
	})
	dictMethod(d, "__setitem__", "Store a value under a key, as d[key] = value does.", func(self *Dict, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, " expected 2 arguments, got %d", len(args))
		}
		return py.None, self.SetItem(args[0], args[1])
	})
	dictMethod(d, "__delitem__", "Delete self[key].", func(self *Dict, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("__delitem__", args, nil); err != nil {
			return nil, err
		}
		return self.M__delitem__(args[0])
	})
	dictMethod(d, "__contains__", "__contains__(key) -> bool\n\nTrue when key is stored in the dict.", func(self *Dict, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("__contains__", args, nil); err != nil {
			return nil, err
		}
		return self.M__contains__(args[0])
	})
	dictMethod(d, "__len__", "Return len(self).", func(self *Dict, args py.Tuple) (py.Object, error) {
		return py.Int(self.used), pyarg.NoArgs("__len__", args, nil)
	})
	dictMethod(d, "__iter__", "__iter__() -> iterator over the elements", func(self *Dict, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("__iter__", args, nil); err != nil {
			return nil, err
		}
		return self.M__iter__()
	})
	dictMethod(d, "__repr__", "Return repr(self).", func(self *Dict, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("__repr__", args, nil); err != nil {
			return nil, err
		}
		return self.M__repr__()
	})
	d["fromkeys"] = &py.ClassMethod{Callable: py.MustNewMethod("fromkeys", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := pyarg.NoKeywords("fromkeys", kwargs); err != nil {
			return nil, err
		}
		return dictFromKeys(self, args)
	}, 0, "fromkeys(iterable, value=None) -> dict\n\nA new dict mapping each item of iterable to value.")}
	d["__hash__"] = py.None
}

// methodSelf finds the receiver of a method of type t: self when the
// method was looked up on an instance, else (dict.get(d, k)) the first
// argument, with CPython 3.6's errors for a missing or wrong one.
func methodSelf(t *py.Type, name string, self py.Object, args py.Tuple) (py.Object, py.Tuple, error) {
	if self != nil && self.Type() != py.ModuleType {
		return receiverFor(self), args, nil
	}
	if len(args) == 0 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", name, t.Name)
	}
	return receiverFor(args[0]), args[1:], nil
}

func wrongReceiver(t *py.Type, name string, self py.Object) error {
	return py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, typeName(self))
}

func dictMethod(d py.StringDict, name, doc string, f func(self *Dict, args py.Tuple) (py.Object, error)) {
	dictMethodKw(d, name, doc, func(self *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := pyarg.NoKeywords(name, kwargs); err != nil {
			return nil, err
		}
		return f(self, args)
	})
}

func dictMethodKw(d py.StringDict, name, doc string, f func(self *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args, err := methodSelf(DictType, name, self, args)
		if err != nil {
			return nil, err
		}
		dd, ok := self.(*Dict)
		if !ok {
			if sd, ok := self.(py.StringDict); ok {
				return namespaceDictMethod(sd, name, args, kwargs)
			}
			return nil, wrongReceiver(DictType, name, self)
		}
		return f(dd, args, kwargs)
	}, ArgsBorrowed, doc) // no dict method keeps its args tuple
}

// keyError is the KeyError for a missing key. Its attribute dict is left
// nil until something sets an attribute, and its args tuple is one
// allocation (tupleObject: the header boxed with its item), so a lookup
// that misses makes two objects, not three.
func keyError(key py.Object) error {
	return &py.Exception{Base: py.KeyError, Args: tupleObject([]py.Object{key})}
}

func dictGet(d *Dict, args py.Tuple) (py.Object, error) {
	if err := pyarg.UnpackCount("get", args, 1, 2); err != nil {
		return nil, err
	}
	v, ok, err := d.GetItem(args[0])
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return py.None, nil
}

func dictSetDefault(d *Dict, args py.Tuple) (py.Object, error) {
	if err := pyarg.UnpackCount("setdefault", args, 1, 2); err != nil {
		return nil, err
	}
	var def py.Object = py.None
	if len(args) == 2 {
		def = args[1]
	}
	h, err := Hash(args[0])
	if err != nil {
		return nil, err
	}
	pos, err := d.lookup(args[0], h)
	if err != nil {
		return nil, err
	}
	if pos >= 0 {
		return d.entries[pos].value, nil
	}
	d.insertNew(args[0], h, def)
	return def, nil
}

func dictPop(d *Dict, args py.Tuple) (py.Object, error) {
	if err := pyarg.UnpackCount("pop", args, 1, 2); err != nil {
		return nil, err
	}
	if d.used == 0 {
		// CPython 3.6 answers an empty dict before hashing the key.
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, keyError(args[0])
	}
	h, err := Hash(args[0])
	if err != nil {
		return nil, err
	}
	pos, err := d.lookup(args[0], h)
	if err != nil {
		return nil, err
	}
	if pos < 0 {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, keyError(args[0])
	}
	v := d.entries[pos].value
	d.removeAt(pos)
	return v, nil
}

func dictPopItem(d *Dict, args py.Tuple) (py.Object, error) {
	if err := pyarg.NoArgs("popitem", args, nil); err != nil {
		return nil, err
	}
	pos := d.lastItem()
	if pos < 0 {
		return nil, keyError(py.String("popitem(): dictionary is empty"))
	}
	e := d.entries[pos]
	d.removeAt(pos)
	return py.Tuple{e.key, e.value}, nil
}

func dictUpdateMethod(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.None, dictFill(d, "update", args, nil, kwargs)
}

// dictFill is what dict(...), dict.__init__ and dict.update do with their
// arguments: the items of one mapping or iterable of pairs, then the
// keyword arguments, in their order (kwpairs) or, from Go, sorted.
func dictFill(d *Dict, name string, args []py.Object, kwpairs []py.Object, kwargs py.StringDict) error {
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "%s expected at most 1 arguments, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := dictMerge(d, args[0]); err != nil {
			return err
		}
	}
	for i := 0; i+1 < len(kwpairs); i += 2 {
		if err := d.SetItem(kwpairs[i], kwpairs[i+1]); err != nil {
			return err
		}
	}
	for _, k := range sortedKeys(kwargs) {
		d.SetStr(k, kwargs[k])
	}
	return nil
}

// dictMerge is the first argument of dict() and dict.update(): a mapping
// (anything with keys()) or an iterable of pairs.
func dictMerge(d *Dict, other py.Object) error {
	switch o := other.(type) {
	case *Dict:
		if o == d {
			return nil
		}
		// A key's __eq__ may change o: CPython stops with RuntimeError.
		size := o.used
		for i := 0; i < len(o.entries); i++ {
			e := o.entries[i]
			if e.key == nil {
				continue
			}
			if err := d.setHashed(e.key, e.hash, e.value); err != nil {
				return err
			}
			if o.used != size {
				return py.ExceptionNewf(py.RuntimeError, "dict mutated during update")
			}
		}
		return nil
	case py.StringDict:
		if sideOf(o) != nil {
			keys, values := namespaceItems(o)
			for i, k := range keys {
				if err := d.SetItem(k, values[i]); err != nil {
					return err
				}
			}
			return nil
		}
		for _, k := range namespaceKeys(o) {
			d.SetStr(k, o[k])
		}
		return nil
	}
	if done, err := updateByKeys(other, d.SetItem); done || err != nil {
		return err
	}
	i := 0
	err := forEach(other, func(item py.Object) error {
		if err := dictMergePair(d, i, item); err != nil {
			return err
		}
		i++
		return nil
	})
	if err != nil && i == 0 && isNotIterable(err) {
		return py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", typeName(other))
	}
	return err
}

// updateByKeys is the update from a mapping that has keys(): set takes
// each key that keys() gives with other[key]. done is false when other
// has no keys attribute (the caller goes on with its other forms).
func updateByKeys(other py.Object, set func(k, v py.Object) error) (done bool, err error) {
	keys, err := getAttrOrNil(other, "keys")
	if err != nil || keys == nil {
		return false, err
	}
	ks, err := Call(keys, nil, nil)
	if err != nil {
		return true, err
	}
	return true, forEach(ks, func(k py.Object) error {
		v, err := GetItem(other, k)
		if err != nil {
			return err
		}
		return set(k, v)
	})
}

// dictMergePair stores element i of an iterable of pairs.
func dictMergePair(d *Dict, i int, item py.Object) error {
	var pair py.Tuple
	switch p := item.(type) {
	case py.Tuple:
		pair = p
	case *py.List:
		pair = p.Items
	default:
		var err error
		pair, err = toTuple(item)
		if err != nil {
			if isTypeError(err) {
				return py.ExceptionNewf(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
	}
	if len(pair) != 2 {
		return py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
	}
	return d.SetItem(pair[0], pair[1])
}

func isNotIterable(err error) bool {
	if !isTypeError(err) {
		return false
	}
	e, ok := exceptionOf(err).(*py.Exception)
	if !ok {
		return false
	}
	args, _ := e.Args.(py.Tuple)
	if len(args) != 1 {
		return false
	}
	s, _ := args[0].(py.String)
	return len(s) > 16 && string(s[len(s)-16:]) == "is not iterable"
}

// getAttrOrNil returns o.name, or nil when o has no such attribute.
func getAttrOrNil(o py.Object, name string) (py.Object, error) {
	v, err := GetAttr(o, name)
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// forEach calls f for each item of an iterable, through the loop's
// iteration protocol.
func forEach(o py.Object, f func(py.Object) error) error {
	switch x := o.(type) {
	case py.Tuple:
		for _, v := range x {
			if err := f(v); err != nil {
				return err
			}
		}
		return nil
	case *py.List:
		for i := 0; i < len(x.Items); i++ {
			if err := f(x.Items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := Iter(o)
	if err != nil {
		return err
	}
	for {
		v, ok, err := Next(it)
		if err != nil || !ok {
			return err
		}
		if err := f(v); err != nil {
			return err
		}
	}
}

// dictFromKeys is the classmethod dict.fromkeys: self is the class.
func dictFromKeys(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.UnpackCount("fromkeys", args, 1, 2); err != nil {
		return nil, err
	}
	cls := self
	var value py.Object = py.None
	if len(args) == 2 {
		value = args[1]
	}
	var out py.Object
	if cls == DictType {
		out = NewDict(0)
	} else {
		var err error
		if out, err = Call(cls, nil, nil); err != nil {
			return nil, err
		}
	}
	if d, ok := out.(*Dict); ok {
		// The members of a set or the keys of a dict keep the hashes
		// they were stored with: 3.6 does not hash them again.
		switch src := args[0].(type) {
		case *Set:
			for _, e := range slices.Clone(src.table) {
				if e.key != nil && e.key != setDummy {
					if err := d.setHashed(e.key, e.hash, value); err != nil {
						return nil, err
					}
				}
			}
			return d, nil
		case *Dict:
			for _, e := range slices.Clone(src.entries) {
				if e.key != nil {
					if err := d.setHashed(e.key, e.hash, value); err != nil {
						return nil, err
					}
				}
			}
			return d, nil
		}
		return d, forEach(args[0], func(k py.Object) error { return d.SetItem(k, value) })
	}
	return out, forEach(args[0], func(k py.Object) error { return SetItem(out, k, value) })
}

// dictNew is dict(...) for the dict type itself.
func dictNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	d := NewDict(0)
	return d, dictFill(d, "dict", args, nil, kwargs)
}

// newDictFromPairs is dict(...) called from the loop, where the keyword
// arguments' order is known: kwpairs alternate names and values.
func newDictFromPairs(args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (py.Object, error) {
	d := NewDict(len(kwpairs) / 2)
	return d, dictFill(d, "dict", args, kwpairs, kwextra)
}

// ---- protocol methods ----

// M__getitem__ is d[key].
func (d *Dict) M__getitem__(key py.Object) (py.Object, error) {
	v, ok, err := d.GetItem(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(key)
	}
	return v, nil
}

// M__setitem__ is d[key] = value.
func (d *Dict) M__setitem__(key, value py.Object) (py.Object, error) {
	return py.None, d.SetItem(key, value)
}

// M__delitem__ is del d[key].
func (d *Dict) M__delitem__(key py.Object) (py.Object, error) {
	ok, err := d.DelItem(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(key)
	}
	return py.None, nil
}

// M__contains__ is key in d.
func (d *Dict) M__contains__(key py.Object) (py.Object, error) {
	_, ok, err := d.GetItem(key)
	return py.NewBool(ok), err
}

// M__len__ is len(d).
func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.used), nil }

// M__bool__ is bool(d).
func (d *Dict) M__bool__() (py.Object, error) { return py.NewBool(d.used > 0), nil }

// M__iter__ iterates the keys.
func (d *Dict) M__iter__() (py.Object, error) {
	return &dictIterator{d: d, kind: viewKeys, size: d.used}, nil
}

// M__repr__ is repr(d).
func (d *Dict) M__repr__() (py.Object, error) {
	s, err := pyrepr.Repr(d)
	return py.String(s), err
}

// M__str__ is str(d).
func (d *Dict) M__str__() (py.Object, error) { return d.M__repr__() }

// M__eq__ is d == other: the same keys, with equal values.
func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	o, ok := asDictForCompare(other)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := dictEqual(d, o)
	return py.NewBool(eq), err
}

// M__ne__ is d != other.
func (d *Dict) M__ne__(other py.Object) (py.Object, error) {
	o, ok := asDictForCompare(other)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := dictEqual(d, o)
	return py.NewBool(!eq), err
}

func asDictForCompare(o py.Object) (*Dict, bool) {
	switch v := o.(type) {
	case *Dict:
		return v, true
	case py.StringDict:
		return DictFromStringDict(v), true
	}
	return nil, false
}

func dictEqual(a, b *Dict) (bool, error) {
	if a == b {
		return true, nil
	}
	if a.used != b.used {
		return false, nil
	}
	for i := 0; i < len(a.entries); i++ {
		e := a.entries[i]
		if e.key == nil {
			continue
		}
		pos, err := b.lookup(e.key, e.hash)
		if err != nil || pos < 0 {
			return false, err
		}
		bv := b.entries[pos].value
		if identical(e.value, bv) {
			continue
		}
		eq, err := equal(e.value, bv)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// namespaceDictMethod is dict.<name>(ns, *args) for a namespace (an
// instance's __dict__, globals()): the item operations go through the
// loop's, which keep the namespace's order, the rest to its own methods.
func namespaceDictMethod(d py.StringDict, name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	one := func() error {
		if err := pyarg.NoKeywords(name, kwargs); err != nil {
			return err
		}
		return pyarg.ExactlyOne(name, args, nil)
	}
	switch name {
	case "__getitem__":
		if err := one(); err != nil {
			return nil, err
		}
		return GetItem(d, args[0])
	case "__delitem__":
		if err := one(); err != nil {
			return nil, err
		}
		return py.None, DelItem(d, args[0])
	case "__contains__":
		if err := one(); err != nil {
			return nil, err
		}
		in, err := Contains(d, args[0])
		return py.NewBool(in), err
	case "__setitem__":
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, " expected 2 arguments, got %d", len(args))
		}
		return py.None, SetItem(d, args[0], args[1])
	}
	m, err := GetAttr(d, name)
	if err != nil {
		return nil, err
	}
	return Call(m, args, kwargs)
}
