package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what sysconfig's own tests
// reach behind its public names: _get_default_scheme, _expand_vars,
// _parse_makefile, get_platform on other systems (os.uname, sys.version
// and sys.platform patched, with _osx_support's platform tags), and
// the _osx_support helpers.

const sysconfigMorePrelude = pytesting.ShowRepr + `import sysconfig, _osx_support, os, sys, tempfile
def platform_as(name, plat, version, uname, cvars=None, maxsize=None):
    saved = (os.name, sys.platform, sys.version, os.uname, sys.maxsize)
    saved_vars = dict(sysconfig.get_config_vars())
    env = os.environ.pop("_PYTHON_HOST_PLATFORM", None)
    try:
        os.name, sys.platform, sys.version = name, plat, version
        os.uname = lambda: os.uname_result(uname)
        if maxsize is not None:
            sys.maxsize = maxsize
        _osx_support._remove_original_values(sysconfig.get_config_vars())
        sysconfig.get_config_vars().update(cvars or {})
        try:
            return sysconfig.get_platform()
        except Exception as e:
            return type(e).__name__, str(e)
    finally:
        os.name, sys.platform, sys.version, os.uname, sys.maxsize = saved
        sysconfig.get_config_vars().clear()
        sysconfig.get_config_vars().update(saved_vars)
        if env is not None:
            os.environ["_PYTHON_HOST_PLATFORM"] = env
MAC = ("Darwin", "h", "8.11.1", "v", "i386")
def arch(*names, target="10.4"):
    flags = " ".join("-arch " + n for n in names) + " -isysroot /SDK -O3"
    return platform_as("posix", "darwin", "3.6", MAC, {"MACOSX_DEPLOYMENT_TARGET": target, "CFLAGS": flags})
def makefile(text):
    fd, path = tempfile.mkstemp()
    with os.fdopen(fd, "w") as f:
        f.write(text)
    try:
        return sorted(sysconfig._parse_makefile(path).items())
    finally:
        os.remove(path)
`

var sysconfigMoreCases = []pytesting.Case{
	{"default scheme", `(sysconfig._get_default_scheme(), sysconfig._SCHEME_KEYS == sysconfig.get_path_names())`},
	{"expand vars", `sorted(sysconfig._expand_vars("posix_home", {"base": "/b", "installed_base": "/i"}).items())`},
	{"expand vars default", `sysconfig._expand_vars(sysconfig._get_default_scheme(), None) == sysconfig.get_paths()`},
	{"windows", `[platform_as("nt", "win32", "3.6 [MSC v.1900 32 bit (%s)]" % m, MAC) for m in ("Intel", "AMD64", "Itanium")]`},
	{"linux", `platform_as("posix", "linux2", "3.6", ("Linux", "h", "2.6", "v", "i686"))`},
	{"linux machine text", `platform_as("posix", "linux", "3.6", ("Linux", "h", "2.6", "v", "Power Mac/x"))`},
	{"mac ppc", `[platform_as("posix", "darwin", "3.6", ("Darwin", "h", "8", "v", "PowerPC"), {"MACOSX_DEPLOYMENT_TARGET": "10.3", "CFLAGS": "-O3"}, m) for m in (2**31 - 1, 2**63 - 1)]`},
	{"mac i386", `[platform_as("posix", "darwin", "3.6", MAC, {"MACOSX_DEPLOYMENT_TARGET": "10.3", "CFLAGS": "-O3"}, m) for m in (2**31 - 1, 2**63 - 1)]`},
	{"mac fat", `[arch("ppc", "i386"), arch("x86_64", "i386"), arch("x86_64", "ppc", "i386"), arch("ppc64", "x86_64", "ppc", "i386"), arch("x86_64", "ppc64")]`},
	{"mac single arch", `[arch(a) for a in ("ppc", "i386", "x86_64", "ppc64")]`},
	{"mac unknown archs", `arch("arm64", "x86_64")`},
	{"mac old target", `arch("ppc", "i386", target="10.3")`},
	{"mac no target", `platform_as("posix", "darwin", "3.6", MAC, {"CFLAGS": "-O3"})`},
	{"solaris", `platform_as("posix", "sunos5", "3.6", ("SunOS", "h", "5.10", "v", "sun4u"))`},
	{"makefile", `makefile("var1=a$(VAR2)\nVAR2=b$(var3)\nvar3=42\nvar4=$/invalid\nvar5=dollar$$5\nvar6=${var3}/lib/python3.5/config-$(VAR2)$(var5)-x86_64-linux-gnu\n")`},
	{"makefile comments and blanks", `makefile("# c\n\nA = 1\nB=  two words  \nC=$(A)$(A)\n")`},
	{"osx remove originals", `(lambda d: (_osx_support._save_modified_value(d, "CFLAGS", "-b"), _osx_support._save_modified_value(d, "CFLAGS", "-c"), sorted(d.items()), _osx_support._remove_original_values(d), sorted(d.items())))({"CFLAGS": "-a"})`},
	{"osx compiler_fixup", `_osx_support.compiler_fixup(["cc", "-arch", "ppc", "-O2", "-isysroot", "/s", "-c"], ["-arch", "x86_64", "-isysroot", "/t"])`},
	{"ldshared", `sysconfig.get_config_var("LDFLAGS") in sysconfig.get_config_var("LDSHARED")`},
	{"python source dir", `sysconfig._is_python_source_dir(tempfile.gettempdir())`},
}

func TestSysconfigMoreDifferential(t *testing.T) {
	pytesting.DiffCases(t, "sysconfig_more", sysconfigMorePrelude, sysconfigMoreCases)
}
