package typical

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

var update = flag.Bool("update", false, "rewrite testdata/cpython36/*.out from CPython 3.6")

// binary is the gpython-ssl interpreter under test (pytesting.BinaryPath).
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	// The scripts mostly wait (on their peers, on openssl, on sleeps):
	// run six at a time unless -parallel says otherwise.
	parallelSet := false
	flag.Visit(func(f *flag.Flag) { parallelSet = parallelSet || f.Name == "test.parallel" })
	if !parallelSet {
		_ = flag.Set("test.parallel", "6")
	}
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

// outcome runs interp on the script name (RunScript) and returns its
// stdout, stderr and exit status as one text.
func outcome(t *testing.T, interp, name string) string {
	t.Helper()
	run, err := RunScript(interp, "scripts", name, ScriptTimeout)
	require.NoError(t, err)
	return run.Outcome
}

// reference returns CPython 3.6's outcome for the script name: the
// stored one when it was stored for the script as it is; otherwise, and
// under -update or GPYSSL_RECHECK_CPYTHON=1 (pytesting.RecheckCPython),
// run live where CPython 3.6 (found by findPy36, only then) is installed,
// and checked against the stored one or stored with -update. Running
// CPython 3.6 on an unchanged script repeated a result already stored, at
// half the package's cost.
func reference(t *testing.T, findPy36 func() string, name string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("scripts", name))
	require.NoError(t, err)
	stored := StoredPath(".", name)
	data, readErr := os.ReadFile(stored)
	h := Header(src)
	if readErr == nil && bytes.HasPrefix(data, []byte(h)) && !*update && !pytesting.RecheckCPython() {
		return string(data[len(h):])
	}
	py36 := findPy36()
	if py36 == "" {
		require.False(t, *update, "-update needs CPython 3.6 (python3.6, a pyenv 3.6.x or $CPYTHON36)")
		require.NoError(t, readErr, "CPython 3.6 not found and no stored outcome %s", stored)
		require.True(t, bytes.HasPrefix(data, []byte(h)), "%s was stored for another version of the script: regenerate it with CPython 3.6 (-update)", stored)
		t.Logf("CPython 3.6 not found: comparing with %s", stored)
		return string(data[len(h):])
	}
	live := outcome(t, py36, name)
	if *update {
		require.NoError(t, os.WriteFile(stored, []byte(h+live), 0o644))
		return live
	}
	require.NoError(t, readErr, "no stored outcome %s: run go test ./tests/typical/ -args -update", stored)
	require.Equal(t, string(data), h+live, "CPython 3.6 no longer gives the stored outcome %s (-update rewrites it)", stored)
	return live
}

// readXfail reads xfail.txt: one script name a line, then a reason after
// whitespace; # starts a comment.
func readXfail(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open("xfail.txt")
	require.NoError(t, err)
	defer f.Close()
	xfail := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		_, dup := xfail[name]
		require.False(t, dup, "xfail.txt lists %s twice", name)
		_, err := os.Stat(filepath.Join("scripts", name))
		require.NoError(t, err, "xfail.txt lists %s, which is not a script", name)
		xfail[name] = strings.TrimSpace(reason)
	}
	require.NoError(t, sc.Err())
	return xfail
}

// TestTypicalScripts runs every script under gpython-ssl and compares its
// outcome with CPython 3.6's.
func TestTypicalScripts(t *testing.T) {
	if _, err := exec.LookPath("openssl"); err != nil {
		t.Skip("openssl not found: every script makes its certificates (and some their peers) with it")
	}
	names, err := Scripts(".")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	xfail := readXfail(t)
	for _, name := range names {
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			t.Parallel()
			want := reference(t, pytesting.CPython36, name)
			got := outcome(t, binary, name)
			reason, listed := xfail[name]
			if !listed {
				assert.Equal(t, want, got)
				return
			}
			if got == want {
				t.Errorf("passes now: remove %s from xfail.txt", name)
				return
			}
			t.Logf("expected failure (%s)", reason)
		})
	}
}
