package socket

import (
	"bytes"
	"fmt"
	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

const makefileDoc = `makefile(mode='r', buffering=None, *, encoding=None, errors=None, newline=None)

Return an I/O stream connected to the socket.  The arguments are as for
open(), except the only mode characters supported are 'r', 'w' and 'b'.
The socket keeps its descriptor until the stream is closed too.`

// defaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const defaultBufferSize = 8192

// SocketFileType is the type of the objects socket.makefile returns. One Go
// type stands for CPython's BufferedReader/BufferedWriter/BufferedRWPair
// and TextIOWrapper over a SocketIO: binary or text, buffered or not.
var SocketFileType = py.NewTypeX("socket.SocketIO", "File object over a socket (socket.makefile).", nil, nil)

// socketFile reads and writes through its owner socket object: directly
// through the *Socket for a plain socket.socket, through the owner's
// Python recv/send methods for subtypes (so an SSLSocket's file is
// encrypted).
type socketFile struct {
	// mu guards the file, except wbuf: the write side (write, flush)
	// takes wmu alone, so that a thread can write while another waits
	// in a read, as with CPython's BufferedRWPair, whose reader and
	// writer lock separately. close takes both (mu first). Both are
	// taken through lockFile.
	mu       sync.Mutex
	wmu      sync.Mutex
	owner    py.Object
	sock     *Socket
	mode     string
	reading  bool
	writing  bool
	text     bool
	newline  py.Object // None, '', '\n', '\r' or '\r\n'
	errors   string
	encoding string // as given (the encoding attribute); "UTF-8" by default
	codec    string // the interpreter's codec for a non-UTF-8 encoding, else ""
	pend     []byte // received bytes of a character the codec has not decoded yet
	order    int    // utf-16's byte order once its BOM is read (host.DecodeUTF16)
	bufsize  int    // write buffer size; 0 is unbuffered
	rbuf     []byte
	wbuf     []byte
	eof      bool // the last recv returned no data
	cr       bool // a '\r' was translated and a following '\n' must go
	closed   bool
	timedOut bool
	ref      *fileRef // the file's hold on sock's deferred close
}

// The classes CPython's makefile() returns, by what the file does: one Go
// type serves them all (they share SocketFileType's methods), so that
// type(f).__name__ and reprs read as in CPython.
var (
	textFileType    = py.NewTypeX("_io.TextIOWrapper", "Text over a socket (makefile in text mode).", nil, nil)
	readerFileType  = py.NewTypeX("_io.BufferedReader", "Buffered reads from a socket (makefile('rb')).", nil, nil)
	writerFileType  = py.NewTypeX("_io.BufferedWriter", "Buffered writes to a socket (makefile('wb')).", nil, nil)
	rwPairFileType  = py.NewTypeX("_io.BufferedRWPair", "Buffered reads and writes on a socket (makefile('rwb')).", nil, nil)
	socketFileTypes = []*py.Type{textFileType, readerFileType, writerFileType, rwPairFileType}
)

func (f *socketFile) Type() *py.Type {
	switch {
	case f.text:
		return textFileType
	case f.bufsize == 0:
		return SocketFileType
	case f.reading && f.writing:
		return rwPairFileType
	case f.writing:
		return writerFileType
	}
	return readerFileType
}

// makefile implements socket.makefile for any socket object.
func makefile(s *Socket, owner py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var modeO, bufO, encO, errO, nlO py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO$OOO:makefile", []string{"mode", "buffering", "encoding", "errors", "newline"}, &modeO, &bufO, &encO, &errO, &nlO); err != nil {
		return nil, err
	}
	mode := "r"
	if modeO != nil {
		m, ok := modeO.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("makefile() argument 'mode' must be str, not %s", pyutil.TypeName(modeO))
		}
		mode = string(m)
	}
	for _, c := range mode {
		if !strings.ContainsRune("rwb", c) {
			return nil, pyutil.ValueErrorf("invalid mode %q (only r, w, b allowed)", mode)
		}
	}
	f := &socketFile{owner: owner, sock: s, mode: mode, newline: py.None, errors: "strict", encoding: "UTF-8"}
	f.reading = strings.Contains(mode, "r")
	f.writing = strings.Contains(mode, "w")
	f.text = !strings.Contains(mode, "b")
	if !f.reading && !f.writing {
		f.reading = true
	}
	buffering := -1
	if bufO != nil && bufO != py.None {
		// socket.py turns any negative size into the default; then
		// io.BufferedReader/BufferedWriter take it as a Py_ssize_t and
		// allocate it at once: a size no buffer can have is MemoryError.
		b, err := pyarg.Index(bufO)
		if err != nil {
			return nil, err
		}
		if b.Sign() >= 0 {
			if !b.IsInt64() {
				return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
			}
			if err := pyutil.CheckAlloc(int(b.Int64())); err != nil {
				return nil, err
			}
			buffering = int(b.Int64())
		}
	}
	if buffering < 0 {
		buffering = defaultBufferSize
	}
	if buffering == 0 && f.text {
		return nil, pyutil.ValueErrorf("unbuffered streams must be binary")
	}
	f.bufsize = buffering
	if f.text {
		if encO != nil && encO != py.None {
			e, ok := encO.(py.String)
			if !ok {
				return nil, pyutil.TypeErrorf("makefile() argument 'encoding' must be str or None, not %s", pyutil.TypeName(encO))
			}
			codec, ok := host.CodecName(string(e))
			if !ok {
				return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", string(e))
			}
			f.encoding = string(e)
			if codec != "utf-8" {
				// Text in other encodings is held as UTF-8 once received
				// (transcode) and encoded again when written.
				f.codec = codec
			}
		}
		if errO != nil && errO != py.None {
			e, ok := errO.(py.String)
			if !ok {
				return nil, pyutil.TypeErrorf("makefile() argument 'errors' must be str or None, not %s", pyutil.TypeName(errO))
			}
			f.errors = string(e)
		}
		if nlO != nil && nlO != py.None {
			nl, ok := nlO.(py.String)
			if !ok {
				return nil, pyutil.TypeErrorf("makefile() argument 'newline' must be str or None, not %s", pyutil.TypeName(nlO))
			}
			switch nl {
			case "", "\n", "\r", "\r\n":
			default:
				return nil, pyutil.ValueErrorf("illegal newline value: %s", string(nl))
			}
			f.newline = nl
		}
	}
	s.addIORef()
	f.ref = &fileRef{sock: s}
	runtime.AddCleanup(f, fileForgotten, f.ref)
	return f, nil
}

