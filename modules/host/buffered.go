package host

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// bufKind is which of the three buffered classes an object is.
type bufKind int

const (
	bufReader bufKind = iota
	bufWriter
	bufRandom
)

// The buffered binary file types.
var (
	BufferedReaderType = deriveFromIOBase(py.NewTypeX("_io.BufferedReader", "BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n\nReads from the readable raw stream through an in-memory buffer.", bufferedNew(bufReader), nil), BufferedIOBaseType)
	BufferedWriterType = deriveFromIOBase(py.NewTypeX("_io.BufferedWriter", "BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n\nCollects writes in memory and passes them on to the writable raw stream.", bufferedNew(bufWriter), nil), BufferedIOBaseType)
	BufferedRandomType = deriveFromIOBase(py.NewTypeX("_io.BufferedRandom", "BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n\nBuffered reading and writing over a seekable raw stream.", bufferedNew(bufRandom), nil), BufferedIOBaseType)
)

var bufferedTypes = [...]*py.Type{BufferedReaderType, BufferedWriterType, BufferedRandomType}

// Buffered is a BufferedReader, BufferedWriter or BufferedRandom over a
// FileIO. Read-ahead is rbuf[rpos:]; writes wait in pend
// (buffered_write.go), or go straight to the raw file when pend is nil
// (the standard streams' buffers).
type Buffered struct {
	kind     bufKind
	raw      *FileIO
	pend     *wpending
	rbuf     []byte
	rpos     int
	detached bool
	link     *streamLink // what a collection of b closes (fileio_drop.go)
	mu       sync.Mutex  // held by a method across its unlocked system calls
	attrs    attrDict
}

// Type implements py.Object.
func (b *Buffered) Type() *py.Type { return bufferedTypes[b.kind] }

func bufferedNew(kind bufKind) py.NewFunc {
	return func(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		a, err := parseArgs(t.Name[len("_io."):], args, kwargs, []string{"raw", "buffer_size"}, 1, 0)
		if err != nil {
			return nil, err
		}
		raw, ok := a[0].(*FileIO)
		if !ok {
			if res, ok, err := bufferedOverScript(t.Name[len("_io."):], a[0], args, kwargs); ok {
				return res, err
			}
			return nil, pyutil.TypeErrorf("%s() argument 1 must be _io.FileIO, not %s", t.Name[len("_io."):], pyutil.TypeName(a[0]))
		}
		size := 8192
		if a[1] != nil {
			n, err := pyarg.SsizeT(a[1])
			if err != nil {
				return nil, err
			}
			if n <= 0 {
				return nil, pyutil.ValueErrorf("buffer size must be strictly positive")
			}
			// CPython allocates the buffer here; this one reads in
			// chunks of its own, but a size no machine could give is
			// still MemoryError
			if err := pyutil.CheckAlloc(n); err != nil {
				return nil, err
			}
			size = n
		}
		b := &Buffered{kind: kind, raw: raw}
		if kind != bufReader && raw.writable {
			b.pend = raw.pendingWrites(size)
		}
		b.closeOnDrop()
		raw.warnAs(b)
		return b, nil
	}
}

// lock takes b.mu, waiting for it with the interpreter lock released.
func (b *Buffered) lock() {
	if !b.mu.TryLock() {
		gil.Unlocked(b.mu.Lock)
	}
}

func (b *Buffered) unlock() { b.mu.Unlock() }

func (b *Buffered) closed() bool { return b.raw.closed }

// checkOp is the checks a read or write method makes first: detached,
// then closed (msg is the method's own "... of closed file").
func (b *Buffered) checkOp(msg string) error {
	if b.detached {
		return pyutil.ValueErrorf("raw stream has been detached")
	}
	if b.raw.closed {
		return errClosed(msg)
	}
	return nil
}

func (b *Buffered) canRead() bool  { return b.kind != bufWriter }
func (b *Buffered) canWrite() bool { return b.kind != bufReader }

// unread is the read-ahead not yet returned.
func (b *Buffered) unread() []byte { return b.rbuf[b.rpos:] }

