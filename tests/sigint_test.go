package tests

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Ctrl-C: each test runs the interpreter on a script that prints "ready"
// and then blocks; the test sends SIGINT and requires the script's
// reaction within interruptBound. CPython 3.6 is the reference: a
// blocking call raises KeyboardInterrupt (with no arguments), an uncaught
// one prints a traceback ending in "KeyboardInterrupt" and exits 1.

// interruptBound is how long the interpreter may take to react to SIGINT.
const interruptBound = 5 * time.Second

// childSIGINTDefault makes sure the interpreters started here get SIGINT
// with its default disposition: a test process started with SIGINT
// ignored (a background job of a non-interactive shell) would pass the
// ignore on, and the interpreter, like CPython, would then keep ignoring
// it. A handled signal is reset to the default by exec.
var childSIGINTDefault = sync.OnceFunc(func() {
	if signal.Ignored(os.Interrupt) {
		signal.Notify(make(chan os.Signal, 1), os.Interrupt)
	}
})

// lockedBuffer is a buffer written by one goroutine while another may
// read it for a failure message.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) WriteString(s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.WriteString(s)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// interruptRun is a finished interrupted run.
type interruptRun struct {
	Stdout, Stderr string
	Code           int
	Elapsed        time.Duration // from SIGINT to exit
}

// runInterrupted runs src (written to a file; args follow it on the
// command line), waits for the line "ready", sends SIGINT and waits for
// the exit. Every wait is bounded; the process is killed on failure.
func runInterrupted(t *testing.T, src string, args ...string) interruptRun {
	t.Helper()
	childSIGINTDefault()
	path := filepath.Join(t.TempDir(), "interrupted.py")
	writeFile(t, path, src)
	cmd := exec.Command(binary, append([]string{path}, args...)...)
	cmd.Env = unbufferedEnv() // "ready" must reach the pipe before the script blocks
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	stderr := &lockedBuffer{}
	cmd.Stderr = stderr
	require.NoError(t, cmd.Start())
	exited := make(chan struct{})
	out := &lockedBuffer{}
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		seen := false
		for sc.Scan() {
			out.WriteString(sc.Text() + "\n")
			if !seen && sc.Text() == "ready" {
				seen = true
				close(ready)
			}
		}
		_ = cmd.Wait()
		close(exited)
	}()
	kill := func() {
		_ = cmd.Process.Kill()
		<-exited
	}
	select {
	case <-ready:
	case <-exited:
		t.Fatalf("exited before printing ready\nstdout: %s\nstderr: %s", out.String(), stderr.String())
	case <-time.After(20 * time.Second):
		kill()
		t.Fatalf("no ready line within 20s\nstdout: %s\nstderr: %s", out.String(), stderr.String())
	}
	// Let the script enter its blocking call.
	time.Sleep(200 * time.Millisecond)
	sent := time.Now()
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	select {
	case <-exited:
	case <-time.After(interruptBound):
		kill()
		t.Fatalf("still running %v after SIGINT\nstdout: %s\nstderr: %s", interruptBound, out.String(), stderr.String())
	}
	return interruptRun{Stdout: out.String(), Stderr: stderr.String(), Code: cmd.ProcessState.ExitCode(), Elapsed: time.Since(sent)}
}

// requireCaught checks a script that caught KeyboardInterrupt: exit 0 and
// the line it printed.
func requireCaught(t *testing.T, r interruptRun, line string) {
	t.Helper()
	require.Equal(t, 0, r.Code, "stdout: %s\nstderr: %s", r.Stdout, r.Stderr)
	assert.Contains(t, strings.Split(r.Stdout, "\n"), line, "stderr: %s", r.Stderr)
	assert.Less(t, r.Elapsed, interruptBound)
}

// caughtScript wraps setup and a blocking statement: the statement runs
// after "ready" inside try/except KeyboardInterrupt, which prints
// "interrupted <args>" and then proves that the interpreter goes on. A
// blocking statement that ends instead prints "not interrupted" and the
// value it left in result (the socket cases assign their call's result).
func caughtScript(setup, blocking string) string {
	return setup + `
print("ready")
result = None
try:
    ` + blocking + `
    print("not interrupted", repr(result)[:200])
except KeyboardInterrupt as e:
    print("interrupted", e.args)
print("after")
`
}

