package socket

import (
	"fmt"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// _socket.socket, the base class of socket.socket.
//
// In CPython 3.6 socket.socket is a Python class over the C type
// _socket.socket: the C type has the system calls (bind, recv, send, ...),
// int attributes family and type, and a terse repr, "<socket object,
// fd=3, family=2, type=1, proto=0>"; the Python class adds accept, dup,
// makefile, sendfile, the inheritable flag, the context manager, the enum
// family and type, and the long repr. Here both are Go types over the same
// *Socket: socket.socket keeps every method in its own dict (so its
// lookups stop there), and BaseSocketType holds the C-level subset, for
// code that calls _socket.socket itself, and sits in socket.socket's MRO
// (isinstance(socket.socket(), _socket.socket) holds, and
// socket.SocketType is _socket.socket, as in 3.6).

// cSocketReprName is the type name noteUnclosed records for a bare
// _socket.socket, whose ResourceWarning shows its own repr.
const cSocketReprName = "socket object"

const baseSocketDoc = `socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object

The socket type of the _socket module, which socket.socket extends: the
descriptor's system calls, with family and type as plain ints.`

// BaseSocketType is "_socket.socket".
var BaseSocketType = py.NewTypeX("_socket.socket", baseSocketDoc, baseSocketNew, nil)

// cSocket is an instance of _socket.socket itself.
type cSocket struct {
	*Socket
}

// Type returns BaseSocketType.
func (c *cSocket) Type() *py.Type { return BaseSocketType }

// M__repr__ is the C type's repr: plain ints, no addresses.
func (c *cSocket) M__repr__() (py.Object, error) {
	return py.String(cRepr(c.Socket)), nil
}

// ReprForClass is the repr of an instance of a class derived from
// _socket.socket: the C type's, whatever the class (pyrepr.ClassRepr).
func (c *cSocket) ReprForClass(string) (string, error) { return cRepr(c.Socket), nil }

// cRepr is "<socket object, fd=N, family=F, type=T, proto=P>".
func cRepr(s *Socket) string {
	return fmt.Sprintf("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s.Fd(), s.family, s.pyType(), s.proto)
}

func baseSocketNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	o, err := cSocketNew(args, kwargs)
	if err != nil {
		return nil, err
	}
	s, ok := o.(*Socket)
	if !ok {
		return o, nil
	}
	c := &cSocket{s}
	s.WarnAs(c, cSocketReprName)
	return c, nil
}

// cLevelMethods are the methods of CPython's _socket.socket that
// socket.socket has under the same name.
var cLevelMethods = []string{
	"bind", "close", "connect", "connect_ex", "detach", "fileno",
	"getpeername", "getsockname", "getsockopt", "gettimeout", "listen",
	"recv", "recv_into", "recvfrom", "recvfrom_into", "recvmsg",
	"recvmsg_into", "send", "sendall", "sendmsg", "sendto", "setblocking",
	"setsockopt", "settimeout", "shutdown", "proto", "timeout",
}

// setupBaseSocket fills BaseSocketType from socket.socket's methods (run
// once those exist) and makes it socket.socket's base.
func setupBaseSocket() {
	for _, name := range cLevelMethods {
		if v, ok := SocketType.Dict[name]; ok {
			BaseSocketType.Dict[name] = v
		}
	}
	intProp := func(name, doc string, get func(s *Socket) int) {
		BaseSocketType.Dict[name] = &py.Property{
			Fget: func(o py.Object) (py.Object, error) {
				s, err := self(o, name)
				if err != nil {
					return nil, err
				}
				return py.Int(get(s)), nil
			},
			Doc: doc,
		}
	}
	intProp("family", "the socket family", func(s *Socket) int { return s.family })
	intProp("type", "the socket type", func(s *Socket) int { return s.pyType() })
	intProp("proto", "the socket protocol", func(s *Socket) int { return s.proto })
	BaseSocketType.Dict["timeout"] = &py.Property{
		Fget: func(o py.Object) (py.Object, error) {
			s, err := self(o, "timeout")
			if err != nil {
				return nil, err
			}
			return timeoutObject(s.Timeout()), nil
		},
		Doc: "the socket timeout",
	}
	// In 3.6 family, type and proto are _socket.socket's struct members
	// ("readonly attribute"), timeout its getset; socket.socket's own
	// family and type are properties of socket.py ("can't set attribute").
	vm.MemberFields(BaseSocketType, "family", "type", "proto")
	vm.KeepProperties(SocketType, "family", "type")
	BaseSocketType.Dict["_accept"] = pyutil.MustNewMethod("_accept", func(o py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		s, err := self(o, "_accept")
		if err != nil {
			return nil, err
		}
		if err := py.UnpackTuple(args, kwargs, "_accept", 0, 0); err != nil {
			return nil, err
		}
		ns, addr, err := s.Accept()
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(ns.Detach()), addr}, nil
	}, 0, "_accept() -> (integer, address info)\n\nTake the next pending connection: its new descriptor and the peer's address.")
	if err := BaseSocketType.Ready(); err != nil {
		panic(err)
	}
	if _, ok := SocketType.Dict["_accept"]; !ok {
		SocketType.Dict["_accept"] = BaseSocketType.Dict["_accept"]
	}
	SocketType.Base = BaseSocketType
	SocketType.Bases = py.Tuple{BaseSocketType}
	SocketType.Flags &^= py.TPFLAGS_READY
	if err := SocketType.Ready(); err != nil {
		panic(err)
	}
	// Classes may derive from _socket.socket too (CPython's own
	// socket.socket does): its __init__ makes the descriptor.
	vm.RegisterValueBase(BaseSocketType, vm.ValueBase{
		Sample: &cSocket{&Socket{}},
		Empty:  func() py.Object { return &cSocket{newSocket(-1, syscall.AF_INET, syscall.SOCK_STREAM, 0)} },
		Init: func(old py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if c, ok := old.(*cSocket); ok && c.Fd() >= 0 {
				defer c.Close()
			}
			return baseSocketNew(BaseSocketType, args, kwargs)
		},
	})
}
