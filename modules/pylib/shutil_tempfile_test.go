package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// More differential tests of shutil and tempfile (Lib/modules/shutil.py,
// tempfile.py) against CPython 3.6, beside std17_files_test.go: error
// forms, symbolic links, the copytree and rmtree options, and the less
// common arguments of the tempfile constructors. The scripts work in a
// fresh directory D (filesShow prints it as <D>); the last case removes it.

const shutilTempfilePrelude = filesShow + filesPrelude + `import errno
def caught(f):
    try:
        f()
    except Exception as e:
        return e
def names(func):
    for mod in (os, os.path):
        for n in ("lstat", "open", "rmdir", "unlink", "listdir", "scandir", "islink", "stat"):
            if getattr(mod, n, None) is func:
                return n
    return "?"
def onerror_log(path, **kw):
    seen = []
    shutil.rmtree(path, onerror=lambda f, p, i: seen.append((names(f), R(p), i[0].__name__, str(i[1]).replace(D, "<D>"))), **kw)
    return seen
def copytree_error(*args, **kw):
    try:
        shutil.copytree(*args, **kw)
    except shutil.Error as e:
        return type(e).__name__, sorted((R(a), R(b), c.replace(D, "<D>")) for a, b, c in e.args[0])
def failing_copy(src, dst):
    if src.endswith(".py"):
        raise OSError("refused " + os.path.basename(src))
    return shutil.copy2(src, dst)
def ignore_log(top):
    calls = []
    def ignore(path, entries):
        calls.append((R(path), sorted(entries)))
        return {"b"}
    shutil.copytree(P(top), P(top + "-ig"), ignore=ignore)
    return sorted(calls), tree(top + "-ig")
def in_dir(f):
    old = os.getcwd()
    os.chdir(D)
    try:
        return f()
    finally:
        os.chdir(old)
def with_env(env, f):
    saved = {k: os.environ.get(k) for k in env}
    for k, v in env.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    try:
        return f()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
def fresh_tempdir(env):
    old = tempfile.tempdir
    tempfile.tempdir = None
    try:
        return R(with_env(env, tempfile.gettempdir))
    finally:
        tempfile.tempdir = old
def count_files(prefix):
    return len([n for n in os.listdir(D) if n.startswith(prefix)])
def named_attrs():
    with tempfile.NamedTemporaryFile("w+", dir=D, prefix="na", suffix=".t", encoding="utf-8", newline="") as f:
        n = f.write("x\r\ny\n")
        f.flush()
        f.seek(0)
        lines = list(f)
        info = (n, lines, f.mode, f.encoding, f.closed, type(f.file).__name__, os.path.isabs(f.name), os.path.basename(f.name)[:2], f.name.endswith(".t"), f.delete)
    return info, f.closed, os.path.exists(f.name)
def named_raise():
    try:
        with tempfile.NamedTemporaryFile(dir=D, prefix="nr") as f:
            name = f.name
            raise KeyError("inside")
    except KeyError as e:
        return str(e), os.path.exists(name), f.closed
def named_close_twice():
    f = tempfile.NamedTemporaryFile(dir=D)
    f.close()
    f.close()
    return f.closed, os.path.exists(f.name)
def named_kept_close():
    f = tempfile.NamedTemporaryFile(dir=D, prefix="kept", delete=False)
    f.close()
    there = os.path.exists(f.name)
    os.unlink(f.name)
    return there
def spooled_roll_fileno():
    s = tempfile.SpooledTemporaryFile(max_size=100, dir=D)
    s.write(b"abc")
    before = (s._rolled, s.name, s.mode)
    fd = s.fileno()
    after = (s._rolled, s.name == fd, s.mode, s.tell())
    s.seek(0)
    data = s.read()
    s.close()
    return before, after, data
def spooled_truncate():
    s = tempfile.SpooledTemporaryFile(max_size=10, dir=D)
    s.write(b"hello")
    out = [s.truncate(3), s._rolled, s.tell()]
    s.seek(0)
    out.append(s.read())
    out += [s.truncate(50), s._rolled]
    s.seek(0, 2)
    out.append(s.tell())
    s.close()
    return out
def spooled_props():
    b = tempfile.SpooledTemporaryFile()
    t = tempfile.SpooledTemporaryFile(mode="w+", encoding="latin-1", newline="")
    out = [same_error(lambda: b.encoding)[0], same_error(lambda: b.newlines)[0], t.encoding, t.newlines, t.mode, b.mode, b.closed]
    t.write("a\r\nb\n")
    t.rollover()
    out += [t.encoding, t.mode, t._rolled]
    t.seek(0)
    out.append(t.read())
    b.close(); t.close()
    return out
def spooled_lines():
    s = tempfile.SpooledTemporaryFile(max_size=8, mode="w+")
    s.writelines(["ab\n", "cd\n"])
    first = s._rolled
    s.writelines(["ef\n"])
    s.seek(0)
    return first, s._rolled, list(s), s.readlines(), s.isatty()
def temp_dir_gone():
    t = tempfile.TemporaryDirectory(dir=D)
    os.rmdir(t.name)
    try:
        t.cleanup()
    except OSError as e:
        return type(e).__name__, e.errno, e.filename == t.name
    return t.cleanup()
def temp_dir_bytes():
    t = tempfile.TemporaryDirectory(dir=D.encode(), prefix=b"b")
    out = type(t.name).__name__, repr(t).startswith("<TemporaryDirectory b'"), os.path.isdir(t.name)
    t.cleanup()
    return out, os.path.exists(t.name)
def temp_dir_with():
    with tempfile.TemporaryDirectory(prefix="w", dir=D) as name:
        open(os.path.join(name, "f"), "w").close()
        kind = type(name).__name__
    return kind, os.path.exists(name)
def reaped():
    # CPython removes both when the last reference goes; gpython-ssl when
    # the collector has found them unreachable.
    import gc
    t = tempfile.TemporaryDirectory(dir=D)
    f = tempfile.NamedTemporaryFile(dir=D)
    names = t.name, f.name
    del t, f
    gc.collect()
    return [os.path.exists(n) for n in names]
def implicit_cleanup_warns():
    import gc, warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        t = tempfile.TemporaryDirectory(dir=D)
        name, text = t.name, repr(t)
        del t
        gc.collect()
    return os.path.exists(name), [(x.category.__name__, str(x.message) == "Implicitly cleaning up " + text) for x in w]
def cleanup_after_exit():
    # the exit-time removal ran first: cleanup() finds nothing to do
    t = tempfile.TemporaryDirectory(dir=D)
    if hasattr(t, "_finalizer"):
        t._finalizer()
    else:
        tempfile._pending.pop(t._reaper)[1]()
    return os.path.exists(t.name), t.cleanup()
def xattr_copies():
    a, b = write("xa"), write("xb")
    os.setxattr(P("xa"), "user.one", b"1")
    os.setxattr(P("xa"), "user.two", b"22")
    shutil._copyxattr(P("xa"), P("xb"))
    got = sorted(os.listxattr(P("xb"))), os.getxattr(P("xb"), "user.two")
    write("xc")
    shutil.copystat(P("xa"), P("xc"))
    copied = os.getxattr(P("xc"), "user.one")
    shutil.copy2(P("xa"), P("xd"))
    return got, copied, sorted(os.listxattr(P("xd"))), shutil._copyxattr(P("xb"), P("xb"))
def xattr_missing_source():
    try:
        shutil._copyxattr(P("no-such"), P("xb"))
    except OSError as e:
        return type(e).__name__, e.errno
def template_change():
    old = tempfile.template
    tempfile.template = "zz"
    try:
        fd, name = tempfile.mkstemp(dir=D)
        os.close(fd)
        d = tempfile.mkdtemp(dir=D)
        return os.path.basename(name)[:2], os.path.basename(d)[:2], tempfile.gettempprefix(), os.path.basename(tempfile.mktemp(dir=D))[:3]
    finally:
        tempfile.template = old
`

