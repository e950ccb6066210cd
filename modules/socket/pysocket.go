package socket

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const socketDoc = `socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket

A new network endpoint of the given address family, socket type and
protocol (0 picks the usual one), created non-inheritable. Given fileno,
the socket wraps that descriptor with the family, type and protocol given
(or their defaults), as CPython 3.6 does.`

// SocketType is the Python type "socket.socket". Its methods work on any
// SocketHolder, so subtypes made with NewSubtype inherit them.
var SocketType = py.NewTypeX("socket.socket", socketDoc, socketNew, nil)

// NewSubtype makes a Python subtype of socket.socket called name (for
// example "ssl.SSLSocket") whose instances are Go values implementing
// SocketHolder and returning the new type from Type(). Methods the subtype
// puts in its own Dict override socket.socket's; the others are inherited.
// newFn may be nil (the type then cannot be called from Python).
//
// A Go type that EMBEDS *Socket also inherits its Go methods M__repr__,
// M__enter__ and M__exit__, which act on the embedded *Socket: override
// them (M__enter__ must return the outer object; see Socket.Repr).
func NewSubtype(name, doc string, newFn py.NewFunc, initFn py.InitFunc) *py.Type {
	t := SocketType.NewTypeFlags(name, doc, newFn, initFn, 0)
	if newFn == nil {
		t.New = nil
	}
	t.Base = SocketType
	t.Bases = py.Tuple{SocketType}
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic("socket: cannot ready type " + name + ": " + err.Error())
	}
	return t
}

// self returns the *Socket of a method's receiver.
func self(o py.Object, method string) (*Socket, error) {
	if s, ok := FromObject(o); ok {
		return s, nil
	}
	return nil, pyutil.TypeErrorf("descriptor '%s' requires a 'socket' object but received '%s'", method, pyutil.TypeName(o))
}

// flagsArg reads the optional flags of send, recv and their kin: a C
// int under CPython 3.6's rules ("an integer is required (got type
// str)", "integer argument expected, got float").
func flagsArg(o py.Object) (int, error) {
	if o == nil {
		return 0, nil
	}
	return pyarg.Int(o)
}

// optInt reads an optional int argument with a default.
func optInt(o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return intArg(o)
}

// socketParams are the parameters of socket.socket and _socket.socket.
var socketParams = []string{"family", "type", "proto", "fileno"}

// socketNew is socket.socket(family, type, proto, fileno): CPython 3.6's
// socket.socket is a Python class whose __init__ binds the arguments
// ("__init__() takes from 1 to 5 positional arguments but 6 were
// given").
func socketNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.PyFunc("__init__", args, kwargs, socketParams, 0, len(socketParams), 1)
	if err != nil {
		return nil, err
	}
	return makeSocket(a[0], a[1], a[2], a[3])
}

