package host_test

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// showPrelude prints, per case, the repr of the result or the exception's
// class name and str(). It runs unchanged under gpython and python3.
const showPrelude = `
def _show(name, f):
    try:
        r = f()
        print(name + " => " + repr(r))
    except Exception as e:
        n = repr(e)
        n = n[:n.find("(")]
        print(name + " !! " + n + ": " + str(e))
`

// pyCase is one expression evaluated under both interpreters.
type pyCase struct {
	name string
	expr string
}

// runGpython runs src in a fresh gpython context, turning a Go panic into
// a test failure.
func runGpython(t *testing.T, src string) (out string, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("gpython panicked: %v", r)
		}
	}()
	return pytesting.Run(t, src)
}

// runPython3 runs src under CPython, or skips the test without python3.
func runPython3(t *testing.T, src string) string {
	t.Helper()
	py3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: differential test skipped")
	}
	cmd := exec.Command(py3, "-")
	cmd.Stdin = strings.NewReader(src)
	cmd.Env = append(cmd.Environ(), "PYTHONIOENCODING=utf-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "python3 failed: %s", stderr.String())
	return string(out)
}

// caseLines maps "caseN" to the rest of its output line.
func caseLines(out string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if i := strings.IndexByte(line, ' '); i > 0 && strings.HasPrefix(line, "case") {
			m[line[:i]] = line[i+1:]
		}
	}
	return m
}

// diffCases evaluates every case under gpython (with host installed) and
// python3 and compares the repr of the result or the exception type and
// message, one subtest per case.
func diffCases(t *testing.T, setup string, cases []pyCase) {
	t.Helper()
	diffCasesAgainst(t, func(src string) string { return runPython3(t, src) }, setup, cases)
}

// diffCases36 is diffCases against CPython 3.6, the project's reference
// (its output stored as testdata/cpython36/name.out for machines without
// it, see pytesting.CPython36Output).
func diffCases36(t *testing.T, name, setup string, cases []pyCase) {
	t.Helper()
	diffCasesAgainst(t, func(src string) string { return pytesting.CPython36Output(t, name, src) }, setup, cases)
}

// diffCasesAgainst is diffCases with ref giving the reference output.
func diffCasesAgainst(t *testing.T, ref func(src string) string, setup string, cases []pyCase) {
	t.Helper()
	var src strings.Builder
	src.WriteString(showPrelude)
	src.WriteString(setup)
	src.WriteString("\n")
	for i, c := range cases {
		fmt.Fprintf(&src, "_show(%q, lambda: %s)\n", fmt.Sprintf("case%d", i), c.expr)
	}
	want := caseLines(ref(src.String()))
	gout, err := runGpython(t, src.String())
	require.NoError(t, err, "gpython raised outside a case; output:\n%s", gout)
	got := caseLines(gout)
	for i, c := range cases {
		key := fmt.Sprintf("case%d", i)
		t.Run(c.name, func(t *testing.T) {
			w, ok := want[key]
			require.True(t, ok, "the reference printed nothing for %s", c.expr)
			assert.Equal(t, w, got[key], "expr: %s", c.expr)
		})
	}
}
