package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl" // the project's loop, compiler and modules, as in bin/gpython-ssl
	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

const scriptsDir = "../../stdlib"

// TestRowsUseEveryScript: each bench/stdlib script is some row's, each
// row's script exists, and the five workloads have a target.
func TestRowsUseEveryScript(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(scriptsDir, "*.py"))
	require.NoError(t, err)
	var onDisk []string
	for _, f := range files {
		onDisk = append(onDisk, filepath.Base(f))
	}
	used := map[string]bool{}
	names := map[string]bool{}
	targets := 0
	for _, b := range benchmarks {
		used[b.Script] = true
		assert.False(t, names[b.Name], "%s listed twice", b.Name)
		names[b.Name] = true
		assert.NotEmpty(t, b.What, b.Name)
		assert.NotEmpty(t, b.Args, b.Name)
		assert.Equal(t, b.Args[0], b.Tiny[0], "%s: the tiny run does the same workload", b.Name)
		if b.MinSpeed > 0 {
			targets++
		}
	}
	var listed []string
	for s := range used {
		listed = append(listed, s)
	}
	sort.Strings(listed)
	assert.Equal(t, onDisk, listed)
	assert.GreaterOrEqual(t, targets, 5, "json dumps/loads, sha256, struct.unpack and re.findall have the issue's target")
}

// TestScriptsAgreeWithCPython runs every row once with its tiny size on
// the project's evaluation loop (in this process, through the root
// package, so that the test needs no binary and cannot see a stale one)
// and under CPython, and requires the same checksum, so that the scripts
// keep running and keep meaning the same thing on both.
func TestScriptsAgreeWithCPython(t *testing.T) {
	python, pyErr := exec.LookPath("python3")
	for _, b := range benchmarks {
		t.Run(strings.ReplaceAll(b.Name, " ", "_"), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(scriptsDir, b.Script))
			require.NoError(t, err)
			out, err := pytesting.RunArgs(t, string(src), append([]string{b.Script}, b.Tiny...))
			require.NoError(t, err, "gpython-ssl's loop cannot run %s %v; output so far:\n%s", b.Script, b.Tiny, out)
			ours, err := harness.ParseOutput(out, harness.Result{})
			require.NoError(t, err)
			assert.NotEqual(t, "0", ours.Checksum, "the tiny size must still do some work")
			if pyErr != nil {
				t.Skipf("python3 not found (%v): checksum %s not compared with CPython's", pyErr, ours.Checksum)
			}
			cpy, err := harness.Run(python, scriptsDir, b.Script, b.Tiny, 30*time.Second)
			require.NoError(t, err, "CPython cannot run %s %v", b.Script, b.Tiny)
			assert.Equal(t, cpy.Checksum, ours.Checksum, "%s %v: gpython-ssl and CPython disagree", b.Script, b.Tiny)
		})
	}
}

// newRow builds a row from each interpreter's seconds and checksum; a
// negative time makes the interpreter fail, a missing entry leaves it
// skipped.
func newRow(b benchmark, runs map[string]struct {
	secs float64
	sum  string
}) *row {
	rw := &row{Name: b.Name, Bench: b, Runs: map[string]*harness.Outcome{}}
	for _, k := range []string{keyOurs, keyCPython, keyCPython36} {
		o := &harness.Outcome{}
		r, ok := runs[k]
		switch {
		case !ok:
			o.Skipped = "not found"
		case r.secs < 0:
			o.Add(harness.Result{}, assert.AnError)
		default:
			for i := 0; i < 3; i++ {
				o.Add(harness.Result{Seconds: r.secs, Checksum: r.sum, MaxRSS: 20 << 20}, nil)
			}
		}
		rw.Runs[k] = o
	}
	rw.finish([]string{keyOurs, keyCPython, keyCPython36})
	return rw
}

type runs3 = map[string]struct {
	secs float64
	sum  string
}

