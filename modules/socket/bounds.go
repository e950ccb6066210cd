package socket

import (
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Size bounds of the reading methods (issue 20, item 1).
//
// CPython allocates the whole buffer a recv(n) or read(n) asks for before
// anything is read, and raises MemoryError when malloc refuses it. Go's
// allocator kills the process instead, so every size is checked against
// pyutil.AllocLimit first; under it, the buffer is only as large as one call can
// fill, so recv(2**31) costs what the data costs.

// ssizeArg is a Py_ssize_t argument: an integer (the project's __index__
// rules for other types), OverflowError "Python int too large to convert
// to C ssize_t" outside 64 bits.
func ssizeArg(o py.Object) (int, error) {
	if v, ok := o.(py.Int); ok {
		return int(v), nil
	}
	b, err := pyarg.Index(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(b.Int64()), nil
}

// indexSizeArg is an io size argument (PyNumber_AsSsize_t with
// OverflowError): "cannot fit 'int' into an index-sized integer".
func indexSizeArg(o py.Object) (int, error) {
	if v, ok := o.(py.Int); ok {
		return int(v), nil
	}
	b, err := pyarg.Index(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "cannot fit '%s' into an index-sized integer", pyutil.TypeName(o))
	}
	return int(b.Int64()), nil
}

const (
	// streamRecvMax caps the buffer of one recv on a stream socket: a
	// stream recv returns "up to" n bytes, so a smaller buffer only means
	// a shorter (still correct) result for absurd sizes.
	streamRecvMax = 1 << 20
	// directRecvMax is the largest datagram buffer made without first
	// asking the kernel how large the next datagram is.
	directRecvMax = 1 << 16
	// shrinkAbove: a result this much smaller than its buffer is copied,
	// so a bytes object does not keep a large buffer alive.
	shrinkAbove = 1 << 14
)

// recvBuffer reads up to n bytes (n >= 0, already checked against
// AllocLimit) and returns them in a slice no larger than needed; from,
// when not nil, receives the sender's address.
func (s *Socket) recvBuffer(n, flags int, from *rawAddr) ([]byte, error) {
	if n <= directRecvMax || (s.kind == syscall.SOCK_STREAM && n <= streamRecvMax) {
		return s.recvNew(n, flags, from)
	}
	if s.kind == syscall.SOCK_STREAM {
		return s.recvNew(streamRecvMax, flags, from)
	}
	// A datagram must fit whole: peek at its size (MSG_TRUNC gives the
	// real length) and make the buffer that large, at most n.
	var one [1]byte
	size, err := s.readIO(flags, true, func(fd, flags int) (int, error) {
		return sysRecvfrom(fd, one[:], flags|syscall.MSG_PEEK|syscall.MSG_TRUNC, nil)
	})
	if err != nil {
		return nil, err
	}
	if size < directRecvMax {
		size = directRecvMax
	}
	if size > n {
		size = n
	}
	return s.recvNew(size, flags, from)
}

// recvNew is one receive of up to n bytes (n > 0) into a new slice
// (ReadNew's buffers).
func (s *Socket) recvNew(n, flags int, from *rawAddr) ([]byte, error) {
	return ReadNew(n, func(buf []byte) (int, error) {
		return s.readIO(flags, true, func(fd, flags int) (int, error) {
			return sysRecvfrom(fd, buf, flags, from)
		})
	})
}
