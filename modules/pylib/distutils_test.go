package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the distutils parts scripts use outside of
// packaging (version numbers, util, spawn, errors, log) and of the
// modules kept under CPython 3.6's private names (_collections_abc,
// _weakrefset, _bootlocale), against CPython 3.6.

const distutilsPrelude = pytesting.ShowRepr + `import io, os, sys, tempfile, shutil
import distutils
from distutils import log, errors, util, spawn
from distutils.version import StrictVersion, LooseVersion, Version
SV, LV = StrictVersion, LooseVersion
D = tempfile.mkdtemp(prefix="dut-")
def logged(fn, *args):
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    try:
        r = fn(*args)
    finally:
        out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
        sys.stdout, sys.stderr = old
    return r, out, err
`

var distutilsCases = []pytesting.Case{
	{"version string", `distutils.__version__ == sys.version.split()[0]`},
	{"strict parse", `[(SV(v).version, SV(v).prerelease, str(SV(v)), repr(SV(v))) for v in ("1.0", "1.0.0", "1.0.4", "2.3b1", "0.4a12", "10.20.30")]`},
	{"strict invalid", `[(lambda v: (lambda: SV(v)))(v)() for v in ("1", "1.0.0.0")]`},
	{"strict invalid 2", `SV("1.0c1")`},
	{"strict invalid 3", `SV("v1.0")`},
	{"strict order", `sorted(["1.0", "1.0a1", "1.0b2", "1.0.1", "0.9.9", "1.0b1", "1.0a2"], key=SV)`},
	{"strict compare", `(SV("1.0") == "1.0.0", SV("1.0a1") < "1.0", SV("1.0") > SV("1.0b9"), SV("2.0") >= "2.0", SV("1.1") <= "1.0", SV("1.0") != "1.0")`},
	{"strict compare other type", `SV("1.0") == 1`},
	{"strict compare bad text", `SV("1.0") < "x"`},
	{"loose parse", `[(LV(v).version, str(LV(v)), repr(LV(v))) for v in ("1.5.1", "1.5.2b2", "161", "3.10a", "8.02", "3.4j", "1996.07.12", "3.2.pl0", "3.1.1.6", "2g6", "11g", "0.960923", "2.2beta29", "1.13++", "5.5.kw", "2.0b1pl0", "1.0-rc1", "OpenSSL 1.1.1k")]`},
	{"loose order", `sorted(["1.10", "1.9", "1.9.1", "1.10a", "2", "1.0.0"], key=LV)`},
	{"loose compare", `(LV("1.10") > "1.9", LV("1.0") == LV("1.0"), LV("3.4j") < "3.4", LV("2.0") != "2.0.0")`},
	{"loose unorderable", `LV("1.0a") < LV("1.0.1")`},
	{"loose unorderable reversed", `LV("1.0.1") > LV("1.0a")`},
	{"loose empty", `(LV().__dict__, LV("").__dict__)`},
	{"version base", `(Version("x").__dict__ if False else Version().__dict__, Version.__eq__(SV("1.0"), "1.0"))`},
	{"strtobool", `[util.strtobool(w) for w in ("y", "YES", "t", "True", "on", "1", "n", "No", "f", "FALSE", "off", "0")]`},
	{"strtobool bad", `util.strtobool("Maybe")`},
	{"split_quoted", `[util.split_quoted(s) for s in ("a b  c", "  a 'b c' d ", 'a "b \\"c\\" d" e', "a\\ b c", "''", "x''y", "'a'\"b\"c", "a\\\\b", "-I/usr/include -DFOO='bar baz'", "tab\tsep\nnl")]`},
	{"split_quoted unmatched", `util.split_quoted("a 'b c")`},
	{"split_quoted unmatched double", `util.split_quoted('a "b')`},
	{"convert_path", `(util.convert_path("a/b/c"), util.convert_path(""), util.convert_path("/abs"))`},
	{"change_root", `(util.change_root("/root", "/usr/lib"), util.change_root("/root", "rel/x"))`},
	{"get_platform", `util.get_platform() == "linux-" + os.uname().machine`},
	{"subst_vars", `(os.environ.__setitem__("DUT_X", "env"), util.subst_vars("$a-$DUT_X-$PLAT-$$", {"a": 1}) == "1-env-" + util.get_platform() + "-$$")`},
	{"subst_vars missing", `util.subst_vars("$nope_dut", {})`},
	{"rfc822_escape", `util.rfc822_escape("a\nb\n c")`},
	{"execute", `(log.set_verbosity(1), logged(util.execute, lambda *a: print("ran", a), (1,)), logged(util.execute, max, (1, 2), "msg", 0, 1), log.set_threshold(log.WARN))`},
	{"execute default message", `(log.set_verbosity(1), logged(util.execute, os.path.join, ("a",)), log.set_threshold(log.WARN))`},
	{"grok", `util.grok_environment_error(OSError(2, "gone"))`},
	{"errors", `[(c.__name__, [b.__name__ for b in c.__mro__[1:]]) for c in (errors.DistutilsExecError, errors.DistutilsFileError, errors.CompileError, errors.LinkError, errors.DistutilsPlatformError)]`},
	{"log levels", `(log.DEBUG, log.INFO, log.WARN, log.ERROR, log.FATAL, log.set_threshold(log.INFO), log.set_threshold(log.WARN))`},
	{"log output", `logged(lambda: (log.info("i %s", 1), log.warn("w %d", 2), log.error("e"), log.debug("d"), log.fatal("f %s%%", "x")))`},
	{"log verbosity", `(log.set_verbosity(2), logged(lambda: (log.debug("dbg"), log.info("inf"))), log.set_verbosity(0), logged(log.info, "hidden"), log.set_threshold(log.WARN))`},
	{"log bad level", `log.log(9, "x")`},
	{"log object", `(lambda l: (l.threshold, logged(l.warn, "w"), logged(l.info, "i")))(log.Log(log.INFO))`},
	{"find_executable", `(spawn.find_executable("sh") is not None, spawn.find_executable("no-such-program-dut"), spawn.find_executable("sh", D))`},
	{"find_executable in path", `(open(os.path.join(D, "prog"), "w").close(), spawn.find_executable("prog", D) == os.path.join(D, "prog"), spawn.find_executable(os.path.join(D, "prog")) == os.path.join(D, "prog"))`},
	{"spawn ok", `logged(spawn.spawn, ["true"])`},
	{"spawn dry run", `(log.set_verbosity(1), logged(spawn.spawn, ["false", "x"], 1, 0, 1), log.set_threshold(log.WARN))`},
	{"spawn status", `spawn.spawn(["sh", "-c", "exit 3"])`},
	{"spawn signal", `spawn.spawn(["sh", "-c", "kill -9 $$"])`},
	{"spawn missing", `logged(lambda: spawn.spawn(["no-such-program-dut"]))`},
	{"private abc names", `(lambda c: (c.Mapping is __import__("collections.abc").abc.Mapping, sorted(k for k in vars(c) if not k.startswith("__")), c.__all__))(__import__("_collections_abc"))`},
	{"private abc iterator types", `(lambda c: [t.__name__ for t in (c.bytes_iterator, c.list_reverseiterator, c.longrange_iterator, c.zip_iterator, c.mappingproxy, c.coroutine, c.async_generator, c.generator, c.dict_items)])(__import__("_collections_abc"))`},
	{"private weakrefset", `(__import__("_weakrefset").WeakSet is __import__("weakref").WeakSet, __import__("_weakrefset").__all__)`},
	{"private bootlocale", `(lambda b: (b.getpreferredencoding(False) == __import__("locale").getpreferredencoding(False), b.getpreferredencoding(do_setlocale=False) == __import__("locale").getpreferredencoding(False)))(__import__("_bootlocale"))`},
	{"private bootlocale setlocale refused", `__import__("_bootlocale").getpreferredencoding()`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestDistutilsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "distutils_differential", distutilsPrelude, distutilsCases)
}