// fill reads one chunk into the read-ahead; false at end of file. Bytes
// not yet returned are kept.
func (b *Buffered) fill() (bool, error) {
	if b.pendingLen() > 0 {
		if err := b.flushWrites(); err != nil {
			return false, err
		}
	}
	rest := len(b.rbuf) - b.rpos
	if b.rpos > 0 && rest > 0 {
		copy(b.rbuf, b.rbuf[b.rpos:])
	}
	b.rbuf = b.rbuf[:rest]
	b.rpos = 0
	if cap(b.rbuf)-len(b.rbuf) < readChunk/2 {
		nb := make([]byte, rest, rest+readChunk)
		copy(nb, b.rbuf)
		b.rbuf = nb
	}
	n, err := fdRead(b.raw.fd, b.rbuf[rest:cap(b.rbuf)])
	if err != nil {
		return false, err
	}
	b.rbuf = b.rbuf[:rest+n]
	return n > 0, nil
}

// dropReadAhead moves the raw position back to the logical one and
// forgets the read-ahead (before a write or a seek).
func (b *Buffered) dropReadAhead() error {
	if n := len(b.rbuf) - b.rpos; n > 0 {
		if _, err := fdSeek(b.raw.fd, int64(-n), 1); err != nil {
			return err
		}
	}
	b.rbuf = b.rbuf[:0]
	b.rpos = 0
	return nil
}

// read returns up to n bytes (all when n < 0), fewer only at end of file.
func (b *Buffered) read(n int) ([]byte, error) {
	if n < 0 {
		if err := b.flushWrites(); err != nil {
			return nil, err
		}
		rest := append([]byte(nil), b.unread()...)
		b.rbuf, b.rpos = b.rbuf[:0], 0
		all, err := b.raw.readAll()
		if wouldBlock(err) && len(rest) > 0 {
			return rest, nil
		}
		if err != nil {
			return nil, err
		}
		if len(rest) == 0 {
			return all, nil
		}
		return append(rest, all...), nil
	}
	for len(b.unread()) < n {
		more, err := b.fill()
		if wouldBlock(err) && len(b.unread()) > 0 {
			break // a non-blocking file: what there is
		}
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	k := min(n, len(b.unread()))
	out := append([]byte(nil), b.rbuf[b.rpos:b.rpos+k]...)
	b.rpos += k
	return out, nil
}

// read1 returns what is buffered, or one raw read's worth.
func (b *Buffered) read1(n int) ([]byte, error) {
	if len(b.unread()) == 0 {
		// a non-blocking file with nothing to read gives b'', as
		// CPython's does
		if _, err := b.fill(); err != nil && !wouldBlock(err) {
			return nil, err
		}
	}
	k := len(b.unread())
	if n >= 0 && n < k {
		k = n
	}
	out := append([]byte(nil), b.rbuf[b.rpos:b.rpos+k]...)
	b.rpos += k
	return out, nil
}

// chunk hands the text layer at most n of the buffered bytes, reading a
// chunk first when none are; empty at end of file. The slice is valid until the next
// call on b.
func (b *Buffered) chunk(n int) ([]byte, error) {
	if len(b.unread()) == 0 {
		if _, err := b.fill(); err != nil {
			return nil, err
		}
	}
	out := b.unread()
	if len(out) > n {
		out = out[:n]
	}
	b.rpos += len(out)
	return out, nil
}

// readline returns a line ending in '\n', at most limit bytes (limit < 0:
// any length).
func (b *Buffered) readline(limit int) ([]byte, error) {
	var out []byte
	for {
		u := b.unread()
		if limit >= 0 && len(out)+len(u) >= limit {
			u = u[:limit-len(out)]
		}
		if i := bytes.IndexByte(u, '\n'); i >= 0 {
			if out == nil {
				out = append([]byte(nil), u[:i+1]...)
			} else {
				out = append(out, u[:i+1]...)
			}
			b.rpos += i + 1
			return out, nil
		}
		out = append(out, u...)
		b.rpos += len(u)
		if limit >= 0 && len(out) >= limit {
			return out, nil
		}
		more, err := b.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			if out == nil {
				out = []byte{}
			}
			return out, nil
		}
	}
}

// write writes p to the raw file.
func (b *Buffered) write(p []byte) (int, error) {
	if err := b.dropReadAhead(); err != nil {
		return 0, err
	}
	if w := b.pend; w != nil {
		return b.bufferedWrite(w, p)
	}
	return fdWriteAll(b.raw.fd, p)
}

