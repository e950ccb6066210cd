// Command sslbench compares gpython-ssl with CPython's ssl module: both
// interpreters run the same client scripts (bench/scripts/*.py) against a
// Go crypto/tls server that sslbench runs on 127.0.0.1, repetitions
// interleaved, and it prints medians, the ratio gpython-ssl / CPython and
// the targets of the project's issues 5 and 7. `make bench` runs it.
//
// Usage:
//
//	sslbench [-reps 5] [-time 1] [-gpython bin/gpython-ssl] [-python python3]
//	         [-scripts bench/scripts] [-groups handshake,bulk,...]
package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
	benchinterp "github.com/gpython-ssl/gpython-ssl/bench/internal/interp"
)

// config is sslbench's command line.
type config struct {
	Reps    int
	Time    float64 // seconds each timed loop runs at most
	GPython string
	Python  string
	OpenSSL string
	Scripts string
	Groups  map[string]bool
	Timeout time.Duration // per process
	// Sizes (bytes) of the bulk transfers.
	Bulk16K, Bulk1K int64
	Analysis        bool
	// Serve, when positive, only runs the Go server for that long and
	// prints its addresses (for experiments by hand).
	Serve time.Duration
}

// Group names, selectable with -groups.
const (
	groupStartup   = "startup"
	groupHandshake = "handshake"
	groupBulk      = "bulk"
	groupMemBIO    = "membio"
	groupResume    = "resume"
	groupOpenSSL   = "openssl"
	groupAnalysis  = "analysis"
)

var allGroups = []string{groupStartup, groupHandshake, groupBulk, groupMemBIO, groupResume, groupThreads, groupOpenSSL, groupAnalysis}

