package socket

import (
	"runtime"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pollReadyWith runs Poll (timeout as given) on a descriptor that is
// already readable, with one runnable goroutine waiting for the only P,
// and reports whether that goroutine ran before Poll returned.
func pollReadyWith(t *testing.T, threaded bool, timeout time.Duration) bool {
	t.Helper()
	var fds [2]int
	require.NoError(t, syscall.Pipe(fds[:]))
	defer syscall.Close(fds[0])
	defer syscall.Close(fds[1])
	_, err := syscall.Write(fds[1], []byte("x"))
	require.NoError(t, err)
	if threaded {
		gil.ThreadStarted()
		defer gil.ThreadEnded()
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var ran atomic.Bool
	done := make(chan struct{})
	go func() { ran.Store(true); close(done) }()
	n, err := Poll([]PollFd{{Fd: int32(fds[0]), Events: POLLIN}}, timeout)
	before := ran.Load()
	<-done
	require.NoError(t, err)
	require.Equal(t, 1, n)
	return before
}

// A wait in poll(2) passes through the Go scheduler first while Python
// threads run (yieldBeforeWait), so a thread that only ever waits and
// runs still starts new time slices; single-threaded programs, and polls
// that do not wait, go straight to the system call.
func TestPollYieldsWhileThreaded(t *testing.T) {
	for _, c := range []struct {
		name     string
		threaded bool
		timeout  time.Duration
		yields   bool
	}{
		{"threaded wait", true, time.Second, true},
		{"threaded forever", true, -1, true},
		{"threaded no wait", true, 0, false},
		{"single-threaded wait", false, time.Second, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.yields, pollReadyWith(t, c.threaded, c.timeout))
		})
	}
}