// native reports whether I/O may bypass the owner's Python methods.
func (f *socketFile) native() bool {
	_, ok := f.owner.(*Socket)
	return ok
}

// recvChunk reads at most n bytes from the socket.
func (f *socketFile) recvChunk(n int) ([]byte, error) {
	if f.timedOut {
		return nil, py.ExceptionNewf(py.OSError, "cannot read from timed out object")
	}
	var data []byte
	if f.native() {
		var err error
		data, err = f.sock.recvBuffer(n, 0, nil)
		if err != nil {
			if IsTimeout(err) {
				f.timedOut = true
			}
			return nil, err
		}
	} else {
		if n > streamRecvMax {
			n = streamRecvMax
		}
		recv, err := py.GetAttrString(f.owner, "recv")
		if err != nil {
			return nil, err
		}
		res, err := py.Call(recv, py.Tuple{py.Int(n)}, nil)
		if err != nil {
			if IsTimeout(err) {
				f.timedOut = true
			}
			return nil, err
		}
		if data, err = pyutil.BytesLike(res); err != nil {
			return nil, err
		}
	}
	f.eof = len(data) == 0
	return data, nil
}

// fill appends one chunk to rbuf (translated for text mode); false at EOF.
func (f *socketFile) fill() (bool, error) {
	n := f.bufsize
	if n <= 0 {
		n = defaultBufferSize
	}
	data, err := f.recvChunk(n)
	if err != nil {
		return false, err
	}
	if len(data) == 0 {
		if len(f.pend) > 0 && f.codec != "" {
			// The stream ended inside a character: decode what is left.
			tail, err := f.transcode(nil, true)
			if err != nil {
				return false, err
			}
			f.rbuf = append(f.rbuf, tail...)
			return len(tail) > 0, nil
		}
		return false, nil
	}
	if f.text && f.codec != "" {
		if data, err = f.transcode(data, false); err != nil {
			return false, err
		}
	}
	if f.text && f.newline == py.None {
		data = f.translate(data)
	}
	f.rbuf = append(f.rbuf, data...)
	return true, nil
}

