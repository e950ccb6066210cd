package sigint

import (
	"errors"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/petermattis/goid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bound is how long any wait in these tests may take before the test
// fails instead of hanging.
const bound = 5 * time.Second

// reset leaves no interrupt pending for the next test.
func reset(t *testing.T) {
	t.Helper()
	mainG.Store(0) // each test runs on a goroutine of its own
	Take()
	t.Cleanup(func() { Take() })
}

// readable polls FD without waiting.
func readable(t *testing.T) bool {
	t.Helper()
	fd := FD()
	require.GreaterOrEqual(t, fd, 0)
	pfd := struct {
		fd             int32
		events, revent int16
	}{int32(fd), 1, 0} // POLLIN
	var ts syscall.Timespec
	for {
		n, _, e := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&pfd)), 1, uintptr(unsafe.Pointer(&ts)), 0, 0, 0)
		if e == syscall.EINTR {
			continue // the runtime's preemption signal (SIGURG) can land in it
		}
		require.Zero(t, e)
		return n == 1
	}
}

// pollFD waits for FD to become readable, at most d (forever when d < 0).
func pollFD(t *testing.T, d time.Duration) bool {
	t.Helper()
	pfd := struct {
		fd             int32
		events, revent int16
	}{int32(FD()), 1, 0}
	var tsp uintptr
	ts := syscall.NsecToTimespec(int64(d))
	if d >= 0 {
		tsp = uintptr(unsafe.Pointer(&ts))
	}
	for {
		n, _, e := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&pfd)), 1, tsp, 0, 0, 0)
		if e == syscall.EINTR {
			continue
		}
		require.Zero(t, e)
		return n == 1
	}
}

func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

func TestEnableGivesFD(t *testing.T) {
	Enable()
	Enable() // twice is fine
	assert.True(t, Enabled())
	assert.GreaterOrEqual(t, FD(), 0)
}

func TestRaiseTakeCheck(t *testing.T) {
	Enable()
	reset(t)
	assert.False(t, Pending())
	assert.False(t, Take())
	assert.NoError(t, Check())

	Raise()
	assert.True(t, Pending())
	Raise() // not counted
	assert.True(t, Take())
	assert.False(t, Pending())
	assert.False(t, Take(), "a second Take of one interrupt")

	Raise()
	err := Check()
	require.Error(t, err)
	assert.True(t, IsKeyboardInterrupt(err))
	assert.NoError(t, Check())
}

func TestErrIsBareKeyboardInterrupt(t *testing.T) {
	e := Err()
	assert.Same(t, py.KeyboardInterrupt, e.Type())
	assert.Equal(t, py.Tuple{}, e.Args)
	assert.NotSame(t, e, Err(), "a new exception each time")
	assert.True(t, IsKeyboardInterrupt(e))
	assert.True(t, IsKeyboardInterrupt(py.ExceptionInfo{Type: py.KeyboardInterrupt, Value: e}))
	assert.False(t, IsKeyboardInterrupt(py.ExceptionNewf(py.OSError, "x")))
	assert.False(t, IsKeyboardInterrupt(errors.New("x")))
	assert.False(t, IsKeyboardInterrupt(nil))
}

// TestDoneNoLostWakeup: an interrupt raised before the wait starts, or
// between Done and the select, still ends the wait.
func TestDoneNoLostWakeup(t *testing.T) {
	reset(t)
	// Raised before Done: Done is already closed.
	Raise()
	assert.True(t, isClosed(Done()))
	// Raised between Done and the wait: the channel obtained earlier is
	// the one that is closed.
	require.True(t, Take())
	ch := Done()
	assert.False(t, isClosed(ch))
	Raise()
	select {
	case <-ch:
	case <-time.After(bound):
		t.Fatal("wake-up lost")
	}
	require.True(t, Take())
}

// TestDoneRearms: after Take, Done is a fresh open channel that the next
// interrupt closes, any number of times.
func TestDoneRearms(t *testing.T) {
	reset(t)
	for i := 0; i < 3; i++ {
		ch := Done()
		require.False(t, isClosed(ch), "round %d: Done closed with nothing pending", i)
		go Raise()
		select {
		case <-ch:
		case <-time.After(bound):
			t.Fatalf("round %d: not woken", i)
		}
		require.True(t, Take(), "round %d", i)
	}
	// A channel closed by an interrupt that someone else took stays
	// closed; Done itself is open again.
	ch := Done()
	Raise()
	require.True(t, Take())
	assert.True(t, isClosed(ch))
	assert.False(t, isClosed(Done()))
}

// TestFDFollowsPending: FD is readable exactly while an interrupt is
// pending, so a poll that starts after the signal returns at once and a
// taken interrupt leaves nothing behind.
func TestFDFollowsPending(t *testing.T) {
	Enable()
	reset(t)
	assert.False(t, readable(t))
	Raise()
	assert.True(t, readable(t))
	Raise()
	assert.True(t, readable(t))
	require.True(t, Take())
	assert.False(t, readable(t), "drained by Take")
	// A poll already blocked wakes up.
	go func() {
		time.Sleep(20 * time.Millisecond)
		Raise()
	}()
	assert.True(t, pollFD(t, bound))
	require.True(t, Take())
	assert.False(t, readable(t))
}

