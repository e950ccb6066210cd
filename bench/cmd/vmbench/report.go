package main

import (
	"fmt"
	"io"

	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
)

// Issue 13's targets.
const (
	maxRatioEach = 2.0 // item 1: every benchmark within 2.0x CPython's time
	maxGeomean   = 1.3 // item 1: their geometric mean within 1.3x
	maxRSSRatio  = 1.5 // item 3: peak RSS at most 1.5x CPython's
)

// Verdicts.
const (
	pass      = "PASS"
	fail      = "FAIL"
	noVerdict = "-"
)

// outcome is one interpreter's runs of one script (harness.Outcome).
type outcome = harness.Outcome

// row is one benchmark's results.
type row struct {
	Name   string              `json:"name"`
	Script string              `json:"script"`
	What   string              `json:"what"`
	Runs   map[string]*outcome `json:"runs"` // by interp.Key
	// ChecksumError is set when the interpreters that ran disagree (or
	// one disagrees with itself): the row fails, whatever the times.
	ChecksumError string `json:"checksum_error,omitempty"`
	// Ratios of medians; nil where a side did not run.
	OursVsCPython  *float64 `json:"ours_vs_cpython,omitempty"`
	StockVsCPython *float64 `json:"stock_vs_cpython,omitempty"`
	SpeedupVsStock *float64 `json:"speedup_over_stock,omitempty"` // stock time / ours
	RSSVsCPython   *float64 `json:"peak_rss_ours_vs_cpython,omitempty"`
	// Verdicts against the targets: PASS, FAIL or "-" (no target, or
	// CPython or stock did not run).
	TimeVerdict    string `json:"time_verdict"`
	SpeedupVerdict string `json:"speedup_verdict"`
	RSSVerdict     string `json:"peak_rss_verdict"`

	Bench benchmark `json:"-"`
}

// check compares the checksums: CPython's is the reference, else the
// first interpreter's that ran. Each one that differs is marked Wrong.
func (rw *row) check(order []string) {
	rw.ChecksumError = harness.CheckChecksums(rw.Runs, keyCPython, order)
}

// finish computes medians, ratios and verdicts.
func (rw *row) finish(order []string) {
	for _, o := range rw.Runs {
		o.Finish()
	}
	rw.check(order)
	ours, stock, cpy := rw.Runs[keyOurs], rw.Runs[keyStock], rw.Runs[keyCPython]
	ratio := func(a, b float64) *float64 {
		if b <= 0 {
			return nil
		}
		v := a / b
		return &v
	}
	if ours.OK() && cpy.OK() {
		rw.OursVsCPython = ratio(ours.MedianSeconds, cpy.MedianSeconds)
		rw.RSSVsCPython = ratio(float64(ours.MedianPeakRSS), float64(cpy.MedianPeakRSS))
	}
	if stock.OK() && cpy.OK() {
		rw.StockVsCPython = ratio(stock.MedianSeconds, cpy.MedianSeconds)
	}
	if stock.OK() && ours.OK() {
		rw.SpeedupVsStock = ratio(stock.MedianSeconds, ours.MedianSeconds)
	}
	rw.TimeVerdict = verdictMax(rw.OursVsCPython, maxRatioEach, ours, cpy)
	rw.RSSVerdict = verdictMax(rw.RSSVsCPython, maxRSSRatio, ours, cpy)
	rw.SpeedupVerdict = noVerdict
	if rw.Bench.MinSpeedup > 0 {
		switch {
		case !ours.OK() && stock.OK():
			rw.SpeedupVerdict = fail
		case rw.SpeedupVsStock == nil:
		case *rw.SpeedupVsStock >= rw.Bench.MinSpeedup:
			rw.SpeedupVerdict = pass
		default:
			rw.SpeedupVerdict = fail
		}
	}
	if rw.ChecksumError != "" && !ours.OK() {
		rw.TimeVerdict, rw.RSSVerdict = fail, fail
		if rw.Bench.MinSpeedup > 0 {
			rw.SpeedupVerdict = fail
		}
	}
}

// verdictMax judges "ours / CPython <= max". A script that cannot run
// under gpython-ssl, or runs wrong, fails it; without CPython there is
// nothing to judge.
func verdictMax(r *float64, max float64, ours, cpy *outcome) string {
	switch {
	case !cpy.OK():
		return noVerdict
	case !ours.OK():
		return fail
	case r != nil && *r <= max:
		return pass
	}
	return fail
}

