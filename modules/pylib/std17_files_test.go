package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of shutil, tempfile, glob, stat and the os functions
// they rely on (modules/osext) against CPython 3.6. Each script works in
// a fresh directory D made by tempfile.mkdtemp; _show prints D as <D>, so
// that the output is the same for every run, and the last case removes D.

const filesShow = `def _show(name, f):
    try:
        r = repr(f())
        print(name, "=>", r.replace(D, "<D>"))
    except Exception as e:
        print(name, "!!", type(e).__module__, type(e).__name__, str(e).replace(D, "<D>"))
`

const filesPrelude = `import os, sys, stat, shutil, tempfile, glob, io
D = os.path.realpath(tempfile.mkdtemp(prefix="std17-"))
def P(*parts):
    return os.path.join(D, *parts)
def R(p):
    if isinstance(p, (list, tuple)):
        return type(p)(R(x) for x in p)
    if isinstance(p, str) and p.startswith(D):
        return "<D>" + p[len(D):]
    return p
def write(name, data="", mode=None):
    with open(P(name), "w") as f:
        f.write(data)
    if mode is not None:
        os.chmod(P(name), mode)
    return name
def read(name):
    with open(P(name)) as f:
        return f.read()
def tree(top=""):
    out = []
    for root, dirs, files in os.walk(P(top)):
        rel = os.path.relpath(root, P(top))
        for n in dirs:
            out.append(os.path.normpath(os.path.join(rel, n)) + "/")
        for n in files:
            out.append(os.path.normpath(os.path.join(rel, n)))
    return sorted(out)
def mode(name):
    return oct(stat.S_IMODE(os.stat(P(name)).st_mode))
def mtime(name):
    return os.stat(P(name)).st_mtime_ns
def errors_of(f, *args, **kw):
    seen = []
    def onerror(func, path, info):
        seen.append((func_name(func), R(path), info[0].__name__))
    f(*args, onerror=onerror, **kw)
    return seen
def func_name(func):
    # built-in functions have no __name__ here (an interpreter gap)
    for mod in (os, os.path):
        for n in ("lstat", "open", "rmdir", "unlink", "scandir", "islink"):
            if getattr(mod, n, None) is func:
                return n
    return "?"
def mkstemp_error(**kw):
    try:
        tempfile.mkstemp(**kw)
    except OSError as e:
        return type(e).__name__, e.errno, R(os.path.dirname(e.filename))
def mkdtemp_error(**kw):
    try:
        tempfile.mkdtemp(**kw)
    except OSError as e:
        return type(e).__name__, e.errno, R(os.path.dirname(e.filename))
def make_tree(name):
    os.makedirs(P(name, "a", "b"))
    write(os.path.join(name, "top.txt"), "top")
    write(os.path.join(name, "a", "one.py"), "1")
    write(os.path.join(name, "a", "b", "two.py"), "2")
    write(os.path.join(name, "a", ".hidden"), "h")
    os.symlink("top.txt", P(name, "link"))
    return tree(name)
def G(pattern, **kw):
    return sorted(R(glob.glob(P(pattern), **kw)))
def cwd_glob(pattern, **kw):
    old = os.getcwd()
    os.chdir(D)
    try:
        return sorted(glob.glob(pattern, **kw))
    finally:
        os.chdir(old)
def same_error(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__, R(str(e))
def tmp_name_shape(name, prefix, suffix):
    base = os.path.basename(name)
    mid = base[len(prefix):len(base) - len(suffix)]
    return base.startswith(prefix), base.endswith(suffix), len(mid), all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in mid)
def named_file(**kw):
    with tempfile.NamedTemporaryFile(dir=D, **kw) as f:
        f.write(b"data" if "b" in kw.get("mode", "b") else "data")
        name = f.name
        existed = os.path.exists(name)
        f.seek(0)
        got = f.read()
    return existed, os.path.exists(name), got
def named_keep():
    f = tempfile.NamedTemporaryFile(dir=D, delete=False, suffix=".keep")
    f.write(b"kept")
    f.close()
    with open(f.name, "rb") as g:
        data = g.read()
    os.unlink(f.name)
    return f.name.endswith(".keep"), data
def temp_file(mode):
    f = tempfile.TemporaryFile(mode=mode, dir=D)
    f.write("text" if "b" not in mode else b"bytes")
    f.seek(0)
    r = f.read()
    f.close()
    return r, os.listdir(D).count("x")
def spooled(max_size, *chunks):
    s = tempfile.SpooledTemporaryFile(max_size=max_size, dir=D)
    rolled = []
    for c in chunks:
        s.write(c)
        rolled.append(s._rolled)
    s.seek(0)
    data = s.read()
    s.close()
    return rolled, data
def spooled_text():
    s = tempfile.SpooledTemporaryFile(max_size=4, mode="w+", dir=D)
    out = [s.write("ab"), s._rolled, s.seek(0), s.read(), s.tell(), s.mode, s.name]
    out += [s.write("cdef"), s._rolled, s.seek(0), s.read(), type(s.fileno()).__name__]
    s.close()
    return out, s.closed
def spooled_api():
    s = tempfile.SpooledTemporaryFile(dir=D)
    with s as t:
        same = t is s
        t.write(b"line1\nline2\n")
        t.seek(0)
        lines = [t.readline(), t.readline()]
        t.truncate(3)
        t.seek(0)
        rest = t.read()
    return same, lines, rest, s.closed, s.isatty()
def file_api(mode):
    f = tempfile.TemporaryFile(mode)
    text = "b" not in mode
    data = ["one\n", "two\n", "three"] if text else [b"one\n", b"two\n", b"three"]
    out = [f.mode, repr(f).split(" ")[0], f.name == f.fileno(), f.closed]
    f.writelines(data)
    f.seek(0)
    out.append(f.readlines())
    f.seek(0)
    out.append(list(f))
    out.append(f.truncate(4))
    f.seek(0)
    out.append(f.read())
    with f as g:
        out.append(g is f)
    out.append(f.closed)
    for op in ("read", "write", "seek", "tell", "readline", "truncate", "flush", "fileno", "isatty", "readlines"):
        try:
            m = getattr(f, op)
            if op == "write":
                m("x" if text else b"x")
            elif op == "seek":
                m(0)
            else:
                m()
            out.append((op, "ok"))
        except ValueError as e:
            out.append((op, str(e)))
    return out
def file_modes():
    out = []
    for m in ("w+b", "wb", "a+b", "x+b", "w+", "a+"):
        f = tempfile.TemporaryFile(m)
        out.append((m, f.mode, repr(f).split(" ")[0]))
        f.close()
    return out
def named_api():
    with tempfile.NamedTemporaryFile("w+", dir=D, prefix="api") as f:
        f.write("a\nb\n")
        f.seek(0)
        lines = [line for line in f]
        return lines, f.mode, f.closed, os.path.basename(f.name)[:3], f.file.closed
def temp_dir():
    with tempfile.TemporaryDirectory(dir=D, prefix="td") as t:
        os.makedirs(os.path.join(t, "x", "y"))
        inside = os.path.isdir(t)
        name = t
    return inside, os.path.exists(name), os.path.basename(name)[:2]
def temp_dir_obj():
    t = tempfile.TemporaryDirectory(dir=D, suffix=".sfx")
    r = repr(t).startswith("<TemporaryDirectory '") and repr(t).endswith(".sfx'>")
    t.cleanup()
    t.cleanup()
    return r, os.path.exists(t.name)
def fd_roundtrip():
    fd, name = tempfile.mkstemp(dir=D)
    n = os.write(fd, b"hello world")
    os.lseek(fd, 0, os.SEEK_SET)
    data = os.read(fd, 5)
    os.close(fd)
    return n, data, mode(os.path.basename(name))
def which_in(path, cmd, mode=os.F_OK | os.X_OK):
    return R(shutil.which(cmd, mode=mode, path=path))
def usage_ok():
    u = shutil.disk_usage(D)
    return type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0
`