func TestSIGINTInterruptsTimeSleep(t *testing.T) {
	r := runInterrupted(t, caughtScript("import time", "time.sleep(30)"))
	requireCaught(t, r, "interrupted ()")
	assert.Contains(t, r.Stdout, "after\n")
}

// TestSIGINTUncaughtDuringSleep: CPython 3.6 prints the traceback, whose
// last line is "KeyboardInterrupt" alone, and exits with status 1.
func TestSIGINTUncaughtDuringSleep(t *testing.T) {
	r := runInterrupted(t, "import time\nprint('ready')\ntime.sleep(30)\nprint('not interrupted')\n")
	assert.Equal(t, 1, r.Code, "stderr: %s", r.Stderr)
	assert.True(t, strings.HasSuffix(r.Stderr, "\nKeyboardInterrupt\n"), "stderr: %q", r.Stderr)
	assert.True(t, strings.HasPrefix(r.Stderr, "Traceback (most recent call last):\n"), "stderr: %q", r.Stderr)
	assert.NotContains(t, r.Stdout, "not interrupted")
}

// TestSIGINTInterruptsPureLoop is Ctrl-C in code that never blocks, which
// only the evaluation loop can notice (vm's checkInterrupt: sigint.Pending
// at backward jumps and calls, then Take and raise sigint.Err()).
func TestSIGINTInterruptsPureLoop(t *testing.T) {
	loops := []struct{ name, setup, loop string }{
		{"while", "", "while True: pass"},
		{"for", "", "for i in range(10**12): pass"},
		{"calls", "def f(n):\n    return n", "while True: f(1)"},
	}
	for _, tc := range loops {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := runInterrupted(t, caughtScript(tc.setup, tc.loop))
			requireCaught(t, r, "interrupted ()")
			assert.Contains(t, r.Stdout, "after\n")
		})
	}
	t.Run("uncaught", func(t *testing.T) {
		t.Parallel()
		r := runInterrupted(t, "print('ready')\nwhile True: pass\n")
		assert.Equal(t, 1, r.Code, "stderr: %s", r.Stderr)
		assert.True(t, strings.HasSuffix(r.Stderr, "\nKeyboardInterrupt\n"), "stderr: %q", r.Stderr)
	})
}

// socketCases block in a socket or select call with a peer that never
// answers; each must raise KeyboardInterrupt and leave the socket usable.
var socketCases = []struct {
	name, setup, blocking, check string
}{
	{"recv", "import socket\na, b = socket.socketpair()", "a.recv(10)",
		`b.sendall(b"ok"); print("usable", a.recv(10) == b"ok")`},
	{"recv with timeout", "import socket\na, b = socket.socketpair()\na.settimeout(30)", "a.recv(10)",
		`b.sendall(b"ok"); print("usable", a.recv(10) == b"ok")`},
	{"recv_into", "import socket\na, b = socket.socketpair()\nbuf = bytearray(10)", "a.recv_into(buf)",
		`b.sendall(b"ok"); print("usable", a.recv_into(buf) == 2)`},
	{"recvfrom", "import socket\na, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)", "a.recvfrom(10)",
		`b.send(b"ok"); print("usable", a.recvfrom(10)[0] == b"ok")`},
	{"makefile readline", "import socket\na, b = socket.socketpair()\nf = a.makefile('rb')", "f.readline()",
		`b.sendall(b"ok\n"); print("usable", f.readline() == b"ok\n")`},
	{"sendall", "import socket\na, b = socket.socketpair()", `a.sendall(bytes(50000000))`,
		`print("usable", a.fileno() >= 0)`},
	{"accept", "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', 0))\nsrv.listen(1)", "srv.accept()",
		"c = socket.create_connection(srv.getsockname())\nconn, _ = srv.accept()\nprint('usable', conn.fileno() >= 0)"},
	{"select", "import socket, select\na, b = socket.socketpair()", "select.select([a], [], [])",
		`b.sendall(b"ok"); print("usable", select.select([a], [], [], 5)[0] == [a])`},
	{"select nothing", "import select", "select.select([], [], [])", `print("usable", True)`},
	{"poll", "import socket, select\na, b = socket.socketpair()\np = select.poll()\np.register(a, select.POLLIN)", "p.poll()",
		`b.sendall(b"ok"); print("usable", len(p.poll(5000)) == 1)`},
}

