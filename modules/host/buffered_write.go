package host

import (
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Write buffering, as CPython 3.6's BufferedWriter and BufferedRandom do
// it: a write that fits in the buffer (buffer_size bytes; open() takes
// the file's st_blksize) stays in memory; one that does not first writes
// what is pending, then goes to the descriptor itself when it is larger
// than the buffer. The pending bytes are written by flush(), close(),
// detach(), seek(), truncate() and any read of the same object, and when
// a TextIOWrapper with line_buffering is given a line ending.
//
// CPython also writes them when the file object is dropped, at once, and
// at exit for the files still open. Here:
//   - the pending bytes live in a wpending the FileIO shares with the
//     buffered object over it, so that the FileIO's cleanup (which runs
//     once nothing reaches the FileIO, and so nothing over it either)
//     writes them before it closes the descriptor;
//   - a drop is only seen by a collection, so the places where a script
//     can look at a file's contents (open() of the same file, os.stat()
//     of it, starting a process) run one while bytes are pending in a
//     file the collection may find dropped (settleDroppedWrites):
//     open(p, 'w').write(s) followed by open(p).read() reads s, as in
//     CPython;
//   - an interpreter's close writes every file of it with bytes pending
//     (sys.exit, an uncaught exception, the end of the script).
//
// The standard streams' binary buffers (stdstreams.go) keep writing
// through: sys.stdout's text is buffered by stdbuffer.go, and the two
// must keep their order.

// wpending is the write buffer of one file.
type wpending struct {
	mu   sync.Mutex
	fd   int
	data []byte // the bytes not yet written
	size int    // the buffer's size; 0 until a buffered object sets it
	// regular is true for a regular file, whose dropped bytes the
	// cleanup writes itself (a pipe's write could block it)
	regular  bool
	dev, ino uint64
	blksize  int // the file's st_blksize, when above 1
	owner    weak.Pointer[vm.Context]
	listed   bool // in dirtyWrites
	closed   bool // the descriptor is closed: nothing more is written
}

// dirtyWrites holds the write buffers with bytes pending, for the exit
// and for settleDroppedWrites; n counts them, so that while none is
// pending a check costs one load.
var dirtyWrites struct {
	mu  sync.Mutex
	set map[*wpending]struct{}
	n   atomic.Int64
}

func init() {
	vm.OnContextClosed(flushAtClose)
}

// list notes that w has bytes pending (w.mu held).
func (w *wpending) list() {
	if w.listed {
		return
	}
	w.listed = true
	dirtyWrites.mu.Lock()
	if dirtyWrites.set == nil {
		dirtyWrites.set = map[*wpending]struct{}{}
	}
	dirtyWrites.set[w] = struct{}{}
	dirtyWrites.mu.Unlock()
	dirtyWrites.n.Add(1)
}

// unlist notes that w has nothing pending (w.mu held).
func (w *wpending) unlist() {
	if !w.listed {
		return
	}
	w.listed = false
	dirtyWrites.mu.Lock()
	delete(dirtyWrites.set, w)
	dirtyWrites.mu.Unlock()
	dirtyWrites.n.Add(-1)
}

// add appends p to the pending bytes (w.mu held).
func (w *wpending) add(p []byte) {
	if len(p) == 0 {
		return
	}
	if w.data == nil && w.size <= 1<<20 {
		w.data = make([]byte, 0, max(w.size, len(p)))
	}
	w.data = append(w.data, p...)
	w.list()
}

// flushLocked writes the pending bytes (w.mu held). On an error, what was
// not written stays pending.
func (w *wpending) flushLocked() error {
	if len(w.data) == 0 {
		return nil
	}
	n, err := fdWriteAll(w.fd, w.data)
	if err != nil {
		rest := copy(w.data, w.data[n:])
		w.data = w.data[:rest]
		return err
	}
	w.data = w.data[:0]
	w.unlist()
	return nil
}

// discard forgets the pending bytes: the descriptor was closed under
// the buffered object (its raw file closed directly), as CPython loses
// them then.
func (w *wpending) discard() {
	if w == nil {
		return
	}
	w.mu.Lock()
	w.data = nil
	w.closed = true
	w.unlist()
	w.mu.Unlock()
}

// writeOut writes what is pending with plain system calls, outside any
// interpreter (a dropped file's cleanup, an interpreter's close);
// errors are ignored, as CPython ignores them there.
func (w *wpending) writeOut() {
	w.mu.Lock()
	defer w.mu.Unlock()
	p := w.data
	for len(p) > 0 && !w.closed {
		n, err := syscall.Write(w.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			break
		}
		p = p[n:]
	}
	w.data = nil
	w.unlist()
}

// pendingWrites returns f's write buffer, made on first use with size
// bytes. A FileIO that does not own its descriptor has no cleanup of its
// own: one that only writes the pending bytes is added.
func (f *FileIO) pendingWrites(size int) *wpending {
	w := f.pend
	if w == nil {
		w = f.newPending()
		f.pend = w
		if !f.hasCleanup {
			runtime.AddCleanup(f, (*wpending).writeOut, w)
		}
	}
	w.mu.Lock()
	w.size = size
	w.mu.Unlock()
	return w
}

// newPending makes the write buffer of f (nil when f does not write).
func (f *FileIO) newPending() *wpending {
	w := &wpending{fd: f.fd, regular: true}
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) == nil {
		w.regular = st.Mode&syscall.S_IFMT == syscall.S_IFREG
		w.dev, w.ino = uint64(st.Dev), uint64(st.Ino)
		if st.Blksize > 1 {
			w.blksize = int(st.Blksize)
		}
	}
	if owner, ok := DropOwner(); ok {
		w.owner = owner
	}
	return w
}

