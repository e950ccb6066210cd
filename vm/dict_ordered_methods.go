package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/petermattis/goid"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// OrderedDict's methods (dict_ordered.go). Where CPython 3.6 treats an
// OrderedDict itself and a subclass's instance differently, the exact
// type reads and writes the storage while a subclass goes through the
// item protocol, so that its own __getitem__, __setitem__ and
// __delitem__ take part.

// orderedDictType is collections.OrderedDict (installOrderedDict).
var orderedDictType *py.Type

// odSelf is a method's receiver: the OrderedDict, its storage and its
// record.
type odSelf struct {
	inst  *py.Type
	d     *Dict
	o     *odOrder
	exact bool // the instance is an OrderedDict, not a subclass's
}

// odReceiver resolves self, the instance or its storage, for method name.
func odReceiver(self py.Object, name string) (odSelf, error) {
	if self == nil {
		return odSelf{}, py.ExceptionNewf(py.TypeError, "descriptor '%s' of 'collections.OrderedDict' object needs an argument", name)
	}
	if d, ok := pyutil.Unwrap(self).(*Dict); ok && d.order != nil {
		inst, _ := self.(*py.Type)
		if inst == nil || !pyutil.IsInstanceObject(inst) {
			inst = d.order.inst.Value()
		}
		if inst == nil {
			// only a method bound to the storage outlived the instance:
			// it works as the OrderedDict's own
			return odSelf{d: d, o: d.order, exact: true}, nil
		}
		return odSelf{inst: inst, d: d, o: d.order, exact: inst.Type() == orderedDictType}, nil
	}
	return odSelf{}, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'collections.OrderedDict' object but received a '%s'", name, typeName(self))
}

// class is type(od).
func (s odSelf) class() *py.Type {
	if s.inst == nil {
		return orderedDictType
	}
	return s.inst.Type()
}

// setItem is od[key] = value: the storage, then the key listed at the
// end unless it is listed already.
func (s odSelf) setItem(key, value py.Object) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	if err := s.d.setHashed(key, h, value); err != nil {
		return err
	}
	return s.o.addKey(key, h)
}

// delItem is del od[key]: the key's node (when it has one), then the
// storage's item (KeyError when the storage lacks it).
func (s odSelf) delItem(key py.Object) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	n, err := s.o.findHashed(s.d, key, h)
	if err != nil {
		return err
	}
	if n != nil {
		if err := s.o.removeNode(n); err != nil {
			return err
		}
	}
	pos, err := s.d.lookup(key, h)
	if err != nil {
		return err
	}
	if pos < 0 {
		return keyError(key)
	}
	s.d.removeAt(pos)
	return nil
}

// value is the storage's value for a listed key, KeyError when the
// storage lacks it (dict.__delitem__ took it, or its hash changed).
func (s odSelf) value(key py.Object) (py.Object, error) {
	v, ok, err := s.d.GetItem(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(key)
	}
	return v, nil
}

// update is __init__'s and update()'s filling (3.6's
// mutablemapping_update): the items of a mapping (its keys() and
// indexing), of an object with items(), or of an iterable of pairs,
// then the keyword arguments in their order, each stored through the
// item protocol.
func (s odSelf) update(name string, args py.Tuple, kwpairs []py.Object, kwextra py.StringDict) error {
	if len(args) > 1 {
		if name == "__init__" {
			return py.ExceptionNewf(py.TypeError, "expected at most 1 arguments, got %d", len(args))
		}
		return py.ExceptionNewf(py.TypeError, "update() takes at most 1 positional argument (%d given)", len(args))
	}
	set := func(k, v py.Object) error {
		if s.exact {
			return s.setItem(k, v) // what the item protocol does for it
		}
		return SetItem(s.inst, k, v)
	}
	if len(args) == 1 {
		if err := mappingUpdate(args[0], set); err != nil {
			return err
		}
	}
	for i := 0; i+1 < len(kwpairs); i += 2 {
		if err := set(kwpairs[i], kwpairs[i+1]); err != nil {
			return err
		}
	}
	for _, k := range sortedKeys(kwextra) {
		if err := set(py.String(k), kwextra[k]); err != nil {
			return err
		}
	}
	return nil
}

