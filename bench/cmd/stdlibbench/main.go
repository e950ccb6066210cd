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
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
	benchinterp "github.com/gpython-ssl/gpython-ssl/bench/internal/interp"
)

// config is stdlibbench's command line: the shared flags and -python36.
type config struct {
	harness.Common
	Python36 string
}

// command is what stdlibbench tells the shared harness about itself.
var command = harness.Command{
	Prog:       "stdlibbench",
	Rows:       "rows (json, sha256, struct, re, ...)",
	ScriptsSub: "stdlib",
	Probe:      benchmarks[0].Script,
	Python:     "CPython 3.11 interpreter, the target's reference (skipped when not found)",
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
	var cfg config
	err := command.ParseFlags(args, stderr, &cfg.Common, func(fs *flag.FlagSet) {
		fs.StringVar(&cfg.Python36, "python36", "", "CPython 3.6 interpreter, shown for reference (default: python3.6, else pyenv's newest 3.6.x; skipped when not found)")
	})
	return cfg, err
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
	dir, err := command.ScriptsDir(cfg.Common)
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
	harness.MeasureTimed(&rep.Environment, harness.Options{Reps: cfg.Reps, Dir: dir, Timeout: cfg.Timeout, Verbose: cfg.Verbose, Log: stderr, Prefix: "stdlibbench"}, jobs, ips)
	rep.Rows = rows
	rep.finish()
	for _, rw := range rep.Rows {
		command.WarnChecksum(stderr, rw.Name, rw.ChecksumError)
	}
	return harness.Emit(stdout, cfg.JSON, rep, rep.render)
}
