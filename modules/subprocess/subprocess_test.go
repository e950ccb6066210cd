package subprocess_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	// the whole interpreter: the policy needs os, io, selectors, warnings
	_ "github.com/gpython-ssl/gpython-ssl"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
)

// prelude runs under CPython 3.6 and gpython-ssl alike; $SUBPROCESS_TMP is
// a scratch directory.
const prelude = `
import os, subprocess, time
from subprocess import PIPE, STDOUT, DEVNULL
T = os.getenv("SUBPROCESS_TMP")
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}

def _show(name, f):
    try:
        print(name, repr(f()).replace(T, "TMP"))
    except Exception as e:
        print(name, "!!", type(e).__name__ + ":", str(e).replace(T, "TMP"))

def cpe(f):
    try:
        f()
    except subprocess.CalledProcessError as e:
        return (str(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr, isinstance(e, subprocess.SubprocessError))

def oserr(f):
    try:
        f()
    except OSError as e:
        return (type(e).__name__, e.errno, e.filename, str(e))

def timeout(f):
    t0 = time.monotonic()
    try:
        f()
    except subprocess.TimeoutExpired as e:
        return (str(e), e.cmd, e.timeout, e.output, e.stdout, e.stderr, time.monotonic() - t0 < 3)

def lines():
    p = subprocess.Popen(["printf", "a\\nbb\\nccc"], stdout=PIPE)
    got = [line for line in p.stdout]
    p.stdout.close()
    return got, p.wait()

def text_lines():
    with subprocess.Popen(["printf", "x\\r\\ny\\rz\\n"], stdout=PIPE, universal_newlines=True) as p:
        return p.stdout.readline(), p.stdout.readline(), p.stdout.read(), p.stdout.read()

def pipe_rw():
    p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
    n = p.stdin.write(b"hello ")
    p.stdin.write(b"world")
    p.stdin.close()
    data = p.stdout.read(3), p.stdout.read()
    p.stdout.close()
    return n, data, p.wait(), p.returncode, p.stdin.closed

def poll_wait():
    p = subprocess.Popen(["sleep", "0.3"])
    first = p.poll()
    rc = p.wait()
    return first, rc, p.poll(), p.returncode

def wait_timeout():
    p = subprocess.Popen(["sleep", "5"])
    try:
        p.wait(timeout=0.1)
        r = "no timeout"
    except subprocess.TimeoutExpired as e:
        r = str(e)
    p.kill()
    return r, p.wait(), p.returncode

def terminate():
    p = subprocess.Popen(["sleep", "5"])
    p.terminate()
    return p.wait()

def signal_after_exit():
    p = subprocess.Popen(["true"])
    p.wait()
    p.send_signal(15)
    p.kill()
    return p.returncode

def ctx():
    with subprocess.Popen(["sh", "-c", "echo in; exit 4"], stdout=PIPE) as p:
        out = p.stdout.read()
    return out, p.returncode, p.stdout.closed

def resume():
    p = subprocess.Popen(["sh", "-c", "sleep 0.4; echo done"], stdout=PIPE)
    try:
        p.communicate(timeout=0.05)
        first = "finished"
    except subprocess.TimeoutExpired as e:
        first = str(e)
    return first, p.communicate(), p.returncode

def big():
    data = b"0123456789abcdef" * 65536
    out, err = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, stderr=PIPE).communicate(data)
    return len(out), out == data, err

def to_file():
    path = T + "/out.txt"
    f = open(path, "w")
    rc = subprocess.call(["echo", "to file"], stdout=f)
    f.close()
    f = open(path)
    data = f.read()
    f.close()
    return rc, data

def attrs():
    p = subprocess.Popen("echo hi", shell=True, stdout=PIPE, universal_newlines=True)
    out = p.communicate()
    return p.args, out, p.stdin, p.stderr, p.universal_newlines, p.stdout.closed, type(p.pid).__name__

def default_encoding():
    with subprocess.Popen(["true"], stdout=PIPE, universal_newlines=True) as p:
        return p.stdout.encoding, p.stdout.errors

def devnull():
    return subprocess.run(["sh", "-c", "cat; echo x; echo y >&2"], stdin=DEVNULL, stdout=DEVNULL, stderr=PIPE)

def pipe_types(**kw):
    import io
    with subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, stderr=PIPE, **kw) as p:
        kinds = [type(f).__name__ for f in (p.stdin, p.stdout, p.stderr)]
        abcs = [isinstance(p.stdin, io.BufferedIOBase), isinstance(p.stdout, io.RawIOBase),
                isinstance(p.stdout, io.TextIOBase)]
        extra = getattr(p.stdin, "line_buffering", None), getattr(p.stdout, "encoding", None)
    return kinds, abcs, extra

def line_buffered():
    p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, universal_newlines=True, bufsize=1)
    p.stdin.write("one line\n")
    got = p.stdout.readline()
    p.stdin.close()
    rest = p.stdout.read()
    p.stdout.close()
    return got, rest, p.wait()

FD_LIST = "import os; print(sorted(fd for fd in (%d, %d) if os.path.exists('/proc/self/fd/%%d' %% fd)))"

def inherited(**kw):
    r, w = os.pipe()
    os.set_inheritable(r, True)
    os.set_inheritable(w, True)
    try:
        code = FD_LIST % (r, w)
        out = subprocess.run(["python3", "-c", code], stdout=PIPE, env=dict(ENV, PYENV_VERSION="3.6.15"), **kw).stdout
        return [("r" if fd == r else "w") for fd in eval(out)]
    finally:
        os.close(r)
        os.close(w)

def pass_fds_write():
    r, w = os.pipe()
    rc = subprocess.run(["sh", "-c", "echo through >&%d" % w], pass_fds=(w,)).returncode
    os.close(w)
    data = os.read(r, 100)
    os.close(r)
    return rc, data

def new_session(flag):
    out = subprocess.run(["sh", "-c", "ps -o sid= -p $$; echo $$"], stdout=PIPE, start_new_session=flag, universal_newlines=True).stdout.split()
    return out[0] == out[1]

def still_running():
    import warnings, gc
    p = subprocess.Popen(["sleep", "0.3"])
    ident = id(p)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        p.__del__()
    listed = ident in [id(o) for o in subprocess._active]
    p.wait()
    subprocess._cleanup()
    return [str(x.message).split()[0] + " " + x.category.__name__ for x in w], listed, ident in [id(o) for o in subprocess._active]

def input_with_timeout():
    p = subprocess.Popen(["sh", "-c", "cat; sleep 0.4; echo end"], stdin=PIPE, stdout=PIPE)
    try:
        p.communicate(b"fed ", timeout=0.1)
        first = "finished"
    except subprocess.TimeoutExpired as e:
        first = (e.timeout, e.output)
    try:
        p.communicate(b"again")
    except ValueError as e:
        second = str(e)
    return first, second, p.communicate(), p.returncode

def closed_pipes_after_communicate():
    p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, stderr=PIPE)
    out = p.communicate(b"x")
    return out, p.stdin.closed, p.stdout.closed, p.stderr.closed
`

