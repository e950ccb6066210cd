// Command vmbench times Python-level work: the micro-benchmarks of
// bench/vm (recursive calls, an int loop, method calls, globals, strings,
// containers, exceptions, generators, bytes, classes) under gpython-ssl
// (bin/gpython-ssl, the project's evaluation loop), under stock gpython's
// own loop (the gpython command built from the pinned module) and under
// CPython 3.11, repetitions interleaved. It prints medians, ratios to
// CPython and to stock gpython with the targets of issue 13 items 1 and
// 3, the geometric mean, and each interpreter's peak RSS. `make bench-vm`
// runs it.
//
// vmbench measures; it does not gate: it exits 0 whatever the targets say,
// and non-zero only when it cannot run (no gpython-ssl, no scripts).
//
// Usage:
//
//	vmbench [-reps 5] [-filter REGEXP] [-json] [-gpython bin/gpython-ssl]
//	        [-stock bin/gpython-stock] [-python python3] [-scripts bench/vm]
package main

import (
	"debug/buildinfo"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"
)

// config is vmbench's command line.
type config struct {
	Reps    int
	Filter  *regexp.Regexp // benchmarks whose name matches; nil for all
	JSON    bool
	Verbose bool
	GPython string
	Stock   string
	Python  string
	Scripts string
	Timeout time.Duration // per process
}

func main() {
	cfg, err := parseFlags(os.Args[1:], os.Stderr)
	if err != nil {
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "vmbench:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("vmbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg config
	var filter string
	fs.IntVar(&cfg.Reps, "reps", 5, "runs of each script per interpreter (interleaved)")
	fs.StringVar(&filter, "filter", "", "run only the benchmarks whose name matches this regexp (fib, loop, methods, ...)")
	fs.BoolVar(&cfg.JSON, "json", false, "print the results as JSON instead of tables")
	fs.BoolVar(&cfg.Verbose, "v", false, "print every run on stderr")
	fs.StringVar(&cfg.GPython, "gpython", "bin/gpython-ssl", "gpython-ssl binary (required)")
	fs.StringVar(&cfg.Stock, "stock", "bin/gpython-stock", "stock gpython binary (skipped when not found)")
	fs.StringVar(&cfg.Python, "python", "python3", "CPython 3.11 interpreter (skipped when not found)")
	fs.StringVar(&cfg.Scripts, "scripts", "", "directory of the scripts (default: bench/vm found from the working directory)")
	fs.DurationVar(&cfg.Timeout, "timeout", 2*time.Minute, "limit for one script process")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if cfg.Reps < 1 || cfg.Timeout <= 0 {
		fmt.Fprintln(stderr, "vmbench: -reps and -timeout must be positive")
		return cfg, fmt.Errorf("bad flags")
	}
	if filter != "" {
		re, err := regexp.Compile(filter)
		if err != nil {
			fmt.Fprintln(stderr, "vmbench: -filter:", err)
			return cfg, err
		}
		cfg.Filter = re
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "vmbench: unexpected arguments %q\n", fs.Args())
		return cfg, fmt.Errorf("bad arguments")
	}
	return cfg, nil
}

// findScripts locates bench/vm from the working directory upwards.
func findScripts() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		for _, p := range []string{filepath.Join(dir, "bench", "vm"), filepath.Join(dir, "vm")} {
			if _, err := os.Stat(filepath.Join(p, benchmarks[0].Script)); err == nil {
				return p, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("bench/vm not found from the working directory: pass -scripts")
		}
		dir = parent
	}
}

// selected returns the benchmarks that cfg.Filter keeps.
func selected(cfg config) []benchmark {
	var bs []benchmark
	for _, b := range benchmarks {
		if cfg.Filter == nil || cfg.Filter.MatchString(b.Name) {
			bs = append(bs, b)
		}
	}
	return bs
}

