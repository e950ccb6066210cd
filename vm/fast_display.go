package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Set displays in one allocation.
//
// A set is a Set and its table, two allocations for `{a, b}`. A display
// of no more members than the smallest table holds (two thirds of
// setMinSize slots, before the first growth) gets both in one: a cell
// holding the Set and a table of setMinSize slots that the Set's table
// starts as. A table replaced later (growth, clear(), an in-place
// operator) is cleared by dropSmallTable, so that the cell, alive while
// the set is, keeps none of the members it no longer holds.

// setCell is a Set with its first table.
type setCell struct {
	s     Set
	small [setMinSize]setEntry
}

// smallSetMax is the most members a display puts in a setCell's table.
const smallSetMax = (setMinSize - 1) * 2 / 3

// newSetOf is the set of items (BUILD_SET), or the error of the first
// item that cannot be hashed.
func newSetOf(items []py.Object) (*Set, error) {
	var s *Set
	if len(items) <= smallSetMax {
		c := new(setCell)
		c.s.table = c.small[:]
		s = &c.s
	} else {
		s = NewSet()
	}
	for _, v := range items {
		if err := s.Add(v); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// dropSmallTable clears a table a Set no longer uses when it may be a
// setCell's (it has setMinSize slots): its members are no longer held
// through it. Clearing one that is not costs eight stores.
func dropSmallTable(old []setEntry) {
	if len(old) == setMinSize {
		clear(old)
	}
}

// Dict displays with constant keys.
//
// `{'k': a, 'j': b}` is BUILD_CONST_KEY_MAP over a constant tuple of
// keys: stored one by one, each key was hashed and looked up among those
// before it. For a tuple of distinct str keys, few enough for a dict
// without an index table, the items go straight in, in the tuple's order,
// with hashes worked out once per tuple. Each thread keeps them in a
// small direct-mapped table keyed by the tuple's storage; the entry holds
// the tuple, so its storage is not reused while cached, and the hash
// seed the hashes were made under.

const (
	constKeyBits = 5
	constKeySize = 1 << constKeyBits
)

type constKeyEntry struct {
	keys   py.Tuple
	seed   *hashKey // seededHash when the hashes were made
	hashes []int64  // nil: not distinct str keys; the loop stores them one by one
}

type constKeyCache [constKeySize]constKeyEntry

// constKeyHashes is the hashes of keys, a constant tuple of at most
// smallDict keys, or nil when they are not all distinct strs.
func (t *thread) constKeyHashes(keys py.Tuple) []int64 {
	p := unsafe.Pointer(unsafe.SliceData(keys))
	h := (uint64(uintptr(p)) * 0x9e3779b97f4a7c15) >> (64 - constKeyBits)
	e := &t.constKeys[h]
	seed := seededHash.Load()
	if unsafe.Pointer(unsafe.SliceData(e.keys)) == p && len(e.keys) == len(keys) && e.seed == seed {
		return e.hashes
	}
	*e = constKeyEntry{keys: keys, seed: seed, hashes: distinctStrHashes(keys)}
	return e.hashes
}

// distinctStrHashes is the hashes of keys when they are distinct strs,
// else nil.
func distinctStrHashes(keys py.Tuple) []int64 {
	hs := make([]int64, len(keys))
	for i, k := range keys {
		s, ok := k.(py.String)
		if !ok {
			return nil
		}
		for _, prev := range keys[:i] {
			if prev.(py.String) == s {
				return nil
			}
		}
		h, err := Hash(s)
		if err != nil {
			return nil
		}
		hs[i] = h
	}
	return hs
}

// constKeyDict is the dict of keys and values when their hashes are
// known (constKeyHashes), or nil.
func (t *thread) constKeyDict(keys py.Tuple, values []py.Object) *Dict {
	if len(keys) == 0 || len(keys) > smallDict || len(values) != len(keys) {
		return nil
	}
	hs := t.constKeyHashes(keys)
	if hs == nil {
		return nil
	}
	d := &Dict{entries: make([]dictEntry, len(keys))}
	for i, k := range keys {
		d.entries[i] = dictEntry{hash: hs[i], key: k, value: values[i]}
	}
	d.used = len(keys)
	d.version = uint64(len(keys))
	return d
}
