// Command stdlibbench times standard-library work (issue 16 item 4):
// json.dumps and json.loads of a 1 MB document, SHA-256 of 64 MiB, a
// struct.unpack loop and re over 1 MB, the scripts of bench/stdlib, under
// gpython-ssl (bin/gpython-ssl), CPython 3.11 (python3) and, where it is
// installed, CPython 3.6 (python3.6), repetitions interleaved. It prints
// medians, each interpreter's speed against gpython-ssl's with the
// issue's target (at least 1.0x CPython 3.11's speed), and peak RSS.
// `make bench-stdlib` runs it.
//
// stdlibbench measures; it does not gate: it exits 0 whatever the
// targets say, and non-zero only when it cannot run (no gpython-ssl, no
// scripts).
//
// Usage:
//
//	stdlibbench [-reps 5] [-filter REGEXP] [-json] [-gpython bin/gpython-ssl]
//	            [-python python3] [-python36 python3.6] [-scripts bench/stdlib]
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
	benchinterp "github.com/gpython-ssl/gpython-ssl/bench/internal/interp"
)

// config is stdlibbench's command line.
type config struct {
	Reps     int
	Filter   *regexp.Regexp // rows whose name matches; nil for all
	JSON     bool
	Verbose  bool
	GPython  string
	Python   string
	Python36 string
	Scripts  string
	Timeout  time.Duration // per process
}

// The interpreters, in column order.
const (
	keyOurs      = "gpython-ssl"
	keyCPython   = "cpython"
	keyCPython36 = "cpython36"
)

func main() {
	cfg, err := parseFlags(os.Args[1:], os.Stderr)
	if err != nil {
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "stdlibbench:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("stdlibbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg config
	var filter string
	fs.IntVar(&cfg.Reps, "reps", 5, "runs of each row per interpreter (interleaved)")
	fs.StringVar(&filter, "filter", "", "run only the rows whose name matches this regexp (json, sha256, struct, re, ...)")
	fs.BoolVar(&cfg.JSON, "json", false, "print the results as JSON instead of tables")
	fs.BoolVar(&cfg.Verbose, "v", false, "print every run on stderr")
	fs.StringVar(&cfg.GPython, "gpython", "bin/gpython-ssl", "gpython-ssl binary (required)")
	fs.StringVar(&cfg.Python, "python", "python3", "CPython 3.11 interpreter, the target's reference (skipped when not found)")
	fs.StringVar(&cfg.Python36, "python36", "", "CPython 3.6 interpreter, shown for reference (default: python3.6, else pyenv's newest 3.6.x; skipped when not found)")
	fs.StringVar(&cfg.Scripts, "scripts", "", "directory of the scripts (default: bench/stdlib found from the working directory)")
	fs.DurationVar(&cfg.Timeout, "timeout", 2*time.Minute, "limit for one script process")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if cfg.Reps < 1 || cfg.Timeout <= 0 {
		fmt.Fprintln(stderr, "stdlibbench: -reps and -timeout must be positive")
		return cfg, fmt.Errorf("bad flags")
	}
	if filter != "" {
		re, err := regexp.Compile(filter)
		if err != nil {
			fmt.Fprintln(stderr, "stdlibbench: -filter:", err)
			return cfg, err
		}
		cfg.Filter = re
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "stdlibbench: unexpected arguments %q\n", fs.Args())
		return cfg, fmt.Errorf("bad arguments")
	}
	return cfg, nil
}

// findScripts locates bench/stdlib from the working directory upwards.
func findScripts() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		for _, p := range []string{filepath.Join(dir, "bench", "stdlib"), filepath.Join(dir, "stdlib")} {
			if _, err := os.Stat(filepath.Join(p, benchmarks[0].Script)); err == nil {
				return p, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("bench/stdlib not found from the working directory: pass -scripts")
		}
		dir = parent
	}
}

// selected returns the rows that cfg.Filter keeps.
func selected(cfg config) []benchmark {
	var bs []benchmark
	for _, b := range benchmarks {
		if cfg.Filter == nil || cfg.Filter.MatchString(b.Name) {
			bs = append(bs, b)
		}
	}
	return bs
}

// python36 is the CPython 3.6 to run: the one named, else python3.6
// when it runs, else pyenv's newest 3.6.x.
func python36(named string) string {
	if named != "" {
		return named
	}
	if _, _, err := benchinterp.RealPython("python3.6"); err == nil {
		return "python3.6"
	}
	if p := benchinterp.Pyenv("3.6."); p != "" {
		return p
	}
	return "python3.6"
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
		return fmt.Errorf("-filter %q matches no row", cfg.Filter)
	}
	ips := []harness.Interp{
		harness.Look(keyOurs, "gpython-ssl", cfg.GPython, ": run `make build`"),
		harness.RealPython(harness.Look(keyCPython, "CPython 3.11", cfg.Python, "")),
		harness.RealPython(harness.Look(keyCPython36, "CPython 3.6", python36(cfg.Python36), "")),
	}
	if ips[0].Missing != "" {
		return fmt.Errorf("gpython-ssl: %s", ips[0].Missing)
	}
	ips[0].Version = harness.GoBinaryVersion(ips[0].Path)
	rep := &report{
		Date:         time.Now().UTC().Format(time.RFC3339),
		Reps:         cfg.Reps,
		Environment:  harness.Environment(dir),
		Interpreters: ips,
	}
	rows := make([]*row, len(bs))
	jobs := make([]harness.Job, len(bs))
	for i, b := range bs {
		rows[i] = &row{Name: b.Name, Script: b.Script, Args: b.Args, What: b.What, Bench: b, Runs: harness.NewRuns(ips)}
		jobs[i] = harness.Job{Name: b.Name, Script: b.Script, Args: b.Args, Runs: rows[i].Runs}
	}
	rep.Environment.LoadBefore = harness.LoadAverage()
	start := time.Now()
	harness.Measure(harness.Options{Reps: cfg.Reps, Dir: dir, Timeout: cfg.Timeout, Verbose: cfg.Verbose, Log: stderr, Prefix: "stdlibbench"}, jobs, ips)
	rep.Environment.LoadAfter = harness.LoadAverage()
	rep.Environment.Duration = time.Since(start).Round(time.Second).String()
	rep.Rows = rows
	rep.finish()
	for _, rw := range rep.Rows {
		if rw.ChecksumError != "" {
			fmt.Fprintf(stderr, "stdlibbench: %s: %s\n", rw.Name, strings.ToUpper(rw.ChecksumError[:1])+rw.ChecksumError[1:])
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