func TestSIGINTInterruptsSocketCalls(t *testing.T) {
	for _, tc := range socketCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := runInterrupted(t, caughtScript(tc.setup, "result = "+tc.blocking)+tc.check+"\n")
			requireCaught(t, r, "interrupted ()")
			assert.Contains(t, r.Stdout, "usable True\n", "stderr: %s", r.Stderr)
		})
	}
}

// TestSIGINTInterruptsConnect: a TCP connect to a listener whose accept
// queue is full gets no answer (the kernel drops the SYN), so connect
// blocks until Ctrl-C.
func TestSIGINTInterruptsConnect(t *testing.T) {
	src := `import socket, time
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(0)
first = socket.create_connection(srv.getsockname(), 5)
time.sleep(0.2)
c = socket.socket()
print("ready")
try:
    c.connect(srv.getsockname())
    print("connected")
except KeyboardInterrupt as e:
    print("interrupted", e.args, c.gettimeout())
`
	r := runInterrupted(t, src)
	if strings.Contains(r.Stdout, "connected\n") {
		t.Skip("the kernel accepted a connection beyond the full backlog: no peer that never answers")
	}
	requireCaught(t, r, "interrupted () None")
}

// tlsPairSetup makes c (client) and s (server) TLS sockets over a
// socketpair, handshaken in non-blocking mode within the script, then
// both blocking. argv[1] is the server's cert+key file.
const tlsPairSetup = `import socket, ssl, sys
a, b = socket.socketpair()
cctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
sctx.load_cert_chain(sys.argv[1])
c = cctx.wrap_socket(a, do_handshake_on_connect=False)
s = sctx.wrap_socket(b, server_side=True, do_handshake_on_connect=False)
c.setblocking(False)
s.setblocking(False)
done = [False, False]
while not (done[0] and done[1]):
    for i in (0, 1):
        if not done[i]:
            try:
                (c, s)[i].do_handshake()
                done[i] = True
            except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                pass
c.setblocking(True)
s.setblocking(True)
`

// sslCases block in an SSLSocket call whose peer never answers.
var sslCases = []struct {
	name, setup, blocking, check string
}{
	{"do_handshake", `import socket, ssl
a, b = socket.socketpair()
c = ssl.SSLContext(ssl.PROTOCOL_TLS).wrap_socket(a, do_handshake_on_connect=False)`,
		"c.do_handshake()", `print("usable", c.fileno() >= 0)`},
	{"read", tlsPairSetup, "c.read(10)",
		`s.write(b"ok"); print("usable", c.read(10) == b"ok")`},
	{"recv", tlsPairSetup, "c.recv(10)",
		`s.sendall(b"ok"); print("usable", c.recv(10) == b"ok")`},
	{"read with timeout", tlsPairSetup + "c.settimeout(30)\n", "c.read(10)",
		`s.write(b"ok"); print("usable", c.read(10) == b"ok")`},
	{"sendall", tlsPairSetup, `c.sendall(bytes(50000000))`,
		`print("usable", c.fileno() >= 0)`},
	{"unwrap", tlsPairSetup, "c.unwrap()", `print("usable", c.fileno() >= 0)`},
	{"accept", `import socket, ssl, sys
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
ctx.load_cert_chain(sys.argv[1])
srv = ctx.wrap_socket(socket.socket(), server_side=True)
srv.bind(('127.0.0.1', 0))
srv.listen(1)`, "srv.accept()", `print("usable", srv.fileno() >= 0)`},
	{"server handshake", `import socket, ssl, sys
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
ctx.load_cert_chain(sys.argv[1])
srv = ctx.wrap_socket(socket.socket(), server_side=True)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
peer = socket.create_connection(srv.getsockname())`, "srv.accept()", `print("usable", srv.fileno() >= 0)`},
}

