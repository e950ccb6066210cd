package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of the os (posix) functions of
// Linux that programs and CPython's own tests reach for beyond the file
// basics: special files, descriptor I/O at offsets and over several
// buffers, advice and locks, ids, priorities and the scheduler, the
// environment's checks, argument errors, os.__all__; with shutil.chown,
// subprocess.list2cmdline, _stat, and the str-subclass and closed-path
// corners of os.fspath and pathlib.

const posixCallsPrelude = pytesting.ShowRepr + `import os, posix, shutil, tempfile, subprocess, stat, _stat, pathlib
D = tempfile.mkdtemp(prefix="pxc-")
def P(*parts):
    return os.path.join(D, *parts)
def tried(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, getattr(e, "errno", None), str(e).replace(D, "<D>")
def fd_of(name, flags=os.O_RDWR | os.O_CREAT):
    return os.open(P(name), flags, 0o644)
class S(str):
    pass
with open(P("data"), "wb") as f:
    f.write(b"0123456789")
`

var posixCallsCases = []pytesting.Case{
	{"mkfifo", `(os.mkfifo(P("fifo")), stat.S_ISFIFO(os.stat(P("fifo")).st_mode))`},
	{"mkfifo exists", `tried(lambda: os.mkfifo(P("fifo")))`},
	{"mkfifo missing dir", `tried(lambda: os.mkfifo(P("no", "fifo")))`},
	{"mknod fifo", `(os.mknod(P("node"), stat.S_IFIFO | 0o600), stat.S_ISFIFO(os.lstat(P("node")).st_mode), oct(stat.S_IMODE(os.lstat(P("node")).st_mode)))`},
	{"mknod no path", `tried(lambda: os.mknod())`},
	{"mkfifo dir_fd", `(lambda fd: (os.mkfifo("rel", dir_fd=fd), os.close(fd), stat.S_ISFIFO(os.stat(P("rel")).st_mode)))(os.open(D, os.O_RDONLY))`},
	{"open dir_fd", `(lambda fd: (os.close(os.open("made", os.O_WRONLY | os.O_CREAT, dir_fd=fd)), os.close(fd), os.path.isfile(P("made"))))(os.open(D, os.O_RDONLY))`},
	{"supports_dir_fd", `sorted(f.__name__ for f in os.supports_dir_fd)`},
	{"dir_fd calls", `(lambda fd: (open(P("t"), "w").close(), os.access("t", os.R_OK, dir_fd=fd), os.chmod("t", 0o640, dir_fd=fd), oct(stat.S_IMODE(os.stat("t", dir_fd=fd).st_mode)), os.chown("t", -1, -1, dir_fd=fd), os.symlink("t", "tl", dir_fd=fd), os.readlink("tl", dir_fd=fd), stat.S_ISLNK(os.stat("tl", dir_fd=fd, follow_symlinks=False).st_mode), os.link("t", "th", src_dir_fd=fd, dst_dir_fd=fd), os.stat(P("t")).st_nlink, os.utime("t", (5, 6), dir_fd=fd), os.stat(P("t")).st_mtime, os.mkdir("dd", dir_fd=fd), os.rename("dd", "de", src_dir_fd=fd, dst_dir_fd=fd), os.rmdir("de", dir_fd=fd), [os.unlink(n, dir_fd=fd) for n in ("t", "tl", "th")], os.close(fd)))(os.open(D, os.O_RDONLY))`},
	{"dir_fd errors", `(lambda fd: (tried(lambda: os.stat("zz", dir_fd=fd)), tried(lambda: os.stat("zz", dir_fd="x")), tried(lambda: os.unlink("x", 1)), tried(lambda: os.mkdir("a", 1, 2)), tried(lambda: os.readlink("zz", dir_fd=fd)), os.close(fd)))(os.open(D, os.O_RDONLY))`},
	{"listdir fd", `(lambda fd: (sorted(os.listdir(fd)) == sorted(os.listdir(D)), os.listdir(fd) == os.listdir(fd), os.listdir in os.supports_fd, os.close(fd)))(os.open(D, os.O_RDONLY))`},
	{"scandir inode after removal", `(lambda es: (os.unlink(P("gone")), [(e.name, e.inode() > 0, e.is_file()) for e in es if e.name == "gone"]))((open(P("gone"), "w").close(), list(os.scandir(D)))[1])`},
	{"stat_result from a sequence", `(lambda r: (r, r.st_mode, r.st_atime, r.st_mtime_ns, r.st_rdev, r[7], len(r), tuple(r)))(os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))`},
	{"stat_result dict and errors", `(os.stat_result(range(10), {"st_atime": 1.5}).st_atime, posix.stat_result((0, 7, 8, 0, 0, 0, 0, 0, 0, 0)).st_dev, tried(lambda: os.stat_result((1, 2))), tried(lambda: os.stat_result(tuple(range(20)))), tried(lambda: os.stat_result(5)))`},
	{"stat_result reduce", `(lambda s: (lambda f, a: (f(*a) == s, f(*a).st_mtime_ns == s.st_mtime_ns, f(*a).st_blksize == s.st_blksize))(*s.__reduce__()))(os.stat(D))`},
	{"struct sequence readonly", `(tried(lambda: setattr(os.statvfs(D), "f_bfree", 1)), tried(lambda: setattr(os.times(), "user", 1)), (lambda s: s.f_bfree == s[3])(os.statvfs(D)))`},
	{"rmtree fd walk", `(os.makedirs(P("rt", "a", "b")), os.symlink(D, P("rt", "a", "loop")), open(P("rt", "a", "f"), "w").close(), shutil.rmtree(P("rt")), os.path.exists(P("rt")), shutil.rmtree.avoids_symlink_attacks, shutil._use_fd_functions)`},
	{"rmtree on a link", `(os.symlink(D, P("rtl")), tried(lambda: shutil.rmtree(P("rtl"))), os.unlink(P("rtl")))`},
	{"major minor makedev", `(os.major(0x12345678), os.minor(0x12345678), os.makedev(4, 5), posix.major is os.major)`},
	{"major negative", `tried(lambda: os.major(-1))`},
	{"major no argument", `tried(lambda: os.major())`},
	{"makedev one argument", `tried(lambda: os.makedev(1))`},
	{"pwrite pread", `(lambda fd: (os.pwrite(fd, b"ab", 3), os.pread(fd, 6, 1), os.close(fd)))(fd_of("data"))`},
	{"pread arguments", `(tried(lambda: os.pread(1, 2)), tried(lambda: os.pread("a", 1, 2)))`},
	{"writev readv", `(lambda fd: (os.writev(fd, [b"xy", bytearray(b"z")]), os.lseek(fd, 0, 0), (lambda bufs: (os.readv(fd, bufs), [bytes(b) for b in bufs]))([bytearray(2), bytearray(3)]), os.close(fd)))(fd_of("vec"))`},
	{"writev not bytes", `tried(lambda: os.writev(1, [1]))`},
	{"readv bad fd", `tried(lambda: os.readv(99, [bytearray(1)]))`},
	{"pipe2", `(lambda p: (os.get_blocking(p[0]), os.get_inheritable(p[1]), [os.close(x) for x in p]))(os.pipe2(os.O_NONBLOCK))`},
	{"pipe2 no argument", `tried(lambda: os.pipe2())`},
	{"posix_fallocate", `(lambda fd: (os.posix_fallocate(fd, 0, 100), os.fstat(fd).st_size, os.close(fd)))(fd_of("alloc"))`},
	{"posix_fadvise", `(lambda fd: (os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL), os.close(fd)))(fd_of("data"))`},
	{"posix bad fd", `(tried(lambda: os.posix_fadvise(99, 0, 0, 0)), tried(lambda: os.posix_fallocate(99, 0, 1)))`},
	{"lockf", `(lambda fd: (os.lockf(fd, os.F_TLOCK, 0), os.lockf(fd, os.F_TEST, 0), os.lockf(fd, os.F_ULOCK, 0), os.close(fd)))(fd_of("data"))`},
	{"lockf bad fd", `tried(lambda: os.lockf(99, os.F_LOCK, 0))`},
	{"fchmod fchown lchown", `(lambda fd: (os.fchmod(fd, 0o600), oct(stat.S_IMODE(os.fstat(fd).st_mode)), os.fchown(fd, -1, -1), os.close(fd), os.lchown(P("data"), -1, -1)))(fd_of("data"))`},
	{"fchmod missing mode", `tried(lambda: os.fchmod(1))`},
	{"closerange arguments", `tried(lambda: os.closerange(1))`},
	{"ttyname", `(tried(lambda: os.ttyname(99)), (lambda fd: (tried(lambda: os.ttyname(fd)), os.close(fd)))(fd_of("data")))`},
	{"uid conversion", `[tried(lambda: os.chown(P("data"), u, -1)) for u in (-2, 2**32, 2**64, "a", 1.5)]`},
	{"setuid conversion", `[tried(lambda: os.setuid(u)) for u in (-2, "a")]`},
	{"id queries", `(len(os.getresuid()), len(os.getresgid()), type(os.getgroups()).__name__)`},
	{"priority", `(os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0), tried(lambda: os.getpriority(0)), tried(lambda: os.nice("a")))`},
	{"sched", `(os.sched_getscheduler(0) == os.SCHED_OTHER, os.sched_get_priority_max(os.SCHED_RR), os.sched_get_priority_min(os.SCHED_RR), os.sched_getparam(0), os.sched_param(3), os.sched_param(sched_priority=4).sched_priority, os.sched_yield())`},
	{"sched errors", `(tried(lambda: os.sched_getscheduler(-1)), tried(lambda: os.sched_getaffinity()))`},
	{"sched affinity", `(lambda s: (type(s).__name__, len(s) > 0, os.sched_setaffinity(0, s), tried(lambda: os.sched_setaffinity(0, [-10]))))(os.sched_getaffinity(0))`},
	{"times", `(type(os.times()).__name__, len(os.times()), repr(os.times()).split("(")[0], os.times().user >= 0)`},
	{"small queries", `(os.ctermid(), type(os.getloadavg()).__name__, len(os.getloadavg()), type(os.getcwdb()).__name__)`},
	{"no-argument functions", `[tried(lambda: getattr(os, n)(1)) for n in ("times", "uname", "getpid", "getcwdb", "ctermid", "getloadavg", "getgroups", "sync")]`},
	{"getgrouplist arguments", `tried(lambda: os.getgrouplist("root"))`},
	{"putenv checks", `[tried(lambda: os.putenv(*a)) for a in [("A\0B", "c"), (b"A\0B", b"c"), ("PXC", "b\0"), ("A=B", "c"), (1, "x")]]`},
	{"putenv bytes", `(os.putenv(b"PXC_B", b"v"), os.putenv("PXC_S", b"w"))`},
	{"unsetenv checks", `[tried(lambda: os.unsetenv(k)) for k in ("A\0B", "A=B", "", 1)]`},
	{"os __all__", `("open" in os.__all__, "walk" in os.__all__, "path" in os.__all__, "sys" in os.__all__, "mknod" in os.__all__)`},
	{"get_exec_path", `(os.get_exec_path({"PATH": "a:b"}), os.get_exec_path({b"PATH": b"c:d"}), os.get_exec_path({}), tried(lambda: os.get_exec_path({"PATH": "a", b"PATH": b"b"})))`},
	{"environ items change", `(lambda it: (next(it) is not None, os.environ.__setitem__("PXC_NEW", "1"), next(it) is not None, os.environ.pop("PXC_NEW")))(iter(os.environ.items()))`},
	{"environ views", `(repr(os.environ.keys()).split("(")[0], "PATH" in os.environ.keys(), len(os.environ.values()) == len(os.environ))`},
	{"makedirs curdir", `tried(lambda: os.makedirs(os.curdir))`},
	{"makedirs dot tail", `(os.makedirs(P("m", "n", ".")), os.path.isdir(P("m", "n")))`},
	{"fspath str subclass", `(type(os.fspath(S("ab"))).__name__, os.path.join(S("a"), "b"), os.path.isdir(S(D)))`},
	{"pathlib str subclass", `(lambda p: (str(p), [type(x).__name__ for x in p.parts], p.parts is p.parts))(pathlib.PurePosixPath(S("a"), S("b")))`},
	{"pathlib closed path", `(lambda p: (lambda it: (next(it) is not None, p.__enter__() is p, p.__exit__(None, None, None), tried(lambda: next(it)), tried(lambda: list(p.iterdir()))))(p.iterdir()))(pathlib.Path(D))`},
	{"shutil chown", `[tried(lambda: shutil.chown(P("data"), **kw)) for kw in ({}, {"user": "pxc-no-user"}, {"group": "pxc-no-group"}, {"user": b"spam"}, {"user": 3.14}, {"user": -1, "group": -1})]`},
	{"shutil destinsrc", `(shutil._destinsrc("a/b", "a/b/c"), shutil._destinsrc("a/b", "a/bc"), shutil._destinsrc("a/b", "a/b"), "chown" in shutil.__all__)`},
	{"list2cmdline", `[subprocess.list2cmdline(s) for s in (["a b c", "d", "e"], ['ab"c', "\\", "d"], ['a\\\\\\b', "de fg", "h"], ['a\\"b', "c"], ["x\\", "y z\\"], ["ab", ""], [])]`},
	{"grp float gid warns", `(lambda w: (__import__("grp").getgrgid(0.0).gr_name, [(x.category.__name__, str(x.message)) for x in w]))(__import__("warnings").catch_warnings(record=True).__enter__() if __import__("warnings").simplefilter("always") is None else None)`},
	{"_stat", `(_stat.filemode(0o100644), _stat.filemode(0o40755), _stat.S_ISFIFO(0o10000), _stat.ST_MTIME, _stat.S_IFDOOR)`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestPosixCallsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "posix_calls", posixCallsPrelude, posixCallsCases)
}
