package ospath_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/compiler" // str literals with lone surrogates
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext" // os.fsencode, os.fsdecode
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pwd" // expanduser through a replaced pwd.getpwnam
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// prelude runs unchanged under gpython and CPython: it moves into the
// directory $OSPATH_TMP (prepared by prepareTree) and prints, per case,
// the repr of the result or the exception's class and str().
const prelude = `
import os
T = os.getenv("OSPATH_TMP")
os.chdir(T)

def _show(name, f):
    try:
        r = f()
        print(name + " => " + repr(r).replace(T, "TMP"))
    except Exception as e:
        print(name + " !! " + type(e).__name__ + ": " + str(e).replace(T, "TMP"))

def write(name, data):
    f = open(name, "w")
    f.write(data)
    f.close()
    return os.path.getsize(name)

def walked(top, **kw):
    return sorted((d, sorted(ds), sorted(fs)) for d, ds, fs in os.walk(top, **kw))

def pruned(top):
    out = []
    for d, ds, fs in os.walk(top):
        ds[:] = [x for x in ds if x != "skip"]
        out.append(d)
    return sorted(out)

def bottom_up(top):
    order = [d for d, ds, fs in os.walk(top, topdown=False)]
    ok = all(order.index(d) < order.index(p) for d in order for p in order if d.startswith(p + "/"))
    return sorted(order), ok

def scanned(top):
    return sorted((e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in os.scandir(top))

def errno_of(f):
    try:
        f()
    except OSError as e:
        return (type(e).__name__, e.errno, e.strerror, e.filename)

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

class Bad:
    def __fspath__(self):
        return 3

def mk_and_list():
    os.makedirs("m/n/o")
    os.makedirs("m/n/o", exist_ok=True)
    return walked("m")

def rename_round():
    write("r1", "x")
    os.rename("r1", "r2")
    os.replace("r2", "r3")
    r = os.listdir(".")
    os.remove("r3")
    return ("r1" in r, "r3" in r, os.path.exists("r3"))

def odd_names():
    os.mkdir(b"odd")
    for name in (b"a\xffb", b"caf\xc3\xa9", b"\xed\xa0\x80", b"x\xe2\x82"):
        open(b"odd/" + name, "w").close()
    return sorted(os.listdir("odd"))

def in_odd_cwd(f):
    os.makedirs(b"cwd\xfe", exist_ok=True)
    os.chdir(b"cwd\xfe")
    try:
        return f()
    finally:
        os.chdir(T)

def patched_cwd(getcwd, f, name="getcwd"):
    real = getattr(os, name)
    setattr(os, name, getcwd)
    try:
        return f()
    finally:
        setattr(os, name, real)

def patched_pwd(answer, paths):
    import pwd
    def lookup(key):
        if answer is None:
            raise KeyError(key)
        return answer
    saved = (pwd.getpwuid, pwd.getpwnam, os.environ.pop("HOME", None))
    pwd.getpwuid = pwd.getpwnam = lookup
    try:
        return [os.path.expanduser(p) for p in paths]
    finally:
        pwd.getpwuid, pwd.getpwnam = saved[:2]
        if saved[2] is not None:
            os.environ["HOME"] = saved[2]

class PwEntry:
    pw_dir = "/some/where/"

def stat_fields():
    s = os.stat("tree/a.txt")
    return (s.st_size, s[6], len(s), s.st_mtime == os.path.getmtime("tree/a.txt"),
            type(s).__name__, s.st_mode & 0o170000 == 0o100000, s.st_mtime_ns // 10**9 == s[8])
`

