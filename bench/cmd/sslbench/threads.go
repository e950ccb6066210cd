package main

// The "threads" group: the Python side is the server. A threaded server
// script (bench/scripts/threaded_*_server.py) runs under each interpreter
// and prints its port; sslbench's Go clients (crypto/tls) load it from
// several goroutines at once and count completed operations.

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
)

const groupThreads = "threads"

// threadClients are the client counts of each threads metric: 8 is the
// target's, 1 and 2 show how the server scales on two cores.
var threadClients = []int{1, 2, 8}

// loadKind is what one client operation is.
type loadKind int

const (
	// loadKeepAlive: one HTTP/1.1 GET over the client's kept-alive
	// connection (response status 200, body read in full).
	loadKeepAlive loadKind = iota
	// loadHandshake: a new TCP connection, a full TLS handshake (no
	// session cache, so never resumed), reading the server's one byte,
	// close.
	loadHandshake
)

// httpRequest is the GET every keep-alive client sends.
const httpRequest = "GET / HTTP/1.1\r\nHost: " + benchHostname + "\r\nUser-Agent: sslbench\r\n\r\n"

// loadSpec is one load run.
type loadSpec struct {
	Addr    string // host:port of the server
	Clients int    // concurrent clients, one goroutine each
	Kind    loadKind
	Count   int64         // stop after this many operations in all
	MaxTime time.Duration // or after this long
	TLS     *tls.Config   // verifying client configuration
	// CPU, when set, returns the server's CPU time so far; runLoad calls
	// it when the timed part starts and when it ends.
	CPU func() (time.Duration, bool)
}

// loadResult is what a load run did.
type loadResult struct {
	Ops     int64 // timed operations completed
	Elapsed time.Duration
	Version uint16
	Cipher  uint16
	// ServerCPU is the server's CPU time (user + system) during the timed
	// part; valid when CPUOK.
	ServerCPU time.Duration
	CPUOK     bool
}

// Rate is operations per second.
func (r loadResult) Rate() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Ops) / r.Elapsed.Seconds()
}

// loadClient is one client: op does one timed operation.
type loadClient struct {
	spec  loadSpec
	conn  *tls.Conn     // keep-alive connection
	br    *bufio.Reader // its reader
	state tls.ConnectionState
}

// deadline bounds every connection of a load run.
func (s loadSpec) deadline() time.Time { return time.Now().Add(s.MaxTime + 30*time.Second) }

func (c *loadClient) dial() (*tls.Conn, error) {
	d := &net.Dialer{Timeout: 10 * time.Second}
	conn, err := tls.DialWithDialer(d, "tcp", c.spec.Addr, c.spec.TLS)
	if err != nil {
		return nil, err
	}
	if err := conn.SetDeadline(c.spec.deadline()); err != nil {
		conn.Close()
		return nil, err
	}
	c.state = conn.ConnectionState()
	return conn, nil
}

func (c *loadClient) op() error {
	if c.spec.Kind == loadHandshake {
		conn, err := c.dial()
		if err != nil {
			return err
		}
		b := make([]byte, 1)
		_, err = io.ReadFull(conn, b)
		if err == nil && b[0] != 'g' {
			err = fmt.Errorf("server sent %q, want \"g\"", b)
		}
		if cerr := conn.Close(); err == nil {
			err = cerr
		}
		return err
	}
	if c.conn == nil {
		conn, err := c.dial()
		if err != nil {
			return err
		}
		c.conn, c.br = conn, bufio.NewReader(conn)
	}
	if _, err := io.WriteString(c.conn, httpRequest); err != nil {
		return err
	}
	resp, err := http.ReadResponse(c.br, nil)
	if err != nil {
		return err
	}
	n, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	switch {
	case err != nil:
		return err
	case resp.StatusCode != http.StatusOK:
		return fmt.Errorf("status %q", resp.Status)
	case n == 0:
		return errors.New("empty body")
	case resp.Close:
		return errors.New("the server closed a keep-alive connection")
	}
	return nil
}

func (c *loadClient) close() {
	if c.conn != nil {
		c.conn.Close()
	}
}

