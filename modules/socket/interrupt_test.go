package socket_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/modules/socket"
)

// The package's tests run twice: as they are (sigint never enabled, the
// embedder's default) and, in a child process started by
// TestSuiteWithInterruptsEnabled, with sigint.Enable called first, which
// is what the gpython-ssl binary does: every socket then has the timeouts
// that let SIGINT interrupt its system calls. The tests of this file need
// the second setting and skip in the first.

// envInterrupts names the variable that makes TestMain enable sigint.
const envInterrupts = "GPYTHONSSL_TEST_SIGINT"

// bound is the longest any wait of these tests may take.
const bound = 5 * time.Second

func TestMain(m *testing.M) {
	if os.Getenv(envInterrupts) == "1" {
		sigint.Enable()
	}
	os.Exit(m.Run())
}

// TestSuiteWithInterruptsEnabled runs every test of the package again in
// a child process with sigint enabled.
func TestSuiteWithInterruptsEnabled(t *testing.T) {
	if sigint.Enabled() {
		t.Skip("this is the child run")
	}
	if testing.Short() {
		t.Skip("-short: the second run of the suite is skipped")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.count=1", "-test.timeout=4m")
	cmd.Env = append(os.Environ(), envInterrupts+"=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	require.NoError(t, err, "the suite failed with sigint enabled:\n%s", out.String())
}

// needInterrupts skips a test outside the child run.
func needInterrupts(t *testing.T) {
	t.Helper()
	if !sigint.Enabled() {
		t.Skip("needs sigint enabled: runs inside TestSuiteWithInterruptsEnabled")
	}
	sigint.Take()
	t.Cleanup(func() { sigint.Take() })
}

// blockingPair is a connected AF_UNIX stream pair in blocking mode.
func blockingPair(t *testing.T) (*socket.Socket, *socket.Socket) {
	t.Helper()
	a, b, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	t.Cleanup(func() { a.Close(); b.Close() })
	return a, b
}

// interrupted runs call, which must block, raises the interrupt and
// requires call to return KeyboardInterrupt promptly, having taken it.
func interrupted(t *testing.T, call func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- call() }()
	select {
	case err := <-done:
		t.Fatalf("returned before the interrupt: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	sigint.Raise()
	select {
	case err := <-done:
		require.Error(t, err)
		assert.True(t, sigint.IsKeyboardInterrupt(err), "got %v", err)
		assert.False(t, sigint.Pending(), "the call takes the interrupt it raises")
	case <-time.After(bound):
		t.Fatal("still blocked after the interrupt")
	}
}

func requireKI(t *testing.T, err error) {
	t.Helper()
	require.Error(t, err)
	require.True(t, sigint.IsKeyboardInterrupt(err), "got %v", err)
}

func TestInterruptRecvLeavesSocketUsable(t *testing.T) {
	needInterrupts(t)
	a, b := blockingPair(t)
	buf := make([]byte, 10)
	interrupted(t, func() error { _, err := a.Recv(buf, 0); return err })
	assert.False(t, nonblocking(t, a.Fd()), "blocking mode keeps a blocking descriptor")
	_, err := b.Send([]byte("ok"), 0)
	require.NoError(t, err)
	n, err := a.Recv(buf, 0)
	require.NoError(t, err)
	assert.Equal(t, "ok", string(buf[:n]))
}

func TestInterruptRecvFromAndTimeoutMode(t *testing.T) {
	needInterrupts(t)
	a, _ := blockingPair(t)
	buf := make([]byte, 10)
	interrupted(t, func() error { _, _, err := a.RecvFrom(buf, 0); return err })
	require.NoError(t, a.SetTimeout(30*time.Second, true))
	interrupted(t, func() error { _, err := a.Recv(buf, 0); return err })
	interrupted(t, func() error { return a.WaitReadable(time.Time{}) })
}

func TestInterruptSendAll(t *testing.T) {
	needInterrupts(t)
	a, _ := blockingPair(t)
	interrupted(t, func() error { return a.SendAll(make([]byte, 32<<20), 0) })
}

func TestInterruptAccept(t *testing.T) {
	needInterrupts(t)
	ln, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer ln.Close()
	require.NoError(t, ln.Bind(py.Tuple{py.String("127.0.0.1"), py.Int(0)}))
	require.NoError(t, ln.Listen(1))
	interrupted(t, func() error { _, _, err := ln.Accept(); return err })
	addr, err := ln.SockName()
	require.NoError(t, err)
	c, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.Connect(addr))
	conn, _, err := ln.Accept()
	require.NoError(t, err)
	conn.Close()
}

// TestInterruptConnect connects to a listener whose accept queue is full:
// the kernel drops the SYN, so the connect waits until interrupted, and
// the descriptor is blocking again afterwards.
func TestInterruptConnect(t *testing.T) {
	needInterrupts(t)
	ln, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer ln.Close()
	require.NoError(t, ln.Bind(py.Tuple{py.String("127.0.0.1"), py.Int(0)}))
	require.NoError(t, ln.Listen(0))
	addr, err := ln.SockName()
	require.NoError(t, err)
	first, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer first.Close()
	require.NoError(t, first.Connect(addr))
	time.Sleep(100 * time.Millisecond)
	c, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer c.Close()
	done := make(chan error, 1)
	go func() { done <- c.Connect(addr) }()
	select {
	case err := <-done:
		t.Skipf("the kernel answered beyond the full backlog (%v): no silent peer", err)
	case <-time.After(100 * time.Millisecond):
	}
	sigint.Raise()
	select {
	case err := <-done:
		requireKI(t, err)
	case <-time.After(bound):
		t.Fatal("connect still blocked after the interrupt")
	}
	assert.False(t, nonblocking(t, c.Fd()))
	// The connection goes on in the background. Connecting again waits
	// for it, as a blocking connect(2) does, and succeeds once the
	// listener has room and the SYN is retransmitted.
	go func() { done <- c.Connect(addr) }()
	select {
	case err := <-done:
		t.Fatalf("second connect returned at once: %v", err)
	case <-time.After(100 * time.Millisecond):
	}
	conn, _, err := ln.Accept()
	require.NoError(t, err)
	defer conn.Close()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(15 * time.Second):
		t.Fatal("second connect did not complete after the listener made room")
	}
}

func TestInterruptPoll(t *testing.T) {
	needInterrupts(t)
	a, b := blockingPair(t)
	fds := []socket.PollFd{{Fd: int32(a.Fd()), Events: socket.POLLIN}}
	interrupted(t, func() error { _, err := socket.PollInterruptible(fds, time.Time{}); return err })
	// Ready descriptors are reported, not the interrupt, and the
	// interrupt stays pending for the evaluation loop.
	_, err := b.Send([]byte("x"), 0)
	require.NoError(t, err)
	sigint.Raise()
	n, err := socket.PollInterruptible(fds, time.Now().Add(bound))
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	assert.NotZero(t, fds[0].Revents)
	assert.True(t, sigint.Take())
	// A deadline still ends the wait.
	buf := make([]byte, 1)
	_, err = a.Recv(buf, 0)
	require.NoError(t, err)
	fds[0].Revents = 0
	n, err = socket.PollInterruptible(fds, time.Now().Add(10*time.Millisecond))
	require.NoError(t, err)
	assert.Zero(t, n)
}

// TestDataBeforeInterrupt: with data already there, recv returns it even
// if an interrupt is pending (no wait happens); the interrupt is left for
// the loop.
func TestDataBeforeInterrupt(t *testing.T) {
	needInterrupts(t)
	a, b := blockingPair(t)
	_, err := b.Send([]byte("ok"), 0)
	require.NoError(t, err)
	sigint.Raise()
	buf := make([]byte, 10)
	n, err := a.Recv(buf, 0)
	require.NoError(t, err)
	assert.Equal(t, "ok", string(buf[:n]))
	assert.True(t, sigint.Take())
	// A wait that starts with an interrupt pending ends at once.
	sigint.Raise()
	_, err = a.Recv(buf, 0)
	requireKI(t, err)
}

// TestBlockingSendSendsEverything: a blocking send(2) on a stream socket
// sends all its data, timeouts armed or not.
func TestBlockingSendSendsEverything(t *testing.T) {
	needInterrupts(t)
	a, b := blockingPair(t)
	data := make([]byte, 8<<20)
	got := drain(b, len(data), 64<<10, 0)
	n, err := a.Send(data, 0)
	require.NoError(t, err)
	assert.Equal(t, len(data), n)
	select {
	case total := <-got:
		assert.Equal(t, len(data), total)
	case <-time.After(bound):
		t.Fatal("reader did not finish")
	}
}

// TestBlockingSendSurvivesForeignSignals: signals that are not an
// interrupt (the Go runtime's preemption SIGURG, here sent to every thread
// while a slow reader drains the pair) cut send(2) short under the armed
// timeouts; a blocking send still returns only when all is sent.
func TestBlockingSendSurvivesForeignSignals(t *testing.T) {
	needInterrupts(t)
	a, b := blockingPair(t)
	data := make([]byte, 4<<20)
	stop := make(chan struct{})
	kicked := make(chan struct{})
	go func() {
		defer close(kicked)
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
				signalEveryThread()
			}
		}
	}()
	got := drain(b, len(data), 16<<10, 100*time.Microsecond)
	n, err := a.Send(data, 0)
	close(stop)
	<-kicked
	require.NoError(t, err)
	assert.Equal(t, len(data), n)
	select {
	case total := <-got:
		assert.Equal(t, len(data), total)
	case <-time.After(bound):
		t.Fatal("reader did not finish")
	}
}

