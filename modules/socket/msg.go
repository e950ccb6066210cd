package socket

import (
	"math"
	"runtime"
	"syscall"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// sendmsg, recvmsg and recvmsg_into: scatter/gather I/O with ancillary
// data (control messages such as SCM_RIGHTS, which passes descriptors over
// AF_UNIX sockets), and the CMSG_LEN/CMSG_SPACE functions that size the
// control buffer, with CPython 3.6's arguments, results and messages.

// Sizes of the kernel's control message layout (struct cmsghdr, padded to
// the alignment of size_t).
const (
	cmsgAlign  = int(unsafe.Sizeof(uintptr(0)))
	cmsgHeader = syscall.SizeofCmsghdr
	// socklenMax bounds the control buffer as CPython does (a socklen_t
	// value that fits in an int).
	socklenMax = math.MaxInt32
)

func alignCmsg(n int) int { return (n + cmsgAlign - 1) &^ (cmsgAlign - 1) }

// cmsgLen is CMSG_LEN(n): the header and n bytes of data.
func cmsgLen(n int) (int, bool) {
	if n < 0 || n > socklenMax-alignCmsg(cmsgHeader) {
		return 0, false
	}
	return alignCmsg(cmsgHeader) + n, true
}

// cmsgSpace is CMSG_SPACE(n): cmsgLen with the padding after the data.
func cmsgSpace(n int) (int, bool) {
	if n < 0 || n > socklenMax-(alignCmsg(cmsgHeader)+alignCmsg(1)) {
		return 0, false
	}
	return alignCmsg(cmsgHeader) + alignCmsg(n), true
}

// iovecs describes bufs for the kernel; the slices must stay alive until
// the system call returns.
func iovecs(bufs [][]byte) []syscall.Iovec {
	iov := make([]syscall.Iovec, len(bufs))
	for i, b := range bufs {
		if len(b) > 0 {
			iov[i].Base = &b[0]
		}
		iov[i].SetLen(len(b))
	}
	return iov
}

// msgHeader fills a msghdr over iov, control and the address buffer ra
// (nil for none).
func msgHeader(iov []syscall.Iovec, control []byte, ra *rawAddr) *syscall.Msghdr {
	msg := &syscall.Msghdr{}
	if len(iov) > 0 {
		msg.Iov = &iov[0]
		msg.Iovlen = uint64(len(iov))
	}
	if len(control) > 0 {
		msg.Control = &control[0]
		msg.SetControllen(len(control))
	}
	if ra != nil {
		msg.Name = (*byte)(unsafe.Pointer(&ra.any))
		msg.Namelen = ra.len
	}
	return msg
}

// sysSendmsg is sendmsg(2), with MSG_NOSIGNAL as sysSendto.
func sysSendmsg(fd int, bufs [][]byte, control []byte, flags int, to *rawAddr) (int, error) {
	iov := iovecs(bufs)
	msg := msgHeader(iov, control, to)
	var r uintptr
	var e syscall.Errno
	gil.Unlocked(func() {
		r, _, e = syscall.Syscall(syscall.SYS_SENDMSG, uintptr(fd), uintptr(unsafe.Pointer(msg)), uintptr(flags|syscall.MSG_NOSIGNAL))
	})
	runtime.KeepAlive(bufs)
	runtime.KeepAlive(iov)
	runtime.KeepAlive(control)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// msgResult is what recvmsg(2) reports besides the data.
type msgResult struct {
	n          int
	controlLen int
	flags      int
	from       rawAddr
}

// sysRecvmsg is recvmsg(2) into bufs and control.
func sysRecvmsg(fd int, bufs [][]byte, control []byte, flags int, res *msgResult) (int, error) {
	iov := iovecs(bufs)
	res.from.len = uint32(unsafe.Sizeof(res.from.any))
	msg := msgHeader(iov, control, &res.from)
	var r uintptr
	var e syscall.Errno
	gil.Unlocked(func() {
		r, _, e = syscall.Syscall(syscall.SYS_RECVMSG, uintptr(fd), uintptr(unsafe.Pointer(msg)), uintptr(flags))
	})
	runtime.KeepAlive(bufs)
	runtime.KeepAlive(iov)
	runtime.KeepAlive(control)
	if e != 0 {
		return 0, e
	}
	res.n = int(r)
	res.controlLen = int(msg.Controllen)
	res.flags = int(msg.Flags)
	res.from.len = msg.Namelen
	return int(r), nil
}

// SendMsg sends the buffers and control data (to addr unless it is nil
// or None) in one sendmsg(2) under the socket's mode.
func (s *Socket) SendMsg(bufs [][]byte, control []byte, flags int, addr py.Object) (int, error) {
	var to *rawAddr
	if addr != nil && addr != py.None {
		ra, err := addrToRaw(s.family, addr, "sendmsg")
		if err != nil {
			return 0, err
		}
		to = &ra
	}
	return s.io(true, time.Time{}, func(fd int) (int, error) {
		return sysSendmsg(fd, bufs, control, flags, to)
	})
}

// RecvMsg receives into bufs and a control buffer of controlSize bytes
// in one recvmsg(2) under the socket's mode.
func (s *Socket) RecvMsg(bufs [][]byte, controlSize, flags int) (*msgResult, []byte, error) {
	var control []byte
	if controlSize > 0 {
		control = make([]byte, controlSize)
	}
	res := &msgResult{}
	if _, err := s.readIO(flags, true, func(fd, flags int) (int, error) {
		return sysRecvmsg(fd, bufs, control, flags, res)
	}); err != nil {
		return nil, nil, err
	}
	if res.controlLen < 0 || res.controlLen > len(control) {
		return nil, nil, py.ExceptionNewf(py.RuntimeError, "recvmsg() returned too much ancillary data")
	}
	return res, control[:res.controlLen], nil
}

// controlMessages splits a received control buffer into (level, type,
// data) tuples, walking it as the C library's CMSG_FIRSTHDR/CMSG_NXTHDR
// do; a message cut short by a small buffer keeps the data that arrived,
// and ends the list.
func controlMessages(control []byte) *py.List {
	out := py.NewList()
	for off := 0; off+cmsgHeader <= len(control); {
		h := (*syscall.Cmsghdr)(unsafe.Pointer(&control[off]))
		size := int(h.Len)
		dataStart := off + alignCmsg(cmsgHeader)
		if size < cmsgHeader || dataStart > len(control) {
			break
		}
		end := off + size
		truncated := end > len(control)
		if truncated {
			end = len(control)
		}
		if end < dataStart {
			end = dataStart
		}
		data := append([]byte(nil), control[dataStart:end]...)
		out.Append(py.Tuple{py.Int(h.Level), py.Int(h.Type), py.Bytes(data)})
		if truncated {
			break
		}
		off += alignCmsg(size)
	}
	return out
}

// iterItems lists the items of an iterable argument; what is the
// TypeError's text when o is not one.
func iterItems(o py.Object, what string) ([]py.Object, error) {
	var items []py.Object
	switch v := o.(type) {
	case py.Tuple:
		return v, nil
	case *py.List:
		return v.Items, nil
	}
	if _, err := py.Iter(o); err != nil {
		return nil, pyutil.TypeErrorf("%s", what)
	}
	err := py.Iterate(o, func(item py.Object) bool {
		items = append(items, item)
		return false
	})
	return items, err
}

// controlData packs sendmsg's ancillary data argument, an iterable of
// (level, type, data) items, into a control buffer.
func controlData(o py.Object) ([]byte, error) {
	items, err := iterItems(o, "sendmsg() argument 2 must be an iterable")
	if err != nil {
		return nil, err
	}
	const what = "[sendmsg() ancillary data items]()"
	var control []byte
	for _, item := range items {
		var fields []py.Object
		switch v := item.(type) {
		case py.Tuple:
			fields = v
		case *py.List:
			fields = v.Items
		default:
			return nil, pyutil.TypeErrorf("%s argument must be 3-item sequence, not %s", what, pyutil.TypeName(item))
		}
		if len(fields) != 3 {
			return nil, pyutil.TypeErrorf("%s argument must be sequence of length 3, not %d", what, len(fields))
		}
		level, err := pyarg.Int(fields[0])
		if err != nil {
			return nil, err
		}
		kind, err := pyarg.Int(fields[1])
		if err != nil {
			return nil, err
		}
		data, err := pyutil.BytesLike(fields[2])
		if err != nil {
			return nil, err
		}
		space, ok := cmsgSpace(len(data))
		if !ok || len(control)+space > socklenMax {
			return nil, py.ExceptionNewf(py.OSError, "ancillary data item too large")
		}
		length, _ := cmsgLen(len(data))
		msg := make([]byte, space)
		h := (*syscall.Cmsghdr)(unsafe.Pointer(&msg[0]))
		h.Level, h.Type = int32(level), int32(kind)
		h.SetLen(length)
		copy(msg[alignCmsg(cmsgHeader):], data)
		control = append(control, msg...)
	}
	return control, nil
}

func socketSendmsg(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positionalOnly("sendmsg", args, kwargs, 4); err != nil {
		return nil, err
	}
	items, err := iterItems(args[0], "sendmsg() argument 1 must be an iterable")
	if err != nil {
		return nil, err
	}
	bufs := make([][]byte, len(items))
	for i, item := range items {
		if bufs[i], err = pyutil.BytesLike(item); err != nil {
			return nil, err
		}
	}
	var control []byte
	if len(args) > 1 {
		if control, err = controlData(args[1]); err != nil {
			return nil, err
		}
	}
	flags := 0
	if len(args) > 2 {
		if flags, err = pyarg.Int(args[2]); err != nil {
			return nil, err
		}
	}
	var addr py.Object
	if len(args) > 3 {
		addr = args[3]
	}
	n, err := s.SendMsg(bufs, control, flags, addr)
	if err != nil {
		return nil, err
	}
	return py.Int(n), nil
}

// positionalOnly checks a call of one of these methods, which take 1 to
// max positional arguments, as CPython 3.6's METH_VARARGS parsing does.
func positionalOnly(name string, args py.Tuple, kwargs py.StringDict, max int) error {
	if err := pyarg.NoKeywords(name, kwargs); err != nil {
		return err
	}
	return pyarg.ArgCount36(name, args, 1, max)
}

// recvmsgTail parses recvmsg's and recvmsg_into's optional ancbufsize
// and flags.
func recvmsgTail(args py.Tuple) (ancSize, flags int, err error) {
	if len(args) > 0 {
		if ancSize, err = pyarg.SsizeT(args[0]); err != nil {
			return 0, 0, err
		}
		// CPython takes sizes up to its socklen_t limit (INT_MAX); a
		// larger one is refused before anything is allocated.
		if ancSize < 0 || ancSize > math.MaxInt32 {
			return 0, 0, pyutil.ValueErrorf("invalid ancillary data buffer length")
		}
		if err := pyutil.CheckAlloc(ancSize); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 {
		if flags, err = pyarg.Int(args[1]); err != nil {
			return 0, 0, err
		}
	}
	return ancSize, flags, nil
}

func socketRecvmsg(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positionalOnly("recvmsg", args, kwargs, 3); err != nil {
		return nil, err
	}
	size, err := pyarg.SsizeT(args[0])
	if err != nil {
		return nil, err
	}
	if size < 0 {
		return nil, pyutil.ValueErrorf("negative buffer size in recvmsg()")
	}
	ancSize, flags, err := recvmsgTail(args[1:])
	if err != nil {
		return nil, err
	}
	if err := pyutil.CheckAlloc(size); err != nil {
		return nil, err
	}
	buf := make([]byte, size)
	res, control, err := s.RecvMsg([][]byte{buf}, ancSize, flags)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Bytes(buf[:res.n]), controlMessages(control), py.Int(res.flags), rawToAddr(&res.from)}, nil
}

func socketRecvmsgInto(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positionalOnly("recvmsg_into", args, kwargs, 3); err != nil {
		return nil, err
	}
	items, err := iterItems(args[0], "recvmsg_into() argument 1 must be an iterable")
	if err != nil {
		return nil, err
	}
	bufs := make([][]byte, len(items))
	for i, item := range items {
		wb, err := pyarg.WritableBuffer(item, "recvmsg_into() argument 1")
		if err != nil {
			return nil, pyutil.TypeErrorf("recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers")
		}
		bufs[i] = wb.WritableBytes()
	}
	ancSize, flags, err := recvmsgTail(args[1:])
	if err != nil {
		return nil, err
	}
	res, control, err := s.RecvMsg(bufs, ancSize, flags)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Int(res.n), controlMessages(control), py.Int(res.flags), rawToAddr(&res.from)}, nil
}

// cmsgFunction makes CMSG_LEN or CMSG_SPACE.
func cmsgFunction(name string, size func(int) (int, bool)) func(py.Object, py.Tuple) (py.Object, error) {
	return func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := pyarg.ArgCount36(name, args, 1, 1); err != nil {
			return nil, err
		}
		n, err := pyarg.SsizeT(args[0])
		if err != nil {
			return nil, err
		}
		v, ok := size(n)
		if !ok {
			return nil, py.ExceptionNewf(py.OverflowError, "%s() argument out of range", name)
		}
		return py.Int(v), nil
	}
}

