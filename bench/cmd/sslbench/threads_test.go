package main

import (
	"crypto/tls"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// threadsBench is a bench with fresh certificates and no interpreters.
func threadsBench(t *testing.T) (*bench, *tls.Config) {
	cs, err := newCertSet(t.TempDir())
	require.NoError(t, err)
	srv := newGoServer(cs)
	t.Cleanup(srv.Close)
	b := &bench{srv: srv, certs: cs}
	cfg, err := b.clientTLS()
	require.NoError(t, err)
	return b, cfg
}

// goHTTPS serves h over TLS 1.3 with the bench's ECDSA leaf on 127.0.0.1.
func goHTTPS(t *testing.T, b *bench, h http.HandlerFunc) string {
	l, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{b.certs.Leaf[certECDSA]}})
	require.NoError(t, err)
	s := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	return l.Addr().String()
}

// TestRunLoad drives the load generator against Go stand-ins for the two
// Python servers: the counts, the rate and the connection state come back.
func TestRunLoad(t *testing.T) {
	b, cfg := threadsBench(t)
	keepAlive := goHTTPS(t, b, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hello") })
	greet, err := b.srv.addr(serverKey{Version: tls.VersionTLS13, Cert: certECDSA, Mode: modeGreet})
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		addr string
		kind loadKind
	}{{"keep-alive", keepAlive, loadKeepAlive}, {"handshake", greet, loadHandshake}} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := runLoad(loadSpec{Addr: tc.addr, Clients: 3, Kind: tc.kind, Count: 20, MaxTime: 10 * time.Second, TLS: cfg,
				CPU: func() (time.Duration, bool) { return procCPU(os.Getpid()) }})
			require.NoError(t, err)
			assert.Equal(t, int64(20), res.Ops)
			assert.Greater(t, res.Rate(), 0.0)
			assert.Equal(t, uint16(tls.VersionTLS13), res.Version)
			assert.True(t, res.CPUOK)
		})
	}
	// A time bound stops an endless count.
	res, err := runLoad(loadSpec{Addr: keepAlive, Clients: 2, Kind: loadKeepAlive, Count: 1 << 40, MaxTime: 200 * time.Millisecond, TLS: cfg})
	require.NoError(t, err)
	assert.Less(t, res.Elapsed, 5*time.Second)
	assert.Greater(t, res.Ops, int64(0))
}

// TestRunLoadErrors checks that a server breaking the protocol fails the run.
func TestRunLoadErrors(t *testing.T) {
	b, cfg := threadsBench(t)
	closing := goHTTPS(t, b, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Connection", "close")
		io.WriteString(w, "bye")
	})
	_, err := runLoad(loadSpec{Addr: closing, Clients: 1, Kind: loadKeepAlive, Count: 5, MaxTime: 5 * time.Second, TLS: cfg})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "closed a keep-alive connection")
	notFound := goHTTPS(t, b, http.NotFound)
	_, err = runLoad(loadSpec{Addr: notFound, Clients: 1, Kind: loadKeepAlive, Count: 5, MaxTime: 5 * time.Second, TLS: cfg})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "404")
	// The Go server's http mode answers HTTP/1.0 and closes.
	hs, err := b.srv.addr(serverKey{Version: tls.VersionTLS13, Cert: certECDSA, Mode: modeHTTP})
	require.NoError(t, err)
	_, err = runLoad(loadSpec{Addr: hs, Clients: 1, Kind: loadKeepAlive, Count: 5, MaxTime: 5 * time.Second, TLS: cfg})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "closed a keep-alive connection")
	_, err = runLoad(loadSpec{Addr: closing, Clients: 0, Count: 1, MaxTime: time.Second, TLS: cfg})
	assert.Error(t, err)
}

