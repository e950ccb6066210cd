package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// dict.keys(), values() and items(): live views of a dict, and the
// iterators of dicts and their views.

type viewKind int

const (
	viewKeys viewKind = iota
	viewValues
	viewItems
)

var (
	dictKeysType   = py.NewType("dict_keys", "")
	dictValuesType = py.NewType("dict_values", "")
	dictItemsType  = py.NewType("dict_items", "")

	dictKeyIteratorType   = py.NewType("dict_keyiterator", "")
	dictValueIteratorType = py.NewType("dict_valueiterator", "")
	dictItemIteratorType  = py.NewType("dict_itemiterator", "")
)

// dictView is a dict_keys, dict_values or dict_items.
type dictView struct {
	d    *Dict
	kind viewKind
	// ordered marks an OrderedDict's view (odict_keys, ...), iterated in
	// the OrderedDict's order (dict_ordered_iter.go).
	ordered bool
}

func (v *dictView) Type() *py.Type {
	if v.ordered {
		switch v.kind {
		case viewKeys:
			return odictKeysType
		case viewValues:
			return odictValuesType
		}
		return odictItemsType
	}
	switch v.kind {
	case viewKeys:
		return dictKeysType
	case viewValues:
		return dictValuesType
	}
	return dictItemsType
}

func viewMethod(name string, kind viewKind) func(*Dict, py.Tuple) (py.Object, error) {
	return func(d *Dict, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs(name, args, nil); err != nil {
			return nil, err
		}
		return &dictView{d: d, kind: kind}, nil
	}
}

func (v *dictView) M__len__() (py.Object, error) { return py.Int(v.d.used), nil }

func (v *dictView) M__iter__() (py.Object, error) {
	if v.ordered {
		return odViewIter(v, false), nil
	}
	return &dictIterator{d: v.d, kind: v.kind, size: v.d.used}, nil
}

// M__contains__ is x in view: a key lookup for keys, a key lookup and a
// value comparison for items, a scan for values.
func (v *dictView) M__contains__(x py.Object) (py.Object, error) {
	in, err := v.contains(x)
	return py.NewBool(in), err
}

