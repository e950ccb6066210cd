package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The methods and operators of set and frozenset, in CPython 3.6's
// wording.

func init() {
	SetType.New = setTypeNew
	FrozenSetType.New = frozenSetTypeNew
	both := func(name, doc string, f func(s *Set, args py.Tuple) (py.Object, error)) {
		setMethod(SetType, name, doc, f)
		setMethod(FrozenSetType, name, doc, f)
	}
	mutating := func(name, doc string, f func(s *Set, args py.Tuple) (py.Object, error)) {
		setMethod(SetType, name, doc, f)
	}
	both("copy", "copy() -> set\n\nA new set holding the same elements (the elements themselves are shared).", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("copy", args, nil); err != nil {
			return nil, err
		}
		if s.frozen {
			return s, nil
		}
		return s.copyAs(false), nil
	})
	both("union", "union(*others) -> new set\n\nEvery element found in this set or in any of the arguments.", func(s *Set, args py.Tuple) (py.Object, error) {
		return s.copyApplying(args, (*Set).update)
	})
	both("intersection", "intersection(*others) -> new set\n\nOnly the elements found in this set and in every argument.", func(s *Set, args py.Tuple) (py.Object, error) {
		if len(args) == 0 {
			return s.copyAs(s.frozen), nil
		}
		r := s
		for _, o := range args {
			next, err := intersectWith(r, o)
			if err != nil {
				return nil, err
			}
			r = next
		}
		r.frozen = s.frozen
		return r, nil
	})
	both("difference", "difference(*others) -> new set\n\nThe elements of this set that appear in none of the arguments.", func(s *Set, args py.Tuple) (py.Object, error) {
		if len(args) == 0 {
			return s.copyAs(s.frozen), nil
		}
		r, err := differenceOf(s, args[0])
		if err != nil {
			return nil, err
		}
		for _, o := range args[1:] {
			if err := r.differenceUpdate(o); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	both("symmetric_difference", "symmetric_difference(other) -> new set\n\nThe elements that belong to exactly one of this set and other.", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("symmetric_difference", args, nil); err != nil {
			return nil, err
		}
		o, err := setFromIterable(args[0], s.frozen)
		if err != nil {
			return nil, err
		}
		if err := o.symmetricDifferenceUpdate(s); err != nil {
			return nil, err
		}
		return o, nil
	})
	both("isdisjoint", "isdisjoint(other) -> bool\n\nTrue when this set and other share no element.", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("isdisjoint", args, nil); err != nil {
			return nil, err
		}
		return setIsDisjoint(s, args[0])
	})
	// inclusion is issubset (cmpLE) or issuperset (cmpGE) of any iterable.
	inclusion := func(name string, op int) func(s *Set, args py.Tuple) (py.Object, error) {
		return func(s *Set, args py.Tuple) (py.Object, error) {
			if err := pyarg.ExactlyOne(name, args, nil); err != nil {
				return nil, err
			}
			o, err := anySet(args[0])
			if err != nil {
				return nil, err
			}
			r, err := setRelation(op, s, o)
			return py.NewBool(r), err
		}
	}
	both("issubset", "issubset(other) -> bool\n\nTrue when every element of this set is also in other.", inclusion("issubset", cmpLE))
	both("issuperset", "issuperset(other) -> bool\n\nTrue when every element of other is also in this set.", inclusion("issuperset", cmpGE))
	both("__contains__", "Membership test used by the in operator.", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("__contains__", args, nil); err != nil {
			return nil, err
		}
		return s.M__contains__(args[0])
	})
	both("__len__", "Return len(self).", func(s *Set, args py.Tuple) (py.Object, error) {
		return py.Int(s.used), pyarg.NoArgs("__len__", args, nil)
	})
	both("__iter__", "__iter__() -> iterator over the elements", func(s *Set, args py.Tuple) (py.Object, error) {
		return s.M__iter__()
	})
	both("__repr__", "Return repr(self).", func(s *Set, args py.Tuple) (py.Object, error) {
		return s.M__repr__()
	})
	classNamingRepr(SetType)
	classNamingRepr(FrozenSetType)
	mutating("add", "add(elem) -> None\n\nPut elem into the set; a set that already holds it stays unchanged.", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("add", args, nil); err != nil {
			return nil, err
		}
		return py.None, s.Add(args[0])
	})
	mutating("clear", "clear() -> None\n\nEmpty the set.", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("clear", args, nil); err != nil {
			return nil, err
		}
		s.Clear()
		return py.None, nil
	})
	mutating("discard", "discard(elem) -> None\n\nTake elem out of the set when present; absent elements are ignored.", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("discard", args, nil); err != nil {
			return nil, err
		}
		_, err := s.Discard(args[0])
		return py.None, err
	})
	mutating("remove", "remove(elem) -> None\n\nTake elem out of the set; KeyError when it is absent.", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("remove", args, nil); err != nil {
			return nil, err
		}
		ok, err := s.Discard(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, keyError(args[0])
		}
		return py.None, nil
	})
	mutating("pop", "pop() -> element\n\nTake some element out of the set and hand it back; KeyError on an empty set.", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("pop", args, nil); err != nil {
			return nil, err
		}
		return s.pop()
	})
	mutating("update", "update(*others) -> None\n\nAdd every element of the arguments to this set.", func(s *Set, args py.Tuple) (py.Object, error) {
		for _, o := range args {
			if err := s.update(o); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	mutating("intersection_update", "intersection_update(*others) -> None\n\nKeep only the elements also found in every argument.", func(s *Set, args py.Tuple) (py.Object, error) {
		r := s
		for _, o := range args {
			next, err := intersectWith(r, o)
			if err != nil {
				return nil, err
			}
			r = next
		}
		if r != s {
			s.replaceWith(r)
		}
		return py.None, nil
	})
	mutating("difference_update", "difference_update(*others) -> None\n\nDrop every element that appears in any argument.", func(s *Set, args py.Tuple) (py.Object, error) {
		for _, o := range args {
			if err := s.differenceUpdate(o); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	mutating("symmetric_difference_update", "symmetric_difference_update(other) -> None\n\nKeep the elements found in exactly one of this set and other.", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("symmetric_difference_update", args, nil); err != nil {
			return nil, err
		}
		return py.None, s.symmetricDifferenceUpdate(args[0])
	})
	SetType.Dict["__hash__"] = py.None
}

func setMethod(t *py.Type, name, doc string, f func(s *Set, args py.Tuple) (py.Object, error)) {
	frozen := t == FrozenSetType
	t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args, err := methodSelf(t, name, self, args)
		if err != nil {
			return nil, err
		}
		s, ok := self.(*Set)
		if !ok || s.frozen != frozen {
			return nil, wrongReceiver(t, name, self)
		}
		if err := pyarg.NoKeywords(name, kwargs); err != nil {
			return nil, err
		}
		return f(s, args)
	}, ArgsBorrowed, doc) // no set method keeps its args tuple
}

// classNamingRepr makes t.__repr__ take the instance itself, so that
// set.__repr__(x) for x of a class derived from set names that class
// (S({1})), as a subclass's own __repr__ calling it expects.
func classNamingRepr(t *py.Type) {
	inner := t.Dict["__repr__"].(*py.Method)
	m := py.MustNewMethod("__repr__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		orig := self
		if (self == nil || self.Type() == py.ModuleType) && len(args) > 0 {
			orig = args[0]
		}
		r, err := inner.CallWithKeywords(self, args, kwargs)
		if err != nil || orig == nil {
			return r, err
		}
		if text, ok := r.(py.String); ok {
			if v, isInst := pyutil.BuiltinValue(orig); isInst {
				return py.String(classSetRepr(orig, v, string(text))), nil
			}
		}
		return r, nil
	}, ArgsBorrowed, inner.Doc)
	TakesInstance(m)
	t.Dict["__repr__"] = m
}

// copyApplying returns a copy of s (of its kind) changed by op with each
// of others: union and difference.
func (s *Set) copyApplying(others py.Tuple, op func(*Set, py.Object) error) (py.Object, error) {
	r := s.copyAs(s.frozen)
	for _, o := range others {
		if err := op(r, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// replaceWith makes s hold r's members.
func (s *Set) replaceWith(r *Set) {
	if len(s.table) > 0 && (len(r.table) == 0 || &s.table[0] != &r.table[0]) {
		dropSmallTable(s.table) // fast_display.go
	}
	s.table, s.fill, s.used, s.finger = r.table, r.fill, r.used, 0
	s.version++
}

// setFromIterable builds a set (or frozenset) of an iterable's members.
func setFromIterable(o py.Object, frozen bool) (*Set, error) {
	s := &Set{frozen: frozen}
	return s, s.update(o)
}

// anySet returns o as a set, building one from an iterable.
func anySet(o py.Object) (*Set, error) {
	if s, ok := o.(*Set); ok {
		return s, nil
	}
	return setFromIterable(o, false)
}

// intersectWith returns the members of s that are in other, iterating the
// smaller of the two as CPython does.
func intersectWith(s *Set, other py.Object) (*Set, error) {
	r := NewSet()
	if o, ok := other.(*Set); ok {
		a, b := s, o
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.table {
			if e.key == nil || e.key == setDummy {
				continue
			}
			i, err := a.find(e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				if err := r.addHashed(e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	err := forEach(other, func(k py.Object) error {
		h, err := Hash(k)
		if err != nil {
			return err
		}
		i, err := s.find(k, h)
		if err != nil || i < 0 {
			return err
		}
		return r.addHashed(k, h)
	})
	return r, err
}

// differenceUpdate removes the members of other from s.
func (s *Set) differenceUpdate(other py.Object) error {
	if other == py.Object(s) {
		s.Clear()
		return nil
	}
	err := forEach(setMembersOf(other), func(k py.Object) error {
		_, err := s.Discard(k)
		return err
	})
	if err != nil {
		return err
	}
	// As 3.6, a table more than a quarter dummies is rebuilt (which
	// changes the order the members iterate in).
	if s.fill-s.used > (len(s.table)-1)/4 {
		if s.used > 50000 {
			s.resize(s.used * 2)
		} else {
			s.resize(s.used * 4)
		}
	}
	return nil
}

// setMembersOf gives a set's members as a tuple to iterate (the set may
// change meanwhile), anything else as it is.
func setMembersOf(o py.Object) py.Object {
	if s, ok := o.(*Set); ok {
		return py.Tuple(s.Items())
	}
	return o
}

// symmetricDifferenceUpdate removes from s the members it shares with
// other and adds the others.
func (s *Set) symmetricDifferenceUpdate(other py.Object) error {
	if other == py.Object(s) {
		s.Clear()
		return nil
	}
	o, ok := other.(*Set)
	if !ok {
		var err error
		if o, err = setFromIterable(other, false); err != nil {
			return err
		}
	}
	for _, e := range o.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := s.find(e.key, e.hash)
		if err != nil {
			return err
		}
		if i >= 0 {
			s.table[i] = setEntry{hash: -1, key: setDummy}
			s.used--
			s.version++
		} else if err := s.addHashed(e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

func setUnion(a, b *Set) (*Set, error) {
	r := a.copyAs(a.frozen)
	return r, r.merge(b)
}

func setIntersection(a, b *Set) (*Set, error) {
	r, err := intersectWith(a, b)
	if r != nil {
		r.frozen = a.frozen
	}
	return r, err
}

// setDifference is a - b.
func setDifference(a, b *Set) (*Set, error) { return differenceOf(a, b) }

// differenceOf is the members of s not in other, built as 3.6 builds
// them so that they iterate in 3.6's order: when other is a set or a dict
// no more than four times smaller than s, a new set of s's members not
// in other, added in s's order; otherwise a copy of s with other's
// members removed.
func differenceOf(s *Set, other py.Object) (*Set, error) {
	var find func(k py.Object, h int64) (int, error)
	switch o := other.(type) {
	case *Set:
		if s.used>>2 <= o.used {
			find = o.find
		}
	case *Dict:
		if s.used>>2 <= o.used {
			find = o.lookup
		}
	}
	if find == nil {
		r := s.copyAs(s.frozen)
		return r, r.differenceUpdate(other)
	}
	r := &Set{frozen: s.frozen}
	for _, e := range s.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := find(e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			if err := r.addHashed(e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func setSymmetricDifference(a, b *Set) (*Set, error) {
	r := b.copyAs(a.frozen)
	return r, r.symmetricDifferenceUpdate(a)
}

// setIsDisjoint is s.isdisjoint(other).
func setIsDisjoint(s *Set, other py.Object) (py.Object, error) {
	disjoint := true
	err := forEach(setMembersOf(other), func(k py.Object) error {
		if !disjoint {
			return nil
		}
		in, err := s.Contains(k)
		if in {
			disjoint = false
		}
		return err
	})
	return py.NewBool(disjoint), err
}

// setRelation compares two sets by inclusion.
func setRelation(op int, a, b *Set) (bool, error) {
	subset := func(p, q *Set) (bool, error) {
		if p.used > q.used {
			return false, nil
		}
		for _, e := range p.table {
			if e.key == nil || e.key == setDummy {
				continue
			}
			i, err := q.find(e.key, e.hash)
			if err != nil || i < 0 {
				return false, err
			}
		}
		return true, nil
	}
	switch op {
	case cmpEQ, cmpNE:
		eq := a.used == b.used
		if eq {
			var err error
			if eq, err = subset(a, b); err != nil {
				return false, err
			}
		}
		return eq == (op == cmpEQ), nil
	case cmpLT:
		if a.used >= b.used {
			return false, nil
		}
		return subset(a, b)
	case cmpLE:
		return subset(a, b)
	case cmpGT:
		if a.used <= b.used {
			return false, nil
		}
		return subset(b, a)
	}
	return subset(b, a)
}

// ---- protocol methods ----

func (s *Set) M__len__() (py.Object, error)  { return py.Int(s.used), nil }
func (s *Set) M__bool__() (py.Object, error) { return py.NewBool(s.used > 0), nil }
func (s *Set) M__iter__() (py.Object, error) {
	return &setIterator{s: s, size: s.used}, nil
}

func (s *Set) M__contains__(k py.Object) (py.Object, error) {
	in, err := s.Contains(k)
	return py.NewBool(in), err
}

func (s *Set) M__repr__() (py.Object, error) {
	r, err := pyrepr.Repr(s)
	return py.String(r), err
}

func (s *Set) M__str__() (py.Object, error) { return s.M__repr__() }

func (s *Set) compare(op int, other py.Object) (py.Object, error) {
	o, ok := other.(*Set)
	if !ok {
		if op == cmpEQ || op == cmpNE {
			return py.NotImplemented, nil
		}
		return py.NotImplemented, nil
	}
	r, err := setRelation(op, s, o)
	return py.NewBool(r), err
}

func (s *Set) M__eq__(o py.Object) (py.Object, error) { return s.compare(cmpEQ, o) }
func (s *Set) M__ne__(o py.Object) (py.Object, error) { return s.compare(cmpNE, o) }
func (s *Set) M__lt__(o py.Object) (py.Object, error) { return s.compare(cmpLT, o) }
func (s *Set) M__le__(o py.Object) (py.Object, error) { return s.compare(cmpLE, o) }
func (s *Set) M__gt__(o py.Object) (py.Object, error) { return s.compare(cmpGT, o) }
func (s *Set) M__ge__(o py.Object) (py.Object, error) { return s.compare(cmpGE, o) }

func (s *Set) binary(other py.Object, op func(a, b *Set) (*Set, error)) (py.Object, error) {
	o, ok := other.(*Set)
	if !ok {
		return py.NotImplemented, nil
	}
	return op(s, o)
}

func (s *Set) M__or__(o py.Object) (py.Object, error)  { return s.binary(o, setUnion) }
func (s *Set) M__and__(o py.Object) (py.Object, error) { return s.binary(o, setIntersection) }
func (s *Set) M__sub__(o py.Object) (py.Object, error) { return s.binary(o, setDifference) }
func (s *Set) M__xor__(o py.Object) (py.Object, error) { return s.binary(o, setSymmetricDifference) }

// inplace applies an in-place operator to a set; a frozenset answers
// NotImplemented so that the plain operator makes a new one.
func (s *Set) inplace(other py.Object, op func(s *Set, o *Set) error) (py.Object, error) {
	o, ok := other.(*Set)
	if !ok || s.frozen {
		return py.NotImplemented, nil
	}
	if err := op(s, o); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Set) M__ior__(o py.Object) (py.Object, error) {
	return s.inplace(o, func(s, o *Set) error { return s.merge(o) })
}

func (s *Set) M__iand__(o py.Object) (py.Object, error) {
	return s.inplace(o, func(s, o *Set) error {
		r, err := intersectWith(s, o)
		if err == nil {
			s.replaceWith(r)
		}
		return err
	})
}

func (s *Set) M__isub__(o py.Object) (py.Object, error) {
	return s.inplace(o, func(s, o *Set) error { return s.differenceUpdate(o) })
}

func (s *Set) M__ixor__(o py.Object) (py.Object, error) {
	return s.inplace(o, func(s, o *Set) error { return s.symmetricDifferenceUpdate(o) })
}

// SetMembers implements pyrepr's set protocol.
func (s *Set) SetMembers() ([]py.Object, bool) { return s.Items(), s.frozen }

// DictItems implements pyrepr's dict protocol.
func (d *Dict) DictItems() (keys, values []py.Object) {
	keys = make([]py.Object, 0, d.used)
	values = make([]py.Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
			values = append(values, e.value)
		}
	}
	return keys, values
}

// setTypeNew is set(iterable).
func setTypeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "set() does not take keyword arguments")
	}
	if err := pyarg.UnpackCount("set", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return NewSet(), nil
	}
	return setFromIterable(args[0], false)
}

// frozenSetTypeNew is frozenset(iterable).
func frozenSetTypeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset() does not take keyword arguments")
	}
	if err := pyarg.UnpackCount("frozenset", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return emptyFrozenSet, nil
	}
	if s, ok := args[0].(*Set); ok && s.frozen {
		return s, nil
	}
	r, err := setFromIterable(args[0], true)
	if err == nil && r.used == 0 {
		return emptyFrozenSet, nil
	}
	return r, err
}

// emptyFrozenSet is what frozenset() of nothing gives, one object as in
// CPython (frozenset() is frozenset()); a frozenset never changes, so
// every interpreter shares it.
var emptyFrozenSet = &Set{frozen: true}
