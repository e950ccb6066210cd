package host

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// Exports of a resizable buffer (bytearray, array.array): while a
// memoryview of it is alive and not released, CPython 3.6 refuses to
// change its size with BufferError. CPython knows the moment the last
// view goes from its reference counts; here each view made by
// memoryview() (and each view sliced or cast from one) is remembered
// through a weak pointer, and a resize that finds some not yet
// released asks for a collection first, so that views the program
// dropped no longer count. A program that never drops a view before
// resizing pays nothing.
//
// A collection is dear (milliseconds), so it is rationed: an exporter
// whose last three collections found every view gone stops asking, and
// trusts that its views are dropped. A program that resizes in a loop
// while it makes and drops views keeps its speed; the price is that
// there a view kept alive goes unnoticed (the resize then happens, as it
// did before views locked anything).

// Exports is the list of views of one exporter.
type Exports struct {
	mu     sync.Mutex
	views  []weak.Pointer[MemoryView]
	wasted int // collections in a row that found no view alive
}

// maxWasted is how many fruitless collections an exporter may ask for in
// a row.
const maxWasted = 3

// BufferExporter is an exporter whose views lock its size.
type BufferExporter interface {
	BufferExports() *Exports
}

// add remembers a view of the exporter.
func (e *Exports) add(m *MemoryView) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.wasted < maxWasted {
		e.views = append(e.views, weak.Make(m))
	}
}

// pending drops the views released or collected and reports whether
// any remain.
func (e *Exports) pending() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.wasted >= maxWasted {
		return false
	}
	kept := e.views[:0]
	for _, w := range e.views {
		if v := w.Value(); v != nil && !v.released {
			kept = append(kept, w)
		}
	}
	clear(e.views[len(kept):])
	e.views = kept
	return len(kept) > 0
}

// Busy reports views of the exporter still in use (a nil *Exports has
// none).
func (e *Exports) Busy() bool {
	if e == nil || !e.pending() {
		return false
	}
	runtime.GC()
	busy := e.pending()
	e.mu.Lock()
	if busy {
		e.wasted = 0
	} else if e.wasted++; e.wasted >= maxWasted {
		e.views = nil // no longer watched
	}
	e.mu.Unlock()
	return busy
}

// exportsOf is the export list of an exporter, made on first use.
func exportsOf(p **Exports) *Exports {
	if *p == nil {
		*p = new(Exports)
	}
	return *p
}

// BufferExports implements BufferExporter.
func (b *ByteArray) BufferExports() *Exports { return exportsOf(&b.exports) }

// canResize is the check before a bytearray changes size.
func (b *ByteArray) canResize() error {
	if b.exports.Busy() {
		return py.ExceptionNewf(py.BufferError, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}

// registerView makes m count as an export of what it views, when that
// locks its size; derived views (slices, casts) share their origin's
// exporter and count too.
func registerView(m *MemoryView) {
	if e, ok := m.obj.(BufferExporter); ok && m.exported {
		e.BufferExports().add(m)
	}
}

// Pending reports views of the exporter not yet released and maybe still
// alive, without asking for a collection: false means a resize is free.
func (e *Exports) Pending() bool { return e != nil && e.pending() }

// HoldExport makes obj count as exported, as a view of it would, when it
// is an exporter whose size exports lock (bytearray, array.array): a
// resize raises BufferError until release is called or the holder of
// release is collected. C code that keeps a buffer across calls (re's
// finditer over a bytearray) holds one so. For other objects release
// does nothing.
func HoldExport(obj py.Object) (release func()) {
	e, ok := obj.(BufferExporter)
	if !ok {
		return func() {}
	}
	m := &MemoryView{obj: obj, exported: true}
	e.BufferExports().add(m)
	return func() { m.released = true }
}
