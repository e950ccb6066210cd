package main

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTableRender(t *testing.T) {
	tb := &table{Title: "Group", Header: resultHeader, Notes: []string{"a note"}}
	g := outcome{Values: []float64{1, 3, 2}, Median: 2}
	c := outcome{Values: []float64{1}, Median: 1}
	tb.Rows = append(tb.Rows,
		resultRow("metric one", "1/s", g, c, target{MinRatio: 1.0}),
		resultRow("metric two", "MiB/s", outcome{Err: "ImportError: no ssl"}, c, target{MinRatio: 0.8}),
		resultRow("metric three", "ms", g, outcome{Skipped: "python3 not found"}, target{MaxAbs: 30}))
	var buf bytes.Buffer
	tb.render(&buf)
	out := buf.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.GreaterOrEqual(t, len(lines), 7)
	assert.Equal(t, "### Group", lines[0])
	// Every table line has the same width: the columns line up.
	var width int
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "|") {
			if width == 0 {
				width = len(l)
			}
			assert.Equal(t, width, len(l), "line %q", l)
		}
	}
	assert.Contains(t, out, "| metric one (1/s)")
	assert.Contains(t, out, "2.00x")
	assert.Contains(t, out, "PASS")
	assert.Contains(t, out, "failed: ImportError: no ssl")
	assert.Contains(t, out, "skipped")
	assert.Contains(t, out, "- a note")
}

func TestVerdict(t *testing.T) {
	cases := []struct {
		name     string
		tg       target
		g, c     float64
		gok, cok bool
		want     string
	}{
		{"ratio met", target{MinRatio: 1.0}, 10, 10, true, true, "PASS"},
		{"ratio missed", target{MinRatio: 1.3}, 12, 10, true, true, "MISS"},
		{"ratio without CPython", target{MinRatio: 1.0}, 12, 0, true, false, "-"},
		{"ratio with failed gpython", target{MinRatio: 1.0}, 0, 10, false, true, "-"},
		{"absolute met", target{MaxAbs: 30}, 29, 100, true, true, "PASS"},
		{"absolute missed", target{MaxAbs: 20}, 20, 1, true, true, "MISS"},
		{"absolute without CPython", target{MaxAbs: 20}, 10, 0, true, false, "PASS"},
		{"no target", target{}, 1, 1, true, true, "-"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.tg.verdict(tc.g, tc.c, tc.gok, tc.cok))
		})
	}
}

func TestParseOutput(t *testing.T) {
	res, err := parseOutput("RESULT 812.5\nINFO version=TLSv1.3 reused=3/4\nPHASES connect=1.0 close=2.5 (x)\n", runResult{})
	require.NoError(t, err)
	assert.Equal(t, 812.5, res.Value)
	assert.Equal(t, "TLSv1.3", infoField(res.Info, "version"))
	assert.Equal(t, "3/4", infoField(res.Info, "reused"))
	assert.Equal(t, "2.5", phaseFields(res.Extra)["close"])
	_, err = parseOutput("no result here\n", runResult{})
	assert.Error(t, err)
	_, err = parseOutput("RESULT fast\n", runResult{})
	assert.Error(t, err)
	assert.Equal(t, "ValueError: x", lastLine("Traceback\n  File\nValueError: x\n\n", "def"))
	assert.Equal(t, "def", lastLine("", "def"))
}

func TestParseSTime(t *testing.T) {
	out := `Collecting connection statistics for 1 seconds
*****

5 connections in 0.01s; 500.00 connections/user sec, bytes read 0
5 connections in 2 real seconds, 0 bytes read per connection


Now timing with session id reuse.
starting
*rrrr

1310 connections in 0.66s; 1984.85 connections/user sec, bytes read 0
1310 connections in 2 real seconds, 0 bytes read per connection
`
	st, err := parseSTime(out)
	require.NoError(t, err)
	assert.Equal(t, 1310, st.Conns)
	assert.InDelta(t, 1984.85, st.UserRate, 1e-9)
	assert.Equal(t, 1, st.New)
	assert.Equal(t, 4, st.Reused)
	_, err = parseSTime("connect: Connection refused\n")
	assert.Error(t, err)
}