// transcode decodes received bytes in the file's codec to UTF-8, keeping
// the bytes of a character split between chunks for the next call.
func (f *socketFile) transcode(data []byte, final bool) ([]byte, error) {
	buf := append(f.pend, data...)
	var text string
	var n int
	var err error
	if f.codec == "utf-16" {
		text, n, f.order, err = host.DecodeUTF16(buf, f.errors, f.order, final)
	} else {
		text, n, err = host.DecodeText(buf, f.codec, f.errors, final)
	}
	if err != nil {
		f.pend = nil
		return nil, err
	}
	f.pend = append([]byte(nil), buf[n:]...)
	return []byte(text), nil
}

// translate applies universal newlines: "\r\n" and "\r" become "\n". Both
// are ASCII, so this is safe on UTF-8 bytes before decoding.
func (f *socketFile) translate(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for _, c := range data {
		if f.cr {
			f.cr = false
			if c == '\n' {
				continue
			}
		}
		if c == '\r' {
			out = append(out, '\n')
			f.cr = true
			continue
		}
		out = append(out, c)
	}
	return out
}

// lineEnd returns the index just past the first line ending in rbuf, or -1.
func (f *socketFile) lineEnd() int {
	if f.text {
		switch f.newline {
		case py.String("\r"):
			if i := bytes.IndexByte(f.rbuf, '\r'); i >= 0 {
				return i + 1
			}
			return -1
		case py.String("\r\n"):
			if i := bytes.Index(f.rbuf, []byte("\r\n")); i >= 0 {
				return i + 2
			}
			return -1
		}
	}
	if i := bytes.IndexByte(f.rbuf, '\n'); i >= 0 {
		return i + 1
	}
	return -1
}

// take removes and returns the first n bytes of rbuf.
func (f *socketFile) take(n int) []byte {
	// Exactly n bytes of capacity: gpython's bytes += appends in place
	// when there is room, so spare capacity would let two results share it.
	out := make([]byte, n)
	copy(out, f.rbuf[:n])
	f.rbuf = f.rbuf[n:]
	return out
}

// result turns bytes read into bytes or, in text mode, a decoded str.
func (f *socketFile) result(b []byte) (py.Object, error) {
	if !f.text {
		return py.Bytes(b), nil
	}
	if utf8.Valid(b) {
		return py.String(b), nil
	}
	// Undecodable bytes: the utf-8 codec's errors handler decides, with
	// CPython's UnicodeDecodeError under "strict".
	text, _, err := host.DecodeText(b, "utf-8", f.errors, true)
	if err != nil {
		return nil, err
	}
	return py.String(text), nil
}

// textSplit returns how many bytes of rbuf hold the first n characters
// (whole UTF-8 sequences), or -1 if rbuf holds fewer than n.
func (f *socketFile) textSplit(n int) int {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(f.rbuf) {
			return -1
		}
		if !utf8.FullRune(f.rbuf[i:]) {
			return -1
		}
		_, size := utf8.DecodeRune(f.rbuf[i:])
		i += size
	}
	return i
}

func (f *socketFile) checkReadable() error {
	if f.closed {
		return pyutil.ValueErrorf("I/O operation on closed file.")
	}
	if !f.reading {
		return py.ExceptionNewf(py.OSError, "File not open for reading")
	}
	return nil
}

func (f *socketFile) checkWritable() error {
	if f.closed {
		return pyutil.ValueErrorf("I/O operation on closed file.")
	}
	if !f.writing {
		return py.ExceptionNewf(py.OSError, "File not open for writing")
	}
	return nil
}

// read implements read(n): n < 0 reads to end of stream; otherwise up to n
// bytes (characters in text mode), fewer only at end of stream. An
// unbuffered binary file returns what one recv gives.
func (f *socketFile) read(n int) (py.Object, error) {
	if err := f.checkReadable(); err != nil {
		return nil, err
	}
	if n < 0 {
		for {
			more, err := f.fill()
			if err != nil {
				if !f.text && wouldBlock(err) {
					return f.partial(-1)
				}
				return nil, err
			}
			if !more {
				break
			}
		}
		return f.result(f.take(len(f.rbuf)))
	}
	if n == 0 {
		return f.result(nil)
	}
	if f.bufsize == 0 && !f.text {
		if len(f.rbuf) == 0 {
			data, err := f.recvChunk(n)
			if err != nil {
				if wouldBlock(err) {
					return py.None, nil
				}
				return nil, err
			}
			return py.Bytes(data), nil
		}
		if n > len(f.rbuf) {
			n = len(f.rbuf)
		}
		return py.Bytes(f.take(n)), nil
	}
	for {
		k := n
		if f.text {
			k = f.textSplit(n)
		} else if len(f.rbuf) < n {
			k = -1
		}
		if k >= 0 {
			return f.result(f.take(k))
		}
		more, err := f.fill()
		if err != nil {
			if !f.text && wouldBlock(err) {
				return f.partial(n)
			}
			return nil, err
		}
		if !more {
			return f.result(f.take(len(f.rbuf)))
		}
	}
}

