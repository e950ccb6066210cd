package subprocess

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// PipeFileType is the type of Popen's stdin, stdout and stderr. Its name
// is chosen per object in repr (_io.BufferedReader, _io.BufferedWriter,
// _io.TextIOWrapper or _io.FileIO, as CPython's objects), since one Go
// type serves all four.
var PipeFileType = py.NewType("_io._PipeFile", "The parent's end of a pipe to a child process.")

// pipeFile is one end of a pipe held by the parent.
type pipeFile struct {
	mu       sync.Mutex
	f        *os.File
	fd       int
	r        *bufio.Reader // readers only
	writable bool
	text     bool
	raw      bool // bufsize=0: _io.FileIO
	encoding string
	errors   string
	closed   bool

	// communicate's state: a drain of the whole output, or the stdin
	// writer, started once and awaited by every call.
	drain *drainState
}

// drainState is a goroutine reading (or writing) a pipe to its end.
type drainState struct {
	done chan struct{}
	data []byte
	err  error
}

var (
	_ py.I__iter__  = (*pipeFile)(nil)
	_ py.I__next__  = (*pipeFile)(nil)
	_ py.I__enter__ = (*pipeFile)(nil)
	_ py.I__exit__  = (*pipeFile)(nil)
	_ py.I__repr__  = (*pipeFile)(nil)
)

// Type returns PipeFileType.
func (*pipeFile) Type() *py.Type { return PipeFileType }

func newPipeFile(f *os.File, writable, text, raw bool, encoding, errs string) *pipeFile {
	p := &pipeFile{f: f, fd: int(f.Fd()), writable: writable, text: text, raw: raw && !text, encoding: encoding, errors: errs}
	if !writable {
		p.r = bufio.NewReader(f)
	}
	return p
}

// M__repr__ is CPython's repr of the io object it stands for.
func (p *pipeFile) M__repr__() (py.Object, error) {
	switch {
	case p.text:
		return py.String(fmt.Sprintf("<_io.TextIOWrapper name=%d encoding='%s'>", p.fd, p.encoding)), nil
	case p.raw && p.closed:
		return py.String("<_io.FileIO [closed]>"), nil
	case p.raw:
		mode := "rb"
		if p.writable {
			mode = "wb"
		}
		return py.String(fmt.Sprintf("<_io.FileIO name=%d mode='%s' closefd=True>", p.fd, mode)), nil
	case p.writable:
		return py.String(fmt.Sprintf("<_io.BufferedWriter name=%d>", p.fd)), nil
	}
	return py.String(fmt.Sprintf("<_io.BufferedReader name=%d>", p.fd)), nil
}

// settle lets a read follow a communicate() that timed out: it waits for
// the drain to finish and serves what it collected, so that the drain
// goroutine and the read never share the reader.
func (p *pipeFile) settle() {
	if p.drain == nil || p.writable {
		return
	}
	<-p.drain.done
	p.r = bufio.NewReader(bytes.NewReader(p.drain.data))
	p.drain = nil
}

func errClosed() error { return pyutil.ValueErrorf("I/O operation on closed file.") }

func (p *pipeFile) check(write bool) error {
	if p.closed {
		return errClosed()
	}
	if write && !p.writable {
		return py.ExceptionNewf(py.OSError, "not writable") // io.UnsupportedOperation in CPython
	}
	if !write && p.writable {
		return py.ExceptionNewf(py.OSError, "not readable")
	}
	return nil
}

// close closes the pipe once; a drain in progress ends by itself.
func (p *pipeFile) close() error {
	if p.closed {
		return nil
	}
	p.closed = true
	if p.drain != nil {
		// the drain goroutine owns the file until it finishes
		go func(d *drainState, f *os.File) {
			<-d.done
			f.Close()
		}(p.drain, p.f)
		return nil
	}
	if err := p.f.Close(); err != nil && p.writable && isEPIPE(err) {
		return nil
	}
	return nil
}

func isEPIPE(err error) bool { return errors.Is(err, syscall.EPIPE) }

// decode turns bytes read into text: the encoding's decoder (bytes.decode)
// and universal newlines.
func (p *pipeFile) decode(b []byte) (py.Object, error) {
	if !p.text {
		return py.Bytes(b), nil
	}
	s, err := decodeBytes(b, p.encoding, p.errors)
	if err != nil {
		return nil, err
	}
	return py.String(translateNewlines(s)), nil
}

func translateNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// decodeBytes is bytes.decode(encoding, errors), through the method the
// project installs on bytes.
func decodeBytes(b []byte, encoding, errs string) (string, error) {
	m, err := py.GetAttrString(py.Bytes(b), "decode")
	if err != nil {
		return "", err
	}
	r, err := py.Call(m, py.Tuple{py.String(encoding), py.String(errs)}, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("decoder returned '%s' instead of 'str'", pyutil.TypeName(r))
	}
	return string(s), nil
}

