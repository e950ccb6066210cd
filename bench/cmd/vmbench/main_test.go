package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newRow builds a row from each interpreter's seconds and checksum; a
// negative time makes the interpreter fail, a zero one leaves it missing.
func newRow(b benchmark, runs map[string]struct {
	secs float64
	sum  string
}) *row {
	rw := &row{Name: b.Name, Bench: b, Runs: map[string]*outcome{}}
	for _, k := range []string{keyOurs, keyStock, keyCPython} {
		o := &outcome{}
		r, ok := runs[k]
		switch {
		case !ok:
			o.Skipped = "not found"
		case r.secs < 0:
			o.Add(runResult{}, assert.AnError)
		default:
			for i := 0; i < 3; i++ {
				o.Add(runResult{Seconds: r.secs, Checksum: r.sum, MaxRSS: 20 << 20}, nil)
			}
		}
		rw.Runs[k] = o
	}
	rw.finish([]string{keyOurs, keyStock, keyCPython})
	return rw
}

type run3 = map[string]struct {
	secs float64
	sum  string
}

func TestRowVerdicts(t *testing.T) {
	fib := benchmark{Name: "fib", MinSpeedup: 8}
	loop := benchmark{Name: "loop"}

	rw := newRow(fib, run3{keyOurs: {1.5, "5"}, keyStock: {15, "5"}, keyCPython: {1, "5"}})
	assert.Empty(t, rw.ChecksumError)
	assert.InDelta(t, 1.5, *rw.OursVsCPython, 1e-12)
	assert.InDelta(t, 10, *rw.SpeedupVsStock, 1e-12)
	assert.Equal(t, pass, rw.TimeVerdict)
	assert.Equal(t, pass, rw.SpeedupVerdict)
	assert.Equal(t, pass, rw.RSSVerdict, "equal RSS is within 1.5x")

	rw = newRow(fib, run3{keyOurs: {2.5, "5"}, keyStock: {15, "5"}, keyCPython: {1, "5"}})
	assert.Equal(t, fail, rw.TimeVerdict)
	assert.Equal(t, fail, rw.SpeedupVerdict, "6x is short of 8x")

	// Stock cannot run it: n/a, no speed-up, the CPython verdict stands.
	rw = newRow(loop, run3{keyOurs: {1, "5"}, keyStock: {-1, ""}, keyCPython: {1, "5"}})
	assert.Nil(t, rw.SpeedupVsStock)
	assert.Equal(t, pass, rw.TimeVerdict)
	assert.Equal(t, noVerdict, rw.SpeedupVerdict)

	// gpython-ssl cannot run it: every target fails.
	rw = newRow(fib, run3{keyOurs: {-1, ""}, keyStock: {15, "5"}, keyCPython: {1, "5"}})
	assert.Equal(t, fail, rw.TimeVerdict)
	assert.Equal(t, fail, rw.SpeedupVerdict)
	assert.Equal(t, fail, rw.RSSVerdict)

	// No CPython: nothing to judge against it.
	rw = newRow(loop, run3{keyOurs: {1, "5"}, keyStock: {2, "5"}})
	assert.Equal(t, noVerdict, rw.TimeVerdict)
	assert.InDelta(t, 2, *rw.SpeedupVsStock, 1e-12)
}

