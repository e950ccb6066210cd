package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
)

// Dict is Python's dict: keys of any hashable type, equal keys found
// through hash() and ==, items kept in insertion order.
//
// Items live in entries in the order they were inserted; a deleted item
// leaves a hole (key nil) until the next compaction. Up to smallDict items
// are found by a scan of entries; larger dicts add an open-addressing
// index of entry positions, probed as CPython probes its tables.
type Dict struct {
	entries []dictEntry
	index   []int32 // nil for small dicts; -1 marks a free slot
	used    int     // live items
	// version changes on every insertion or deletion, so that a lookup
	// whose __eq__ changed the dict starts over.
	version uint64
	// cls is the Python class of an instance of a dict subclass.
	cls *py.Type
	// mirror, when set, is the namespace exec() runs code in with this
	// dict as globals or builtins: every str-keyed change of the dict
	// reaches it at once (exec_namespace.go). An exception's __dict__
	// mirrors the exception's attributes the same way, but for its slot
	// fields (exception_dict.go).
	mirror py.StringDict
	// order is an OrderedDict's record of its keys' order, nil for
	// other dicts (dict_ordered.go).
	order *odOrder
}

type dictEntry struct {
	hash       int64
	key, value py.Object // key nil: a deleted item
}

const (
	smallDict    = 8
	slotFree     = -1
	perturbShift = 5
)

// DictType is the type of Dict: the builtins' dict.
var DictType = py.NewTypeX("dict", `dict(mapping_or_pairs=(), **kwargs) -> dict

A mutable mapping from hashable keys to values. It starts with the
entries of the optional positional argument (a mapping, or an iterable
of key/value pairs), then the keyword arguments as str keys.`, nil, nil)

// Type implements py.Object.
func (d *Dict) Type() *py.Type {
	if d.cls != nil {
		return d.cls
	}
	return DictType
}

// NewDict returns an empty dict with room for n items.
func NewDict(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.entries = make([]dictEntry, 0, n)
	}
	return d
}

// Len is len(d).
func (d *Dict) Len() int { return d.used }

// lookup returns the position in entries of key (with hash h), or -1.
func (d *Dict) lookup(key py.Object, h int64) (int, error) {
	for {
		version := d.version
		pos, err := d.find(key, h)
		if err != nil || d.version == version {
			return pos, err
		}
		// An __eq__ changed the dict under the lookup: start over.
	}
}

func (d *Dict) find(key py.Object, h int64) (int, error) {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key == nil || e.hash != h {
				continue
			}
			eq, err := keysEqual(e.key, key)
			if err != nil || eq {
				return i, err
			}
		}
		return -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	slot := uint64(h) & mask
	for {
		ix := d.index[slot]
		if ix == slotFree {
			return -1, nil
		}
		e := &d.entries[ix]
		if e.key != nil && e.hash == h {
			eq, err := keysEqual(e.key, key)
			if err != nil || eq {
				return int(ix), err
			}
		}
		perturb >>= perturbShift
		slot = (slot*5 + perturb + 1) & mask
	}
}

// keysEqual compares a stored key with a looked-up one whose hashes match:
// identity first, then str and int directly, then ==.
func keysEqual(stored, key py.Object) (bool, error) {
	switch k := key.(type) {
	case py.String:
		if s, ok := stored.(py.String); ok {
			return s == k, nil
		}
	case py.Int:
		if s, ok := stored.(py.Int); ok {
			return s == k, nil
		}
	}
	if identical(stored, key) {
		return true, nil
	}
	return equal(stored, key)
}

// GetItem returns d[key] and whether it is there.
func (d *Dict) GetItem(key py.Object) (py.Object, bool, error) {
	h, err := Hash(key)
	if err != nil {
		return nil, false, err
	}
	pos, err := d.lookup(key, h)
	if err != nil || pos < 0 {
		return nil, false, err
	}
	return d.entries[pos].value, true, nil
}

// GetStr returns d[key] for a str key.
func (d *Dict) GetStr(key string) (py.Object, bool) {
	v, ok, _ := d.GetItem(py.String(key))
	return v, ok
}

// SetItem is d[key] = value.
func (d *Dict) SetItem(key, value py.Object) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return d.setHashed(key, h, value)
}

// SetStr is d[key] = value for a str key.
func (d *Dict) SetStr(key string, value py.Object) {
	_ = d.SetItem(py.String(key), value)
}

func (d *Dict) setHashed(key py.Object, h int64, value py.Object) error {
	pos, err := d.lookup(key, h)
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.entries[pos].value = value
		if d.mirror != nil && !d.mirrorSkips(key) {
			d.mirrorStore(key, value)
		}
		return nil
	}
	d.insertNew(key, h, value)
	return nil
}

// insertNew appends an item whose key is known to be absent.
func (d *Dict) insertNew(key py.Object, h int64, value py.Object) {
	if d.index != nil && (len(d.entries)+1)*3 > len(d.index)*2 {
		d.rebuild(d.used + 1)
	} else if d.index == nil && len(d.entries) >= smallDict {
		d.rebuild(d.used + 1)
	}
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
	d.used++
	d.version++
	if d.index != nil {
		d.indexInsert(h, int32(len(d.entries)-1))
	}
	if d.mirror != nil && !d.mirrorSkips(key) {
		d.mirrorStore(key, value)
	}
}

