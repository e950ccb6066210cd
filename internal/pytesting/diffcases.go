package pytesting

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A differential test evaluates a table of Python expressions under the
// reference interpreter and under gpython-ssl, in one script each, and
// compares what each case printed. The script is a prelude, which must
// define _show(name, f) printing name, a space and what f() gave (its
// repr, or the exception's class and message, in the prelude's own
// format), followed by one line per case:
//
//	_show("case0", lambda: EXPR)
//
// Because the script's text is the key of the stored reference output
// (testdata/cpython36/*.out, see CPython36Output), CaseScript builds it
// exactly so; a change here, or in ShowRepr or ShowBrief, invalidates
// the stored outputs of the tests that use it.

// ShowRepr is a prelude's _show printing "caseN => REPR" for a result
// and "caseN !! MODULE CLASS MESSAGE" for an exception.
const ShowRepr = `def _show(name, f):
    try:
        r = f()
        print(name, "=>", repr(r))
    except Exception as e:
        print(name, "!!", type(e).__module__, type(e).__name__, str(e))
`

// ShowBrief is a prelude's _show printing "caseN REPR" for a result and
// "caseN !! CLASS: MESSAGE" for an exception.
const ShowBrief = `def _show(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__name__ + ":", str(e))
`

// Case is one Python expression of a differential test: Name names its
// subtest, Expr is evaluated under both interpreters. It is an alias of an
// unnamed struct so that other packages' case tables can be written
// positionally, {"name", `expr`}, without go vet's composites check
// objecting.
type Case = struct {
	Name string
	Expr string
}

// caseKey is what _show prints for the i'th case.
func caseKey(i int) string { return fmt.Sprintf("case%d", i) }

// CaseScript returns prelude followed by one _show("caseN", lambda: EXPR)
// line per case.
func CaseScript(prelude string, cases []Case) string {
	var src strings.Builder
	src.WriteString(prelude)
	for i, c := range cases {
		fmt.Fprintf(&src, "_show(%q, lambda: %s)\n", caseKey(i), c.Expr)
	}
	return src.String()
}

// CaseLines maps "caseN" to the rest of its output line (after the first
// space), for every line of out that starts with "case".
func CaseLines(out string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if i := strings.IndexByte(line, ' '); i > 0 && strings.HasPrefix(line, "case") {
			m[line[:i]] = line[i+1:]
		}
	}
	return m
}

// RunGuarded is Run that turns a Go panic in the interpreter into a test
// failure (rather than the end of the test binary).
func RunGuarded(t testing.TB, src string) (out string, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("gpython panicked: %v", r)
		}
	}()
	return Run(t, src)
}

// CompareCases compares, in one subtest per case, what the reference
// printed for it (want, the reference's whole output) with what
// gpython-ssl printed (got). A case the reference printed nothing for
// fails.
func CompareCases(t *testing.T, cases []Case, want, got string) {
	t.Helper()
	w, g := CaseLines(want), CaseLines(got)
	for i, c := range cases {
		key := caseKey(i)
		t.Run(c.Name, func(t *testing.T) {
			ref, ok := w[key]
			require.True(t, ok, "the reference printed nothing for %s", c.Expr)
			assert.Equal(t, ref, g[key], "expr: %s", c.Expr)
		})
	}
}

// DiffCases is the whole differential test of cases: it runs
// CaseScript(prelude, cases) under CPython 3.6 (or its output stored as
// testdata/cpython36/name.out, see CPython36Output) and under gpython-ssl,
// requires gpython-ssl to raise nothing outside the cases, and compares
// case by case (CompareCases).
//
// A test that must prepare something between the two runs (a directory,
// the environment) uses the parts instead: CaseScript, CPython36Output,
// RunGuarded and CompareCases.
func DiffCases(t *testing.T, name, prelude string, cases []Case) {
	t.Helper()
	src := CaseScript(prelude, cases)
	want := CPython36Output(t, name, src)
	got, err := RunGuarded(t, src)
	require.NoError(t, err, "gpython raised outside a case; output:\n%s", got)
	CompareCases(t, cases, want, got)
}