func run(cfg config, stdout, stderr io.Writer) error {
	if cfg.Scripts == "" {
		s, err := findScripts()
		if err != nil {
			return err
		}
		cfg.Scripts = s
	}
	dir, err := filepath.Abs(cfg.Scripts)
	if err != nil {
		return err
	}
	bs := selected(cfg)
	if len(bs) == 0 {
		return fmt.Errorf("-filter %q matches no benchmark", cfg.Filter)
	}
	ips := []interp{
		lookInterp(keyOurs, "gpython-ssl", cfg.GPython, ": run `make build`"),
		lookInterp(keyStock, "stock gpython", cfg.Stock, ": build it with `go build -o bin/gpython-stock github.com/go-python/gpython` (make bench-vm does)"),
		realPython(lookInterp(keyCPython, "CPython", cfg.Python, "")),
	}
	if ips[0].Missing != "" {
		return fmt.Errorf("gpython-ssl: %s", ips[0].Missing)
	}
	for i := range ips[:2] {
		ips[i].Version = goBinaryVersion(ips[i].Path)
	}
	rep := &report{
		Date:         time.Now().UTC().Format(time.RFC3339),
		Reps:         cfg.Reps,
		Environment:  environment(dir),
		Interpreters: ips,
	}
	rep.Environment.LoadBefore = loadAverage()
	start := time.Now()
	rep.Rows = measure(cfg, dir, bs, ips, stderr)
	rep.Environment.LoadAfter = loadAverage()
	rep.Environment.Duration = time.Since(start).Round(time.Second).String()
	rep.finish()
	for _, rw := range rep.Rows {
		if rw.ChecksumError != "" {
			fmt.Fprintf(stderr, "vmbench: %s: %s\n", rw.Name, strings.ToUpper(rw.ChecksumError[:1])+rw.ChecksumError[1:])
		}
	}
	if cfg.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.render(stdout)
	return nil
}

// measure runs every benchmark reps times under each interpreter. The
// order interleaves: each repetition runs every benchmark once under each
// interpreter, and the interpreter that goes first rotates from one
// repetition to the next and from one benchmark to the next, so that
// drifts of the machine's load fall on all three alike. A script that
// fails under an interpreter is not run again under it.
func measure(cfg config, dir string, bs []benchmark, ips []interp, stderr io.Writer) []*row {
	rows := make([]*row, len(bs))
	for i, b := range bs {
		rows[i] = &row{Name: b.Name, Script: b.Script, What: b.What, Bench: b, Runs: map[string]*outcome{}}
		for _, ip := range ips {
			o := &outcome{}
			if ip.Missing != "" {
				o.Skipped = ip.Missing
			}
			rows[i].Runs[ip.Key] = o
		}
	}
	for r := 0; r < cfg.Reps; r++ {
		repStart := time.Now()
		for i, rw := range rows {
			for k := range ips {
				ip := ips[(r+i+k)%len(ips)]
				o := rw.Runs[ip.Key]
				if o.Skipped != "" || o.Err != "" {
					continue
				}
				res, err := runScript(ip, dir, rw.Bench.Script, nil, cfg.Timeout)
				o.add(res, err)
				if cfg.Verbose {
					if err != nil {
						fmt.Fprintf(stderr, "vmbench: rep %d %s %s: %v\n", r+1, rw.Bench.Name, ip.Name, err)
					} else {
						fmt.Fprintf(stderr, "vmbench: rep %d %s %s: %.3fs, checksum %s, %.1f MiB\n", r+1, rw.Bench.Name, ip.Name, res.Seconds, res.Checksum, mib(res.MaxRSS))
					}
				}
			}
		}
		fmt.Fprintf(stderr, "vmbench: rep %d/%d done in %s\n", r+1, cfg.Reps, time.Since(repStart).Round(100*time.Millisecond))
	}
	return rows
}

// env is what the figures depend on.
type env struct {
	CPUs       int    `json:"cpus"`
	CPUModel   string `json:"cpu_model"`
	Go         string `json:"go"`
	Commit     string `json:"commit"`
	Scripts    string `json:"scripts"`
	GOGC       string `json:"gogc,omitempty"`
	LoadBefore string `json:"load_before"`
	LoadAfter  string `json:"load_after"`
	Duration   string `json:"duration"`
}

func environment(scripts string) env {
	e := env{CPUs: runtime.NumCPU(), CPUModel: cpuModel(), Go: runtime.Version(), Scripts: scripts, GOGC: os.Getenv("GOGC")}
	if out, err := exec.Command("git", "-C", scripts, "describe", "--always", "--dirty").Output(); err == nil {
		e.Commit = strings.TrimSpace(string(out))
	}
	return e
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// loadAverage is the 1, 5 and 15-minute load average ("" where unknown).
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

// goBinaryVersion describes a Go binary by its main package and the
// gpython module it was built with.
func goBinaryVersion(path string) string {
	bi, err := buildinfo.ReadFile(path)
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	const gpython = "github.com/go-python/gpython"
	v := bi.Path
	if bi.Main.Path == gpython {
		return v + " " + bi.Main.Version
	}
	for _, d := range bi.Deps {
		if d.Path == gpython {
			return v + ", gpython " + d.Version
		}
	}
	return v
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }
