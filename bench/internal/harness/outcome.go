package harness

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// Outcome is one interpreter's runs of one script.
type Outcome struct {
	Seconds       []float64 `json:"seconds,omitempty"`      // hot part, per run
	Wall          []float64 `json:"wall_seconds,omitempty"` // whole process, per run
	PeakRSS       []int64   `json:"peak_rss_bytes,omitempty"`
	MedianSeconds float64   `json:"median_seconds,omitempty"`
	MedianPeakRSS int64     `json:"median_peak_rss_bytes,omitempty"`
	// Checksums are the distinct checksums printed, in order (one when
	// the script is deterministic, as it must be).
	Checksums []string `json:"checksums,omitempty"`
	// Err is why the script cannot run under the interpreter (the
	// table's "n/a"): its exception line, a timeout, unreadable output.
	Err string `json:"error,omitempty"`
	// Skipped is why the interpreter never ran (not found).
	Skipped string `json:"skipped,omitempty"`
	// Wrong: its checksum is not the reference's (see CheckChecksums).
	Wrong bool `json:"wrong_checksum,omitempty"`
}

// Add records one run.
func (o *Outcome) Add(res Result, err error) {
	if err != nil {
		o.Err = err.Error()
		return
	}
	o.Seconds = append(o.Seconds, res.Seconds)
	o.Wall = append(o.Wall, res.Wall.Seconds())
	o.PeakRSS = append(o.PeakRSS, res.MaxRSS)
	if !slices.Contains(o.Checksums, res.Checksum) {
		o.Checksums = append(o.Checksums, res.Checksum)
	}
}

// Ran: every run succeeded (its checksums are judged by CheckChecksums).
func (o *Outcome) Ran() bool {
	return o.Err == "" && o.Skipped == "" && len(o.Seconds) > 0
}

// OK: ran, and its result is right, so its time counts.
func (o *Outcome) OK() bool { return o.Ran() && !o.Wrong }

// Finish computes the medians of the runs.
func (o *Outcome) Finish() {
	if len(o.Seconds) == 0 {
		return
	}
	o.MedianSeconds = Median(o.Seconds)
	rss := make([]float64, len(o.PeakRSS))
	for i, v := range o.PeakRSS {
		rss[i] = float64(v)
	}
	o.MedianPeakRSS = int64(Median(rss))
}

// CheckChecksums compares the checksums of runs (by interpreter key):
// ref's is the reference when it ran, else the first's in order that
// ran. Each outcome that differs, or printed different checksums in
// different runs, is marked Wrong. The result says what differed, or is
// "" when all agree.
func CheckChecksums(runs map[string]*Outcome, ref string, order []string) string {
	var want, refKey string
	for _, k := range append([]string{ref}, order...) {
		if o := runs[k]; o != nil && o.Ran() && len(o.Checksums) == 1 {
			want, refKey = o.Checksums[0], k
			break
		}
	}
	var bad []string
	for _, k := range order {
		o := runs[k]
		if o == nil || !o.Ran() {
			continue
		}
		if len(o.Checksums) > 1 {
			o.Wrong = true
			bad = append(bad, fmt.Sprintf("%s printed %s in different runs", k, strings.Join(o.Checksums, " and ")))
			continue
		}
		if refKey != "" && o.Checksums[0] != want {
			o.Wrong = true
			bad = append(bad, fmt.Sprintf("%s printed %s", k, o.Checksums[0]))
		}
	}
	if len(bad) == 0 {
		return ""
	}
	return fmt.Sprintf("checksum mismatch: %s, against %s's %s", strings.Join(bad, "; "), refKey, want)
}

// Median of vs (vs is not modified); 0 for none.
func Median(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// Geomean of vs; nil for none.
func Geomean(vs []float64) *float64 {
	if len(vs) == 0 {
		return nil
	}
	var sum float64
	for _, v := range vs {
		sum += math.Log(v)
	}
	g := math.Exp(sum / float64(len(vs)))
	return &g
}
