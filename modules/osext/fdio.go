package osext

import (
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The argument parsing and the interrupted-call retry shared by the
// descriptor I/O functions: read, write, pread, pwrite, readv, writev
// and sendfile.

// fdIO is the arguments of "f(fd, what[, offset], /)": the descriptor,
// the second argument unconverted (a size, the data or the buffers) and
// the offset of pread and pwrite (-1 for the others).
type fdIO struct {
	fd     int
	arg    py.Object
	offset int64
}

// parseFdIO checks the count ("pread() takes exactly 3 arguments (2
// given)") and converts fd and, withOffset, the third argument.
func parseFdIO(fn string, args py.Tuple, withOffset bool) (fdIO, error) {
	n := 2
	if withOffset {
		n = 3
	}
	if err := pyarg.ArgCount36(fn, args, n, n); err != nil {
		return fdIO{}, err
	}
	fd, err := intArg(args[0])
	if err != nil {
		return fdIO{}, err
	}
	a := fdIO{fd: fd, arg: args[1], offset: -1}
	if withOffset {
		if a.offset, err = pyarg.Long(args[2]); err != nil {
			return fdIO{}, err
		}
	}
	return a, nil
}

// readBuffer is the buffer a read of arg bytes fills, arg converted with
// conv (read takes a Py_ssize_t, pread an int); a negative size is
// EINVAL, as in CPython.
func (a fdIO) readBuffer(conv func(py.Object) (int, error)) ([]byte, error) {
	size, err := conv(a.arg)
	if err != nil {
		return nil, err
	}
	if size < 0 {
		return nil, osErr(syscall.EINVAL, nil)
	}
	if err := pyutil.CheckAlloc(size); err != nil {
		return nil, err
	}
	// only as large as one read can fill: read(fd, 2**31) of a short
	// file costs what the file costs
	return make([]byte, pyutil.ReadBufferSize(a.fd, size, a.offset)), nil
}

// ioCount runs call without the interpreter lock, again while it fails
// with EINTR (PEP 475), and gives the count it returns as an int, or its
// OSError.
func ioCount(call func() (int, error)) (py.Object, error) {
	var n int
	err := retryEINTR(func() (e error) {
		gil.Unlocked(func() { n, e = call() })
		return e
	})
	if err != nil {
		return nil, osErr(err, nil)
	}
	return py.Int(n), nil
}
