package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of shutil's archive functions (make_archive,
// unpack_archive and the format registries) against CPython 3.6. Member
// lists are sorted: directory order is the file system's.

const shutilArchivePrelude = pytesting.ShowRepr + `import shutil, zipfile, tarfile, os, tempfile
D = tempfile.mkdtemp(prefix="sha-")
def P(*a):
    return os.path.join(D, *a)
os.makedirs(P("root", "top", "sub"))
with open(P("root", "top", "a.txt"), "w") as f:
    f.write("a\n")
with open(P("root", "top", "sub", "b.txt"), "w") as f:
    f.write("b\n")
SUFFIX = {"gztar": ".tar.gz", "bztar": ".tar.bz2", "xztar": ".tar.xz", "tar": ".tar"}
def made(fmt, **kw):
    name = shutil.make_archive(P("out", fmt), fmt, P("root"), "top", **kw)
    return os.path.relpath(name, D)
def members(fmt):
    with tarfile.open(P("out", fmt + SUFFIX[fmt])) as tf:
        return sorted((m.name, m.uname, m.gname, m.type) for m in tf)
def hide(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e).replace(D, "<D>")
`

var shutilArchiveCases = []pytesting.Case{
	{"archive formats", `shutil.get_archive_formats()`},
	{"unpack formats", `shutil.get_unpack_formats()`},
	{"make zip", `(made("zip"), zipfile.ZipFile(P("out", "zip.zip")).namelist())`},
	{"zip entries", `[(i.filename, i.compress_type, i.file_size) for i in zipfile.ZipFile(P("out", "zip.zip")).infolist()]`},
	{"make gztar", `(made("gztar", owner="root", group="root"), members("gztar"))`},
	{"make bztar", `(made("bztar"), [m[0] for m in members("bztar")])`},
	{"make xztar", `(made("xztar", owner="root"), members("xztar"))`},
	{"make tar", `(made("tar", group="root"), members("tar"))`},
	{"make default base_dir", `sorted(tarfile.open(shutil.make_archive(P("out", "whole"), "tar", P("root", "top"))).getnames())`},
	{"make dry run", `(os.path.relpath(shutil.make_archive(P("dry", "x"), "gztar", P("root"), dry_run=1), D), os.path.exists(P("dry")))`},
	{"make unknown", `shutil.make_archive("x", "rar")`},
	{"unpack unknown ext", `shutil.unpack_archive("foo.rar")`},
	{"unpack unknown format", `shutil.unpack_archive("foo.zip", "d", "rar")`},
	{"unpack zip", `(shutil.unpack_archive(P("out", "zip.zip"), P("u1")), sorted(os.listdir(P("u1", "top"))), open(P("u1", "top", "sub", "b.txt")).read())`},
	{"unpack xztar", `(shutil.unpack_archive(P("out", "xztar.tar.xz"), P("u2")), sorted(os.listdir(P("u2", "top"))))`},
	{"unpack by format", `(shutil.unpack_archive(P("out", "tar.tar"), P("u3"), "gztar"), sorted(os.listdir(P("u3", "top"))))`},
	{"unpack not zip", `hide(lambda: shutil.unpack_archive(P("root", "top", "a.txt"), P("u4"), "zip"))`},
	{"unpack not tar", `hide(lambda: shutil.unpack_archive(P("root", "top", "a.txt"), P("u4"), "tar"))`},
	{"register not callable", `shutil.register_archive_format("x", 5)`},
	{"register bad extra", `shutil.register_archive_format("x", len, 5)`},
	{"register bad pair", `shutil.register_archive_format("x", len, [(1,)])`},
	{"register unpack taken", `shutil.register_unpack_format("x", [".zip"], len)`},
	{"register unpack not callable", `shutil.register_unpack_format("x", [".qq"], 5)`},
	{"unregister missing", `(hide(lambda: shutil.unregister_archive_format("nope")), hide(lambda: shutil.unregister_unpack_format("nope")))`},
	{"custom format", `(shutil.register_archive_format("mine", lambda b, d, **k: (b, d, sorted(k.items())), [("q", 1)], "mine"), shutil.make_archive("base", "mine"), shutil.get_archive_formats()[1], shutil.unregister_archive_format("mine"), len(shutil.get_archive_formats()))`},
	{"custom unpack", `(shutil.register_unpack_format("mine", [".mine"], lambda f, d, **k: print("unpack", f, os.path.relpath(d, D), sorted(k.items())), [("z", 2)]), shutil.unpack_archive("a.mine", P("x")), shutil.unregister_unpack_format("mine"))`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestShutilArchiveDifferential(t *testing.T) {
	t.Setenv("TZ", "UTC") // listings and ZIP dates are local time; the stored output is UTC's
	pytesting.DiffCases(t, "shutil_archive", shutilArchivePrelude, shutilArchiveCases)
}
