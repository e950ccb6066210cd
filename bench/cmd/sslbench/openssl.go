package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// stime is one `openssl s_time` run, with the process's own CPU and wall
// time measured by the harness (s_time's headline figure divides by user
// CPU time only, which is not comparable with a wall-clock rate).
type stime struct {
	Conns        int
	UserRate     float64 // s_time's "connections/user sec"
	Wall         time.Duration
	User, Sys    time.Duration
	New, Reused  int // '*' and 'r' progress marks
	Err          string
	ReportedLine string
}

var stimeRe = regexp.MustCompile(`(\d+) connections in [\d.]+s; ([\d.]+) connections/user sec`)

// parseSTime reads s_time's output. With -reuse it prints two blocks (the
// first connection, then the timed reuse loop): the last one counts.
func parseSTime(out string) (stime, error) {
	var st stime
	m := stimeRe.FindAllStringSubmatch(out, -1)
	if len(m) == 0 {
		return st, fmt.Errorf("no result in s_time output: %q", truncate(strings.TrimSpace(out), 200))
	}
	last := m[len(m)-1]
	st.Conns, _ = strconv.Atoi(last[1])
	st.UserRate, _ = strconv.ParseFloat(last[2], 64)
	st.ReportedLine = last[0]
	// Progress marks of the timed loop: the line of '*'/'r' before the
	// last result line.
	idx := strings.LastIndex(out, last[0])
	head := out[:idx]
	if i := strings.LastIndex(head, "starting"); i >= 0 {
		head = head[i:]
	}
	for _, line := range strings.Split(head, "\n") {
		l := strings.TrimSpace(line)
		if l != "" && strings.Trim(l, "*r") == "" {
			st.New += strings.Count(l, "*")
			st.Reused += strings.Count(l, "r")
		}
	}
	return st, nil
}

// runSTime runs s_time against addr for secs seconds.
func runSTime(openssl, addr string, secs int, extra ...string) stime {
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(secs+30)*time.Second)
	defer cancel()
	args := append([]string{"s_time", "-connect", addr, "-time", strconv.Itoa(secs)}, extra...)
	cmd := exec.CommandContext(ctx, openssl, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return stime{Err: lastLine(out.String(), err.Error())}
	}
	st, perr := parseSTime(out.String())
	if perr != nil {
		return stime{Err: perr.Error()}
	}
	st.Wall = wall
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		st.User = time.Duration(ru.Utime.Nano())
		st.Sys = time.Duration(ru.Stime.Nano())
	}
	return st
}

func rate(n int, d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	return formatValue(float64(n) / d.Seconds())
}

// openssl prints `openssl s_time` reference lines against the same Go server.
func (b *bench) openssl() {
	t := &table{
		Title:  "Reference: `openssl s_time` against the same Go server (no certificate verification, s_time's default)",
		Header: []string{"s_time run", "connections", "conn / user CPU s (s_time's figure)", "conn / (user+sys) CPU s", "conn / wall s", "new / reused"},
	}
	if _, err := exec.LookPath(b.cfg.OpenSSL); err != nil {
		t.Notes = append(t.Notes, fmt.Sprintf("skipped: %s not found (%v)", b.cfg.OpenSSL, err))
		t.render(b.out)
		return
	}
	secs := int(b.cfg.Time + 0.5)
	if secs < 1 {
		secs = 1
	}
	type run struct {
		name string
		k    serverKey
		args []string
	}
	var runs []run
	for _, v := range []uint16{tls.VersionTLS13, tls.VersionTLS12} {
		for _, cert := range []string{certECDSA, certRSA} {
			runs = append(runs, run{fmt.Sprintf("%s %s -new", versionName(v), cert), serverKey{Version: v, Cert: cert, Mode: modeHandshake}, []string{"-new"}})
		}
	}
	for _, v := range []uint16{tls.VersionTLS13, tls.VersionTLS12} {
		runs = append(runs,
			run{fmt.Sprintf("%s ECDSA -reuse", versionName(v)), serverKey{Version: v, Cert: certECDSA, Mode: modeHandshake}, []string{"-reuse"}},
			run{fmt.Sprintf("%s ECDSA -reuse -www /", versionName(v)), serverKey{Version: v, Cert: certECDSA, Mode: modeHTTP}, []string{"-reuse", "-www", "/"}})
	}
	for _, r := range runs {
		addr, err := b.srv.addr(r.k)
		if err != nil {
			t.Rows = append(t.Rows, []string{r.name, "server: " + err.Error()})
			continue
		}
		st := runSTime(b.cfg.OpenSSL, addr, secs, r.args...)
		if st.Err != "" {
			t.Rows = append(t.Rows, []string{r.name, "failed: " + st.Err, "", "", "", ""})
			continue
		}
		t.Rows = append(t.Rows, []string{r.name, strconv.Itoa(st.Conns), formatValue(st.UserRate),
			rate(st.Conns, st.User+st.Sys), rate(st.Conns, st.Wall), fmt.Sprintf("%d / %d", st.New, st.Reused)})
	}
	t.Notes = append(t.Notes,
		fmt.Sprintf("-time %d; CPU and wall time are the s_time process's own (rusage, fork to exit), so they include its start-up", secs),
		"s_time's headline figure divides by USER CPU seconds only: kernel time (TCP connect/close) and waiting for the server are left out, so it is not a wall-clock rate",
		"-reuse without -www never reads, so under TLS 1.3 the server's tickets are never processed and every connection is a full handshake (see the new/reused column); -www / reads a response, which processes the tickets")
	t.render(b.out)
}

