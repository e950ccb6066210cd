// Command typicalbench measures the CPU time of the typical user scripts
// (tests/typical/scripts) under gpython-ssl and under CPython 3.6: each
// script runs as tests/typical runs it (tests/typical.RunScript: the same
// working directory, environment and time bound, its peers started by
// the script itself), repetitions interleaved, and the figure is the
// user plus system time of the interpreter's process and of the
// processes it waited for. It prints every script's medians and ratio,
// the geometric mean of the ratios, the totals and the worst scripts.
// `make bench-typical` runs it.
//
// typicalbench measures; it does not gate: it exits 0 whatever the
// ratios are, and non-zero only when it cannot run (no gpython-ssl, no
// scripts). A script whose outcome is not the stored CPython 3.6 outcome
// is measured all the same and marked in the table.
//
// Usage:
//
//	typicalbench [-reps 3] [-jobs 4] [-filter REGEXP] [-worst 15]
//	             [-gpython bin/gpython-ssl] [-python36 PATH] [-dir tests/typical]
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
	benchinterp "github.com/gpython-ssl/gpython-ssl/bench/internal/interp"
	"github.com/gpython-ssl/gpython-ssl/tests/typical"
)

// config is typicalbench's command line.
type config struct {
	Gpython  string
	Python36 string
	Dir      string // tests/typical: scripts/ and testdata/cpython36/ under it
	Reps     int
	Jobs     int
	Worst    int
	Filter   *regexp.Regexp
	Timeout  time.Duration
	Verbose  bool
}

func main() {
	cfg, err := parseFlags(os.Args[1:], os.Stderr)
	if err != nil {
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "typicalbench:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("typicalbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.Gpython, "gpython", "bin/gpython-ssl", "gpython-ssl binary")
	fs.StringVar(&cfg.Python36, "python36", "", "CPython 3.6 (default: the newest pyenv 3.6.x, else python3.6)")
	fs.StringVar(&cfg.Dir, "dir", "tests/typical", "tests/typical's directory (scripts/ and testdata/cpython36/)")
	fs.IntVar(&cfg.Reps, "reps", 3, "runs of each script under each interpreter (the median counts)")
	fs.IntVar(&cfg.Jobs, "jobs", 4, "scripts running at once (they mostly wait on their peers)")
	fs.IntVar(&cfg.Worst, "worst", 15, "rows of the worst-ratio table")
	filter := fs.String("filter", "", "only the scripts whose name matches this regular expression")
	fs.DurationVar(&cfg.Timeout, "timeout", typical.ScriptTimeout, "bound of one run")
	fs.BoolVar(&cfg.Verbose, "v", false, "print every run")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		err := fmt.Errorf("unexpected arguments %q", fs.Args())
		fmt.Fprintln(stderr, "typicalbench:", err)
		return cfg, err
	}
	if cfg.Reps < 1 || cfg.Jobs < 1 || cfg.Worst < 0 || cfg.Timeout <= 0 {
		err := errors.New("-reps and -jobs must be at least 1, -worst at least 0, -timeout positive")
		fmt.Fprintln(stderr, "typicalbench:", err)
		return cfg, err
	}
	re, err := regexp.Compile(*filter)
	if err != nil {
		fmt.Fprintln(stderr, "typicalbench: -filter:", err)
		return cfg, err
	}
	cfg.Filter = re
	return cfg, nil
}

// The two interpreters, in column order.
const (
	ours = iota
	ref
	nInterp
)

// side is one script's runs under one interpreter.
type side struct {
	CPU     []time.Duration
	Err     string // why it stopped being run ("" while it runs)
	Differs bool   // an outcome was not the stored CPython 3.6 one
}

// median is the median CPU time of the runs (0 without runs).
func (s *side) median() time.Duration {
	if len(s.CPU) == 0 {
		return 0
	}
	c := slices.Clone(s.CPU)
	slices.Sort(c)
	if n := len(c); n%2 == 0 {
		return (c[n/2-1] + c[n/2]) / 2
	}
	return c[len(c)/2]
}

// row is one script.
type row struct {
	Name   string
	Stored string // the stored CPython 3.6 outcome; "" when none is current
	Sides  [nInterp]side
}

// ok says whether both interpreters ran the script every time.
func (r *row) ok(reps int) bool {
	for _, s := range r.Sides {
		if s.Err != "" || len(s.CPU) != reps {
			return false
		}
	}
	return true
}

