package osext_test

import (
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	// every module: abc for os.PathLike, resource for wait3/wait4, pathlib
	_ "github.com/gpython-ssl/gpython-ssl"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// childScriptEnv names the variable that makes the test binary run a
// Python script instead of the tests (TestMain): the exec tests need a
// process the script may replace.
const childScriptEnv = "OSEXT_TEST_CHILD_SCRIPT"

func TestMain(m *testing.M) {
	if src, ok := os.LookupEnv(childScriptEnv); ok {
		ctx := py.NewContext(py.DefaultContextOpts())
		if err := runChild(ctx, src); err != nil {
			fmt.Println("child raised:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runChild runs src as the __main__ module of ctx.
func runChild(ctx py.Context, src string) error {
	code, err := py.Compile(src, "<child>", py.ExecMode, 0, true)
	if err != nil {
		return err
	}
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<child>"}})
	if err != nil {
		return err
	}
	_, err = ctx.RunCode(code, module.Globals, module.Globals, nil)
	return err
}

// execScripts replace the process with /bin/echo or /bin/sh in every
// exec* flavour; what the new program prints is compared with CPython
// 3.6 running the same script. Output before an exec is flushed by hand
// (CPython's stdout is buffered when it is a pipe).
var execScripts = []struct{ name, src string }{
	{"execv", `import os
os.execv('/bin/echo', ['echo', 'hello', 'world'])`},
	{"execv_tuple_bytes", `import os
os.execv(b'/bin/echo', ('echo', b'bytes', 'arg'))`},
	{"execv_pathlike", `import os
class P:
    def __fspath__(self):
        return '/bin/echo'
os.execv(P(), [P(), 'pathlike'])`},
	{"execve", `import os
os.execve('/bin/sh', ['sh', '-c', 'echo "$FOO" "$HOME"'], {'FOO': 'bar'})`},
	{"execvp", `import os
os.execvp('echo', ['echo', 'via', 'PATH'])`},
	{"execvpe", `import os
os.execvpe('sh', ['sh', '-c', 'echo $Y'], {'Y': 'vpe', 'PATH': '/usr/bin:/bin'})`},
	{"execl", `import os
os.execl('/bin/echo', 'echo', 'l')`},
	{"execle", `import os
os.execle('/bin/sh', 'sh', '-c', 'echo $X', {'X': 'le'})`},
	{"execlp", `import os
os.execlp('echo', 'echo', 'lp')`},
	{"execlpe", `import os
os.execlpe('sh', 'sh', '-c', 'echo $Z', {'Z': 'lpe', 'PATH': '/bin'})`},
	{"failed_then_exec", `import os, sys
try:
    os.execv('/nonexistent/prog', ['prog'])
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.execvp('no-such-program-xyz', ['x'])
except OSError as e:
    print(type(e).__name__, e.errno)
sys.stdout.flush()
os.execv('/bin/echo', ['echo', 'after'])`},
	{"exec_exit_status", `import os
os.execv('/bin/sh', ['sh', '-c', 'echo exiting; exit 0'])`},
}

// TestExecInChild runs each script in a child process (this test binary,
// through TestMain) and compares its output with CPython 3.6's.
func TestExecInChild(t *testing.T) {
	exe, err := os.Executable()
	require.NoError(t, err)
	for _, sc := range execScripts {
		t.Run(sc.name, func(t *testing.T) {
			want := pytesting.CPython36Output(t, "exec_"+sc.name, sc.src)
			cmd := exec.Command(exe)
			cmd.Env = append(os.Environ(), childScriptEnv+"="+sc.src, "HOME=/home/test")
			out, err := cmd.Output()
			require.NoError(t, err, "child: %s", out)
			assert.Equal(t, want, string(out))
		})
	}
}

const processPrelude = pytesting.ShowRepr + `import os, sys, pathlib
class P:
    def __fspath__(self):
        return '/tmp'
class Sub(P):
    pass
class NoneFspath:
    __fspath__ = None
class Q:
    pass
class R(os.PathLike):
    pass
class S(os.PathLike):
    def __fspath__(self):
        return 'from-S'
STATUSES = [0, 1 << 8, 3 << 8, 255 << 8, 9, 15 | 0x80, 0x137f, 0xffff, 0x57f, -1]
def macros(st):
    return (os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st),
            os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WCOREDUMP(st), os.WIFCONTINUED(st))
def nowait(*argv):
    pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c'] + list(argv))
    got, st = os.waitpid(pid, 0)
    return (got == pid, st, macros(st))
def wnohang():
    pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'sleep 0.3'])
    first = os.waitpid(pid, os.WNOHANG)
    got, st = os.waitpid(pid, 0)
    return (first, got == pid, st)
def any_child():
    pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'kill -TERM $$'])
    got, st = os.wait()
    return (got == pid, st, os.WIFSIGNALED(st), os.WTERMSIG(st))
def with_rusage(which):
    pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'exit 2'])
    got, st, ru = os.wait3(0) if which == 3 else os.wait4(pid, 0)
    return (got == pid, st, type(ru).__name__, ru.ru_utime >= 0, ru.ru_maxrss > 0)
`

var processCases = []pytesting.Case{
	{"PathLike class", `(os.PathLike, os.PathLike.__module__, os.PathLike.__name__, sorted(os.PathLike.__abstractmethods__))`},
	{"PathLike isinstance", `(isinstance(P(), os.PathLike), isinstance(Sub(), os.PathLike), isinstance(Q(), os.PathLike), isinstance('x', os.PathLike))`},
	{"PathLike issubclass", `(issubclass(P, os.PathLike), issubclass(str, os.PathLike), issubclass(bytes, os.PathLike), issubclass(NoneFspath, os.PathLike))`},
	{"PathLike pathlib", `(isinstance(pathlib.PurePath('a'), os.PathLike), issubclass(pathlib.Path, os.PathLike))`},
	{"PathLike instantiate", `os.PathLike()`},
	{"PathLike abstract subclass", `R()`},
	{"PathLike concrete subclass", `(os.fspath(S()), isinstance(S(), os.PathLike), S.__mro__[1] is os.PathLike)`},
	{"fspath of PathLike", `(os.fspath(P()), os.fsencode(P()), os.path.join(P(), 'x'))`},
	{"status macros", `[macros(st) for st in STATUSES]`},
	{"status keyword", `os.WIFEXITED(status=0)`},
	{"status missing", `os.WEXITSTATUS()`},
	{"status two args", `os.WIFEXITED(1, 2)`},
	{"status str", `os.WTERMSIG('x')`},
	{"status overflow", `os.WIFEXITED(2**40)`},
	{"constants", `(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO, os.WNOHANG, os.WUNTRACED, os.WCONTINUED)`},
	{"waitpid no child", `os.waitpid(-1, 0)`},
	{"wait no child", `os.wait()`},
	{"waitpid str", `os.waitpid('x', 0)`},
	{"waitpid arity", `os.waitpid(1)`},
	{"wait arity", `os.wait(1)`},
	{"wait3 arity", `os.wait3()`},
	{"wait4 arity", `os.wait4(1)`},
	{"waitpid exit 7", `nowait('exit 7')`},
	{"waitpid exit 0", `nowait('true')`},
	{"waitpid killed", `nowait('kill -KILL $$')`},
	{"waitpid WNOHANG", `wnohang()`},
	{"wait any child", `any_child()`},
	{"wait3", `with_rusage(3)`},
	{"wait4", `with_rusage(4)`},
	{"spawnv P_WAIT", `os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 3'])`},
	{"spawnvp", `os.spawnvp(os.P_WAIT, 'sh', ('sh', '-c', 'exit 4'))`},
	{"spawnl", `os.spawnl(os.P_WAIT, '/bin/sh', 'sh', '-c', 'exit 5')`},
	{"spawnle", `os.spawnle(os.P_WAIT, '/bin/sh', 'sh', '-c', 'exit $X', {'X': '6'})`},
	{"spawnlp signal", `os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'kill -9 $$')`},
	{"spawnvpe", `os.spawnvpe(os.P_WAIT, 'sh', ['sh', '-c', 'exit $((X+1))'], {'X': '8', 'PATH': '/bin:/usr/bin'})`},
	{"spawnlpe", `os.spawnlpe(os.P_WAIT, 'sh', 'sh', '-c', 'exit 10', {'PATH': '/bin'})`},
	{"spawn missing program", `os.spawnv(os.P_WAIT, '/nonexistent', ['x'])`},
	{"spawnvp missing program", `os.spawnvp(os.P_WAIT, 'no-such-program-xyz', ['x'])`},
	{"spawnv empty argv", `os.spawnv(os.P_WAIT, '/bin/true', [])`},
	{"spawnv empty first", `os.spawnv(os.P_WAIT, '/bin/true', [''])`},
	{"spawnv argv str", `os.spawnv(os.P_WAIT, '/bin/true', 'ab')`},
	{"execv empty argv", `os.execv('/bin/echo', [])`},
	{"execv empty first", `os.execv('/bin/echo', [''])`},
	{"execv argv str", `os.execv('/bin/echo', 'ab')`},
	{"execv argv int item", `os.execv('/bin/echo', [1])`},
	{"execv path int", `os.execv(1, ['a'])`},
	{"execv nul", `os.execv('/bin/echo', ['a\0b'])`},
	{"execv arity", `os.execv('/bin/echo')`},
	{"execv missing", `os.execv('/nonexistent', ['x'])`},
	{"execve env not mapping", `os.execve('/bin/echo', ['x'], 5)`},
	{"execve env missing", `os.execve('/bin/echo', ['a'])`},
	{"execve bad name", `os.execve('/bin/true', ['a'], {'a=b': 'c'})`},
	{"execve argv empty", `os.execve('/bin/true', [], {})`},
	{"execve argv empty first", `os.execve('/bin/true', [''], {})`},
	{"execve argv str", `os.execve('/bin/true', 'x', {})`},
	{"execvp missing", `os.execvp('no-such-program-xyz', ['x'])`},
}

// TestProcessDiff: os.PathLike, the wait functions and status macros,
// spawn* and the exec* errors against CPython 3.6.
func TestProcessDiff(t *testing.T) {
	pytesting.DiffCases(t, "process", processPrelude, processCases)
}
