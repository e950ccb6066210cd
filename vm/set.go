package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Set is Python's set and frozenset: members of any hashable type.
//
// The table is laid out as CPython 3.6 lays out its sets (a power-of-two
// table of hash and key, nine linear probes before each perturbed jump,
// growth to four times the members when two thirds full), so a set
// iterates in CPython's order wherever that order does not depend on
// randomised str hashes: print({3, 1, 2}) shows {1, 2, 3} as CPython does.
type Set struct {
	table  []setEntry
	fill   int // live and dummy slots
	used   int // live slots
	finger int // where pop() looks first
	frozen bool
	// version changes on every change, so that a lookup whose __eq__
	// changed the set starts over.
	version uint64
}

type setEntry struct {
	hash int64
	key  py.Object // nil: free; setDummy: deleted
}

// setDummy marks a deleted slot.
var setDummy py.Object = &dummyKey{}

type dummyKey struct{ _ byte }

func (*dummyKey) Type() *py.Type { return py.NoneType{}.Type() }

const (
	setMinSize      = 8
	setLinearProbes = 9
)

var (
	// SetType is the builtins' set.
	SetType = py.NewTypeX("set", "set(iterable=()) -> set\n\nA mutable, unordered collection holding each distinct element of iterable once.", nil, nil)
	// FrozenSetType is the builtins' frozenset.
	FrozenSetType = py.NewTypeX("frozenset", "frozenset(iterable=()) -> frozenset\n\nA hashable, unchangeable, unordered collection of the distinct elements of iterable.", nil, nil)
)

// Type implements py.Object.
func (s *Set) Type() *py.Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet returns an empty frozenset.
func NewFrozenSet() *Set { return &Set{frozen: true} }

// Len is len(s).
func (s *Set) Len() int { return s.used }

func (s *Set) ensureTable() {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
}

// Add adds key to s.
func (s *Set) Add(key py.Object) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return s.addHashed(key, h)
}