// cSocketNew is _socket.socket(...), whose arguments C parses ("'x' is
// an invalid keyword argument for this function").
func cSocketNew(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("socket", args, kwargs, socketParams, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	return makeSocket(a[0], a[1], a[2], a[3])
}

// socketIntArg is family, type or proto: a C int under CPython 3.6's
// rules ("an integer is required (got type str)", None included: 3.6's
// defaults are the values AF_INET, SOCK_STREAM and 0, not None), def when
// the argument was not given.
func socketIntArg(o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return pyarg.Int(o)
}

// makeSocket makes a socket from socket.socket's converted arguments
// (nil when not given).
//
// With a fileno, CPython 3.6 asks the descriptor nothing: the family,
// type and protocol are the arguments or their defaults (AF_INET,
// SOCK_STREAM, 0) whatever the descriptor is (3.7 reads the unspecified
// ones from it), and a descriptor below -1 makes a socket that fails
// every call with EBADF (3.7: "negative file descriptor"). Addresses
// read from the descriptor (getsockname, accept) still take the form of
// their own family, as in 3.6, whose conversion looks at the sockaddr.
func makeSocket(familyO, typeO, protoO, filenoO py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	family, err := socketIntArg(familyO, syscall.AF_INET)
	if err != nil {
		return nil, err
	}
	kind, err := socketIntArg(typeO, syscall.SOCK_STREAM)
	if err != nil {
		return nil, err
	}
	proto, err := socketIntArg(protoO, 0)
	if err != nil {
		return nil, err
	}
	if filenoO == nil || filenoO == py.None {
		return New(family, kind, proto)
	}
	// 3.6 reads fileno with PyLong_AsLong (a float truncates) and keeps
	// the C int of it.
	fd64, err := pyarg.AsLong36(filenoO)
	if err != nil {
		return nil, err
	}
	fd := int(int32(fd64))
	if fd == -1 {
		// CPython 3.6 refuses INVALID_SOCKET only.
		return nil, pyutil.ValueErrorf("can't use invalid socket value")
	}
	// Like CPython, socket(fileno=...) leaves the descriptor's O_NONBLOCK
	// flag alone when the default timeout is None (the timeout then reads
	// None even for a non-blocking descriptor).
	sock := newSocket(fd, family, kind, proto)
	if _, has := sock.Timeout(); has {
		if err := sock.applyMode(); err != nil {
			sock.Detach()
			return nil, err
		}
	}
	return sock, nil
}

// optIntNone is optInt where None also means the default.
func optIntNone(o py.Object, def int) (int, error) {
	if o == py.None {
		return def, nil
	}
	return optInt(o, def)
}

// timeoutArg and timeoutObject are a timeout argument and its Python form
// (None or float seconds), with CPython 3.6's conversion.
var (
	timeoutArg    = pyarg.Timeout36
	timeoutObject = pyarg.TimeoutObject
)

// method is a socket method taking (self, args, kwargs).
type method func(s *Socket, o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// addMethod installs fn as socket.socket.<name>, finding the *Socket
// through SocketHolder and guarding against Go panics.
func addMethod(name, doc string, fn method) {
	SocketType.Dict[name] = pyutil.MustNewMethod(name, func(o py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		s, err := self(o, name)
		if err != nil {
			return nil, err
		}
		return fn(s, o, args, kwargs)
	}, 0, doc)
}

// fdFlags is fcntl(fd, F_GETFD): EBADF for a closed socket.
func fdFlags(fd int) (int, error) {
	if fd < 0 {
		return 0, errnoException(syscall.EBADF)
	}
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	if e != 0 {
		return 0, errnoException(e)
	}
	return int(r), nil
}

// bufferArg returns the bytes of a bytes-like data argument.
func bufferArg(o py.Object) ([]byte, error) {
	return pyutil.BytesLike(o)
}

func noneOr(err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

// setupSocketMethods installs socket.socket's methods (a step of setup, module.go).
func setupSocketMethods() {
	// __enter__ and __exit__ as attributes of the type, which code such as
	// ExitStack.enter_context looks up on type(s); each dispatches to the
	// object's own protocol method (a subclass's outer object has one).
	addMethod("__enter__", "", func(s *Socket, o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "__enter__", 0, 0); err != nil {
			return nil, err
		}
		if en, ok := o.(py.I__enter__); ok {
			return en.M__enter__()
		}
		if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
			return o, nil // an instance of a class derived from socket.socket
		}
		return s.M__enter__()
	})
	addMethod("__exit__", "", func(s *Socket, o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if ex, ok := o.(py.I__exit__); ok {
			return ex.M__exit__(py.None, py.None, py.None)
		}
		if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
			return closeInstance(t) // a derived class's close() has its say
		}
		return s.M__exit__(py.None, py.None, py.None)
	})
	addMethod("accept", "accept() -> (socket, address)\n\nTake the next pending connection: a new socket for it and the peer's address.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "accept", 0, 0); err != nil {
			return nil, err
		}
		ns, addr, err := s.Accept()
		if err != nil {
			return nil, err
		}
		// CPython: a listening socket with a timeout hands out blocking
		// sockets when the default timeout is None (NewFromFD did that).
		return py.Tuple{ns, addr}, nil
	})
	addMethod("bind", "bind(address)\n\nBind the socket to a local address.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var addr py.Object
		if err := py.UnpackTuple(args, kwargs, "bind", 1, 1, &addr); err != nil {
			return nil, err
		}
		return noneOr(s.Bind(addr))
	})
	addMethod("close", "close() -> None\n\nRelease the socket's descriptor; later operations on it fail.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "close", 0, 0); err != nil {
			return nil, err
		}
		_, err := s.CloseIfUnreferenced()
		return noneOr(err)
	})
	addMethod("connect", "connect(address)\n\nConnect the socket to a remote address.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var addr py.Object
		if err := py.UnpackTuple(args, kwargs, "connect", 1, 1, &addr); err != nil {
			return nil, err
		}
		return noneOr(s.Connect(addr))
	})
	addMethod("connect_ex", "connect_ex(address) -> int\n\nconnect(address), giving 0 on success and the errno number on failure instead of raising.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var addr py.Object
		if err := py.UnpackTuple(args, kwargs, "connect_ex", 1, 1, &addr); err != nil {
			return nil, err
		}
		errno, err := s.ConnectEx(addr)
		if err != nil {
			return nil, err
		}
		return py.Int(errno), nil
	})
	addMethod("detach", "detach() -> int\n\nGive up ownership of the descriptor and hand it back open; the socket\nobject is closed afterwards.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "detach", 0, 0); err != nil {
			return nil, err
		}
		return py.Int(s.Detach()), nil
	})
	addMethod("fileno", "fileno() -> int\n\nThe socket's descriptor (-1 once closed).", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "fileno", 0, 0); err != nil {
			return nil, err
		}
		return py.Int(s.Fd()), nil
	})
	addMethod("getpeername", "getpeername() -> address\n\nThe address of the connected peer.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "getpeername", 0, 0); err != nil {
			return nil, err
		}
		return s.PeerName()
	})
	addMethod("getsockname", "getsockname() -> address\n\nThe address this socket is bound to.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "getsockname", 0, 0); err != nil {
			return nil, err
		}
		return s.SockName()
	})
	addMethod("getsockopt", "getsockopt(level, option[, buflen]) -> int or bytes\n\nAn option's value: an int, or bytes of at most buflen when buflen is given.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var levelO, optO, buflenO py.Object
		if err := py.UnpackTuple(args, kwargs, "getsockopt", 2, 3, &levelO, &optO, &buflenO); err != nil {
			return nil, err
		}
		// Format "ii|i": C ints, range-checked before the call.
		level, err := pyarg.IntStrict(levelO)
		if err != nil {
			return nil, err
		}
		opt, err := pyarg.IntStrict(optO)
		if err != nil {
			return nil, err
		}
		if buflenO == nil {
			v, err := s.GetSockOptInt(level, opt)
			if err != nil {
				return nil, err
			}
			return py.Int(v), nil
		}
		buflen, err := pyarg.IntStrict(buflenO)
		if err != nil {
			return nil, err
		}
		if buflen <= 0 || buflen > 1024 {
			return nil, py.ExceptionNewf(py.OSError, "getsockopt buflen out of range")
		}
		fd, _, err := s.state()
		if err != nil {
			return nil, err
		}
		buf := make([]byte, buflen)
		n, gerr := sysGetsockopt(fd, level, opt, buf)
		if gerr != nil {
			return nil, errnoException(gerr)
		}
		return py.Bytes(buf[:n:n]), nil
	})
	addMethod("setsockopt", "setsockopt(level, option, value) -> None\nsetsockopt(level, option, None, optlen) -> None\n\nChange an option to an int or a bytes-like value.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var levelO, optO, valueO, optlenO py.Object
		if err := py.UnpackTuple(args, kwargs, "setsockopt", 3, 4, &levelO, &optO, &valueO, &optlenO); err != nil {
			return nil, err
		}
		// CPython tries the formats "iii", "iiO!I" and "iiy*" in turn:
		// level and option are C ints in each.
		level, err := pyarg.IntStrict(levelO)
		if err != nil {
			return nil, err
		}
		opt, err := pyarg.IntStrict(optO)
		if err != nil {
			return nil, err
		}
		if optlenO != nil {
			if valueO != py.None {
				return nil, pyutil.TypeErrorf("setsockopt() takes exactly 4 arguments, the third being None")
			}
			optlen, err := intArg(optlenO)
			if err != nil {
				return nil, err
			}
			fd, _, err := s.state()
			if err != nil {
				return nil, err
			}
			_, _, e := syscall.RawSyscall6(syscall.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), 0, uintptr(optlen), 0)
			if e != 0 {
				return nil, errnoException(e)
			}
			return py.None, nil
		}
		switch v := valueO.(type) {
		case py.Int, py.Bool, *py.BigInt:
			// An int outside C int range fails "iii", and then "iiy*"
			// reports that the value is not bytes-like.
			n, err := pyarg.IntStrict(v)
			if err != nil {
				return nil, pyutil.TypeErrorf("a bytes-like object is required, not '%s'", pyutil.TypeName(v))
			}
			return noneOr(s.SetSockOptInt(level, opt, n))
		}
		b, err := pyutil.BytesLike(valueO)
		if err != nil {
			return nil, err
		}
		return noneOr(s.setSockOptBytes(level, opt, b))
	})
	addMethod("gettimeout", "gettimeout() -> float or None\n\nThe per-operation time limit in seconds, or None when operations block without limit.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "gettimeout", 0, 0); err != nil {
			return nil, err
		}
		return timeoutObject(s.Timeout()), nil
	})
	addMethod("settimeout", "settimeout(timeout) -> None\n\nLimit each blocking operation to timeout seconds (a float); None blocks\nwithout limit, 0.0 makes the socket non-blocking.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "settimeout", 1, 1, &v); err != nil {
			return nil, err
		}
		d, has, err := timeoutArg(v)
		if err != nil {
			return nil, err
		}
		if _, _, err := s.state(); err != nil {
			return nil, err
		}
		return noneOr(s.SetTimeout(d, has))
	})
	addMethod("setblocking", "setblocking(flag) -> None\n\nA true flag means settimeout(None), a false one settimeout(0.0).", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "setblocking", 1, 1, &v); err != nil {
			return nil, err
		}
		// CPython 3.6 reads the flag as a C long (PyLong_AsLong): an
		// int, or an object with __int__ (a float truncates, 0.5 is
		// false); anything else is TypeError.
		b, err := blockingFlag(v)
		if err != nil {
			return nil, err
		}
		if _, _, err := s.state(); err != nil {
			return nil, err
		}
		return noneOr(s.SetBlocking(b != 0))
	})
	addMethod("listen", "listen([backlog])\n\nEnable a server to accept connections.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "listen", 0, 1, &v); err != nil {
			return nil, err
		}
		backlog := 128
		if v != nil {
			b, err := pyarg.IntStrict(v) // format "|i"
			if err != nil {
				return nil, err
			}
			backlog = b
		}
		return noneOr(s.Listen(backlog))
	})
	addMethod("recv", "recv(bufsize[, flags]) -> bytes\n\nAt most bufsize received bytes; b'' once the peer has closed.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		n, flags, err := sizeArgs("recv", args, kwargs)
		if err != nil {
			return nil, err
		}
		data, err := s.recvBuffer(n, flags, nil)
		if err != nil {
			return nil, err
		}
		return py.Bytes(data), nil
	})
	addMethod("recv_into", "recv_into(buffer[, nbytes[, flags]]) -> int\n\nReceive into a writable buffer; gives how many bytes were stored.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		buf, flags, err := intoArgs("recv_into", args, kwargs)
		if err != nil {
			return nil, err
		}
		got, err := s.Recv(buf, flags)
		if err != nil {
			return nil, err
		}
		return py.Int(got), nil
	})
	addMethod("recvfrom", "recvfrom(bufsize[, flags]) -> (bytes, address)\n\nReceive at most bufsize bytes together with the address they came from.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		n, flags, err := sizeArgs("recvfrom", args, kwargs)
		if err != nil {
			return nil, err
		}
		var from rawAddr
		data, err := s.recvBuffer(n, flags, &from)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Bytes(data), rawToAddr(&from)}, nil
	})
	addMethod("recvfrom_into", "recvfrom_into(buffer[, nbytes[, flags]]) -> (int, address)\n\nReceive into buffer; gives the byte count and the sender's address.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		buf, flags, err := intoArgs("recvfrom_into", args, kwargs)
		if err != nil {
			return nil, err
		}
		got, addr, err := s.RecvFrom(buf, flags)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(got), addr}, nil
	})
	addMethod("send", "send(data[, flags]) -> int\n\nSend some of data; gives how many bytes went out.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		data, flags, err := sendArgs("send", args, kwargs)
		if err != nil {
			return nil, err
		}
		n, err := s.Send(data, flags)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	addMethod("sendall", "sendall(data[, flags])\n\nSend a data string to the socket.  This calls send() repeatedly\nuntil all data is sent.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		data, flags, err := sendArgs("sendall", args, kwargs)
		if err != nil {
			return nil, err
		}
		return noneOr(s.SendAll(data, flags))
	})
	addMethod("sendto", "sendto(data[, flags], address) -> int\n\nSend data to address (for unconnected sockets); gives how many bytes went out.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var a, b, c py.Object
		if len(kwargs) == 0 && (len(args) < 2 || len(args) > 3) {
			return nil, pyutil.TypeErrorf("sendto() takes 2 or 3 arguments (%d given)", len(args))
		}
		if err := py.UnpackTuple(args, kwargs, "sendto", 2, 3, &a, &b, &c); err != nil {
			return nil, err
		}
		dataO, flagsO, addr := a, py.Object(nil), b
		if c != nil {
			flagsO, addr = b, c
		}
		data, flags, err := payload(dataO, flagsO)
		if err != nil {
			return nil, err
		}
		n, err := s.SendTo(data, flags, addr)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	addMethod("shutdown", "shutdown(how) -> None\n\nEnd receiving (SHUT_RD), sending (SHUT_WR) or both (SHUT_RDWR) on the connection.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "shutdown", 1, 1, &v); err != nil {
			return nil, err
		}
		how, err := pyarg.IntClinic(v) // _PyLong_AsInt
		if err != nil {
			return nil, err
		}
		return noneOr(s.Shutdown(how))
	})
	addMethod("dup", "dup() -> socket\n\nA new, non-inheritable socket object on a duplicate of the descriptor.", func(s *Socket, o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "dup", 0, 0); err != nil {
			return nil, err
		}
		d, err := s.Dup()
		if err != nil {
			return nil, err
		}
		if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
			return dupInstance(t, d) // an instance of the same derived class
		}
		return d, nil
	})
	addMethod("get_inheritable", "get_inheritable() -> bool\n\nWhether a child process made by exec inherits the descriptor.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.UnpackTuple(args, kwargs, "get_inheritable", 0, 0); err != nil {
			return nil, err
		}
		flags, err := fdFlags(s.Fd())
		if err != nil {
			return nil, err
		}
		return py.NewBool(flags&syscall.FD_CLOEXEC == 0), nil
	})
	addMethod("set_inheritable", "set_inheritable(inheritable)\n\nLet (or stop) a child process made by exec inherit the descriptor.", func(s *Socket, _ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "set_inheritable", 1, 1, &v); err != nil {
			return nil, err
		}
		on, err := pyarg.Bool(v)
		if err != nil {
			return nil, err
		}
		fd := s.Fd()
		flags, err := fdFlags(fd)
		if err != nil {
			return nil, err
		}
		if on {
			flags &^= syscall.FD_CLOEXEC
		} else {
			flags |= syscall.FD_CLOEXEC
		}
		if _, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFD, uintptr(flags)); e != 0 {
			return nil, errnoException(e)
		}
		return py.None, nil
	})
	SocketType.Dict["_closed"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		s, err := self(o, "_closed")
		if err != nil {
			return nil, err
		}
		return py.NewBool(s.closedByUser()), nil
	}, Doc: "True once close() or detach() ran (CPython's socket._closed)."}
	addMethod("__getstate__", "A socket cannot be pickled.", func(*Socket, py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		return nil, pyutil.TypeErrorf("Cannot serialize socket object")
	})
	addMethod("sendfile", sendfileDoc, sendfile)
	addMethod("_sendfile_use_send", sendfileDoc, sendfile)
	addMethod("_sendfile_use_sendfile", "_sendfile_use_sendfile(file[, offset[, count]]) -> int\n\nsendfile() for a regular file; _GiveupOnSendfile for any other.", sendfileRegular)
	addMethod("makefile", makefileDoc, func(s *Socket, o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return makefile(s, o, args, kwargs)
	})

	prop := func(name, doc string, get func(s *Socket) py.Object) {
		SocketType.Dict[name] = &py.Property{
			Fget: func(o py.Object) (py.Object, error) {
				s, err := self(o, name)
				if err != nil {
					return nil, err
				}
				return get(s), nil
			},
			Doc: doc,
		}
	}
	prop("family", "the socket family", func(s *Socket) py.Object { return FamilyObject(s.family) })
	prop("type", "the socket type", func(s *Socket) py.Object { return KindObject(s.pyType()) })
	// proto and timeout are _socket.socket's (base.go).
	// socket.socket's __slots__ name __weakref__ in 3.6 (ssl.SSLSocket
	// inherits it).
	SocketType.Dict["__weakref__"] = vm.NewWeakrefDescr(SocketType)

	if err := SocketType.Ready(); err != nil {
		panic(err)
	}
}