// summary is the whole run against issue 13's targets.
type summary struct {
	// Geometric means of the ratios, over the rows where both sides ran.
	GeomeanOursVsCPython  *float64 `json:"geomean_ours_vs_cpython,omitempty"`
	GeomeanRows           int      `json:"geomean_rows"`
	GeomeanStockVsCPython *float64 `json:"geomean_stock_vs_cpython,omitempty"`
	GeomeanStockRows      int      `json:"geomean_stock_rows"`
	GeomeanSpeedupVsStock *float64 `json:"geomean_speedup_over_stock,omitempty"`
	GeomeanSpeedupRows    int      `json:"geomean_speedup_rows"`
	// GeomeanVerdict fails when the mean is above 1.3x or when a row that
	// CPython ran did not count (gpython-ssl could not run it).
	GeomeanVerdict string `json:"geomean_verdict"`
	// Rows judged and passed against the time and RSS targets.
	TimeJudged, TimePassed int `json:"-"`
	RSSJudged, RSSPassed   int `json:"-"`
}

func summarize(rows []*row) summary {
	var s summary
	var ours, stock, speed []float64
	missing := 0
	for _, rw := range rows {
		if rw.OursVsCPython != nil {
			ours = append(ours, *rw.OursVsCPython)
		} else if rw.Runs[keyCPython].OK() {
			missing++
		}
		if rw.StockVsCPython != nil {
			stock = append(stock, *rw.StockVsCPython)
		}
		if rw.SpeedupVsStock != nil {
			speed = append(speed, *rw.SpeedupVsStock)
		}
		if rw.TimeVerdict != noVerdict {
			s.TimeJudged++
			if rw.TimeVerdict == pass {
				s.TimePassed++
			}
		}
		if rw.RSSVerdict != noVerdict {
			s.RSSJudged++
			if rw.RSSVerdict == pass {
				s.RSSPassed++
			}
		}
	}
	s.GeomeanOursVsCPython, s.GeomeanRows = geomean(ours), len(ours)
	s.GeomeanStockVsCPython, s.GeomeanStockRows = geomean(stock), len(stock)
	s.GeomeanSpeedupVsStock, s.GeomeanSpeedupRows = geomean(speed), len(speed)
	switch {
	case s.GeomeanOursVsCPython == nil && missing == 0:
		s.GeomeanVerdict = noVerdict
	case missing == 0 && *s.GeomeanOursVsCPython <= maxGeomean:
		s.GeomeanVerdict = pass
	default:
		s.GeomeanVerdict = fail
	}
	return s
}

var geomean = harness.Geomean

// report is one vmbench run: what -json prints, and what the tables show.
type report struct {
	Date         string      `json:"date"`
	Reps         int         `json:"reps"`
	Environment  harness.Env `json:"environment"`
	Interpreters []interp    `json:"interpreters"`
	Rows         []*row      `json:"benchmarks"`
	Summary      summary     `json:"summary"`
}

func (r *report) order() []string {
	keys := make([]string, len(r.Interpreters))
	for i, ip := range r.Interpreters {
		keys[i] = ip.Key
	}
	return keys
}

func (r *report) finish() {
	for _, rw := range r.Rows {
		rw.finish(r.order())
	}
	r.Summary = summarize(r.Rows)
}

