package lang

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

var (
	update      = flag.Bool("update", false, "rewrite the .out files from CPython 3.6")
	updateXfail = flag.Bool("update-xfail", false, "rewrite xfail.txt to the cases that fail now")
)

const (
	casesDir  = "cases"
	xfailFile = "xfail.txt"
	// caseTimeout bounds a run (pytesting.BoundFor): 10 s of CPU, and
	// 10 s of wall time that stretches with the machine's load, so that
	// a loaded machine does not fail slow runs and a hang is still
	// caught.
	caseTimeout = 10 * time.Second
	// shownLimit caps how much of a failing output a diff shows (a Go
	// stack overflow prints tens of kilobytes).
	shownLimit = 8 << 10
	// keptLimit caps what a run keeps of each stream: a broken loop can
	// print forever until the timeout.
	keptLimit = 1 << 20
)

// areas are the directories of cases/.
var areas = []string{"imports", "bytes", "exceptions", "traceback", "limits", "misc", "dicts", "sets", "classes", "threads", "files", "strings", "syntax", "del", "builtins_errors", "str", "lists", "numbers", "tracing", "finalize", "tutorial", "stdlib"}

// binary is the interpreter under test (pytesting.BinaryPath), found or
// built once by TestMain.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	var err error
	binary, err = pytesting.BinaryPath()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	pytesting.RemoveBinary()
	os.Exit(code)
}

// langCase is one script of cases/.
type langCase struct {
	area, name string
	dir        string // the script's directory, the working directory of a run
}

// id is the case's name in xfail.txt and in the subtest's name.
func (c langCase) id() string { return c.area + "/" + c.name }

func (c langCase) script() string  { return c.name + ".py" }
func (c langCase) outPath() string { return filepath.Join(c.dir, c.name+".out") }

// loadCases lists cases/<area>/<name>.py, sorted by area then name.
func loadCases(t *testing.T) []langCase {
	t.Helper()
	var cases []langCase
	for _, area := range areas {
		paths, err := filepath.Glob(filepath.Join(casesDir, area, "*.py"))
		require.NoError(t, err)
		sort.Strings(paths)
		for _, p := range paths {
			cases = append(cases, langCase{
				area: area,
				name: strings.TrimSuffix(filepath.Base(p), ".py"),
				dir:  filepath.Dir(p),
			})
		}
	}
	require.NotEmpty(t, cases, "no cases under %s", casesDir)
	return cases
}

// outcome is what one run of a script left behind.
type outcome struct {
	stdout, stderr string
	status         int
}

// encode gives the .out text of o (doc.go describes the format).
func encode(o outcome) string {
	var b strings.Builder
	section := func(s string) {
		b.WriteString(s)
		if s != "" && !strings.HasSuffix(s, "\n") {
			b.WriteString("\n\\ no newline at end\n")
		}
	}
	section(o.stdout)
	b.WriteString("[stderr]\n")
	section(o.stderr)
	fmt.Fprintf(&b, "[exit status %d]\n", o.status)
	return b.String()
}

// slots bounds the interpreter processes running at once.
var slots = make(chan struct{}, min(max(runtime.NumCPU(), 2), 4))

// runEnv is the environment of every run: the test's own with a UTF-8
// locale (pytesting.CPythonEnv), without PYTHON* variables, plus fixed ones
// that make CPython deterministic.
var runEnv = sync.OnceValue(func() []string {
	var env []string
	for _, kv := range pytesting.CPythonEnv() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	return append(env, "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8")
})

// cappedBuffer keeps the first keptLimit bytes written to it and counts
// the rest.
type cappedBuffer struct {
	buf     bytes.Buffer
	dropped int
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	keep := min(len(p), keptLimit-b.buf.Len())
	b.buf.Write(p[:keep])
	b.dropped += len(p) - keep
	return len(p), nil
}

func (b *cappedBuffer) String() string {
	if b.dropped == 0 {
		return b.buf.String()
	}
	return b.buf.String() + fmt.Sprintf("\n[... %d more bytes dropped]\n", b.dropped)
}

// run runs exe on the case's script, in the case's directory.
func run(exe string, c langCase) (outcome, error) {
	slots <- struct{}{}
	defer func() { <-slots }()
	cmd := exec.Command(exe, c.script())
	cmd.Dir = c.dir
	cmd.Env = runEnv()
	var stdout, stderr cappedBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := pytesting.RunBounded(cmd, pytesting.BoundFor(caseTimeout))
	o := outcome{stdout.String(), stderr.String(), 0}
	var over *pytesting.BoundExceeded
	if errors.As(err, &over) {
		return o, fmt.Errorf("%s %s: %w", exe, c.script(), err)
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		o.status = exit.ExitCode()
	case err != nil:
		return o, err
	}
	return o, nil
}

