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
// output is stored beside the test (testdata/cpython36/NAME.out) under a
// line holding the script's hash, and that stored output is the oracle
// while the script is unchanged. CPython runs when the script has changed
// (the test then fails until -update-cpython36 stores the new output),
// under -update-cpython36, and for every script when the environment sets
// GPYSSL_RECHECK_CPYTHON=1: that run checks that the stored files still
// hold what the reference prints. Running the reference again for an
// unchanged script only repeated a result already stored, at a cost that
// was a large part of `make test`.

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

// CPython311 is CPython36 for 3.11 ($CPYTHON311, python3.11, pyenv
// 3.11.x): the oracle of tests that compare with a later CPython by
// design (the _ssl constants of an OpenSSL 3 build, in their order).
var CPython311 = sync.OnceValue(func() string { return findCPython(11) })

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
// A stored file for this src is the answer. Otherwise (or under
// -update-cpython36 or GPYSSL_RECHECK_CPYTHON=1) with CPython 3.6
// installed the script runs under it, and the stored file must hold the
// same output (the test fails otherwise; go test -update-cpython36
// rewrites it). Without CPython 3.6 a missing file, or one stored for
// another version of src, fails the test: a differential test is never
// skipped silently.
func CPython36Output(t testing.TB, name, src string) string {
	t.Helper()
	return cpythonOutput(t, 6, CPython36, name, src)
}

// CPython37Output is CPython36Output for CPython 3.7, stored in
// testdata/cpython37/name.out (also rewritten by -update-cpython36).
func CPython37Output(t testing.TB, name, src string) string {
	t.Helper()
	return cpythonOutput(t, 7, CPython37, name, src)
}

// CPython311Output is CPython36Output for CPython 3.11, stored in
// testdata/cpython311/name.out (also rewritten by -update-cpython36).
func CPython311Output(t testing.TB, name, src string) string {
	t.Helper()
	return cpythonOutput(t, 11, CPython311, name, src)
}

// cpythonOutput is CPython36Output for CPython 3.minor, which find finds
// ("" when it is not installed).
func cpythonOutput(t testing.TB, minor int, find func() string, name, src string) string {
	t.Helper()
	return storedOracle(t, minor, find, name, src, func(exe string) string {
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
// describes, kept in testdata/cpython3<minor>/name.out: the stored result
// when the file was stored for this input (its first line names the
// version and input's hash), unless -update-cpython36 or RecheckCPython
// asks for a live run; otherwise live(exe) with exe = find() installed
// ("" when not), checked against (or, under -update-cpython36, written
// to) the file. find runs only then: looking for CPython costs a few
// process starts.
func storedOracle(t testing.TB, minor int, find func() string, name, input string, live func(exe string) string) string {
	t.Helper()
	version := fmt.Sprintf("3.%d", minor)
	sum := sha256.Sum256([]byte(input))
	header := "# CPython " + version + " stdout of the script with sha256 " + hex.EncodeToString(sum[:]) + "\n"
	path := filepath.Join("testdata", fmt.Sprintf("cpython3%d", minor), name+".out")
	stored, readErr := os.ReadFile(path)
	if readErr == nil && bytes.HasPrefix(stored, []byte(header)) && !*updateCPython36 && !RecheckCPython() {
		return string(stored[len(header):])
	}
	where := fmt.Sprintf("python%s, a pyenv %s.x, or $CPYTHON3%d", version, version, minor)
	exe := find()
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
	out := live(exe)
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

// RecheckCPython reports whether the environment sets
// GPYSSL_RECHECK_CPYTHON=1: the stored outputs of CPython (here, in
// tests/lang and tests/typical) are then checked against a live run of
// CPython for every script, not only for the scripts that changed.
func RecheckCPython() bool { return os.Getenv("GPYSSL_RECHECK_CPYTHON") == "1" }

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