// flushAtClose writes the pending bytes of the files ctx made, as
// CPython's finalization flushes the files still open at exit.
func flushAtClose(ctx py.Context) {
	if dirtyWrites.n.Load() == 0 {
		return
	}
	for _, w := range dirtyList() {
		if o := w.owner.Value(); o == nil || py.Context(o) == ctx {
			w.writeOut()
		}
	}
}

// dirtyList is a snapshot of the buffers with bytes pending.
func dirtyList() []*wpending {
	dirtyWrites.mu.Lock()
	defer dirtyWrites.mu.Unlock()
	out := make([]*wpending, 0, len(dirtyWrites.set))
	for w := range dirtyWrites.set {
		out = append(out, w)
	}
	return out
}

// settleDroppedWrites runs, under the interpreter lock, what CPython's
// drop of a file with bytes pending would have done by now, before the
// script looks at a file from outside its object: when bytes are
// pending in a file that st names (st nil: in any file), a collection,
// after which the files found dropped have written them (their cleanups
// and the buffered objects' links, fileio_drop.go). It reports whether
// it collected.
func settleDroppedWrites(st *syscall.Stat_t) bool {
	if dirtyWrites.n.Load() == 0 {
		return false
	}
	if st != nil {
		dev, ino := uint64(st.Dev), uint64(st.Ino)
		found := false
		for _, w := range dirtyList() {
			if w.dev == dev && w.ino == ino {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if settleRation.skip() {
		return false
	}
	before, start := dirtyWrites.n.Load(), time.Now()
	vm.DropCachedValues()
	runtime.GC()
	waitCleanups()
	// the buffered objects and TextIOWrappers found dropped close (and
	// so flush) their files now; the warnings of the files found wait
	// for the loop's next collection point, as before
	if ctx := vm.CurrentContext(); ctx != nil {
		for _, l := range dropLinks.Take(ctx) {
			closeLinked(ctx, l)
		}
	}
	settleRation.note(time.Since(start), dirtyWrites.n.Load() < before)
	return true
}

// settleRation bounds what settleDroppedWrites costs a script that keeps
// looking at a file a live object holds bytes for (a reader reopening a
// log the script writes): after eight collections in a row that found
// nothing dropped, the next comes no sooner than ten times the time the
// last took.
var settleRation ration

// ration is the state of settleRation.
type ration struct {
	mu     sync.Mutex
	next   time.Time
	misses int // collections in a row that found nothing
}

// skip reports whether a collection now would exceed the ration.
func (r *ration) skip() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return time.Now().Before(r.next)
}

// note records a collection that took took; productive: it found files
// dropped, and the next may come at once.
func (r *ration) note(took time.Duration, productive bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if productive {
		r.next, r.misses = time.Time{}, 0
		return
	}
	if r.misses++; r.misses >= 8 {
		r.next = time.Now().Add(10 * took)
	}
}

// SettleDroppedWrites is settleDroppedWrites for any file: a process
// about to start may read any of them (os.system, subprocess).
func SettleDroppedWrites() { settleDroppedWrites(nil) }

// SettleDroppedWritesTo is settleDroppedWrites for the file st names
// (os.stat and the like); it reports whether it collected, after which
// st may be out of date.
func SettleDroppedWritesTo(st *syscall.Stat_t) bool { return settleDroppedWrites(st) }

// bufferedWrite is Buffered.write over a write buffer: p is kept when it
// fits, else the buffer is written first and p after it (kept when it
// then fits). A non-blocking descriptor that takes no more keeps as much
// of p as fits; short is then the error, and n what was taken.
func (b *Buffered) bufferedWrite(w *wpending, p []byte) (n int, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.data)+len(p) <= w.size {
		w.add(p)
		return len(p), nil
	}
	if err := w.flushLocked(); err != nil {
		if !wouldBlock(err) {
			return 0, err
		}
		avail := w.size - len(w.data)
		if len(p) <= avail {
			w.add(p)
			return len(p), nil
		}
		w.add(p[:avail])
		return avail, err
	}
	if len(p) <= w.size {
		w.add(p)
		return len(p), nil
	}
	n, err = fdWriteAll(w.fd, p)
	if err != nil && wouldBlock(err) {
		rest := p[n:]
		if len(rest) <= w.size {
			w.add(rest)
			return len(p), nil
		}
		w.add(rest[:w.size])
		return n + w.size, err
	}
	return n, err
}

// flushWrites writes b's pending bytes (b locked).
func (b *Buffered) flushWrites() error {
	w := b.pend
	if w == nil {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.flushLocked()
}

// pendingLen is how many bytes b holds unwritten.
func (b *Buffered) pendingLen() int {
	if b.pend == nil {
		return 0
	}
	return len(b.pend.data)
}

// hasData reports whether bytes are pending in w (nil: none).
func (w *wpending) hasData() bool {
	if w == nil {
		return false
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.data) > 0
}

// writeString is write of the bytes of s, without a copy of them when
// they fit in the buffer (b.pend set).
func (b *Buffered) writeString(s string) error {
	if err := b.dropReadAhead(); err != nil {
		return err
	}
	w := b.pend
	w.mu.Lock()
	if len(s) > 0 && len(w.data)+len(s) <= w.size {
		if w.data == nil && w.size <= 1<<20 {
			w.data = make([]byte, 0, w.size)
		}
		w.data = append(w.data, s...)
		w.list()
		w.mu.Unlock()
		return nil
	}
	w.mu.Unlock()
	_, err := b.bufferedWrite(w, []byte(s))
	return err
}