func main() {
	cfg, err := parseFlags(os.Args[1:], os.Stderr)
	if err != nil {
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "sslbench:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("sslbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg config
	var groups string
	var bulk16, bulk1 int
	fs.IntVar(&cfg.Reps, "reps", 7, "repetitions per metric and interpreter (interleaved)")
	fs.Float64Var(&cfg.Time, "time", 1, "seconds each timed loop (handshakes, echo) runs at most")
	fs.StringVar(&cfg.GPython, "gpython", "bin/gpython-ssl", "gpython-ssl binary")
	fs.StringVar(&cfg.Python, "python", "python3", "CPython interpreter (skipped when not found)")
	fs.StringVar(&cfg.OpenSSL, "openssl", "openssl", "openssl command for the s_time reference lines")
	fs.StringVar(&cfg.Scripts, "scripts", "", "directory of the client scripts (default: bench/scripts found from the working directory)")
	fs.StringVar(&groups, "groups", strings.Join(allGroups, ","), "groups to run: "+strings.Join(allGroups, ","))
	fs.DurationVar(&cfg.Timeout, "timeout", 60*time.Second, "limit for one script process")
	fs.IntVar(&bulk16, "bulk16k", 512, "MiB moved by the 16 KiB-chunk transfers")
	fs.IntVar(&bulk1, "bulk1k", 64, "MiB moved by the 1 KiB-chunk transfers")
	fs.BoolVar(&cfg.Analysis, "analysis", true, "print the resumption analysis (per-phase costs)")
	fs.DurationVar(&cfg.Serve, "serve", 0, "only run the Go server for this long, printing its addresses and certificate files (experiments by hand)")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if cfg.Reps < 1 || cfg.Time <= 0 || bulk16 < 1 || bulk1 < 1 {
		fmt.Fprintln(stderr, "sslbench: -reps, -time, -bulk16k and -bulk1k must be positive")
		return cfg, fmt.Errorf("bad flags")
	}
	cfg.Bulk16K, cfg.Bulk1K = int64(bulk16)<<20, int64(bulk1)<<20
	cfg.Groups = map[string]bool{}
	for _, g := range strings.Split(groups, ",") {
		if g = strings.TrimSpace(g); g != "" {
			cfg.Groups[g] = true
		}
	}
	if !cfg.Analysis {
		delete(cfg.Groups, groupAnalysis)
	}
	return cfg, nil
}

// lookInterp resolves an interpreter, recording why it is missing.
func lookInterp(name, path string) interp {
	ip := interp{Name: name}
	p, err := benchinterp.Find(path)
	if err != nil {
		ip.Missing = fmt.Sprintf("%s not found (%s): %s columns skipped", path, err, name)
		return ip
	}
	ip.Path = p
	return ip
}

// realPython resolves a CPython launcher to sys.executable, so that
// start-up is the interpreter's own.
func realPython(ip interp) interp {
	if ip.Missing != "" {
		return ip
	}
	exe, _, err := benchinterp.RealPython(ip.Path)
	if err != nil {
		ip.Missing = fmt.Sprintf("%s does not run (%v): CPython columns skipped", ip.Path, err)
		return ip
	}
	ip.Path = exe
	return ip
}

// bench is one sslbench run.
type bench struct {
	cfg    config
	out    io.Writer
	g, c   interp
	srv    *goServer
	certs  *certSet
	script func(name string) string
}

func run(cfg config, out io.Writer) error {
	if cfg.Scripts == "" && cfg.Serve <= 0 {
		s, err := harness.FindScripts("scripts", "handshake.py")
		if err != nil {
			return err
		}
		cfg.Scripts = s
	}
	scripts, err := filepath.Abs(cfg.Scripts)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "sslbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	// Interrupted (Ctrl-C, kill): remove the key files before exiting.
	sigc := make(chan os.Signal, 1)
	signal.Notify(sigc, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigc)
	go func() {
		if _, ok := <-sigc; ok {
			os.RemoveAll(dir)
			os.Exit(130)
		}
	}()
	certs, err := newCertSet(dir)
	if err != nil {
		return fmt.Errorf("certificates: %w", err)
	}
	srv := newGoServer(certs)
	defer srv.Close()
	if cfg.Serve > 0 {
		return serveOnly(srv, certs, cfg.Serve, out)
	}
	b := &bench{
		cfg: cfg, out: out, srv: srv, certs: certs,
		g:      lookInterp("gpython-ssl", cfg.GPython),
		c:      realPython(lookInterp("CPython", cfg.Python)),
		script: func(name string) string { return filepath.Join(scripts, name) },
	}
	if b.g.Missing != "" {
		return fmt.Errorf("%s (run `make build` first)", b.g.Missing)
	}
	b.environment()
	start := time.Now()
	if cfg.Groups[groupStartup] {
		b.startup()
	}
	if cfg.Groups[groupHandshake] {
		b.handshakes()
	}
	if cfg.Groups[groupBulk] {
		b.bulk()
	}
	if cfg.Groups[groupMemBIO] {
		b.membio()
	}
	if cfg.Groups[groupResume] {
		b.resume()
	}
	if cfg.Groups[groupThreads] {
		b.threads()
	}
	if cfg.Groups[groupOpenSSL] {
		b.openssl()
	}
	if cfg.Groups[groupAnalysis] {
		b.analysis()
	}
	fmt.Fprintf(out, "\nsslbench: done in %s; Go server connection errors: %d\n", time.Since(start).Round(time.Second), srv.errorCount())
	return nil
}

// environment prints what the numbers depend on.
func (b *bench) environment() {
	t := &table{Title: "Environment", Header: []string{"item", "value"}}
	t.Rows = append(t.Rows,
		[]string{"CPUs", strconv.Itoa(runtime.NumCPU())},
		[]string{"CPU model", harness.CPUModel()},
		[]string{"Go (harness and server)", runtime.Version()},
		[]string{"openssl command", commandLine(b.cfg.OpenSSL, "version")},
	)
	for _, ip := range []interp{b.g, b.c} {
		if ip.Missing != "" {
			t.Rows = append(t.Rows, []string{ip.Name, ip.Missing})
			continue
		}
		code := "import ssl, sys; print(sys.version.split()[0] + ' / ' + ssl.OPENSSL_VERSION)"
		if ip.Name == "gpython-ssl" {
			code = "import ssl; print(ssl.OPENSSL_VERSION)"
		}
		t.Rows = append(t.Rows, []string{ip.Name, ip.Path + ": " + commandLine(ip.Path, "-c", code)})
	}
	t.Notes = append(t.Notes,
		fmt.Sprintf("reps=%d per interpreter, interleaved (gpython-ssl first on odd reps, CPython first on even); timed loops stop at %gs or their count; medians shown", b.cfg.Reps, b.cfg.Time),
		"peer: Go crypto/tls server in this process on 127.0.0.1 (see bench/README.md); certificates: fresh CA, ECDSA P-256 and RSA-2048 leafs for localhost; clients verify chain and hostname")
	t.render(b.out)
}

// commandLine runs a short command and returns its first output line.
func commandLine(name string, args ...string) string {
	cmd := exec.Command(name, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "unavailable: " + lastLine(string(out), err.Error())
	}
	return strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0])
}