var cases = []pytesting.Case{
	{"run echo", `subprocess.run(["echo", "hello"], stdout=PIPE)`},
	{"run no capture", `subprocess.run(["true"])`},
	{"run stderr", `subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=PIPE, stderr=PIPE)`},
	{"run stderr to stdout", `subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=PIPE, stderr=STDOUT)`},
	{"run exit code", `subprocess.run("exit 3", shell=True)`},
	{"run shell list", `subprocess.run(["echo $0 $1", "zero", "one"], shell=True, stdout=PIPE)`},
	{"run check", `cpe(lambda: subprocess.run(["sh", "-c", "echo o; echo e >&2; exit 5"], stdout=PIPE, stderr=PIPE, check=True))`},
	{"run check ok", `subprocess.run(["true"], check=True).returncode`},
	{"run input", `subprocess.run(["cat"], input=b"abc", stdout=PIPE)`},
	{"run input str binary", `subprocess.run(["cat"], input="str", stdout=PIPE)`},
	{"stdin write str", `subprocess.run(["cat"], input="str")`},
	{"run input text", `subprocess.run(["cat"], input="x\r\ny", stdout=PIPE, universal_newlines=True)`},
	{"run encoding", `subprocess.run(["printf", "\xc3\xa9t\xc3\xa9"], stdout=PIPE, encoding="utf-8").stdout`},
	{"run errors replace", `subprocess.run(["printf", "a\\377b"], stdout=PIPE, errors="replace").stdout`},
	{"run decode error", `subprocess.run(["printf", "a\\377b"], stdout=PIPE, encoding="utf-8")`},
	{"run timeout", `timeout(lambda: subprocess.run(["sleep", "5"], timeout=0.2))`},
	{"run timeout output", `timeout(lambda: subprocess.run(["sh", "-c", "echo partial; exec sleep 5"], stdout=PIPE, timeout=0.5))`},
	{"run cwd", `subprocess.run(["pwd"], cwd="/", stdout=PIPE).stdout`},
	{"run cwd missing", `oserr(lambda: subprocess.run(["pwd"], cwd=T + "/nope"))`},
	{"run env", `subprocess.run(["sh", "-c", "echo $FOO-$BAR"], env={"FOO": "foo", "PATH": "/bin"}, stdout=PIPE).stdout`},
	{"run env bad name", `subprocess.run(["true"], env={"A=B": "x"})`},
	{"run env bad value", `subprocess.run(["true"], env={"A": 1})`},
	{"not found", `oserr(lambda: subprocess.run(["nonexistent_prog_xyz"]))`},
	{"not found path", `oserr(lambda: subprocess.run([T + "/nope"]))`},
	{"not found env path", `oserr(lambda: subprocess.run(["echo", "x"], env={"PATH": T}))`},
	{"not executable", `oserr(lambda: subprocess.run([T + "/plain"]))`},
	{"executable", `subprocess.run(["myname", "-c", "echo $0"], executable="/bin/sh", stdout=PIPE).stdout`},
	{"args str", `subprocess.run("true").args`},
	{"args bytes", `subprocess.run([b"echo", b"bytes"], stdout=PIPE).stdout`},
	{"args empty", `subprocess.run([])`},
	{"args int", `subprocess.run(5)`},
	{"args int item", `subprocess.run(["echo", 5])`},
	{"call", `subprocess.call(["sh", "-c", "exit 7"])`},
	{"call timeout", `timeout(lambda: subprocess.call(["sleep", "5"], timeout=0.2))`},
	{"check_call ok", `subprocess.check_call(["true"])`},
	{"check_call fail", `cpe(lambda: subprocess.check_call(["false"]))`},
	{"check_call fail args kw", `cpe(lambda: subprocess.check_call(args=["sh", "-c", "exit 2"]))`},
	{"check_output", `subprocess.check_output(["echo", "out"])`},
	{"check_output text", `subprocess.check_output(["echo", "out"], universal_newlines=True)`},
	{"check_output stderr", `subprocess.check_output(["sh", "-c", "echo e >&2"], stderr=STDOUT)`},
	{"check_output input", `subprocess.check_output(["cat"], input=b"in")`},
	{"check_output input None", `subprocess.check_output(["cat"], input=None)`},
	{"check_output fail", `cpe(lambda: subprocess.check_output(["sh", "-c", "echo partial; exit 1"]))`},
	{"check_output stdout kw", `subprocess.check_output(["true"], stdout=PIPE)`},
	{"input and stdin", `subprocess.run(["true"], input=b"", stdin=PIPE)`},
	{"getoutput", `subprocess.getoutput("echo one; echo two >&2")`},
	{"getstatusoutput", `subprocess.getstatusoutput("echo bad; exit 3")`},
	{"lines", `lines()`},
	{"text lines", `text_lines()`},
	{"pipe read write", `pipe_rw()`},
	{"poll and wait", `poll_wait()`},
	{"wait timeout kill", `wait_timeout()`},
	{"terminate", `terminate()`},
	{"signal after exit", `signal_after_exit()`},
	{"context manager", `ctx()`},
	{"communicate resumes", `resume()`},
	{"communicate 1 MiB", `big()`},
	{"pipe types buffered", `pipe_types()`},
	{"pipe types unbuffered", `pipe_types(bufsize=0)`},
	{"pipe types text", `pipe_types(universal_newlines=True)`},
	{"pipe types encoding", `pipe_types(encoding="latin-1")`},
	{"pipe types errors line", `pipe_types(errors="replace", bufsize=1)`},
	{"text bufsize 1 flushes lines", `line_buffered()`},
	{"close_fds default", `inherited()`},
	{"close_fds false", `inherited(close_fds=False)`},
	{"pass_fds keeps one", `pass_fds_write()`},
	{"start_new_session", `(new_session(True), new_session(False))`},
	{"del while running", `still_running()`},
	{"communicate input timeout", `input_with_timeout()`},
	{"communicate closes pipes", `closed_pipes_after_communicate()`},
	{"communicate after", `subprocess.Popen(["echo", "x"], stdout=PIPE).communicate()`},
	{"stdout to file", `to_file()`},
	{"attributes", `attrs()`},
	{"devnull", `devnull()`},
	{"default encoding", `default_encoding()`},
	{"bad stdin object", `subprocess.Popen(["true"], stdin=object())`},
	{"bad stdin fd", `oserr(lambda: subprocess.Popen(["true"], stdin=99))`},
	{"bufsize", `subprocess.Popen(["true"], bufsize="x")`},
	{"startupinfo", `subprocess.Popen(["true"], startupinfo=1)`},
	{"creationflags", `subprocess.Popen(["true"], creationflags=1)`},
	{"completed repr", `repr(subprocess.CompletedProcess(["a"], 0, b"o", "e"))`},
	{"completed repr none", `repr(subprocess.CompletedProcess("a", 1))`},
	{"check_returncode", `cpe(lambda: subprocess.CompletedProcess(["a"], 2, b"o", b"e").check_returncode())`},
	{"check_returncode ok", `subprocess.CompletedProcess(["a"], 0).check_returncode()`},
	{"error signal", `str(subprocess.CalledProcessError(-9, ["x"]))`},
	{"error unknown signal", `str(subprocess.CalledProcessError(-99, "x"))`},
	{"error repr", `repr(subprocess.CalledProcessError(1, "x", b"o"))`},
	{"timeout str", `(str(subprocess.TimeoutExpired(["x"], 1.5)), repr(subprocess.TimeoutExpired("x", 2)))`},
	{"constants", `(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)`},
	{"hierarchy", `(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError), issubclass(subprocess.SubprocessError, Exception))`},
}

