package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pty and sysconfig against CPython 3.6. pty's
// cases exchange data over fresh pseudo-terminals and run short programs
// with spawn (whose master_read reads until the child is gone, so that
// nothing reaches the test's own stdout). sysconfig's cases cover what
// does not depend on where the interpreter is installed.

const ptysysPrefix = pytesting.ShowRepr + `import pty, os, tty, termios, sysconfig, io, warnings, errno
def pair():
    m, s = pty.openpty()
    return m, s
def closeall(*fds):
    for fd in fds:
        os.close(fd)
def exchange(to_slave):
    m, s = pair()
    try:
        os.write(m, to_slave)
        got_slave = os.read(s, 1024)
        echoed = os.read(m, 1024)
        os.write(s, b"back\n")
        return got_slave, echoed, os.read(m, 1024)
    finally:
        closeall(m, s)
def raw_exchange():
    m, s = pair()
    try:
        tty.setraw(s)
        os.write(m, b"x\x03y")
        a = os.read(s, 1024)
        os.write(s, b"z\n")
        return a, os.read(m, 1024)
    finally:
        closeall(m, s)
_out = []
def drain(fd):
    data = b""
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    _out.append(data)
    raise OSError(errno.EIO, "child gone")
def spawn_output(argv):
    del _out[:]
    status = pty.spawn(argv, drain)
    return status, b"".join(_out)
def slave_gone():
    m, s = pair()
    os.close(s)
    try:
        return os.read(m, 10)
    except OSError as e:
        return e.errno
    finally:
        os.close(m)
def eof_on_slave():
    m, s = pair()
    try:
        os.write(m, b"\x04")
        return os.read(s, 10)
    finally:
        closeall(m, s)
def long_output():
    status, out = spawn_output(["sh", "-c", "i=0; while [ $i -lt 400 ]; do echo line$i; i=$((i+1)); done"])
    lines = out.split(b"\r\n")
    return status, len(out), lines[0], lines[-2]
def vars_all(**kw):
    base = dict(base="/b", platbase="/p", installed_base="/i", installed_platbase="/ip", userbase="/u", py_version_short="3.6", py_version_nodot="36", abiflags="m")
    base.update(kw)
    return base
def sorted_paths(*a, **kw):
    return sorted(sysconfig.get_paths(*a, **kw).items())
`

