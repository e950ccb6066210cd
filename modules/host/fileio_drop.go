package host

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"syscall"
	"time"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// A FileIO the script drops without closing is closed by a runtime
// cleanup when a collection finds it, where CPython's reference counting
// closes it at the drop. Waits that could depend on that close (a read
// of a pipe whose write end was dropped) run a collection when they last
// long: droppedFiles tells the waits' finalization (vm.OnWait) that such
// files exist, and sigint's long descriptor waits collect.
//
// CPython 3.6 also warns "unclosed file <repr>" (a ResourceWarning, which
// the default filters hide) when a FileIO that owns its descriptor is
// finalized open, the repr being that of the outermost object over it:
// the TextIOWrapper or buffered object open() gave, through their
// _dealloc_warn. Here the cleanup queues that warning (dropWarning, whose
// repr the constructors keep current with warnAs) and the loop issues it
// at its next collection point (vm.OnCollected), in the interpreter that
// made the file (the DropQueue of drop_queue.go). An instance of a class derived from an _io type is
// finalized by its __del__ instead (io_subclass.go), which warns at once.

// droppable counts the FileIO objects whose descriptor a cleanup closes.
var droppable atomic.Int64

func init() {
	vm.OnWait(func() bool { return droppable.Load() != 0 }, func() bool { return false }, func() {})
	sigint.LongWait = vm.CollectForWaits
	vm.OnCollected(issueDropWarnings)
}

// dropWarning is the ResourceWarning due if its FileIO is dropped open.
type dropWarning struct {
	// owner is the interpreter that made the file, held weakly: the
	// cleanup must not reach the file (the interpreter may hold it).
	owner weak.Pointer[vm.Context]
	repr  atomic.Pointer[string] // the outermost object's repr
	// the FileIO's name and mode, for its own repr, which a report of a
	// failed warning shows ("Exception ignored in: <_io.FileIO ...>")
	name py.Object
	mode string
	// mark is the outermost object's, while the filters show the
	// warning, so that the warning comes at the drop, as CPython's does
	mark ReferentMark
}

// unwatch undoes the mark of the outermost object (once).
func (w *dropWarning) unwatch() {
	if w != nil {
		w.mark.Unwatch()
	}
}

// ResourceWarningShown reports whether ctx's warnings filters would show
// a ResourceWarning now: the first filter for it that does not ignore it,
// or the default action; before the warnings module is imported, only -W
// options can show it. The one check for files and sockets dropped open.
func ResourceWarningShown(ctx py.Context) bool {
	m, err := ctx.GetModule("warnings")
	if err != nil {
		if sys, serr := ctx.GetModule("sys"); serr == nil {
			if opts, ok := sys.Globals["warnoptions"].(*py.List); ok {
				return len(opts.Items) > 0
			}
		}
		return false
	}
	var items []py.Object
	switch f := m.Globals["filters"].(type) {
	case *py.List:
		items = f.Items
	case py.Tuple:
		items = f
	}
	for _, it := range items {
		t, ok := it.(py.Tuple)
		if !ok || len(t) < 4 {
			continue
		}
		cat, ok := t[2].(*py.Type)
		if !ok || !py.ResourceWarning.IsSubtype(cat) {
			continue
		}
		if action, _ := t[0].(py.String); action != "ignore" {
			return true
		}
		if t[1] == py.None && t[3] == py.None {
			return false
		}
	}
	def, ok := m.Globals["defaultaction"].(py.String)
	return ok && def != "ignore"
}

// source is the repr of the dropped FileIO itself.
func (w *dropWarning) source() string {
	n, err := nameRepr(w.name)
	if err != nil {
		n = ""
	}
	return fmt.Sprintf("<_io.FileIO%s mode='%s' closefd=True>", n, w.mode)
}

// droppedFile is what a FileIO's cleanup needs: its descriptor and the
// warning due (nil when none).
type droppedFile struct {
	fd   int
	warn *dropWarning
	pend *wpending // the write buffer over the file, whose bytes go first
}