// sendArgs parses (data[, flags]) of send/sendall.
func sendArgs(name string, args py.Tuple, kwargs py.StringDict) ([]byte, int, error) {
	var dataO, flagsO py.Object
	if err := py.UnpackTuple(args, kwargs, name, 1, 2, &dataO, &flagsO); err != nil {
		return nil, 0, err
	}
	return payload(dataO, flagsO)
}

// payload converts the data and optional flags of the send methods.
func payload(dataO, flagsO py.Object) ([]byte, int, error) {
	data, err := bufferArg(dataO)
	if err != nil {
		return nil, 0, err
	}
	flags, err := flagsArg(flagsO)
	if err != nil {
		return nil, 0, err
	}
	return data, flags, nil
}

// sizeArgs parses (buffersize[, flags]) of recv/recvfrom.
func sizeArgs(name string, args py.Tuple, kwargs py.StringDict) (n, flags int, err error) {
	var nO, flagsO py.Object
	if err := py.UnpackTuple(args, kwargs, name, 1, 2, &nO, &flagsO); err != nil {
		return 0, 0, err
	}
	if n, err = ssizeArg(nO); err != nil {
		return 0, 0, err
	}
	if n < 0 {
		return 0, 0, pyutil.ValueErrorf("negative buffersize in %s", name)
	}
	if err := pyutil.CheckAlloc(n); err != nil {
		return 0, 0, err
	}
	if flags, err = flagsArg(flagsO); err != nil {
		return 0, 0, err
	}
	return n, flags, nil
}

