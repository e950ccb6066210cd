package _ssl

import (
	"errors"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// opEnableKTLS is OP_ENABLE_KTLS from the constants table (0 if this
// OpenSSL has none).
func opEnableKTLS() uint64 {
	for _, c := range Constants() {
		if c.Name == "OP_ENABLE_KTLS" {
			return uint64(c.Value)
		}
	}
	return 0
}

// fdFlags is the descriptor's F_GETFL value.
func fdFlags(t *testing.T, fd int) uintptr {
	t.Helper()
	f, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	require.Zero(t, e)
	return f
}

// fdPair is a client and a server connection over the two ends of a
// blocking socketpair, handshaken.
func fdPair(t *testing.T, clientOpts uint64) (client, server *Conn, cfd, sfd int) {
	t.Helper()
	pki := testPKI(t)
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	t.Cleanup(func() {
		syscall.Close(fds[0])
		syscall.Close(fds[1])
	})
	cctx := newClientCtx(t, ProtocolTLSClient, pki.caFile)
	if clientOpts != 0 {
		o, err := cctx.Options()
		require.NoError(t, err)
		require.NoError(t, cctx.SetOptions(o|clientOpts))
	}
	sctx := newServerCtx(t, ProtocolTLSServer, pki.server)
	client, err = NewConn(cctx, ConnConfig{FD: fds[0], Hostname: "localhost", CheckHostname: true})
	require.NoError(t, err)
	server, err = NewConn(sctx, ConnConfig{FD: fds[1], ServerSide: true})
	require.NoError(t, err)
	t.Cleanup(func() {
		client.Close()
		server.Close()
	})
	var wg sync.WaitGroup
	var serr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		serr = server.Handshake()
	}()
	require.NoError(t, client.Handshake())
	wg.Wait()
	require.NoError(t, serr)
	return client, server, fds[0], fds[1]
}

// TestFDConnStepsDoNotBlockWhileThreaded: while Python threads run, a
// read on a blocking socket with nothing to read reports want-read at
// once (the caller then waits with no lock held), and the descriptor's
// flags, which scripts can read with fcntl, stay as they were: our BIO
// passes MSG_DONTWAIT instead of flipping O_NONBLOCK around each step
// (three fcntl calls a step). With OP_ENABLE_KTLS the connection keeps
// OpenSSL's own socket BIO and the flag is flipped and restored.
func TestFDConnStepsDoNotBlockWhileThreaded(t *testing.T) {
	cases := []struct {
		name   string
		opts   uint64
		ownBIO bool
	}{
		{"own BIO", 0, true},
		{"kTLS asked: OpenSSL's socket BIO", opEnableKTLS(), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.opts == 0 && !tc.ownBIO {
				t.Skip("this OpenSSL has no OP_ENABLE_KTLS")
			}
			client, server, cfd, _ := fdPair(t, tc.opts)
			assert.Equal(t, tc.ownBIO, client.ownBIO)
			assert.True(t, server.ownBIO)
			before := fdFlags(t, cfd)
			require.Zero(t, before&syscall.O_NONBLOCK)

			gil.ThreadStarted()
			defer gil.ThreadEnded()

			// A sampler watches the client's flags during the steps.
			var sawNonblock atomic.Bool
			stop := make(chan struct{})
			done := make(chan struct{})
			go func() {
				defer close(done)
				for {
					select {
					case <-stop:
						return
					default:
					}
					f, _, _ := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(cfd), syscall.F_GETFL, 0)
					if f&syscall.O_NONBLOCK != 0 {
						sawNonblock.Store(true)
					}
				}
			}()
			buf := make([]byte, 64)
			deadline := time.Now().Add(5 * time.Second)
			for i := 0; i < 300 && time.Now().Before(deadline); i++ {
				start := time.Now()
				_, err := client.Read(buf)
				var se *Error
				require.True(t, errors.As(err, &se), "read %d: %v", i, err)
				require.Equal(t, KindWantRead, se.Kind)
				require.Less(t, time.Since(start), 2*time.Second)
				// Data both ways still flows through the same steps.
				if i%50 == 0 {
					n, err := server.Write([]byte("ping"))
					require.NoError(t, err)
					require.Equal(t, 4, n)
					n, err = client.Read(buf)
					require.NoError(t, err)
					require.Equal(t, "ping", string(buf[:n]))
				}
			}
			close(stop)
			<-done
			assert.Equal(t, before, fdFlags(t, cfd), "flags restored")
			if tc.ownBIO {
				assert.False(t, sawNonblock.Load(), "O_NONBLOCK was set on the descriptor during a step")
			}
		})
	}
}