// closeOnDrop makes a collection of f close its descriptor and warn.
func (f *FileIO) closeOnDrop() {
	droppable.Add(1)
	if f.drop == nil {
		if owner, ok := DropOwner(); ok {
			f.drop = &dropWarning{owner: owner}
		}
	}
	if f.writable && f.pend == nil {
		f.pend = f.newPending()
	}
	f.cleanup = runtime.AddCleanup(f, closeDropped, droppedFile{f.fd, f.drop, f.pend})
	f.hasCleanup = true
}

// closeDropped is the cleanup of a dropped FileIO (on the runtime's
// cleanup goroutine).
func closeDropped(d droppedFile) {
	if d.pend.hasData() && !d.pend.regular {
		// a pipe's or terminal's write may block: not on the runtime's
		// cleanup goroutine
		go func() {
			d.pend.writeOut()
			syscall.Close(d.fd)
		}()
	} else {
		if d.pend != nil {
			d.pend.writeOut()
		}
		syscall.Close(d.fd)
	}
	droppable.Add(-1)
	d.warn.unwatch()
	if d.warn != nil && d.warn.repr.Load() != nil {
		dropWarnings.Push(d.warn.owner, d.warn)
	}
}

// keepOnDrop cancels closeOnDrop (f is being closed).
func (f *FileIO) keepOnDrop() {
	if f.hasCleanup {
		f.cleanup.Stop()
		f.hasCleanup = false
		droppable.Add(-1)
		f.drop.unwatch()
	}
}

// warnAs makes the warning of f, if it is dropped open, show obj's repr
// (obj is f or the stream just made over it). Nothing is due for a file
// that does not own its descriptor.
func (f *FileIO) warnAs(obj py.Object) {
	if f == nil || f.drop == nil || !f.hasCleanup {
		return
	}
	r, err := vm.Repr(obj)
	if err != nil {
		return
	}
	f.drop.name, f.drop.mode = f.nameAttr(), f.modeString()
	f.drop.repr.Store(&r)
	f.drop.mark.WatchIfShown(vm.CurrentContext(), obj)
}

// openFileOf is the FileIO under stream (a FileIO, a buffered object or
// a TextIOWrapper, or an instance of a class derived from one) when it is
// open and owns its descriptor, else nil.
func openFileOf(stream py.Object) *FileIO {
	var f *FileIO
	switch v := pyutil.Unwrap(stream).(type) {
	case *FileIO:
		f = v
	case *Buffered:
		if !v.detached {
			f = v.raw
		}
	case *TextIO:
		if !v.detached && !v.buf.detached {
			f = v.buf.raw
		}
	}
	if f == nil || f.closed || !f.closefd {
		return nil
	}
	return f
}

// warnUnclosedStream is the warning of stream, an instance of a class
// derived from an _io type, finalized open: issued now, with the
// instance's own repr, and withdrawn from its FileIO's cleanup.
func warnUnclosedStream(stream py.Object) {
	f := openFileOf(stream)
	if f == nil || f.drop == nil {
		return
	}
	f.drop.repr.Store(nil)
	r, err := vm.Repr(stream)
	if err != nil {
		return
	}
	warnUnclosed(vm.CurrentContext(), r, stream)
}

var (
	// dropWarnings holds the warnings of files the collections found
	// dropped open
	dropWarnings DropQueue[*dropWarning]
	// dropLinks holds the links of the buffered objects and
	// TextIOWrappers the collections found
	dropLinks DropQueue[*streamLink]
)

// issueDropWarnings is the OnCollected hook: it closes the streams under
// the buffered objects and TextIOWrappers the collections found, and
// issues the warnings of the files they found, those of the current
// interpreter.
func issueDropWarnings() int {
	if dropWarnings.Empty() && dropLinks.Empty() && droppable.Load() == 0 && linked.Load() == 0 {
		return 0
	}
	ctx := vm.CurrentContext()
	if ctx == nil {
		return 0
	}
	waitCleanups()
	for _, l := range dropLinks.Take(ctx) {
		closeLinked(ctx, l)
	}
	for _, w := range dropWarnings.Take(ctx) {
		if r := w.repr.Load(); r != nil {
			warnUnclosed(ctx, *r, py.String(w.source()))
		}
	}
	return 0
}