// mappingUpdate calls set for each item of other: a mapping with keys(),
// an object with items(), or an iterable of (key, value) pairs.
func mappingUpdate(other py.Object, set func(k, v py.Object) error) error {
	if d, ok := other.(*Dict); ok {
		for _, k := range d.Keys() {
			v, found, err := d.GetItem(k)
			if err != nil {
				return err
			}
			if found {
				if err := set(k, v); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if done, err := updateByKeys(other, set); done || err != nil {
		return err
	}
	items, err := getAttrOrNil(other, "items")
	if err != nil {
		return err
	}
	source := other
	if items != nil {
		if source, err = Call(items, nil, nil); err != nil {
			return err
		}
	}
	return forEach(source, func(pair py.Object) error {
		kv, err := unpackPair(pair)
		if err != nil {
			return err
		}
		return set(kv[0], kv[1])
	})
}

// unpackPair is `k, v = pair`, with the unpacking errors of CPython.
func unpackPair(pair py.Object) (py.Tuple, error) {
	var items py.Tuple
	if err := forEach(pair, func(x py.Object) error {
		if len(items) == 2 {
			return py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 2)")
		}
		items = append(items, x)
		return nil
	}); err != nil {
		return nil, err
	}
	if len(items) < 2 {
		return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected 2, got %d)", len(items))
	}
	return items, nil
}

// popKey is 3.6's _odict_popkey: the key's node goes first, then its
// value (through the item protocol for a subclass); deflt answers an
// absent key, else KeyError.
func (s odSelf) popKey(key, deflt py.Object) (py.Object, error) {
	h, err := Hash(key)
	if err != nil {
		return nil, err
	}
	n, err := s.o.findHashed(s.d, key, h)
	if err != nil {
		return nil, err
	}
	if n != nil {
		if err := s.o.removeNode(n); err != nil {
			return nil, err
		}
	}
	var value py.Object
	if s.exact {
		if n != nil {
			pos, err := s.d.lookup(key, h)
			if err != nil {
				return nil, err
			}
			if pos >= 0 {
				value = s.d.entries[pos].value
				s.d.removeAt(pos)
			}
		}
	} else {
		in, err := Contains(s.inst, key)
		if err != nil {
			return nil, err
		}
		if in {
			if value, err = GetItem(s.inst, key); err != nil {
				return nil, err
			}
			if err := DelItem(s.inst, key); err != nil {
				return nil, err
			}
		}
	}
	if value == nil {
		if deflt == nil {
			return nil, keyError(key)
		}
		return deflt, nil
	}
	return value, nil
}

// repr is repr(od): OrderedDict([(k, v), ...]), "..." inside itself.
func (s odSelf) repr() (py.Object, error) {
	name := shortName(s.class())
	if s.d.used == 0 {
		return py.String(name + "()"), nil
	}
	g := [2]int64{goid.Get(), 0}
	if s.o.inRepr[g] {
		return py.String("..."), nil
	}
	if s.o.inRepr == nil {
		s.o.inRepr = map[[2]int64]bool{}
	}
	s.o.inRepr[g] = true
	defer delete(s.o.inRepr, g)
	var pieces py.Object
	if s.exact {
		var items []py.Object
		for n := s.o.first(); n != nil; n = s.o.after(n, false) {
			v, err := s.value(n.key)
			if err != nil {
				return nil, err
			}
			items = append(items, py.Tuple{n.key, v})
		}
		pieces = py.NewListFromItems(items)
	} else {
		m, err := GetAttr(s.inst, "items")
		if err != nil {
			return nil, err
		}
		items, err := Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		if pieces, err = toList(items); err != nil {
			return nil, err
		}
	}
	r, err := Repr(pieces)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	b.WriteString(r)
	b.WriteByte(')')
	return py.String(b.String()), nil
}

// toList is list(o).
func toList(o py.Object) (*py.List, error) {
	var items []py.Object
	err := forEach(o, func(x py.Object) error {
		items = append(items, x)
		return nil
	})
	return py.NewListFromItems(items), err
}

// keysEqualInOrder compares the order of two OrderedDicts' keys, whose
// items are known equal.
func keysEqualInOrder(a, b odSelf) (bool, error) {
	sa, sb := a.o.state, b.o.state
	na, nb := a.o.first(), b.o.first()
	for na != nil && nb != nil {
		eq, err := equal(na.key, nb.key)
		if err != nil {
			return false, err
		}
		if a.o.state != sa || b.o.state != sb {
			return false, py.ExceptionNewf(py.RuntimeError, "OrderedDict mutated during iteration")
		}
		if !eq {
			return false, nil
		}
		na, nb = a.o.after(na, false), b.o.after(nb, false)
	}
	return na == nil && nb == nil, nil
}

// odEqual is od == other (ne false) or od != other (ne true): dict's
// equality, and between two OrderedDicts the same order too.
func odEqual(self py.Object, args py.Tuple, ne bool) (py.Object, error) {
	name := "__eq__"
	if ne {
		name = "__ne__"
	}
	s, err := odReceiver(self, name)
	if err != nil {
		return nil, err
	}
	if err := pyarg.ExactlyOne(name, args, nil); err != nil {
		return nil, err
	}
	od, ok := asDictForCompare(pyutil.Unwrap(args[0]))
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := dictEqual(s.d, od)
	if err != nil {
		return nil, err
	}
	if eq && od.order != nil {
		if eq, err = keysEqualInOrder(s, odSelf{d: od, o: od.order}); err != nil {
			return nil, err
		}
	}
	return py.NewBool(eq != ne), nil
}

// odMethods are OrderedDict's methods, by name.
func odMethods() []*py.Method {
	m := func(name, doc string, f func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
		meth := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			s, err := odReceiver(self, name)
			if err != nil {
				return nil, err
			}
			return f(s, args, kwargs)
		}, 0, doc)
		TakesInstance(meth)
		return meth
	}
	noArgs := func(name, doc string, f func(s odSelf) (py.Object, error)) *py.Method {
		return m(name, doc, func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := pyarg.NoArgs(name, args, kwargs); err != nil {
				return nil, err
			}
			return f(s)
		})
	}
	init := m("__init__", "Set up the ordered dict from a mapping or iterable of pairs and keyword arguments.", func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, s.update("__init__", args, nil, kwargs)
	})
	update := m("update", "update([other, ]**kw): add the pairs of other (a mapping or an iterable of pairs), then kw, keeping their order.", func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, s.update("update", args, nil, kwargs)
	})
	orderedKwMethods.Store(init, "__init__")
	orderedKwMethods.Store(update, "update")
	return []*py.Method{
		init, update,
		m("__setitem__", "od[key] = value: a new key goes last; an existing one keeps its place.", func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := pyarg.UnpackCount("__setitem__", args, 2, 2); err != nil {
				return nil, err
			}
			return py.None, s.setItem(args[0], args[1])
		}),
		m("__delitem__", "del od[key]: the key leaves the dict and the order.", func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := pyarg.ExactlyOne("__delitem__", args, kwargs); err != nil {
				return nil, err
			}
			return py.None, s.delItem(args[0])
		}),
		noArgs("__iter__", "iter(od): the keys, first inserted first.", func(s odSelf) (py.Object, error) {
			return newOdIterator(s, viewKeys, false), nil
		}),
		noArgs("__reversed__", "reversed(od): the keys, last inserted first.", func(s odSelf) (py.Object, error) {
			return newOdIterator(s, viewKeys, true), nil
		}),
		noArgs("__repr__", "Return repr(self).", odSelf.repr),
		noArgs("__reduce__", "Pickling support: the class, no arguments, the instance dict and the items in order.", func(s odSelf) (py.Object, error) {
			var state py.Object = py.None
			if s.inst == nil {
				return py.Tuple{s.class(), py.Tuple{}, state, py.None, newOdIterator(s, viewItems, false)}, nil
			}
			if d, err := GetAttr(s.inst, "__dict__"); err == nil {
				full, err := Truth(d)
				if err != nil {
					return nil, err
				}
				if full {
					state = d
				}
			} else if !py.IsException(py.AttributeError, err) {
				return nil, err
			}
			m, err := GetAttr(s.inst, "items")
			if err != nil {
				return nil, err
			}
			items, err := Call(m, nil, nil)
			if err != nil {
				return nil, err
			}
			it, err := Iter(items)
			if err != nil {
				return nil, err
			}
			return py.Tuple{s.class(), py.Tuple{}, state, py.None, it}, nil
		}),
		noArgs("__sizeof__", "Bytes the ordered dict takes, its order record included.", func(s odSelf) (py.Object, error) {
			// the dict's, and per listed key a node and its place in the
			// record, as CPython 3.6 counts its node table and nodes
			return py.Int(dictSize(s.d.used) - gcHeader + 8*max(len(s.d.index), 8) + 32*s.o.nodes.used), nil
		}),
		noArgs("clear", "Empty the ordered dict and its order.", func(s odSelf) (py.Object, error) {
			s.d.Clear()
			s.o.clear()
			return py.None, nil
		}),
		noArgs("copy", "A new ordered dict of the same class with the same items in the same order.", func(s odSelf) (py.Object, error) {
			out, err := Call(s.class(), nil, nil)
			if err != nil {
				return nil, err
			}
			for n := s.o.first(); n != nil; n = s.o.after(n, false) {
				var v py.Object
				if s.exact {
					v, err = s.value(n.key)
				} else {
					v, err = GetItem(s.inst, n.key)
				}
				if err == nil {
					err = SetItem(out, n.key, v)
				}
				if err != nil {
					return nil, err
				}
			}
			return out, nil
		}),
		noArgs("keys", "A live, ordered, set-like view of the keys.", func(s odSelf) (py.Object, error) {
			return &dictView{d: s.d, kind: viewKeys, ordered: true}, nil
		}),
		noArgs("values", "A live, ordered view of the values.", func(s odSelf) (py.Object, error) {
			return &dictView{d: s.d, kind: viewValues, ordered: true}, nil
		}),
		noArgs("items", "A live, ordered, set-like view of the (key, value) pairs.", func(s odSelf) (py.Object, error) {
			return &dictView{d: s.d, kind: viewItems, ordered: true}, nil
		}),
		m("move_to_end", "move_to_end(key, last=True): put key last (first when last is false); KeyError for a missing key.", func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := pyarg.Parse36("move_to_end", args, kwargs, []string{"key", "last"}, 1, pyarg.Getargs36)
			if err != nil {
				return nil, err
			}
			key, lastO := a[0], orDefault(a[1], py.True)
			last, err := Truth(lastO)
			if err != nil {
				return nil, err
			}
			if s.o.empty() {
				return nil, keyError(key)
			}
			end := s.o.first()
			if last {
				end = s.o.last()
			}
			if identical(key, end.key) {
				return py.None, nil
			}
			n, err := s.o.findNode(s.d, key)
			if err != nil {
				return nil, err
			}
			if n == nil {
				return nil, keyError(key)
			}
			if n != end {
				s.o.unlink(n)
				s.o.link(n, !last)
				if err := moveStorage(s.d, n.key, n.hash, !last); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		}),
		m("pop", "pop(key[, default]): take key out and give its value; default, or KeyError without one, for a missing key.", func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := pyarg.Parse36("pop", args, kwargs, []string{"key", "default"}, 1, pyarg.Getargs36)
			if err != nil {
				return nil, err
			}
			key, deflt := a[0], a[1]
			return s.popKey(key, deflt)
		}),
		m("popitem", "popitem(last=True): take out the newest (key, value) pair, or the oldest when last is false.", func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := pyarg.Parse36("popitem", args, kwargs, []string{"last"}, 0, pyarg.Getargs36)
			if err != nil {
				return nil, err
			}
			lastO := orDefault(a[0], py.True)
			last, err := Truth(lastO)
			if err != nil {
				return nil, err
			}
			if s.o.empty() {
				return nil, py.ExceptionNewf(py.KeyError, "dictionary is empty")
			}
			n := s.o.first()
			if last {
				n = s.o.last()
			}
			key := n.key
			v, err := s.popKey(key, nil)
			if err != nil {
				return nil, err
			}
			return py.Tuple{key, v}, nil
		}),
		m("setdefault", "setdefault(key, default=None): the value of key; a missing key is added last with default.", func(s odSelf, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := pyarg.Parse36("setdefault", args, kwargs, []string{"key", "default"}, 1, pyarg.Getargs36)
			if err != nil {
				return nil, err
			}
			key, deflt := a[0], orDefault(a[1], py.None)
			if s.exact {
				v, ok, err := s.d.GetItem(key)
				if err != nil || ok {
					return v, err
				}
				return deflt, s.setItem(key, deflt)
			}
			in, err := Contains(s.inst, key)
			if err != nil {
				return nil, err
			}
			if in {
				return GetItem(s.inst, key)
			}
			return deflt, SetItem(s.inst, key, deflt)
		}),
		py.MustNewMethod("__eq__", func(self py.Object, args py.Tuple) (py.Object, error) { return odEqual(self, args, false) }, 0, "od == other: the same items; in the same order too when both are ordered dicts."),
		py.MustNewMethod("__ne__", func(self py.Object, args py.Tuple) (py.Object, error) { return odEqual(self, args, true) }, 0, "od != other: the negation of ==."),
	}
}

// odFromKeys is the class method OrderedDict.fromkeys(iterable, value=None).
func odFromKeys(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("fromkeys", args, kwargs, []string{"iterable", "value"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	iterable, value := a[0], orDefault(a[1], py.None)
	out, err := Call(cls, nil, nil)
	if err != nil {
		return nil, err
	}
	return out, forEach(iterable, func(k py.Object) error { return SetItem(out, k, value) })
}

// orDefault is an optional argument's value: o, or def when it was not
// given.
func orDefault(o, def py.Object) py.Object {
	if o == nil {
		return def
	}
	return o
}