// drain reads up to want bytes from s in chunks of chunk bytes, pausing
// before each read, and sends the count read on the channel it returns
// once it has them all or the socket ends or fails.
func drain(s *socket.Socket, want, chunk int, pause time.Duration) <-chan int {
	got := make(chan int, 1)
	go func() {
		buf := make([]byte, chunk)
		total := 0
		for total < want {
			time.Sleep(pause)
			n, err := s.Recv(buf, 0)
			if err != nil || n == 0 {
				break
			}
			total += n
		}
		got <- total
	}()
	return got
}

// signalEveryThread sends SIGURG, which Go's runtime ignores when it did
// not ask for it, to every thread of the process.
func signalEveryThread() {
	pid := syscall.Getpid()
	entries, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return
	}
	for _, e := range entries {
		if tid, err := strconv.Atoi(e.Name()); err == nil {
			_ = syscall.Tgkill(pid, tid, syscall.SIGURG)
		}
	}
}

// TestBlockingSendInterruptedAfterProgress: interrupted after sending
// some data, send returns the count (as send(2) does on a signal) and the
// interrupt stays pending, to be raised by the next check.
func TestBlockingSendInterruptedAfterProgress(t *testing.T) {
	needInterrupts(t)
	a, _ := blockingPair(t)
	data := make([]byte, 32<<20)
	type res struct {
		n   int
		err error
	}
	done := make(chan res, 1)
	go func() { n, err := a.Send(data, 0); done <- res{n, err} }()
	time.Sleep(50 * time.Millisecond)
	sigint.Raise()
	select {
	case r := <-done:
		require.NoError(t, r.err)
		assert.Greater(t, r.n, 0)
		assert.Less(t, r.n, len(data))
		assert.True(t, sigint.Pending())
	case <-time.After(bound):
		t.Fatal("send still blocked after the interrupt")
	}
}

