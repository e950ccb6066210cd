package typical

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// What the test and bench/cmd/typicalbench (`make bench-typical`) share:
// how one script runs under one interpreter, and where its stored
// CPython 3.6 outcome is. The test compares the outcomes; the benchmark
// runs the same processes, in the same environment, for their CPU time.

// ScriptTimeout bounds one run of one script under one interpreter
// (pytesting.BoundFor: as much CPU time, and as much wall time
// stretched by the machine's load).
const ScriptTimeout = 40 * time.Second

// Env is the environment a script runs in: this process's, with the
// encoding, hash seed, terminal width and locale fixed so that both
// interpreters print alike.
func Env() []string {
	return append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONHASHSEED=0", "COLUMNS=80", "LC_ALL=C.UTF-8")
}

// Run is one run of a script.
type Run struct {
	// Outcome is stdout, "[stderr]", stderr and "[exit status N]", as
	// the stored outcomes hold them.
	Outcome string
	// User and Sys are the CPU time of the interpreter's process and of
	// every process it started and waited for (its peers: openssl
	// s_server, a subprocess), as wait4 reports them.
	User, Sys time.Duration
	Wall      time.Duration
	MaxRSS    int64 // bytes, the largest of those processes' peaks
}

// CPU is the run's user plus system time.
func (r Run) CPU() time.Duration { return r.User + r.Sys }

// RunScript runs the interpreter interp on the script name in
// scriptsDir (the working directory, so that tracebacks name it the same
// way under every interpreter), bounded by pytesting.BoundFor(timeout). A script that
// exits with a status is a Run; an error is a time-out or a process
// that could not be run (its output then in the message).
func RunScript(interp, scriptsDir, name string, timeout time.Duration) (Run, error) {
	cmd := exec.Command(interp, name)
	cmd.Dir = scriptsDir
	cmd.Env = Env()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := pytesting.RunBounded(cmd, pytesting.BoundFor(timeout))
	run := Run{Wall: time.Since(start)}
	if ps := cmd.ProcessState; ps != nil {
		run.User, run.Sys = ps.UserTime(), ps.SystemTime()
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			run.MaxRSS = int64(ru.Maxrss) * 1024 // KiB on Linux
		}
	}
	var over *pytesting.BoundExceeded
	if errors.As(err, &over) {
		return run, fmt.Errorf("%s %s: %w\nstdout:\n%s\nstderr:\n%s", interp, name, err, out.String(), errb.String())
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		return run, fmt.Errorf("%s %s: %w", interp, name, err)
	}
	run.Outcome = fmt.Sprintf("%s[stderr]\n%s[exit status %d]\n", out.String(), errb.String(), code)
	return run, nil
}

// Header is the first line of a stored outcome: it ties the outcome to
// the script's text.
func Header(src []byte) string {
	sum := sha256.Sum256(src)
	return "# CPython 3.6 outcome of the script with sha256 " + hex.EncodeToString(sum[:]) + "\n"
}

// StoredPath is where the outcome of the script name is stored, under
// the package directory dir.
func StoredPath(dir, name string) string {
	return filepath.Join(dir, "testdata", "cpython36", strings.TrimSuffix(name, ".py")+".out")
}

// Stored gives the stored CPython 3.6 outcome of the script name in
// dir/scripts when it was stored for the script as it is now.
func Stored(dir, name string) (string, bool) {
	src, err := os.ReadFile(filepath.Join(dir, "scripts", name))
	if err != nil {
		return "", false
	}
	data, err := os.ReadFile(StoredPath(dir, name))
	h := Header(src)
	if err != nil || !bytes.HasPrefix(data, []byte(h)) {
		return "", false
	}
	return string(data[len(h):]), true
}

// Scripts lists the scripts of dir/scripts by file name, sorted.
func Scripts(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "scripts", "*.py"))
	if err != nil {
		return nil, err
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	sort.Strings(names)
	return names, nil
}
