package pylib_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of multiprocessing run real scripts: spawn needs the
// main module to be a file (children import it as __mp_main__), so each
// group of cases is written to a temporary directory and run as a file
// under CPython 3.6 (with set_start_method('spawn')) and under the
// gpython-ssl binary pytesting.Binary gives. Every run has a time limit and its own process
// group, which is killed afterwards so that no child outlives the test.

// mpCase is one case: body is the indented body of a function whose
// return value is printed (its exception's type and message when it
// raises).
type mpCase struct {
	name string
	body string
}

// mpTimeout bounds one script run, children included.
const mpTimeout = 90 * time.Second

// mpScript assembles the script of a group: the prelude (module-level
// helpers, visible to children), one function per case, and a guarded
// main that selects spawn and prints each case's outcome.
func mpScript(prelude string, cases []mpCase) string {
	var b strings.Builder
	b.WriteString(prelude)
	b.WriteString("\n")
	for i, c := range cases {
		fmt.Fprintf(&b, "def case_%d():\n%s\n", i, c.body)
	}
	b.WriteString("if __name__ == '__main__':\n    import multiprocessing\n    multiprocessing.set_start_method('spawn')\n")
	for i, c := range cases {
		fmt.Fprintf(&b, "    show(%q, case_%d)\n", c.name, i)
	}
	return b.String()
}

// mpRun runs script (written as main.py in a new directory) with exe and
// returns stdout plus the lines of stderr that do not start with a space
// (traceback frames name each implementation's own files).
func mpRun(t *testing.T, exe string, env []string, script string) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "main.py")
	require.NoError(t, os.WriteFile(path, []byte(script), 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), mpTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, "main.py")
	cmd.Dir = dir
	cmd.Env = env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	leftover := false
	if cmd.Process != nil {
		// the script's children must all have exited with it
		deadline := time.Now().Add(5 * time.Second)
		for syscall.Kill(-cmd.Process.Pid, 0) == nil {
			if time.Now().After(deadline) {
				leftover = true
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	require.False(t, leftover, "%s left child processes behind", exe)
	require.NoError(t, ctx.Err(), "%s timed out\nstdout:\n%s\nstderr:\n%s", exe, stdout.String(), stderr.String())
	require.NoError(t, err, "%s failed\nstdout:\n%s\nstderr:\n%s", exe, stdout.String(), stderr.String())
	var keep []string
	for _, line := range strings.Split(stderr.String(), "\n") {
		if line != "" && !strings.HasPrefix(line, " ") {
			keep = append(keep, line)
		}
	}
	return stdout.String() + "--- stderr ---\n" + strings.Join(keep, "\n") + "\n"
}

// mpWant is CPython 3.6's output of the script, live when CPython 3.6 is
// installed (and then checked against the stored copy, which
// -update-cpython36 rewrites), else the stored copy; like
// pytesting.CPython36Output, never a silent skip.
func mpWant(t *testing.T, name, script string) string {
	t.Helper()
	sum := sha256.Sum256([]byte(script))
	header := "# CPython 3.6 output of the script with sha256 " + hex.EncodeToString(sum[:]) + "\n"
	path := filepath.Join("testdata", "cpython36", name+".out")
	stored, readErr := os.ReadFile(path)
	update := false
	if f := flag.Lookup("update-cpython36"); f != nil {
		update = f.Value.String() == "true"
	}
	exe := pytesting.CPython36()
	if exe == "" {
		require.False(t, update, "-update-cpython36 needs CPython 3.6")
		require.NoError(t, readErr, "CPython 3.6 not found and no stored output")
		require.True(t, bytes.HasPrefix(stored, []byte(header)), "%s was stored for another version of the script", path)
		t.Logf("CPython 3.6 not found: comparing with %s", path)
		return string(stored[len(header):])
	}
	live := mpRun(t, exe, pytesting.CPythonEnv("PYTHONHASHSEED=0"), script)
	switch {
	case update:
		require.NoError(t, os.WriteFile(path, []byte(header+live), 0o644))
	case readErr != nil:
		t.Errorf("no stored output %s: run go test -update-cpython36", path)
	case string(stored) != header+live:
		t.Errorf("stored output %s differs from CPython 3.6's: run go test -update-cpython36", path)
	}
	return live
}

// mpDiff runs a group of cases under both interpreters and compares
// them line by line, naming the first differing case.
func mpDiff(t *testing.T, name, prelude string, cases []mpCase) {
	t.Helper()
	exe := pytesting.Binary(t)
	script := mpScript(mpPrelude+prelude, cases)
	want := mpWant(t, name, script)
	got := mpRun(t, exe, append(os.Environ(), "PYTHONHASHSEED=0"), script)
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Errorf("line %d differs\nCPython 3.6: %s\ngpython-ssl: %s", i+1, w, g)
		}
	}
}

// mpPrelude is shared by every group: show() prints a case's outcome
// with object addresses masked.
const mpPrelude = `import sys, os, time, queue, signal, pickle
import multiprocessing as mp
def mask(s):
    s = s if isinstance(s, str) else repr(s)
    out = ''
    while True:
        i = s.find(' at 0x')
        if i < 0:
            return out + s
        j = i + 6
        while j < len(s) and s[j] in '0123456789abcdef':
            j += 1
        out += s[:i] + ' at ADDR'
        s = s[j:]
def show(name, fn):
    try:
        r = mask(fn())
    except BaseException as e:
        r = 'raised %s: %s' % (type(e).__name__, mask(str(e)))
    print('%s: %s' % (name, r))
    sys.stdout.flush()
    sys.stderr.flush()
`