// encodeStr is str.encode(encoding, errors).
func encodeStr(s py.String, encoding, errs string) ([]byte, error) {
	m, err := py.GetAttrString(s, "encode")
	if err != nil {
		return nil, err
	}
	r, err := py.Call(m, py.Tuple{py.String(encoding), py.String(errs)}, nil)
	if err != nil {
		return nil, err
	}
	b, ok := r.(py.Bytes)
	if !ok {
		return nil, pyutil.TypeErrorf("encoder returned '%s' instead of 'bytes'", pyutil.TypeName(r))
	}
	return []byte(b), nil
}

func isUTF8(enc string) bool {
	switch strings.ToLower(strings.ReplaceAll(enc, "-", "")) {
	case "utf8", "utf_8", "u8":
		return true
	}
	return false
}

// readAll reads to the end of the pipe.
func (p *pipeFile) readAll() ([]byte, error) {
	b, err := io.ReadAll(p.r)
	if err != nil {
		return b, pyutil.FromGoError(err, nil)
	}
	return b, nil
}

// readN reads n bytes (binary: up to n, fewer at the end; raw: one
// read) or n characters (text).
func (p *pipeFile) readN(n int) ([]byte, error) {
	if p.text && isUTF8(p.encoding) {
		var b []byte
		for i := 0; i < n; i++ {
			r, size, err := p.r.ReadRune()
			if err == io.EOF {
				break
			}
			if err != nil {
				return b, pyutil.FromGoError(err, nil)
			}
			if r == utf8.RuneError && size == 1 {
				p.r.UnreadRune()
				c, _ := p.r.ReadByte()
				b = append(b, c)
				continue
			}
			b = utf8.AppendRune(b, r)
		}
		return b, nil
	}
	buf := make([]byte, n)
	if p.raw {
		m, err := p.r.Read(buf)
		if err != nil && err != io.EOF {
			return nil, pyutil.FromGoError(err, nil)
		}
		return buf[:m], nil
	}
	m, err := io.ReadFull(p.r, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, pyutil.FromGoError(err, nil)
	}
	return buf[:m], nil
}

// readLine reads one line: through "\n" (binary), or through "\n", "\r"
// or "\r\n" in text mode; limit < 0 is no limit.
func (p *pipeFile) readLine(limit int) ([]byte, error) {
	var b []byte
	for limit < 0 || len(b) < limit {
		c, err := p.r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return b, pyutil.FromGoError(err, nil)
		}
		b = append(b, c)
		if c == '\n' {
			break
		}
		if c == '\r' && p.text {
			if next, err := p.r.Peek(1); err == nil && next[0] == '\n' {
				p.r.ReadByte()
				b = append(b, '\n')
			}
			break
		}
	}
	return b, nil
}

func pipeSelf(o py.Object) (*pipeFile, error) {
	p, ok := o.(*pipeFile)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor requires a pipe file, not '%s'", pyutil.TypeName(o))
	}
	return p, nil
}

// sizeArg is the optional size of read and readline: None or negative is
// everything.
func sizeArg(args py.Tuple, fn string) (int, error) {
	var o py.Object = py.None
	if err := py.UnpackTuple(args, nil, fn, 0, 1, &o); err != nil {
		return 0, err
	}
	if o == py.None {
		return -1, nil
	}
	n, err := toInt(o)
	if err != nil {
		return 0, err
	}
	return n, nil
}

func pipeRead(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := pipeSelf(self)
	if err != nil {
		return nil, err
	}
	n, err := sizeArg(args, "read")
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.check(false); err != nil {
		return nil, err
	}
	p.settle()
	var b []byte
	if n < 0 {
		b, err = p.readAll()
	} else {
		b, err = p.readN(n)
	}
	if err != nil {
		return nil, err
	}
	return p.decode(b)
}

func pipeReadline(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := pipeSelf(self)
	if err != nil {
		return nil, err
	}
	n, err := sizeArg(args, "readline")
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.check(false); err != nil {
		return nil, err
	}
	p.settle()
	b, err := p.readLine(n)
	if err != nil {
		return nil, err
	}
	return p.decode(b)
}

func pipeReadlines(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := pipeSelf(self)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.check(false); err != nil {
		return nil, err
	}
	p.settle()
	l := py.NewList()
	for {
		b, err := p.readLine(-1)
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			return l, nil
		}
		line, err := p.decode(b)
		if err != nil {
			return nil, err
		}
		l.Append(line)
	}
}