// intoArgs parses (buffer[, nbytes[, flags]]) of recv_into/recvfrom_into
// and returns the part of the buffer to fill.
func intoArgs(name string, args py.Tuple, kwargs py.StringDict) ([]byte, int, error) {
	var bufO, nO, flagsO py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:"+name, []string{"buffer", "nbytes", "flags"}, &bufO, &nO, &flagsO); err != nil {
		return nil, 0, err
	}
	wb, err := pyarg.WritableBuffer(bufO, name+"() argument 1")
	if err != nil {
		return nil, 0, err
	}
	buf := wb.WritableBytes()
	n := 0
	if nO != nil {
		if n, err = ssizeArg(nO); err != nil {
			return nil, 0, err
		}
	}
	if n < 0 {
		return nil, 0, pyutil.ValueErrorf("negative buffersize in %s", name)
	}
	if n == 0 {
		n = len(buf)
	}
	if n > len(buf) {
		if name == "recvfrom_into" {
			return nil, 0, pyutil.ValueErrorf("nbytes is greater than the length of the buffer")
		}
		return nil, 0, pyutil.ValueErrorf("buffer too small for requested bytes")
	}
	flags, err := flagsArg(flagsO)
	if err != nil {
		return nil, 0, err
	}
	return buf[:n], flags, nil
}

