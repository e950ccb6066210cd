package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
)

// Verdicts.
const (
	pass      = "PASS"
	fail      = "FAIL"
	noVerdict = "-"
)

// row is one benchmark's results.
type row struct {
	Name   string                      `json:"name"`
	Script string                      `json:"script"`
	Args   []string                    `json:"args"`
	What   string                      `json:"what"`
	Runs   map[string]*harness.Outcome `json:"runs"` // by interpreter key
	// ChecksumError is set when the interpreters that ran disagree (or
	// one disagrees with itself): the row fails, whatever the times.
	ChecksumError string `json:"checksum_error,omitempty"`
	// Speeds: the other interpreter's median time over gpython-ssl's
	// (above 1: gpython-ssl is faster); nil where a side did not run.
	SpeedVsCPython   *float64 `json:"speed_vs_cpython,omitempty"`
	SpeedVsCPython36 *float64 `json:"speed_vs_cpython36,omitempty"`
	RSSVsCPython     *float64 `json:"peak_rss_ours_vs_cpython,omitempty"`
	// Verdict against MinSpeed: PASS, FAIL or "-" (no target, or CPython
	// did not run).
	Verdict string `json:"verdict"`

	Bench benchmark `json:"-"`
}

// finish computes medians, speeds and the verdict.
func (rw *row) finish(order []string) {
	for _, o := range rw.Runs {
		o.Finish()
	}
	rw.ChecksumError = harness.CheckChecksums(rw.Runs, keyCPython, order)
	ours, cpy, cpy36 := rw.Runs[keyOurs], rw.Runs[keyCPython], rw.Runs[keyCPython36]
	speed := func(other *harness.Outcome) *float64 {
		if !ours.OK() || other == nil || !other.OK() || ours.MedianSeconds <= 0 {
			return nil
		}
		v := other.MedianSeconds / ours.MedianSeconds
		return &v
	}
	rw.SpeedVsCPython, rw.SpeedVsCPython36 = speed(cpy), speed(cpy36)
	if ours.OK() && cpy.OK() && cpy.MedianPeakRSS > 0 {
		v := float64(ours.MedianPeakRSS) / float64(cpy.MedianPeakRSS)
		rw.RSSVsCPython = &v
	}
	switch {
	case rw.Bench.MinSpeed == 0 || !cpy.OK():
		rw.Verdict = noVerdict
	case rw.SpeedVsCPython != nil && *rw.SpeedVsCPython >= rw.Bench.MinSpeed:
		rw.Verdict = pass
	default:
		rw.Verdict = fail // slower, wrong, or gpython-ssl cannot run it
	}
}

// report is one stdlibbench run: what -json prints, and what the tables show.
type report struct {
	Date         string           `json:"date"`
	Reps         int              `json:"reps"`
	Environment  harness.Env      `json:"environment"`
	Interpreters []harness.Interp `json:"interpreters"`
	Rows         []*row           `json:"rows"`
	// Judged and Passed count the rows with a target.
	Judged int `json:"judged"`
	Passed int `json:"passed"`
}

func (r *report) finish() {
	order := make([]string, len(r.Interpreters))
	for i, ip := range r.Interpreters {
		order[i] = ip.Key
	}
	r.Judged, r.Passed = 0, 0
	for _, rw := range r.Rows {
		rw.finish(order)
		if rw.Verdict != noVerdict {
			r.Judged++
			if rw.Verdict == pass {
				r.Passed++
			}
		}
	}
}

// render prints the tables: environment, times, peak RSS, notes.
func (r *report) render(w io.Writer) {
	harness.EnvTable(r.Date, r.Environment, r.Interpreters, r.Reps, "gpython-ssl").Render(w)

	name := func(key string) string {
		for _, ip := range r.Interpreters {
			if ip.Key == key {
				return ip.Name
			}
		}
		return key
	}
	timeT := &harness.Table{
		Title: "Time (median seconds of the hot part, timed inside each script; lower is better)",
		Header: []string{"row", name(keyOurs), name(keyCPython), name(keyCPython36),
			"speed vs " + name(keyCPython), "target", "result", "speed vs " + name(keyCPython36)},
	}
	rssT := &harness.Table{
		Title:  "Peak RSS (median MiB, getrusage ru_maxrss of each child)",
		Header: []string{"row", name(keyOurs), name(keyCPython), name(keyCPython36), "ours/" + name(keyCPython)},
	}
	var notes []string
	for _, rw := range r.Rows {
		target := noVerdict
		if rw.Bench.MinSpeed > 0 {
			target = fmt.Sprintf(">= %.1fx", rw.Bench.MinSpeed)
		}
		timeT.Add(rw.Name,
			harness.Cell(rw.Runs[keyOurs], harness.SecondsCell), harness.Cell(rw.Runs[keyCPython], harness.SecondsCell), harness.Cell(rw.Runs[keyCPython36], harness.SecondsCell),
			ratioCell(rw.SpeedVsCPython), target, rw.Verdict, ratioCell(rw.SpeedVsCPython36))
		rssT.Add(rw.Name,
			harness.Cell(rw.Runs[keyOurs], harness.RSSCell), harness.Cell(rw.Runs[keyCPython], harness.RSSCell), harness.Cell(rw.Runs[keyCPython36], harness.RSSCell),
			ratioCell(rw.RSSVsCPython))
		if rw.ChecksumError != "" {
			notes = append(notes, fmt.Sprintf("**%s: %s**", rw.Name, rw.ChecksumError))
		}
		for _, ip := range r.Interpreters {
			if o := rw.Runs[ip.Key]; o.Err != "" {
				notes = append(notes, fmt.Sprintf("%s: %s n/a: %s", rw.Name, ip.Name, o.Err))
			}
		}
	}
	notes = append(notes,
		"speed = the other interpreter's median time / gpython-ssl's: above 1.0x, gpython-ssl is faster",
		fmt.Sprintf("issue 16 item 4 (speed >= 1.0x CPython 3.11 on the rows with a target): %d of %d rows pass (stdlibbench measures; it exits 0 whatever this says)", r.Passed, r.Judged))
	for _, rw := range r.Rows {
		notes = append(notes, fmt.Sprintf("%s (%s %s): %s", rw.Name, rw.Script, strings.Join(rw.Args, " "), rw.What))
	}
	timeT.Notes = notes
	timeT.Render(w)
	rssT.Render(w)
}

func ratioCell(r *float64) string {
	if r == nil {
		return noVerdict
	}
	return fmt.Sprintf("%.2fx", *r)
}