// M__iter__ is the file itself.
func (p *pipeFile) M__iter__() (py.Object, error) {
	if p.closed {
		return nil, errClosed()
	}
	return p, nil
}

// M__next__ is the next line; StopIteration at the end.
func (p *pipeFile) M__next__() (py.Object, error) {
	line, err := pipeReadline(p, nil)
	if err != nil {
		return nil, err
	}
	switch v := line.(type) {
	case py.String:
		if v == "" {
			return nil, py.StopIteration
		}
	case py.Bytes:
		if len(v) == 0 {
			return nil, py.StopIteration
		}
	}
	return line, nil
}

func pipeWrite(self, data py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := pipeSelf(self)
	if err != nil {
		return nil, err
	}
	var b []byte
	var count int
	if p.text {
		s, ok := data.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("write() argument must be str, not %s", pyutil.TypeName(data))
		}
		if b, err = encodeStr(s, p.encoding, p.errors); err != nil {
			return nil, err
		}
		count = utf8.RuneCountInString(string(s))
	} else {
		if b, err = pyutil.BytesLike(data); err != nil {
			return nil, err
		}
		count = len(b)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.check(true); err != nil {
		return nil, err
	}
	if _, err := p.f.Write(b); err != nil {
		return nil, pyutil.FromGoError(unwrapPathError(err), nil)
	}
	return py.Int(count), nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func pipeClose(self py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := pipeSelf(self)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return py.None, p.close()
}

// M__enter__ is the file.
func (p *pipeFile) M__enter__() (py.Object, error) {
	if p.closed {
		return nil, errClosed()
	}
	return p, nil
}

// M__exit__ closes it.
func (p *pipeFile) M__exit__(exc, val, tb py.Object) (py.Object, error) {
	if _, err := pipeClose(p); err != nil {
		return nil, err
	}
	return py.None, nil
}

func init() {
	d := PipeFileType.Dict
	// Reads and writes block on the child: they run without the
	// interpreter lock, so the script's other threads run meanwhile.
	unlocked := func(fn func(py.Object, py.Tuple) (py.Object, error)) func(py.Object, py.Tuple) (py.Object, error) {
		return func(self py.Object, args py.Tuple) (res py.Object, err error) {
			gil.Unlocked(func() { res, err = fn(self, args) })
			return res, err
		}
	}
	d["read"] = py.MustNewMethod("read", unlocked(pipeRead), 0, "read(size=-1) -> bytes or str")
	d["read1"] = py.MustNewMethod("read1", unlocked(pipeRead), 0, "read1(size=-1) -> bytes")
	d["readline"] = py.MustNewMethod("readline", unlocked(pipeReadline), 0, "readline(size=-1) -> one line")
	d["readlines"] = py.MustNewMethod("readlines", unlocked(pipeReadlines), 0, "readlines() -> list of lines")
	d["write"] = py.MustNewMethod("write", func(self, data py.Object) (res py.Object, err error) {
		gil.Unlocked(func() { res, err = pipeWrite(self, data) })
		return res, err
	}, 0, "write(data) -> number written")
	d["close"] = py.MustNewMethod("close", pipeClose, 0, "close()")
	d["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
		p, err := pipeSelf(self)
		if err != nil {
			return nil, err
		}
		if p.closed {
			return nil, pyutil.ValueErrorf("flush of closed file")
		}
		return py.None, nil
	}, 0, "flush()")
	d["fileno"] = py.MustNewMethod("fileno", func(self py.Object) (py.Object, error) {
		p, err := pipeSelf(self)
		if err != nil {
			return nil, err
		}
		if p.closed {
			return nil, errClosed()
		}
		return py.Int(p.fd), nil
	}, 0, "fileno() -> int")
	for _, name := range []string{"readable", "writable"} {
		write := name == "writable"
		d[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
			p, err := pipeSelf(self)
			if err != nil {
				return nil, err
			}
			if p.closed {
				return nil, errClosed()
			}
			return py.NewBool(p.writable == write), nil
		}, 0, name+"() -> bool")
	}
	d["closed"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		p, err := pipeSelf(self)
		if err != nil {
			return nil, err
		}
		return py.NewBool(p.closed), nil
	}}
	d["encoding"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		p, err := pipeSelf(self)
		if err != nil {
			return nil, err
		}
		if !p.text {
			return nil, py.ExceptionNewf(py.AttributeError, "'_io.BufferedReader' object has no attribute 'encoding'")
		}
		return py.String(p.encoding), nil
	}}
	d["errors"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		p, err := pipeSelf(self)
		if err != nil {
			return nil, err
		}
		return py.String(p.errors), nil
	}}
}
