package ssl

import (
	"errors"
	"strings"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
	"github.com/gpython-ssl/gpython-ssl/modules/socket"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// SSLSocketType is "ssl.SSLSocket", a subtype of socket.socket: the plain
// socket methods (bind, listen, fileno, settimeout, ...) are inherited and
// operate on the wrapped descriptor; the I/O methods go through TLS once
// the socket is connected.
var SSLSocketType = newSubtype(socket.SocketType, "ssl.SSLSocket", `SSLSocket: a socket whose data is encrypted with TLS.

Made by SSLContext.wrap_socket(sock, ...) or ssl.wrap_socket(sock, ...).`)

// newSubtype derives a Go-implemented type from a Go-implemented base, so
// that isinstance() and attribute lookup follow the base's Dict.
func newSubtype(base *py.Type, name, doc string) *py.Type {
	t := base.NewType(name, doc, nil, nil)
	t.Base = base
	t.Bases = py.Tuple{base}
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic("ssl: cannot ready " + name + ": " + err.Error())
	}
	return t
}

type sslSocket struct {
	sock               *socket.Socket
	st                 *tlsState
	doHandshakeOnConn  bool
	suppressRaggedEOFs bool
	shutdownSeenZero   bool
	// connectPending: the TLS connection was opened by a connect_ex()
	// that returned an error number (EINPROGRESS on a non-blocking
	// socket), so the socket is not yet known to be connected. The
	// handshake may run once the connection completes, and another
	// connect_ex() starts over with a fresh connection, as in CPython.
	connectPending bool
	// serverSideAttr and hostnameAttr are what server_side and
	// server_hostname read (nil once deleted): plain instance attributes
	// in 3.6, which connect() reads (sslsocket_attrs.go).
	serverSideAttr, hostnameAttr py.Object
	// hostnameSet: a script set server_hostname since the socket was
	// wrapped, so connect() makes the connection for the new name.
	hostnameSet bool
	attrs       vm.InstanceDict // the instance __dict__ (instattrs.go)
}

func (s *sslSocket) Type() *py.Type { return SSLSocketType }

func (s *sslSocket) PySocket() *socket.Socket { return s.sock }
func (s *sslSocket) tls() *tlsState           { return s.st }

var _ socket.SocketHolder = (*sslSocket)(nil)

func asSSLSocket(self py.Object) (*sslSocket, error) {
	s, ok := self.(*sslSocket)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor requires an ssl.SSLSocket, not '%s'", pyutil.TypeName(self))
	}
	return s, nil
}

func sslSocketNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return nil, pyutil.TypeErrorf("ssl.SSLSocket cannot be created directly; use SSLContext.wrap_socket()")
}

// contextWrapSocket is SSLContext.wrap_socket(sock, server_side=False,
// do_handshake_on_connect=True, suppress_ragged_eofs=True,
// server_hostname=None, session=None).
func contextWrapSocket(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if _, err := ctxContextOf(pyutil.Unwrap(self)); err != nil {
		return nil, err
	}
	var sockObj py.Object
	var serverSide py.Object = py.False
	var doHandshake py.Object = py.True
	var ragged py.Object = py.True
	var hostname py.Object = py.None
	var session py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOOO:wrap_socket",
		[]string{"sock", "server_side", "do_handshake_on_connect", "suppress_ragged_eofs", "server_hostname", "session"},
		&sockObj, &serverSide, &doHandshake, &ragged, &hostname, &session); err != nil {
		return nil, err
	}
	if cls, custom, err := customClass(self, "sslsocket_class", SSLSocketType); err != nil {
		return nil, err
	} else if custom {
		return createThrough(cls, nil, py.StringDict{
			"sock": sockObj, "server_side": serverSide, "do_handshake_on_connect": doHandshake,
			"suppress_ragged_eofs": ragged, "server_hostname": hostname, "context": self, "session": session})
	}
	return wrapSocket(self, sockObj, serverSide, isTrue(doHandshake), isTrue(ragged), hostname, session)
}