// cpython36 is the project's one finder of CPython 3.6
// (internal/pytesting): the interpreter's own executable, or "".
var cpython36 = pytesting.CPython36

// xfailHeader opens xfail.txt; -update-xfail writes it back unchanged.
const xfailHeader = `# Known failures of the language test suite (tests/lang, see doc.go).
#
# One case a line, area/name, for the cases whose output under gpython-ssl
# differs today from CPython 3.6's (the .out file). Listed cases still run:
# a listed case that fails passes with "expected failure"; a listed case
# that passes FAILS, asking to be removed from this list. Regenerate with
#
#     go test ./tests/lang/ -update-xfail
#
# which rewrites this file to exactly the cases failing now.
`

// readXfail reads xfail.txt into a set of case ids.
func readXfail(t *testing.T) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(xfailFile)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]bool{}
	}
	require.NoError(t, err)
	xfail := map[string]bool{}
	for i, line := range strings.Split(string(data), "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		require.False(t, xfail[line], "%s:%d: %s listed twice", xfailFile, i+1, line)
		xfail[line] = true
	}
	return xfail
}

// writeXfail writes the ids, sorted, under the header.
func writeXfail(t *testing.T, ids []string) {
	t.Helper()
	sort.Strings(ids)
	var b strings.Builder
	b.WriteString(xfailHeader)
	for _, id := range ids {
		b.WriteString(id + "\n")
	}
	require.NoError(t, os.WriteFile(xfailFile, []byte(b.String()), 0o644))
}

// shown is s cut to shownLimit for a failure message.
func shown(s string) string {
	if len(s) <= shownLimit {
		return s
	}
	return s[:shownLimit] + fmt.Sprintf("\n[... %d more bytes not shown]\n", len(s)-shownLimit)
}

// firstDifference says briefly where got first departs from want.
func firstDifference(want, got string, err error) string {
	if err != nil {
		return err.Error()
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			return fmt.Sprintf("line %d: want %q, got %q", i+1, w[i], g[i])
		}
	}
	return fmt.Sprintf("want %d lines, got %d", len(w), len(g))
}

func TestLang(t *testing.T) {
	cases := loadCases(t)
	xfail := readXfail(t)
	known := map[string]bool{}
	for _, c := range cases {
		known[c.id()] = true
	}
	for id := range xfail {
		switch {
		case known[id]:
		case *updateXfail:
			t.Logf("%s: dropping %s, which is not a case", xfailFile, id)
		default:
			t.Errorf("%s lists %s, which is not a case", xfailFile, id)
		}
	}

	ref := cpython36()
	sums := readSums(t, cases)
	if *update {
		t.Cleanup(func() { sums.write(t) })
	}
	switch {
	case ref == "" && *update:
		t.Fatal("-update needs CPython 3.6 (python3.6, a pyenv 3.6.x, or $CPYTHON36): not found")
	case ref == "":
		t.Log("CPython 3.6 not found (python3.6, a pyenv 3.6.x, or $CPYTHON36): comparing with the stored .out files only")
	default:
		t.Logf("CPython 3.6: %s", ref)
	}

	var mu sync.Mutex
	failing := map[string]bool{} // by id, the cases run in this test
	t.Cleanup(func() {
		if !*updateXfail {
			return
		}
		var ids []string
		for id := range xfail {
			if _, ran := failing[id]; !ran && known[id] {
				ids = append(ids, id)
			}
		}
		for id, fails := range failing {
			if fails {
				ids = append(ids, id)
			}
		}
		writeXfail(t, ids)
		t.Logf("%s: %d cases", xfailFile, len(ids))
	})

	for _, area := range areas {
		t.Run(area, func(t *testing.T) {
			t.Parallel()
			for _, c := range cases {
				if c.area != area {
					continue
				}
				t.Run(c.name, func(t *testing.T) {
					t.Parallel()
					fails := checkCase(t, c, ref, sums, xfail[c.id()])
					mu.Lock()
					failing[c.id()] = fails
					mu.Unlock()
				})
			}
		})
	}
}

