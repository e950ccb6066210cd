package socket

import (
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Classes may derive from socket.socket, as from CPython's Python-level
// socket class: the descriptor is made by socket.__init__, so that a
// subclass's own __init__ may take other arguments and then call
// super().__init__(family, type, ...). Until then the instance holds a
// closed socket. A step of setup (module.go), after the methods exist.
func setupSubclassing() {
	vm.RegisterValueBase(SocketType, vm.ValueBase{
		Sample: &Socket{},
		Empty:  func() py.Object { return newSocket(-1, syscall.AF_INET, syscall.SOCK_STREAM, 0) },
		Init: func(old py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if s, ok := old.(*Socket); ok && s.Fd() >= 0 {
				// socket.__init__ on a live socket: CPython makes a new
				// descriptor and the old one is left to the collector.
				defer s.Close()
			}
			return socketNew(SocketType, args, kwargs)
		},
	})
	for _, name := range []string{"__enter__", "__exit__", "dup"} {
		if m, ok := SocketType.Dict[name].(*py.Method); ok {
			vm.TakesInstance(m)
		}
	}
}

// ReprForClass is the repr of an instance of a class derived from
// socket.socket: "<module.Class fd=...>" (pyrepr.ClassRepr).
func (s *Socket) ReprForClass(qualname string) (string, error) {
	return s.Repr(qualname), nil
}

// closeInstance is socket.__exit__ for an instance of a class derived
// from socket.socket: self.close(), which the class may override.
func closeInstance(inst *py.Type) (py.Object, error) {
	m, err := vm.GetAttr(inst, "close")
	if err != nil {
		return nil, err
	}
	if _, err := vm.Call(m, nil, nil); err != nil {
		return nil, err
	}
	return py.None, nil
}

// dupInstance is dup() of an instance of a class derived from
// socket.socket: as CPython 3.6 does, the class is called with the
// socket's family, type and protocol and the new descriptor.
func dupInstance(inst *py.Type, d *Socket) (py.Object, error) {
	fd := d.Detach()
	r, err := vm.Call(inst.ObjectType, py.Tuple{FamilyObject(d.family), KindObject(d.pyType()), py.Int(d.proto)}, py.StringDict{"fileno": py.Int(fd)})
	if err != nil {
		_ = syscall.Close(fd)
	}
	return r, err
}

// replacedSocketClass is what the module's global socket names when a
// script has replaced socket.socket (with a subclass, a mock): CPython's
// create_connection calls that global. nil while it is socket.socket.
func replacedSocketClass(self py.Object) py.Object {
	m, ok := self.(*py.Module)
	if !ok {
		return nil
	}
	if cls, ok := m.Globals["socket"]; ok && cls != py.Object(SocketType) {
		return cls
	}
	return nil
}

// createConnectionThrough is create_connection making its sockets with
// cls and driving them through their Python methods (settimeout, bind,
// connect, close), so that a subclass's overrides take part; the last
// OSError is raised when no address connects, as in CPython.
func createConnectionThrough(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var addrO, tmoO, srcO py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:create_connection", []string{"address", "timeout", "source_address"}, &addrO, &tmoO, &srcO); err != nil {
		return nil, err
	}
	t, ok := addrO.(py.Tuple)
	if !ok || len(t) != 2 {
		return nil, pyutil.TypeErrorf("create_connection(): address must be a (host, port) pair")
	}
	infos, err := getAddrInfo(t[0], t[1], 0, syscall.SOCK_STREAM, 0, 0)
	if err != nil {
		return nil, err
	}
	call := func(o py.Object, name string, args ...py.Object) error {
		m, err := vm.GetAttr(o, name)
		if err == nil {
			_, err = vm.Call(m, py.Tuple(args), nil)
		}
		return err
	}
	var last error
	for _, ai := range infos {
		sock, err := vm.Call(cls, py.Tuple{FamilyObject(ai.family), KindObject(ai.kind), py.Int(ai.proto)}, nil)
		if err == nil && tmoO != nil && tmoO != py.Object(globalDefaultTimeout) {
			err = call(sock, "settimeout", tmoO)
		}
		if err == nil && srcO != nil && srcO != py.None {
			err = call(sock, "bind", srcO)
		}
		if err == nil {
			err = call(sock, "connect", ai.addr)
		}
		if err == nil {
			return sock, nil
		}
		if !py.IsException(py.OSError, err) {
			return nil, err
		}
		last = err
		if sock != nil {
			_ = call(sock, "close")
		}
	}
	if last != nil {
		return nil, last
	}
	return nil, py.ExceptionNewf(py.OSError, "getaddrinfo returns an empty list")
}