// wouldBlock reports whether err is a non-blocking socket's "no data
// yet" (EAGAIN), which CPython's binary socket files turn into None.
func wouldBlock(err error) bool {
	n, ok := ErrnoOf(err)
	return ok && (n == syscall.EAGAIN || n == syscall.EWOULDBLOCK)
}

// partial is a binary read(n) cut short by a non-blocking socket: what is
// buffered, at most n bytes (all when n < 0), or None when nothing is.
func (f *socketFile) partial(n int) (py.Object, error) {
	if len(f.rbuf) == 0 {
		return py.None, nil
	}
	if n < 0 || n > len(f.rbuf) {
		n = len(f.rbuf)
	}
	return py.Bytes(f.take(n)), nil
}

// readinto is a binary file's readinto(b): read(len(b)) stored in b; the
// count, or None when a non-blocking socket has no data.
func (f *socketFile) readinto(b []byte) (py.Object, error) {
	got, err := f.read(len(b))
	if err != nil || got == py.None {
		return got, err
	}
	data := got.(py.Bytes)
	copy(b, data)
	return py.Int(len(data)), nil
}

// name is the name attribute of every socket file: the descriptor, -1
// once the file is closed.
func (f *socketFile) name() int {
	if f.closed {
		return -1
	}
	return f.sock.Fd()
}

// readline implements readline(limit): one line with its ending, at most
// limit bytes (characters) when limit >= 0; "" at end of stream.
func (f *socketFile) readline(limit int) (py.Object, error) {
	if err := f.checkReadable(); err != nil {
		return nil, err
	}
	if f.bufsize == 0 && !f.text {
		return f.rawReadline(limit)
	}
	for {
		end := f.lineEnd()
		if limit >= 0 {
			k := limit
			if f.text {
				k = f.textSplit(limit)
			} else if len(f.rbuf) < limit {
				k = -1
			}
			if k >= 0 && (end < 0 || end > k) {
				return f.result(f.take(k))
			}
		}
		if end >= 0 {
			return f.result(f.take(end))
		}
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			return f.result(f.take(len(f.rbuf)))
		}
	}
}

// rawReadline is an unbuffered binary file's readline: one byte per
// recv, so that nothing past the line is taken from the socket (another
// file made on it later reads on from there, as http.client expects).
func (f *socketFile) rawReadline(limit int) (py.Object, error) {
	var line []byte
	for limit < 0 || len(line) < limit {
		var b []byte
		if len(f.rbuf) > 0 {
			b = f.take(1)
		} else {
			var err error
			if b, err = f.recvChunk(1); err != nil {
				if wouldBlock(err) && len(line) > 0 {
					break
				}
				return nil, err
			}
		}
		if len(b) == 0 {
			break
		}
		line = append(line, b[0])
		if b[0] == '\n' {
			break
		}
	}
	return py.Bytes(line), nil
}

// sendOut writes all of b through the owner.
func (f *socketFile) sendOut(b []byte) error {
	if f.native() {
		return f.sock.SendAll(b, 0)
	}
	send, err := py.GetAttrString(f.owner, "sendall")
	if err != nil {
		return err
	}
	_, err = py.Call(send, py.Tuple{py.Bytes(b)}, nil)
	return err
}

// sendOnce is one send of b through the owner.
func (f *socketFile) sendOnce(b []byte) (int, error) {
	if f.native() {
		return f.sock.Send(b, 0)
	}
	send, err := py.GetAttrString(f.owner, "send")
	if err != nil {
		return 0, err
	}
	res, err := py.Call(send, py.Tuple{py.Bytes(b)}, nil)
	if err != nil {
		return 0, err
	}
	n, err := py.MakeGoInt(res)
	if err != nil {
		return 0, err
	}
	return n, nil
}