var ptysysCases = []pytesting.Case{
	{"pty constants", `(pty.STDIN_FILENO, pty.STDOUT_FILENO, pty.STDERR_FILENO, pty.CHILD, sorted(pty.__all__))`},
	{"openpty", `(lambda ms: (type(ms[0]), type(ms[1]), os.isatty(ms[0]), os.isatty(ms[1]), ms[0] != ms[1], closeall(*ms)))(pair())`},
	{"openpty twice differ", `(lambda a, b: (len(set(a + b)), closeall(*(a + b))))(pair(), pair())`},
	{"master to slave", `exchange(b"hello\n")`},
	{"master to slave crlf", `exchange(b"a\rb\n")`},
	{"raw mode", `raw_exchange()`},
	{"master_open", `(lambda mn: (type(mn[0]), mn[1].startswith("/dev/pts/"), os.isatty(mn[0]), os.close(mn[0])))(pty.master_open())`},
	{"slave_open", `(lambda mn: (lambda s: (os.isatty(s), closeall(s, mn[0])))(pty.slave_open(mn[1])))(pty.master_open())`},
	{"slave_open missing", `pty.slave_open("/dev/pts/999999")`},
	{"spawn status", `pty.spawn(["sh", "-c", "exit 3"])`},
	{"spawn true str", `pty.spawn("true")`},
	{"spawn output", `spawn_output(["sh", "-c", "echo hi; printf 'a\\nb'"])`},
	{"spawn isatty", `spawn_output(["sh", "-c", "test -t 0 && test -t 1 && echo tty"])`},
	{"spawn signal", `spawn_output(["sh", "-c", "kill -TERM $$"])`},
	{"spawn tuple", `spawn_output(("sh", "-c", "exit 1"))`},
	{"spawn exit codes", `[pty.spawn(["sh", "-c", "exit %d" % n]) for n in (0, 1, 2, 255)]`},
	{"spawn killed", `spawn_output(["sh", "-c", "kill -KILL $$"])`},
	{"spawn long output", `long_output()`},
	{"spawn bytes argv", `spawn_output([b"sh", b"-c", b"echo bytes"])`},
	{"spawn stderr", `spawn_output(["sh", "-c", "echo err >&2"])`},
	{"spawn reads tty size", `spawn_output(["sh", "-c", "stty -a >/dev/null && echo ok"])`},
	{"slave closed", `slave_gone()`},
	{"eof on slave", `eof_on_slave()`},
	{"echo flag", `(lambda ms: (bool(termios.tcgetattr(ms[1])[3] & termios.ECHO), bool(termios.tcgetattr(ms[1])[3] & termios.ICANON), closeall(*ms)))(pair())`},
	{"close on exec", `(lambda ms: (bool(__import__("fcntl").fcntl(ms[0], 1) & 1), bool(__import__("fcntl").fcntl(ms[1], 1) & 1), closeall(*ms)))(pair())`},
	{"setraw no echo", `(lambda ms: (tty.setraw(ms[1]), os.write(ms[0], b"abc\n"), os.read(ms[1], 10), closeall(*ms))[2])(pair())`},
	{"scheme names", `sysconfig.get_scheme_names()`},
	{"path names", `sysconfig.get_path_names()`},
	{"python version", `sysconfig.get_python_version()`},
	{"platform", `sysconfig.get_platform()`},
	{"is build", `sysconfig.is_python_build()`},
	{"templates", `[sorted(sysconfig.get_paths(s, expand=False).items()) for s in sysconfig.get_scheme_names()]`},
	{"paths posix_prefix", `sorted_paths("posix_prefix", vars_all())`},
	{"paths posix_home", `sorted_paths("posix_home", vars_all())`},
	{"paths posix_user", `sorted_paths("posix_user", vars_all())`},
	{"paths nt", `sorted_paths("nt", vars_all())`},
	{"paths nt_user", `sorted_paths("nt_user", vars_all())`},
	{"paths osx", `sorted_paths("osx_framework_user", vars_all())`},
	{"path normalised", `sysconfig.get_path("include", "posix_home", vars_all(installed_base="/x/../y//z/"))`},
	{"path tilde var", `sysconfig.get_path("stdlib", "posix_prefix", vars_all(installed_base="~"))`},
	{"path not expanded", `sysconfig.get_path("purelib", "posix_user", expand=False)`},
	{"default scheme keys", `sorted(sysconfig.get_paths())`},
	{"unknown scheme", `sysconfig.get_paths("nope")`},
	{"unknown path", `sysconfig.get_path("nope")`},
	{"config versions", `sysconfig.get_config_vars("py_version_short", "py_version_nodot", "VERSION", "nope")`},
	{"config var missing", `sysconfig.get_config_var("NO_SUCH_VAR")`},
	{"config var SO warns", `(lambda w: (type(sysconfig.get_config_var("SO")), [(x.category.__name__, str(x.message)) for x in w]))(warnings.catch_warnings(record=True).__enter__() if not warnings.simplefilter("always") else None)`},
	{"config dict", `(type(sysconfig.get_config_vars()), sysconfig.get_config_vars() is sysconfig.get_config_vars(), "prefix" in sysconfig.get_config_vars())`},
	{"config sizes", `sysconfig.get_config_vars("SIZEOF_VOID_P", "SIZEOF_LONG", "SIZEOF_INT", "SIZEOF_DOUBLE", "WITH_THREAD", "Py_DEBUG")`},
	{"parse_config_h", `sorted(sysconfig.parse_config_h(io.StringIO("#define A 1\n#define B_2 text here\n/* #undef C */\n#include <x>\n#define D -7\n")).items())`},
	{"parse_config_h into", `sorted(sysconfig.parse_config_h(io.StringIO("#define A 0x10\n"), {"Z": 9}).items())`},
	{"parse_config_h names", `sorted(sysconfig.parse_config_h(io.StringIO("#define AB 12\n#define Xy_9 -3\n/* #undef UNDEF_ME */\n#define lower 1\n#define E\u00e9 2\n#define NOVALUE\n#define HEX 0x1f\n")).items())`},
	{"config_h name", `sysconfig.get_config_h_filename().endswith("pyconfig.h")`},
	{"makefile name", `sysconfig.get_makefile_filename().endswith("Makefile")`},
}

func TestMisc2PtySysconfig(t *testing.T) {
	pytesting.DiffCases(t, "misc2_ptysys", ptysysPrefix, ptysysCases)
}

// TestMisc2PtyFork: gpython-ssl cannot fork, and says so (CPython forks,
// so this is no differential case).
func TestMisc2PtyFork(t *testing.T) {
	out := pytesting.MustRun(t, `import pty, errno
try:
    pty.fork()
except OSError as e:
    print(e.errno == errno.ENOSYS, e.strerror)
`)
	assert.Equal(t, "True pty.fork() is not supported: gpython-ssl cannot fork\n", out)
}
