package pyrepr

import (
	"sync"

	"github.com/petermattis/goid"
)

// The containers being rendered are per goroutine, as CPython keeps its
// Py_ReprEnter list per thread: a __repr__ written in Python that calls
// repr() on a container it is already inside (UserList's
// repr(self.data), with the list holding the UserList) then meets the
// container as rendered and prints "[...]" instead of recursing.
var activeByGoroutine sync.Map // int64 -> map[uintptr]bool

// joinActive gives r the set of the goroutine's rendering in progress,
// or a new one; done releases a new one.
func (r *reprer) joinActive() (done func()) {
	g := goid.Get()
	if m, ok := activeByGoroutine.Load(g); ok {
		r.active = m.(map[uintptr]bool)
		return func() {}
	}
	r.active = map[uintptr]bool{}
	activeByGoroutine.Store(g, r.active)
	return func() { activeByGoroutine.Delete(g) }
}