// render prints the tables: environment, times, peak RSS, targets, notes.
func (r *report) render(w io.Writer) {
	harness.EnvTable(r.Date, r.Environment, r.Interpreters, r.Reps, "gpython-ssl and stock").Render(w)

	timeT := &harness.Table{
		Title: "Hot-loop time (median seconds, timed inside each script; lower is better)",
		Header: []string{"benchmark", "gpython-ssl", "stock gpython", "CPython",
			"ours/CPython", "target", "result", "stock/CPython", "stock/ours", "target", "result"},
	}
	rssT := &harness.Table{
		Title:  "Peak RSS (median MiB, getrusage ru_maxrss of each child)",
		Header: []string{"benchmark", "gpython-ssl", "stock gpython", "CPython", "ours/CPython", "target", "result"},
	}
	var notes []string
	for _, rw := range r.Rows {
		speedTarget := noVerdict
		if rw.Bench.MinSpeedup > 0 {
			speedTarget = fmt.Sprintf(">= %gx", rw.Bench.MinSpeedup)
		}
		timeT.Add(rw.Name,
			harness.Cell(rw.Runs[keyOurs], harness.SecondsCell), harness.Cell(rw.Runs[keyStock], harness.SecondsCell), harness.Cell(rw.Runs[keyCPython], harness.SecondsCell),
			ratioCell(rw.OursVsCPython), fmt.Sprintf("<= %.1fx", maxRatioEach), rw.TimeVerdict,
			ratioCell(rw.StockVsCPython), ratioCell(rw.SpeedupVsStock), speedTarget, rw.SpeedupVerdict)
		rssT.Add(rw.Name,
			harness.Cell(rw.Runs[keyOurs], harness.RSSCell), harness.Cell(rw.Runs[keyStock], harness.RSSCell), harness.Cell(rw.Runs[keyCPython], harness.RSSCell),
			ratioCell(rw.RSSVsCPython), fmt.Sprintf("<= %.1fx", maxRSSRatio), rw.RSSVerdict)
		if rw.ChecksumError != "" {
			notes = append(notes, fmt.Sprintf("**%s: %s**", rw.Name, rw.ChecksumError))
		}
		for _, ip := range r.Interpreters {
			if o := rw.Runs[ip.Key]; o.Err != "" {
				notes = append(notes, fmt.Sprintf("%s: %s n/a: %s", rw.Name, ip.Name, o.Err))
			}
		}
	}
	s := r.Summary
	timeT.Add("geomean",
		"", "", "",
		geomeanCell(s.GeomeanOursVsCPython, s.GeomeanRows), fmt.Sprintf("<= %.1fx", maxGeomean), s.GeomeanVerdict,
		geomeanCell(s.GeomeanStockVsCPython, s.GeomeanStockRows), geomeanCell(s.GeomeanSpeedupVsStock, s.GeomeanSpeedupRows), "", "")
	timeT.Notes = notes
	timeT.Render(w)
	rssT.Render(w)

	targets := &harness.Table{Title: "Issue 13 targets (vmbench measures; it exits 0 whatever these say)", Header: []string{"target", "measured", "result"}}
	targets.Add(fmt.Sprintf("item 1: geometric mean of gpython-ssl/CPython <= %.1fx", maxGeomean),
		geomeanCell(s.GeomeanOursVsCPython, s.GeomeanRows), s.GeomeanVerdict)
	targets.Add(fmt.Sprintf("item 1: every benchmark <= %.1fx CPython", maxRatioEach),
		fmt.Sprintf("%d of %d", s.TimePassed, s.TimeJudged), countVerdict(s.TimePassed, s.TimeJudged))
	for _, rw := range r.Rows {
		if rw.Bench.MinSpeedup > 0 {
			targets.Add(fmt.Sprintf("item 1: %s at least %gx faster than stock gpython", rw.Name, rw.Bench.MinSpeedup),
				ratioCell(rw.SpeedupVsStock), rw.SpeedupVerdict)
		}
	}
	targets.Add(fmt.Sprintf("item 3: peak RSS of each benchmark <= %.1fx CPython's", maxRSSRatio),
		fmt.Sprintf("%d of %d", s.RSSPassed, s.RSSJudged), countVerdict(s.RSSPassed, s.RSSJudged))
	targets.Notes = []string{"ratios are of medians; n/a: the script cannot run under that interpreter (reason above); geomean (k): over the k rows where both sides ran"}
	for _, rw := range r.Rows {
		targets.Notes = append(targets.Notes, fmt.Sprintf("%s (%s): %s", rw.Name, rw.Script, rw.What))
	}
	targets.Render(w)
}

func countVerdict(passed, judged int) string {
	switch {
	case judged == 0:
		return noVerdict
	case passed == judged:
		return pass
	}
	return fail
}

func ratioCell(r *float64) string {
	if r == nil {
		return noVerdict
	}
	return fmt.Sprintf("%.2fx", *r)
}

func geomeanCell(r *float64, n int) string {
	if r == nil {
		return noVerdict
	}
	return fmt.Sprintf("%.2fx (%d)", *r, n)
}
