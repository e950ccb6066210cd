package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// More differential cases against CPython 3.6 for the modules whose
// tests had the fewest (getpass and platform had 25 each, glob 26,
// fnmatch 28): wrong argument types and values, with the exception's
// class and message, and the less used corners. The host's own names are
// compared with os.uname() inside the script.

const auditMiscPrelude = pytesting.ShowRepr + `import os, sys, io, getpass, platform, fnmatch, glob, tempfile, shutil, warnings
U = os.uname()
D = os.path.realpath(tempfile.mkdtemp(prefix="std17-misc-"))
for n in ("a.py", "b.txt", ".hid", "sub/c.py", "sub/deep/d.py", "x[1].txt"):
    os.makedirs(os.path.dirname(os.path.join(D, n)), exist_ok=True)
    with open(os.path.join(D, n), "w") as f:
        f.write(n)
def G(pattern, **kw):
    return sorted(p[len(D):] for p in glob.glob(os.path.join(D, pattern), **kw))
def env(updates, f):
    saved = {k: os.environ.get(k) for k in updates}
    try:
        for k, v in updates.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        return f()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
def fallback(text, prompt="P: ", stream=None):
    old = sys.stdin
    sys.stdin = io.StringIO(text)
    out = stream if stream is not None else io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                pw = getpass.fallback_getpass(prompt, out)
            except EOFError as e:
                pw = ("EOFError", str(e))
        return pw, out.getvalue(), [str(x.message) for x in w]
    finally:
        sys.stdin = old
`

var auditMiscCases = []pytesting.Case{
	// getpass
	{"getpass names", `(getpass.getpass.__name__, getpass.fallback_getpass.__name__, getpass.getuser.__name__, getpass.GetPassWarning.__name__, getpass.GetPassWarning.__mro__[1].__name__)`},
	{"fallback eof", `fallback("")`},
	{"fallback two lines", `fallback("first\nsecond\n")`},
	{"fallback empty prompt", `fallback("x\n", "")`},
	{"fallback long prompt", `fallback("y\n", "Enter the pass phrase for key.pem: ")`},
	{"fallback crlf", `fallback("pw\r\n")`},
	{"fallback only newline", `fallback("\n")`},
	{"fallback prompt type", `fallback("z\n", 5)`},
	{"getuser precedence", `[env({"LOGNAME": a, "USER": b, "LNAME": c, "USERNAME": d}, getpass.getuser) for a, b, c, d in (("l", "u", "n", "m"), (None, "u", "n", "m"), (None, None, "n", "m"), (None, None, None, "m"))]`},
	{"getuser empty skipped", `env({"LOGNAME": "", "USER": "", "LNAME": "lname", "USERNAME": "x"}, getpass.getuser)`},
	{"getuser type", `type(getpass.getuser()).__name__`},
	{"getuser args", `getpass.getuser(1)`},
	{"getpass too many", `getpass.getpass("a", None, 3)`},
	{"fallback too many", `getpass.fallback_getpass("a", None, 3)`},
	// platform
	{"platform uname tuple", `(len(platform.uname()), platform.uname()[0] == U.sysname, platform.uname()[-1] == platform.processor(), platform.uname().version == U.version)`},
	{"platform uname index error", `platform.uname()[6]`},
	{"platform uname immutable", `setattr(platform.uname(), "system", "x")`},
	{"platform system alias", `[platform.system_alias(*a) for a in (("SunOS", "5.9", "v"), ("SunOS", "4.1", "v"), ("Microsoft", "Windows", "x"), ("Linux", "", ""))]`},
	{"platform python", `(platform.python_implementation(), platform.python_version_tuple()[:2], platform.python_version().count("."))`},
	{"platform architecture arg", `(platform.architecture(sys.executable, "1bit", "x")[0], platform.architecture(bits="64bit")[0])`},
	{"platform dist", `(lambda d: (type(d).__name__, len(d)))(platform.dist())`},
	{"platform linux_distribution args", `(lambda d: (type(d).__name__, len(d)))(platform.linux_distribution("x", "1", "i", full_distribution_name=0))`},
	{"platform platform args", `(platform.platform(0, 0) == platform.platform(), type(platform.platform(1)).__name__)`},
	{"platform node bad arg", `platform.node(1)`},
	{"platform win32_ver args", `(platform.win32_ver("r", "v", "c", "p"), platform.mac_ver("10", ("a", "b", "c"), "m"), platform.java_ver("r", "v"))`},
	{"platform libc_ver missing", `platform.libc_ver("/nonexistent/file")`},
	{"platform release types", `[type(f()).__name__ for f in (platform.system, platform.node, platform.release, platform.version, platform.machine)]`},
	// fnmatch
	{"fnmatch normcase", `(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatch("a/b", "a?b"), fnmatch.fnmatchcase("A", "a"))`},
	{"fnmatch classes", `[fnmatch.fnmatchcase(c, "[a-cx-z0-9_]") for c in "abcdwxyz059_-"]`},
	{"fnmatch reversed range", `(fnmatch.fnmatchcase("b", "[c-a]"), fnmatch.fnmatchcase("c", "[c-a]"))`},
	{"fnmatch negation forms", `[fnmatch.fnmatchcase(c, "[!a]") for c in "ab!^"] + [fnmatch.fnmatchcase(c, "[^a]") for c in "ab!^"]`},
	{"fnmatch special regex chars", `[fnmatch.fnmatchcase(n, p) for n, p in (("a+b", "a+b"), ("a.b", "a.b"), ("axb", "a.b"), ("(x)", "(x)"), ("a{1}", "a{1}"), ("$^", "$^"), ("a|b", "a|b"))]`},
	{"fnmatch filter bytes mixed", `fnmatch.filter(["a"], b"a")`},
	{"fnmatch filter none", `fnmatch.filter(None, "*")`},
	{"fnmatch none pattern", `fnmatch.fnmatch("a", None)`},
	{"fnmatch translate more", `[fnmatch.translate(p) for p in ("", "*", "?", "[!]", "[]", "[a-]", "\\*", "[[]", "a**b")]`},
	// glob
	{"glob basic", `(G("*"), G("*.py"), G("sub/*"), G("*/*.py"))`},
	{"glob hidden explicit", `(G(".*"), G(".h?d"), G("*hid"))`},
	{"glob brackets literal", `(G("x[1].txt"), G(glob.escape("x[1].txt")), G("x[[]1].txt"))`},
	{"glob recursive", `(G("**", recursive=True), G("**/*.py", recursive=True), G("sub/**", recursive=True))`},
	{"glob double star plain", `(G("**/*.py"), G("**"))`},
	{"glob trailing slash", `(G("sub/"), G("*/"), G("a.py/"))`},
	{"glob bytes", `sorted(p[len(D):] for p in glob.glob(os.fsencode(os.path.join(D, "*.py"))))`},
	{"glob int", `glob.glob(5)`},
	{"glob none", `glob.glob(None)`},
	{"glob iglob", `(lambda it: (next(it) is not None, sorted(p[len(D):] for p in it) is not None))(glob.iglob(os.path.join(D, "**"), recursive=True))`},
	{"glob escape drive", `(glob.escape("/a/*"), glob.escape("*?["), glob.escape(b"[x]"))`},
	{"glob missing", `(G("nope/*"), G("nope"), G("*/nope/**", recursive=True))`},
	{"cleanup", `(shutil.rmtree(D), os.path.exists(D))`},
}

// TestStd17AuditMisc compares the cases with CPython 3.6.
func TestStd17AuditMisc(t *testing.T) {
	pytesting.DiffCases(t, "std17_audit_misc", auditMiscPrelude, auditMiscCases)
}
