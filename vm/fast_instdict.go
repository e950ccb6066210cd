package vm

import (
	"math/bits"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Instance attributes without hashing.
//
// An instance's attributes live in its py.StringDict, a Go map. Go hashes
// every short string key on every access, which made the map the largest
// single cost of self.x reads and writes. A map of at most eight entries
// (most instances) is one group of eight slots, though: a control word
// (one byte per slot, high bit clear when the slot holds an entry) and the
// slots themselves, each a key and its value. Reading that group directly
// finds a key by comparing strings, and the names the loop uses are
// interned (intern_names.go), so the comparison is usually a pointer test.
// The class-attribute cache entry for (class, name) remembers the slot
// where the name was last found: instances of one class that gain their
// attributes in the same order (the usual case, through __init__) keep
// each name in the same slot, so most probes test one slot.
//
// The group is read only after checking that the map is small (no
// directory of tables), and a slot is used only when its control byte
// says it is full and its key equals the name, so a stale hint costs a
// scan, never a wrong answer. A value is replaced in place only for a key
// already present, which is what a map assignment does for it; adding a
// key, deleting one and growing the map stay the map's own operations.
//
// The layout is Go's (internal/runtime/maps, Go 1.24 and later): init
// probes it on maps it builds and turns this path off if anything differs.

// swissMap mirrors the head of internal/runtime/maps.Map.
type swissMap struct {
	used   uint64
	seed   uintptr
	dirPtr unsafe.Pointer
	dirLen int
}

// mapSlot and mapGroup mirror a small map[string]py.Object's group.
type mapSlot struct {
	key  string
	elem py.Object
}

type mapGroup struct {
	ctrl  uint64
	slots [8]mapSlot
}

// smallDicts is set by init when the probe of the layout succeeds.
var smallDicts bool

// smallGroup returns d's only group when d is a small map, else nil.
func smallGroup(d py.StringDict) *mapGroup {
	if !smallDicts {
		return nil
	}
	m := *(**swissMap)(unsafe.Pointer(&d))
	if m == nil || m.dirLen != 0 || m.dirPtr == nil {
		return nil
	}
	return (*mapGroup)(m.dirPtr)
}

// find returns the slot of g holding name, trying slot hint first, or -1
// when g does not hold it.
func (g *mapGroup) find(name string, hint int8) int {
	full := ^g.ctrl & 0x8080808080808080 // the high bit of each full slot's byte
	if h := uint(hint); h < 8 && full>>(8*h)&0x80 != 0 && sameKey(g.slots[h].key, name) {
		return int(h)
	}
	for full != 0 {
		i := bits.TrailingZeros64(full) >> 3
		if sameKey(g.slots[i].key, name) {
			return i
		}
		full &= full - 1
	}
	return -1
}

// sameKey is a == b, testing first for the same interned copy, then the
// first bytes (names of one length, balance and deposit, mostly differ
// there) before comparing the whole.
func sameKey(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 || unsafe.StringData(a) == unsafe.StringData(b) {
		return true
	}
	return a[0] == b[0] && a == b
}

// hintedSlot is the slot of d holding name when d is small and name is
// in slot hint (its low three bits: a hint of -1 tests slot 7, which is
// still right when that slot holds name), else nil. Small enough to be
// inlined where the loop reads and writes instance attributes; a miss
// goes on to instDictGet or instDictReplace, which scan the group.
func hintedSlot(d py.StringDict, hint int8, name string) *mapSlot {
	m := *(**swissMap)(unsafe.Pointer(&d))
	if m == nil || m.dirLen != 0 || m.dirPtr == nil || !smallDicts {
		return nil
	}
	g := (*mapGroup)(m.dirPtr)
	h := uint(hint) & 7
	if s := &g.slots[h]; g.ctrl>>(8*h)&0x80 == 0 && unsafe.StringData(s.key) == unsafe.StringData(name) && len(s.key) == len(name) {
		return s
	}
	return nil
}

// instDictGet is d[name] for an instance dict, e the class-attribute
// cache entry of (its class, name).
func instDictGet(d py.StringDict, e *attrEntry, name string) (py.Object, bool) {
	if g := smallGroup(d); g != nil {
		i := g.find(name, e.slot)
		if i < 0 {
			return nil, false
		}
		e.slot = int8(i)
		return g.slots[i].elem, true
	}
	v, ok := d[name]
	return v, ok
}

// instDictReplace replaces the value of name in d when d holds it and is
// small; it reports whether it did.
func instDictReplace(d py.StringDict, e *attrEntry, name string, v py.Object) bool {
	_, ok := instDictSwap(d, e, name, v)
	return ok
}

// instDictSwap is instDictReplace that also returns the value replaced.
func instDictSwap(d py.StringDict, e *attrEntry, name string, v py.Object) (py.Object, bool) {
	if g := smallGroup(d); g != nil {
		if i := g.find(name, e.slot); i >= 0 {
			e.slot = int8(i)
			old := g.slots[i].elem
			g.slots[i].elem = v
			return old, true
		}
	}
	return nil, false
}

// probeSmallDicts checks that maps built here have the layout smallGroup
// reads: every key of a small map found in its slot with its value, an
// absent key not found, an in-place replacement seen by the map, and a
// grown map not taken for a small one.
func probeSmallDicts() bool {
	smallDicts = true
	defer func() {
		if recover() != nil {
			smallDicts = false
		}
	}()
	names := []string{"alpha", "b", "gamma_delta", "e", "zeta", "eta", "theta", "iota", "kappa"}
	d := py.StringDict{}
	for n, name := range names[:8] {
		d[name] = py.Int(n)
		g := smallGroup(d)
		if g == nil {
			return false
		}
		for m, other := range names[:n+1] {
			i := g.find(other, -1)
			if i < 0 || g.slots[i].elem != py.Int(m) {
				return false
			}
		}
		if g.find(names[n+1], -1) >= 0 {
			return false
		}
	}
	delete(d, "e")
	e := &attrEntry{slot: -1}
	if _, ok := instDictGet(d, e, "e"); ok {
		return false
	}
	if !instDictReplace(d, e, "zeta", py.Int(40)) || d["zeta"] != py.Int(40) {
		return false
	}
	d["e"], d["kappa"] = py.Int(3), py.Int(8)
	if smallGroup(d) != nil || len(d) != 9 {
		return false
	}
	return true
}

func init() {
	smallDicts = probeSmallDicts()
}

// droppedStored is what a store that replaced old by v in place owes
// the finalization of dropped objects while objects are tracked
// (finalize_items.go): old, when it was another object.
//
//go:noinline
func (t *thread) droppedStored(old, v py.Object) {
	if old != nil && !identical(old, v) {
		t.droppedValue(old)
	}
}

// setSlotMember is m.__set__(it, v) for an instance of a class whose
// cache entry e names m (attrEntry.member): the value replaced in place
// when the instance dict holds it, else stored.
func setSlotMember(it *py.Type, e *attrEntry, m *slotMember, v py.Object) {
	if s := hintedSlot(it.Dict, e.slot, m.name); s != nil {
		s.elem = v
		return
	}
	if instDictReplace(it.Dict, e, m.name, v) {
		return
	}
	it.Dict[m.name] = v
}