func isTrue(o py.Object) bool {
	b, err := py.MakeBool(o)
	return err == nil && b == py.True
}

// wrapSocket takes over sock's descriptor, as CPython does (the original
// socket object is detached), and starts TLS if it is connected.
// server_side reads back serverSideObj as given (3.6 keeps the object);
// its truth decides the side.
func wrapSocket(ctx, sockObj, serverSideObj py.Object, doHandshake, ragged bool, hostname, session py.Object) (py.Object, error) {
	serverSide := isTrue(serverSideObj)
	orig, ok := socket.FromObject(sockObj)
	if !ok {
		// CPython's SSLSocket asks the object for its type first
		if _, aerr := vm.GetAttr(sockObj, "getsockopt"); aerr != nil {
			return nil, aerr
		}
	}
	if !ok {
		return nil, pyutil.TypeErrorf("wrap_socket() argument 'sock' must be socket.socket, not %s", pyutil.TypeName(sockObj))
	}
	if orig.Kind() != syscall.SOCK_STREAM {
		return nil, py.ExceptionNewf(py.NotImplementedError, "only stream sockets are supported")
	}
	st, err := newTLSState(ctx, serverSide, hostname, session)
	if err != nil {
		return nil, err
	}
	timeout, hasTimeout := orig.Timeout()
	fd := orig.Detach()
	if fd < 0 {
		return nil, pyutil.OSErrorFromErrno(syscall.EBADF, nil)
	}
	sock := socket.NewFromFD(fd, orig.Family(), orig.Kind(), orig.Proto())
	if err := sock.SetTimeout(timeout, hasTimeout); err != nil {
		sock.Close()
		return nil, err
	}
	s := &sslSocket{sock: sock, st: st, doHandshakeOnConn: doHandshake, suppressRaggedEOFs: ragged,
		serverSideAttr: serverSideObj, hostnameAttr: st.hostname}
	st.owner = s
	sock.WarnAs(s, "ssl.SSLSocket") // a ResourceWarning names the SSLSocket dropped open
	if _, err := sock.PeerName(); err == nil {
		if err := s.startTLS(); err != nil {
			s.closeAll()
			return nil, err
		}
	}
	return s, nil
}

// startTLS makes the connection on a connected socket and, if asked,
// runs the handshake.
func (s *sslSocket) startTLS() error {
	if err := s.st.open(s.sock.Fd(), nil, nil); err != nil {
		return err
	}
	if s.doHandshakeOnConn {
		if d, has := s.sock.Timeout(); has && d == 0 {
			return py.ExceptionNewf(py.ValueError, "do_handshake_on_connect should not be specified for non-blocking sockets")
		}
		return s.handshake()
	}
	return nil
}

func (s *sslSocket) closeAll() {
	s.st.close()
	s.sock.Close()
}

// timeoutMessages are CPython's texts for a TLS step that timed out.
const (
	opRead      = "read"
	opWrite     = "write"
	opHandshake = "handshake"
)

// loop runs step until it succeeds, waiting on the socket when OpenSSL
// wants to read or write, within the socket's timeout: CPython's
// semantics, where the timeout bounds the whole operation. In
// non-blocking mode the want-error is raised. Ctrl-C ends the operation
// with KeyboardInterrupt (a blocking read(2) inside OpenSSL fails with
// EINTR, which OpenSSL reports as want-read, and the wait raises; see
// modules/socket/interrupt.go); the connection stays usable.
func (s *sslSocket) loop(op string, step func() error) error {
	timeout, hasTimeout := s.sock.Timeout()
	var deadline time.Time
	if hasTimeout && timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		err := step()
		if err == nil {
			return nil
		}
		se, ok := asNativeError(err)
		if !ok {
			return err
		}
		var wait func(time.Time) error
		switch se.Kind {
		case _ssl.KindWantRead:
			wait = s.sock.WaitReadable
		case _ssl.KindWantWrite:
			wait = s.sock.WaitWritable
		default:
			return err
		}
		if hasTimeout && timeout == 0 {
			return err // non-blocking: SSLWantReadError / SSLWantWriteError
		}
		if werr := wait(deadline); werr != nil {
			if socket.IsTimeout(werr) {
				return socket.NewTimeout(timeoutMessage(op))
			}
			return werr
		}
	}
}

