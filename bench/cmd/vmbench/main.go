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
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
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
		harness.Look(keyOurs, "gpython-ssl", cfg.GPython, ": run `make build`"),
		harness.Look(keyStock, "stock gpython", cfg.Stock, ": build it with `go build -o bin/gpython-stock github.com/go-python/gpython` (make bench-vm does)"),
		harness.RealPython(harness.Look(keyCPython, "CPython", cfg.Python, "")),
	}
	if ips[0].Missing != "" {
		return fmt.Errorf("gpython-ssl: %s", ips[0].Missing)
	}
	for i := range ips[:2] {
		ips[i].Version = harness.GoBinaryVersion(ips[i].Path)
	}
	rep := &report{
		Date:         time.Now().UTC().Format(time.RFC3339),
		Reps:         cfg.Reps,
		Environment:  harness.Environment(dir),
		Interpreters: ips,
	}
	rep.Environment.LoadBefore = harness.LoadAverage()
	start := time.Now()
	rep.Rows = measure(cfg, dir, bs, ips, stderr)
	rep.Environment.LoadAfter = harness.LoadAverage()
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

// measure runs every benchmark cfg.Reps times under each interpreter,
// interleaved (harness.Measure): a burst of load falls on all three
// alike. A script that fails under an interpreter is not run again under
// it.
func measure(cfg config, dir string, bs []benchmark, ips []interp, stderr io.Writer) []*row {
	rows := make([]*row, len(bs))
	jobs := make([]harness.Job, len(bs))
	for i, b := range bs {
		rows[i] = &row{Name: b.Name, Script: b.Script, What: b.What, Bench: b, Runs: harness.NewRuns(ips)}
		jobs[i] = harness.Job{Name: b.Name, Script: b.Script, Runs: rows[i].Runs}
	}
	harness.Measure(harness.Options{Reps: cfg.Reps, Dir: dir, Timeout: cfg.Timeout, Verbose: cfg.Verbose, Log: stderr, Prefix: "vmbench"}, jobs, ips)
	return rows
}
