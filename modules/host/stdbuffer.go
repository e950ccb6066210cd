package host

import (
	"io"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The text written to the process's standard output and error waits in
// memory as CPython 3.6's sys.stdout and sys.stderr keep it: under -u
// (PYTHONUNBUFFERED) not at all; off a terminal (a pipe, a file) until
// more than a chunk of 8192 bytes is pending, a flush, or the end of the
// program. On a terminal, where CPython keeps a line until it ends and
// flushes after each statement at the prompt, every write goes out at
// once: the prompt (gpython's line editor) has no hook after a
// statement, and a partial line shown early is all that differs. So a script's output
// interleaves with its child processes', with os.write and with the
// other stream as CPython's does.
//
// Only the command (cmd/gpython-ssl) turns this on (EnableStdBuffering),
// since it also flushes at exit; a program embedding the interpreter
// keeps writes going straight out.

// stdChunk is how much pending text a block-buffered stream holds before
// it writes (TextIOWrapper's chunk size).
const stdChunk = 8192

// stdBuffering is whether EnableStdBuffering was called.
var stdBuffering atomic.Bool

// stdBuf is the pending output of file descriptor 1 or 2.
type stdBuf struct {
	fd      int
	mu      sync.Mutex
	pending []byte
	mode    int // 0 undecided, then modeThrough, modeLine or modeBlock
}

const (
	modeThrough = iota + 1 // -u: every write goes out
	modeLine               // a terminal: at once (see above)
	modeBlock              // anything else: by chunks
)

var stdBufs = [3]*stdBuf{nil, {fd: 1}, {fd: 2}}

// EnableStdBuffering makes the standard output and error buffer their
// text as CPython's do. The caller must call FlushStdBuffers at exit.
func EnableStdBuffering() { stdBuffering.Store(true) }

// stdBufOf is f's buffer when f is the process's standard output or
// error and buffering is on; nil otherwise.
func stdBufOf(f *py.File) *stdBuf {
	if !stdBuffering.Load() || f.File == nil {
		return nil
	}
	if fd := f.File.Fd(); fd == 1 || fd == 2 {
		return stdBufs[fd]
	}
	return nil
}

// lock takes b.mu; while it waits, the interpreter lock is free, since
// the holder may be writing with it released.
func (b *stdBuf) lock() {
	if !b.mu.TryLock() {
		gil.Unlocked(b.mu.Lock)
	}
}

// write adds text's encoded bytes p to the pending output and writes it
// out when the stream's mode says so.
func (b *stdBuf) write(p []byte) error {
	b.lock()
	defer b.mu.Unlock()
	if b.mode == 0 {
		switch {
		case vm.StartupOptions().Unbuffered:
			b.mode = modeThrough
		case isatty(b.fd):
			b.mode = modeLine
		default:
			b.mode = modeBlock
		}
	}
	b.pending = append(b.pending, p...)
	if b.mode != modeBlock || len(b.pending) > stdChunk {
		return b.flushLocked()
	}
	return nil
}

// flushLocked writes the pending output. What a failed write did not take
// is dropped, as CPython's stream drops it (one report at exit).
func (b *stdBuf) flushLocked() error {
	if len(b.pending) == 0 {
		return nil
	}
	p := b.pending
	b.pending = nil
	_, err := fdWriteAll(b.fd, p)
	if cap(p) <= 4*stdChunk && b.pending == nil {
		b.pending = p[:0]
	}
	return err
}

// flush writes the pending output.
func (b *stdBuf) flush() error {
	b.lock()
	defer b.mu.Unlock()
	return b.flushLocked()
}

// FlushStdBuffers writes what the standard output, then the standard
// error, still hold; the first error is returned.
func FlushStdBuffers() error {
	err := stdBufs[1].flush()
	if err2 := stdBufs[2].flush(); err == nil {
		err = err2
	}
	return err
}

// StdStreamWriter is an io.Writer for Go code writing text (UTF-8) to the
// process's standard output (fd 1) or error (fd 2) as sys.stdout.write
// and sys.stderr.write do: through the stream's encoding and error
// handler (PYTHONIOENCODING; stderr's backslashreplace) and its pending
// buffer, so that it keeps its place among the script's own writes.
func StdStreamWriter(fd int) io.Writer {
	name := "<stdout>"
	if fd == 2 {
		name = "<stderr>"
	}
	return stdWriter{fd: fd, name: name}
}

type stdWriter struct {
	fd   int
	name string
}

func (w stdWriter) Write(p []byte) (int, error) {
	enc, errs := StdStreamCodec(w.name)
	data := p
	if !isUTF8Name(enc) || vm.HasSurrogates(string(p)) {
		c, err := lookupCodec(enc)
		if err != nil {
			return 0, err
		}
		b, err := encode(string(p), c, errorHandler(errs))
		if err != nil {
			return 0, err
		}
		data = b
	}
	var err error
	if stdBuffering.Load() {
		err = stdBufs[w.fd].write(data)
	} else {
		_, err = fdWriteAll(w.fd, data)
	}
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// unraisableFlush is the report CPython writes when flushing a standard
// stream at exit fails: "Exception ignored in: <repr of the stream>" and
// the exception's last line.
func unraisableFlush(stream py.Object, err error) string {
	r, rerr := vm.Repr(stream)
	if rerr != nil {
		r = "<object repr() failed>"
	}
	return "Exception ignored in: " + r + "\n" + pyutil.FormatException(err)
}

// FlushStreamsAtExit is what CPython does with sys.stdout and sys.stderr
// at exit: each that is neither None nor closed is flushed (stdout
// first); a failed stdout flush is reported on stderr ("Exception ignored
// in: ..."), a failed stderr flush is not. It returns false when either
// failed: the exit status is then 120.
func FlushStreamsAtExit(sys *py.Module) bool {
	ok := true
	for _, name := range []string{"stdout", "stderr"} {
		var stream py.Object
		if sys != nil {
			stream = sys.Globals[name]
		}
		if stream == nil || stream == py.None || streamIsClosed(stream) {
			continue
		}
		flush, err := vm.GetAttr(stream, "flush")
		if err == nil {
			_, err = vm.Call(flush, nil, nil)
		}
		if err != nil {
			ok = false
			if name == "stdout" {
				_, _ = io.WriteString(StdStreamWriter(2), unraisableFlush(stream, err))
			}
		}
	}
	if err := FlushStdBuffers(); err != nil {
		ok = false
	}
	return ok
}

// streamIsClosed is stream.closed, true when it cannot be read.
func streamIsClosed(stream py.Object) bool {
	if f, ok := stream.(*py.File); ok {
		return fileClosed(f)
	}
	v, err := vm.GetAttr(stream, "closed")
	if err != nil {
		return false
	}
	b, err := vm.Truth(v)
	return err == nil && b
}