func TestChecksumMismatchFailsTheRow(t *testing.T) {
	rw := newRow(benchmark{Name: "fib", MinSpeedup: 8}, run3{keyOurs: {0.1, "6"}, keyStock: {15, "5"}, keyCPython: {1, "5"}})
	assert.Contains(t, rw.ChecksumError, "gpython-ssl printed 6")
	assert.Contains(t, rw.ChecksumError, "cpython's 5")
	assert.True(t, rw.Runs[keyOurs].Wrong)
	assert.False(t, rw.Runs[keyStock].Wrong)
	assert.Nil(t, rw.OursVsCPython, "a wrong result has no ratio")
	assert.Equal(t, fail, rw.TimeVerdict, "fast but wrong fails")
	assert.Equal(t, fail, rw.SpeedupVerdict)

	// Without CPython, the first interpreter that ran is the reference.
	rw = newRow(benchmark{Name: "loop"}, run3{keyOurs: {1, "6"}, keyStock: {1, "5"}})
	assert.Contains(t, rw.ChecksumError, "stock printed 5")

	// A checksum that changes between runs is wrong too.
	o := &outcome{}
	o.Add(runResult{Seconds: 1, Checksum: "1"}, nil)
	o.Add(runResult{Seconds: 1, Checksum: "2"}, nil)
	rw = &row{Runs: map[string]*outcome{keyOurs: o, keyStock: {Skipped: "x"}, keyCPython: {Skipped: "x"}}}
	rw.finish([]string{keyOurs, keyStock, keyCPython})
	assert.Contains(t, rw.ChecksumError, "1 and 2 in different runs")
}

func TestSummary(t *testing.T) {
	rows := []*row{
		newRow(benchmark{Name: "a"}, run3{keyOurs: {1, "1"}, keyStock: {4, "1"}, keyCPython: {1, "1"}}),
		newRow(benchmark{Name: "b"}, run3{keyOurs: {1.5, "1"}, keyStock: {-1, ""}, keyCPython: {1, "1"}}),
	}
	s := summarize(rows)
	assert.InDelta(t, 1.2247, *s.GeomeanOursVsCPython, 1e-4)
	assert.Equal(t, 2, s.GeomeanRows)
	assert.Equal(t, 1, s.GeomeanStockRows)
	assert.Equal(t, pass, s.GeomeanVerdict)
	assert.Equal(t, 2, s.TimePassed)

	// A row gpython-ssl cannot run fails the geomean, whatever the rest.
	rows = append(rows, newRow(benchmark{Name: "c"}, run3{keyOurs: {-1, ""}, keyCPython: {1, "1"}}))
	s = summarize(rows)
	assert.Equal(t, 2, s.GeomeanRows)
	assert.Equal(t, fail, s.GeomeanVerdict)
	assert.Equal(t, 3, s.TimeJudged)
	assert.Equal(t, 2, s.TimePassed)
}

// fakeInterp writes a shell script that stands in for an interpreter.
func fakeInterp(t *testing.T, dir, name, body string) string {
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte("#!/bin/sh\n"+body+"\n"), 0o755))
	return p
}