// timeoutMessage is the text of the socket.timeout an operation raises
// when its time runs out; CPython 3.6 puts its C location before the
// handshake's.
func timeoutMessage(op string) string {
	msg := "The " + op + " operation timed out"
	if op == opHandshake {
		return "_ssl.c:835: " + msg
	}
	return msg
}

func (s *sslSocket) handshake() error {
	return fromError(s.loop(opHandshake, s.st.conn.Handshake))
}

func sslSocketDoHandshake(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, err
	}
	var block py.Object = py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:do_handshake", []string{"block"}, &block); err != nil {
		return nil, err
	}
	if s.st.conn == nil {
		if _, perr := s.sock.PeerName(); perr != nil {
			return nil, perr
		}
		return nil, errNotConnected()
	}
	if isTrue(block) {
		// do_handshake(block=True) waits even on a non-blocking socket.
		d, has := s.sock.Timeout()
		if has && d == 0 {
			_ = s.sock.SetTimeout(0, false)
			defer func() { _ = s.sock.SetTimeout(d, has) }()
		}
	}
	if err := s.handshake(); err != nil {
		return nil, err
	}
	return py.None, nil
}

// connect connects the socket and starts TLS on it.
func sslSocketConnect(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if _, _, err := sslConnect(self, args, kwargs, "connect", true); err != nil {
		return nil, err
	}
	return py.None, nil
}

// connect_ex returns an errno instead of raising for connection errors.
func sslSocketConnectEx(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	_, errno, err := sslConnect(self, args, kwargs, "connect_ex", false)
	if err != nil {
		return nil, err
	}
	return py.Int(errno), nil
}

func sslConnect(self py.Object, args py.Tuple, kwargs py.StringDict, name string, raise bool) (*sslSocket, syscall.Errno, error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, 0, err
	}
	var addr py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:"+name, []string{"address"}, &addr); err != nil {
		return nil, 0, err
	}
	if err := s.checkConnect(); err != nil {
		return nil, 0, err
	}
	s.st.close()
	s.connectPending = false
	var errno syscall.Errno
	if raise {
		err = s.sock.Connect(addr)
	} else {
		errno, err = s.sock.ConnectEx(addr)
	}
	if err != nil {
		return s, errno, err
	}
	if errno != 0 {
		// CPython made the connection before connecting: a handshake
		// can follow once a non-blocking connect completes.
		if err := s.st.open(s.sock.Fd(), nil, nil); err != nil {
			return nil, 0, err
		}
		s.connectPending = true
		return s, errno, nil
	}
	if err := s.startTLS(); err != nil {
		s.st.close()
		return nil, 0, err
	}
	return s, 0, nil
}

// accept returns (SSLSocket, address) for a new connection, server side.
func sslSocketAccept(self py.Object) (res py.Object, err error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, err
	}
	conn, addr, err := s.sock.Accept()
	if err != nil {
		return nil, err
	}
	// As CPython 3.7: through the context's wrap_socket, so its
	// sslsocket_class (or a derived context's own wrap_socket) decides
	// the class of the connection.
	wrap, err := vm.GetAttr(s.st.context(), "wrap_socket")
	var wrapped py.Object
	if err == nil {
		wrapped, err = vm.Call(wrap, py.Tuple{conn}, py.StringDict{
			"server_side":             py.True,
			"do_handshake_on_connect": py.NewBool(s.doHandshakeOnConn),
			"suppress_ragged_eofs":    py.NewBool(s.suppressRaggedEOFs),
		})
	}
	if err != nil {
		conn.Close()
		return nil, err
	}
	return py.Tuple{wrapped, addr}, nil
}