// TestRecvWaitAll: MSG_WAITALL still fills the buffer in blocking mode.
func TestRecvWaitAll(t *testing.T) {
	needInterrupts(t)
	a, b := blockingPair(t)
	go func() {
		_, _ = b.Send([]byte("abc"), 0)
		time.Sleep(50 * time.Millisecond)
		_, _ = b.Send([]byte("defghij"), 0)
	}()
	buf := make([]byte, 10)
	n, err := a.Recv(buf, syscall.MSG_WAITALL)
	require.NoError(t, err)
	assert.Equal(t, "abcdefghij", string(buf[:n]))
}

// TestCallerDontwaitStillRaises: the caller's own MSG_DONTWAIT in blocking
// mode is BlockingIOError, as before.
func TestCallerDontwaitStillRaises(t *testing.T) {
	needInterrupts(t)
	a, _ := blockingPair(t)
	_, err := a.Recv(make([]byte, 1), syscall.MSG_DONTWAIT)
	errno, ok := socket.ErrnoOf(err)
	require.True(t, ok, "got %v", err)
	assert.Equal(t, syscall.EAGAIN, errno)
}

// storm sends SIGURG to every thread of the process every millisecond
// until the test ends: signals that are not SIGINT (the Go runtime's own,
// SIGCHLD, SIGWINCH...) make the armed system calls fail with EINTR too,
// and those must be retried.
func storm(t *testing.T) {
	t.Helper()
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		pid := os.Getpid()
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
			entries, err := os.ReadDir("/proc/self/task")
			if err != nil {
				return
			}
			for _, e := range entries {
				if tid, err := strconv.Atoi(e.Name()); err == nil {
					_ = syscall.Tgkill(pid, tid, syscall.SIGURG)
				}
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
}

// TestOtherSignalsAreRetried: EINTR without a pending interrupt changes
// nothing: recv, accept and sendall go on.
func TestOtherSignalsAreRetried(t *testing.T) {
	needInterrupts(t)
	storm(t)
	a, b := blockingPair(t)
	got := make(chan string, 1)
	go func() {
		buf := make([]byte, 10)
		n, err := a.Recv(buf, 0)
		if err != nil {
			got <- err.Error()
			return
		}
		got <- string(buf[:n])
	}()
	time.Sleep(50 * time.Millisecond)
	_, err := b.Send([]byte("ok"), 0)
	require.NoError(t, err)
	select {
	case s := <-got:
		assert.Equal(t, "ok", s)
	case <-time.After(bound):
		t.Fatal("recv never returned")
	}

	data := make([]byte, 8<<20)
	total := make(chan int, 1)
	go func() {
		buf := make([]byte, 64<<10)
		n := 0
		for n < len(data) {
			k, err := b.Recv(buf, 0)
			if err != nil || k == 0 {
				break
			}
			n += k
			time.Sleep(100 * time.Microsecond) // a slow reader: sendall blocks often
		}
		total <- n
	}()
	require.NoError(t, a.SendAll(data, 0))
	select {
	case n := <-total:
		assert.Equal(t, len(data), n)
	case <-time.After(4 * bound):
		t.Fatal("reader did not get everything")
	}
	assert.False(t, sigint.Pending())
}

// TestSocketsAreArmed: sockets made after Enable carry the long timeouts
// (New, accept, socketpair, dup alike).
func TestSocketsAreArmed(t *testing.T) {
	needInterrupts(t)
	a, b := blockingPair(t)
	d, err := a.Dup()
	require.NoError(t, err)
	defer d.Close()
	n, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer n.Close()
	for _, s := range []*socket.Socket{a, b, d, n} {
		for _, opt := range []int{syscall.SO_RCVTIMEO, syscall.SO_SNDTIMEO} {
			var tv syscall.Timeval
			l := uint32(unsafe.Sizeof(tv))
			_, _, e := syscall.Syscall6(syscall.SYS_GETSOCKOPT, uintptr(s.Fd()), syscall.SOL_SOCKET, uintptr(opt), uintptr(unsafe.Pointer(&tv)), uintptr(unsafe.Pointer(&l)), 0)
			require.Zero(t, e)
			assert.Greater(t, int64(tv.Sec), int64(365*24*3600), "fd %d option %d", s.Fd(), opt)
		}
	}
}