func TestRowVerdicts(t *testing.T) {
	target := benchmark{Name: "json", MinSpeed: 1}
	for _, tc := range []struct {
		name    string
		b       benchmark
		runs    runs3
		verdict string
		speed   float64 // 0: nil
	}{
		{"faster", target, runs3{keyOurs: {0.5, "5"}, keyCPython: {1, "5"}, keyCPython36: {2, "5"}}, pass, 2},
		{"equal", target, runs3{keyOurs: {1, "5"}, keyCPython: {1, "5"}}, pass, 1},
		{"slower", target, runs3{keyOurs: {1.25, "5"}, keyCPython: {1, "5"}}, fail, 0.8},
		{"wrong", target, runs3{keyOurs: {0.1, "6"}, keyCPython: {1, "5"}}, fail, 0},
		{"ours fails", target, runs3{keyOurs: {-1, ""}, keyCPython: {1, "5"}}, fail, 0},
		{"no CPython", target, runs3{keyOurs: {1, "5"}, keyCPython36: {1, "5"}}, noVerdict, 0},
		{"no target", benchmark{Name: "re.sub"}, runs3{keyOurs: {2, "5"}, keyCPython: {1, "5"}}, noVerdict, 0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rw := newRow(tc.b, tc.runs)
			assert.Equal(t, tc.verdict, rw.Verdict)
			if tc.speed == 0 {
				assert.Nil(t, rw.SpeedVsCPython)
			} else {
				require.NotNil(t, rw.SpeedVsCPython)
				assert.InDelta(t, tc.speed, *rw.SpeedVsCPython, 1e-12)
			}
		})
	}
	rw := newRow(target, runs3{keyOurs: {0.1, "6"}, keyCPython: {1, "5"}, keyCPython36: {1, "5"}})
	assert.Contains(t, rw.ChecksumError, "gpython-ssl printed 6, against cpython's 5")
	require.NotNil(t, newRow(target, runs3{keyOurs: {0.5, "5"}, keyCPython: {1, "5"}, keyCPython36: {2, "5"}}).SpeedVsCPython36)
}

// fakeInterp writes a shell script that stands in for an interpreter.
func fakeInterp(t *testing.T, dir, name, body string) string {
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte("#!/bin/sh\n"+body+"\n"), 0o755))
	return p
}

func TestRunWithFakeInterpreters(t *testing.T) {
	dir := t.TempDir()
	scripts := filepath.Join(dir, "stdlib")
	require.NoError(t, os.Mkdir(scripts, 0o755))
	log := filepath.Join(dir, "log")
	ours := fakeInterp(t, dir, "ours", `echo "ours $*" >> `+log+`; echo checksum 7; echo seconds 0.5`)
	cpy := fakeInterp(t, dir, "cpython", `echo "cpython $*" >> `+log+`; echo checksum 7; echo seconds 0.25`)
	cpy36 := fakeInterp(t, dir, "cpython36", `if [ "$1" = -c ]; then echo /none; echo 3.6.15; exit 0; fi; echo "cpython36 $*" >> `+log+`; if [ "$2" = dumps ]; then echo checksum 7; echo seconds 1; else echo 'ImportError: no' >&2; exit 1; fi`)

	cfg, err := parseFlags([]string{"-reps", "2", "-filter", "^json", "-gpython", ours, "-python", cpy, "-python36", cpy36, "-scripts", scripts}, os.Stderr)
	require.NoError(t, err)
	var out, errOut bytes.Buffer
	require.NoError(t, run(cfg, &out, &errOut), "targets missed are not an error")
	text := out.String()
	assert.Regexp(t, `\| json.dumps 1 MB +\| 0.500 +\| 0.250 +\| 1.00 +\| 0.50x +\| >= 1.0x +\| FAIL +\| 2.00x`, text)
	assert.Regexp(t, `\| json.loads 1 MB +\| 0.500 +\| 0.250 +\| n/a `, text)
	assert.Contains(t, text, "json.loads 1 MB: CPython 3.6 n/a: ImportError: no")
	assert.Contains(t, text, "0 of 2 rows pass")
	assert.NotContains(t, text, "sha256")
	assert.Contains(t, errOut.String(), "stdlibbench: rep 2/2")

	data, err := os.ReadFile(log)
	require.NoError(t, err)
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.Contains(l, ".py") {
			lines = append(lines, l)
		}
	}
	// dumps: 3 interpreters x 2 reps; loads: CPython 3.6 fails once and stops.
	require.Len(t, lines, 6+5)
	assert.Equal(t, "ours json_speed.py dumps", lines[0], "scripts run with their workload argument")

	cfg.JSON = true
	out.Reset()
	require.NoError(t, run(cfg, &out, &errOut))
	var rep report
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep))
	require.Len(t, rep.Rows, 2)
	assert.Equal(t, []string{"loads"}, rep.Rows[1].Args)
	assert.Equal(t, fail, rep.Rows[0].Verdict)
	assert.Len(t, rep.Rows[0].Runs[keyCPython].Seconds, 2)
	assert.NotEmpty(t, rep.Rows[1].Runs[keyCPython36].Err)
}

func TestRunNeedsGPython(t *testing.T) {
	cfg, err := parseFlags([]string{"-gpython", filepath.Join(t.TempDir(), "none"), "-scripts", scriptsDir}, os.Stderr)
	require.NoError(t, err)
	assert.ErrorContains(t, run(cfg, &bytes.Buffer{}, &bytes.Buffer{}), "make build")
}

func TestParseFlags(t *testing.T) {
	var errOut bytes.Buffer
	_, err := parseFlags([]string{"-reps", "0"}, &errOut)
	assert.Error(t, err)
	_, err = parseFlags([]string{"-filter", "("}, &errOut)
	assert.Error(t, err)
	_, err = parseFlags([]string{"extra"}, &errOut)
	assert.Error(t, err)
}