func TestRunWithFakeInterpreters(t *testing.T) {
	dir := t.TempDir()
	scripts := filepath.Join(dir, "vm")
	require.NoError(t, os.Mkdir(scripts, 0o755))
	for _, b := range benchmarks {
		require.NoError(t, os.WriteFile(filepath.Join(scripts, b.Script), nil, 0o644))
	}
	// Each fake logs its argv and working directory, so the test can see
	// the order of the runs and that scripts are passed relative.
	log := filepath.Join(dir, "log")
	ours := fakeInterp(t, dir, "ours", `echo "ours $1 $(pwd)" >> `+log+`; echo checksum 7; echo seconds 0.5`)
	stock := fakeInterp(t, dir, "stock", `echo "stock $1" >> `+log+`; if [ "$1" = fib.py ]; then echo checksum 7; echo seconds 5; else echo 'NameError: no' >&2; exit 1; fi`)
	cpy := fakeInterp(t, dir, "cpython", `echo "cpython $1" >> `+log+`; echo checksum 7; echo seconds 0.25`)

	cfg, err := parseFlags([]string{"-reps", "3", "-filter", "^(fib|loop)$", "-gpython", ours, "-stock", stock, "-python", cpy, "-scripts", scripts}, os.Stderr)
	require.NoError(t, err)
	var out, errOut bytes.Buffer
	require.NoError(t, run(cfg, &out, &errOut), "targets missed are not an error")
	text := out.String()
	assert.Contains(t, text, "| fib ")
	assert.Contains(t, text, "| loop ")
	assert.NotContains(t, text, "| methods ")
	assert.Contains(t, text, "2.00x", "ours/CPython")
	assert.Contains(t, text, "10.00x", "stock/ours on fib")
	assert.Contains(t, text, "loop: stock gpython n/a: NameError: no")
	assert.Regexp(t, `fib at least 8x faster than stock gpython +\| 10.00x +\| PASS`, text)
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "| loop ") {
			assert.Contains(t, l, "n/a")
		}
	}
	assert.Contains(t, errOut.String(), "rep 3/3")

	data, err := os.ReadFile(log)
	require.NoError(t, err)
	var lines []string // the script runs (realPython's -c call aside)
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.Contains(l, ".py") {
			lines = append(lines, l)
		}
	}
	// fib: 3 interpreters x 3 reps; loop: stock fails once and stops.
	require.Len(t, lines, 9+7)
	assert.Equal(t, "ours fib.py "+scripts, lines[0], "scripts run by relative name inside their directory")
	first := map[string]int{}
	for i, l := range lines {
		if strings.Contains(l, "fib.py") && (i == 0 || !strings.Contains(lines[i-1], "fib.py")) {
			first[strings.Fields(l)[0]]++
		}
	}
	assert.Len(t, first, 3, "each interpreter goes first on fib in one of the 3 reps: %v", lines)

	// -json: the same results, machine-readable.
	cfg.JSON = true
	out.Reset()
	require.NoError(t, run(cfg, &out, &errOut))
	var rep report
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep))
	require.Len(t, rep.Rows, 2)
	assert.Equal(t, "fib", rep.Rows[0].Name)
	assert.Equal(t, pass, rep.Rows[0].SpeedupVerdict)
	assert.Equal(t, []string{"7"}, rep.Rows[0].Runs[keyOurs].Checksums)
	assert.Len(t, rep.Rows[0].Runs[keyCPython].Seconds, 3)
	assert.Greater(t, rep.Rows[0].Runs[keyCPython].MedianPeakRSS, int64(0), "ru_maxrss of the child")
	assert.NotEmpty(t, rep.Rows[1].Runs[keyStock].Err)
	assert.Equal(t, 2, rep.Summary.GeomeanRows)
}

func TestRunNeedsGPython(t *testing.T) {
	cfg, err := parseFlags([]string{"-gpython", filepath.Join(t.TempDir(), "none"), "-scripts", "../../vm"}, os.Stderr)
	require.NoError(t, err)
	assert.ErrorContains(t, run(cfg, &bytes.Buffer{}, &bytes.Buffer{}), "make build")
}

func TestRunFlagsWrongChecksum(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "loop.py"), nil, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "fib.py"), nil, 0o644))
	ours := fakeInterp(t, dir, "ours", `echo checksum 8; echo seconds 0.1`)
	cpy := fakeInterp(t, dir, "cpython", `echo checksum 7; echo seconds 0.25`)
	cfg, err := parseFlags([]string{"-reps", "2", "-filter", "^loop$", "-gpython", ours, "-stock", filepath.Join(dir, "none"), "-python", cpy, "-scripts", dir}, os.Stderr)
	require.NoError(t, err)
	var out, errOut bytes.Buffer
	require.NoError(t, run(cfg, &out, &errOut), "vmbench reports; it does not exit non-zero")
	assert.Contains(t, out.String(), "WRONG 0.100")
	assert.Contains(t, out.String(), "**loop: checksum mismatch: gpython-ssl printed 8, against cpython's 7**")
	assert.Regexp(t, `\| loop +\| WRONG 0.100 +\| skipped +\| 0.250 +\| - +\| <= 2.0x +\| FAIL`, out.String())
	assert.Contains(t, errOut.String(), "vmbench: loop: Checksum mismatch")
}