// ratio is gpython-ssl's median over CPython 3.6's.
func (r *row) ratio() float64 {
	o, c := r.Sides[ours].median(), r.Sides[ref].median()
	if c <= 0 {
		return math.Inf(1)
	}
	return float64(o) / float64(c)
}

func run(cfg config, stdout, stderr io.Writer) error {
	gp, err := benchinterp.Find(cfg.Gpython)
	if err != nil {
		return fmt.Errorf("gpython-ssl %s: %v (make build)", cfg.Gpython, err)
	}
	py := cfg.Python36
	if py == "" {
		if py = benchinterp.Pyenv("3.6."); py == "" {
			py = "python3.6"
		}
	}
	py36, version, err := benchinterp.RealPython(py)
	if err != nil || !strings.HasPrefix(version, "3.6.") {
		return fmt.Errorf("CPython 3.6 %s: %q, %v (install it with pyenv, or name it with -python36)", py, version, err)
	}
	names, err := typical.Scripts(cfg.Dir)
	if err != nil {
		return err
	}
	var rows []*row
	for _, n := range names {
		if cfg.Filter.MatchString(strings.TrimSuffix(n, ".py")) {
			stored, _ := typical.Stored(cfg.Dir, n)
			rows = append(rows, &row{Name: n, Stored: stored})
		}
	}
	if len(rows) == 0 {
		return fmt.Errorf("no scripts in %s/scripts match %q", cfg.Dir, cfg.Filter)
	}
	paths := [nInterp]string{gp, py36}
	load := harness.LoadAverage()
	start := time.Now()
	measure(cfg, rows, paths, stderr)
	fmt.Fprintf(stdout, "typicalbench: %d scripts, %d reps, %d at once; gpython-ssl %s, CPython %s (%s); %s on %d CPUs, load %s -> %s, %s\n",
		len(rows), cfg.Reps, cfg.Jobs, gp, version, py36, harness.CPUModel(), runtime.NumCPU(), load, harness.LoadAverage(), time.Since(start).Round(time.Second))
	report(stdout, rows, cfg.Reps, cfg.Worst)
	return nil
}

// task is one run: a script under an interpreter.
type task struct {
	row    *row
	interp int
	rep    int
}

// measure runs every script cfg.Reps times under each interpreter, at
// most cfg.Jobs at once. The order interleaves: each repetition runs
// every script once under each interpreter, and which goes first
// alternates from script to script and from one repetition to the next,
// so that the machine's load falls on both alike. A script that fails
// to run (a time-out) under an interpreter is not run again under it.
func measure(cfg config, rows []*row, paths [nInterp]string, log io.Writer) {
	tasks := make(chan task)
	var mu sync.Mutex
	done := make([]int, cfg.Reps) // runs finished (or skipped) of each repetition
	start := time.Now()
	finish := func(t task) { // with mu held
		if done[t.rep]++; done[t.rep] == len(rows)*nInterp {
			fmt.Fprintf(log, "typicalbench: rep %d/%d done at %s\n", t.rep+1, cfg.Reps, time.Since(start).Round(time.Second))
		}
	}
	var wg sync.WaitGroup
	for w := 0; w < cfg.Jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				mu.Lock()
				skip := t.row.Sides[t.interp].Err != ""
				if skip {
					finish(t)
				}
				mu.Unlock()
				if skip {
					continue
				}
				r, err := typical.RunScript(paths[t.interp], cfg.Dir+"/scripts", t.row.Name, cfg.Timeout)
				mu.Lock()
				s := &t.row.Sides[t.interp]
				if err != nil {
					s.Err = firstLine(err.Error())
				} else {
					s.CPU = append(s.CPU, r.CPU())
					s.Differs = s.Differs || r.Outcome != t.row.Stored
				}
				if cfg.Verbose {
					fmt.Fprintf(log, "typicalbench: rep %d %s %s: %v cpu, %v wall, err %v\n", t.rep+1, t.row.Name, paths[t.interp], r.CPU(), r.Wall.Round(time.Millisecond), err != nil)
				}
				finish(t)
				mu.Unlock()
			}
		}()
	}
	for r := 0; r < cfg.Reps; r++ {
		for i, rw := range rows {
			for k := 0; k < nInterp; k++ {
				tasks <- task{rw, (r + i + k) % nInterp, r}
			}
		}
	}
	close(tasks)
	wg.Wait()
}

