package tests

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// freePort returns a port that was free a moment ago on 127.0.0.1.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

// process is a peer running in the background; Wait collects its output.
type process struct {
	cmd    *exec.Cmd
	cancel context.CancelFunc
	lines  chan string
	done   chan struct{}
	mu     sync.Mutex
	output []string
}

// startProcess runs name with args, bounded by timeout, and streams its
// stdout lines. The process is killed when the test ends.
func startProcess(t testing.TB, timeout time.Duration, name string, args ...string) *process {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	cmd := exec.CommandContext(ctx, name, args...)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = io.Discard
	if testing.Verbose() {
		cmd.Stderr = os.Stderr
	}
	cmd.Stdin = strings.NewReader("")
	require.NoError(t, cmd.Start())
	p := &process{cmd: cmd, cancel: cancel, lines: make(chan string, 100), done: make(chan struct{})}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			p.mu.Lock()
			p.output = append(p.output, line)
			p.mu.Unlock()
			select {
			case p.lines <- line:
			default:
			}
		}
		_ = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		cancel()
		<-p.done
	})
	return p
}

// waitLine waits for a stdout line with prefix and returns it.
func (p *process) waitLine(t testing.TB, prefix string, timeout time.Duration) string {
	t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case line := <-p.lines:
			if strings.HasPrefix(line, prefix) {
				return line
			}
		case <-p.done:
			t.Fatalf("peer exited before printing %q; output: %q", prefix, p.Output())
		case <-deadline:
			t.Fatalf("peer did not print %q within %v; output: %q", prefix, timeout, p.Output())
		}
	}
}

// Wait waits for the process to exit (bounded) and returns its output.
func (p *process) Wait(t testing.TB, timeout time.Duration) []string {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(timeout):
		p.cancel()
		<-p.done
		t.Fatalf("peer did not exit within %v; output: %q", timeout, p.Output())
	}
	return p.Output()
}

// Output is what the process printed so far.
func (p *process) Output() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.output...)
}

// opensslServer starts `openssl s_server` in echo-reversed mode for n
// connections and returns its port.
func opensslServer(t testing.TB, n int, args ...string) int {
	t.Helper()
	bin := needOpenSSL(t)
	port := freePort(t)
	full := append([]string{"s_server", "-accept", strconv.Itoa(port), "-naccept", strconv.Itoa(n), "-rev"}, args...)
	p := startProcess(t, 60*time.Second, bin, full...)
	p.waitLine(t, "ACCEPT", 10*time.Second)
	return port
}

// scriptServer runs tests/scripts/tls_server.py under an interpreter and
// returns its port and the process.
func scriptServer(t testing.TB, interpreter string, args ...string) (int, *process) {
	t.Helper()
	p := startProcess(t, 60*time.Second, interpreter, append([]string{script("tls_server.py")}, args...)...)
	line := p.waitLine(t, "PORT ", 20*time.Second)
	port, err := strconv.Atoi(strings.TrimPrefix(line, "PORT "))
	require.NoError(t, err)
	return port, p
}

// goServerConfig describes a crypto/tls echo server.
type goServerConfig struct {
	certfile      string
	cafile        string // for client certificates
	requireClient bool
	maxVersion    uint16
}

// goTLSServer serves n connections with crypto/tls, echoing one line,
// and reports each handshake's error (nil for success) on the channel.
func goTLSServer(t testing.TB, n int, cfg goServerConfig) (int, <-chan error) {
	t.Helper()
	cert, err := tls.LoadX509KeyPair(cfg.certfile, cfg.certfile)
	require.NoError(t, err)
	conf := &tls.Config{Certificates: []tls.Certificate{cert}, MaxVersion: cfg.maxVersion}
	if cfg.requireClient {
		pool := x509.NewCertPool()
		data, err := os.ReadFile(cfg.cafile)
		require.NoError(t, err)
		pool.AppendCertsFromPEM(data)
		conf.ClientCAs = pool
		conf.ClientAuth = tls.RequireAndVerifyClientCert
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	results := make(chan error, n)
	go func() {
		defer l.Close()
		for i := 0; i < n; i++ {
			_ = l.(*net.TCPListener).SetDeadline(time.Now().Add(30 * time.Second))
			c, err := l.Accept()
			if err != nil {
				results <- err
				return
			}
			func() {
				defer c.Close()
				_ = c.SetDeadline(time.Now().Add(20 * time.Second))
				tc := tls.Server(c, conf)
				if err := tc.Handshake(); err != nil {
					results <- err
					return
				}
				line, err := bufio.NewReader(tc).ReadString('\n')
				if err == nil {
					_, err = tc.Write([]byte(line))
				}
				results <- err
			}()
		}
	}()
	t.Cleanup(func() { l.Close() })
	return l.Addr().(*net.TCPAddr).Port, results
}

// goTLSClient connects with crypto/tls, sends one line and returns the
// reply (or the error).
func goTLSClient(port int, cafile, certfile, serverName string, maxVersion uint16) (string, error) {
	pool := x509.NewCertPool()
	data, err := os.ReadFile(cafile)
	if err != nil {
		return "", err
	}
	pool.AppendCertsFromPEM(data)
	conf := &tls.Config{RootCAs: pool, ServerName: serverName, MaxVersion: maxVersion}
	if certfile != "" {
		cert, err := tls.LoadX509KeyPair(certfile, certfile)
		if err != nil {
			return "", err
		}
		conf.Certificates = []tls.Certificate{cert}
	}
	d := &net.Dialer{Timeout: 10 * time.Second}
	c, err := tls.DialWithDialer(d, "tcp", fmt.Sprintf("127.0.0.1:%d", port), conf)
	if err != nil {
		return "", err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(20 * time.Second))
	if _, err := c.Write([]byte("hello from Go\n")); err != nil {
		return "", err
	}
	return bufio.NewReader(c).ReadString('\n')
}
