package pytesting

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
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
var CPython36 = sync.OnceValue(func() string {
	probe := func(env []string, name string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, name, "-c", "import sys; print(sys.version_info[:2] == (3, 6)); print(sys.executable)")
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.Output()
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if err != nil || len(lines) != 2 || lines[0] != "True" {
			return ""
		}
		return lines[1]
	}
	if p := os.Getenv("CPYTHON36"); p != "" {
		return probe(nil, p)
	}
	if p := probe(nil, "python3.6"); p != "" {
		return p
	}
	out, err := exec.Command("pyenv", "versions", "--bare").Output()
	if err != nil {
		return ""
	}
	versions := strings.Fields(string(out))
	sort.Sort(sort.Reverse(sort.StringSlice(versions)))
	for _, v := range versions {
		if strings.HasPrefix(v, "3.6.") {
			if p := probe([]string{"PYENV_VERSION=" + v}, "python3"); p != "" {
				return p
			}
		}
	}
	return ""
})

// storedHeader opens a stored output: it names the script by its hash,
// so that an output stored for another version of the script is noticed.
const storedHeader = "# CPython 3.6 stdout of the script with sha256 "

// CPython36Output returns what CPython 3.6 prints on stdout for src
// (PYTHONIOENCODING=utf-8, PYTHONHASHSEED=0). name identifies the
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
	sum := sha256.Sum256([]byte(src))
	header := storedHeader + hex.EncodeToString(sum[:]) + "\n"
	path := filepath.Join("testdata", "cpython36", name+".out")
	stored, readErr := os.ReadFile(path)
	py36 := CPython36()
	if py36 == "" {
		switch {
		case *updateCPython36:
			t.Fatalf("-update-cpython36 needs CPython 3.6 (python3.6, a pyenv 3.6.x, or $CPYTHON36): not found")
		case errors.Is(readErr, os.ErrNotExist):
			t.Fatalf("CPython 3.6 not found (python3.6, a pyenv 3.6.x, or $CPYTHON36) and no stored output %s", path)
		case readErr != nil:
			t.Fatalf("reading stored CPython 3.6 output: %v", readErr)
		case !bytes.HasPrefix(stored, []byte(header)):
			t.Fatalf("%s was stored for another version of the script: regenerate it with CPython 3.6 (go test -update-cpython36)", path)
		}
		t.Logf("CPython 3.6 not found: comparing with the stored output %s", path)
		return string(stored[len(header):])
	}
	cmd := exec.Command(py36, "-")
	cmd.Stdin = strings.NewReader(src)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONHASHSEED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("CPython 3.6 (%s) failed: %v\n%s", py36, err, stderr.String())
	}
	want := header + string(out)
	switch {
	case *updateCPython36:
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	case readErr != nil:
		t.Errorf("no stored CPython 3.6 output %s (%v): run go test -update-cpython36", path, readErr)
	case string(stored) != want:
		t.Errorf("stored output %s differs from CPython 3.6's: run go test -update-cpython36", path)
	}
	return string(out)
}
