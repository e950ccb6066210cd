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
// (del C.__slots__ does not give instances a __dict__). The layout code
// reads a class's slots through classSlots, which answers the entry the
// class was made with once the entry has changed. Until some class's
// __slots__ entry changes, nothing is recorded and classSlots is the
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
