package host

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sync/atomic"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/gc"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// ResourceWarnings for objects other than files dropped before they
// released what they hold.
//
// CPython 3.6 warns when some objects are finalized unreleased: a
// scandir iterator neither exhausted nor closed ("unclosed scandir
// iterator <posix.ScandirIterator object at 0x...>"). A DropNotice
// carries such a warning for a Go object: the object's cleanup queues it
// unless the notice was settled first (the resource released), and the
// OnCollected hook issues it in the interpreter that made the object, at
// the loop's next collection point, as the warnings of files dropped
// open are (fileio_drop.go); both go through one DropQueue
// (drop_queue.go). While the warnings filters show the warning
// when the object is made, the object is marked so that dropping it from
// a name collects at once: the warning then names the line of the drop,
// as CPython's reference counting does.

// DropNotice is a ResourceWarning due if its object is found unreachable
// before Settle is called.
type DropNotice struct {
	// owner is the interpreter that made the object, held weakly: the
	// cleanup must not reach the object (the interpreter may hold it).
	owner   weak.Pointer[vm.Context]
	message string // the warning's text
	source  string // the object's repr, for a warning that fails
	settled atomic.Bool
	cleanup runtime.Cleanup
	mark    ReferentMark
}

var (
	notices DropQueue[*DropNotice]
	// noticeLive counts the notices neither settled nor queued: while
	// there are some, gc.collect() waits for the cleanups its
	// collections queued, so that their warnings are due at its hooks.
	noticeLive atomic.Int64
)

func init() {
	vm.OnCollected(issueNotices)
	gc.WantGoCollections(func() bool { return noticeLive.Load() != 0 })
}

// NoticeDrop arranges the ResourceWarning message for owner, made now:
// issued if a collection finds owner unreachable before the returned
// notice is settled. source is owner's repr, which the report of a
// warning that cannot be issued (a filter set to "error") names. nil,
// on which Settle does nothing, when no interpreter runs.
func NoticeDrop[T any, P interface {
	*T
	py.Object
}](owner P, message, source string) *DropNotice {
	ctx, ok := DropOwner()
	if !ok {
		return nil
	}
	n := &DropNotice{owner: ctx, message: message, source: source}
	noticeLive.Add(1)
	n.cleanup = runtime.AddCleanup((*T)(owner), queueNotice, n)
	n.mark.WatchIfShown(vm.CurrentContext(), owner)
	return n
}

// Settle withdraws the warning: the object released its resource
// (closed, exhausted). Safe on nil and more than once.
func (n *DropNotice) Settle() {
	if n == nil || n.settled.Swap(true) {
		return
	}
	n.cleanup.Stop()
	n.mark.Unwatch()
	noticeLive.Add(-1)
}

// queueNotice is the cleanup of an object with a notice (on the
// runtime's cleanup goroutine).
func queueNotice(n *DropNotice) {
	n.mark.Unwatch()
	if n.settled.Swap(true) {
		return
	}
	noticeLive.Add(-1)
	notices.Push(n.owner, n)
}

// issueNotices is the OnCollected hook: it issues the warnings queued
// for objects of the current interpreter.
func issueNotices() int {
	if notices.Empty() {
		return 0
	}
	ctx := vm.CurrentContext()
	for _, n := range notices.Take(ctx) {
		WarnResource(ctx, n.message, py.String(n.source))
	}
	return 0
}

// WarnResource issues the ResourceWarning message; an exception from the
// warnings machinery (a filter set to "error") is reported as CPython
// reports one it cannot raise: "Exception ignored in: <source's repr>"
// on sys.stderr (source is a str when the object is gone). The one
// issuer of the warnings of objects dropped unreleased.
func WarnResource(ctx py.Context, message string, source py.Object) {
	err := vm.Warn(py.ResourceWarning, message, 1)
	if err == nil || ctx == nil {
		return
	}
	what, ok := source.(py.String)
	if !ok {
		r, rerr := vm.Repr(source)
		if rerr != nil {
			r = "<object repr() failed>"
		}
		what = py.String(r)
	}
	text := fmt.Sprintf("Exception ignored in: %s\n%s", what, pyutil.FormatException(err))
	if sys, e := ctx.GetModule("sys"); e == nil {
		if f, ok := sys.Globals["stderr"]; ok && f != py.None {
			if write, e := vm.GetAttr(f, "write"); e == nil {
				if _, e := vm.Call(write, py.Tuple{py.String(text)}, nil); e == nil {
					return
				}
			}
		}
	}
	fmt.Fprint(os.Stderr, text)
}

// ReferentMark is the mark (vm.WatchReferent) of the object a warning
// is about, made while the filters show the warning, so that dropping
// the object from a name collects at once and the warning names the line
// of the drop, as CPython's reference counting does. The zero value is
// unmarked; it is safe for concurrent use.
type ReferentMark struct {
	watched atomic.Uintptr // the marked object's address, 0 when none
}

// WatchIfShown marks obj when the warnings filters of ctx show a
// ResourceWarning now (undoing an earlier mark).
func (m *ReferentMark) WatchIfShown(ctx py.Context, obj py.Object) {
	m.Unwatch()
	if ctx == nil || !ResourceWarningShown(ctx) {
		return
	}
	m.Watch(obj)
}

// Watch marks obj, whatever the filters (undoing an earlier mark): for a
// caller that checked ResourceWarningShown itself.
func (m *ReferentMark) Watch(obj py.Object) {
	m.Unwatch()
	rv := reflect.ValueOf(obj)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return
	}
	if vm.WatchReferent(obj) {
		m.watched.Store(uintptr(rv.UnsafePointer()))
	}
}

// Unwatch undoes the mark (once).
func (m *ReferentMark) Unwatch() {
	if p := m.watched.Swap(0); p != 0 {
		vm.ReferentGone(p)
	}
}