// firstLine is s up to its first newline.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return harness.Truncate(line, 160)
}

// ms formats a duration in milliseconds.
func ms(d time.Duration) string { return fmt.Sprintf("%.0f", float64(d)/float64(time.Millisecond)) }

// summary is what report computes over the scripts both interpreters ran.
type summary struct {
	Measured       int
	Ours, Ref      time.Duration // sums of the medians
	Geomean        float64
	Over2, Over1_5 int
	Differs        int
	Failed         []string
}

func summarize(rows []*row, reps int) summary {
	var s summary
	logSum := 0.0
	for _, r := range rows {
		if r.Sides[ours].Differs || r.Sides[ref].Differs {
			s.Differs++
		}
		if !r.ok(reps) {
			s.Failed = append(s.Failed, r.Name)
			continue
		}
		s.Measured++
		s.Ours += r.Sides[ours].median()
		s.Ref += r.Sides[ref].median()
		q := r.ratio()
		logSum += math.Log(q)
		if q > 2 {
			s.Over2++
		}
		if q > 1.5 {
			s.Over1_5++
		}
	}
	if s.Measured > 0 {
		s.Geomean = math.Exp(logSum / float64(s.Measured))
	}
	return s
}

// note says what is wrong with a row, if anything.
func note(r *row) string {
	var parts []string
	names := [nInterp]string{"gpython-ssl", "CPython 3.6"}
	for k, s := range r.Sides {
		if s.Err != "" {
			parts = append(parts, names[k]+": "+s.Err)
		}
	}
	switch {
	case r.Stored == "":
		parts = append(parts, "no current stored outcome")
	case r.Sides[ours].Differs && r.Sides[ref].Differs:
		parts = append(parts, "both differ from the stored outcome")
	case r.Sides[ours].Differs:
		parts = append(parts, "gpython-ssl's outcome differs")
	case r.Sides[ref].Differs:
		parts = append(parts, "CPython 3.6's outcome differs from the stored one")
	}
	return strings.Join(parts, "; ")
}

// report prints the per-script table, the summary and the worst rows.
func report(w io.Writer, rows []*row, reps, worst int) {
	header := []string{"script", "gpython-ssl CPU ms", "CPython 3.6 CPU ms", "ratio", "note"}
	line := func(t *harness.Table, r *row) {
		ratio := "-"
		if r.ok(reps) {
			ratio = fmt.Sprintf("%.2fx", r.ratio())
		}
		t.Add(strings.TrimSuffix(r.Name, ".py"), ms(r.Sides[ours].median()), ms(r.Sides[ref].median()), ratio, note(r))
	}
	all := harness.Table{Title: "Every script: median user+sys CPU of the interpreter and the processes it waited for", Header: header}
	for _, r := range rows {
		line(&all, r)
	}
	all.Render(w)

	s := summarize(rows, reps)
	sum := harness.Table{Title: "Summary", Header: []string{"measure", "value"}}
	sum.Add("scripts measured (both interpreters, every rep)", fmt.Sprint(s.Measured))
	sum.Add("geometric mean of the ratios", fmt.Sprintf("%.2fx", s.Geomean))
	sum.Add("total CPU, gpython-ssl / CPython 3.6", fmt.Sprintf("%.1f s / %.1f s (%.2fx)", s.Ours.Seconds(), s.Ref.Seconds(), s.Ours.Seconds()/max(s.Ref.Seconds(), 1e-9)))
	sum.Add("scripts over 1.5x / over 2x", fmt.Sprintf("%d / %d", s.Over1_5, s.Over2))
	sum.Add("scripts whose outcome differs from the stored one", fmt.Sprint(s.Differs))
	if len(s.Failed) > 0 {
		sum.Notes = append(sum.Notes, "not measured (a run failed or timed out): "+strings.Join(s.Failed, ", "))
	}
	sum.Render(w)

	measured := make([]*row, 0, len(rows))
	for _, r := range rows {
		if r.ok(reps) {
			measured = append(measured, r)
		}
	}
	sort.SliceStable(measured, func(i, j int) bool { return measured[i].ratio() > measured[j].ratio() })
	if worst > len(measured) {
		worst = len(measured)
	}
	if worst > 0 {
		top := harness.Table{Title: fmt.Sprintf("The worst %d ratios", worst), Header: header}
		for _, r := range measured[:worst] {
			line(&top, r)
		}
		top.Render(w)
	}
}