func (v *dictView) contains(x py.Object) (bool, error) {
	switch v.kind {
	case viewKeys:
		_, ok, err := v.d.GetItem(x)
		return ok, err
	case viewItems:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		val, ok, err := v.d.GetItem(t[0])
		if err != nil || !ok {
			return false, err
		}
		return equal(val, t[1])
	}
	for i := 0; i < len(v.d.entries); i++ {
		e := v.d.entries[i]
		if e.key == nil {
			continue
		}
		eq, err := equal(e.value, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// items returns what the view shows, as a list.
func (v *dictView) items() []py.Object {
	out := make([]py.Object, 0, v.d.used)
	for _, e := range v.d.entries {
		if e.key == nil {
			continue
		}
		switch v.kind {
		case viewKeys:
			out = append(out, e.key)
		case viewValues:
			out = append(out, e.value)
		default:
			out = append(out, py.Tuple{e.key, e.value})
		}
	}
	return out
}

// M__reversed__ is reversed(view): an OrderedDict's views go backwards;
// dict's are not reversible in 3.6.
func (v *dictView) M__reversed__() (py.Object, error) {
	if v.ordered {
		return odViewIter(v, true), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", v.Type().Name)
}

func (v *dictView) M__repr__() (py.Object, error) {
	if v.ordered {
		return odViewRepr(v)
	}
	s, err := pyrepr.Repr(v)
	return py.String(s), err
}

// ViewItems gives pyrepr the view's type name and members.
func (v *dictView) ViewItems() (string, []py.Object) { return v.Type().Name, v.items() }

// setLike reports whether the view has set operations (keys and items).
func (v *dictView) setLike() bool { return v.kind != viewValues }

// asSet returns the view's members as a new set.
func (v *dictView) asSet() (*Set, error) {
	s := NewSet()
	for _, it := range v.items() {
		if err := s.Add(it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// viewOperand turns the operands of a view's set operator into sets: the
// view itself and any iterable on the other side.
func viewOperand(o py.Object) (*Set, bool, error) {
	switch x := o.(type) {
	case *dictView:
		if x.setLike() {
			s, err := x.asSet()
			return s, true, err
		}
	case *Set:
		return x, true, nil
	}
	if _, err := Iter(o); err != nil {
		// 3.6 builds a set from either operand: a value that cannot
		// be iterated fails there, before any reflected method is tried
		return nil, false, err
	}
	s := NewSet()
	err := forEach(o, func(it py.Object) error { return s.Add(it) })
	return s, true, err
}

func (v *dictView) setOp(other py.Object, reflected bool, op func(a, b *Set) (*Set, error)) (py.Object, error) {
	if !v.setLike() {
		return py.NotImplemented, nil
	}
	a, err := v.asSet()
	if err != nil {
		return nil, err
	}
	b, ok, err := viewOperand(other)
	if err != nil {
		return nil, err
	}
	if !ok {
		return py.NotImplemented, nil
	}
	if reflected {
		a, b = b, a
	}
	return op(a, b)
}

func (v *dictView) M__and__(o py.Object) (py.Object, error) {
	return v.setOp(o, false, setIntersection)
}
func (v *dictView) M__rand__(o py.Object) (py.Object, error) {
	return v.setOp(o, true, setIntersection)
}
func (v *dictView) M__or__(o py.Object) (py.Object, error)   { return v.setOp(o, false, setUnion) }
func (v *dictView) M__ror__(o py.Object) (py.Object, error)  { return v.setOp(o, true, setUnion) }
func (v *dictView) M__sub__(o py.Object) (py.Object, error)  { return v.setOp(o, false, setDifference) }
func (v *dictView) M__rsub__(o py.Object) (py.Object, error) { return v.setOp(o, true, setDifference) }
func (v *dictView) M__xor__(o py.Object) (py.Object, error) {
	return v.setOp(o, false, setSymmetricDifference)
}
func (v *dictView) M__rxor__(o py.Object) (py.Object, error) {
	return v.setOp(o, true, setSymmetricDifference)
}

// richCompare compares a keys or items view with a set or view as sets,
// by sizes and then membership tests of one side's members in the other
// (so that a value's failing __eq__ propagates, as in CPython); a values
// view has only identity.
func (v *dictView) richCompare(op int, other py.Object) (py.Object, error) {
	if !v.setLike() {
		if op == cmpEQ || op == cmpNE {
			return py.NewBool(identical(v, other) == (op == cmpEQ)), nil
		}
		return py.NotImplemented, nil
	}
	var otherLen int
	switch o := other.(type) {
	case *Set:
		otherLen = o.Len()
	case *dictView:
		if !o.setLike() {
			return py.NotImplemented, nil
		}
		otherLen = o.d.used
	default:
		return py.NotImplemented, nil
	}
	n := v.d.used
	var r bool
	var err error
	switch op {
	case cmpEQ, cmpNE:
		if n == otherLen {
			r, err = viewContainedIn(v, other)
		}
		if op == cmpNE {
			r = !r
		}
	case cmpLT, cmpLE:
		if n < otherLen || (op == cmpLE && n == otherLen) {
			r, err = viewContainedIn(v, other)
		}
	case cmpGT, cmpGE:
		if n > otherLen || (op == cmpGE && n == otherLen) {
			r, err = viewContainedIn(other, v)
		}
	}
	if err != nil {
		return nil, err
	}
	return py.NewBool(r), nil
}

// viewContainedIn reports whether every member of a is in b, a and b
// each a set or a set-like view.
func viewContainedIn(a, b py.Object) (bool, error) {
	var members []py.Object
	switch x := a.(type) {
	case *Set:
		members = x.Items()
	case *dictView:
		members = x.items()
	}
	for _, m := range members {
		var in bool
		var err error
		switch y := b.(type) {
		case *Set:
			in, err = y.Contains(m)
		case *dictView:
			in, err = y.contains(m)
		}
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

func (v *dictView) M__eq__(o py.Object) (py.Object, error) { return v.richCompare(cmpEQ, o) }
func (v *dictView) M__ne__(o py.Object) (py.Object, error) { return v.richCompare(cmpNE, o) }
func (v *dictView) M__lt__(o py.Object) (py.Object, error) { return v.richCompare(cmpLT, o) }
func (v *dictView) M__le__(o py.Object) (py.Object, error) { return v.richCompare(cmpLE, o) }
func (v *dictView) M__gt__(o py.Object) (py.Object, error) { return v.richCompare(cmpGT, o) }
func (v *dictView) M__ge__(o py.Object) (py.Object, error) { return v.richCompare(cmpGE, o) }

func init() {
	for _, t := range []*py.Type{dictKeysType, dictItemsType} {
		t.Dict["isdisjoint"] = py.MustNewMethod("isdisjoint", func(self py.Object, args py.Tuple) (py.Object, error) {
			v := self.(*dictView)
			if err := pyarg.ExactlyOne("isdisjoint", args, nil); err != nil {
				return nil, err
			}
			a, err := v.asSet()
			if err != nil {
				return nil, err
			}
			return setIsDisjoint(a, args[0])
		}, 0, "isdisjoint(iterable) -> bool\n\nTrue when the view and iterable share no element.")
	}
	for _, t := range []*py.Type{dictKeysType, dictItemsType} {
		t.Dict["__hash__"] = py.None // set like, so unhashable
	}
}

// dictIterator iterates a dict's keys, values or items, failing as
// CPython does when the dict changes size under it.
type dictIterator struct {
	d    *Dict
	kind viewKind
	pos  int
	size int // the dict's size when iteration started
	done bool
}

func (it *dictIterator) Type() *py.Type {
	switch it.kind {
	case viewKeys:
		return dictKeyIteratorType
	case viewValues:
		return dictValueIteratorType
	}
	return dictItemIteratorType
}

func (it *dictIterator) M__iter__() (py.Object, error) { return it, nil }

// next returns the next item, or ok false at the end.
func (it *dictIterator) next() (py.Object, bool, error) {
	if it.done {
		return nil, false, nil
	}
	d := it.d
	if d.used != it.size {
		it.done = true
		return nil, false, py.ExceptionNewf(py.RuntimeError, "dictionary changed size during iteration")
	}
	for it.pos < len(d.entries) {
		e := &d.entries[it.pos]
		it.pos++
		if e.key == nil {
			continue
		}
		switch it.kind {
		case viewKeys:
			return e.key, true, nil
		case viewValues:
			return e.value, true, nil
		}
		return py.Tuple{e.key, e.value}, true, nil
	}
	it.done = true
	return nil, false, nil
}

func (it *dictIterator) M__next__() (py.Object, error) { return nextOrStop(it.next) }

// remaining counts the items the iterator has still to give.
func (it *dictIterator) remaining() int {
	if it.done || it.d.used != it.size {
		return 0
	}
	n := 0
	for _, e := range it.d.entries[it.pos:] {
		if e.key != nil {
			n++
		}
	}
	return n
}

func init() {
	for _, t := range []*py.Type{dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType} {
		t.Dict["__length_hint__"] = lengthHintMethod()
	}
}

// nextOrStop is __next__ of the loop's container iterators: the next
// item, or StopIteration at the end.
func nextOrStop(next func() (py.Object, bool, error)) (py.Object, error) {
	v, ok, err := next()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, py.StopIteration
	}
	return v, nil
}

// lengthHintMethod makes __length_hint__ of one of the loop's container
// iterator types: one method object per type, since a method read from a
// type stands for the type that holds it (its descriptor's owner).
func lengthHintMethod() *py.Method {
	return py.MustNewMethod("__length_hint__", func(self py.Object) (py.Object, error) {
		it, ok := self.(interface{ remaining() int })
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__length_hint__ of a non-iterator")
		}
		return py.Int(it.remaining()), nil
	}, 0, "__length_hint__() -> int\n\nHow many items the iterator still has to give (an estimate for len())")
}
