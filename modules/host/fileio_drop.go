package host

import (
	"runtime"
	"sync/atomic"
	"syscall"

	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// A FileIO the script drops without closing is closed by a runtime
// cleanup when a collection finds it, where CPython's reference counting
// closes it at the drop. Waits that could depend on that close (a read
// of a pipe whose write end was dropped) run a collection when they last
// long: droppedFiles tells the waits' finalization (vm.OnWait) that such
// files exist, and sigint's long descriptor waits collect.

// droppable counts the FileIO objects whose descriptor a cleanup closes.
var droppable atomic.Int64

func init() {
	vm.OnWait(func() bool { return droppable.Load() != 0 }, func() bool { return false }, func() {})
	sigint.LongWait = vm.CollectForWaits
}

// closeOnDrop makes a collection of f close its descriptor.
func (f *FileIO) closeOnDrop() {
	droppable.Add(1)
	f.cleanup = runtime.AddCleanup(f, closeDropped, f.fd)
	f.hasCleanup = true
}

// closeDropped is the cleanup of a dropped FileIO.
func closeDropped(fd int) {
	syscall.Close(fd)
	droppable.Add(-1)
}

// keepOnDrop cancels closeOnDrop (f is being closed).
func (f *FileIO) keepOnDrop() {
	if f.hasCleanup {
		f.cleanup.Stop()
		f.hasCleanup = false
		droppable.Add(-1)
	}
}
