package vm

import (
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// The class-attribute cache: attribute lookups on instances of Python
// classes walk the class's MRO (a map lookup per class) and check for
// __getattribute__/__getattr__ hooks; each thread remembers the outcome
// per (class, name).
//
// Invalidation: classEpoch counts every change to a class that the loop
// can see (assigning or deleting a class attribute through STORE_ATTR,
// setattr or delattr, and creating a class). An entry is valid only for
// the epoch it was filled in. Writing into a class's __dict__ directly is
// not seen (CPython makes it read-only).
var classEpoch atomic.Uint64

// classChanged invalidates every thread's class-attribute cache.
func classChanged() { classEpoch.Add(1) }

type attrEntry struct {
	cls      *py.Type
	name     string
	epoch    uint64
	attr     py.Object // cls.Lookup(name), nil if absent
	data     bool      // attr is a data descriptor
	getattrs bool      // cls defines __getattribute__ in Python
	getattr  py.Object // cls's Python __getattr__, or nil
	setattr  bool      // cls defines __setattr__ in Python
	noSlot   bool      // __slots__ keeps name out of the instance dict
	slot     int8      // where name was last found in an instance dict (fast_instdict.go)
	// dictFirst: a load reads the instance dict first (no
	// __getattribute__, no data descriptor); plainStore: a store goes
	// straight to the instance dict (no __setattr__, no class attribute,
	// not kept out by __slots__, neither __class__ nor __dict__).
	dictFirst  bool
	plainStore bool
	// member: a store goes to this __slots__ member of a class cls
	// derives from (no __setattr__), whose value lives in the instance
	// dict under the member's name (slot_member.go): not when the
	// instance has a __dict__, where its slots live apart.
	member *slotMember
}

const (
	attrCacheBits = 8
	attrCacheSize = 1 << attrCacheBits
)

type attrCache [attrCacheSize]attrEntry

// lookup returns the cached lookup of name on cls, filling it on a miss.
// The entry returned may be refilled by any later lookup (a call of
// Python code): callers read what they need of it before calling.
func (ac *attrCache) lookup(cls *py.Type, name string) *attrEntry {
	e := ac.slot(cls, name)
	// A name is matched by its copy's address: the loop's names are
	// interned, and another copy of one only refills the entry.
	if e.cls == cls && unsafe.StringData(e.name) == unsafe.StringData(name) && len(e.name) == len(name) && e.epoch == classEpoch.Load() {
		return e
	}
	return fillAttrEntry(e, cls, name)
}

// hit is lookup's test alone, small enough to be inlined where the loop
// reads and writes instance attributes: the entry of (cls, name) when it
// is current, else nil (the caller then calls lookup).
func (ac *attrCache) hit(cls *py.Type, name string) *attrEntry {
	e := ac.slot(cls, name)
	if e.cls == cls && unsafe.StringData(e.name) == unsafe.StringData(name) && len(e.name) == len(name) && e.epoch == classEpoch.Load() {
		return e
	}
	return nil
}

// slot is the entry where (cls, name) is cached.
func (ac *attrCache) slot(cls *py.Type, name string) *attrEntry {
	// Fibonacci hashing of both addresses: the low bits of heap
	// addresses repeat, and the names' are shared (intern_names.go).
	h := (uint64(uintptr(unsafe.Pointer(cls))) ^ uint64(uintptr(unsafe.Pointer(unsafe.StringData(name))))<<7) * 0x9e3779b97f4a7c15
	return &ac[h>>(64-attrCacheBits)]
}

// fillAttrEntry looks name up on cls into e.
//
//go:noinline
func fillAttrEntry(e *attrEntry, cls *py.Type, name string) *attrEntry {
	epoch := classEpoch.Load()
	attr := classLookup(cls, name)
	getattrs := userMethod(cls, "__getattribute__") != nil
	// Without a class attribute of its own, __class__ is object's data
	// descriptor: an instance dict entry of that name never answers.
	data := attr != nil && isDataDescriptor(attr) || attr == nil && name == "__class__"
	setattr := userMethod(cls, "__setattr__") != nil
	noSlot := !slotAllows(cls, name)
	member, _ := attr.(*slotMember)
	if member != nil && (setattr || !cls.IsSubtype(member.owner) || member.slotsApart(cls)) {
		member = nil
	}
	*e = attrEntry{
		cls:      cls,
		name:     name,
		epoch:    epoch,
		attr:     attr,
		data:     data,
		getattrs: getattrs,
		getattr:  userMethod(cls, "__getattr__"),
		setattr:  setattr,
		noSlot:   noSlot,
		slot:     -1,

		dictFirst:  !getattrs && !data,
		plainStore: !setattr && attr == nil && !noSlot && name != "__class__" && name != "__dict__",
		member:     member,
	}
	return e
}
