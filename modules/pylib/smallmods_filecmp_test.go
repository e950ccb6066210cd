package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of filecmp against CPython 3.6 on two trees built in
// a scratch directory (removed by the last case).

const filecmpPrelude = pytesting.ShowRepr + `import filecmp, os, tempfile, shutil, io, contextlib
D = tempfile.mkdtemp()
def mk(rel, data=b"", mtime=1000000000):
    p = os.path.join(D, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
    os.utime(p, (mtime, mtime))
    return p
mk("a/same", b"same"); mk("b/same", b"same")
mk("a/diff", b"left"); mk("b/diff", b"rite")
mk("a/sizes", b"short"); mk("b/sizes", b"longer one")
mk("a/stamp", b"abc", 1); mk("b/stamp", b"abc", 2)
mk("a/fake", b"xyz"); mk("b/fake", b"XYZ")
mk("a/only_a"); mk("b/only_b")
mk("a/sub/x", b"1"); mk("b/sub/x", b"2")
mk("a/sub/deep/y", b"y"); mk("b/sub/deep/y", b"y")
mk("a/sub/deep/z", b"z")
mk("a/mixed/f"); mk("b/mixed")
mk("a/CVS/ignored"); mk("b/.git/ignored"); mk("a/tags")
os.symlink(os.path.join(D, "nowhere"), os.path.join(D, "a", "broken"))
os.symlink(os.path.join(D, "nowhere"), os.path.join(D, "b", "broken"))
A = os.path.join(D, "a")
B = os.path.join(D, "b")
def rel(*parts):
    return [os.path.join(D, p) for p in parts]
def rep(f):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        f()
    return buf.getvalue().replace(D, "D")
def E(f):
    try:
        return f()
    except OSError as e:
        return type(e).__name__, str(e).replace(D, "D")
def attrs(d):
    return [(k, getattr(d, k)) for k in ("left_list", "right_list", "common", "left_only", "right_only", "common_dirs", "common_files", "common_funny", "same_files", "diff_files", "funny_files")]
`

var filecmpCases = []pytesting.Case{
	{"cmp same", `filecmp.cmp(*rel("a/same", "b/same"))`},
	{"cmp shallow fooled", `filecmp.cmp(*rel("a/fake", "b/fake"))`},
	{"cmp deep", `filecmp.cmp(*rel("a/fake", "b/fake"), shallow=False)`},
	{"cmp diff", `filecmp.cmp(*rel("a/diff", "b/diff"))`},
	{"cmp sizes", `filecmp.cmp(*rel("a/sizes", "b/sizes"), False)`},
	{"cmp stamps differ same content", `filecmp.cmp(*rel("a/stamp", "b/stamp"))`},
	{"cmp self", `filecmp.cmp(*rel("a/same", "a/same"))`},
	{"cmp directories", `filecmp.cmp(A, B)`},
	{"cmp missing", `E(lambda: filecmp.cmp(*rel("a/nope", "b/same")))`},
	{"cmp broken link", `E(lambda: filecmp.cmp(*rel("a/broken", "b/broken")))`},
	{"cmp cache", `(filecmp.clear_cache(), filecmp.cmp(*rel("a/fake", "b/fake"), shallow=False), len(filecmp._cache), filecmp.clear_cache(), len(filecmp._cache))`},
	{"cmp big", `(mk("a/big", b"x" * 20000 + b"1"), mk("b/big", b"x" * 20000 + b"2"), filecmp.cmp(*rel("a/big", "b/big"), shallow=False))[2]`},
	{"cmpfiles", `filecmp.cmpfiles(A, B, ["same", "diff", "fake", "stamp", "nope", "sub", "broken"])`},
	{"cmpfiles deep", `filecmp.cmpfiles(A, B, ["same", "fake", "stamp"], shallow=False)`},
	{"dircmp attrs", `attrs(filecmp.dircmp(A, B))`},
	{"dircmp subdirs", `sorted(filecmp.dircmp(A, B).subdirs)`},
	{"dircmp sub attrs", `attrs(filecmp.dircmp(A, B).subdirs["sub"])`},
	{"dircmp no ignore", `filecmp.dircmp(A, B, ignore=[]).left_list`},
	{"dircmp hide", `(filecmp.dircmp(A, B, hide=["same"]).common, filecmp.dircmp(A, B, ignore=["diff"], hide=[]).right_list)`},
	{"dircmp bad attr", `filecmp.dircmp(A, B).nothing`},
	{"dircmp missing dir", `E(lambda: filecmp.dircmp(A, os.path.join(D, "none")).common)`},
	{"dircmp left right", `(filecmp.dircmp(A, B).left == A, filecmp.dircmp(A, B).right == B)`},
	{"report", `rep(filecmp.dircmp(A, B).report)`},
	{"report partial", `rep(filecmp.dircmp(A, B).report_partial_closure)`},
	{"report full", `rep(filecmp.dircmp(A, B).report_full_closure)`},
	{"report identical", `rep(filecmp.dircmp(os.path.join(A, "sub", "deep"), os.path.join(A, "sub", "deep")).report)`},
	{"report empty", `(os.makedirs(os.path.join(D, "e1")), os.makedirs(os.path.join(D, "e2")), rep(filecmp.dircmp(os.path.join(D, "e1"), os.path.join(D, "e2")).report))[2]`},
	{"methodmap", `sorted((k, v.__name__) for k, v in filecmp.dircmp.methodmap.items())`},
	{"defaults", `(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE, filecmp.__all__)`},
	{"cmp arity", `filecmp.cmp("x")`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestSmallmodsFilecmp(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_filecmp", filecmpPrelude, filecmpCases)
}