// measure runs one script metric: reps interleaved, medians.
func (b *bench) measure(script string, args []string) (g, c outcome) {
	outs := []*outcome{&g, &c}
	ips := []interp{b.g, b.c}
	for i, ip := range ips {
		if ip.Missing != "" {
			outs[i].Skipped = ip.Missing
		}
	}
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
			res, err := runScript(ips[i], b.script(script), args, b.cfg.Timeout, true)
			if err != nil {
				o.Err = err.Error()
				continue
			}
			o.Values = append(o.Values, res.Value)
			o.Info, o.Extra = res.Info, res.Extra
		}
	}
	for _, o := range outs {
		o.Median = harness.Median(o.Values)
	}
	return g, c
}

// infoNote is a per-metric note with both interpreters' INFO lines.
func infoNote(name string, g, c outcome) string {
	return fmt.Sprintf("%s: gpython-ssl [%s]; CPython [%s]", name, g.Info, c.Info)
}

// clientArgs are the arguments every socket script gets for server k.
func (b *bench) clientArgs(k serverKey) ([]string, error) {
	host, port, err := b.srv.port(k)
	if err != nil {
		return nil, err
	}
	return []string{"host=" + host, "port=" + port, "cafile=" + b.certs.CAFile, "hostname=" + benchHostname}, nil
}

func (b *bench) timed() []string {
	return []string{"count=1000000", "maxtime=" + strconv.FormatFloat(b.cfg.Time, 'f', -1, 64)}
}

// row runs a metric and appends its row (and an INFO note) to t.
func (b *bench) row(t *table, name, unit, script string, args []string, tg target, check func(info string) string) {
	g, c := b.measure(script, args)
	t.Rows = append(t.Rows, resultRow(name, unit, g, c, tg))
	t.Notes = append(t.Notes, infoNote(name, g, c))
	for _, f := range []struct {
		n string
		o outcome
	}{{"gpython-ssl", g}, {"CPython", c}} {
		if f.o.Err != "" {
			t.Notes = append(t.Notes, fmt.Sprintf("%s: %s: failed: %s", name, f.n, f.o.Err))
		}
	}
	if check == nil {
		return
	}
	invalid := ""
	for _, o := range []struct {
		n string
		o outcome
	}{{"gpython-ssl", g}, {"CPython", c}} {
		if o.o.ok() {
			if w := check(o.o.Info); w != "" {
				t.Notes = append(t.Notes, fmt.Sprintf("WARNING %s, %s: %s", name, o.n, w))
				invalid += " " + o.n
			}
		}
	}
	if invalid != "" {
		// The row did not measure what it says: no PASS for it.
		t.Rows[len(t.Rows)-1][5] = "INVALID (" + strings.TrimSpace(invalid) + ": see warning)"
	}
}

// expectVersion checks the negotiated protocol in an INFO line.
func expectVersion(v uint16) func(string) string {
	return func(info string) string {
		if got := infoField(info, "version"); got != versionName(v) {
			return fmt.Sprintf("negotiated %q, want %s", got, versionName(v))
		}
		return ""
	}
}

// expectReused checks that every timed connection resumed its session.
func expectReused(v uint16) func(string) string {
	return func(info string) string {
		if w := expectVersion(v)(info); w != "" {
			return w
		}
		r := infoField(info, "reused")
		got, all, _ := strings.Cut(r, "/")
		if got != all {
			return "not every handshake resumed: reused=" + r
		}
		return ""
	}
}

