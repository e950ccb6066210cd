package main

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// table is one group of results, printed as a pipe table that reads in a
// terminal and renders as Markdown.
type table struct {
	Title  string
	Header []string
	Rows   [][]string
	Notes  []string
}

// render writes t to w with padded columns.
func (t *table) render(w io.Writer) {
	width := make([]int, len(t.Header))
	for i, h := range t.Header {
		width[i] = len(h)
	}
	for _, r := range t.Rows {
		for i := range width {
			if i < len(r) && len(r[i]) > width[i] {
				width[i] = len(r[i])
			}
		}
	}
	line := func(cells []string) {
		var b strings.Builder
		b.WriteString("|")
		for i := range width {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			b.WriteString(" ")
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", width[i]-len(c)))
			b.WriteString(" |")
		}
		fmt.Fprintln(w, b.String())
	}
	fmt.Fprintf(w, "\n### %s\n\n", t.Title)
	line(t.Header)
	sep := make([]string, len(width))
	for i := range sep {
		sep[i] = strings.Repeat("-", width[i])
	}
	line(sep)
	for _, r := range t.Rows {
		line(r)
	}
	if len(t.Notes) > 0 {
		fmt.Fprintln(w)
		for _, n := range t.Notes {
			fmt.Fprintf(w, "- %s\n", n)
		}
	}
}

// target is a pass condition for one metric.
type target struct {
	// MinRatio: gpython-ssl / CPython must be at least this (0 = none).
	MinRatio float64
	// MaxAbs: gpython-ssl's own value must be below this (0 = none),
	// in the metric's unit (start-up milliseconds, MiB).
	MaxAbs float64
}

func (t target) String() string {
	switch {
	case t.MinRatio > 0:
		return fmt.Sprintf(">= %.1fx", t.MinRatio)
	case t.MaxAbs > 0:
		return fmt.Sprintf("< %g", t.MaxAbs)
	}
	return "-"
}

// verdict is PASS, MISS, or "-" when it cannot be judged.
func (t target) verdict(g, c float64, gok, cok bool) string {
	switch {
	case t.MinRatio > 0:
		if !gok || !cok || c == 0 {
			return "-"
		}
		if g/c >= t.MinRatio {
			return "PASS"
		}
		return "MISS"
	case t.MaxAbs > 0:
		if !gok {
			return "-"
		}
		if g < t.MaxAbs {
			return "PASS"
		}
		return "MISS"
	}
	return "-"
}

// formatValue prints a median with 3 significant digits at least.
func formatValue(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 100:
		return fmt.Sprintf("%.0f", v)
	case a >= 10:
		return fmt.Sprintf("%.1f", v)
	default:
		return fmt.Sprintf("%.2f", v)
	}
}

// resultRow builds one table row from both interpreters' outcomes.
func resultRow(name, unit string, g, c outcome, t target) []string {
	cell := func(o outcome) string {
		switch {
		case o.Skipped != "":
			return "skipped"
		case o.Err != "":
			return "failed: " + o.Err
		}
		return formatValue(o.Median)
	}
	ratio := "-"
	gok, cok := g.ok(), c.ok()
	if gok && cok && c.Median != 0 {
		ratio = fmt.Sprintf("%.2fx", g.Median/c.Median)
	}
	return []string{name + " (" + unit + ")", cell(g), cell(c), ratio, t.String(), t.verdict(g.Median, c.Median, gok, cok)}
}

// outcome is one interpreter's result for one metric over all reps.
type outcome struct {
	Values  []float64
	Median  float64
	Err     string // first failure; the interpreter stops running the metric
	Skipped string // why it never ran (interpreter missing)
	Info    string // last INFO line
	Extra   []string
}

func (o outcome) ok() bool { return o.Err == "" && o.Skipped == "" && len(o.Values) > 0 }

// resultHeader is the header of every result table.
var resultHeader = []string{"metric", "gpython-ssl median", "CPython median", "ratio", "target", "result"}