var cases = []pytesting.Case{
	// names that are not UTF-8 (surrogateescape)
	{"odd listdir str", `odd_names()`},
	{"odd listdir bytes", `sorted(os.listdir(b"odd"))`},
	{"odd scandir", `sorted((e.name, e.path, e.is_file()) for e in os.scandir("odd"))`},
	{"odd walk", `walked("odd")`},
	{"odd names usable", `[os.stat(os.path.join("odd", n)).st_size for n in sorted(os.listdir("odd"))]`},
	{"odd open", `[open(os.path.join("odd", n)).read() for n in sorted(os.listdir("odd"))]`},
	{"odd fsencode", `[os.fsencode(n) for n in sorted(os.listdir("odd"))]`},
	{"odd fsdecode", `(os.fsdecode(b"a\xffb"), os.fsdecode(b"a\xffb") == sorted(os.listdir("odd"))[0])`},
	{"odd getcwd", `in_odd_cwd(lambda: os.path.basename(os.getcwd()))`},
	{"odd getcwdb", `in_odd_cwd(lambda: os.path.basename(os.getcwdb()))`},
	{"odd abspath", `in_odd_cwd(lambda: os.path.basename(os.path.dirname(os.path.abspath("f"))))`},
	{"odd realpath", `in_odd_cwd(lambda: os.path.basename(os.path.realpath(".")))`},
	{"odd relpath", `in_odd_cwd(lambda: os.path.relpath(T))`},
	{"unencodable stat", `os.stat("\ud800")`},
	{"unencodable open", `open("x\udc00y")`},
	{"unencodable join", `os.path.join("a", "\ud800")`},
	{"unencodable listdir", `os.listdir("\udfff")`},
	{"escaped open", `open("\udcff-missing")`},
	// join
	{"join two", `os.path.join("a", "b")`},
	{"join abs resets", `os.path.join("a", "/b", "c")`},
	{"join trailing slash", `os.path.join("a/", "b")`},
	{"join empty", `os.path.join("", "b", "")`},
	{"join bytes", `os.path.join(b"a", b"b")`},
	{"join mixed", `os.path.join("a", b"b")`},
	{"join int first", `os.path.join(1)`},
	{"join int later", `os.path.join("a", 1)`},
	{"join pathlike", `os.path.join(P("x"), P("y"))`},
	// split family
	{"split", `os.path.split("a/b/c")`},
	{"split root", `os.path.split("/a")`},
	{"split slashes", `os.path.split("//a//b")`},
	{"split none", `os.path.split("abc")`},
	{"split bytes", `os.path.split(b"x/y")`},
	{"split int", `os.path.split(1)`},
	{"splitext", `os.path.splitext("a/b.tar.gz")`},
	{"splitext dotfile", `os.path.splitext(".bashrc")`},
	{"splitext dots", `os.path.splitext("a/..b")`},
	{"splitext dir dot", `os.path.splitext("a.b/c")`},
	{"splitext bytes", `os.path.splitext(b"f.txt")`},
	{"basename", `os.path.basename("/a/b/")`},
	{"basename file", `os.path.basename("/a/b.pem")`},
	{"basename None", `os.path.basename(None)`},
	{"dirname", `os.path.dirname("/a/b/c.txt")`},
	{"dirname root", `os.path.dirname("/a")`},
	{"dirname rel", `os.path.dirname("c.txt")`},
	{"dirname slashes", `os.path.dirname("///a")`},
	{"splitdrive", `os.path.splitdrive("/a/b")`},
	// normpath, isabs, abspath, relpath
	{"normpath dots", `os.path.normpath("a/./b/../c//d/")`},
	{"normpath up", `os.path.normpath("../../a/..")`},
	{"normpath root up", `os.path.normpath("/../a")`},
	{"normpath two slashes", `os.path.normpath("//a/b")`},
	{"normpath three slashes", `os.path.normpath("///a/b")`},
	{"normpath empty", `os.path.normpath("")`},
	{"normpath bytes", `os.path.normpath(b"a/../b")`},
	{"isabs", `(os.path.isabs("/a"), os.path.isabs("a"), os.path.isabs(b"/"))`},
	{"isabs int", `os.path.isabs(3)`},
	{"abspath", `os.path.abspath("x/../y")`},
	{"abspath bytes", `os.path.abspath(b"q")`},
	{"abspath patched getcwd", `patched_cwd(lambda: "/fake/dir", lambda: (os.path.abspath("a/b"), os.path.relpath("/fake/x"), os.path.realpath("nolink")))`},
	{"abspath patched getcwdb", `patched_cwd(lambda: b"/bfake", lambda: os.path.abspath(b"z"), "getcwdb")`},
	{"abspath patched getcwd bytes", `patched_cwd(lambda: b"/x", lambda: os.path.abspath("q"))`},
	{"abspath patched getcwd raises", `patched_cwd(lambda: 1/0, lambda: os.path.abspath("q"))`},
	{"expanduser patched pwd missing", `patched_pwd(None, ("~", "~/.local", "~nobody_here/", b"~", b"~x/y", "x~"))`},
	{"expanduser patched pwd found", `patched_pwd(PwEntry, ("~", "~/.local", "~nobody_here/", b"~", b"~x/y"))`},
	{"relpath", `os.path.relpath("/a/b/c", "/a/d")`},
	{"relpath same", `os.path.relpath("x", "x")`},
	{"relpath cwd", `os.path.relpath(T + "/tree/a.txt")`},
	{"relpath empty", `os.path.relpath("")`},
	{"relpath mixed", `os.path.relpath("a", b"b")`},
	{"realpath link", `os.path.realpath("tree/link")`},
	{"realpath missing", `os.path.realpath("tree/nope/../x")`},
	{"realpath dir link", `os.path.realpath("dirlink/a.txt")`},
	{"relpath empty bytes", `os.path.relpath(b"")`},
	{"relpath None", `os.path.relpath(None)`},
	{"samestat", `(os.path.samestat(os.stat("tree/a.txt"), os.stat("tree/link")), os.path.samestat(os.stat("tree"), os.stat("tree/a.txt")))`},
	{"samestat bad", `os.path.samestat(1, 2)`},
	{"ismount", `(os.path.ismount("/"), os.path.ismount(b"/"), os.path.ismount("tree"), os.path.ismount("tree/link"), os.path.ismount("nope"))`},
	{"ismount int", `os.path.ismount(3)`},
	{"all", `sorted(os.path.__all__)`},
	// common
	{"commonprefix", `os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"])`},
	{"commonprefix empty", `os.path.commonprefix([])`},
	{"commonpath", `os.path.commonpath(["/usr/lib", "/usr/local", "/usr/l"])`},
	{"commonpath rel", `os.path.commonpath(["a/b/./c", "a/b/d"])`},
	{"commonpath empty", `os.path.commonpath([])`},
	{"commonpath mixabs", `os.path.commonpath(["/a", "b"])`},
	{"commonpath mixtypes", `os.path.commonpath(["/a", b"/b"])`},
	// expand
	{"expanduser", `os.path.expanduser("~/x") == os.getenv("HOME") + "/x"`},
	{"expanduser plain", `os.path.expanduser("a~/x")`},
	{"expanduser unknown", `os.path.expanduser("~nosuchuser_xyz/q")`},
	{"expanduser int", `os.path.expanduser(3)`},
	{"expandvars", `os.path.expandvars("$OSPATH_TMP/a ${OSPATH_TMP}/b $NO_SUCH_VAR_X x$")`},
	{"expandvars none", `os.path.expandvars("plain")`},
	// file predicates
	{"exists", `(os.path.exists("tree"), os.path.exists("tree/a.txt"), os.path.exists("nope"))`},
	{"exists float", `os.path.exists(1.5)`},
	{"exists bad fd", `os.path.exists(-1)`},
	{"lexists broken", `(os.path.exists("broken"), os.path.lexists("broken"))`},
	{"isfile isdir", `(os.path.isfile("tree/a.txt"), os.path.isdir("tree/a.txt"), os.path.isfile("tree"), os.path.isdir("tree"))`},
	{"islink", `(os.path.islink("tree/link"), os.path.islink("tree/a.txt"), os.path.islink("nope"))`},
	{"isdir via link", `os.path.isdir("dirlink")`},
	{"getsize", `os.path.getsize("tree/a.txt")`},
	{"getsize missing", `os.path.getsize("nope")`},
	{"getmtime missing", `os.path.getmtime("nope")`},
	{"times", `[type(f("tree/a.txt")).__name__ for f in (os.path.getmtime, os.path.getatime, os.path.getctime)]`},
	{"samefile", `(os.path.samefile("tree/a.txt", "tree/link"), os.path.samefile("tree", "tree/a.txt"))`},
	{"samefile missing", `os.path.samefile("nope", "tree")`},
	{"constants", `(os.path.sep, os.path.altsep, os.path.extsep, os.path.pathsep, os.path.curdir, os.path.pardir, os.path.devnull)`},
	{"os constants", `(os.sep, os.linesep, os.name, os.devnull, os.curdir, os.pardir)`},
	{"os.path is posixpath", `os.path.__name__`},
	{"from os import path", `__import__("os", None, None, ["path"]).path.join("u", "v")`},
	{"import posixpath", `__import__("posixpath").join("u", "v")`},
	// os functions
	{"fspath str", `os.fspath("a")`},
	{"fspath bytes", `os.fspath(b"a")`},
	{"fspath obj", `os.fspath(P("z"))`},
	{"fspath int", `os.fspath(3)`},
	{"fspath bad", `os.fspath(Bad())`},
	{"listdir", `sorted(os.listdir("tree"))`},
	{"listdir bytes", `sorted(os.listdir(b"tree"))`},
	{"listdir default", `"tree" in os.listdir()`},
	{"listdir missing", `os.listdir("nope")`},
	{"listdir file", `os.listdir("tree/a.txt")`},
	{"listdir float", `os.listdir(3.4)`},
	{"stat missing", `os.stat("nope")`},
	{"stat float", `os.stat(3.5)`},
	{"stat fields", `stat_fields()`},
	{"stat class", `os.stat("tree").__class__`},
	{"lstat link", `os.lstat("tree/link").st_mode & 0o170000 == 0o120000`},
	{"stat nofollow", `os.stat("tree/link", follow_symlinks=False).st_mode & 0o170000 == 0o120000`},
	{"stat errno", `errno_of(lambda: os.stat("nope"))`},
	{"write", `write("w.txt", "12345")`},
	{"remove missing", `os.remove("nope")`},
	{"unlink dir", `os.unlink("tree")`},
	{"rmdir missing", `os.rmdir("nope")`},
	{"rmdir file", `os.rmdir("tree/a.txt")`},
	{"rmdir nonempty", `os.rmdir("tree")`},
	{"rename missing", `os.rename("nope", "x")`},
	{"replace missing", `os.replace("nope", "x")`},
	{"rename errno", `errno_of(lambda: os.rename("nope", "x"))`},
	{"rename round", `rename_round()`},
	{"mkdir exists", `os.mkdir("tree")`},
	{"mkdir ok", `(os.mkdir("newdir"), os.path.isdir("newdir"), os.rmdir("newdir"), os.path.exists("newdir"))`},
	{"makedirs exists", `os.makedirs("tree")`},
	{"makedirs exist_ok", `os.makedirs("tree", exist_ok=True)`},
	{"makedirs file exist_ok", `os.makedirs("tree/a.txt", exist_ok=True)`},
	{"makedirs deep", `mk_and_list()`},
	{"chdir missing", `os.chdir("nope")`},
	{"chdir round", `(os.chdir("tree"), os.getcwd() == T + "/tree", os.chdir(".."), os.getcwd() == T)`},
	{"urandom", `(len(os.urandom(16)), type(os.urandom(0)).__name__)`},
	{"urandom negative", `os.urandom(-1)`},
	{"urandom str", `os.urandom("a")`},
	{"getpid", `type(os.getpid()).__name__`},
	{"scandir", `scanned("tree")`},
	{"scandir bytes", `scanned(b"tree")`},
	{"scandir missing", `os.scandir("nope")`},
	{"scandir with", `[sorted(e.name for e in it) for it in [os.scandir("tree/sub")]]`},
	{"direntry stat", `[e.stat().st_size for e in os.scandir("tree") if e.name == "a.txt"]`},
	{"direntry fspath", `[os.fspath(e) for e in os.scandir("tree/sub")]`},
	{"makedirs under file", `os.makedirs("tree/a.txt/x")`},
	{"islink int", `os.path.islink(3)`},
	{"lstat int", `os.lstat(3)`},
	{"getsize pathlike", `os.path.getsize(P("tree/a.txt"))`},
	{"stat pathlike", `os.stat(P("tree/a.txt")).st_size`},
	{"exists pathlike", `os.path.exists(P("tree"))`},
	{"scandir default", `"tree" in [e.name for e in os.scandir()]`},
	{"stat embedded null", `os.stat("a\0b")`},
	{"walk", `walked("tree")`},
	{"walk bottom up order", `bottom_up("tree")`},
	{"walk top down first", `next(os.walk("tree"))[0]`},
	{"walk missing", `list(os.walk("nope"))`},
	{"walk onerror", `[list(os.walk("nope", onerror=lambda e: print("onerror", type(e).__name__, e.filename))), "done"][1]`},
	{"walk prune", `pruned("tree")`},
	{"walk followlinks", `walked("dirlink", followlinks=True)`},
	{"walk bytes", `walked(b"tree/sub")`},
	{"stat fspath int", `os.stat(Bad())`},
	{"lstat fspath int", `os.lstat(Bad())`},
	{"scandir fspath int", `os.scandir(Bad())`},
	{"listdir fspath int", `os.listdir(Bad())`},
	{"listdir null", `os.listdir("tr\0ee")`},
	{"mkdir float", `os.mkdir(1.5)`},
}

