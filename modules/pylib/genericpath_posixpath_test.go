package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of genericpath (the functions every path module
// shares) against CPython 3.6.

const genericpathPrelude = pytesting.ShowRepr + `import genericpath as g, os, tempfile
D = tempfile.mkdtemp(prefix="gp-")
F = os.path.join(D, "f.txt")
with open(F, "w") as fh:
    fh.write("hello")
def check(*a):
    try:
        return g._check_arg_types("f", *a)
    except TypeError as e:
        return "TypeError", str(e)
`

var genericpathCases = []pytesting.Case{
	{"all", `sorted(g.__all__)`},
	{"predicates", `(g.exists(D), g.isdir(D), g.isfile(F), g.isfile(D), g.exists(F + "x"), g.getsize(F))`},
	{"times", `g.getmtime(F) == os.stat(F).st_mtime`},
	{"samefile", `(g.samefile(F, F), g.samestat(os.stat(F), os.stat(D)))`},
	{"commonprefix", `(g.commonprefix(["abc", "abd"]), g.commonprefix([]), g.commonprefix([b"xy", b"xz"]))`},
	{"splitext", `[g._splitext(p, "/", None, ".") for p in ("a/.b.c", "...x", "a.b/c", "x.", ".a", "a/b")]`},
	{"splitext bytes", `g._splitext(b"dir.d/f.tar.gz", b"/", None, b".")`},
	{"check types", `[check("a", "b"), check(b"a", b"b"), check("a", b"b"), check("a", 3), check(None)]`},
	{"getsize missing", `g.getsize("/nonexistent-gp/nope")`},
	{"cleanup", `(os.remove(F), os.rmdir(D))`},
}

func TestGenericpathDifferential(t *testing.T) {
	pytesting.DiffCases(t, "genericpath", genericpathPrelude, genericpathCases)
}

// posixpath's realpath through links and loops, and the functions defined
// on open descriptors, with os's full set of functions at hand.
const posixLinksPrelude = pytesting.ShowRepr + `import posixpath, os, tempfile, shutil
D = os.path.realpath(tempfile.mkdtemp(prefix="pl-"))
HOME = os.getcwd()
os.chdir(D)
os.makedirs("tree/sub")
with open("tree/a.txt", "w") as fh:
    fh.write("x")
os.symlink("tree/sub", "sublink")
os.symlink("tree", "dirlink")
os.symlink("loop2", "loop1")
os.symlink("loop1", "loop2")
os.symlink("self", "self")
os.symlink(D + "/tree/sub", "abslink")
def rel(p):
    return p.replace(D, "<D>") if isinstance(p, str) else p.replace(D.encode(), b"<D>")
`

var posixLinksCases = []pytesting.Case{
	{"link then up", `(rel(posixpath.realpath("sublink/..")), rel(posixpath.realpath(b"sublink/../a.txt")))`},
	{"absolute link then up", `rel(posixpath.realpath(D + "/abslink/../../dirlink"))`},
	{"loop", `[rel(posixpath.realpath(p)) for p in ("loop1", "loop1/x", "loop1/..", "loop1/../tree", "loop2/../loop1")]`},
	{"self loop", `[rel(posixpath.realpath(p)) for p in ("self", "./self/a/b", "self/..")]`},
	{"relative up", `rel(posixpath.realpath("../" + os.path.basename(D) + "/dirlink/sub/.."))`},
	{"leading dotdot", `posixpath.realpath("..") == os.path.dirname(D)`},
	{"sameopenfile", `(lambda a, b: (posixpath.sameopenfile(a, b), os.close(a), os.close(b)))(os.open("tree/a.txt", os.O_RDONLY), os.open(D + "/dirlink/a.txt", os.O_RDONLY))`},
	{"sameopenfile bad fd", `posixpath.sameopenfile(0, 9999)`},
	{"sameopenfile str", `posixpath.sameopenfile("a", 0)`},
	{"cleanup", `(os.chdir(HOME), shutil.rmtree(D))`},
}

func TestPosixpathLinksDifferential(t *testing.T) {
	pytesting.DiffCases(t, "posixpath_links", posixLinksPrelude, posixLinksCases)
}
