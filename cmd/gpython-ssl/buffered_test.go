package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// bufferedCase is a command line whose standard output and error share
// one pipe (or whose stdout is /dev/full, or a pipe nobody reads), run
// without PYTHONUNBUFFERED: what comes out, in which order, and the exit
// status.
type bufferedCase struct {
	name   string
	args   []string
	env    []string
	stdin  string
	stdout string // "" (one pipe for both), "full" (/dev/full), "closed" (a pipe whose reader is gone)
	want   string
	status int
}

var bufferedCases = []bufferedCase{
	{name: "stdout before stderr at exit after -c", args: []string{"-c", "import sys; sys.stderr.write('e\\n'); print(1)"}, want: "1\ne\n"},
	{name: "traceback after both after -c", args: []string{"-c", "import sys; print(1); sys.stderr.write('e\\n'); print(2); 1/0"},
		want: "1\n2\ne\nTraceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n", status: 1},
	{name: "stderr then stdout after a script file", args: []string{"t.py"},
		want: "e\n1\nTraceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n    1/0\nZeroDivisionError: division by zero\n", status: 1},
	{name: "stderr then stdout after stdin's script", args: []string{"-"}, stdin: "import sys\nsys.stderr.write('e\\n')\nprint(1)\n", want: "e\n1\n"},
	{name: "-m as -c", args: []string{"-m", "mm"}, want: "1\ne\n"},
	{name: "excepthook before the flush", args: []string{"-c", "import os, sys; print(1); sys.stderr.write('e\\n'); sys.excepthook = lambda *a: os.write(2, b'H\\n'); 1/0"}, want: "H\n1\ne\n", status: 1},
	{name: "atexit before the flush", args: []string{"-c", "import atexit, os; atexit.register(lambda: os.write(1, b'A\\n')); print(1)"}, want: "A\n1\n"},
	{name: "SystemExit message", args: []string{"-c", "import sys; print(1); sys.stderr.write('e\\n'); raise SystemExit('bye')"}, want: "1\ne\nbye\n", status: 1},
	{name: "child process first", args: []string{"-c", "import subprocess; print(1); subprocess.call(['echo', 'x'])"}, want: "x\n1\n"},
	{name: "a with block over sys.stdout writes before closing", args: []string{"-c", "import sys\nwith sys.stdout as f:\n    f.write('y\\n')"}, want: "y\n"},
	{name: "flush", args: []string{"-c", "import os, sys; print(1); sys.stdout.flush(); os.write(1, b'x\\n'); print(2, flush=True); os.write(1, b'y\\n')"}, want: "1\nx\n2\ny\n"},
	{name: "chunks of 8192 bytes", args: []string{"-c", "import os; print('x' * 8000); os.write(1, b'U'); print('y' * 300, end=''); os.write(1, b'W'); print('z' * 200, end=''); os.write(1, b'V')"},
		want: "U" + strings.Repeat("x", 8000) + "\n" + strings.Repeat("y", 300) + "WV" + strings.Repeat("z", 200)},
	{name: "input flushes", args: []string{"-c", "import os; print('q'); x = input(); os.write(1, b'w\\n'); print(x)"}, stdin: "hello\n", want: "q\nw\nhello\n"},
	{name: "os._exit drops", args: []string{"-c", "import os; print(1); os._exit(0)"}, want: ""},
	{name: "close flushes", args: []string{"-c", "import sys, os; print(1); sys.stdout.close(); os.write(2, b'x\\n')"}, want: "1\nx\n"},
	{name: "unbuffered", args: []string{"-u", "-c", "import sys, os; print(1); os.write(1, b'x\\n'); sys.stderr.write('e\\n'); print(2)"}, want: "1\nx\ne\n2\n"},
	// under -u the binary streams of stdout and stderr are the raw FileIO
	{name: "raw buffers under -u", args: []string{"-u", "-c", "import sys; print(sys.stdout.buffer, sys.stderr.buffer, sys.stdin.buffer); sys.stdout.buffer.write(b'r\\n'); print(type(sys.stdout.buffer).__name__, sys.stdout.buffer is sys.stdout.buffer)"},
		want: "<_io.FileIO name='<stdout>' mode='wb' closefd=False> <_io.FileIO name='<stderr>' mode='wb' closefd=False> <_io.BufferedReader name='<stdin>'>\nr\nFileIO True\n"},
	{name: "raw buffers under PYTHONUNBUFFERED", args: []string{"-c", "import sys; print(sys.stdout.buffer, sys.stderr.buffer)"}, env: []string{"PYTHONUNBUFFERED=1"},
		want: "<_io.FileIO name='<stdout>' mode='wb' closefd=False> <_io.FileIO name='<stderr>' mode='wb' closefd=False>\n"},
	{name: "buffered without -u", args: []string{"-c", "import sys; print(sys.stdout.buffer, sys.stderr.buffer)"},
		want: "<_io.BufferedWriter name='<stdout>'> <_io.BufferedWriter name='<stderr>'>\n"},
	{name: "PYTHONUNBUFFERED", args: []string{"-c", "import sys; sys.stderr.write('e\\n'); print(1)"}, env: []string{"PYTHONUNBUFFERED=1"}, want: "e\n1\n"},
	{name: "prompt before pending output", args: []string{"-i", "-c", "import sys; print(1); sys.stderr.write('e\\n')"}, stdin: "print(3); 1/0\n",
		want: ">>> e\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n1\n3\n>>> \n"},
	{name: "full device", args: []string{"-c", "print(1)"}, stdout: "full",
		want: "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='UTF-8'>\nOSError: [Errno 28] No space left on device\n", status: 120},
	{name: "full device after SystemExit", args: []string{"-c", "import sys; print(1); sys.exit(3)"}, stdout: "full",
		want: "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='UTF-8'>\nOSError: [Errno 28] No space left on device\n", status: 120},
	{name: "broken pipe", args: []string{"-c", "print(1)"}, stdout: "closed",
		want: "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='UTF-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n", status: 120},
	{name: "broken pipe under -u", args: []string{"-u", "-c", "print(1)"}, stdout: "closed",
		want: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n", status: 1},
	{name: "print without sys.stdout", args: []string{"-c", "import sys; sys.stdout = None; print(1); print(2, file=sys.stderr)"}, want: "2\n"},
	{name: "unencodable value at the prompt", args: []string{"-i", "-c", "pass"}, env: []string{"PYTHONIOENCODING=ascii"}, stdin: "'caf\\xe9 \\U0001f600'\n",
		want: ">>> 'caf\\xe9 \\U0001f600'\n>>> \n"},
	{name: "stdin in PYTHONIOENCODING", args: []string{"-c", "import sys; print(ascii(sys.stdin.readline()), ascii(input()), ascii(sys.stdin.read()))"},
		env: []string{"PYTHONIOENCODING=latin-1"}, stdin: "caf\xe9\ncaf\xc3\xa9\nx\r\ny\r", want: "'caf\\xe9\\n' 'caf\\xc3\\xa9' 'x\\r\\ny\\r'\n"},
	{name: "stdin strict UTF-8", args: []string{"-c", "import sys\ntry:\n    sys.stdin.read()\nexcept UnicodeDecodeError as e:\n    print(e)"},
		stdin: "caf\xe9\n", want: "'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte\n"},
	{name: "stdin surrogateescape", args: []string{"-c", "import sys; print(ascii([l for l in sys.stdin]))"},
		env: []string{"PYTHONIOENCODING=:surrogateescape"}, stdin: "caf\xe9\n\xc3\xa9\n", want: "['caf\\udce9\\n', '\\xe9\\n']\n"},
}

// TestBufferedStreams: sys.stdout and sys.stderr keep their text as
// CPython 3.6's do off a terminal (flushed by chunks, before input(), at
// exit: stdout first; after a script file stderr first, before the
// traceback), a failed flush at exit is reported and exits 120, -u and
// PYTHONUNBUFFERED write at once; stdin decodes with PYTHONIOENCODING.
// Compared with CPython 3.6 when it is installed.
func TestBufferedStreams(t *testing.T) {
	dir := t.TempDir()
	self := program(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "t.py"), []byte("import sys\nprint(1)\nsys.stderr.write('e\\n')\n1/0\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mm.py"), []byte("import sys\nsys.stderr.write('e\\n')\nprint(1)\n"), 0o644))
	var base []string
	for _, kv := range os.Environ() {
		switch name, _, _ := cut(kv); name {
		case "LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING", "PYTHONUNBUFFERED", "PYTHONPATH":
		default:
			base = append(base, kv)
		}
	}
	base = append(base, "LANG=C.UTF-8", "PYTHONPATH="+dir)
	cpython := pytesting.CPython36()
	for _, c := range bufferedCases {
		t.Run(c.name, func(t *testing.T) {
			env := append(append(append([]string{}, base...), c.env...), asInterpreter+"=1")
			out, status := runBuffered(t, dir, env, c, self)
			assert.Equal(t, c.want, out)
			assert.Equal(t, c.status, status)
			if cpython != "" {
				env := append(append(append([]string{}, base...), c.env...), "PYENV_VERSION=3.6.15")
				out, status := runBuffered(t, dir, env, c, cpython)
				assert.Equal(t, c.want, out, "CPython 3.6's")
				assert.Equal(t, c.status, status, "CPython 3.6's")
			}
		})
	}
}

// runBuffered runs exe as c says and returns what it wrote (both streams
// in one pipe, or stderr alone when stdout goes elsewhere) and its exit
// status.
func runBuffered(t *testing.T, dir string, env []string, c bufferedCase, exe string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, c.args...)
	cmd.Dir, cmd.Env = dir, env
	cmd.Stdin = strings.NewReader(c.stdin)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	switch c.stdout {
	case "full":
		full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Skip("no /dev/full")
		}
		defer full.Close()
		cmd.Stdout = full
	case "closed":
		r, w, err := os.Pipe()
		require.NoError(t, err)
		require.NoError(t, r.Close())
		defer w.Close()
		cmd.Stdout = w
	}
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Fatalf("%q: timed out", c.args)
	case errors.As(err, &exit):
		return out.String(), exit.ExitCode()
	case err != nil:
		t.Fatalf("%q: %v", c.args, err)
	}
	return out.String(), 0
}
