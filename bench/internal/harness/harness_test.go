package harness

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseOutput(t *testing.T) {
	res, err := ParseOutput("hello\nchecksum 2178309\nseconds 0.25\n", Result{})
	require.NoError(t, err)
	assert.Equal(t, "2178309", res.Checksum)
	assert.Equal(t, 0.25, res.Seconds)

	// Stock gpython prints small floats in Go's exponent form.
	res, err = ParseOutput("checksum 1\nseconds 6.914e-05\n", Result{})
	require.NoError(t, err)
	assert.InDelta(t, 6.914e-05, res.Seconds, 1e-12)

	for _, tc := range []struct{ out, err string }{
		{"seconds 1\n", "no checksum line"},
		{"checksum 1\n", "no seconds line"},
		{"checksum 1\nseconds soon\n", "bad seconds line"},
		{"checksum 1\nseconds -1\n", "bad seconds line"},
	} {
		_, err = ParseOutput(tc.out, Result{})
		assert.ErrorContains(t, err, tc.err, tc.out)
	}
}

func TestMedianGeomean(t *testing.T) {
	assert.Equal(t, 0.0, Median(nil))
	assert.Equal(t, 2.0, Median([]float64{3, 1, 2}))
	assert.Equal(t, 2.5, Median([]float64{4, 1, 3, 2}))
	vs := []float64{3, 1, 2}
	Median(vs)
	assert.Equal(t, []float64{3, 1, 2}, vs, "Median must not reorder its input")
	assert.Nil(t, Geomean(nil))
	assert.InDelta(t, 2.0, *Geomean([]float64{1, 4}), 1e-12)
	assert.InDelta(t, 1.0, *Geomean([]float64{0.5, 2}), 1e-12)
}

func TestTableRender(t *testing.T) {
	tb := &Table{Title: "T", Header: []string{"a", "long header"}, Notes: []string{"note"}}
	tb.Add("wide cell here", "x")
	tb.Add("y")
	var buf bytes.Buffer
	tb.Render(&buf)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	assert.Equal(t, "### T", lines[0])
	width := len(lines[2])
	for _, l := range lines[2:6] {
		assert.Len(t, l, width, "columns line up: %q", l)
	}
	assert.Equal(t, "- note", lines[len(lines)-1])
}

func outcomeOf(sums ...string) *Outcome {
	o := &Outcome{}
	for _, s := range sums {
		o.Add(Result{Seconds: 1, Checksum: s}, nil)
	}
	return o
}

func TestCheckChecksums(t *testing.T) {
	runs := map[string]*Outcome{"a": outcomeOf("5", "5"), "b": outcomeOf("6"), "ref": outcomeOf("5")}
	msg := CheckChecksums(runs, "ref", []string{"a", "b", "ref"})
	assert.Equal(t, "checksum mismatch: b printed 6, against ref's 5", msg)
	assert.False(t, runs["a"].Wrong)
	assert.True(t, runs["b"].Wrong)
	assert.False(t, runs["b"].OK())

	// Without the reference, the first that ran is it.
	runs = map[string]*Outcome{"a": outcomeOf("5"), "b": outcomeOf("5"), "ref": {Skipped: "missing"}}
	assert.Empty(t, CheckChecksums(runs, "ref", []string{"a", "b", "ref"}))

	runs = map[string]*Outcome{"a": outcomeOf("1", "2")}
	assert.Contains(t, CheckChecksums(runs, "ref", []string{"a"}), "a printed 1 and 2 in different runs")
}

func TestMeasureInterleaves(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "log")
	var ips []Interp
	for _, k := range []string{"x", "y"} {
		p := filepath.Join(dir, k)
		require.NoError(t, os.WriteFile(p, []byte("#!/bin/sh\necho \""+k+" $*\" >> "+log+"\necho checksum 3; echo seconds 0.5\n"), 0o755))
		ips = append(ips, Look(k, k, p, ""))
	}
	ips = append(ips, Look("z", "z", filepath.Join(dir, "none"), ": build it"))
	assert.Contains(t, ips[2].Missing, ": build it")
	jobs := []Job{{Name: "one", Script: "one.py", Args: []string{"a", "1"}, Runs: NewRuns(ips)}}
	var progress bytes.Buffer
	Measure(Options{Reps: 2, Dir: dir, Timeout: 10 * time.Second, Log: &progress, Prefix: "test"}, jobs, ips)
	data, err := os.ReadFile(log)
	require.NoError(t, err)
	assert.Equal(t, "x one.py a 1\ny one.py a 1\ny one.py a 1\nx one.py a 1\n", string(data), "the first interpreter rotates")
	assert.Contains(t, progress.String(), "test: rep 2/2 done")
	o := jobs[0].Runs["x"]
	o.Finish()
	assert.Equal(t, 0.5, o.MedianSeconds)
	assert.Equal(t, []string{"3"}, o.Checksums)
	assert.Greater(t, o.MedianPeakRSS, int64(0))
	assert.NotEmpty(t, jobs[0].Runs["z"].Skipped)
}

func TestFindScripts(t *testing.T) {
	root := t.TempDir()
	scripts := filepath.Join(root, "bench", "vm")
	require.NoError(t, os.MkdirAll(filepath.Join(scripts, "deeper"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(scripts, "fib.py"), nil, 0o644))
	for _, wd := range []string{root, filepath.Join(root, "bench"), filepath.Join(scripts, "deeper")} {
		t.Chdir(wd)
		got, err := FindScripts("vm", "fib.py")
		require.NoError(t, err, wd)
		assert.Equal(t, scripts, got, wd)
	}
	_, err := FindScripts("vm", "missing.py")
	assert.ErrorContains(t, err, "bench/vm not found")
}
