package socket_test

import (
	"fmt"
	"net"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/socket"
)

// fakeSSL stands for the ssl layer's SSLSocket: a Go type embedding a
// *Socket, in a Python subtype of socket.socket, overriding recv only.
type fakeSSL struct {
	*socket.Socket
	recvs int
}

var fakeSSLType = socket.NewSubtype("test.FakeSSLSocket", "a socket.socket subtype", nil, nil)

func (f *fakeSSL) Type() *py.Type { return fakeSSLType }

// M__enter__ must return the outer object, not the embedded *Socket.
func (f *fakeSSL) M__enter__() (py.Object, error) { return f, nil }

func (f *fakeSSL) M__repr__() (py.Object, error) {
	return py.String(f.Repr(fakeSSLType.Name)), nil
}

func init() {
	fakeSSLType.Dict["recv"] = py.MustNewMethod("recv", func(self py.Object, args py.Tuple) (py.Object, error) {
		f := self.(*fakeSSL)
		f.recvs++
		n, err := py.MakeGoInt(args[0])
		if err != nil {
			return nil, err
		}
		buf := make([]byte, n)
		got, err := f.Recv(buf, 0)
		if err != nil {
			return nil, err
		}
		return py.Bytes("<" + string(buf[:got]) + ">"), nil
	}, 0, "recv(n): decorated")
	fakeSSLType.Dict["recvs"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.Int(self.(*fakeSSL).recvs), nil
	}}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_fakessl"},
		Methods: []*py.Method{py.MustNewMethod("wrap", func(_ py.Object, o py.Object) (py.Object, error) {
			s, ok := socket.FromObject(o)
			if !ok {
				return nil, pyutil.TypeErrorf("not a socket")
			}
			return &fakeSSL{Socket: socket.NewFromFD(s.Detach(), s.Family(), s.Kind(), s.Proto())}, nil
		}, 0, "wrap(sock): a FakeSSLSocket taking over sock's descriptor")},
	})
}

func TestSubtypeInheritsMethods(t *testing.T) {
	out := runPy(t, `
import socket, _fakessl
a, b = socket.socketpair()
w = _fakessl.wrap(b)
print(b.fileno(), w.fileno() >= 0, w.family == socket.AF_UNIX, w.type == socket.SOCK_STREAM)
print(repr(w).split(" fd=")[0])
a.sendall(b"hi")
print(w.recv(10), w.recvs)
w.sendall(b"pong")
print(a.recv(10))
w.settimeout(0.01)
try:
    w.recv(1)
except socket.timeout as e:
    print("timeout", e)
w.settimeout(5)
a.sendall(b"line\n")
f = w.makefile('rb')
print(f.readline(), w.recvs)
f.close()
with w as x:
    print(x is w, x.recvs)
print(w.fileno())
a.close()
`)
	assert.Equal(t, []string{
		"-1 True True True",
		"<test.FakeSSLSocket",
		"b'<hi>' 1",
		"b'pong'",
		"timeout timed out",
		"b'<line\\n' 3",
		"True 3",
		"-1",
	}, lines(out))
}