func prepare(t *testing.T) string {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "plain"), []byte("x"), 0o644))
	return dir
}

// TestDiffCPython36 runs every case, real children included, under
// CPython 3.6 and gpython-ssl and compares the outputs.
func TestDiffCPython36(t *testing.T) {
	t.Setenv("LC_ALL", "C.UTF-8")
	src := pytesting.CaseScript(prelude, cases)
	t.Setenv("SUBPROCESS_TMP", prepare(t))
	want := pytesting.CPython36Output(t, "subprocess", src)

	t.Setenv("SUBPROCESS_TMP", prepare(t))
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, "output:\n%s", out)
	pytesting.CompareCases(t, cases, want, out)
}

func openFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	require.NoError(t, err)
	return len(ents)
}

// TestNoLeaks: children are reaped and every pipe is closed, whichever
// way a script ends its conversation with them.
func TestNoLeaks(t *testing.T) {
	src := `import subprocess
from subprocess import PIPE
for i in range(20):
    subprocess.run(["echo", str(i)], stdout=PIPE, stderr=PIPE)
    subprocess.check_output(["cat"], input=b"x")
    try:
        subprocess.run(["sleep", "5"], stdout=PIPE, timeout=0.01)
    except subprocess.TimeoutExpired:
        pass
    with subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE) as p:
        p.stdin.write(b"abc")
print("done")
`
	before := openFDs(t)
	out, err := pytesting.Run(t, src)
	require.NoError(t, err, out)
	assert.Equal(t, "done\n", out)
	// drains of killed children close their pipes once the child is gone
	require.Eventually(t, func() bool { return openFDs(t) <= before+1 }, 5*time.Second, 50*time.Millisecond,
		"descriptors: %d before, %d after", before, openFDs(t))
	// no zombie children of this process remain
	require.Eventually(t, func() bool { return len(children(t)) == 0 }, 5*time.Second, 50*time.Millisecond)
}