// read reads through TLS, with suppress_ragged_eofs turning an EOF that
// breaks the protocol into end of stream.
func (s *sslSocket) read(n int, buf pyutil.WritableBuffer) (py.Object, error) {
	if s.st.conn == nil {
		return nil, py.ExceptionNewf(py.ValueError, "Read on closed or unwrapped SSL socket.")
	}
	if n == 0 {
		if buf != nil {
			return py.Int(0), nil
		}
		return py.Bytes{}, nil
	}
	// One buffer for all the steps: a step that only finds OpenSSL
	// wanting more input must not cost a new allocation.
	res, err := readWith(n, buf, func(dst []byte) (int, error) {
		var got int
		err := s.loop(opRead, func() error {
			var err error
			got, err = tlsReadInto(s.st, dst)
			return err
		})
		return got, err
	})
	if err != nil {
		var se *_ssl.Error
		if s.suppressRaggedEOFs && errors.As(err, &se) && se.Kind == _ssl.KindEOF {
			if buf != nil {
				return py.Int(0), nil
			}
			return py.Bytes{}, nil
		}
		return nil, fromError(err)
	}
	return res, nil
}

func (s *sslSocket) write(data []byte) (int, error) {
	if s.st.conn == nil {
		return 0, py.ExceptionNewf(py.ValueError, "Write on closed or unwrapped SSL socket.")
	}
	var n int
	err := s.loop(opWrite, func() error {
		var err error
		n, err = s.st.conn.Write(data)
		return err
	})
	return n, fromError(err)
}

func sslSocketRead(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, err
	}
	if s.st.conn == nil {
		// CPython 3.6's Python-level read() refuses before its
		// arguments reach the C layer's conversions.
		var lenObj, bufObj py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:read", []string{"len", "buffer"}, &lenObj, &bufObj); err != nil {
			return nil, err
		}
		return s.read(0, nil)
	}
	n, buf, err := readArgs(args, kwargs)
	if err != nil {
		return nil, err
	}
	return s.read(n, buf)
}

func sslSocketWrite(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, err
	}
	b, err := writeArg(args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := s.write(b)
	if err != nil {
		return nil, err
	}
	return py.Int(n), nil
}

// checkFlags enforces the spec: TLS sockets take no flags. As in 3.6 the
// flags are only compared with 0 (0.0 and False pass; None, 'x' and 1
// are refused alike), never converted.
func checkFlags(flags py.Object, method string) error {
	if flags == nil {
		return nil
	}
	if v, ok := flags.(py.Int); ok && v == 0 {
		return nil
	}
	ne, err := vm.Compare(flags, py.Int(0), "!=")
	if err != nil {
		return err
	}
	if nonZero, err := vm.Truth(ne); err != nil || !nonZero {
		return err
	}
	return py.ExceptionNewf(py.ValueError, "non-zero flags not allowed in calls to %s() on <class 'ssl.SSLSocket'>", method)
}

// plain calls the inherited socket.socket method of the same name.
func plain(name string, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m, ok := socket.SocketType.Dict[name].(*py.Method)
	if !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'socket' object has no attribute '%s'", name)
	}
	return m.CallWithKeywords(self, args, kwargs)
}

func sslSocketRecv(s *sslSocket, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	var bufsize py.Object = py.Int(1024)
	var flags py.Object
	if len(kwargs) == 0 && len(args) <= 2 {
		// recv(n) and recv(n, flags) skip the general parser.
		if len(args) > 0 {
			bufsize = args[0]
		}
		if len(args) > 1 {
			flags = args[1]
		}
	} else if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:recv", []string{"buflen", "flags"}, &bufsize, &flags); err != nil {
		return nil, err
	}
	if err := checkFlags(flags, "recv"); err != nil {
		return nil, err
	}
	// CPython 3.6's recv is read(buflen): read's int and its message.
	n, err := pyarg.Int(bufsize)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "size should not be negative")
	}
	return s.read(n, nil)
}