// flushLocked sends the write buffer.
func (f *socketFile) flushLocked() error {
	if len(f.wbuf) == 0 {
		return nil
	}
	b := f.wbuf
	f.wbuf = nil
	return f.sendOut(b)
}

func (f *socketFile) write(o py.Object) (py.Object, error) {
	if err := f.checkWritable(); err != nil {
		return nil, err
	}
	var data []byte
	var count int
	if f.text {
		s, ok := o.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("write() argument must be str, not %s", pyutil.TypeName(o))
		}
		count = utf8.RuneCountInString(string(s))
		str := string(s)
		if nl, ok := f.newline.(py.String); ok && (nl == "\r" || nl == "\r\n") {
			str = strings.ReplaceAll(str, "\n", string(nl))
		}
		data = []byte(str)
		if f.codec != "" {
			var err error
			if data, err = host.EncodeText(str, f.codec, f.errors); err != nil {
				return nil, err
			}
		}
	} else {
		b, err := pyutil.BytesLike(o)
		if err != nil {
			return nil, err
		}
		data = b
		count = len(b)
	}
	if f.bufsize == 0 {
		// SocketIO.write is one send(): the count it took, None when a
		// non-blocking socket takes nothing.
		sent, err := f.sendOnce(data)
		if err != nil {
			if wouldBlock(err) {
				return py.None, nil
			}
			return nil, err
		}
		return py.Int(sent), nil
	}
	f.wbuf = append(f.wbuf, data...)
	if len(f.wbuf) >= f.bufsize {
		if err := f.flushLocked(); err != nil {
			return nil, err
		}
	}
	return py.Int(count), nil
}

// close flushes, marks the file closed and, if the socket's close() was
// deferred for this file, completes it through the owner's close method.
func (f *socketFile) close() error {
	if f.closed {
		return nil
	}
	var ferr error
	if f.writing {
		ferr = f.flushLocked()
	}
	f.closed = true
	f.rbuf, f.wbuf = nil, nil
	if f.ref.release() {
		if f.native() {
			if err := f.sock.Close(); err != nil && ferr == nil {
				ferr = err
			}
		} else if c, err := py.GetAttrString(f.owner, "close"); err == nil {
			if _, err := py.Call(c, nil, nil); err != nil && ferr == nil {
				ferr = err
			}
		}
	}
	return ferr
}

// M__enter__ returns the file itself for `with`.
func (f *socketFile) M__enter__() (py.Object, error) {
	lockFile(&f.mu)
	defer f.mu.Unlock()
	if f.closed {
		return nil, pyutil.ValueErrorf("I/O operation on closed file.")
	}
	return f, nil
}

// M__exit__ closes the file.
func (f *socketFile) M__exit__(exc_type, exc_value, traceback py.Object) (py.Object, error) {
	defer f.lock("close")()
	return noneOr(f.close())
}

// M__iter__ makes the file iterable by lines.
func (f *socketFile) M__iter__() (py.Object, error) {
	lockFile(&f.mu)
	defer f.mu.Unlock()
	if f.closed {
		return nil, pyutil.ValueErrorf("I/O operation on closed file.")
	}
	return f, nil
}

// M__next__ returns the next line, StopIteration at end of stream.
func (f *socketFile) M__next__() (py.Object, error) {
	lockFile(&f.mu)
	defer f.mu.Unlock()
	line, err := f.readline(-1)
	if err != nil {
		return nil, err
	}
	if isEmpty(line) {
		return nil, py.StopIteration
	}
	return line, nil
}

// M__repr__ is CPython-like: <_io.TextIOWrapper mode='r' ...>.
func (f *socketFile) M__repr__() (py.Object, error) {
	t := f.Type()
	switch t {
	case textFileType:
		enc, err := pyrepr.Repr(py.String(f.encoding))
		if err != nil {
			return nil, err
		}
		if f.overRWPair() { // no name to show (see overRWPair)
			return py.String(fmt.Sprintf("<%s mode='%s' encoding=%s>", t.Name, f.mode, enc)), nil
		}
		return py.String(fmt.Sprintf("<%s name=%d mode='%s' encoding=%s>", t.Name, f.name(), f.mode, enc)), nil
	case readerFileType, writerFileType:
		return py.String(fmt.Sprintf("<%s name=%d>", t.Name, f.name())), nil
	}
	return py.String(fmt.Sprintf("<%s object at %#x>", t.Name, uintptr(unsafe.Pointer(f)))), nil
}