// indexInsert puts entry position ix into the first free slot of hash h.
func (d *Dict) indexInsert(h int64, ix int32) {
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	slot := uint64(h) & mask
	for d.index[slot] != slotFree {
		perturb >>= perturbShift
		slot = (slot*5 + perturb + 1) & mask
	}
	d.index[slot] = ix
}

// rebuild drops the holes from entries and sizes the index for n items
// (no index while n fits a small dict).
func (d *Dict) rebuild(n int) {
	if d.used != len(d.entries) {
		live := make([]dictEntry, 0, max(n, smallDict))
		for _, e := range d.entries {
			if e.key != nil {
				live = append(live, e)
			}
		}
		d.entries = live
	}
	if n <= smallDict {
		d.index = nil
		return
	}
	size := 16
	for size*2 < n*3 {
		size <<= 1
	}
	size <<= 1
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = slotFree
	}
	for i, e := range d.entries {
		d.indexInsert(e.hash, int32(i))
	}
}

// DelItem is del d[key]; false when the key is absent.
func (d *Dict) DelItem(key py.Object) (bool, error) {
	h, err := Hash(key)
	if err != nil {
		return false, err
	}
	pos, err := d.lookup(key, h)
	if err != nil || pos < 0 {
		return false, err
	}
	d.removeAt(pos)
	return true, nil
}

// removeAt deletes the item at entry position pos, leaving a hole.
func (d *Dict) removeAt(pos int) {
	if d.mirror != nil && !d.mirrorSkips(d.entries[pos].key) {
		d.mirrorDelete(d.entries[pos].key)
	}
	d.entries[pos] = dictEntry{hash: d.entries[pos].hash}
	d.used--
	d.version++
	if pos == len(d.entries)-1 && d.index == nil {
		d.entries = d.entries[:pos]
	}
	if d.used == 0 {
		d.entries = d.entries[:0]
		d.index = nil
		return
	}
	// Many holes: compact, as a dict shrinks by deletions.
	if len(d.entries) > 2*d.used+smallDict {
		d.rebuild(d.used)
	}
}

// Clear empties d.
func (d *Dict) Clear() {
	if d.mirror != nil {
		d.mirrorClearAll() // exception_dict.go
	}
	d.entries = nil
	d.index = nil
	d.used = 0
	d.version++
}

// Items calls f for each item in insertion order until f returns false.
// f must not change d.
func (d *Dict) Items(f func(k, v py.Object) bool) {
	for _, e := range d.entries {
		if e.key != nil && !f(e.key, e.value) {
			return
		}
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []py.Object {
	out := make([]py.Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Copy returns a shallow copy (a plain dict, whatever d's class).
func (d *Dict) Copy() *Dict {
	c := &Dict{used: d.used}
	c.entries = make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			c.entries = append(c.entries, e)
		}
	}
	if d.used > smallDict {
		c.rebuild(d.used)
	}
	return c
}

// ToStringDict converts d for a call's keyword arguments or a namespace:
// every key must be a str.
func (d *Dict) ToStringDict(errf func(key py.Object) error) (py.StringDict, error) {
	out := make(py.StringDict, d.used)
	for _, e := range d.entries {
		if e.key == nil {
			continue
		}
		k, ok := e.key.(py.String)
		if !ok {
			return nil, errf(e.key)
		}
		out[string(k)] = e.value
	}
	return out, nil
}

// DictFromStringDict copies a namespace or keyword dict, keys in their
// insertion order where it is known, else sorted.
func DictFromStringDict(s py.StringDict) *Dict {
	if sideOf(s) != nil {
		keys, values := namespaceItems(s)
		d := NewDict(len(keys))
		for i, k := range keys {
			_ = d.SetItem(k, values[i])
		}
		return d
	}
	d := NewDict(len(s))
	for _, k := range namespaceKeys(s) {
		d.SetStr(k, s[k])
	}
	return d
}

// lastItem returns the position of the last live entry, or -1.
func (d *Dict) lastItem() int {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if d.entries[i].key != nil {
			return i
		}
	}
	return -1
}

// sortedKeys orders a Go map's keys as Python sorts str.
func sortedKeys(s py.StringDict) []string { return nsorder.Sorted(s) }

// namespaceKeys is a namespace's keys in insertion order, as far as the
// loop saw them added (internal/nsorder).
func namespaceKeys(s py.StringDict) []string { return nsorder.Keys(s) }

// adoptNamespaceTypes makes gpython's own dict and set types subtypes of
// the loop's: namespaces (globals(), vars(), __dict__) stay gpython's
// StringDict, and isinstance(globals(), dict) holds as in CPython.
func adoptNamespaceTypes() {
	for _, t := range []*py.Type{DictType, SetType, FrozenSetType} {
		if err := t.Ready(); err != nil {
			panic(err)
		}
	}
	adopt := func(t, base *py.Type) {
		t.Base = base
		t.Bases = py.Tuple{base}
		t.Mro = py.Tuple{t, base, py.ObjectType}
	}
	adopt(py.StringDictType, DictType)
	adopt(py.SetType, SetType)
	adopt(py.FrozenSetType, FrozenSetType)
}