func TestSIGINTInterruptsSSLCalls(t *testing.T) {
	certfile := testPKI(t).RSA
	for _, tc := range sslCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := runInterrupted(t, caughtScript(tc.setup, tc.blocking)+tc.check+"\n", certfile)
			requireCaught(t, r, "interrupted ()")
			assert.Contains(t, r.Stdout, "usable True\n", "stderr: %s", r.Stderr)
		})
	}
}

// TestSIGINTIgnoredAtStartStaysIgnored: like CPython, an interpreter
// started with SIGINT ignored (nohup-style background jobs) keeps
// ignoring it instead of raising KeyboardInterrupt.
func TestSIGINTIgnoredAtStartStaysIgnored(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh to start the interpreter with SIGINT ignored")
	}
	path := filepath.Join(t.TempDir(), "ignored.py")
	writeFile(t, path, "import time\nprint('ready')\ntry:\n    time.sleep(1)\n    print('slept')\nexcept KeyboardInterrupt:\n    print('interrupted')\n")
	cmd := exec.Command(sh, "-c", `trap "" INT; exec "$0" "$1"`, binary, path)
	cmd.Env = unbufferedEnv()
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	lines := make(chan string, 10)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	select {
	case l := <-lines:
		require.Equal(t, "ready", l)
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("no ready line")
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	var rest []string
	timeout := time.After(10 * time.Second)
	for done := false; !done; {
		select {
		case l, ok := <-lines:
			if !ok {
				done = true
				break
			}
			rest = append(rest, l)
		case <-timeout:
			_ = cmd.Process.Kill()
			t.Fatal("did not finish its 1s sleep")
		}
	}
	require.NoError(t, cmd.Wait())
	assert.Equal(t, []string{"slept"}, rest)
}

// TestSIGINTDuringOSSystemIsDropped: system(3) ignores SIGINT in the
// caller while the command runs, so CPython's script goes on without a
// KeyboardInterrupt after os.system returns.
func TestSIGINTDuringOSSystemIsDropped(t *testing.T) {
	childSIGINTDefault()
	path := filepath.Join(t.TempDir(), "system.py")
	writeFile(t, path, `import os, time
r = os.system('kill -INT $PPID; sleep 0.3')
print("returned", r)
try:
    time.sleep(0.5)
    print("no interrupt pending")
except KeyboardInterrupt:
    print("interrupt was pending")
`)
	r := runCmd(t, 20*time.Second, binary, path)
	require.Equal(t, 0, r.Code, "stderr: %s", r.Stderr)
	assert.Equal(t, "returned 0\nno interrupt pending\n", r.Stdout)
}

// Ctrl-C with other threads running reaches the main thread, as in
// CPython: in a lock wait, in a sleep, in a socket call and in pure
// bytecode, while a busy thread and a thread blocked in recv run beside
// it; the other threads never see KeyboardInterrupt.
func TestSIGINTReachesMainThread(t *testing.T) {
	setup := `import _thread, time, socket
a, b = socket.socketpair()
def busy():
    n = 0
    while True:
        n += 1
def blocked():
    try:
        a.recv(10)
    except KeyboardInterrupt:
        print("KeyboardInterrupt in a thread")
_thread.start_new_thread(busy, ())
_thread.start_new_thread(blocked, ())
held = _thread.allocate_lock()
held.acquire()
c, d = socket.socketpair()
`
	cases := []struct{ name, blocking string }{
		{"lock wait", "held.acquire()"},
		{"lock wait with timeout", "held.acquire(timeout=60)"},
		{"sleep", "time.sleep(60)"},
		{"recv", "c.recv(10)"},
		{"loop", "while True: pass"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := runInterrupted(t, caughtScript(setup, tc.blocking)+"import os\nos._exit(0)\n")
			requireCaught(t, r, "interrupted ()")
			assert.Contains(t, r.Stdout, "after\n")
			assert.NotContains(t, r.Stdout, "in a thread")
		})
	}
}

// unbufferedEnv is the environment with PYTHONUNBUFFERED=1: off a
// terminal the interpreter's stdout is block-buffered, as CPython's, and
// these scripts print "ready" and then block.
func unbufferedEnv() []string {
	return append(os.Environ(), "PYTHONUNBUFFERED=1")
}
