package osext_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// The configuration queries, extended attributes, waitid, getrandom,
// fwalk, fdopen, the descriptor I/O functions and the path converter's
// corners, against CPython 3.6.
var confCases = []pytesting.Case{
	{"names", `[n for n in ("sysconf", "confstr", "pathconf", "fpathconf", "getxattr", "setxattr", "listxattr", "removexattr", "waitid", "waitid_result", "getrandom", "fwalk", "initgroups", "tcgetpgrp", "tcsetpgrp") if not hasattr(os, n)]`},
	{"name tables", `(len(os.sysconf_names), len(os.confstr_names), len(os.pathconf_names), os.sysconf_names["SC_PAGESIZE"], os.pathconf_names["PC_NAME_MAX"], os.confstr_names["CS_PATH"])`},
	{"sysconf", `(os.sysconf("SC_PAGESIZE"), os.sysconf(os.sysconf_names["SC_PAGESIZE"]) == os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK"), os.sysconf("SC_NPROCESSORS_ONLN") == os.cpu_count())`},
	{"sysconf unknown", `os.sysconf("SC_NOPE")`},
	{"sysconf bad type", `os.sysconf(None)`},
	{"sysconf bad number", `os.sysconf(99999)`},
	{"sysconf arity", `os.sysconf()`},
	{"confstr", `(os.confstr("CS_PATH"), os.confstr("CS_GNU_LIBC_VERSION").split()[0])`},
	{"confstr bad", `(os.confstr, os.confstr(99999))`},
	{"confstr float", `os.confstr(1.0)`},
	{"pathconf", `(os.pathconf(D, "PC_NAME_MAX"), os.pathconf(path=D.encode(), name=3), os.pathconf(0, "PC_NAME_MAX") > 0)`},
	{"pathconf missing", `os.pathconf(P("missing"), "PC_NAME_MAX")`},
	{"pathconf bad path", `os.pathconf(1.5, "PC_NAME_MAX")`},
	{"fpathconf", `(lambda r, w: (os.fpathconf(w, "PC_PIPE_BUF"), os.close(r), os.close(w)))(*os.pipe())`},
	{"fpathconf bad fd", `os.fpathconf(9999, "PC_NAME_MAX")`},
	{"fpathconf bad name", `os.fpathconf(0, "PC_NOPE")`},
	{"fpathconf arity", `os.fpathconf(0)`},
	{"xattr roundtrip", `(touch("x"), os.listxattr(P("x")), os.setxattr(P("x"), "user.a", b"1"), os.setxattr(P("x").encode(), b"user.b", bytearray(b"22"), os.XATTR_CREATE), sorted(os.listxattr(P("x"))), os.getxattr(P("x"), "user.b"), os.getxattr(P("x"), "user.a", follow_symlinks=False))`},
	{"xattr create twice", `os.setxattr(P("x"), "user.a", b"2", os.XATTR_CREATE)`},
	{"xattr replace missing", `os.setxattr(P("x"), "user.zz", b"2", os.XATTR_REPLACE)`},
	{"xattr missing", `os.getxattr(P("x"), "user.none")`},
	{"xattr fd", `(lambda fd: (sorted(os.listxattr(fd)), os.getxattr(fd, "user.a"), os.removexattr(fd, "user.a"), os.listxattr(fd), os.close(fd)))(os.open(P("x"), os.O_RDONLY))`},
	{"xattr fd nofollow", `(lambda fd: (os.close(fd), os.getxattr(fd, "user.b", follow_symlinks=False)))(os.open(P("x"), os.O_RDONLY))`},
	{"xattr bytes path names", `os.listxattr(P("x").encode())`},
	{"xattr large", `(os.setxattr(P("x"), "user.big", b"v" * 5000), len(os.getxattr(P("x"), "user.big")), os.removexattr(P("x"), "user.big"))`},
	{"xattr positional flag", `os.getxattr(P("x"), "user.b", False)`},
	{"xattr bad attribute", `os.getxattr(P("x"), 5)`},
	{"xattr missing file", `os.removexattr(P("nofile"), "user.b")`},
	{"xattr bad path", `os.listxattr(1.5)`},
	{"waitid", `(lambda pid: (lambda r: (r.si_pid == pid, r.si_status, r.si_code == os.CLD_EXITED, r.si_signo, type(r).__name__, repr(r)[:20]))(os.waitid(os.P_PID, pid, os.WEXITED)))(os.spawnv(os.P_NOWAIT, "/bin/sh", ["sh", "-c", "exit 3"]))`},
	{"waitid nohang", `(lambda pid: (os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG), os.kill(pid, 9), os.waitid(os.P_PID, pid, os.WEXITED).si_status))(os.spawnv(os.P_NOWAIT, "/bin/sleep", ["sleep", "5"]))`},
	{"waitid no child", `os.waitid(os.P_ALL, 0, os.WEXITED)`},
	{"waitid arity", `os.waitid(os.P_ALL, 0)`},
	{"waitid_result", `os.waitid_result((1, 2, 3, 4, 5))`},
	{"getrandom", `(len(os.getrandom(16)), len(os.getrandom(0)), type(os.getrandom(3, os.GRND_NONBLOCK)).__name__)`},
	{"getrandom negative", `os.getrandom(-1)`},
	{"getrandom str", `os.getrandom("x")`},
	{"fwalk", `(os.makedirs(P("w", "a", "b")), touch("w/a/f"), os.symlink("nowhere", P("w", "dangling")), [(r.replace(D, "<D>"), sorted(d), sorted(f), type(fd).__name__) for r, d, f, fd in os.fwalk(P("w"))], [r.replace(D, "<D>") for r, d, f, fd in os.fwalk(P("w"), topdown=False)])`},
	{"fwalk missing", `list(os.fwalk(P("nowhere")))`},
	{"fwalk onerror", `[r for r in os.fwalk(P("w", "a", "f"), onerror=print)]`},
	{"fdopen", `(lambda r, w: (os.fdopen(w, "w").write("hi"), os.fdopen(r).read()))(*os.pipe())`},
	{"fdopen closed", `(lambda fd: (os.close(fd), os.fdopen(fd)))(os.open(P("x"), os.O_RDONLY))`},
	{"fdopen str", `os.fdopen("x")`},
	{"pread pwrite", `(lambda fd: (os.write(fd, b"hello"), os.pwrite(fd, b"J", 0), os.pread(fd, 3, 0), os.pread(fd, 9, 4), os.close(fd)))(os.open(P("io"), os.O_RDWR | os.O_CREAT, 0o600))`},
	{"pread negative", `(lambda fd: os.pread(fd, -1, 0))(os.open(P("io"), os.O_RDONLY))`},
	{"pread arity", `os.pread(0, 1)`},
	{"pwrite bad data", `os.pwrite(0, "s", 0)`},
	{"readv writev", `(lambda fd: (os.writev(fd, [b"ab", bytearray(b"cd"), memoryview(b"ef")]), os.lseek(fd, 0, 0), (lambda a, b: (os.readv(fd, [a, b]), a, b))(bytearray(2), bytearray(3)), os.close(fd)))(os.open(P("io"), os.O_RDWR | os.O_TRUNC))`},
	{"readv not sequence", `os.readv(0, 5)`},
	{"writev not sequence", `os.writev(1, 5)`},
	{"writev bad fd", `os.writev(9999, [b"x"])`},
	{"sendfile", `(lambda i, o: (os.sendfile(o, i, 1, 3), os.sendfile(o, i, None, 2), os.close(i), os.close(o), open(P("io2"), "rb").read()))(os.open(P("io"), os.O_RDONLY), os.open(P("io2"), os.O_WRONLY | os.O_CREAT, 0o600))`},
	{"path fspath int", `os.open(type("FP", (), {"__fspath__": lambda s: 3})(), 0)`},
	{"path bytearray warns", `warned(lambda: os.access(bytearray(P("x").encode()), os.F_OK))`},
	{"path memoryview missing", `warned(lambda: os.open(memoryview(P("missing").encode()), 0))`},
	{"listdir bytearray warns", `(lambda: (touch("lb"), warned(lambda: "lb" in os.listdir(bytearray(D.encode()))))[1])()`},
	{"listdir memoryview warns", `warned(lambda: type(os.listdir(memoryview(D.encode()))[0]).__name__)`},
	{"scandir bytearray warns", `(lambda: (touch("sb"), warned(lambda: [(type(e.name).__name__, e.path == P("sb").encode()) for e in os.scandir(bytearray(D.encode())) if e.name == b"sb"]))[1])()`},
	{"stat bytearray warns", `warned(lambda: os.stat(bytearray(P("missing").encode())))`},
	{"chdir bytearray warns", `warned(lambda: os.chdir(bytearray(P("missing").encode())))`},
	{"lstat fspath int", `os.lstat(type("FP", (), {"__fspath__": lambda s: 3})())`},
	{"stat fspath int", `os.stat(type("FP", (), {"__fspath__": lambda s: 3})())`},
	{"_fspath str bytes", `(os._fspath("a"), os._fspath(b"b"), os._fspath(type("FP", (), {"__fspath__": lambda s: b"x"})()))`},
	{"_fspath bad result", `os._fspath(type("FP", (), {"__fspath__": lambda s: 42})())`},
	{"_fspath int", `os._fspath(42)`},
	{"_fspath class", `os._fspath(int)`},
	{"_fspath not callable", `os._fspath(type("foo", (), {"__fspath__": 1})())`},
	{"_fspath raises", `os._fspath(type("FP", (), {"__fspath__": lambda s: 1 / 0})())`},
	{"_fspath no argument", `os._fspath()`},
	{"getloadavg", `(lambda a: (len(a), all(x * 65536 == int(x * 65536) for x in a)))(os.getloadavg())`},
	{"cleanup", `__import__("shutil").rmtree(D)`},
}

// confPrelude adds warned(f): f's result or error, with the messages of
// the warnings it gave.
const confPrelude = prelude + `
def warned(f):
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
        except OSError as e:
            r = (type(e).__name__, e.errno, type(e.filename).__name__)
    return r, [x.category.__name__ + ": " + str(x.message) for x in w]
`

func TestConfXattrDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "conf_xattr", confPrelude, confCases)
}
