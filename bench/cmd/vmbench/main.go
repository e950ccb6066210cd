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
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
)

// config is vmbench's command line: the shared flags and -stock.
type config struct {
	harness.Common
	Stock string
}

// command is what vmbench tells the shared harness about itself.
var command = harness.Command{
	Prog:       "vmbench",
	Rows:       "benchmarks (fib, loop, methods, ...)",
	ScriptsSub: "vm",
	Probe:      benchmarks[0].Script,
	Python:     "CPython 3.11 interpreter (skipped when not found)",
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
	var cfg config
	err := command.ParseFlags(args, stderr, &cfg.Common, func(fs *flag.FlagSet) {
		fs.StringVar(&cfg.Stock, "stock", "bin/gpython-stock", "stock gpython binary (skipped when not found)")
	})
	return cfg, err
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
	dir, err := command.ScriptsDir(cfg.Common)
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
	rep.Rows = measure(cfg, dir, bs, ips, &rep.Environment, stderr)
	rep.finish()
	for _, rw := range rep.Rows {
		command.WarnChecksum(stderr, rw.Name, rw.ChecksumError)
	}
	return harness.Emit(stdout, cfg.JSON, rep, rep.render)
}

// measure runs every benchmark cfg.Reps times under each interpreter,
// interleaved (harness.Measure): a burst of load falls on all three
// alike. A script that fails under an interpreter is not run again under
// it.
func measure(cfg config, dir string, bs []benchmark, ips []interp, env *harness.Env, stderr io.Writer) []*row {
	rows := make([]*row, len(bs))
	jobs := make([]harness.Job, len(bs))
	for i, b := range bs {
		rows[i] = &row{Name: b.Name, Script: b.Script, What: b.What, Bench: b, Runs: harness.NewRuns(ips)}
		jobs[i] = harness.Job{Name: b.Name, Script: b.Script, Runs: rows[i].Runs}
	}
	harness.MeasureTimed(env, harness.Options{Reps: cfg.Reps, Dir: dir, Timeout: cfg.Timeout, Verbose: cfg.Verbose, Log: stderr, Prefix: "vmbench"}, jobs, ips)
	return rows
}