// runLoad runs spec: every client does one untimed warm-up operation
// (the keep-alive clients connect then), then all start together and run
// until Count operations are done or MaxTime has passed. The first error
// ends the run.
func runLoad(spec loadSpec) (loadResult, error) {
	if spec.Clients < 1 || spec.Count < 1 || spec.MaxTime <= 0 {
		return loadResult{}, fmt.Errorf("bad load spec %+v", spec)
	}
	clients := make([]*loadClient, spec.Clients)
	defer func() {
		for _, c := range clients {
			if c != nil {
				c.close()
			}
		}
	}()
	for i := range clients {
		clients[i] = &loadClient{spec: spec}
		if err := clients[i].op(); err != nil {
			return loadResult{}, fmt.Errorf("client %d warm-up: %w", i, err)
		}
	}
	var (
		claimed, done atomic.Int64
		wg            sync.WaitGroup
		errMu         sync.Mutex
		firstErr      error
	)
	var cpu0 time.Duration
	cpuOK := spec.CPU != nil
	if cpuOK {
		cpu0, cpuOK = spec.CPU()
	}
	start := time.Now()
	deadline := start.Add(spec.MaxTime)
	for _, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) && claimed.Add(1) <= spec.Count {
				if err := c.op(); err != nil {
					errMu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					errMu.Unlock()
					return
				}
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	res := loadResult{Ops: done.Load(), Elapsed: time.Since(start), Version: clients[0].state.Version, Cipher: clients[0].state.CipherSuite}
	if cpuOK {
		cpu1, ok := spec.CPU()
		res.ServerCPU, res.CPUOK = cpu1-cpu0, ok
	}
	if firstErr != nil {
		return res, firstErr
	}
	if res.Ops == 0 {
		return res, errors.New("no operation completed")
	}
	return res, nil
}

// pyServer is a server script running under one interpreter.
type pyServer struct {
	cmd    *exec.Cmd
	stderr *tailBuffer
	Port   string
}