// children lists the pids whose parent is this process.
func children(t *testing.T) []string {
	data, err := os.ReadFile(fmt.Sprintf("/proc/self/task/%d/children", os.Getpid()))
	if err != nil {
		return nil
	}
	return strings.Fields(string(data))
}

// TestWaitInterrupted: Ctrl-C ends a wait with KeyboardInterrupt, and
// run kills the child on its way out.
func TestWaitInterrupted(t *testing.T) {
	sigint.Take()
	defer sigint.Take()
	// The interrupt comes once the script is inside its try (it creates
	// ready first), not after a fixed delay that a loaded machine's
	// import of subprocess may outlast.
	ready := filepath.Join(t.TempDir(), "ready")
	go func() {
		for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if _, err := os.Stat(ready); err == nil {
				break
			}
		}
		time.Sleep(200 * time.Millisecond)
		sigint.Raise()
	}()
	start := time.Now()
	out, err := pytesting.Run(t, fmt.Sprintf(`import subprocess
try:
    open(%q, "w").close()
    subprocess.run(["sleep", "30"])
except KeyboardInterrupt:
    print("interrupted")
`, ready))
	require.NoError(t, err)
	assert.Equal(t, "interrupted\n", out)
	// Interrupted, not waited out: the child sleeps for 30 s.
	assert.Less(t, time.Since(start), 25*time.Second)
}

