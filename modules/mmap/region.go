package pymmap

import (
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gcpolicy"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// region is the operating-system side of one mmap object: the mapped
// bytes and the duplicated descriptor of the mapped file (-1 for an
// anonymous map). The Python object points to its region, and the region
// is released (munmap, close) either by close() or by a cleanup attached
// to the Python object, whichever comes first: a map the script forgets
// is unmapped once Go's collector finds its object unreachable.
//
// A region is only touched by the thread holding the interpreter lock,
// except by its cleanup, which runs once nothing else can reach it.
type region struct {
	data []byte // the mapping as syscall.Mmap returned it; nil once released
	fd   int    // the map's own descriptor, or -1
}

// liveRegions counts regions not yet released and liveBytes their mapped
// bytes (tests watch them for leaks).
var liveRegions, liveBytes atomic.Int64

// Go's collector paces itself by the Go heap, which a mapping barely
// touches: a loop that drops maps would pile up mappings and descriptors
// long before a collection releases them. So mapping forces a collection
// once the live regions or bytes reach a threshold, which then becomes
// twice what survived it (at least minRegions maps, minBytes bytes): a
// loop of forgotten maps stays flat, a growing set of kept maps costs a
// collection per doubling.
const (
	minRegions = 256
	minBytes   = 64 << 20
)

var regionLimit, byteLimit atomic.Int64

func init() {
	regionLimit.Store(minRegions)
	byteLimit.Store(minBytes)
}

// relieve forces a collection when the live maps have reached the limits.
func relieve() {
	if liveRegions.Load() < regionLimit.Load() && liveBytes.Load() < byteLimit.Load() {
		return
	}
	waitForCleanups()
	regionLimit.Store(max(minRegions, 2*liveRegions.Load()))
	byteLimit.Store(max(minBytes, 2*liveBytes.Load()))
}

// waitForCleanups runs the collector and waits, 100 ms at most, until
// the runtime has run the cleanups that collection queued (the runtime's
// own counts of cleanups queued and executed), so that the live count the
// next limit is made from is what really survived: judged from the live
// count alone, cleanups running late on a loaded machine (the race
// detector's tests beside others) looked like surviving maps, each limit
// doubled the last, and a loop of forgotten maps reached 9,000 mappings.
func waitForCleanups() {
	runtime.GC()
	gcpolicy.WaitCleanups(100 * time.Millisecond)
}

// release unmaps the region and closes its descriptor; a second call does
// nothing.
func (r *region) release() {
	if r.data != nil {
		unmap(r.data)
		r.data = nil
	}
	if r.fd >= 0 {
		_ = syscall.Close(r.fd)
		r.fd = -1
	}
}

// mapRegion maps length bytes of fd (or anonymous memory when fd is -1)
// from offset. On a shortage of descriptors or address space it runs the
// collector once, so that forgotten maps are released, and tries again.
func mapRegion(fd int, offset int64, length, prot, flags int) ([]byte, error) {
	relieve()
	data, err := syscall.Mmap(fd, offset, length, prot, flags)
	if err == syscall.ENOMEM || err == syscall.EMFILE || err == syscall.ENFILE {
		collectForgotten()
		data, err = syscall.Mmap(fd, offset, length, prot, flags)
	}
	if err != nil {
		return nil, errnoError(err)
	}
	liveRegions.Add(1)
	liveBytes.Add(int64(len(data)))
	return data, nil
}

// unmap releases a mapping mapRegion made.
func unmap(data []byte) {
	_ = syscall.Munmap(data)
	liveRegions.Add(-1)
	liveBytes.Add(-int64(len(data)))
}

// collectForgotten runs the collector and gives the cleanups it queues a
// moment to run.
func collectForgotten() {
	if liveRegions.Load() == 0 {
		return
	}
	waitForCleanups()
}

// dupFD duplicates the caller's descriptor, as CPython does, so that the
// map outlives the file object it was made from.
func dupFD(fd int) (int, error) {
	nfd, err := syscall.Dup(fd)
	if err == syscall.EMFILE || err == syscall.ENFILE {
		collectForgotten()
		nfd, err = syscall.Dup(fd)
	}
	if err != nil {
		return -1, errnoError(err)
	}
	syscall.CloseOnExec(nfd)
	return nfd, nil
}

// msync flushes n bytes of data from off to the file (MS_SYNC).
func msync(data []byte, off, n int) error {
	if len(data) == 0 {
		return nil
	}
	_, _, e := syscall.Syscall(syscall.SYS_MSYNC, uintptr(unsafe.Pointer(&data[0]))+uintptr(off), uintptr(n), syscall.MS_SYNC)
	if e != 0 {
		return errnoError(e)
	}
	return nil
}

// errnoError is the OSError for a failed system call.
func errnoError(err error) error {
	if e, ok := err.(syscall.Errno); ok {
		return pyutil.OSErrorFromErrno(e, nil)
	}
	return pyutil.FromGoError(err, nil)
}

// guardFault runs f, turning a memory fault inside it (a page of a file
// truncated behind the map's back: SIGBUS) into OSError EFAULT instead of
// the end of the process.
func guardFault(f func() (py.Object, error)) (res py.Object, err error) {
	old := debug.SetPanicOnFault(true)
	defer func() {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			if _, ok := r.(interface{ Addr() uintptr }); !ok {
				panic(r)
			}
			res, err = nil, pyutil.OSErrorFromErrno(syscall.EFAULT, nil)
		}
	}()
	return f()
}
