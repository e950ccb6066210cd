package harness

import (
	"fmt"
	"io"
	"time"
)

// Job is one row's script: run as Script with Args in the scripts
// directory, its runs recorded in Runs by interpreter key.
type Job struct {
	Name   string
	Script string
	Args   []string
	Runs   map[string]*Outcome
}

// Options are Measure's settings.
type Options struct {
	Reps    int
	Dir     string        // the scripts' directory: each child's working directory
	Timeout time.Duration // per process
	Verbose bool          // print every run on Log
	Log     io.Writer     // progress lines
	Prefix  string        // of each progress line ("vmbench")
}

// NewRuns makes a job's Runs: one Outcome per interpreter, already
// Skipped for the missing ones.
func NewRuns(ips []Interp) map[string]*Outcome {
	runs := map[string]*Outcome{}
	for _, ip := range ips {
		o := &Outcome{}
		if ip.Missing != "" {
			o.Skipped = ip.Missing
		}
		runs[ip.Key] = o
	}
	return runs
}

// Measure runs every job opt.Reps times under each interpreter. The
// order interleaves: each repetition runs every job once under each
// interpreter, and the interpreter that goes first rotates from one
// repetition to the next and from one job to the next, so that drifts
// of the machine's load fall on all of them alike. A script that fails
// under an interpreter is not run again under it.
func Measure(opt Options, jobs []Job, ips []Interp) {
	for r := 0; r < opt.Reps; r++ {
		repStart := time.Now()
		for i, job := range jobs {
			for k := range ips {
				ip := ips[(r+i+k)%len(ips)]
				o := job.Runs[ip.Key]
				if o.Skipped != "" || o.Err != "" {
					continue
				}
				res, err := Run(ip.Path, opt.Dir, job.Script, job.Args, opt.Timeout)
				o.Add(res, err)
				if opt.Verbose {
					if err != nil {
						fmt.Fprintf(opt.Log, "%s: rep %d %s %s: %v\n", opt.Prefix, r+1, job.Name, ip.Name, err)
					} else {
						fmt.Fprintf(opt.Log, "%s: rep %d %s %s: %.3fs, checksum %s, %.1f MiB\n", opt.Prefix, r+1, job.Name, ip.Name, res.Seconds, res.Checksum, MiB(res.MaxRSS))
					}
				}
			}
		}
		fmt.Fprintf(opt.Log, "%s: rep %d/%d done in %s\n", opt.Prefix, r+1, opt.Reps, time.Since(repStart).Round(100*time.Millisecond))
	}
}