func isEmpty(o py.Object) bool {
	switch v := o.(type) {
	case py.String:
		return len(v) == 0
	case py.Bytes:
		return len(v) == 0
	}
	return false
}

// lockFile takes one of a file's locks. The holder may be waiting in a
// read with the interpreter lock released, and needs the interpreter lock
// back to finish: a contended lock is waited for with the interpreter
// lock released (CPython's buffered objects wait for theirs the same
// way), or the two threads would wait for each other forever.
func lockFile(m *sync.Mutex) {
	if !m.TryLock() {
		gil.Unlocked(m.Lock)
	}
}

// lock takes the locks name needs (see socketFile.mu) and returns what
// releases them.
func (f *socketFile) lock(name string) (unlock func()) {
	switch name {
	case "write", "flush":
		lockFile(&f.wmu)
		return f.wmu.Unlock
	case "close":
		lockFile(&f.mu)
		lockFile(&f.wmu)
		return func() { f.wmu.Unlock(); f.mu.Unlock() }
	}
	lockFile(&f.mu)
	return f.mu.Unlock
}

// fileMethod installs a method of SocketFileType under the file's lock.
func fileMethod(name, doc string, impl func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	SocketFileType.Dict[name] = pyutil.MustNewMethod(name, func(o py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		f, ok := o.(*socketFile)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor '%s' requires a socket file object", name)
		}
		defer f.lock(name)()
		return impl(f, args, kwargs)
	}, 0, doc)
}

// sizeArgWith reads an optional size argument where None means -1,
// converted by conv (ssizeArg or indexSizeArg, as the io method in
// CPython that stands behind it).
func sizeArgWith(name string, args py.Tuple, kwargs py.StringDict, conv func(py.Object) (int, error)) (int, error) {
	var v py.Object
	if err := py.UnpackTuple(args, kwargs, name, 0, 1, &v); err != nil {
		return 0, err
	}
	if v == nil || v == py.None {
		return -1, nil
	}
	return conv(v)
}