func (s *Set) addHashed(key py.Object, h int64) error {
	s.ensureTable()
restart:
	version := s.version
	mask := len(s.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	free := -1
	for {
		e := &s.table[i]
		if e.key == nil {
			goto unused
		}
		for j := 0; ; {
			if e.key == setDummy {
				if free < 0 {
					free = i + j
				}
			} else if e.hash == h {
				eq, err := keysEqual(e.key, key)
				if err != nil {
					return err
				}
				if s.version != version {
					goto restart
				}
				if eq {
					return nil
				}
			}
			j++
			if j > setLinearProbes || i+setLinearProbes > mask {
				break
			}
			e = &s.table[i+j]
			if e.key == nil {
				i += j
				goto unused
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
		if s.table[i].key == nil {
			goto unused
		}
	}
unused:
	s.version++
	if free >= 0 {
		s.table[free] = setEntry{hash: h, key: key}
		s.used++
		return nil
	}
	s.table[i] = setEntry{hash: h, key: key}
	s.fill++
	s.used++
	// CPython 3.6 grows a table two thirds full (3.7 at three fifths).
	if s.fill*3 < (len(s.table)-1)*2 {
		return nil
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
	return nil
}

// resize rebuilds the table with room for minUsed members, keeping the
// members' order of the old table.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill, s.used = 0, 0
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			s.insertClean(e.key, e.hash)
		}
	}
	dropSmallTable(old) // fast_display.go
	s.version++
}

// insertClean puts a member known to be absent into a table without
// dummies.
func (s *Set) insertClean(key py.Object, h int64) {
	mask := len(s.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	for {
		if s.table[i].key == nil {
			break
		}
		found := false
		if i+setLinearProbes <= mask {
			for j := 1; j <= setLinearProbes; j++ {
				if s.table[i+j].key == nil {
					i += j
					found = true
					break
				}
			}
		}
		if found {
			break
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
	s.table[i] = setEntry{hash: h, key: key}
	s.fill++
	s.used++
}

// find returns the slot of key, or -1.
func (s *Set) find(key py.Object, h int64) (int, error) {
	if s.used == 0 {
		return -1, nil
	}
restart:
	version := s.version
	mask := len(s.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	for {
		for j := 0; j <= setLinearProbes; j++ {
			if j > 0 && i+setLinearProbes > mask {
				break
			}
			e := &s.table[i+j]
			if e.key == nil {
				return -1, nil
			}
			if e.key != setDummy && e.hash == h {
				eq, err := keysEqual(e.key, key)
				if err != nil {
					return -1, err
				}
				if s.version != version {
					goto restart
				}
				if eq {
					return i + j, nil
				}
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// Contains is key in s.
func (s *Set) Contains(key py.Object) (bool, error) {
	h, err := Hash(key)
	if err != nil {
		// A set (or an instance of a set subclass) is looked up in a
		// set as the frozenset of its members.
		if other, ok := pyutil.Unwrap(key).(*Set); ok && !other.frozen {
			return s.Contains(other.frozenCopy())
		}
		return false, err
	}
	i, err := s.find(key, h)
	return i >= 0, err
}

// Discard removes key; false when it is absent.
func (s *Set) Discard(key py.Object) (bool, error) {
	h, err := Hash(key)
	if err != nil {
		if other, ok := pyutil.Unwrap(key).(*Set); ok && !other.frozen {
			return s.Discard(other.frozenCopy())
		}
		return false, err
	}
	i, err := s.find(key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{hash: -1, key: setDummy}
	s.used--
	s.version++
	return true, nil
}

// Clear empties s.
func (s *Set) Clear() {
	dropSmallTable(s.table) // fast_display.go
	s.table = nil
	s.fill, s.used, s.finger = 0, 0, 0
	s.version++
}

// Items returns the members in iteration order.
func (s *Set) Items() []py.Object {
	out := make([]py.Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

// pop removes and returns a member, from where the last pop stopped.
func (s *Set) pop() (py.Object, error) {
	if s.used == 0 {
		return nil, keyError(py.String("pop from an empty set"))
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i = (i + 1) & mask
	}
	key := s.table[i].key
	s.table[i] = setEntry{hash: -1, key: setDummy}
	s.used--
	s.finger = i + 1
	s.version++
	return key, nil
}

// merge adds every member of other, as CPython's set_merge does: one
// resize up front, and a slot-for-slot copy into an empty set of the same
// size.
func (s *Set) merge(other *Set) error {
	if other == s || other.used == 0 {
		return nil
	}
	s.ensureTable()
	if (s.fill+other.used)*3 >= (len(s.table)-1)*2 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.used, other.used
		s.version++
		return nil
	}
	if s.fill == 0 {
		for _, e := range other.table {
			if e.key != nil && e.key != setDummy {
				s.insertClean(e.key, e.hash)
			}
		}
		s.version++
		return nil
	}
	for _, e := range other.table {
		if e.key != nil && e.key != setDummy {
			if err := s.addHashed(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update adds every member of an iterable.
func (s *Set) update(other py.Object) error {
	switch o := other.(type) {
	case *Set:
		return s.merge(o)
	case *Dict:
		s.ensureTable()
		if (s.fill+o.used)*3 >= (len(s.table)-1)*2 {
			s.resize((s.used + o.used) * 2)
		}
		for _, e := range o.entries {
			if e.key != nil {
				if err := s.addHashed(e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return forEach(other, s.Add)
}

// copyAs returns a copy of s, frozen or not.
func (s *Set) copyAs(frozen bool) *Set {
	c := &Set{frozen: frozen}
	_ = c.merge(s)
	return c
}

func (s *Set) frozenCopy() *Set { return s.copyAs(true) }

// frozenHash is hash(frozenset): CPython 3.6's combination of the members'
// hashes, independent of their order.
func (s *Set) frozenHash() int64 {
	var h uint64
	for _, e := range s.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		eh := uint64(e.hash)
		h ^= ((eh ^ 89869747) ^ (eh << 16)) * 3644798167
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	return int64(h)
}

// setIterator iterates a set in table order.
type setIterator struct {
	s    *Set
	pos  int
	size int
	done bool
}

var setIteratorType = py.NewType("set_iterator", "")

func (it *setIterator) Type() *py.Type                { return setIteratorType }
func (it *setIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *setIterator) next() (py.Object, bool, error) {
	if it.done {
		return nil, false, nil
	}
	if it.s.used != it.size {
		it.done = true
		return nil, false, py.ExceptionNewf(py.RuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(it.s.table) {
		e := it.s.table[it.pos]
		it.pos++
		if e.key != nil && e.key != setDummy {
			return e.key, true, nil
		}
	}
	it.done = true
	return nil, false, nil
}

func (it *setIterator) M__next__() (py.Object, error) { return nextOrStop(it.next) }

// remaining counts the members the iterator has still to give.
func (it *setIterator) remaining() int {
	if it.done || it.s.used != it.size {
		return 0
	}
	n := 0
	for _, e := range it.s.table[it.pos:] {
		if e.key != nil && e.key != setDummy {
			n++
		}
	}
	return n
}

func init() {
	setIteratorType.Dict["__length_hint__"] = lengthHintMethod()
}