// TestGoServerModes checks every mode of the Go server with a verifying Go
// client, for both TLS versions and both certificate kinds.
func TestGoServerModes(t *testing.T) {
	cs, err := newCertSet(t.TempDir())
	require.NoError(t, err)
	srv := newGoServer(cs)
	defer srv.Close()
	pem, err := os.ReadFile(cs.CAFile)
	require.NoError(t, err)
	pool := x509.NewCertPool()
	require.True(t, pool.AppendCertsFromPEM(pem))
	dial := func(t *testing.T, k serverKey) *tls.Conn {
		addr, err := srv.addr(k)
		require.NoError(t, err)
		c, err := tls.Dial("tcp", addr, &tls.Config{RootCAs: pool, ServerName: benchHostname})
		require.NoError(t, err)
		require.NoError(t, c.SetDeadline(time.Now().Add(10*time.Second)))
		require.Equal(t, k.Version, c.ConnectionState().Version)
		return c
	}
	for _, v := range []uint16{tls.VersionTLS13, tls.VersionTLS12} {
		for _, kind := range []string{certECDSA, certRSA} {
			name := versionName(v) + "/" + kind
			t.Run(name+"/handshake", func(t *testing.T) {
				c := dial(t, serverKey{Version: v, Cert: kind, Mode: modeHandshake})
				assert.NoError(t, c.Close())
			})
			t.Run(name+"/greet", func(t *testing.T) {
				c := dial(t, serverKey{Version: v, Cert: kind, Mode: modeGreet})
				defer c.Close()
				b := make([]byte, 1)
				_, err := io.ReadFull(c, b)
				require.NoError(t, err)
				assert.Equal(t, "g", string(b))
			})
			t.Run(name+"/sink", func(t *testing.T) {
				c := dial(t, serverKey{Version: v, Cert: kind, Mode: modeSink, N: 100000})
				defer c.Close()
				_, err := c.Write(make([]byte, 100000))
				require.NoError(t, err)
				b := make([]byte, 1)
				_, err = io.ReadFull(c, b)
				require.NoError(t, err)
				assert.Equal(t, "k", string(b))
			})
			t.Run(name+"/source", func(t *testing.T) {
				c := dial(t, serverKey{Version: v, Cert: kind, Mode: modeSource, N: 70000})
				defer c.Close()
				n, err := io.Copy(io.Discard, c)
				require.NoError(t, err)
				assert.Equal(t, int64(70000), n)
			})
			t.Run(name+"/echo", func(t *testing.T) {
				c := dial(t, serverKey{Version: v, Cert: kind, Mode: modeEcho})
				defer c.Close()
				msg := bytes.Repeat([]byte("e"), 64)
				_, err := c.Write(msg)
				require.NoError(t, err)
				got := make([]byte, 64)
				_, err = io.ReadFull(c, got)
				require.NoError(t, err)
				assert.Equal(t, msg, got)
			})
			t.Run(name+"/http", func(t *testing.T) {
				c := dial(t, serverKey{Version: v, Cert: kind, Mode: modeHTTP})
				defer c.Close()
				_, err := io.WriteString(c, "GET / HTTP/1.0\r\n\r\n")
				require.NoError(t, err)
				got, err := io.ReadAll(c)
				require.NoError(t, err)
				assert.True(t, strings.HasPrefix(string(got), "HTTP/1.0 200 OK"), "%q", got)
			})
		}
	}
	assert.Equal(t, 0, srv.errorCount())
}

// TestScriptsRun runs every client script once, tiny, under each
// interpreter found, against the Go server: the scripts stay valid for both.
func TestScriptsRun(t *testing.T) {
	scripts, err := filepath.Abs(filepath.Join("..", "..", "scripts"))
	require.NoError(t, err)
	ips := []interp{realPython(lookInterp("CPython", "python3"))}
	if bin, err := filepath.Abs(filepath.Join("..", "..", "..", "bin", "gpython-ssl")); err == nil {
		ips = append(ips, lookInterp("gpython-ssl", bin))
	}
	cs, err := newCertSet(t.TempDir())
	require.NoError(t, err)
	srv := newGoServer(cs)
	defer srv.Close()
	b := &bench{srv: srv, certs: cs}
	args := func(k serverKey, extra ...string) []string {
		a, err := b.clientArgs(k)
		require.NoError(t, err)
		return append(a, extra...)
	}
	v := uint16(tls.VersionTLS13)
	cases := []struct {
		name, script string
		args         []string
	}{
		{"handshake", "handshake.py", args(serverKey{Version: v, Cert: certECDSA, Mode: modeHandshake}, "count=2", "maxtime=5")},
		{"resume", "handshake.py", args(serverKey{Version: v, Cert: certECDSA, Mode: modeGreet}, "count=2", "maxtime=5", "resume=1", "read=1", "phases=1")},
		{"bulk send", "bulk.py", args(serverKey{Version: v, Cert: certECDSA, Mode: modeSink, N: 4096}, "direction=send", "total=4096", "chunk=1024")},
		{"bulk recv", "bulk.py", args(serverKey{Version: v, Cert: certECDSA, Mode: modeSource, N: 4096}, "direction=recv", "total=4096", "chunk=1024")},
		{"session cost", "session_cost.py", args(serverKey{Version: v, Cert: certECDSA, Mode: modeGreet}, "reps=1", "n=2")},
		{"echo", "echo.py", args(serverKey{Version: v, Cert: certECDSA, Mode: modeEcho}, "count=3", "maxtime=5")},
		{"membio transfer", "membio.py", []string{"cafile=" + cs.CAFile, "certfile=" + cs.CertFile[certECDSA], "keyfile=" + cs.KeyFile[certECDSA], "hostname=localhost", "what=transfer", "total=4096", "chunk=1024"}},
		{"membio handshake", "membio.py", []string{"cafile=" + cs.CAFile, "certfile=" + cs.CertFile[certECDSA], "keyfile=" + cs.KeyFile[certECDSA], "hostname=localhost", "what=handshake", "count=2", "maxtime=5"}},
	}
	for _, ip := range ips {
		for _, tc := range cases {
			t.Run(ip.Name+"/"+tc.name, func(t *testing.T) {
				if ip.Missing != "" {
					t.Skip(ip.Missing)
				}
				res, err := runScript(ip, filepath.Join(scripts, tc.script), tc.args, time.Minute, true)
				require.NoError(t, err)
				assert.Greater(t, res.Value, 0.0)
				assert.Equal(t, "TLSv1.3", infoField(res.Info, "version"))
			})
		}
	}
}

// TestFlags checks the defaults and that bad values are refused.
func TestFlags(t *testing.T) {
	cfg, err := parseFlags(nil, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, 7, cfg.Reps)
	for _, g := range allGroups {
		assert.True(t, cfg.Groups[g], g)
	}
	_, err = parseFlags([]string{"-reps", "0"}, io.Discard)
	assert.Error(t, err)
	cfg, err = parseFlags([]string{"-groups", "startup", "-analysis=false"}, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{groupStartup: true}, cfg.Groups)
}