// startPyServer runs script under ip and waits (at most timeout) for its
// "PORT <n>" line.
func startPyServer(ip interp, script string, args []string, timeout time.Duration) (*pyServer, error) {
	cmd := exec.Command(ip.Path, append([]string{script}, args...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	s := &pyServer{cmd: cmd, stderr: &tailBuffer{max: 8192}}
	cmd.Stderr = s.stderr
	// A child the server left behind must not hold Wait on its stderr.
	cmd.WaitDelay = time.Second
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	port := make(chan string, 1)
	go func() {
		r := bufio.NewReader(stdout)
		line, _ := r.ReadString('\n')
		port <- strings.TrimSpace(line)
		io.Copy(io.Discard, r) // nothing more is expected; keep the pipe open
	}()
	var line string
	select {
	case line = <-port:
	case <-time.After(timeout):
		s.stop()
		return nil, fmt.Errorf("no PORT line after %s: %s", timeout, lastLine(s.stderr.String(), "no output"))
	}
	p, ok := strings.CutPrefix(line, "PORT ")
	if n, err := strconv.Atoi(p); !ok || err != nil || n <= 0 || n > 65535 {
		s.stop()
		return nil, errors.New(lastLine(s.stderr.String(), fmt.Sprintf("bad first line %q", line)))
	}
	s.Port = p
	return s, nil
}

// Addr is the server's address.
func (s *pyServer) Addr() string { return net.JoinHostPort("127.0.0.1", s.Port) }

// CPU reads the server's CPU time so far (user + system, all threads)
// from /proc; false where /proc is missing.
func (s *pyServer) CPU() (time.Duration, bool) {
	return procCPU(s.cmd.Process.Pid)
}

// clockTick is the unit of /proc/PID/stat's times: USER_HZ, 100 on every
// Linux architecture Go supports.
const clockTick = 10 * time.Millisecond

// procCPU returns utime + stime of process pid from /proc/PID/stat.
func procCPU(pid int) (time.Duration, bool) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, false
	}
	// The command name (field 2) may hold spaces; fields after it start
	// at the state (field 3), so utime and stime (14, 15) are [11], [12].
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 13 {
		return 0, false
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return time.Duration(ut+st) * clockTick, true
}

// stop kills the server.
func (s *pyServer) stop() {
	_ = s.cmd.Process.Kill()
	_ = s.cmd.Wait()
}

// tailBuffer keeps the last max bytes written to it (a server's stderr).
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = append([]byte(nil), t.b[len(t.b)-t.max:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(bytes.Clone(t.b))
}

// runThreadedServer starts script under ip, loads it, stops it.
func runThreadedServer(ip interp, script string, args []string, spec loadSpec, timeout time.Duration) (loadResult, error) {
	srv, err := startPyServer(ip, script, args, timeout)
	if err != nil {
		return loadResult{}, err
	}
	spec.Addr, spec.CPU = srv.Addr(), srv.CPU
	res, lerr := runLoad(spec)
	srv.stop()
	if lerr != nil {
		// A server traceback says more than the client's EOF.
		return res, fmt.Errorf("%v (server stderr: %s)", lerr, lastLine(srv.stderr.String(), "empty"))
	}
	return res, nil
}

// clientTLS is the verifying client configuration for the bench CA.
func (b *bench) clientTLS() (*tls.Config, error) {
	pem, err := os.ReadFile(b.certs.CAFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("no certificate in " + b.certs.CAFile)
	}
	// No ClientSessionCache: every handshake is a full one.
	return &tls.Config{RootCAs: pool, ServerName: benchHostname}, nil
}

// threadMetric is one threads row.
type threadMetric struct {
	Name, Unit, Script string
	Kind               loadKind
	Clients            int
}

// measureThreads runs one metric: reps interleaved as in measure; the
// values are rates, cpu the server's CPU microseconds per operation.
func (b *bench) measureThreads(m threadMetric, cfg *tls.Config) (g, c outcome, cpu [2][]float64) {
	outs := []*outcome{&g, &c}
	ips := []interp{b.g, b.c}
	for i, ip := range ips {
		if ip.Missing != "" {
			outs[i].Skipped = ip.Missing
		}
	}
	maxTime := time.Duration(b.cfg.Time * float64(time.Second))
	// The server outlives any run by itself if sslbench dies.
	life := maxTime + b.cfg.Timeout + time.Minute
	args := []string{"certfile=" + b.certs.CertFile[certECDSA], "keyfile=" + b.certs.KeyFile[certECDSA], "life=" + strconv.Itoa(int(life.Seconds()))}
	spec := loadSpec{Clients: m.Clients, Kind: m.Kind, Count: 1000000, MaxTime: maxTime, TLS: cfg}
	for rep := 0; rep < b.cfg.Reps; rep++ {
		order := []int{0, 1}
		if rep%2 == 1 {
			order = []int{1, 0}
		}
		for _, i := range order {
			o := outs[i]
			if o.Skipped != "" || o.Err != "" {
				continue
			}
			run, err := runThreadedServer(ips[i], b.script(m.Script), args, spec, b.cfg.Timeout)
			if err != nil {
				o.Err = err.Error()
				continue
			}
			o.Values = append(o.Values, run.Rate())
			if run.CPUOK {
				cpu[i] = append(cpu[i], float64(run.ServerCPU.Microseconds())/float64(run.Ops))
			}
			o.Info = fmt.Sprintf("version=%s cipher=%s clients=%d n=%d seconds=%.3f",
				versionName(run.Version), tls.CipherSuiteName(run.Cipher), m.Clients, run.Ops, run.Elapsed.Seconds())
		}
	}
	for _, o := range outs {
		o.Median = harness.Median(o.Values)
	}
	return g, c, cpu
}

// threads runs the threaded-server group.
func (b *bench) threads() {
	t := &table{Title: "Threaded Python servers under concurrent Go clients (TLS 1.3, ECDSA; the Python side is the server)", Header: resultHeader}
	cfg, err := b.clientTLS()
	if err != nil {
		t.Notes = append(t.Notes, "client configuration: "+err.Error())
		t.render(b.out)
		return
	}
	groups := []struct {
		name, unit, script string
		kind               loadKind
	}{
		{"HTTPS keep-alive GETs", "req/s", "threaded_https_server.py", loadKeepAlive},
		{"TLS full handshakes", "1/s", "threaded_tls_server.py", loadHandshake},
	}
	for _, gr := range groups {
		rates := map[int][2]outcome{}
		for _, n := range threadClients {
			m := threadMetric{Name: fmt.Sprintf("%s, %d client", gr.name, n), Unit: gr.unit, Script: gr.script, Kind: gr.kind, Clients: n}
			if n > 1 {
				m.Name += "s"
			}
			tg := target{}
			if n == 8 {
				tg = target{MinRatio: 1.0}
			}
			g, c, cpu := b.measureThreads(m, cfg)
			rates[n] = [2]outcome{g, c}
			row := resultRow(m.Name, m.Unit, g, c, tg)
			for _, o := range []outcome{g, c} {
				if o.ok() && infoField(o.Info, "version") != versionName(tls.VersionTLS13) {
					row[5] = "INVALID (negotiated " + infoField(o.Info, "version") + ")"
				}
			}
			t.Rows = append(t.Rows, row)
			t.Notes = append(t.Notes, infoNote(m.Name, g, c))
			t.Notes = append(t.Notes, fmt.Sprintf("%s: server CPU (user+sys, all threads, timed part only) per operation: gpython-ssl %s µs, CPython %s µs; median of the per-rep ratios (each rep's two runs are back to back): %s",
				m.Name, cpuCell(cpu[0]), cpuCell(cpu[1]), pairedRatio(g, c)))
			for _, f := range []struct {
				n string
				o outcome
			}{{"gpython-ssl", g}, {"CPython", c}} {
				if f.o.Err != "" {
					t.Notes = append(t.Notes, fmt.Sprintf("%s: %s: failed: %s", m.Name, f.n, f.o.Err))
				}
			}
		}
		t.Notes = append(t.Notes, scalingNote(gr.name, rates))
	}
	t.Notes = append(t.Notes,
		"servers: bench/scripts/threaded_https_server.py (http.server ThreadingHTTPServer, listening socket wrapped by SSLContext.wrap_socket, HTTP/1.1 handler, 35-byte body) and threaded_tls_server.py (socketserver ThreadingTCPServer, handler thread wraps the accepted socket, handshakes, sends 1 byte, waits for the client's close); one fresh server process per run",
		fmt.Sprintf("clients: Go crypto/tls goroutines in sslbench, verifying chain and hostname, no session cache; each does one untimed warm-up operation, then all run together for %gs or 1000000 operations; they share the machine's cores with the server", b.cfg.Time))
	t.render(b.out)
}

// cpuCell is the median of µs-per-operation samples, or "-".
func cpuCell(vs []float64) string {
	if len(vs) == 0 {
		return "-"
	}
	return formatValue(harness.Median(vs))
}

// pairedRatio is the median over reps of gpython-ssl's rate over
// CPython's in the same rep, or "-". The two runs of a rep are back to
// back, so a burst of load on the machine tends to hit both.
func pairedRatio(g, c outcome) string {
	if !g.ok() || !c.ok() || len(g.Values) != len(c.Values) {
		return "-"
	}
	var rs []float64
	for i := range g.Values {
		if c.Values[i] > 0 {
			rs = append(rs, g.Values[i]/c.Values[i])
		}
	}
	if len(rs) == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fx", harness.Median(rs))
}

// scalingNote says how each interpreter's median rate grows with clients.
func scalingNote(name string, rates map[int][2]outcome) string {
	var parts []string
	for i, ip := range []string{"gpython-ssl", "CPython"} {
		one := rates[1][i]
		if !one.ok() || one.Median == 0 {
			parts = append(parts, ip+" -")
			continue
		}
		var s []string
		for _, n := range threadClients[1:] {
			if o := rates[n][i]; o.ok() {
				s = append(s, fmt.Sprintf("1->%d clients %.2fx", n, o.Median/one.Median))
			}
		}
		parts = append(parts, ip+" "+strings.Join(s, ", "))
	}
	return fmt.Sprintf("%s scaling (median rate over the 1-client median): %s", name, strings.Join(parts, "; "))
}
