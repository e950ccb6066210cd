package vm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/go-python/gpython/py"
)

// A class's instance layout is fixed when the class is made: assigning
// or deleting C.__slots__ afterwards changes the namespace entry only
// (del C.__slots__ does not give instances a __dict__), and so does
// changing the value itself (C.__slots__.append('__dict__') on a list).
// The layout code reads a class's slots through classSlots, which
// answers the names the class was made with once the entry has changed,
// or at once when the entry is a value that can change or be used up (a
// list, a dict, an iterator). Until some class's __slots__ is such a
// value or its entry changes, nothing is recorded and classSlots is the
// namespace lookup alone.

type slotsRecord struct {
	v  py.Object
	ok bool
}

var (
	slotsChanged  atomic.Int32
	slotsAtCreate sync.Map // weak.Pointer[py.Type] -> slotsRecord
)

// noteSlotsChange is called before C.__slots__ is assigned or deleted:
// the first time, it keeps the entry the layout was made from.
func noteSlotsChange(t *py.Type) {
	if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return
	}
	key := weak.Make(t)
	v, ok := t.Dict["__slots__"]
	if _, had := slotsAtCreate.LoadOrStore(key, slotsRecord{v, ok}); had {
		return
	}
	runtime.AddCleanup(t, func(k weak.Pointer[py.Type]) { slotsAtCreate.Delete(k) }, key)
	slotsChanged.Add(1)
}

// recordSlots keeps names, the names a new class's __slots__ value gave,
// as the class's slots when the value is not a str or a tuple of str
// (which stay as they are while the namespace entry does).
func recordSlots(t *py.Type, slots py.Object, names py.Tuple) {
	switch v := slots.(type) {
	case py.String:
		return
	case py.Tuple:
		fixed := true
		for _, it := range v {
			if _, ok := it.(py.String); !ok {
				fixed = false
			}
		}
		if fixed {
			return
		}
	}
	key := weak.Make(t)
	slotsAtCreate.Store(key, slotsRecord{names, true})
	runtime.AddCleanup(t, func(k weak.Pointer[py.Type]) { slotsAtCreate.Delete(k) }, key)
	slotsChanged.Add(1)
}

// ClassSlots is the __slots__ the class t was made with, if any: what
// decides its instances' layout, whatever its namespace says now.
func ClassSlots(t *py.Type) (py.Object, bool) { return classSlots(t) }

// classSlots is the __slots__ the class t was made with, if any.
func classSlots(t *py.Type) (py.Object, bool) {
	if slotsChanged.Load() != 0 {
		if r, ok := slotsAtCreate.Load(weak.Make(t)); ok {
			rec := r.(slotsRecord)
			return rec.v, rec.ok
		}
	}
	v, ok := t.Dict["__slots__"]
	return v, ok
}
