package host

import (
	"errors"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The file objects open() returns, as CPython 3.6's _io module has them:
// FileIO (raw, unbuffered descriptor I/O), BufferedReader, BufferedWriter
// and BufferedRandom over a FileIO, and TextIOWrapper over a buffered
// object. They are Go types of a module "_io"; Lib/modules/io.py
// re-exports them and registers them with its abstract base classes, so
// isinstance(f, io.TextIOBase) holds as in CPython.
//
// Writes are not held back: a buffered or text write reaches the
// descriptor before write() returns. CPython flushes a file when its
// last reference goes; this interpreter cannot tell when that happens, so
// open(name, 'w').write(s) must not leave s in a buffer. Reads are
// buffered (64 KiB at a time), which is what makes line iteration fast.
// Every system call runs with the interpreter lock released.

// closedText is the message of most operations on a closed file.
const closedText = "I/O operation on closed file"

// errClosed is ValueError(msg).
func errClosed(msg string) error { return pyutil.ValueErrorf("%s", msg) }

// UnsupportedOperationType is io.UnsupportedOperation.
var UnsupportedOperationType = func() *py.Type {
	t := pyutil.NewExceptionType("UnsupportedOperation", "", py.OSError, py.ValueError)
	t.Dict["__module__"] = py.String("io")
	return t
}()

func unsupported(what string) error {
	return py.ExceptionNewf(UnsupportedOperationType, "%s", what)
}

// readChunk is how much a buffered reader asks the descriptor for.
const readChunk = 64 << 10

// fdRead reads into p with the interpreter lock released; a signal
// whose Python handler raises ends it with that exception, others let it
// go on (sigint.Read). n is 0 at end of file.
func fdRead(fd int, p []byte) (n int, err error) {
	n, err = sigint.Read(fd, p)
	if _, ok := err.(syscall.Errno); ok {
		return n, osErr(err)
	}
	return n, err
}

// fdWrite is one write(2) of p, as FileIO.write makes it: it may write
// part of p only (a signal cut a blocking write short). A signal whose
// Python handler raises ends it with that exception (sigint.Write).
func fdWrite(fd int, p []byte) (int, error) {
	n, err := sigint.Write(fd, p)
	if _, ok := err.(syscall.Errno); ok {
		return n, osErr(err)
	}
	return n, err
}

// fdWriteAll writes all of p, as a buffered file's flush does: between
// two partial writes it runs the pending signal handlers, so that a
// handler that raises ends a write that would otherwise block again.
func fdWriteAll(fd int, p []byte) (int, error) {
	total := 0
	for len(p) > 0 {
		n, err := fdWrite(fd, p)
		total += n
		if err != nil {
			return total, err
		}
		p = p[n:]
		if len(p) > 0 && sigint.Pending() {
			if err := sigint.Check(); err != nil {
				return total, err
			}
		}
	}
	return total, nil
}

// wouldBlock reports whether err is the BlockingIOError of a
// non-blocking descriptor with no data or no room (EAGAIN).
func wouldBlock(err error) bool {
	e, ok := err.(*py.Exception)
	return ok && e.Type() == py.BlockingIOError
}

// blockedAfter is the BlockingIOError a buffered write raises when the
// descriptor took only written bytes: err's errno and message, with
// characters_written set.
func blockedAfter(err error, written int) error {
	e := err.(*py.Exception)
	args := py.Tuple{py.Int(syscall.EAGAIN), py.String(syscall.EAGAIN.Error())}
	if t, ok := e.Args.(py.Tuple); ok && len(t) >= 2 {
		args = py.Tuple{t[0], t[1]}
	}
	exc, cerr := vm.Call(py.BlockingIOError, append(args, py.Int(written)), nil)
	if cerr != nil {
		return cerr
	}
	return exc.(*py.Exception)
}

// fdSeek is lseek.
func fdSeek(fd int, off int64, whence int) (int64, error) {
	pos, err := syscall.Seek(fd, off, whence)
	return pos, osErr(err)
}

// osErr turns a system call's error into CPython's OSError subclass.
func osErr(err error) error {
	if err == nil {
		return nil
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return pyutil.OSErrorFromErrno(errno, nil)
	}
	return pyutil.FromGoError(err, nil)
}

// ioMethod installs a method of an _io type; get converts self (and says
// what a wrong self is called).
func ioMethod[T py.Object](t *py.Type, name, doc string, fn func(o T, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	t.Dict[name] = pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		o, ok := self.(T)
		if !ok {
			if py := pythonBuffered(self); py != nil {
				m, err := vm.GetAttr(py, name)
				if err != nil {
					return nil, err
				}
				return vm.Call(m, args, kwargs)
			}
			return nil, pyutil.TypeErrorf("descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, pyutil.TypeName(self))
		}
		return fn(o, args, kwargs)
	}, 0, doc)
}

// ioProperty installs a read-only attribute of an _io type.
func ioProperty[T py.Object](t *py.Type, name string, fn func(o T) (py.Object, error)) {
	t.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		o, ok := self.(T)
		if !ok {
			// an instance of a class derived from t holds its value
			o, ok = pyutil.Unwrap(self).(T)
		}
		if !ok {
			if py := pythonBuffered(self); py != nil {
				return vm.GetAttr(py, name)
			}
			return nil, pyutil.TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.Name, pyutil.TypeName(self))
		}
		return fn(o)
	}}
}