// warnUnclosed issues "unclosed file REPR" (warnResource).
func warnUnclosed(ctx py.Context, repr string, source py.Object) {
	WarnResource(ctx, "unclosed file "+repr, source)
}

// A buffered object or TextIOWrapper dropped while open closes the stream
// under it, as CPython's finalizer calls its close(): a FileIO the script
// still holds is then closed, with the warning its drop would give.
// Their cleanups queue a streamLink, which reaches the stream under the
// dropped object but not the object itself; the hook closes that stream
// under the interpreter lock.

// streamLink is what the cleanup of a dropped buffered object or
// TextIOWrapper needs: the stream under it.
type streamLink struct {
	owner    weak.Pointer[vm.Context]
	raw      *FileIO   // a buffered object's raw file
	buf      *Buffered // a TextIOWrapper's buffer
	detached bool      // the object gave its stream up (detach()); set under the interpreter lock
}

// newStreamLink makes the link of an object over raw or buf and has a
// collection of owner queue it; nil when no interpreter runs.
func newStreamLink[T any](owner *T, raw *FileIO, buf *Buffered) *streamLink {
	ctx, ok := DropOwner()
	if !ok {
		return nil
	}
	l := &streamLink{owner: ctx, raw: raw, buf: buf}
	linked.Add(1)
	runtime.AddCleanup(owner, queueLink, l)
	return l
}

// closeOnDrop makes a collection of b close its raw file.
func (b *Buffered) closeOnDrop() { b.link = newStreamLink(b, b.raw, nil) }

// closeOnDrop makes a collection of t close its buffer's raw file.
func (t *TextIO) closeOnDrop() { t.link = newStreamLink(t, nil, t.buf) }

// unlink notes that the object of l gave its stream up.
func (l *streamLink) unlink() {
	if l != nil {
		l.detached = true
	}
}

// linked counts the objects whose cleanup queues a link.
var linked atomic.Int64

// queueLink is the cleanup of a dropped buffered object or TextIOWrapper.
func queueLink(l *streamLink) {
	linked.Add(-1)
	dropLinks.Push(l.owner, l)
}

// closeLinked closes the stream under l's dropped object, warning first
// when its FileIO owns its descriptor (under the interpreter lock).
func closeLinked(ctx py.Context, l *streamLink) {
	raw := l.raw
	if l.buf != nil {
		if l.buf.detached {
			return
		}
		raw = l.buf.raw
	}
	if l.detached || raw == nil || raw.closed {
		return
	}
	if raw.closefd && raw.drop != nil {
		if r := raw.drop.repr.Swap(nil); r != nil {
			warnUnclosed(ctx, *r, raw)
		}
	}
	// the dropped object's close flushes first
	if raw.pend != nil {
		raw.pend.writeOut()
	}
	_ = raw.close()
}

// waitCleanups waits, for a bounded time, until the runtime has run the
// cleanups the last collection queued: the hook runs right after a
// collection, and the files it found are only queued by their cleanups.
func waitCleanups() {
	samples := []metrics.Sample{
		{Name: "/gc/cleanups/queued:cleanups"},
		{Name: "/gc/cleanups/executed:cleanups"},
	}
	deadline := time.Now().Add(200 * time.Millisecond)
	for spin := range 1 << 20 {
		metrics.Read(samples)
		if samples[0].Value.Kind() != metrics.KindUint64 || samples[1].Value.Uint64() >= samples[0].Value.Uint64() || time.Now().After(deadline) {
			return
		}
		// Sleeping leaves the processor to the cleanup goroutines.
		time.Sleep(min(time.Duration(spin+1)*20*time.Microsecond, time.Millisecond))
	}
}

// abandon is the end of a FileIO whose __init__ failed after it opened:
// a descriptor it opened by name is closed, one the caller gave stays
// open and the caller's, as CPython's FileIO.__init__ leaves them;
// either way no warning is due.
func (f *FileIO) abandon() {
	f.keepOnDrop()
	if _, given := f.name.(py.Int); given {
		f.closed = true
		return
	}
	_ = f.close()
}