func sslSocketRecvInto(s *sslSocket, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	var bufObj py.Object
	var nbytes py.Object = py.None
	var flags py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:recv_into", []string{"buffer", "nbytes", "flags"}, &bufObj, &nbytes, &flags); err != nil {
		return nil, err
	}
	if err := checkFlags(flags, "recv_into"); err != nil {
		return nil, err
	}
	wb, err := pyarg.WritableBuffer(bufObj, "recv_into() argument 1")
	if err != nil {
		return nil, err
	}
	// CPython 3.6's recv_into is read(nbytes, buffer): an int, and any
	// nbytes <= 0 or beyond the buffer reads the whole buffer.
	size := len(wb.WritableBytes())
	n := size
	if nbytes != py.None {
		if n, err = pyarg.Int(nbytes); err != nil {
			return nil, err
		}
		if n <= 0 || n > size {
			n = size
		}
	}
	return s.read(n, wb)
}

// sendPayload parses send()/sendall()'s (data, flags=0) on a TLS socket:
// flags must be 0 and data bytes-like.
func sendPayload(args py.Tuple, kwargs py.StringDict, method string) ([]byte, error) {
	data, flags, ok := pyarg.Pair(args, kwargs)
	if !ok {
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:"+method, []string{"data", "flags"}, &data, &flags); err != nil {
			return nil, err
		}
	}
	if err := checkFlags(flags, method); err != nil {
		return nil, err
	}
	b, err := pyutil.BytesLike(data)
	if exc, ok := err.(*py.Exception); ok && method == "sendall" && exc.Type() == py.TypeError {
		// 3.6's sendall starts with memoryview(data), whose message this is.
		return nil, pyutil.TypeErrorf("memoryview: a bytes-like object is required, not '%s'", pyutil.TypeName(data))
	}
	return b, err
}

func sslSocketSend(s *sslSocket, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	b, err := sendPayload(args, kwargs, "send")
	if err != nil {
		return nil, err
	}
	n, err := s.write(b)
	if err != nil {
		return nil, err
	}
	return py.Int(n), nil
}

func sslSocketSendall(s *sslSocket, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	b, err := sendPayload(args, kwargs, "sendall")
	if err != nil {
		return nil, err
	}
	for len(b) > 0 {
		n, err := s.write(b)
		if err != nil {
			return nil, err
		}
		b = b[n:]
	}
	return py.None, nil
}

// overTLS makes the SSLSocket method name: fn while the socket carries TLS,
// socket.socket's method of that name before wrapping and after unwrap().
func overTLS(name string, fn func(s *sslSocket, args py.Tuple, kwargs py.StringDict) (py.Object, error)) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		s, err := asSSLSocket(self)
		if err != nil {
			return nil, err
		}
		if s.st.conn == nil {
			return plain(name, self, args, kwargs)
		}
		return fn(s, args, kwargs)
	}
}

// notAllowed is a datagram method, which a TLS socket refuses.
func notAllowed(name string) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return overTLS(name, func(*sslSocket, py.Tuple, py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.ValueError, "%s not allowed on instances of <class 'ssl.SSLSocket'>", name)
	})
}

// refusedAncillary is sendmsg, recvmsg or recvmsg_into, which CPython's
// SSLSocket refuses whatever its state (the data would travel in clear).
func refusedAncillary(name string) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
		cls, err := py.Repr(self.Type())
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.NotImplementedError, "%s not allowed on instances of %s", name, cls)
	}
}

// unwrap runs the TLS shutdown and returns the socket, which then carries
// clear text (CPython returns the same object with its TLS layer gone).
func sslSocketUnwrap(self py.Object) (res py.Object, err error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, err
	}
	if s.st.conn == nil {
		return nil, py.ExceptionNewf(py.ValueError, "No SSL wrapper around %s", s.sock.Repr("ssl.SSLSocket"))
	}
	zeros := 0
	err = s.loop(opRead, func() error {
		for zeros < 2 {
			done, err := s.st.conn.Shutdown()
			if err != nil {
				return err
			}
			if done {
				return nil
			}
			zeros++
		}
		return nil
	})
	if err != nil {
		return nil, fromError(err)
	}
	s.st.close()
	return s, nil
}

