package osext_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test against CPython 3.6 of the os functions this
// package adds; modules/pylib's std17_files test exercises them through
// shutil and tempfile as well. Paths are relative to a fresh directory
// that _show prints as <D>.
const prelude = `import os, tempfile
D = os.path.realpath(tempfile.mkdtemp(prefix="osext-"))
def _show(name, f):
    try:
        r = repr(f())
        print(name, "=>", r.replace(D, "<D>"))
    except Exception as e:
        print(name, "!!", type(e).__module__, type(e).__name__, str(e).replace(D, "<D>"))
def P(*parts):
    return os.path.join(D, *parts)
def touch(name):
    fd = os.open(P(name), os.O_CREAT | os.O_WRONLY, 0o644)
    os.close(fd)
    return name
def times(name):
    st = os.stat(P(name))
    return st.st_atime_ns, st.st_mtime_ns
`

var cases = []pytesting.Case{
	{"names", `[n for n in ("chmod", "utime", "access", "readlink", "symlink", "link", "statvfs", "open", "close", "read", "write", "lseek", "dup", "isatty", "umask", "kill", "strerror", "pipe", "uname", "get_terminal_size", "getuid", "getlogin", "cpu_count", "truncate", "ftruncate", "fsync", "fstat", "fsencode", "fsdecode", "get_blocking", "set_blocking", "terminal_size", "statvfs_result", "get_exec_path") if not hasattr(os, n)]`},
	{"utime float", `(touch("f"), os.utime(P("f"), (1.5, 2.25)), times("f"))`},
	{"utime float negative", `(os.utime(P("f"), (-1.5, 0.000000001)), times("f"))`},
	{"utime big ns", `(os.utime(P("f"), ns=(2**40, 10**18)), times("f"))`},
	{"utime ns bad", `os.utime(P("f"), ns=(1,))`},
	{"utime ns str", `os.utime(P("f"), ns=("a", 1))`},
	{"utime times str", `os.utime(P("f"), ("a", 1))`},
	{"utime none", `(os.utime(P("f"), None), times("f")[0] > 10**18)`},
	{"chmod fd", `(lambda fd: (os.chmod(fd, 0o600), oct(os.stat(P("f")).st_mode & 0o777), os.close(fd)))(os.open(P("f"), os.O_RDONLY))`},
	{"chmod keywords", `(os.chmod(path=P("f"), mode=0o640), oct(os.stat(P("f")).st_mode & 0o777))`},
	{"chmod bad mode", `os.chmod(P("f"), "x")`},
	{"chmod arity", `os.chmod(P("f"))`},
	{"chmod nofollow", `os.chmod(P("f"), 0o600, follow_symlinks=False)`},
	{"chmod nofollow link", `(os.symlink("f", P("cl")), os.chmod(P("cl"), 0o600, follow_symlinks=False))`},
	{"chmod bad keyword", `os.chmod(P("f"), 0o600, bogus=1)`},
	{"chmod too many", `os.chmod(P("f"), 1, 2, 3, 4)`},
	{"access arity", `os.access(P("f"))`},
	{"readlink bytes", `(os.symlink(b"f", P("l").encode()), os.readlink(P("l").encode()))`},
	{"symlink dangling", `(os.symlink("nowhere", P("d")), os.readlink(P("d")), os.path.lexists(P("d")), os.path.exists(P("d")))`},
	{"link exists", `os.link(P("f"), P("l"))`},
	{"open missing", `os.open(P("no", "such"), os.O_RDONLY)`},
	{"open bad flags", `os.open(P("f"), "r")`},
	{"open directory write", `os.open(D, os.O_WRONLY)`},
	{"read negative", `(lambda fd: os.read(fd, -1))(os.open(P("f"), os.O_RDONLY))`},
	{"write str", `(lambda fd: os.write(fd, "text"))(os.open(P("f"), os.O_WRONLY))`},
	{"lseek end", `(lambda fd: (os.write(fd, b"12345"), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 9)))(os.open(P("f"), os.O_RDWR | os.O_TRUNC))`},
	{"lseek bad", `os.lseek(9999, 0, 0)`},
	{"dup", `(lambda fd: (os.dup(fd) > fd, os.close(fd)))(os.open(P("f"), os.O_RDONLY))`},
	{"dup bad", `os.dup(9999)`},
	{"fstat", `(lambda fd: (os.fstat(fd).st_size, os.close(fd)))(os.open(P("f"), os.O_RDONLY))`},
	{"fstat str", `os.fstat("x")`},
	{"ftruncate", `(lambda fd: (os.ftruncate(fd, 2), os.fstat(fd).st_size, os.close(fd)))(os.open(P("f"), os.O_RDWR))`},
	{"truncate missing", `os.truncate(P("missing"), 0)`},
	{"kill bad pid", `os.kill(2**22 + 12345, 0)`},
	{"kill self 0", `os.kill(os.getpid(), 0)`},
	{"strerror unknown", `os.strerror(99999)`},
	{"statvfs fd", `(lambda fd: (os.statvfs(fd).f_namemax, os.close(fd)))(os.open(D, os.O_RDONLY))`},
	{"statvfs_result", `(os.statvfs_result(range(10)).f_namemax, os.statvfs_result(range(10)))`},
	{"statvfs_result bad", `os.statvfs_result(range(3))`},
	{"uname_result", `os.uname_result(("a", "b", "c", "d", "e"))`},
	{"terminal_size fields", `(os.terminal_size((1, 2)).columns, tuple(os.terminal_size([5, 6])), os.terminal_size((1, 2)) == (1, 2))`},
	{"get_terminal_size bad", `os.get_terminal_size(9999)`},
	{"isatty bad", `os.isatty(9999)`},
	{"cpu_count", `os.cpu_count() >= 1`},
	{"getlogin type", `(lambda: type(os.getlogin()).__name__)() if os.path.exists("/proc/self/loginuid") and open("/proc/self/loginuid").read().strip() != "4294967295" else "str"`},
	{"TMP_MAX", `os.TMP_MAX`},
	{"openpty", `(lambda m, s: (os.isatty(m), os.isatty(s), os.get_inheritable(m), os.get_inheritable(s), os.write(s, b"ab\\n"), os.read(m, 9), os.close(s), os.close(m)))(*os.openpty())`},
	{"openpty args", `os.openpty(1)`},
	{"cleanup", `__import__("shutil").rmtree(D) if False else [os.unlink(P(n)) for n in ("f", "l", "d", "cl")] and os.rmdir(D)`},
}

func TestDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "osext", prelude, cases)
}