// TestStartPyServerFailures uses sh as the "interpreter".
func TestStartPyServerFailures(t *testing.T) {
	sh := lookInterp("sh", "sh")
	if sh.Missing != "" {
		t.Skip(sh.Missing)
	}
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	_, err := startPyServer(sh, write("crash.sh", "echo 'ImportError: no module named ssl' >&2; exit 1\n"), nil, 5*time.Second)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ImportError: no module named ssl")
	_, err = startPyServer(sh, write("silent.sh", "exec sleep 5\n"), nil, 100*time.Millisecond)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no PORT line")
	_, err = startPyServer(sh, write("bad.sh", "echo PORT 0; exec sleep 5\n"), nil, 5*time.Second)
	require.Error(t, err)
	s, err := startPyServer(sh, write("ok.sh", "echo PORT 4242; exec sleep 5\n"), nil, 5*time.Second)
	require.NoError(t, err)
	assert.Equal(t, "127.0.0.1:4242", s.Addr())
	_, ok := s.CPU()
	assert.True(t, ok)
	s.stop()
}

func TestProcCPU(t *testing.T) {
	d, ok := procCPU(os.Getpid())
	require.True(t, ok)
	assert.GreaterOrEqual(t, d, time.Duration(0))
	_, ok = procCPU(-1)
	assert.False(t, ok)
}

func TestPairedRatio(t *testing.T) {
	g := outcome{Values: []float64{100, 300, 50}, Median: 100}
	c := outcome{Values: []float64{200, 100, 100}, Median: 100}
	assert.Equal(t, "0.50x", pairedRatio(g, c)) // ratios 0.5, 3, 0.5
	assert.Equal(t, "-", pairedRatio(g, outcome{Err: "boom"}))
	assert.Equal(t, "-", pairedRatio(g, outcome{Values: []float64{1}, Median: 1}))
}

func TestScalingNote(t *testing.T) {
	rates := map[int][2]outcome{
		1: {{Values: []float64{100}, Median: 100}, {Err: "boom"}},
		2: {{Values: []float64{180}, Median: 180}, {Err: "boom"}},
		8: {{Values: []float64{150}, Median: 150}, {Err: "boom"}},
	}
	n := scalingNote("x", rates)
	assert.Contains(t, n, "gpython-ssl 1->2 clients 1.80x, 1->8 clients 1.50x")
	assert.Contains(t, n, "CPython -")
}

// TestThreadedServersRun runs both server scripts once, tiny, under each
// interpreter found, with two concurrent clients of each kind.
func TestThreadedServersRun(t *testing.T) {
	scripts, err := filepath.Abs(filepath.Join("..", "..", "scripts"))
	require.NoError(t, err)
	ips := []interp{realPython(lookInterp("CPython", "python3"))}
	if bin, err := filepath.Abs(filepath.Join("..", "..", "..", "bin", "gpython-ssl")); err == nil {
		ips = append(ips, lookInterp("gpython-ssl", bin))
	}
	b, cfg := threadsBench(t)
	args := []string{"certfile=" + b.certs.CertFile[certECDSA], "keyfile=" + b.certs.KeyFile[certECDSA], "life=60"}
	for _, ip := range ips {
		for _, tc := range []struct {
			script string
			kind   loadKind
		}{{"threaded_https_server.py", loadKeepAlive}, {"threaded_tls_server.py", loadHandshake}} {
			t.Run(ip.Name+"/"+strings.TrimSuffix(tc.script, ".py"), func(t *testing.T) {
				if ip.Missing != "" {
					t.Skip(ip.Missing)
				}
				res, err := runThreadedServer(ip, filepath.Join(scripts, tc.script), args,
					loadSpec{Clients: 2, Kind: tc.kind, Count: 6, MaxTime: 20 * time.Second, TLS: cfg}, time.Minute)
				require.NoError(t, err)
				assert.Equal(t, int64(6), res.Ops)
				assert.Equal(t, uint16(tls.VersionTLS13), res.Version)
				assert.True(t, res.CPUOK)
			})
		}
	}
}