// endTLSThen frees the TLS state of the methods that end it (shutdown,
// close, detach), then runs socket.socket's method of the same name.
func endTLSThen(name string, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, err
	}
	s.st.close()
	return plain(name, self, args, kwargs)
}

func sslSocketShutdown(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	return endTLSThen("shutdown", self, args, kwargs)
}

// sslSocketClose is close(): as socket.close(), it is deferred while
// makefile() objects are open (http.client reads a response after closing
// its connection), and the TLS state goes with the descriptor, when the
// last file closes: until then the files still read decrypted data.
func sslSocketClose(self py.Object) (res py.Object, err error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, err
	}
	closed, err := s.sock.CloseIfUnreferenced()
	if closed {
		s.st.close()
	}
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

func sslSocketDetach(self py.Object) (res py.Object, err error) {
	return endTLSThen("detach", self, nil, nil)
}

func sslSocketPending(self py.Object) (res py.Object, err error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, err
	}
	if s.st.conn == nil {
		return py.Int(0), nil
	}
	return py.Int(s.st.conn.Pending()), nil
}

// M__repr__ is the socket's repr under this type's name.
func (s *sslSocket) M__repr__() (py.Object, error) {
	return py.String(s.sock.Repr("ssl.SSLSocket")), nil
}

// M__enter__ makes `with ctx.wrap_socket(...) as s:` work.
func (s *sslSocket) M__enter__() (py.Object, error) { return s, nil }

// M__exit__ closes the socket, TLS layer first, and returns None as
// socket.__exit__ does. A protocol slot is not registered through
// guard.go, so it recovers here.
func (s *sslSocket) M__exit__(excType, excValue, traceback py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if _, err := sslSocketClose(s); err != nil {
		return nil, err
	}
	return py.None, nil
}

var (
	_ py.I__repr__  = (*sslSocket)(nil)
	_ py.I__enter__ = (*sslSocket)(nil)
	_ py.I__exit__  = (*sslSocket)(nil)
)

// sslSocketEnterMethod and sslSocketExitMethod are the type's __enter__
// and __exit__ attributes, which code such as ExitStack.enter_context
// looks up on type(s); __exit__(*args) closes it.
// sslSocketEnterMethod is __enter__: self, which for an instance of a
// class derived from SSLSocket is that instance, not the socket it holds.
func sslSocketEnterMethod(self py.Object) (py.Object, error) {
	s, err := asSSLSocket(pyutil.Unwrap(self))
	if err != nil {
		return nil, err
	}
	if _, err := s.M__enter__(); err != nil {
		return nil, err
	}
	return self, nil
}

// sslSocketExitMethod is __exit__: self.close(), which a derived class
// may override.
func sslSocketExitMethod(self py.Object, args py.Tuple) (py.Object, error) {
	s, err := asSSLSocket(pyutil.Unwrap(self))
	if err != nil {
		return nil, err
	}
	if self != py.Object(s) {
		closeMethod, err := vm.GetAttr(self, "close")
		if err != nil {
			return nil, err
		}
		if _, err := vm.Call(closeMethod, nil, nil); err != nil {
			return nil, err
		}
		return py.None, nil
	}
	return s.M__exit__(py.None, py.None, py.None)
}