func TestGoAPI(t *testing.T) {
	a, b, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer a.Close()
	defer b.Close()

	t.Run("accessors", func(t *testing.T) {
		assert.Equal(t, syscall.AF_UNIX, a.Family())
		assert.Equal(t, syscall.SOCK_STREAM, a.Kind())
		assert.Equal(t, 0, a.Proto())
		assert.GreaterOrEqual(t, a.Fd(), 0)
		d, has := a.Timeout()
		assert.False(t, has)
		assert.Zero(t, d)
		assert.True(t, a.Deadline().IsZero())
		got, ok := socket.FromObject(a)
		assert.True(t, ok)
		assert.Same(t, a, got)
		_, ok = socket.FromObject(py.Int(3))
		assert.False(t, ok)
	})
	t.Run("modes set O_NONBLOCK", func(t *testing.T) {
		require.NoError(t, b.SetTimeout(50*time.Millisecond, true))
		assert.True(t, nonblocking(t, b.Fd()))
		d, has := b.Timeout()
		assert.True(t, has)
		assert.Equal(t, 50*time.Millisecond, d)
		assert.False(t, b.Deadline().IsZero())
		require.NoError(t, b.SetBlocking(true))
		assert.False(t, nonblocking(t, b.Fd()))
		require.NoError(t, b.SetBlocking(false))
		assert.True(t, nonblocking(t, b.Fd()))
		assert.Error(t, b.SetTimeout(-time.Second, true))
		require.NoError(t, b.SetTimeout(0, false))
	})
	t.Run("wait readable times out", func(t *testing.T) {
		err := b.WaitReadable(time.Now().Add(20 * time.Millisecond))
		require.Error(t, err)
		assert.True(t, socket.IsTimeout(err))
		assert.Equal(t, py.String("timed out"), err.(*py.Exception).Args.(py.Tuple)[0])
		assert.NoError(t, b.WaitWritable(time.Time{}))
	})
	t.Run("wait readable after data", func(t *testing.T) {
		require.NoError(t, a.SendAll([]byte("abc"), 0))
		require.NoError(t, b.WaitReadable(time.Time{}))
		buf := make([]byte, 10)
		n, err := b.Recv(buf, 0)
		require.NoError(t, err)
		assert.Equal(t, "abc", string(buf[:n]))
	})
	t.Run("non-blocking recv is BlockingIOError", func(t *testing.T) {
		require.NoError(t, b.SetBlocking(false))
		defer b.SetBlocking(true)
		_, err := b.Recv(make([]byte, 1), 0)
		var e *py.Exception
		require.ErrorAs(t, err, &e)
		assert.Equal(t, py.BlockingIOError, e.Base)
		assert.Equal(t, py.Int(syscall.EAGAIN), e.Dict["errno"])
	})
	t.Run("timeout recv is socket.timeout", func(t *testing.T) {
		require.NoError(t, b.SetTimeout(10*time.Millisecond, true))
		defer b.SetBlocking(true)
		_, err := b.Recv(make([]byte, 1), 0)
		assert.True(t, socket.IsTimeout(err))
	})
	t.Run("move keeps the mode and detaches", func(t *testing.T) {
		c, d, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		require.NoError(t, err)
		defer d.Close()
		require.NoError(t, c.SetTimeout(3*time.Second, true))
		fd := c.Fd()
		m, err := c.Move()
		require.NoError(t, err)
		defer m.Close()
		assert.Equal(t, -1, c.Fd())
		assert.Equal(t, fd, m.Fd())
		tmo, has := m.Timeout()
		assert.True(t, has)
		assert.Equal(t, 3*time.Second, tmo)
		_, err = c.Move()
		errno, ok := socket.ErrnoOf(err)
		assert.True(t, ok)
		assert.Equal(t, syscall.EBADF, errno)
	})
	t.Run("timeout type hierarchy", func(t *testing.T) {
		// 3.6: socket.timeout derives from OSError, not TimeoutError.
		assert.False(t, socket.TimeoutType.IsSubtype(py.TimeoutError))
		assert.True(t, socket.TimeoutType.IsSubtype(py.OSError))
		assert.True(t, socket.GaiErrorType.IsSubtype(py.OSError))
		assert.True(t, socket.HErrorType.IsSubtype(py.OSError))
		assert.True(t, socket.IsTimeout(socket.NewTimeout("The read operation timed out")))
		assert.False(t, socket.IsTimeout(pyutil.OSErrorFromErrno(syscall.EAGAIN, nil)))
	})
}

func TestGoAcceptAndClose(t *testing.T) {
	ln, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	require.NoError(t, ln.Bind(py.Tuple{py.String("127.0.0.1"), py.Int(0)}))
	require.NoError(t, ln.Listen(1))
	require.NoError(t, ln.SetTimeout(10*time.Second, true))
	addr, err := ln.SockName()
	require.NoError(t, err)
	port := int(addr.(py.Tuple)[1].(py.Int))

	dialed := make(chan net.Conn, 1)
	go func() {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 10*time.Second)
		if err != nil {
			dialed <- nil
			return
		}
		_, _ = c.Write([]byte("x"))
		dialed <- c
	}()
	conn, peer, err := ln.Accept()
	require.NoError(t, err)
	c := <-dialed
	require.NotNil(t, c)
	defer c.Close()
	assert.Equal(t, py.String("127.0.0.1"), peer.(py.Tuple)[0])
	assert.Equal(t, syscall.AF_INET, conn.Family())
	_, has := conn.Timeout()
	assert.False(t, has, "accepted socket takes the default timeout (None)")
	assert.False(t, nonblocking(t, conn.Fd()))
	flags, err := fcntl(conn.Fd(), syscall.F_GETFD)
	require.NoError(t, err)
	assert.NotZero(t, flags&syscall.FD_CLOEXEC, "accepted descriptor is close-on-exec")

	buf := make([]byte, 1)
	n, err := conn.Recv(buf, 0)
	require.NoError(t, err)
	assert.Equal(t, 1, n)

	require.NoError(t, conn.Close())
	require.NoError(t, conn.Close(), "closing twice is fine")
	assert.Equal(t, -1, conn.Fd())
	_, err = conn.Recv(buf, 0)
	var e *py.Exception
	require.ErrorAs(t, err, &e)
	assert.Equal(t, py.Tuple{py.Int(9), py.String("Bad file descriptor")}, e.Args)
	assert.Equal(t, -1, conn.Detach())

	fd := ln.Detach()
	assert.GreaterOrEqual(t, fd, 0)
	assert.NoError(t, ln.Close(), "Close after Detach does not close the descriptor")
	assert.NoError(t, syscall.Close(fd))
}

