package host_test

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

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
type pyCase = pytesting.Case

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
	src := pytesting.CaseScript(showPrelude+setup+"\n", cases)
	want := ref(src)
	got, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, "gpython raised outside a case; output:\n%s", got)
	pytesting.CompareCases(t, cases, want, got)
}
