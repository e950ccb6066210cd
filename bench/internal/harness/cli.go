package harness

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
)

// Common is the part of the command line every interleaved script
// benchmark takes.
type Common struct {
	Reps    int
	Filter  *regexp.Regexp // rows whose name matches; nil for all
	JSON    bool
	Verbose bool
	GPython string
	Python  string
	Scripts string
	Timeout time.Duration // per process
}

// Command describes one benchmark command for ParseFlags and ScriptsDir.
type Command struct {
	Prog       string // "vmbench": the flag set's name and the prefix of its messages
	Rows       string // what -filter selects, for its help ("benchmarks (fib, loop, ...)")
	ScriptsSub string // the scripts' directory under bench/ ("vm")
	Probe      string // a script that directory must hold
	Python     string // help for -python
}

// ParseFlags parses args into c, with the flags extra registers on the
// same set. A usage error is printed on stderr and returned.
func (cmd Command) ParseFlags(args []string, stderr io.Writer, c *Common, extra func(fs *flag.FlagSet)) error {
	fs := flag.NewFlagSet(cmd.Prog, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var filter string
	fs.IntVar(&c.Reps, "reps", 5, "runs of each row per interpreter (interleaved)")
	fs.StringVar(&filter, "filter", "", "run only the "+cmd.Rows+" whose name matches this regexp")
	fs.BoolVar(&c.JSON, "json", false, "print the results as JSON instead of tables")
	fs.BoolVar(&c.Verbose, "v", false, "print every run on stderr")
	fs.StringVar(&c.GPython, "gpython", "bin/gpython-ssl", "gpython-ssl binary (required)")
	fs.StringVar(&c.Python, "python", "python3", cmd.Python)
	fs.StringVar(&c.Scripts, "scripts", "", "directory of the scripts (default: bench/"+cmd.ScriptsSub+" found from the working directory)")
	fs.DurationVar(&c.Timeout, "timeout", 2*time.Minute, "limit for one script process")
	if extra != nil {
		extra(fs)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.Reps < 1 || c.Timeout <= 0 {
		fmt.Fprintln(stderr, cmd.Prog+": -reps and -timeout must be positive")
		return fmt.Errorf("bad flags")
	}
	if filter != "" {
		re, err := regexp.Compile(filter)
		if err != nil {
			fmt.Fprintln(stderr, cmd.Prog+": -filter:", err)
			return err
		}
		c.Filter = re
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected arguments %q\n", cmd.Prog, fs.Args())
		return fmt.Errorf("bad arguments")
	}
	return nil
}

// ScriptsDir is the absolute path of the scripts: c.Scripts, or else
// FindScripts(cmd.ScriptsSub, cmd.Probe).
func (cmd Command) ScriptsDir(c Common) (string, error) {
	if c.Scripts != "" {
		return filepath.Abs(c.Scripts)
	}
	return FindScripts(cmd.ScriptsSub, cmd.Probe)
}

// FindScripts locates bench/<sub>, the directory holding the file probe,
// from the working directory upwards (also when the working directory is
// bench itself or one of its subdirectories).
func FindScripts(sub, probe string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		for _, p := range []string{filepath.Join(dir, "bench", sub), filepath.Join(dir, sub)} {
			if st, err := os.Stat(filepath.Join(p, probe)); err == nil && !st.IsDir() {
				return p, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("bench/%s not found from the working directory: pass -scripts", sub)
		}
		dir = parent
	}
}

// MeasureTimed is Measure recording, in env, the load average before and
// after and how long the whole measurement took.
func MeasureTimed(env *Env, opt Options, jobs []Job, ips []Interp) {
	env.LoadBefore = LoadAverage()
	start := time.Now()
	Measure(opt, jobs, ips)
	env.LoadAfter = LoadAverage()
	env.Duration = time.Since(start).Round(time.Second).String()
}

// WarnChecksum prints a row's checksum disagreement (nothing when msg is
// empty) on w, so that it is seen even when the report goes to a file.
func (cmd Command) WarnChecksum(w io.Writer, row, msg string) {
	if msg != "" {
		fmt.Fprintf(w, "%s: %s: %s\n", cmd.Prog, row, strings.ToUpper(msg[:1])+msg[1:])
	}
}

// Emit prints rep as indented JSON when asJSON, else with render.
func Emit(w io.Writer, asJSON bool, rep any, render func(io.Writer)) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	render(w)
	return nil
}

// EnvTable is the "Environment" table both reports open with: date,
// machine, load, commit, Go, GOGC (gogcNote says which interpreters
// inherit it), each interpreter's path and version, and the number of
// runs per row.
func EnvTable(date string, e Env, ips []Interp, reps int, gogcNote string) *Table {
	t := &Table{Title: "Environment", Header: []string{"item", "value"}}
	t.Add("date (UTC)", date)
	t.Add("CPUs", fmt.Sprint(e.CPUs))
	t.Add("CPU model", e.CPUModel)
	t.Add("load average before / after", e.LoadBefore+" / "+e.LoadAfter)
	t.Add("commit", e.Commit)
	t.Add("Go (harness)", e.Go)
	if e.GOGC != "" {
		t.Add("GOGC (inherited by "+gogcNote+")", e.GOGC)
	}
	for _, ip := range ips {
		if ip.Missing != "" {
			t.Add(ip.Name, "skipped: "+ip.Missing)
			continue
		}
		t.Add(ip.Name, ip.Path+" ("+ip.Version+")")
	}
	t.Add("runs", fmt.Sprintf("%d per row and interpreter, interleaved; %s in all", reps, e.Duration))
	return t
}
