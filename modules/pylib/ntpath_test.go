package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of ntpath, nturl2path and macpath (Lib/modules)
// against CPython 3.6: Windows and classic Mac path names as pure
// strings and bytes.

const ntpathPrelude = pytesting.ShowRepr + `import ntpath, nturl2path, macpath, os, warnings
def each(f, *items):
    out = []
    for x in items:
        try:
            out.append(f(x))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out
UNCS = ["\\\\srv\\share\\dir\\f.txt", "//srv/share/x", "\\\\srv\\share", "\\\\srv", "\\\\\\srv\\share", "//srv//share", "\\\\srv\\share\\", "c:", "c:\\", "c:x\\y", "x\\y", "", "\\", "/a/b/", "\\\\?\\c:\\x", "\\\\.\\dev"]
`

var ntpathCases = []pytesting.Case{
	{"splitdrive", `each(ntpath.splitdrive, *UNCS)`},
	{"splitdrive bytes", `each(ntpath.splitdrive, b"c:\\x", b"//srv/share/y", b"")`},
	{"split", `each(ntpath.split, *UNCS)`},
	{"split more", `each(ntpath.split, "c:\\\\\\", "c:\\a\\\\b", "a/b\\c", "\\\\\\", b"c:\\x\\y")`},
	{"basename dirname", `[(ntpath.basename(p), ntpath.dirname(p)) for p in UNCS]`},
	{"splitext", `each(ntpath.splitext, "a.b", "a\\.b", "a\\..b", "c:/d.e/f", "f.tar.gz", ".bashrc", "...x", "a.b/c", "x.", b"y.z")`},
	{"isabs", `each(ntpath.isabs, *UNCS)`},
	{"normcase", `each(ntpath.normcase, "A/B\\C", b"X/Y", "")`},
	{"normpath", `each(ntpath.normpath, *UNCS)`},
	{"normpath dots", `each(ntpath.normpath, "a/../../b", "c:\\..\\x", "\\..\\x", "./.", "a\\.\\b\\..\\c", "c:a/../..", "//srv/share/../x", "a//b///c", b"a/../b", "..")`},
	{"join", `[ntpath.join("a", "b"), ntpath.join("a\\", "b"), ntpath.join("c:", "x"), ntpath.join("c:\\a", "\\b"), ntpath.join("c:\\a", "d:b"), ntpath.join("c:\\a", "C:b"), ntpath.join("c:", "C:"), ntpath.join("//srv/share", "x"), ntpath.join("//srv/share", "\\x"), ntpath.join("a", "", ""), ntpath.join(""), ntpath.join("a", "c:"), ntpath.join(b"a", b"b")]`},
	{"join errors", `each(lambda a: ntpath.join(*a), (1,), ("a", 1), ("a", b"b"), (b"a", "b"), ())`},
	{"type errors", `[each(f, 1) for f in (ntpath.normcase, ntpath.splitdrive, ntpath.split, ntpath.normpath, ntpath.isabs, ntpath.splitext, ntpath.basename)]`},
	{"abspath", `(ntpath.abspath("a\\b") == ntpath.normpath(os.getcwd() + "\\a\\b"), ntpath.abspath("c:\\x\\..\\y"), ntpath.abspath(b"c:/q"), ntpath.realpath("c:/r/./s"))`},
	{"relpath", `[ntpath.relpath("c:\\a\\b\\c", "c:\\a"), ntpath.relpath("c:\\a", "c:\\a\\b\\c"), ntpath.relpath("C:\\A\\x", "c:\\a\\y"), ntpath.relpath("c:\\a", "c:\\a"), ntpath.relpath(b"c:\\a\\b", b"c:\\")]`},
	{"relpath errors", `each(lambda a: ntpath.relpath(*a), ("",), ("c:\\a", "d:\\b"), ("a", 1), ("a", b"b"))`},
	{"commonpath", `[ntpath.commonpath(["c:\\a\\b", "C:/a/c"]), ntpath.commonpath(["a\\b", "a\\c\\d"]), ntpath.commonpath(["\\a", "/a/b"]), ntpath.commonpath(["c:/x/"]), ntpath.commonpath([b"a/b", b"a/c"]), ntpath.commonpath(["a/./b", "a/b/c"])]`},
	{"commonpath errors", `each(ntpath.commonpath, [], ["a", b"b"], ["/a", "b"], ["c:/a", "d:/a"], ["a", 1])`},
	{"commonprefix", `(ntpath.commonprefix([]), ntpath.commonprefix(["abc", "abd", "ab"]), ntpath.commonprefix(["", "x"]), ntpath.commonprefix(["c:\\a", "c:\\b"]))`},
	{"expanduser", `(lambda h: (ntpath.expanduser("~\\x") == h + "\\x", ntpath.expanduser("~bob\\y") == ntpath.join(ntpath.dirname(h), "bob") + "\\y", ntpath.expanduser("a~"), ntpath.expanduser(b"~") == os.fsencode(h)))(os.environ["HOME"])`},
	{"expandvars", `(os.environ.__setitem__("NTV", "val"), each(ntpath.expandvars, "$NTV/x", "${NTV}y", "%NTV%z", "%NOPE%", "$NOPE", "'$NTV'", "$$", "%%", "%NTV", "${NTV", "a$", "'open", "$NTV-x", b"$NTV %NTV%"))`},
	{"ismount", `each(ntpath.ismount, "c:\\", "c:", "\\\\srv\\share\\", "\\\\srv\\share\\x", "/", "/x", b"c:/")`},
	{"splitunc", `(warnings.simplefilter("ignore"), each(ntpath.splitunc, "//a/b/c", "c:\\x", "\\\\srv", "x"))`},
	{"stat functions", `(ntpath.exists("/"), ntpath.isdir("/"), ntpath.isfile("/"), ntpath.islink("/nonexistent"), ntpath.lexists("/"), each(ntpath.getsize, "/nonexistent"), each(ntpath.islink, 1))`},
	{"constants", `(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.curdir, ntpath.pardir, ntpath.extsep, ntpath.defpath, ntpath.devnull, ntpath.supports_unicode_filenames)`},
	{"all", `ntpath.__all__`},
	{"pathlike", `(lambda P: (ntpath.join(P("c:/a"), P("b")), ntpath.splitdrive(P("d:x")), ntpath.normpath(P("a/./b"))))(type("P", (), {"__init__": lambda s, p: setattr(s, "p", p), "__fspath__": lambda s: s.p}))`},
	{"url2pathname", `each(nturl2path.url2pathname, "///C|/foo/bar/spam.foo", "///C:/foo/bar", "//host/share/a%20b", "////host/share/x", "/C|/", "C|", "a|b|c", "1|x", "|x", "plain/rel")`},
	{"pathname2url", `each(nturl2path.pathname2url, "C:\\foo\\bar\\spam.foo", "c:", "\\\\host\\share\\a b", "rel\\p q", "ab:c", "a:b:c", "")`},
	{"macpath split", `each(macpath.split, "vol:dir:file", "file", ":rel:f", "vol:", "a:b:", b"x:y")`},
	{"macpath join", `[macpath.join("a", "b"), macpath.join("a:", "b"), macpath.join(":a", ":b"), macpath.join("a", "v:b"), macpath.join("", "x"), macpath.join("a"), macpath.join(b"a", b"b")] + each(lambda a: macpath.join(*a), ("a", b"b"), (1,))`},
	{"macpath normpath", `each(macpath.normpath, "vol:a::b", "vol::a", "a", ":a:b:", "vol:", "::", ":a::", b"v:a::b")`},
	{"macpath misc", `(macpath.isabs("v:x"), macpath.isabs(":x"), macpath.isabs("x"), macpath.splitext("a:b.c"), macpath.splitdrive("v:x"), macpath.normcase("AbC"), macpath.ismount("v:"), macpath.ismount("v:x"), macpath.expanduser("~"), macpath.expandvars("$x"), macpath.islink("/"), macpath.abspath("v:a"), macpath.abspath("a") == macpath.join(os.getcwd(), "a"))`},
	{"macpath constants", `(macpath.sep, macpath.pathsep, macpath.curdir, macpath.pardir, macpath.extsep, macpath.altsep, macpath.defpath, macpath.devnull, macpath.supports_unicode_filenames, macpath.__all__, macpath.norm_error.__doc__, macpath.S_ISDIR(0o40000))`},
}

func TestNtpathDifferential(t *testing.T) {
	pytesting.DiffCases(t, "ntpath", ntpathPrelude, ntpathCases)
}