const sendfileDoc = `sendfile(file[, offset[, count]]) -> int

Send the contents of a binary file object, from offset (or its current
position) for count bytes (or to EOF), reading with file.read() and
writing with sendall(); gives the number of bytes sent.`

// GiveupOnSendfileType is socket._GiveupOnSendfile, what the
// regular-file path of sendfile raises for a file without a descriptor.
var GiveupOnSendfileType = pyutil.NewExceptionType("socket._GiveupOnSendfile", "", py.ExceptionType)

// sendfileRegular is socket._sendfile_use_sendfile: a file with a
// descriptor of a regular file goes out as sendfile() sends it (an empty
// one is 0 bytes at once); any other gives up with _GiveupOnSendfile.
func sendfileRegular(s *Socket, owner py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return sendfile(s, owner, args, kwargs)
	}
	giveUp := func(cause py.Object) error {
		text, err := py.Str(cause)
		if err != nil {
			return err
		}
		return py.ExceptionNewf(GiveupOnSendfileType, "%s", text)
	}
	fileno, err := py.GetAttrString(args[0], "fileno")
	var fd py.Object
	if err == nil {
		fd, err = py.Call(fileno, nil, nil)
	}
	if err != nil {
		var value py.Object
		var info py.ExceptionInfo
		var e *py.Exception
		switch {
		case errors.As(err, &info) && info.Value != nil:
			value = info.Value
		case errors.As(err, &e):
			value = e
		default:
			return nil, err
		}
		// AttributeError, or io.UnsupportedOperation (an OSError and a
		// ValueError).
		if t := value.Type(); t.IsSubtype(py.AttributeError) || t.IsSubtype(py.ValueError) || t.IsSubtype(py.OSError) {
			return nil, giveUp(value)
		}
		return nil, err
	}
	n, err := pyarg.FileDescriptor(fd)
	if err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(n, &st); err != nil {
		return nil, giveUp(py.String(err.Error()))
	}
	if st.Size == 0 {
		return py.Int(0), nil
	}
	return sendfile(s, owner, args, kwargs)
}