// analysis prints per-phase costs of full and resumed handshakes in both
// interpreters: the evidence behind bench/README.md's resumption section.
func (b *bench) analysis() {
	t := &table{
		Title:  "Resumption analysis: one run per variant, median microseconds per connection by phase (TLS 1.3 unless noted, ECDSA)",
		Header: []string{"variant", "interpreter", "conn/s", "reused", "connect", "handshake", "read", "session+info", "close", "CPU user+sys (whole process)"},
	}
	type variant struct {
		name string
		k    serverKey
		args []string
	}
	greet13 := serverKey{Version: tls.VersionTLS13, Cert: certECDSA, Mode: modeGreet}
	vs := []variant{
		{"full, read greeting", greet13, []string{"read=1"}},
		{"resumed (previous session), read greeting", greet13, []string{"resume=1", "read=1"}},
		{"resumed, same first session every time (no .session read)", greet13, []string{"resume=1", "read=1", "sessionfrom=first"}},
		{"resumed, previous connection closed after the next handshake", greet13, []string{"resume=1", "read=1", "deferclose=1"}},
		{"resume requested, no read (tickets never processed)", serverKey{Version: tls.VersionTLS13, Cert: certECDSA, Mode: modeHandshake}, []string{"resume=1"}},
		{"TLS 1.2 resumed, no read", serverKey{Version: tls.VersionTLS12, Cert: certECDSA, Mode: modeHandshake}, []string{"resume=1"}},
	}
	for _, v := range vs {
		args, err := b.clientArgs(v.k)
		if err != nil {
			t.Notes = append(t.Notes, v.name+": server: "+err.Error())
			continue
		}
		args = append(append(args, "count=1000", "maxtime="+strconv.FormatFloat(2*b.cfg.Time, 'f', -1, 64), "phases=1"), v.args...)
		for _, ip := range []interp{b.g, b.c} {
			if ip.Missing != "" {
				continue
			}
			res, cpu, err := runScriptCPU(ip, b.script("handshake.py"), args, b.cfg.Timeout)
			if err != nil {
				t.Rows = append(t.Rows, []string{v.name, ip.Name, "failed: " + err.Error()})
				continue
			}
			row := []string{v.name, ip.Name, formatValue(res.Value), infoField(res.Info, "reused")}
			ph := phaseFields(res.Extra)
			for _, k := range []string{"connect", "handshake", "read", "session", "close"} {
				row = append(row, ph[k])
			}
			row = append(row, cpu)
			t.Rows = append(t.Rows, row)
		}
	}
	t.Notes = append(t.Notes,
		"phases are medians of wall-clock time per connection, measured inside the script with time.time(); conn/s is the overall rate; 'session+info' = reading .session, version(), cipher(), session_reused",
		"CPU is the whole process (start-up included), from rusage")
	t.render(b.out)
	b.sessionCost()
}

// sessionCost prints what one .session read and one wrap_socket(session=)
// cost in each interpreter (session_cost.py), away from network waits.
func (b *bench) sessionCost() {
	t := &table{
		Title:  "Session object costs (session_cost.py; medians, microseconds per call)",
		Header: []string{"TLS", "interpreter", ".session getter", "wrap_socket(connected), session=None", "wrap_socket(connected), session=prev", "has_ticket"},
	}
	for _, v := range []uint16{tls.VersionTLS13, tls.VersionTLS12} {
		args, err := b.clientArgs(serverKey{Version: v, Cert: certECDSA, Mode: modeGreet})
		if err != nil {
			t.Notes = append(t.Notes, "server: "+err.Error())
			continue
		}
		args = append(args, "reps=5", "n=50")
		for _, ip := range []interp{b.g, b.c} {
			if ip.Missing != "" {
				continue
			}
			res, err := runScript(ip, b.script("session_cost.py"), args, b.cfg.Timeout, true)
			if err != nil {
				t.Rows = append(t.Rows, []string{versionName(v), ip.Name, "failed: " + err.Error()})
				continue
			}
			t.Rows = append(t.Rows, []string{versionName(v), ip.Name, infoField(res.Info, "getter_us"),
				infoField(res.Info, "wrap_none_us"), infoField(res.Info, "wrap_session_us"), infoField(res.Info, "has_ticket")})
		}
	}
	t.Notes = append(t.Notes,
		"wrap_socket on a connected socket with do_handshake_on_connect=False: SSL object set-up only, no handshake",
		"CPython 3.11 copies the SSL_SESSION through i2d_SSL_SESSION/d2i_SSL_SESSION on both the getter and the setter (see bench/README.md)")
	t.render(b.out)
}

// phaseFields parses the PHASES line of handshake.py.
func phaseFields(extra []string) map[string]string {
	m := map[string]string{}
	for _, l := range extra {
		if !strings.HasPrefix(l, "PHASES ") {
			continue
		}
		for _, f := range strings.Fields(strings.TrimPrefix(l, "PHASES ")) {
			if k, v, ok := strings.Cut(f, "="); ok {
				m[k] = v
			}
		}
	}
	return m
}

// runScriptCPU is runScript that also reports the process's CPU time.
func runScriptCPU(ip interp, path string, args []string, timeout time.Duration) (runResult, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, ip.Path, append([]string{path}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return runResult{}, "", fmt.Errorf("timed out after %s", timeout)
	}
	if err != nil {
		return runResult{}, "", fmt.Errorf("%s", lastLine(stderr.String(), err.Error()))
	}
	res, err := parseOutput(stdout.String(), runResult{})
	cpu := ""
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		cpu = fmt.Sprintf("%.2fs+%.2fs", time.Duration(ru.Utime.Nano()).Seconds(), time.Duration(ru.Stime.Nano()).Seconds())
	}
	return res, cpu, err
}