// setupSocketFile installs the methods of the file objects socket.makefile returns (a step of setup, module.go).
func setupSocketFile() {
	setupSocketFileRead1()
	fileMethod("read", "read(size=-1)\n\nRead at most size bytes (characters in text mode); all of them to end of stream when size is negative.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		// CPython's three read methods under makefile: RawIOBase.read
		// (unbuffered binary: Py_ssize_t, any negative size reads all),
		// BufferedReader.read (-1 only) and TextIOWrapper.read.
		unbuffered := f.bufsize == 0 && !f.text
		conv := indexSizeArg
		if unbuffered {
			conv = ssizeArg
		}
		n, err := sizeArgWith("read", args, kwargs, conv)
		if err != nil {
			return nil, err
		}
		if n < -1 && !unbuffered && !f.text {
			return nil, pyutil.ValueErrorf("read length must be positive or -1")
		}
		if err := pyutil.CheckAlloc(n); err != nil {
			return nil, err
		}
		return f.read(n)
	})
	fileMethod("readline", "readline(size=-1)\n\nRead until newline or end of stream.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		conv := indexSizeArg
		if f.text {
			conv = ssizeArg
		}
		n, err := sizeArgWith("readline", args, kwargs, conv)
		if err != nil {
			return nil, err
		}
		return f.readline(n)
	})
	fileMethod("readlines", "readlines(hint=-1) -> list\n\nThe remaining lines; stops once hint bytes have been read when hint > 0.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		hint, err := sizeArgWith("readlines", args, kwargs, indexSizeArg)
		if err != nil {
			return nil, err
		}
		l := py.NewList()
		total := 0
		for {
			line, err := f.readline(-1)
			if err != nil {
				return nil, err
			}
			if isEmpty(line) {
				break
			}
			l.Append(line)
			if s, ok := line.(py.String); ok {
				total += utf8.RuneCountInString(string(s))
			} else {
				total += len(line.(py.Bytes))
			}
			if hint > 0 && total >= hint {
				break
			}
		}
		return l, nil
	})
	fileMethod("write", "write(b)\n\nWrite the given data and return its length.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "write", 1, 1, &v); err != nil {
			return nil, err
		}
		return f.write(v)
	})
	fileMethod("readinto", "readinto(b) -> int or None\n\nRead up to len(b) bytes into the writable buffer b.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if f.text {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'readinto'", f.Type().Name)
		}
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "readinto", 1, 1, &v); err != nil {
			return nil, err
		}
		wb, err := pyarg.WritableBuffer(v, "readinto() argument")
		if err != nil {
			return nil, err
		}
		if err := f.checkReadable(); err != nil {
			return nil, err
		}
		return f.readinto(wb.WritableBytes())
	})
	fileMethod("flush", "flush()\n\nSend buffered data.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "flush", 0, 0); err != nil {
			return nil, err
		}
		if f.closed {
			return nil, pyutil.ValueErrorf("I/O operation on closed file.")
		}
		return noneOr(f.flushLocked())
	})
	fileMethod("close", "close()\n\nFlush and close the stream; the socket keeps working.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "close", 0, 0); err != nil {
			return nil, err
		}
		return noneOr(f.close())
	})
	fileMethod("fileno", "fileno()\n\nReturn the socket's file descriptor.", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if f.closed {
			return nil, pyutil.ValueErrorf("I/O operation on closed file.")
		}
		return py.Int(f.sock.Fd()), nil
	})
	for _, m := range []struct {
		name string
		get  func(f *socketFile) bool
	}{
		{"readable", func(f *socketFile) bool { return f.reading }},
		{"writable", func(f *socketFile) bool { return f.writing }},
		{"seekable", func(f *socketFile) bool { return false }},
	} {
		get := m.get
		fileMethod(m.name, m.name+"()", func(f *socketFile, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if f.closed {
				return nil, pyutil.ValueErrorf("I/O operation on closed file.")
			}
			return py.NewBool(get(f)), nil
		})
	}
	SocketFileType.Dict["closed"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		f, ok := o.(*socketFile)
		if !ok {
			return nil, pyutil.TypeErrorf("expected a socket file object")
		}
		lockFile(&f.mu)
		defer f.mu.Unlock()
		return py.NewBool(f.closed), nil
	}, Doc: "True once the stream is closed."}
	for name, get := range map[string]func(f *socketFile) py.Object{
		"encoding": func(f *socketFile) py.Object { return py.String(f.encoding) },
		"errors":   func(f *socketFile) py.Object { return py.String(f.errors) },
	} {
		SocketFileType.Dict[name] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
			f, ok := o.(*socketFile)
			if !ok {
				return nil, pyutil.TypeErrorf("expected a socket file object")
			}
			if !f.text {
				return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", f.Type().Name, name)
			}
			return get(f), nil
		}, Doc: "The text encoding's " + name + " setting (text mode only)."}
	}
	SocketFileType.Dict["name"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		f, ok := o.(*socketFile)
		if !ok {
			return nil, pyutil.TypeErrorf("expected a socket file object")
		}
		if f.overRWPair() {
			return nil, rwPairNoAttr("name")
		}
		lockFile(&f.mu)
		defer f.mu.Unlock()
		return py.Int(f.name()), nil
	}, Doc: "The socket's file descriptor; -1 once the stream is closed."}
	SocketFileType.Dict["mode"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		f, ok := o.(*socketFile)
		if !ok {
			return nil, pyutil.TypeErrorf("expected a socket file object")
		}
		if f.overRWPair() && !f.text {
			return nil, rwPairNoAttr("mode")
		}
		return py.String(f.mode), nil
	}, Doc: "The mode given to makefile."}
	if err := SocketFileType.Ready(); err != nil {
		panic(err)
	}
	for _, t := range socketFileTypes {
		t.Dict = SocketFileType.Dict
	}
}

var (
	_ py.I__enter__ = (*socketFile)(nil)
	_ py.I__exit__  = (*socketFile)(nil)
	_ py.I__iter__  = (*socketFile)(nil)
	_ py.I__next__  = (*socketFile)(nil)
	_ py.I__repr__  = (*socketFile)(nil)
)

// overRWPair reports whether CPython's makefile would have built this
// stream on an io.BufferedRWPair (buffered, reading and writing), which
// has neither name nor mode: a text stream over one still has the mode
// socket.py sets on it, but no name.
func (f *socketFile) overRWPair() bool {
	return f.reading && f.writing && f.bufsize != 0
}

func rwPairNoAttr(name string) error {
	return py.ExceptionNewf(py.AttributeError, "'_io.BufferedRWPair' object has no attribute '%s'", name)
}