// TestPassFds: a descriptor of the process reaches the child under the
// same number with pass_fds, and none without.
func TestPassFds(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "passed"))
	require.NoError(t, err)
	defer f.Close()
	fd := int(f.Fd())
	src := fmt.Sprintf(`import subprocess
print(subprocess.run(["sh", "-c", "echo through >&%[1]d"], pass_fds=[%[1]d]).returncode)
print(subprocess.run(["sh", "-c", "echo lost >&%[1]d"], stderr=subprocess.DEVNULL).returncode != 0)
`, fd)
	out, err := pytesting.Run(t, src)
	require.NoError(t, err, out)
	assert.Equal(t, "0\nTrue\n", out)
	data, err := os.ReadFile(f.Name())
	require.NoError(t, err)
	assert.Equal(t, "through\n", string(data))
}

// TestTextPipes: text-mode pipes encode what is written and decode what
// is read, with the reprs of CPython's io objects.
func TestTextPipes(t *testing.T) {
	out, err := pytesting.Run(t, `import subprocess
from subprocess import PIPE
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, stderr=PIPE, encoding="utf-8")
print(repr(p.stdin).startswith("<_io.TextIOWrapper name="), repr(p.stdin).endswith(" encoding='utf-8'>"))
print(p.stdin.write("héllo\n"), p.stdin.writable(), p.stdout.readable())
p.stdin.close()
print(repr(p.stdout.read(2)), repr(p.stdout.readline()), repr(p.stdout.read()))
try:
    p.stdin.write("x")
except ValueError as e:
    print("ValueError", e)
p.stdout.close()
p.stderr.close()
print(p.wait())
b = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
print(repr(b.stdin).startswith("<_io.BufferedWriter name="), repr(b.stdout).startswith("<_io.BufferedReader name="))
try:
    b.stdin.write("str")
except TypeError as e:
    print("TypeError", e)
b.communicate(b"")
`)
	require.NoError(t, err, out)
	assert.Equal(t, `True True
6 True True
'hé' 'llo\n' ''
ValueError I/O operation on closed file.
0
True True
TypeError a bytes-like object is required, not 'str'
`, out)
}

// TestReadAfterTimedOutCommunicate: reading a pipe whose communicate()
// timed out waits for the drain instead of racing it (go test -race).
func TestReadAfterTimedOutCommunicate(t *testing.T) {
	out, err := pytesting.Run(t, `import subprocess
p = subprocess.Popen(["sh", "-c", "echo one; sleep 0.3; echo two"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired:
    print("timeout")
print(p.stdout.read().endswith(b"two\n"), p.stdout.read())
p.stdout.close()
print(p.wait())
`)
	require.NoError(t, err, out)
	assert.Equal(t, "timeout\nTrue b''\n0\n", out)
}