var filesCases = []pytesting.Case{
	// stat
	{"stat S_ISDIR", `[stat.S_ISDIR(m) for m in (0o40755, 0o100644, 0o120777)]`},
	{"stat S_ISREG", `[stat.S_ISREG(m) for m in (0o40755, 0o100644, 0o120777)]`},
	{"stat S_ISLNK", `[stat.S_ISLNK(m) for m in (0o40755, 0o100644, 0o120777)]`},
	{"stat kinds", `[f(0o010000) for f in (stat.S_ISFIFO, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISSOCK)]`},
	{"stat S_IMODE", `(stat.S_IMODE(0o104755), stat.S_IFMT(0o104755))`},
	{"stat filemode", `[stat.filemode(m) for m in (0o100644, 0o40755, 0o120777, 0o104755, 0o102644, 0o41777, 0o41776, 0o20600, 0o60600, 0o10600, 0o140755, 0, 0o7777)]`},
	{"stat constants", `(stat.S_IRWXU, stat.S_IRUSR, stat.S_IXOTH, stat.S_ISUID, stat.S_ISVTX, stat.ST_MTIME, stat.S_IFLNK, stat.UF_HIDDEN)`},
	{"stat of file", `(write("m.txt", "x", 0o640), stat.S_ISREG(os.stat(P("m.txt")).st_mode), mode("m.txt"))`},
	// os extras
	{"os.chmod", `(os.chmod(P("m.txt"), 0o600), mode("m.txt"))`},
	{"os.chmod missing", `os.chmod(P("missing"), 0o600)`},
	{"os.chmod bad path", `os.chmod(None, 0o600)`},
	{"os.access", `(os.access(P("m.txt"), os.R_OK), os.access(P("m.txt"), os.X_OK), os.access(P("nope"), os.F_OK))`},
	{"os access constants", `(os.F_OK, os.R_OK, os.W_OK, os.X_OK)`},
	{"os.utime times", `(os.utime(P("m.txt"), (1000000000, 1200000000)), os.stat(P("m.txt")).st_mtime, os.stat(P("m.txt")).st_atime)`},
	{"os.utime ns", `(os.utime(P("m.txt"), ns=(5, 1500000000123456789)), mtime("m.txt"))`},
	{"os.utime both", `os.utime(P("m.txt"), (1, 2), ns=(1, 2))`},
	{"os.utime bad times", `os.utime(P("m.txt"), 5)`},
	{"os.utime missing", `os.utime(P("missing"))`},
	{"os.utime fd", `(os.utime(os.open(P("m.txt"), os.O_RDONLY), ns=(3, 4000000000)), mtime("m.txt"))`},
	{"os.utime bad path", `os.utime(None)`},
	{"os.access bad path", `os.access(None, os.F_OK)`},
	{"os.symlink readlink", `(os.symlink("m.txt", P("ln")), os.readlink(P("ln")), os.readlink(P("ln").encode()))`},
	{"os.symlink exists", `os.symlink("m.txt", P("ln"))`},
	{"os.readlink not link", `os.readlink(P("m.txt"))`},
	{"os.link", `(os.link(P("m.txt"), P("hard")), os.stat(P("hard")).st_nlink, read("hard"))`},
	{"os.link missing", `os.link(P("missing"), P("hard2"))`},
	{"os.open exclusive", `os.open(P("m.txt"), os.O_CREAT | os.O_EXCL | os.O_RDWR)`},
	{"os.open read write", `fd_roundtrip()`},
	{"os.read bad fd", `os.read(999, 1)`},
	{"os.close bad fd", `os.close(999)`},
	{"os.write bad fd", `os.write(999, b"x")`},
	{"os.statvfs", `(type(os.statvfs(D)).__name__, os.statvfs(D).f_namemax, len(os.statvfs(D)), os.statvfs(D)[0] == os.statvfs(D).f_bsize)`},
	{"os.statvfs missing", `os.statvfs(P("missing"))`},
	{"os.terminal_size", `(os.terminal_size((80, 24)), os.terminal_size((3, 4)).lines, os.terminal_size((3, 4))[0])`},
	{"os.terminal_size bad", `os.terminal_size((1, 2, 3))`},
	{"os.get_terminal_size pipe", `os.get_terminal_size(os.open(P("m.txt"), os.O_RDONLY))`},
	{"os.uname", `(type(os.uname()).__name__, len(os.uname()), os.uname().sysname, os.uname()[4] == os.uname().machine)`},
	{"os ids", `[type(f()).__name__ for f in (os.getuid, os.geteuid, os.getgid, os.getegid, os.getppid)]`},
	{"os.umask", `(os.umask(0o22), os.umask(0o22))`},
	{"os.strerror", `[os.strerror(n) for n in (1, 2, 13, 17)]`},
	{"os.isatty", `os.isatty(os.open(P("m.txt"), os.O_RDONLY))`},
	{"os.truncate", `(os.truncate(P("m.txt"), 0), os.stat(P("m.txt")).st_size)`},
	{"os.fsencode", `(os.fsencode("a/b"), os.fsencode(b"x"), os.fsdecode(b"a/b"), os.fsdecode("y"))`},
	{"os.fsencode bad", `os.fsencode(5)`},
	{"os.pipe", `(lambda r: (len(r), os.write(r[1], b"hi"), os.read(r[0], 5), os.get_blocking(r[0]), os.set_blocking(r[0], False), os.get_blocking(r[0])))(os.pipe())`},
	{"os.get_exec_path", `os.get_exec_path({"PATH": "/a:/b"})`},
	{"os flags", `(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.SEEK_END)`},
	// shutil
	{"copyfile", `(write("src.txt", "payload", 0o751), R(shutil.copyfile(P("src.txt"), P("dst.txt"))), read("dst.txt"), mode("dst.txt") != "0o751")`},
	{"copyfile same", `shutil.copyfile(P("src.txt"), P("src.txt"))`},
	{"copyfile missing", `shutil.copyfile(P("nope"), P("dst.txt"))`},
	{"copyfile to dir", `shutil.copyfile(P("src.txt"), D)`},
	{"copyfile symlink", `(os.symlink("src.txt", P("srclink")), R(shutil.copyfile(P("srclink"), P("dstlink"), follow_symlinks=False)), os.readlink(P("dstlink")))`},
	{"copymode", `(write("plain", "p", 0o600), shutil.copymode(P("src.txt"), P("plain")), mode("plain"))`},
	{"copymode missing", `shutil.copymode(P("nope"), P("plain"))`},
	{"copystat", `(os.utime(P("src.txt"), ns=(7000000000, 8000000000)), shutil.copystat(P("src.txt"), P("dst.txt")), mtime("dst.txt"), mode("dst.txt"))`},
	{"copy into dir", `(os.mkdir(P("into")), R(shutil.copy(P("src.txt"), P("into"))), mode("into/src.txt"), read("into/src.txt"))`},
	{"copy2", `(R(shutil.copy2(P("src.txt"), P("c2.txt"))), mtime("c2.txt"), mode("c2.txt"))`},
	{"copy missing", `shutil.copy(P("nope"), P("x"))`},
	{"copyfileobj", `(lambda a, b: (shutil.copyfileobj(a, b, 3), b.getvalue()))(io.StringIO("abcdefgh"), io.StringIO())`},
	{"ignore_patterns", `sorted(shutil.ignore_patterns("*.py", ".*")("x", ["a.py", "b.txt", ".git", "c"]))`},
	{"copytree", `(make_tree("t1"), R(shutil.copytree(P("t1"), P("t2"))), tree("t2"), os.path.islink(P("t2", "link")))`},
	{"copytree symlinks", `(shutil.copytree(P("t1"), P("t3"), symlinks=True) and None, os.path.islink(P("t3", "link")), os.readlink(P("t3", "link")))`},
	{"copytree ignore", `(shutil.copytree(P("t1"), P("t4"), ignore=shutil.ignore_patterns("*.py")) and None, tree("t4"))`},
	{"copytree exists", `shutil.copytree(P("t1"), P("t2"))`},
	{"copytree missing", `shutil.copytree(P("nope"), P("t5"))`},
	{"copytree copy_function", `(shutil.copytree(P("t1"), P("t6"), copy_function=shutil.copy) and None, tree("t6"))`},
	{"rmtree", `(shutil.rmtree(P("t6")), os.path.exists(P("t6")))`},
	{"rmtree missing", `shutil.rmtree(P("t6"))`},
	{"rmtree missing ignore", `shutil.rmtree(P("t6"), ignore_errors=True)`},
	{"rmtree onerror missing", `errors_of(shutil.rmtree, P("t6"))`},
	{"rmtree file", `shutil.rmtree(P("src.txt"))`},
	{"rmtree symlink", `shutil.rmtree(P("t1", "link"))`},
	{"rmtree symlink onerror", `errors_of(shutil.rmtree, P("t1", "link"))`},
	{"rmtree attr", `shutil.rmtree.avoids_symlink_attacks`},
	{"move file", `(R(shutil.move(P("c2.txt"), P("moved.txt"))), os.path.exists(P("c2.txt")), read("moved.txt"))`},
	{"move into dir", `(R(shutil.move(P("moved.txt"), P("into"))), sorted(os.listdir(P("into"))))`},
	{"move exists", `(write("moved.txt", "again"), shutil.move(P("moved.txt"), P("into")))`},
	{"move dir", `(R(shutil.move(P("t4"), P("t7"))), tree("t7"))`},
	{"move into itself", `shutil.move(P("t7"), P("t7", "a"))`},
	{"move missing", `shutil.move(P("nope"), P("x"))`},
	{"which absolute", `(R(shutil.which(P("src.txt"))), os.chmod(P("src.txt"), 0o755), R(shutil.which(P("src.txt"))))`},
	{"which path", `(which_in(D, "src.txt"), which_in(D + os.pathsep + D, "src.txt"), which_in(D, "nope"), which_in("", "src.txt"))`},
	{"which mode", `(which_in(D, "plain"), which_in(D, "plain", os.R_OK), which_in(D, "into"))`},
	{"which sh", `shutil.which("sh") is not None`},
	{"disk_usage", `usage_ok()`},
	{"disk_usage missing", `shutil.disk_usage(P("nope"))`},
	{"get_terminal_size fallback", `(os.environ.pop("COLUMNS", None), os.environ.pop("LINES", None), shutil.get_terminal_size((33, 44)))[2]`},
	{"get_terminal_size env", `(os.environ.__setitem__("COLUMNS", "120"), os.environ.__setitem__("LINES", "x"), shutil.get_terminal_size((1, 2)), os.environ.pop("COLUMNS"), os.environ.pop("LINES"))[2]`},
	{"shutil exceptions", `(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError), issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError), issubclass(shutil.ReadError, OSError))`},
	// tempfile
	{"gettempprefix", `(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)`},
	{"gettempdir", `(tempfile.gettempdir() == tempfile.tempdir, type(tempfile.gettempdir()).__name__, tempfile.gettempdirb() == tempfile.gettempdir().encode())`},
	{"mkstemp shape", `(lambda r: (type(r[0]).__name__, os.close(r[0]), tmp_name_shape(r[1], "pre", ".suf"), os.path.dirname(r[1]) == D, mode(r[1])))(tempfile.mkstemp(".suf", "pre", D))`},
	{"mkstemp bytes", `(lambda r: (type(r[1]).__name__, os.close(r[0]), os.path.dirname(r[1]) == D.encode()))(tempfile.mkstemp(dir=D.encode()))`},
	{"mkstemp mixed", `tempfile.mkstemp(prefix=b"x", dir=D)`},
	{"mkstemp missing dir", `mkstemp_error(dir=P("nope"))`},
	{"mkdtemp", `(lambda d: (tmp_name_shape(d, "tmp", ""), os.path.isdir(d), mode(d), os.path.dirname(d) == D))(tempfile.mkdtemp(dir=D))`},
	{"mkdtemp missing dir", `mkdtemp_error(dir=P("nope", "deeper"))`},
	{"mkdtemp bytes", `type(tempfile.mkdtemp(dir=D.encode(), suffix=b"s")).__name__`},
	{"tempdir override", `(lambda old: (setattr(tempfile, "tempdir", D), os.path.dirname(tempfile.mkdtemp()) == D, tempfile.gettempdir() == D, setattr(tempfile, "tempdir", old)))(tempfile.tempdir)[1:3]`},
	{"mktemp", `(lambda n: (tmp_name_shape(n, "tmp", ""), os.path.exists(n)))(tempfile.mktemp(dir=D))`},
	{"NamedTemporaryFile", `named_file()`},
	{"NamedTemporaryFile text", `named_file(mode="w+")`},
	{"NamedTemporaryFile delete=False", `named_keep()`},
	{"NamedTemporaryFile bad mode", `tempfile.NamedTemporaryFile(mode="q", dir=D)`},
	{"TemporaryFile binary", `temp_file("w+b")`},
	{"TemporaryFile text", `temp_file("w+")`},
	{"SpooledTemporaryFile", `spooled(5, b"abc", b"de", b"f")`},
	{"SpooledTemporaryFile no max", `spooled(0, b"abc" * 10)`},
	{"SpooledTemporaryFile text", `spooled_text()`},
	{"SpooledTemporaryFile api", `spooled_api()`},
	{"SpooledTemporaryFile closed enter", `(lambda s: (s.close(), s.__enter__()))(tempfile.SpooledTemporaryFile())`},
	{"TemporaryFile api binary", `file_api("w+b")`},
	{"TemporaryFile api text", `file_api("w+")`},
	{"TemporaryFile modes", `file_modes()`},
	{"NamedTemporaryFile api", `named_api()`},
	{"TemporaryDirectory", `temp_dir()`},
	{"TemporaryDirectory cleanup", `temp_dir_obj()`},
	// glob
	{"glob star", `(make_tree("g"), G("g/*"))[1]`},
	{"glob star py", `G("g/*/*.py")`},
	{"glob question", `G("g/a/???.py")`},
	{"glob class", `G("g/[a-t]*")`},
	{"glob negated class", `G("g/[!a]*")`},
	{"glob hidden", `(G("g/a/*"), G("g/a/.*"))`},
	{"glob no magic", `(G("g/top.txt"), G("g/missing.txt"), G("g/a/"), G("g/top.txt/"))`},
	{"glob recursive", `G("g/**", recursive=True)`},
	{"glob recursive files", `G("g/**/*.py", recursive=True)`},
	{"glob recursive off", `G("g/**/*.py")`},
	{"glob recursive dirs", `G("g/**/", recursive=True)`},
	{"glob magic dir", `G("g/*/b/*")`},
	{"glob hidden recursive", `G("g/**/.*", recursive=True)`},
	{"glob class dir", `G("g/[a]/")`},
	{"glob relative", `cwd_glob("g/*.txt")`},
	{"glob relative recursive", `cwd_glob("**/*.py", recursive=True)`},
	{"glob relative pattern only", `[n for n in cwd_glob("*") if not n.startswith(("tmp", "pre"))]`},
	{"glob bytes", `sorted(glob.glob(P("g/*.txt").encode()))[0].endswith(b"top.txt")`},
	{"iglob", `(lambda it: (hasattr(it, "__next__"), sorted(R(list(it)))))(glob.iglob(P("g/a/*")))`},
	{"glob missing dir", `G("nope/*")`},
	{"escape", `[glob.escape(s) for s in ("a*b", "[x]?", "plain", "**", "")]`},
	{"escape bytes", `glob.escape(b"a*b?[c]")`},
	{"escape match", `(write("we[ir]d*.txt", "w"), G(glob.escape("we[ir]d*.txt")))[1]`},
	{"has_magic", `[glob.has_magic(s) for s in ("abc", "a*", "a?", "a[", b"x*", b"y")]`},
	{"glob0 glob1", `(glob.glob0(P("g"), "top.txt"), sorted(glob.glob1(P("g"), "*")))`},
	{"cleanup", `(shutil.rmtree(D), os.path.exists(D))`},
}

func TestStd17Files(t *testing.T) {
	pytesting.DiffCases(t, "std17_files", filesShow+filesPrelude, filesCases)
}