var shutilTempfileCases = []pytesting.Case{
	// shutil: copying
	{"copyfileobj bytes", `(lambda a, b: (shutil.copyfileobj(a, b), b.getvalue()))(io.BytesIO(b"x" * 40000), io.BytesIO())[1][-3:]`},
	{"copyfileobj length 1", `(lambda a, b: (shutil.copyfileobj(a, b, 1), b.getvalue()))(io.StringIO("abc"), io.StringIO())`},
	{"copyfile overwrite", `(write("cf1", "new"), write("cf2", "old content"), R(shutil.copyfile(P("cf1"), P("cf2"))), read("cf2"))`},
	{"copyfile hard link same", `(os.link(P("cf1"), P("cf1hard")), same_error(lambda: shutil.copyfile(P("cf1"), P("cf1hard"))))[1]`},
	{"copyfile symlink same", `(os.symlink(P("cf1"), P("cf1soft")), same_error(lambda: shutil.copyfile(P("cf1soft"), P("cf1"))))[1]`},
	{"copyfile same is Error", `(lambda e: (isinstance(e, shutil.Error), isinstance(e, OSError), e.errno, e.args[0].replace(D, "<D>")))(caught(lambda: shutil.copyfile(P("cf1"), P("cf1"))))`},
	{"copyfile missing dst dir", `shutil.copyfile(P("cf1"), P("nodir", "x"))`},
	{"copyfile link nofollow copy", `(R(shutil.copyfile(P("cf1"), P("cf3"), follow_symlinks=False)), os.path.islink(P("cf3")), read("cf3"))`},
	{"copyfile dangling link", `(os.symlink("nowhere", P("dangle")), same_error(lambda: shutil.copyfile(P("dangle"), P("cf4"))), R(shutil.copyfile(P("dangle"), P("cf5"), follow_symlinks=False)), os.readlink(P("cf5")))`},
	{"copymode links nofollow", `(write("cm1", "a", 0o640), write("cm2", "b", 0o600), os.symlink("cm1", P("cm1l")), os.symlink("cm2", P("cm2l")), shutil.copymode(P("cm1l"), P("cm2l"), follow_symlinks=False), mode("cm2"), shutil.copymode(P("cm1l"), P("cm2l")), mode("cm2"))[-3:]`},
	{"copystat times", `(os.utime(P("cm1"), ns=(1000000000, 2000000000)), shutil.copystat(P("cm1"), P("cm2")), mtime("cm2"), os.stat(P("cm2")).st_atime_ns, mode("cm2"))[2:]`},
	{"copystat missing", `same_error(lambda: shutil.copystat(P("nope"), P("cm2")))`},
	{"copy symlink into dir", `(os.mkdir(P("cdir")), R(shutil.copy(P("cm1l"), P("cdir"), follow_symlinks=False)), os.path.islink(P("cdir", "cm1l")), R(shutil.copy2(P("cm1l"), P("cdir", "deref"))), os.path.islink(P("cdir", "deref")), mode("cdir/deref"))`},
	{"copy2 keeps times", `(os.utime(P("cm1"), ns=(3000000000, 4000000000)), R(shutil.copy2(P("cm1"), P("cm3"))), mtime("cm3"), mode("cm3"))[1:]`},
	// shutil: trees
	{"copytree ignore calls", `(make_tree("ct"), ignore_log("ct"))[1]`},
	{"copytree copy_function errors", `copytree_error(P("ct"), P("ct-fail"), copy_function=failing_copy)`},
	{"copytree dangling", `(os.symlink("no-such-target", P("ct", "a", "dead")), copytree_error(P("ct"), P("ct-dead")))[1]`},
	{"copytree dangling ignored", `(R(shutil.copytree(P("ct"), P("ct-skip"), ignore_dangling_symlinks=True)), tree("ct-skip"))`},
	{"copytree dangling symlinks", `(shutil.copytree(P("ct"), P("ct-links"), symlinks=True) and None, os.readlink(P("ct-links", "a", "dead")), os.path.islink(P("ct-links", "link")))`},
	{"copytree dir link", `(os.symlink("a", P("ct", "alink")), shutil.copytree(P("ct"), P("ct-dl"), ignore=shutil.ignore_patterns("dead")) and None, os.path.islink(P("ct-dl", "alink")), sorted(os.listdir(P("ct-dl", "alink"))))`},
	{"copytree into file", `(write("plainfile", "x"), same_error(lambda: shutil.copytree(P("ct"), P("plainfile", "sub"))))[1]`},
	{"copytree source file", `same_error(lambda: shutil.copytree(P("plainfile"), P("ct-x")))`},
	{"ignore_patterns", `(type(shutil.ignore_patterns()("d", ["a"])).__name__, sorted(shutil.ignore_patterns("*.txt", "a?", "[bc]*")("d", ["x.txt", "ab", "abc", "b1", "c.py", "d"])))`},
	{"rmtree file onerror", `(write("rf", "x"), onerror_log(P("rf")), os.path.exists(P("rf")))[1:]`},
	{"rmtree dangling onerror", `(os.symlink("gone", P("rdl")), onerror_log(P("rdl")), os.path.lexists(P("rdl")))[1:]`},
	{"rmtree dir link onerror", `(os.symlink("ct", P("rdirlink")), onerror_log(P("rdirlink")), os.path.isdir(P("ct")))[1:]`},
	{"rmtree file ignore", `(shutil.rmtree(P("rf"), ignore_errors=True), os.path.exists(P("rf")))`},
	{"rmtree keeps link targets", `(make_tree("rt"), os.symlink(P("rf"), P("rt", "a", "out")), os.symlink(P("ct"), P("rt", "dl")), shutil.rmtree(P("rt")), os.path.exists(P("rt")), os.path.exists(P("rf")), os.path.isdir(P("ct", "a")))[3:]`},
	{"rmtree missing onerror", `onerror_log(P("nothing", "here"))`},
	// shutil: move
	{"move onto file", `(write("mv1", "one"), write("mv2", "two"), R(shutil.move(P("mv1"), P("mv2"))), read("mv2"), os.path.exists(P("mv1")))[2:]`},
	{"move dir into dir", `(os.makedirs(P("mvd", "in")), os.mkdir(P("mvt")), R(shutil.move(P("mvd"), P("mvt"))), tree("mvt"))[2:]`},
	{"move trailing slash", `(os.mkdir(P("mvs")), R(shutil.move(P("mvs") + "/", P("mvt"))), os.path.isdir(P("mvt", "mvs")))[1:]`},
	{"move symlink", `(os.symlink("mv2", P("mvl")), R(shutil.move(P("mvl"), P("mvl2"))), os.readlink(P("mvl2")), os.path.lexists(P("mvl")))[1:]`},
	{"move exists in dir", `(write("mvx", "x"), write("mvt/mvx", "y"), same_error(lambda: shutil.move(P("mvx"), P("mvt"))))[2]`},
	{"move dir onto itself", `shutil.move(P("mvt"), P("mvt"))`},
	{"move into own subdir", `same_error(lambda: shutil.move(P("mvt"), P("mvt", "mvd", "deeper")))`},
	// shutil: which, disk_usage, terminal size, errors
	{"which path forms", `(write("tool", "#!/bin/sh\n", 0o755), write("notexec", "", 0o644), os.mkdir(P("tooldir")), os.chmod(P("tooldir"), 0o755), [which_in(p, c) for p, c in ((D, "tool"), (D, "notexec"), (D, "tooldir"), ("", "tool"), (os.pathsep.join([P("nope"), D, D]), "tool"), (D, "missing"))])[-1]`},
	{"which mode", `[which_in(D, "notexec", m) for m in (os.R_OK, os.W_OK, os.X_OK, os.F_OK)]`},
	{"which dir part", `(R(shutil.which(P("tool"))), shutil.which(P("notexec")), shutil.which(P("tooldir")), in_dir(lambda: shutil.which("./tool")), in_dir(lambda: shutil.which("tool", path=os.curdir)))`},
	{"which env path", `(with_env({"PATH": D}, lambda: R(shutil.which("tool"))), with_env({"PATH": ""}, lambda: shutil.which("tool")), with_env({"PATH": None}, lambda: shutil.which("sh") is not None))`},
	{"disk_usage file", `(lambda u: (type(u).__name__, u.total == u[0], u.total >= u.free, type(u.used).__name__))(shutil.disk_usage(P("tool")))`},
	{"terminal size env", `[with_env({"COLUMNS": c, "LINES": l}, lambda: tuple(shutil.get_terminal_size((7, 9)))) for c, l in (("0", "5"), ("-3", "-4"), ("100", "50"), (" 42 ", "1"), (None, "12"), ("x", None))]`},
	{"shutil bad arguments", `[same_error(f) for f in (lambda: shutil.copyfile(None, P("x")), lambda: shutil.rmtree(None), lambda: shutil.which(None), lambda: shutil.disk_usage(None), lambda: shutil.get_terminal_size((1,)), lambda: shutil.ignore_patterns(None)(".", ["a"]), lambda: shutil.copytree(P("ct"), P("ct-badign"), ignore=lambda p, n: 5), lambda: shutil.copyfileobj(io.BytesIO(b"x"), io.StringIO()), lambda: shutil.copy(P("tool"), P("no", "")), lambda: shutil.move(P("tool"), P("zz", "")))]`},
	{"shutil bytes paths", `(lambda b: (os.makedirs(os.path.join(b, b"a", b"b")), R(os.fsdecode(shutil.copytree(os.path.join(b, b"a"), os.path.join(b, b"c")))), sorted(os.listdir(os.path.join(b, b"c"))), shutil.rmtree(b), os.path.exists(b), same_error(lambda: shutil.rmtree(b)), onerror_log(b)))(P("bytes-tree").encode())`},
	{"error classes", `(shutil.Error(["a"]).args, str(shutil.SameFileError("s")), shutil.ReadError.__mro__[1].__name__, shutil.RegistryError.__mro__[1].__name__, shutil.SpecialFileError.__module__, sorted(n for n in shutil.__all__ if "archive" not in n and "unpack" not in n and n != "chown"))`},
	// tempfile: low level
	{"mkstemp text", `(lambda r: (type(r[0]).__name__, os.close(r[0]), mode(os.path.basename(r[1])), tmp_name_shape(r[1], "t", "")))(tempfile.mkstemp(text=True, prefix="t", dir=D))`},
	{"mkstemp bytes parts", `(lambda r: (os.close(r[0]), type(r[1]).__name__, os.path.basename(r[1])[:2], r[1].endswith(b".b")))(tempfile.mkstemp(suffix=b".b", prefix=b"bb", dir=D.encode()))[1:]`},
	{"mkstemp mixed kinds", `[same_error(lambda: f(**kw)) for f in (tempfile.mkstemp, tempfile.mkdtemp, tempfile.NamedTemporaryFile, tempfile.TemporaryFile) for kw in ({"suffix": "s", "prefix": b"p"}, {"dir": D.encode(), "suffix": ".x"})]`},
	{"mkstemp default dir", `(lambda old: (setattr(tempfile, "tempdir", D), (lambda r: (os.close(r[0]), R(os.path.dirname(r[1]))))(tempfile.mkstemp()), (lambda r: (os.close(r[0]), os.path.dirname(r[1]) == D.encode()))(tempfile.mkstemp(suffix=b"")), setattr(tempfile, "tempdir", old)))(tempfile.tempdir)[1:3]`},
	{"mkdtemp relative", `in_dir(lambda: (lambda d: (d.startswith("rel" + os.sep + "tmp"), os.path.isdir(d)))((os.mkdir("rel"), tempfile.mkdtemp(dir="rel"))[1]))`},
	{"mkdtemp shapes", `(lambda d: (tmp_name_shape(d, "pre", ".suf"), mode(os.path.basename(d))))(tempfile.mkdtemp(".suf", "pre", D))`},
	{"mktemp", `(lambda n: (os.path.basename(n)[:2], n.endswith("!"), os.path.exists(n), R(os.path.dirname(n))))(tempfile.mktemp("!", "mk", D))`},
	{"mktemp default", `(lambda old: (setattr(tempfile, "tempdir", D), R(os.path.dirname(tempfile.mktemp())), os.path.basename(tempfile.mktemp())[:3], setattr(tempfile, "tempdir", old)))(tempfile.tempdir)[1:3]`},
	{"gettempdir env", `(fresh_tempdir({"TMPDIR": D}), fresh_tempdir({"TMPDIR": None, "TEMP": D, "TMP": None}), fresh_tempdir({"TMPDIR": P("nope"), "TEMP": None, "TMP": None}) == "/tmp")`},
	{"gettempdir bytes", `(type(tempfile.gettempdirb()).__name__, tempfile.gettempprefixb(), tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()), tempfile.TMP_MAX == os.TMP_MAX)`},
	{"template change", `template_change()`},
	// tempfile: file objects
	{"NamedTemporaryFile attrs", `named_attrs()`},
	{"NamedTemporaryFile raise", `named_raise()`},
	{"NamedTemporaryFile close twice", `named_close_twice()`},
	{"NamedTemporaryFile delete False", `named_kept_close()`},
	{"NamedTemporaryFile unbuffered", `(lambda f: (type(f.file).__name__, f.write(b"ab"), f.mode, f.close()))(tempfile.NamedTemporaryFile(buffering=0, dir=D))`},
	{"NamedTemporaryFile bytes name", `(lambda f: (type(f.name).__name__, os.path.basename(f.name)[:2], f.close()))(tempfile.NamedTemporaryFile(prefix=b"nb", dir=D.encode()))`},
	{"NamedTemporaryFile bad args", `(same_error(lambda: tempfile.NamedTemporaryFile(mode="rw", dir=D, prefix="bad")), same_error(lambda: tempfile.NamedTemporaryFile(mode="w", encoding="nope", dir=D, prefix="bad")), mkstemp_error(dir=P("nope")), count_files("bad"))`},
	{"NamedTemporaryFile wrapper", `(lambda f: (type(f).__name__, type(f).__module__, hasattr(f, "readline"), f.fileno() > 2, f.__enter__() is f, f.close()))(tempfile.NamedTemporaryFile(dir=D))`},
	{"TemporaryFile kinds", `(lambda f, g: (type(f.name).__name__, f.mode, g.encoding, g.write("é"), g.seek(0), g.read(), f.close(), g.close()))(tempfile.TemporaryFile(dir=D, buffering=0), tempfile.TemporaryFile("w+", encoding="utf-8", dir=D, prefix="tf"))`},
	{"TemporaryFile bad mode", `(same_error(lambda: tempfile.TemporaryFile(mode="z", dir=D, prefix="tfbad")), count_files("tfbad"))`},
	{"SpooledTemporaryFile fileno", `spooled_roll_fileno()`},
	{"SpooledTemporaryFile truncate", `spooled_truncate()`},
	{"SpooledTemporaryFile props", `spooled_props()`},
	{"SpooledTemporaryFile writelines", `spooled_lines()`},
	{"SpooledTemporaryFile closed ops", `(lambda s: (s.close(), s.closed, same_error(s.read), same_error(lambda: s.write(b"x"))))(tempfile.SpooledTemporaryFile())`},
	// tempfile: directories
	{"TemporaryDirectory gone", `temp_dir_gone()`},
	{"TemporaryDirectory bytes", `temp_dir_bytes()`},
	{"TemporaryDirectory with", `temp_dir_with()`},
	{"TemporaryDirectory repr", `(lambda t: (repr(t) == "<TemporaryDirectory %r>" % t.name, t.cleanup(), t.__exit__(None, None, None), t.__enter__() == t.name))(tempfile.TemporaryDirectory(dir=D))`},
	{"tempfile bad arguments", `[same_error(f)[0] if f is None else same_error(f) for f in (lambda: tempfile.mkstemp(dir=5), lambda: tempfile.mkstemp(prefix=5, dir=D), lambda: tempfile.mktemp(dir=D.encode()), lambda: next(tempfile.SpooledTemporaryFile()), lambda: next(tempfile.NamedTemporaryFile(dir=D)), lambda: tempfile.NamedTemporaryFile(dir=D).nosuch, lambda: tempfile.NamedTemporaryFile(dir=D).write("str"), lambda: tempfile.NamedTemporaryFile("w", encoding="ascii", dir=D).write("\xe9"))]`},
	{"tempfile odd places", `(mkstemp_error(prefix="sub/x", dir=D), mkdtemp_error(dir=(write("afile"), P("afile"))[1]), (lambda s: (s.write("\xe9" * 3), s._rolled, s.tell(), s.seek(0), s.read(), s.encoding))(tempfile.SpooledTemporaryFile(2, "w+", encoding="utf-8")), (lambda s: (s.write(b"abcd"), s._rolled, s.seek(1), s.read(), s.truncate(), s.tell()))(tempfile.SpooledTemporaryFile(max_size=3)), type(iter(tempfile.SpooledTemporaryFile())).__name__)`},
	{"collected objects cleaned", `reaped()`},
	{"TemporaryDirectory implicit cleanup warns", `implicit_cleanup_warns()`},
	{"TemporaryDirectory cleanup after exit cleanup", `cleanup_after_exit()`},
	{"shutil copies xattrs", `xattr_copies()`},
	{"shutil _copyxattr missing source", `xattr_missing_source()`},
	{"tempfile all", `sorted(tempfile.__all__)`},
	{"cleanup", `(shutil.rmtree(D), os.path.exists(D))`},
}

func TestShutilTempfile(t *testing.T) {
	pytesting.DiffCases(t, "shutil_tempfile", shutilTempfilePrelude, shutilTempfileCases)
}