// tell is the logical position.
func (b *Buffered) tell() (int64, error) {
	pos, err := fdSeek(b.raw.fd, 0, 1)
	if err != nil {
		return 0, err
	}
	pos -= int64(len(b.unread()))
	pos += int64(b.pendingLen())
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

// seek moves to off relative to whence.
func (b *Buffered) seek(off int64, whence int) (int64, error) {
	if whence < 0 || whence > 2 {
		return 0, pyutil.ValueErrorf("whence value %d unsupported", whence)
	}
	if err := b.flushWrites(); err != nil {
		return 0, err
	}
	if whence == 1 {
		off -= int64(len(b.unread()))
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return fdSeek(b.raw.fd, off, whence)
}

// close closes the raw file; safe to call twice.
func (b *Buffered) close() error {
	if b.detached {
		return pyutil.ValueErrorf("raw stream has been detached")
	}
	if b.raw.closed {
		return nil
	}
	// CPython closes the raw file even when the flush fails, and
	// reports the flush's error
	ferr := b.flushWrites()
	b.rbuf, b.rpos = nil, 0
	if err := b.raw.close(); ferr == nil {
		return err
	}
	return ferr
}

func (b *Buffered) M__repr__() (py.Object, error) {
	s, err := b.reprNamed(b.Type().Name)
	return py.String(s), err
}

// reprNamed is the repr with name as the class shown.
func (b *Buffered) reprNamed(name string) (string, error) {
	if b.detached {
		return "<" + name + ">", nil
	}
	n, err := nameRepr(b.raw.nameAttr())
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<%s%s>", name, n), nil
}

func (b *Buffered) M__iter__() (py.Object, error) {
	if err := b.checkOp(closedText + "."); err != nil {
		return nil, err
	}
	return b, nil
}

func (b *Buffered) M__next__() (py.Object, error) {
	if !b.canRead() {
		return nil, unsupported("read")
	}
	if err := b.checkOp("readline of closed file"); err != nil {
		return nil, err
	}
	b.lock()
	line, err := b.readline(-1)
	b.unlock()
	if err != nil {
		return nil, err
	}
	if len(line) == 0 {
		return nil, py.StopIteration
	}
	return py.Bytes(line), nil
}

func init() {
	for _, t := range bufferedTypes {
		installBuffered(t)
	}
}

// bufMethod installs a method that runs with b locked.
func bufMethod(t *py.Type, name, doc string, fn func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	ioMethod(t, name, doc, func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		b.lock()
		defer b.unlock()
		return fn(b, args, kwargs)
	})
}

func installBuffered(t *py.Type) {
	ioProperty(t, "raw", func(b *Buffered) (py.Object, error) {
		if b.detached {
			return nil, pyutil.ValueErrorf("raw stream has been detached")
		}
		return b.raw, nil
	})
	ioProperty(t, "closed", func(b *Buffered) (py.Object, error) {
		if b.detached {
			return nil, pyutil.ValueErrorf("raw stream has been detached")
		}
		return py.NewBool(b.raw.closed), nil
	})
	ioProperty(t, "name", func(b *Buffered) (py.Object, error) {
		if b.detached {
			return nil, pyutil.ValueErrorf("raw stream has been detached")
		}
		return vm.GetAttr(b.raw, "name")
	})
	ioProperty(t, "mode", func(b *Buffered) (py.Object, error) {
		if b.detached {
			return nil, pyutil.ValueErrorf("raw stream has been detached")
		}
		return py.String(b.raw.modeString()), nil
	})
	readArgs := func(name string, args py.Tuple, kwargs py.StringDict, required int) (int, error) {
		a, err := parseArgs(name, args, kwargs, []string{"size"}, required, 1)
		if err != nil {
			return 0, err
		}
		return sizeArg(a[0])
	}
	bufMethod(t, "read", "read(size=-1) -> bytes\n\nAt most size bytes (everything up to EOF when size is negative); b'' at EOF.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !b.canRead() {
			return nil, unsupported("read")
		}
		n, err := readArgs("read", args, kwargs, 0)
		if err != nil {
			return nil, err
		}
		if n < -1 {
			return nil, pyutil.ValueErrorf("read length must be positive or -1")
		}
		if err := b.checkOp("read of closed file"); err != nil {
			return nil, err
		}
		// CPython allocates the n bytes first; b.read grows its result
		// as data comes
		if err := pyutil.CheckAlloc(n); err != nil {
			return nil, err
		}
		p, err := b.read(n)
		if wouldBlock(err) {
			return py.None, nil // a non-blocking file with nothing to read
		}
		if err != nil {
			return nil, err
		}
		return py.Bytes(p), nil
	})
	bufMethod(t, "read1", "Read and return up to n bytes, with at most one read() call.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !b.canRead() {
			return nil, unsupported("read1")
		}
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, pyutil.TypeErrorf("read1() takes exactly one argument (%d given)", len(args)+len(kwargs))
		}
		n, err := pyarg.SsizeT(args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, pyutil.ValueErrorf("read length must be positive")
		}
		if err := b.checkOp("read of closed file"); err != nil {
			return nil, err
		}
		if err := pyutil.CheckAlloc(n); err != nil {
			return nil, err
		}
		p, err := b.read1(n)
		if err != nil {
			return nil, err
		}
		return py.Bytes(p), nil
	})
	if t != BufferedWriterType {
		bufMethod(t, "peek", "Return buffered bytes without advancing the position.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("peek", args, kwargs, []string{"size"}, 0, 1)
			if err != nil {
				return nil, err
			}
			if a[0] != nil {
				// converted as CPython does, then unused: a peek gives
				// whatever is buffered
				if _, err := pyarg.SsizeT(a[0]); err != nil {
					return nil, err
				}
			}
			if err := b.checkOp("peek of closed file"); err != nil {
				return nil, err
			}
			if len(b.unread()) == 0 {
				if _, err := b.fill(); err != nil {
					return nil, err
				}
			}
			return py.Bytes(append([]byte(nil), b.unread()...)), nil
		})
	}
	bufMethod(t, "readinto", "Read bytes into a pre-allocated, writable bytes-like object b.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !b.canRead() {
			return nil, unsupported("read")
		}
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("readinto() takes exactly one argument (%d given)", len(args))
		}
		if err := b.checkOp("readinto of closed file"); err != nil {
			return nil, err
		}
		return readIntoBuffer(args[0], func(p []byte) (int, error) {
			data, err := b.read(len(p))
			return copy(p, data), err
		})
	})
	bufMethod(t, "readinto1", "Fill the writable bytes-like object b from the buffer, reading the raw stream at most once.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args)+len(kwargs) != 1 || len(args) != 1 {
			return nil, pyutil.TypeErrorf("readinto1() takes exactly one argument (%d given)", len(args)+len(kwargs))
		}
		wb, err := pyarg.WritableBuffer(args[0], "readinto1() argument")
		if err != nil {
			return nil, err
		}
		if !b.canRead() {
			return nil, unsupported("read1")
		}
		if err := b.checkOp("readinto of closed file"); err != nil {
			return nil, err
		}
		p := wb.WritableBytes()
		if len(p) == 0 {
			return py.Int(0), nil
		}
		data, err := b.read1(len(p))
		if err != nil {
			return nil, err
		}
		return py.Int(copy(p, data)), nil
	})
	bufMethod(t, "readline", "readline(size=-1) -> line\n\nThe next line including its line ending, or at most size units of it.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !b.canRead() {
			return nil, unsupported("read")
		}
		n, err := readArgs("readline", args, kwargs, 0)
		if err != nil {
			return nil, err
		}
		if err := b.checkOp("readline of closed file"); err != nil {
			return nil, err
		}
		p, err := b.readline(n)
		if err != nil {
			return nil, err
		}
		return py.Bytes(p), nil
	})
	bufMethod(t, "readlines", "readlines(hint=-1) -> list\n\nThe remaining lines; stops once hint units have been read when hint > 0.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("readlines", args, kwargs, []string{"hint"}, 0, 1)
		if err != nil {
			return nil, err
		}
		if err := b.checkOp(closedText + "."); err != nil {
			return nil, err
		}
		if !b.canRead() {
			return nil, unsupported("read")
		}
		return readLines(a[0], func() (py.Object, int, error) {
			p, err := b.readline(-1)
			return py.Bytes(p), len(p), err
		})
	})
	bufMethod(t, "write", "write(data) -> int\n\nHand data to the stream; gives the number of bytes taken.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !b.canWrite() {
			return nil, unsupported("write")
		}
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, pyutil.TypeErrorf("write() takes exactly one argument (%d given)", len(args)+len(kwargs))
		}
		p, err := pyutil.BytesLike(args[0])
		if err != nil {
			return nil, pyutil.TypeErrorf("a bytes-like object is required, not '%s'", pyutil.TypeName(args[0]))
		}
		if err := b.checkOp("write to closed file"); err != nil {
			return nil, err
		}
		n, err := b.write(p)
		if wouldBlock(err) {
			// a non-blocking file took n bytes: CPython's error says so
			return nil, blockedAfter(err, n)
		}
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	ioMethod(t, "writelines", "writelines(lines) -> None\n\nWrite each item of lines in turn; no line endings are added.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := b.checkOp(closedText + "."); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("writelines() takes exactly one argument (%d given)", len(args))
		}
		return writeEach(b, args[0])
	})
	bufMethod(t, "flush", "flush() -> None\n\nPush any buffered output down to the underlying stream.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		msg := "flush of closed file"
		if b.kind == bufReader {
			msg = closedText + "."
		}
		if err := b.checkOp(msg); err != nil {
			return nil, err
		}
		if err := b.flushWrites(); err != nil {
			if wouldBlock(err) {
				return nil, blockedAfter(err, 0)
			}
			return nil, err
		}
		return py.None, nil
	})
	bufMethod(t, "seek", "Change stream position.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		off, whence, err := seekArgs(args, kwargs)
		if err != nil {
			return nil, err
		}
		if err := b.checkOp("seek of closed file"); err != nil {
			return nil, err
		}
		pos, err := b.seek(off, whence)
		if err != nil {
			return nil, err
		}
		return py.Int(pos), nil
	})
	bufMethod(t, "tell", "tell() -> int\n\nThe stream's current position.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := b.checkOp(closedText); err != nil {
			return nil, err
		}
		pos, err := b.tell()
		if err != nil {
			return nil, err
		}
		return py.Int(pos), nil
	})
	bufMethod(t, "truncate", "truncate(size=None) -> int\n\nCut the stream to size bytes (the current position by default); gives the new size.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("truncate", args, kwargs, []string{"pos"}, 0, 1)
		if err != nil {
			return nil, err
		}
		if err := b.checkOp(closedText); err != nil {
			return nil, err
		}
		if !b.canWrite() {
			return nil, unsupported("File not open for writing")
		}
		if err := b.flushWrites(); err != nil {
			return nil, err
		}
		if err := b.dropReadAhead(); err != nil {
			return nil, err
		}
		return truncateFD(b.raw.fd, a[0])
	})
	ioMethod(t, "close", "Flush and close the stream.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var ferr error
		if !b.detached && !b.raw.closed {
			_, ferr = b.attrs.ownFlush()
		}
		b.lock()
		defer b.unlock()
		if err := b.close(); ferr == nil {
			return py.None, err
		}
		return nil, ferr
	})
	bufMethod(t, "detach", "detach() -> raw\n\nUnhook the raw stream and hand it back; the buffer is unusable afterwards.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		msg := "flush of closed file"
		if b.kind == bufReader {
			msg = closedText + "."
		}
		if err := b.checkOp(msg); err != nil {
			return nil, err
		}
		if err := b.flushWrites(); err != nil {
			return nil, err
		}
		if err := b.dropReadAhead(); err != nil {
			return nil, err
		}
		b.detached = true
		b.link.unlink()
		b.raw.warnAs(b.raw)
		return b.raw, nil
	})
	ioMethod(t, "fileno", "Return the underlying file descriptor.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := b.checkOp(closedText); err != nil {
			return nil, err
		}
		return py.Int(b.raw.fd), nil
	})
	ioMethod(t, "isatty", "isatty() -> bool\n\nTrue when the stream is attached to a terminal.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := b.checkOp(closedText); err != nil {
			return nil, err
		}
		return py.NewBool(isatty(b.raw.fd)), nil
	})
	ioMethod(t, "readable", "readable() -> bool\n\nTrue when the stream supports read().", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !b.canRead() {
			return py.False, nil
		}
		return py.True, b.checkOp(closedText)
	})
	ioMethod(t, "writable", "writable() -> bool\n\nTrue when the stream supports write().", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !b.canWrite() {
			return py.False, nil
		}
		return py.True, b.checkOp(closedText)
	})
	ioMethod(t, "seekable", "seekable() -> bool\n\nTrue when seek() and tell() work on the stream.", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := b.checkOp(closedText); err != nil {
			return nil, err
		}
		return py.NewBool(b.raw.seekable()), nil
	})
	ioMethod(t, "__enter__", "", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := b.checkOp(closedText + "."); err != nil {
			return nil, err
		}
		return b, nil
	})
	bufMethod(t, "__exit__", "", func(b *Buffered, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, b.close()
	})
}