const (
	sendmsgDoc = `sendmsg(buffers[, ancdata[, flags[, address]]]) -> count

Send the bytes-like objects of buffers as one message, with ancillary data
(an iterable of (level, type, data) items, such as SCM_RIGHTS and an
array of descriptors), to address when given; gives the bytes sent.`
	recvmsgDoc = `recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)

Receive up to bufsize bytes and up to ancbufsize bytes of ancillary data
(size it with CMSG_SPACE); ancdata lists (level, type, data) items.`
	recvmsgIntoDoc = `recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)

recvmsg, filling the writable buffers in turn instead of returning bytes.`
)

// setupMsg adds the methods to socket.socket and the constants to the
// module, and returns the module functions (setup in module.go).
func setupMsg() []*py.Method {
	addMethod("sendmsg", sendmsgDoc, socketSendmsg)
	addMethod("recvmsg", recvmsgDoc, socketRecvmsg)
	addMethod("recvmsg_into", recvmsgIntoDoc, socketRecvmsgInto)
	socketModule.Globals["SCM_RIGHTS"] = py.Int(syscall.SCM_RIGHTS)
	socketModule.Globals["SCM_CREDENTIALS"] = py.Int(syscall.SCM_CREDENTIALS)
	return []*py.Method{
		py.MustNewMethod("CMSG_LEN", cmsgFunction("CMSG_LEN", cmsgLen), 0,
			"CMSG_LEN(length) -> control message length\n\nThe length of a control message whose data is length bytes, without trailing padding."),
		py.MustNewMethod("CMSG_SPACE", cmsgFunction("CMSG_SPACE", cmsgSpace), 0,
			"CMSG_SPACE(length) -> buffer size\n\nThe buffer space a control message with length bytes of data takes, padding included."),
	}
}