// checkCase runs one case under the interpreter, and under CPython 3.6
// (when ref is set) unless sums records that CPython 3.6 gave the .out
// file for the case as it is, and reports whether the interpreter's
// output differs from the .out file.
func checkCase(t *testing.T, c langCase, ref string, sums *caseSums, expectFail bool) (fails bool) {
	if ref != "" && (*update || pytesting.RecheckCPython() || !sums.current(t, c)) {
		o, err := run(ref, c)
		require.NoError(t, err, "CPython 3.6")
		want := encode(o)
		if *update {
			if old, _ := os.ReadFile(c.outPath()); string(old) != want {
				require.NoError(t, os.WriteFile(c.outPath(), []byte(want), 0o644))
				t.Logf("wrote %s", c.outPath())
			}
			sums.record(t, c)
		} else {
			stored, err := os.ReadFile(c.outPath())
			require.NoError(t, err, "no expected output: run go test ./tests/lang/ -update")
			assert.Equal(t, string(stored), want,
				"CPython 3.6's output differs from %s: check the case is deterministic, then run -update", c.outPath())
		}
	}
	stored, err := os.ReadFile(c.outPath())
	require.NoError(t, err, "no expected output: run go test ./tests/lang/ -update")
	want := string(stored)

	o, err := run(binary, c)
	// The compiled files' tag is ours by design (vm.CacheTag): it stands
	// for CPython's in the comparison.
	got := strings.ReplaceAll(encode(o), vm.CacheTag, "cpython-36")
	fails = err != nil || got != want
	switch {
	case *updateXfail:
		if fails {
			t.Log("fails: listed in xfail.txt")
		}
	case expectFail && !fails:
		t.Errorf("passes now: remove %s from %s", c.id(), xfailFile)
	case expectFail:
		t.Logf("expected failure (%s)", firstDifference(want, got, err))
	case err != nil:
		t.Errorf("%v\noutput so far:\n%s", err, shown(got))
	case fails:
		assert.Equal(t, want, shown(got), "gpython-ssl's output differs from CPython 3.6's (%s)", c.outPath())
	}
	return fails
}

// TestCaseFiles checks the layout: every script has its .out file and the
// reverse, and nothing else lies in cases/.
func TestCaseFiles(t *testing.T) {
	entries, err := os.ReadDir(casesDir)
	require.NoError(t, err)
	var dirs []string
	for _, e := range entries {
		dirs = append(dirs, e.Name())
	}
	assert.ElementsMatch(t, areas, dirs, "the areas under %s", casesDir)
	counts := map[string]int{}
	for _, area := range areas {
		files, err := os.ReadDir(filepath.Join(casesDir, area))
		require.NoError(t, err)
		have := map[string]bool{}
		for _, f := range files {
			if f.IsDir() {
				// a package the area's cases import (they run with their
				// directory on sys.path), such as builtins_errors/argcheck
				_, err := os.Stat(filepath.Join(casesDir, area, f.Name(), "__init__.py"))
				assert.NoError(t, err, "%s/%s: a directory in cases must be a package its cases import", area, f.Name())
				continue
			}
			have[f.Name()] = true
		}
		for name := range have {
			base, ext := strings.TrimSuffix(name, filepath.Ext(name)), filepath.Ext(name)
			switch ext {
			case ".py":
				counts[area]++
				assert.True(t, have[base+".out"], "%s/%s has no .out: run -update", area, name)
			case ".out":
				assert.True(t, have[base+".py"], "%s/%s has no script", area, name)
			default:
				t.Errorf("%s/%s: only .py and .out files belong in %s", area, name, casesDir)
			}
		}
	}
	t.Logf("cases per area: %v", counts)
}

func TestEncode(t *testing.T) {
	tests := []struct {
		name string
		in   outcome
		want string
	}{
		{"nothing", outcome{}, "[stderr]\n[exit status 0]\n"},
		{"stdout", outcome{"a\nb\n", "", 0}, "a\nb\n[stderr]\n[exit status 0]\n"},
		{"both", outcome{"a\n", "E\n", 1}, "a\n[stderr]\nE\n[exit status 1]\n"},
		{"no final newline", outcome{"a", "E", 2}, "a\n\\ no newline at end\n[stderr]\nE\n\\ no newline at end\n[exit status 2]\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, encode(tc.in))
		})
	}
	assert.NotEqual(t, encode(outcome{stdout: "a"}), encode(outcome{stdout: "a\n"}))
}
