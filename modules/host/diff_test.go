package host_test

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
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

// runPython3 runs src under CPython 3.6, the project's reference, or
// answers its output stored in testdata/cpython36 on a machine without it
// (pytesting.CPython36Output). The stored file is named for the test and
// the call's rank within it.
func runPython3(t *testing.T, src string) string {
	t.Helper()
	calls, first := py3Calls.LoadOrStore(t.Name(), new(atomic.Int32))
	if !first {
		t.Cleanup(func() { py3Calls.Delete(t.Name()) }) // -count=2 starts again
	}
	n := calls.(*atomic.Int32).Add(1)
	name := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, t.Name())
	return pytesting.CPython36Output(t, fmt.Sprintf("%s_%d", name, n), src)
}

// py3Calls counts runPython3's calls per test name.
var py3Calls sync.Map // string -> *atomic.Int32

// diffCases evaluates every case under gpython (with host installed) and
// CPython 3.6 (runPython3) and compares the repr of the result or the exception type and
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