// prepareTree fills dir with the files the cases look at:
//
//	tree/a.txt ("hello"), tree/sub/b.txt, tree/skip/c.txt, tree/link -> a.txt,
//	dirlink -> tree, broken -> nowhere
func prepareTree(t *testing.T, dir string) {
	t.Helper()
	for _, d := range []string{"tree/sub", "tree/skip/deeper"} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, d), 0o755))
	}
	for name, data := range map[string]string{"tree/a.txt": "hello", "tree/sub/b.txt": "bb", "tree/skip/c.txt": ""} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644))
	}
	require.NoError(t, os.Symlink("a.txt", filepath.Join(dir, "tree/link")))
	require.NoError(t, os.Symlink("tree", filepath.Join(dir, "dirlink")))
	require.NoError(t, os.Symlink("nowhere", filepath.Join(dir, "broken")))
}

// onerrorLines is what the script printed outside the cases: the lines
// of os.walk's onerror callbacks.
func onerrorLines(out string) string {
	var b strings.Builder
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "onerror") {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// TestDiffCPython36 runs every case under gpython-ssl and CPython 3.6,
// each in its own copy of the tree, and compares the outputs line by line.
func TestDiffCPython36(t *testing.T) {
	cwd, err := os.Getwd()
	require.NoError(t, err)
	t.Chdir(cwd) // restored after the test: the scripts chdir

	src := pytesting.CaseScript(prelude, cases)

	refDir, err := filepath.EvalSymlinks(t.TempDir())
	require.NoError(t, err)
	prepareTree(t, refDir)
	t.Setenv("OSPATH_TMP", refDir)
	want := pytesting.CPython36Output(t, "ospath", src)

	ourDir, err := filepath.EvalSymlinks(t.TempDir())
	require.NoError(t, err)
	prepareTree(t, ourDir)
	t.Setenv("OSPATH_TMP", ourDir)
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, os.Chdir(cwd))
	require.NoError(t, err, "gpython raised outside a case; output:\n%s", out)

	assert.Equal(t, onerrorLines(want), onerrorLines(out), "onerror output")
	pytesting.CompareCases(t, cases, want, out)
}