// pythonBuffered is the object of io's Python buffered classes that an
// instance of a class derived from a buffered type holds when it was
// made over a raw stream other than a FileIO (bufferedOverScript): the
// type's methods and attributes are that object's. Nil for any other.
func pythonBuffered(self py.Object) py.Object {
	v := pyutil.Unwrap(self)
	inst, ok := v.(*py.Type)
	if !ok || !pyutil.IsInstanceObject(inst) {
		return nil
	}
	for _, b := range inst.ObjectType.Mro {
		if bt, ok := b.(*py.Type); ok && bt.Name == "_Buffered" {
			if mod, ok := bt.Dict["__module__"].(py.String); ok && mod == "_io" {
				return v
			}
		}
	}
	return nil
}

// sizeArg is a read size as CPython 3.6's _PyIO_ConvertSsize_t takes it:
// None or absent is -1; a number (see isNumber) must be an integer by
// __index__ ("'float' object cannot be interpreted as an integer"); any
// other object, even one with only __index__, is "integer argument
// expected, got 'str'".
func sizeArg(o py.Object) (int, error) {
	if o == nil || o == py.None {
		return -1, nil
	}
	if !isNumber(o) {
		return 0, pyutil.TypeErrorf("integer argument expected, got '%s'", pyutil.TypeName(o))
	}
	return pyarg.IndexSize(o, py.OverflowError)
}

// isNumber is CPython 3.6's PyNumber_Check: an int, float or complex, or
// an object whose type defines __int__ or __float__.
func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex, py.I__int__, py.I__float__:
		return true
	}
	if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
		cls := t.Type()
		return cls.GetAttrOrNil("__int__") != nil || cls.GetAttrOrNil("__float__") != nil
	}
	return false
}

// linesHint collects lines from next until their total length reaches
// hint (readlines).
func readLines(hintObj py.Object, next func() (py.Object, int, error)) (py.Object, error) {
	hint := -1
	if hintObj != nil && hintObj != py.None {
		var err error
		if hint, err = sizeArg(hintObj); err != nil {
			return nil, err
		}
	}
	var out []py.Object
	total := 0
	for {
		line, n, err := next()
		if err != nil {
			return nil, err
		}
		if n == 0 {
			break
		}
		out = append(out, line)
		total += n
		if hint > 0 && total >= hint {
			break
		}
	}
	return py.NewListFromItems(out), nil
}