func nonblocking(t *testing.T, fd int) bool {
	t.Helper()
	fl, err := fcntl(fd, syscall.F_GETFL)
	require.NoError(t, err)
	return fl&syscall.O_NONBLOCK != 0
}

func fcntl(fd, cmd int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), 0)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

func openFDs(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	require.NoError(t, err)
	return len(ents)
}

// settledFDs is openFDs once the descriptors of objects earlier tests
// dropped without closing have been released by their cleanups (which
// run after a collection), so that a later count compares like with like.
func settledFDs(t *testing.T) int {
	t.Helper()
	n := openFDs(t)
	for i := 0; i < 50; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		m := openFDs(t)
		if m == n {
			break
		}
		n = m
	}
	return n
}

func TestNoFDLeaks(t *testing.T) {
	before := settledFDs(t)
	for i := 0; i < 1000; i++ {
		s, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		require.NoError(t, err)
		require.NoError(t, s.Close())
	}
	for i := 0; i < 200; i++ {
		a, b, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		require.NoError(t, err)
		require.NoError(t, a.Close())
		require.NoError(t, b.Close())
	}
	runPy(t, `
import socket
for i in range(1000):
    s = socket.socket()
    s.close()
for i in range(100):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(('127.0.0.1', 0))
for i in range(100):
    a, b = socket.socketpair()
    f = a.makefile('rw')
    a.close()
    f.close()
    b.close()
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
for i in range(50):
    c = socket.create_connection(srv.getsockname(), 5)
    conn, addr = srv.accept()
    conn.close()
    c.close()
srv.close()
`)
	assert.Equal(t, before, openFDs(t))
}

// TestForgottenSocketsAreClosed checks the GC safety net: sockets dropped
// without close() release their descriptors once collected.
func TestForgottenSocketsAreClosed(t *testing.T) {
	before := settledFDs(t)
	func() {
		for i := 0; i < 100; i++ {
			_, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
			require.NoError(t, err)
		}
	}()
	runPy(t, `
import socket
for i in range(100):
    s = socket.socket()
`)
	// Cleanups run after a GC cycle on their own goroutine; retry a bounded
	// number of cycles.
	for i := 0; i < 50 && openFDs(t) != before; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	assert.Equal(t, before, openFDs(t))
}

func TestDescriptorsAreCloseOnExec(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T) *socket.Socket
	}{
		{"New", func(t *testing.T) *socket.Socket {
			s, err := socket.New(syscall.AF_INET6, syscall.SOCK_DGRAM, 0)
			require.NoError(t, err)
			return s
		}},
		{"Socketpair", func(t *testing.T) *socket.Socket {
			a, b, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_DGRAM, 0)
			require.NoError(t, err)
			b.Close()
			return a
		}},
		{"Dup", func(t *testing.T) *socket.Socket {
			s, err := socket.New(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
			require.NoError(t, err)
			defer s.Close()
			d, err := s.Dup()
			require.NoError(t, err)
			return d
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.make(t)
			defer s.Close()
			fl, err := fcntl(s.Fd(), syscall.F_GETFD)
			require.NoError(t, err)
			assert.NotZero(t, fl&syscall.FD_CLOEXEC)
		})
	}
}

func BenchmarkSocketpairRoundTrip(b *testing.B) {
	x, y, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	require.NoError(b, err)
	defer x.Close()
	defer y.Close()
	msg := make([]byte, 1024)
	buf := make([]byte, 1024)
	b.SetBytes(int64(len(msg)))
	for i := 0; i < b.N; i++ {
		if err := x.SendAll(msg, 0); err != nil {
			b.Fatal(err)
		}
		for got := 0; got < len(msg); {
			n, err := y.Recv(buf, 0)
			if err != nil {
				b.Fatal(err)
			}
			got += n
		}
	}
}

// TestFilenoKeepsDescriptorFlags: CPython's socket(fileno=fd) with no
// default timeout leaves a non-blocking descriptor non-blocking (and says
// timeout None).
func TestFilenoKeepsDescriptorFlags(t *testing.T) {
	a, b, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer a.Close()
	require.NoError(t, b.SetBlocking(false))
	fd := b.Detach()
	out := runPy(t, fmt.Sprintf(`
import socket
t = socket.socket(fileno=%d)
print(t.gettimeout())
try:
    t.recv(1)
except BlockingIOError as e:
    print("EAGAIN", e.errno)
t.close()
`, fd))
	assert.Equal(t, []string{"None", "EAGAIN 11"}, lines(out))
}