// setupSSLSocket is a step of setup (module.go).
func setupSSLSocket() {
	SSLSocketType.New = sslSocketNew
	addTLSMethods(SSLSocketType)
	d := SSLSocketType.Dict
	m := func(name, doc string, f any) { d[name] = method(name, f, 0, doc) }
	m("do_handshake", "do_handshake(block=False)\n\nRun the TLS handshake within the socket's timeout.", sslSocketDoHandshake)
	m("connect", "connect(address)\n\nConnect, then run the TLS handshake if do_handshake_on_connect.", sslSocketConnect)
	m("connect_ex", "connect_ex(address) -> errno\n\nLike connect, returning an errno for connection failures.", sslSocketConnectEx)
	m("accept", "accept() -> (SSLSocket, address)", sslSocketAccept)
	m("read", "read(len=1024, buffer=None) -> bytes or int", sslSocketRead)
	m("write", "write(data) -> int", sslSocketWrite)
	m("recv", "recv(buflen=1024, flags=0) -> bytes", overTLS("recv", sslSocketRecv))
	m("recv_into", "recv_into(buffer, nbytes=None, flags=0) -> int", overTLS("recv_into", sslSocketRecvInto))
	m("send", "send(data, flags=0) -> int", overTLS("send", sslSocketSend))
	m("sendall", "sendall(data, flags=0)", overTLS("sendall", sslSocketSendall))
	m("recvfrom", "not allowed on a TLS socket", notAllowed("recvfrom"))
	m("recvfrom_into", "not allowed on a TLS socket", notAllowed("recvfrom_into"))
	m("sendto", "not allowed on a TLS socket", notAllowed("sendto"))
	for _, name := range []string{"sendmsg", "recvmsg", "recvmsg_into"} {
		m(name, "not implemented on a TLS socket: ancillary data would bypass TLS", refusedAncillary(name))
	}
	m("unwrap", "unwrap() -> socket\n\nRun the TLS shutdown; the socket then carries clear text.", sslSocketUnwrap)
	m("shutdown", "shutdown(how)\n\nDrop the TLS layer and shut the socket down.", sslSocketShutdown)
	m("close", "close()", sslSocketClose)
	m("detach", "detach() -> fd", sslSocketDetach)
	m("dup", "dup() -> not implemented\n\nAn SSLSocket cannot be duplicated: the copy would bypass TLS.", sslSocketDup)
	m("pending", "pending() -> int", sslSocketPending)
	m("__enter__", "", sslSocketEnterMethod)
	m("__exit__", "", sslSocketExitMethod)
	for _, name := range []string{"__enter__", "__exit__"} {
		vm.TakesInstance(d[name].(*py.Method))
	}
	setupSSLSocketAttrs(d)
	d["do_handshake_on_connect"] = flagProperty(func(s *sslSocket) *bool { return &s.doHandshakeOnConn },
		"Whether connect() and accept() run the handshake; settable, as 3.6's instance attribute.")
	d["suppress_ragged_eofs"] = flagProperty(func(s *sslSocket) *bool { return &s.suppressRaggedEOFs },
		"Whether an EOF without close_notify reads as b''; settable, as 3.6's instance attribute.")
	addGlobal("SSLSocket", SSLSocketType)
}

// flagProperty is a settable bool of the socket: in CPython 3.6 these are
// plain instance attributes that the methods read at each call, so a
// script may change them after wrap_socket. The value read back is the
// truth value of what was set.
func flagProperty(field func(*sslSocket) *bool, doc string) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			s, err := asSSLSocket(self)
			if err != nil {
				return nil, err
			}
			return py.NewBool(*field(s)), nil
		},
		Fset: func(self, v py.Object) error {
			s, err := asSSLSocket(self)
			if err != nil {
				return err
			}
			b, err := vm.Truth(v)
			if err != nil {
				return err
			}
			*field(s) = b
			return nil
		},
		Doc: doc,
	}
}

// sslSocketDup refuses, as CPython: a plain socket over the same
// descriptor would write around the TLS layer (issue 20).
func sslSocketDup(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	// dup is a Python method in CPython (def dup(self)): its messages.
	for k := range kwargs {
		return nil, py.ExceptionNewf(py.TypeError, "dup() got an unexpected keyword argument '%s'", k)
	}
	if len(args) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "dup() takes 1 positional argument but %d were given", len(args)+1)
	}
	name := self.Type().Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return nil, py.ExceptionNewf(py.NotImplementedError, "Can't dup() %s instances", name)
}
