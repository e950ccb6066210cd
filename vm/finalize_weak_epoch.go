package vm

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// weakDropEpoch counts the drops of weakly referenced instances that
// ran no collection (marked weakDropped: finalize_weak.go). The weakref
// module's containers remember it: while it has not moved since they
// last settled, none of their referents can have died at a drop, and
// len() or a membership test costs no collection.
var weakDropEpoch atomic.Uint64

// markWeakDropped marks inst, an instance that only references without
// a callback point to, as dropped by a name.
func markWeakDropped(inst *py.Type) {
	inst.Flags |= weakDropped
	weakDropEpoch.Add(1)
}

// WeakDropEpoch returns the count of drops of weakly referenced
// instances so far (see weakDropEpoch).
func WeakDropEpoch() uint64 { return weakDropEpoch.Load() }

// NoteWeakStore counts, for the weakref module, an instance just stored
// in a weak container as if a name had dropped it: when the store held
// the only reference (`cache[k] = Conn()`), CPython frees the instance
// at once, and the container's next count must not see it.
func NoteWeakStore() { weakDropEpoch.Add(1) }