func (b *bench) startup() {
	t := &table{Title: "Start-up: `import ssl; ssl.create_default_context()` (whole process)", Header: resultHeader}
	script := b.script("startup.py")
	wall := [2]outcome{}
	rss := [2]outcome{}
	ips := []interp{b.g, b.c}
	for i, ip := range ips {
		if ip.Missing != "" {
			wall[i].Skipped, rss[i].Skipped = ip.Missing, ip.Missing
		}
	}
	// Start-up is cheap: more reps for a steadier median.
	reps := b.cfg.Reps * 4
	for rep := 0; rep < reps; rep++ {
		order := []int{0, 1}
		if rep%2 == 1 {
			order = []int{1, 0}
		}
		for _, i := range order {
			if wall[i].Skipped != "" || wall[i].Err != "" {
				continue
			}
			res, err := runScript(ips[i], script, nil, b.cfg.Timeout, false)
			if err != nil {
				wall[i].Err, rss[i].Err = err.Error(), err.Error()
				continue
			}
			wall[i].Values = append(wall[i].Values, float64(res.Wall.Microseconds())/1000)
			rss[i].Values = append(rss[i].Values, float64(res.MaxRSS)/(1<<20))
		}
	}
	for i := range ips {
		wall[i].Median, rss[i].Median = harness.Median(wall[i].Values), harness.Median(rss[i].Values)
	}
	t.Rows = append(t.Rows,
		resultRow("start-up wall time", "ms", wall[0], wall[1], target{MaxAbs: 30}),
		resultRow("start-up peak RSS", "MiB", rss[0], rss[1], target{MaxAbs: 20}))
	t.Notes = append(t.Notes, fmt.Sprintf("%d runs each, interleaved; wall time from fork to exit measured by the harness; peak RSS = rusage ru_maxrss of the child; targets apply to gpython-ssl's own value (lower is better, so ratio < 1 is better here)", reps))
	t.render(b.out)
}

func (b *bench) handshakes() {
	t := &table{Title: "Full handshakes against the Go server (connect + handshake + close; chain and hostname verified)", Header: resultHeader}
	for _, v := range []uint16{tls.VersionTLS13, tls.VersionTLS12} {
		for _, cert := range []string{certECDSA, certRSA} {
			k := serverKey{Version: v, Cert: cert, Mode: modeHandshake}
			name := fmt.Sprintf("%s %s handshakes", versionName(v), cert)
			args, err := b.clientArgs(k)
			if err != nil {
				t.Notes = append(t.Notes, name+": server: "+err.Error())
				continue
			}
			b.row(t, name, "1/s", "handshake.py", append(args, b.timed()...), target{MinRatio: 1.0}, expectVersion(v))
		}
	}
	t.render(b.out)
}

func (b *bench) bulk() {
	t := &table{Title: "Bulk transfer and echo over one connection (TLS 1.3, ECDSA)", Header: resultHeader}
	v := uint16(tls.VersionTLS13)
	for _, dir := range []string{"send", "recv"} {
		for _, chunk := range []int64{16384, 1024} {
			total, tg := b.cfg.Bulk16K, target{MinRatio: 1.0}
			if chunk == 1024 {
				total, tg = b.cfg.Bulk1K, target{MinRatio: 0.8}
			}
			mode := modeSink
			if dir == "recv" {
				mode = modeSource
			}
			k := serverKey{Version: v, Cert: certECDSA, Mode: mode, N: total}
			name := fmt.Sprintf("client %s, %d KiB chunks", dir, chunk/1024)
			args, err := b.clientArgs(k)
			if err != nil {
				t.Notes = append(t.Notes, name+": server: "+err.Error())
				continue
			}
			args = append(args, "direction="+dir, "total="+strconv.FormatInt(total, 10), "chunk="+strconv.FormatInt(chunk, 10))
			b.row(t, name, "MiB/s", "bulk.py", args, tg, expectVersion(v))
		}
	}
	k := serverKey{Version: v, Cert: certECDSA, Mode: modeEcho}
	if args, err := b.clientArgs(k); err == nil {
		b.row(t, "64-byte echo round trips", "1/s", "echo.py", append(append(args, b.timed()...), "size=64"), target{MinRatio: 0.8}, expectVersion(v))
	}
	t.Notes = append(t.Notes, fmt.Sprintf("send/recv move %d MiB (16 KiB chunks) and %d MiB (1 KiB chunks); timing starts after the handshake", b.cfg.Bulk16K>>20, b.cfg.Bulk1K>>20))
	t.render(b.out)
}

