package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	benchinterp "github.com/gpython-ssl/gpython-ssl/bench/internal/interp"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/tests/typical"
)

func TestMain(m *testing.M) {
	code := m.Run()
	pytesting.RemoveBinary()
	os.Exit(code)
}

// msd is a number of milliseconds as a duration.
func msd(n int) time.Duration { return time.Duration(n) * time.Millisecond }

// mkRow is a row with the given CPU times, stored outcome present.
func mkRow(name string, ours, ref []int) *row {
	r := &row{Name: name + ".py", Stored: "x"}
	for _, v := range ours {
		r.Sides[0].CPU = append(r.Sides[0].CPU, msd(v))
	}
	for _, v := range ref {
		r.Sides[1].CPU = append(r.Sides[1].CPU, msd(v))
	}
	return r
}

func TestSummary(t *testing.T) {
	rows := []*row{
		mkRow("a", []int{200, 100, 900}, []int{100, 100, 100}), // median 200 / 100: 2x
		mkRow("b", []int{50, 50, 60}, []int{100, 90, 110}),     // 50 / 100: 0.5x
		mkRow("c", []int{300, 300, 300}, []int{100, 100, 100}), // 3x
		mkRow("d", []int{100, 100}, []int{100, 100, 100}),      // one run short: not measured
	}
	rows[3].Sides[0].Err = "timed out after 40s"
	rows[1].Sides[0].Differs = true
	s := summarize(rows, 3)
	assert.Equal(t, 3, s.Measured)
	assert.InDelta(t, 1.442, s.Geomean, 0.001) // cube root of 2 * 0.5 * 3
	assert.Equal(t, msd(550), s.Ours)
	assert.Equal(t, msd(300), s.Ref)
	assert.Equal(t, 1, s.Over2)
	assert.Equal(t, 2, s.Over1_5)
	assert.Equal(t, 1, s.Differs)
	assert.Equal(t, []string{"d.py"}, s.Failed)

	var out bytes.Buffer
	report(&out, rows, 3, 2)
	text := out.String()
	worst := text[strings.Index(text, "### The worst 2 ratios"):]
	assert.Regexp(t, `(?s)\| c +\| 300 +\| 100 +\| 3\.00x.*\| a +\| 200 +\| 100 +\| 2\.00x`, worst)
	assert.NotContains(t, worst, "| b ")
	assert.Contains(t, text, "| geometric mean of the ratios")
	assert.Contains(t, text, "1.44x")
	assert.Contains(t, text, "gpython-ssl's outcome differs")
	assert.Contains(t, text, "gpython-ssl: timed out after 40s")
	assert.Contains(t, text, "not measured (a run failed or timed out): d.py")
}

func TestMedian(t *testing.T) {
	for _, tt := range []struct {
		in   []int
		want time.Duration
	}{{nil, 0}, {[]int{5}, msd(5)}, {[]int{9, 1, 5}, msd(5)}, {[]int{4, 1, 3, 2}, 2500 * time.Microsecond}} {
		s := mkRow("x", tt.in, nil).Sides[0]
		assert.Equal(t, tt.want, s.median(), "%v", tt.in)
	}
}

func TestParseFlags(t *testing.T) {
	var errb bytes.Buffer
	cfg, err := parseFlags([]string{"-reps", "5", "-filter", "^tls"}, &errb)
	require.NoError(t, err)
	assert.Equal(t, 5, cfg.Reps)
	assert.True(t, cfg.Filter.MatchString("tls_echo"))
	for _, bad := range [][]string{{"-reps", "0"}, {"-jobs", "0"}, {"-filter", "("}, {"extra"}} {
		_, err := parseFlags(bad, &errb)
		assert.Error(t, err, "%v", bad)
	}
}

// TestRunEndToEnd runs typicalbench over two tiny scripts under the
// binary and CPython 3.6: one whose outcome is stored, one whose
// stored outcome is stale.
func TestRunEndToEnd(t *testing.T) {
	py36 := benchinterp.Pyenv("3.6.")
	if py36 == "" {
		py36 = pytesting.CPython36()
	}
	if py36 == "" {
		t.Skip("CPython 3.6 not found")
	}
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "scripts"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "testdata", "cpython36"), 0o755))
	for name, src := range map[string]string{"same.py": "print(sum(range(10)))\n", "stale.py": "print('x')\n"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "scripts", name), []byte(src), 0o644))
	}
	same := []byte("print(sum(range(10)))\n")
	require.NoError(t, os.WriteFile(typical.StoredPath(dir, "same.py"), []byte(typical.Header(same)+"45\n[stderr]\n[exit status 0]\n"), 0o644))
	cfg, err := parseFlags([]string{"-gpython", pytesting.Binary(t), "-python36", py36, "-dir", dir, "-reps", "2", "-jobs", "2"}, os.Stderr)
	require.NoError(t, err)
	var out, log bytes.Buffer
	require.NoError(t, run(cfg, &out, &log))
	text := out.String()
	assert.Contains(t, text, "2 scripts, 2 reps")
	assert.Regexp(t, `\| same +\| \d+ +\| \d+ +\| \d+\.\d\dx \|  +\|`, text)
	assert.Regexp(t, `\| stale .*no current stored outcome`, text)
	assert.Contains(t, log.String(), "rep 2/2 done")
}
