package pytesting

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// The project's reference for behaviour is CPython 3.6. A differential
// test asks CPython36Output for the reference's output of its script; the
// output is also stored beside the test (testdata/cpython36/NAME.out), so
// that the test still has its oracle where CPython 3.6 is not installed,
// and the stored file cannot drift from the reference where it is.

var updateCPython36 = flag.Bool("update-cpython36", false,
	"rewrite the stored CPython 3.6 outputs (testdata/cpython36/*.out) from CPython 3.6 (required)")

// CPython36 finds CPython 3.6: the interpreter $CPYTHON36 names,
// python3.6 on PATH, or a pyenv 3.6.x version (the newest). It gives the
// interpreter's own executable (no pyenv shim in between), or "" when
// there is none.
var CPython36 = sync.OnceValue(func() string { return findCPython(6) })

// CPython37 is CPython36 for 3.7 ($CPYTHON37, python3.7, pyenv 3.7.x): the
// oracle for what 3.7 added that the project includes (fromisoformat).
var CPython37 = sync.OnceValue(func() string { return findCPython(7) })

// findCPython finds CPython 3.minor as CPython36 describes.
func findCPython(minor int) string {
	version := fmt.Sprintf("3.%d", minor)
	probe := func(env []string, name string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		check := fmt.Sprintf("import sys; print(sys.version_info[:2] == (3, %d)); print(sys.executable)", minor)
		cmd := exec.CommandContext(ctx, name, "-c", check)
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.Output()
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if err != nil || len(lines) != 2 || lines[0] != "True" {
			return ""
		}
		return lines[1]
	}
	if p := os.Getenv(fmt.Sprintf("CPYTHON3%d", minor)); p != "" {
		return probe(nil, p)
	}
	if p := probe(nil, "python"+version); p != "" {
		return p
	}
	out, err := exec.Command("pyenv", "versions", "--bare").Output()
	if err != nil {
		return ""
	}
	versions := strings.Fields(string(out))
	sort.Sort(sort.Reverse(sort.StringSlice(versions)))
	for _, v := range versions {
		if strings.HasPrefix(v, version+".") {
			if p := probe([]string{"PYENV_VERSION=" + v}, "python3"); p != "" {
				return p
			}
		}
	}
	return ""
}

// CPython36Output returns what CPython 3.6 prints on stdout for src
// (in CPythonEnv, with PYTHONHASHSEED=0). name identifies the
// script among the package's tests; its output is stored in
// testdata/cpython36/name.out.
//
// With CPython 3.6 installed the script runs under it, and the stored
// file must hold the same output (the test fails otherwise; go test
// -update-cpython36 rewrites it). Without CPython 3.6 the stored output
// is returned, the test saying so in its log; a missing file, or one
// stored for another version of src, fails the test: a differential test
// is never skipped silently.
func CPython36Output(t testing.TB, name, src string) string {
	t.Helper()
	return cpythonOutput(t, 6, CPython36(), name, src)
}

// CPython37Output is CPython36Output for CPython 3.7, stored in
// testdata/cpython37/name.out (also rewritten by -update-cpython36).
func CPython37Output(t testing.TB, name, src string) string {
	t.Helper()
	return cpythonOutput(t, 7, CPython37(), name, src)
}

// cpythonOutput is CPython36Output for CPython 3.minor found at exe (""
// when it is not installed).
func cpythonOutput(t testing.TB, minor int, exe, name, src string) string {
	t.Helper()
	return storedOracle(t, minor, exe, name, src, func() string {
		cmd := exec.Command(exe, "-")
		cmd.Stdin = strings.NewReader(src)
		cmd.Env = CPythonEnv("PYTHONHASHSEED=0")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("CPython 3.%d (%s) failed: %v\n%s", minor, exe, err, stderr.String())
		}
		return string(out)
	})
}

// storedOracle gives CPython 3.minor's result for the run that input
// describes: live() with exe installed ("" when not), checked against
// (or, under -update-cpython36, written to) testdata/cpython3<minor>/
// name.out; the stored result without it. The stored file starts with a
// line naming the version and input's hash, so that a result stored for
// another input is noticed.
func storedOracle(t testing.TB, minor int, exe, name, input string, live func() string) string {
	t.Helper()
	version := fmt.Sprintf("3.%d", minor)
	sum := sha256.Sum256([]byte(input))
	header := "# CPython " + version + " stdout of the script with sha256 " + hex.EncodeToString(sum[:]) + "\n"
	path := filepath.Join("testdata", fmt.Sprintf("cpython3%d", minor), name+".out")
	stored, readErr := os.ReadFile(path)
	where := fmt.Sprintf("python%s, a pyenv %s.x, or $CPYTHON3%d", version, version, minor)
	if exe == "" {
		switch {
		case *updateCPython36:
			t.Fatalf("-update-cpython36 needs CPython %s (%s): not found", version, where)
		case errors.Is(readErr, os.ErrNotExist):
			t.Fatalf("CPython %s not found (%s) and no stored output %s", version, where, path)
		case readErr != nil:
			t.Fatalf("reading stored CPython %s output: %v", version, readErr)
		case !bytes.HasPrefix(stored, []byte(header)):
			t.Fatalf("%s was stored for another version of the script: regenerate it with CPython %s (go test -update-cpython36)", path, version)
		}
		t.Logf("CPython %s not found: comparing with the stored output %s", version, path)
		return string(stored[len(header):])
	}
	out := live()
	want := header + out
	switch {
	case *updateCPython36:
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	case readErr != nil:
		t.Errorf("no stored CPython %s output %s (%v): run go test -update-cpython36", version, path, readErr)
	case string(stored) != want:
		t.Errorf("stored output %s differs from CPython %s's: run go test -update-cpython36\n%s",
			path, version, firstDifference(string(stored), want))
	}
	return out
}

// firstDifference describes the first line where stored and live differ,
// so that a failure on a machine nobody can log into names its cause.
func firstDifference(stored, live string) string {
	a, b := strings.Split(stored, "\n"), strings.Split(live, "\n")
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return fmt.Sprintf("line %d stored: %.300q\nline %d live:   %.300q", i+1, x, i+1, y)
		}
	}
	return "(no line differs)"
}