func (b *bench) membio() {
	t := &table{Title: "Memory BIO: SSLObject client and server in one process (TLS 1.3, ECDSA)", Header: resultHeader}
	base := []string{"cafile=" + b.certs.CAFile, "certfile=" + b.certs.CertFile[certECDSA], "keyfile=" + b.certs.KeyFile[certECDSA], "hostname=" + benchHostname}
	for _, chunk := range []int64{16384, 1024} {
		total := b.cfg.Bulk16K
		if chunk == 1024 {
			total = b.cfg.Bulk1K
		}
		args := append(append([]string{}, base...), "what=transfer", "total="+strconv.FormatInt(total, 10), "chunk="+strconv.FormatInt(chunk, 10))
		b.row(t, fmt.Sprintf("memory BIO transfer, %d KiB chunks", chunk/1024), "MiB/s", "membio.py", args, target{MinRatio: 1.0}, nil)
	}
	args := append(append(append([]string{}, base...), "what=handshake"), b.timed()...)
	b.row(t, "memory BIO full handshakes (client+server)", "1/s", "membio.py", args, target{MinRatio: 1.0}, nil)
	t.render(b.out)
}

func (b *bench) resume() {
	t := &table{Title: "Resumed handshakes over sockets (wrap_socket(session=previous session); read the 1-byte greeting)", Header: resultHeader}
	for _, v := range []uint16{tls.VersionTLS13, tls.VersionTLS12} {
		k := serverKey{Version: v, Cert: certECDSA, Mode: modeGreet}
		name := fmt.Sprintf("%s ECDSA resumed handshakes", versionName(v))
		args, err := b.clientArgs(k)
		if err != nil {
			t.Notes = append(t.Notes, name+": server: "+err.Error())
			continue
		}
		b.row(t, name, "1/s", "handshake.py", append(append(args, b.timed()...), "resume=1", "read=1"), target{MinRatio: 1.3}, expectReused(v))
	}
	t.render(b.out)
}

// serveOnly starts one listener per mode and version (ECDSA and RSA) and
// keeps them up for d.
func serveOnly(srv *goServer, certs *certSet, d time.Duration, out io.Writer) error {
	fmt.Fprintf(out, "cafile=%s hostname=%s\n", certs.CAFile, benchHostname)
	for _, kind := range []string{certECDSA, certRSA} {
		fmt.Fprintf(out, "%s certfile=%s keyfile=%s\n", kind, certs.CertFile[kind], certs.KeyFile[kind])
	}
	for _, v := range []uint16{tls.VersionTLS13, tls.VersionTLS12} {
		for _, kind := range []string{certECDSA, certRSA} {
			for _, m := range []string{modeHandshake, modeGreet, modeEcho, modeHTTP} {
				k := serverKey{Version: v, Cert: kind, Mode: m}
				a, err := srv.addr(k)
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "%s %s %s %s\n", versionName(v), kind, m, a)
			}
		}
	}
	// The bulk listeners of the default sizes, TLS 1.3 ECDSA as in the tables.
	for _, mib := range []int64{512, 64} {
		for _, m := range []string{modeSink, modeSource} {
			k := serverKey{Version: tls.VersionTLS13, Cert: certECDSA, Mode: m, N: mib << 20}
			a, err := srv.addr(k)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "%s %s %s %d %s\n", versionName(k.Version), k.Cert, m, k.N, a)
		}
	}
	time.Sleep(d)
	return nil
}