// sendfile is CPython's portable fallback (_sendfile_use_send): read and
// sendall through the owner object, so a subtype's sendall is used.
// A regular file with a descriptor CPython sends with os.sendfile: a
// count past a Py_ssize_t is then its OverflowError.
func sendfile(s *Socket, owner py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fileO, offO, countO py.Object
	bigCount := false
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:sendfile", []string{"file", "offset", "count"}, &fileO, &offO, &countO); err != nil {
		return nil, err
	}
	// CPython's checks, in its order: a text file, a datagram socket, a
	// count that is not a positive int.
	if mode, err := py.GetAttrString(fileO, "mode"); err == nil {
		if m, ok := mode.(py.String); ok && !strings.Contains(string(m), "b") {
			return nil, pyutil.ValueErrorf("file should be opened in binary mode")
		}
	}
	if s.kind != syscall.SOCK_STREAM {
		return nil, pyutil.ValueErrorf("only SOCK_STREAM type sockets are supported")
	}
	count := -1
	if countO != nil && countO != py.None {
		r, rerr := pyrepr.Repr(countO)
		if rerr != nil {
			return nil, rerr
		}
		n, ok := pyutil.Unwrap(countO).(py.Int)
		if b, isBig := pyutil.Unwrap(countO).(*py.BigInt); isBig {
			// Past 64 bits: CPython's own check passes a positive one,
			// and os.sendfile cannot take it as a Py_ssize_t (a file
			// without a descriptor, read and sent, is read to its end).
			if (*big.Int)(b).Sign() <= 0 {
				return nil, pyutil.ValueErrorf("count must be a positive integer (got %s)", r)
			}
			bigCount = isRegularFile(fileO)
			n, ok = py.Int(math.MaxInt64), true
		}
		if !ok {
			if _, isBool := countO.(py.Bool); !isBool {
				return nil, pyutil.TypeErrorf("count must be a positive integer (got %s)", r)
			}
			n = 0
			if countO == py.True {
				n = 1
			}
		}
		if n <= 0 {
			return nil, pyutil.ValueErrorf("count must be a positive integer (got %s)", r)
		}
		count = int(n)
	}
	offset, err := optIntNone(offO, 0)
	if err != nil {
		return nil, err
	}
	if bigCount {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	if d, ok := s.Timeout(); ok && d == 0 {
		return nil, pyutil.ValueErrorf("non-blocking sockets are not supported")
	}
	if offset != 0 {
		// A negative offset fails in seek (OSError EINVAL), as in CPython.
		seek, err := py.GetAttrString(fileO, "seek")
		if err != nil {
			return nil, err
		}
		if _, err := py.Call(seek, py.Tuple{py.Int(offset)}, nil); err != nil {
			return nil, err
		}
	}
	read, err := py.GetAttrString(fileO, "read")
	if err != nil {
		return nil, err
	}
	sendall, err := py.GetAttrString(owner, "sendall")
	if err != nil {
		return nil, err
	}
	total := 0
	for count < 0 || total < count {
		n := 8192
		if count >= 0 && count-total < n {
			n = count - total
		}
		data, err := py.Call(read, py.Tuple{py.Int(n)}, nil)
		if err != nil {
			return nil, err
		}
		b, err := pyutil.BytesLike(data)
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			break
		}
		if _, err := py.Call(sendall, py.Tuple{py.Bytes(b)}, nil); err != nil {
			return nil, err
		}
		total += len(b)
	}
	return py.Int(total), nil
}

// isRegularFile reports whether file's fileno() names a regular file
// (errors mean no).
func isRegularFile(file py.Object) bool {
	fileno, err := py.GetAttrString(file, "fileno")
	if err != nil {
		return false
	}
	fd, err := py.Call(fileno, nil, nil)
	if err != nil {
		return false
	}
	n, err := pyarg.FileDescriptor(fd)
	if err != nil {
		return false
	}
	var st syscall.Stat_t
	return syscall.Fstat(n, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG
}

// blockingFlag is setblocking's flag as CPython 3.6's PyLong_AsLong reads
// it: a float through its __int__, other objects as pyarg.Long.
func blockingFlag(v py.Object) (int64, error) {
	if f, ok := v.(py.Float); ok {
		switch {
		case math.IsNaN(float64(f)):
			return 0, pyutil.ValueErrorf("cannot convert float NaN to integer")
		case math.IsInf(float64(f), 0):
			return 0, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		case math.Abs(float64(f)) >= 1<<63:
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		return int64(f), nil
	}
	if _, ok := v.(py.Complex); ok {
		// complex.__int__ refuses with this message in CPython 3.6.
		return 0, pyutil.TypeErrorf("can't convert complex to int")
	}
	return pyarg.Long(v)
}
