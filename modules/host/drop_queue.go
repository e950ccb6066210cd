package host

import (
	"sync"
	"sync/atomic"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// What a collection finds dropped is handled in two steps. The runtime
// cleanup of the dropped object runs on the runtime's cleanup goroutine,
// outside any interpreter, so it only queues what is due (a
// ResourceWarning for a file, a socket or a scandir iterator dropped
// unreleased, the closing of the stream under a dropped buffered object);
// a vm.OnCollected hook then does it under the interpreter lock, at the
// loop's next collection point, in the interpreter that made the object.
// DropQueue is that queue, the one place that sorts its entries by
// interpreter: the current one's are due, a live other's wait for its
// own hook, and a closed one's are dropped.

// DropQueue holds values of type T, each due in one interpreter. The
// zero value is an empty queue; it is safe for concurrent use.
type DropQueue[T any] struct {
	mu      sync.Mutex
	entries []dropEntry[T] // guarded by mu
	// n counts entries, so that a hook costs one load while there are none
	n atomic.Int64
}

// dropEntry is one queued value and the interpreter it is due in, held
// weakly: a cleanup must not keep an interpreter alive.
type dropEntry[T any] struct {
	owner weak.Pointer[vm.Context]
	v     T
}

// DropOwner is the interpreter running on this goroutine, held weakly,
// for the entries an object made now will queue; ok is false when none
// runs (an object Go code made outside any interpreter queues nothing).
func DropOwner() (owner weak.Pointer[vm.Context], ok bool) {
	ctx, ok := vm.CurrentContext().(*vm.Context)
	if !ok || ctx == nil {
		return owner, false
	}
	return weak.Make(ctx), true
}

// Push queues v, due in owner.
func (q *DropQueue[T]) Push(owner weak.Pointer[vm.Context], v T) {
	q.mu.Lock()
	q.entries = append(q.entries, dropEntry[T]{owner, v})
	q.mu.Unlock()
	q.n.Add(1)
}

// Empty reports whether nothing is queued (one atomic load).
func (q *DropQueue[T]) Empty() bool { return q.n.Load() == 0 }

// Take removes the values due in ctx and returns them in the order they
// were queued; it also drops those of interpreters that are gone, and
// leaves those of live others queued.
func (q *DropQueue[T]) Take(ctx py.Context) []T {
	if q.Empty() || ctx == nil {
		return nil
	}
	var due []T
	q.mu.Lock()
	kept := q.entries[:0]
	for _, e := range q.entries {
		owner := e.owner.Value()
		switch {
		case owner == nil:
		case py.Context(owner) == ctx:
			due = append(due, e.v)
		case vm.ContextLive(owner):
			kept = append(kept, e)
		}
	}
	q.n.Add(-int64(len(q.entries) - len(kept)))
	clear(q.entries[len(kept):])
	q.entries = kept
	q.mu.Unlock()
	return due
}