// TestConcurrentWaitersNoLostWakeup hammers Raise against consumers that
// wait without a timeout, on Done or on FD, and then Take: every interrupt
// must be taken exactly once, and no consumer may sleep through a pending
// one (the round would then never be acknowledged).
func TestConcurrentWaitersNoLostWakeup(t *testing.T) {
	Enable()
	for _, useFD := range []bool{false, true} {
		name := "Done"
		if useFD {
			name = "FD"
		}
		t.Run(name, func(t *testing.T) {
			reset(t)
			const rounds = 2000
			var taken atomic.Int64
			var stopping atomic.Bool
			ack := make(chan struct{}, 1)
			var wg sync.WaitGroup
			consumer := func() {
				defer wg.Done()
				for !stopping.Load() {
					if useFD {
						pollFD(t, -1)
					} else {
						<-Done()
					}
					if Take() {
						taken.Add(1)
						ack <- struct{}{}
					}
				}
			}
			wg.Add(2)
			go consumer()
			go consumer()
			for i := 0; i < rounds; i++ {
				Raise()
				select {
				case <-ack:
				case <-time.After(bound):
					t.Fatalf("round %d: interrupt never taken", i)
				}
			}
			stopping.Store(true)
			// Wake the consumers until both have returned.
			done := make(chan struct{})
			go func() { wg.Wait(); close(done) }()
			for finished := false; !finished; {
				Raise()
				select {
				case <-done:
					finished = true
				case <-ack:
					taken.Add(-1) // a wake-up round, not counted
				case <-time.After(time.Millisecond):
				}
			}
			// A consumer may have taken a wake-up round and left its ack
			// in the buffer just before returning: done and ack were
			// both ready, and select chose done.
			select {
			case <-ack:
				taken.Add(-1)
			default:
			}
			Take()
			assert.Equal(t, int64(rounds), taken.Load())
		})
	}
}

// TestInstallDeliversSIGINT sends a real SIGINT to the test process: after
// Install it sets the flag instead of killing the process.
func TestInstallDeliversSIGINT(t *testing.T) {
	if signal.Ignored(os.Interrupt) {
		t.Skip("the test process was started with SIGINT ignored; Install keeps ignoring it, as CPython does")
	}
	Install()
	Install()
	reset(t)
	if !Enabled() {
		t.Fatal("Install did not enable")
	}
	ch := Done()
	require.NoError(t, syscall.Kill(syscall.Getpid(), syscall.SIGINT))
	select {
	case <-ch:
	case <-time.After(bound):
		t.Fatal("SIGINT not delivered (was the test started with SIGINT ignored?)")
	}
	assert.True(t, Pending())
	assert.True(t, readable(t))
	err := Check()
	assert.True(t, IsKeyboardInterrupt(err))
	assert.False(t, readable(t))
}

// TestRaiseKicksBlockedSyscall: a thread blocked in recv(2) on a socket
// with a receive timeout (which makes the kernel fail the call with EINTR
// instead of restarting it) is woken by the SIGURG that Raise sends, and
// the kicks stop once the interrupt is taken.
func TestRaiseKicksBlockedSyscall(t *testing.T) {
	Enable()
	reset(t)
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	require.NoError(t, err)
	defer syscall.Close(fds[0])
	defer syscall.Close(fds[1])
	tv := syscall.NsecToTimeval(int64(time.Hour))
	require.NoError(t, syscall.SetsockoptTimeval(fds[0], syscall.SOL_SOCKET, syscall.SO_RCVTIMEO, &tv))
	done := make(chan error, 1)
	go func() {
		buf := make([]byte, 1)
		for {
			_, _, e := syscall.Syscall6(syscall.SYS_RECVFROM, uintptr(fds[0]), uintptr(unsafe.Pointer(&buf[0])), 1, 0, 0, 0)
			if e == syscall.EINTR && !Pending() {
				continue // not ours (the Go runtime's own signals)
			}
			done <- e
			return
		}
	}()
	select {
	case e := <-done:
		t.Fatalf("recv returned before the interrupt: %v", e)
	case <-time.After(50 * time.Millisecond):
	}
	Raise()
	select {
	case e := <-done:
		assert.Equal(t, syscall.EINTR, e)
	case <-time.After(bound):
		t.Fatal("recv not interrupted")
	}
	require.True(t, Take())
	deadline := time.Now().Add(bound)
	for kicking.Load() {
		require.True(t, time.Now().Before(deadline), "still kicking after Take")
		time.Sleep(time.Millisecond)
	}
}

// After Install, only the goroutine that called it takes the interrupt
// (the main thread, as CPython runs signal handlers there); the others
// neither take it nor wake for it.
func TestInterruptBelongsToMainGoroutine(t *testing.T) {
	Enable()
	reset(t)
	mainG.Store(goid.Get())
	Raise()
	other := make(chan [3]bool)
	go func() {
		other <- [3]bool{Take(), Done() == nil, FD() == -1}
	}()
	got := <-other
	assert.Equal(t, [3]bool{false, true, true}, got, "another goroutine: Take false, Done nil, FD -1")
	assert.True(t, Pending())
	assert.True(t, Take(), "the main goroutine takes it")
}
