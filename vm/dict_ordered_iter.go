package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/petermattis/goid"
)

// The iterator of an OrderedDict and of its keys(), values() and items()
// views (odict_iterator), and the views' own types, subtypes of dict's.

var (
	odictIteratorType = py.NewType("odict_iterator", "")
	odictKeysType     = py.NewType("odict_keys", "")
	odictValuesType   = py.NewType("odict_values", "")
	odictItemsType    = py.NewType("odict_items", "")
)

// odIterator walks an OrderedDict's list of keys in either direction. As
// CPython's, it holds the key to give next, not its node: each step
// finds the key's node again, so that a key the storage lost raises
// KeyError; a change of the order ("mutated") or of the size stops it
// with RuntimeError.
type odIterator struct {
	d         *Dict
	o         *odOrder // nil once the iterator is done
	kind      viewKind
	backwards bool
	current   py.Object // the key to give next; nil at the end
	state     uint64
	size      int // the storage's size at the start; -1 after a change
}

func newOdIterator(s odSelf, kind viewKind, backwards bool) *odIterator {
	it := &odIterator{d: s.d, o: s.o, kind: kind, backwards: backwards, state: s.o.state, size: s.d.used}
	n := s.o.first()
	if backwards {
		n = s.o.last()
	}
	if n != nil {
		it.current = n.key
	}
	return it
}

// Type implements py.Object.
func (it *odIterator) Type() *py.Type { return odictIteratorType }

// M__iter__ is iter(it): the iterator itself.
func (it *odIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ is next(it).
func (it *odIterator) M__next__() (py.Object, error) { return nextOrStop(it.next) }

// next gives the next key, value or item; ok is false at the end.
func (it *odIterator) next() (py.Object, bool, error) {
	if it.o == nil || it.current == nil {
		it.o, it.d = nil, nil // done: the OrderedDict is let go
		return nil, false, nil
	}
	if it.o.state != it.state {
		it.o, it.d = nil, nil
		return nil, false, py.ExceptionNewf(py.RuntimeError, "OrderedDict mutated during iteration")
	}
	if it.size != it.d.used {
		it.size = -1 // every later step fails the same way
		return nil, false, py.ExceptionNewf(py.RuntimeError, "OrderedDict changed size during iteration")
	}
	key := it.current
	n, err := it.o.findNode(it.d, key)
	if err != nil {
		return nil, false, err
	}
	if n == nil {
		it.current = nil
		return nil, false, keyError(key)
	}
	it.current = nil
	if nx := it.o.after(n, it.backwards); nx != nil {
		it.current = nx.key
	}
	if it.kind == viewKeys {
		return key, true, nil
	}
	v, ok, err := it.d.GetItem(key)
	if err != nil {
		return nil, false, err
	}
	if !ok {
		it.o, it.d = nil, nil
		return nil, false, keyError(key)
	}
	if it.kind == viewValues {
		return v, true, nil
	}
	return py.Tuple{key, v}, true, nil
}

// rest lists what the iterator has still to give, leaving it as it is.
func (it *odIterator) rest() ([]py.Object, error) {
	c := *it
	var out []py.Object
	for {
		v, ok, err := c.next()
		if err != nil || !ok {
			return out, err
		}
		out = append(out, v)
	}
}

// odViewIter is iter() of an OrderedDict's view (or reversed()).
func odViewIter(v *dictView, backwards bool) *odIterator {
	return newOdIterator(odSelf{d: v.d, o: v.d.order}, v.kind, backwards)
}

// odViewRepr is the repr of an OrderedDict's view: odict_keys([...]).
func odViewRepr(v *dictView) (py.Object, error) {
	g := reprGuardKey(v)
	if g == nil {
		return py.String("..."), nil
	}
	defer g()
	items, err := odViewIter(v, false).rest()
	if err != nil {
		return nil, err
	}
	r, err := Repr(py.NewListFromItems(items))
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(v.Type().Name)
	b.WriteByte('(')
	b.WriteString(r)
	b.WriteByte(')')
	return py.String(b.String()), nil
}

// reprGuardKey enters the rendering of an OrderedDict's view for this
// goroutine: nil when it is being rendered already, else the function
// that leaves it.
func reprGuardKey(v *dictView) func() {
	o := v.d.order
	mark := [2]int64{goid.Get(), 1 + int64(v.kind)}
	if o.inRepr[mark] {
		return nil
	}
	if o.inRepr == nil {
		o.inRepr = map[[2]int64]bool{}
	}
	o.inRepr[mark] = true
	return func() { delete(o.inRepr, mark) }
}

func init() {
	odictKeysType.Base, odictValuesType.Base, odictItemsType.Base = dictKeysType, dictValuesType, dictItemsType
	for _, t := range []*py.Type{odictKeysType, odictValuesType, odictItemsType} {
		t.Bases = py.Tuple{t.Base}
		t.Mro = py.Tuple{t, t.Base, py.ObjectType}
		t.Dict["__reversed__"] = py.MustNewMethod("__reversed__", func(self py.Object) (py.Object, error) {
			v, ok := self.(*dictView)
			if !ok || v.d.order == nil {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__reversed__' requires an OrderedDict view")
			}
			return odViewIter(v, true), nil
		}, 0, "Return a reverse iterator over the view.")
	}
	odictIteratorType.Base = py.ObjectType
	odictIteratorType.Mro = py.Tuple{odictIteratorType, py.ObjectType}
	odictIteratorType.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object) (py.Object, error) {
		it := self.(*odIterator)
		items, err := it.rest()
		if err != nil {
			return nil, err
		}
		return py.Tuple{builtinNamed("iter"), py.Tuple{py.NewListFromItems(items)}}, nil
	}, 0, "Return state information for pickling.")
}

// builtinNamed is the builtins module's name, or None.
func builtinNamed(name string) py.Object {
	if c := currentContext(); c != nil {
		if b, err := c.GetModule("builtins"); err == nil {
			if g, ok := b.Globals[name]; ok {
				return g
			}
		}
	}
	return py.None
}
