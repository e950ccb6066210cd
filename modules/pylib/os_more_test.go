package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of os functions that programs
// (and CPython's own test support) use around directories, descriptor
// inheritance and the capability sets: removedirs, renames,
// get/set_inheritable, device_encoding, access's flags, stat_float_times
// and supports_*.

const osMorePrelude = pytesting.ShowRepr + `import os, tempfile, shutil, warnings
D = tempfile.mkdtemp(prefix="osm-")
def P(*parts):
    return os.path.join(D, *parts)
def exists(*parts):
    return os.path.exists(P(*parts))
def names(s):
    return sorted(f.__name__ for f in s)
def tried(f):
    try:
        return f()
    except OSError as e:
        return type(e).__name__, e.errno, str(e).replace(D, "<D>")
os.makedirs(P("a", "b", "c"))
os.makedirs(P("keep", "sub"))
open(P("keep", "file"), "w").close()
open(P("f.txt"), "w").close()
os.symlink(P("nowhere"), P("dangling"))
`

var osMoreCases = []pytesting.Case{
	{"removedirs prunes empty parents", `(os.removedirs(P("a", "b", "c")), exists("a"), os.path.isdir(D))`},
	{"removedirs stops at a non-empty parent", `(os.removedirs(P("keep", "sub")), exists("keep"), exists("keep", "file"))`},
	{"removedirs trailing slash", `(os.makedirs(P("t", "u")), os.removedirs(P("t", "u") + "/"), exists("t"))`},
	{"removedirs missing", `tried(lambda: os.removedirs(P("nope")))`},
	{"removedirs not empty", `tried(lambda: os.removedirs(P("keep")))`},
	{"renames", `(os.makedirs(P("r1", "r2")), open(P("r1", "r2", "x"), "w").close(), os.renames(P("r1", "r2", "x"), P("n1", "n2", "y")), exists("r1"), exists("n1", "n2", "y"))`},
	{"renames missing", `tried(lambda: os.renames(P("zz"), P("q", "zz")))`},
	{"inheritable", `(lambda fds: (os.get_inheritable(fds[0]), os.set_inheritable(fds[0], True), os.get_inheritable(fds[0]), os.set_inheritable(fds[0], False), os.get_inheritable(fds[0]), [os.close(fd) for fd in fds]))(os.pipe())`},
	{"inheritable bad fd", `tried(lambda: os.get_inheritable(9999))`},
	{"set_inheritable bad fd", `tried(lambda: os.set_inheritable(9999, True))`},
	{"device_encoding not a tty", `(lambda fd: (os.device_encoding(fd), os.close(fd)))(os.open(P("f.txt"), os.O_RDONLY))`},
	{"access follow_symlinks", `(os.access(P("dangling"), os.F_OK), os.access(P("dangling"), os.F_OK, follow_symlinks=False))`},
	{"access effective_ids", `(os.access(P("f.txt"), os.R_OK, effective_ids=True), os.access(P("nope"), os.R_OK, effective_ids=True))`},
	{"stat_float_times", `(lambda w: (os.stat_float_times(), [str(x.message) for x in w], [x.category.__name__ for x in w]))(warnings.catch_warnings(record=True).__enter__() if warnings.simplefilter("always") is None else None)`},
	{"supports_fd", `[n in names(os.supports_fd) for n in ("chdir", "chmod", "chown", "stat", "statvfs", "truncate", "utime")]`},
	{"supports_follow_symlinks", `[n in names(os.supports_follow_symlinks) for n in ("access", "chown", "stat", "utime")]`},
	{"supports_effective_ids", `names(os.supports_effective_ids)`},
	{"supports_bytes_environ", `os.supports_bytes_environ`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestOSMoreDifferential(t *testing.T) {
	pytesting.DiffCases(t, "os_more", osMorePrelude, osMoreCases)
}
