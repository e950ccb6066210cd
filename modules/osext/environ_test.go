package osext_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl" // subprocess, collections and the rest of the stdlib
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// os.environ, os.getenv, os.environb and os.popen against CPython 3.6:
// a change through os.environ is what os.getenv, os.system, os.popen and
// subprocess then see. Each case uses its own variable names, so the
// cases do not depend on each other's order.
const environPrelude = `import os, subprocess, collections.abc
def _show(name, f):
    try:
        print(name, "=>", repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__module__, type(e).__name__, str(e))
def setget(k, v):
    os.environ[k] = v
    return os.getenv(k)
def child(cmd):
    return subprocess.check_output(["sh", "-c", cmd])
def deleted(k):
    os.environ[k] = "x"
    del os.environ[k]
    return os.getenv(k), k in os.environ, child("echo x$" + k + "x")
`

var environCases = []pytesting.Case{
	{"getenv sees set", `setget("H7_A", "1")`},
	{"getenv default", `os.getenv("H7_NEVER_SET", "dflt")`},
	{"getenv none", `os.getenv("H7_NEVER_SET")`},
	{"getenv int key", `os.getenv(1)`},
	{"subprocess sees set", `(setget("H7_B", "two words"), child("echo $H7_B"))`},
	{"system sees set", `(setget("H7_C", "v"), os.system('test "$H7_C" = v'))`},
	{"popen sees set", `(setget("H7_D", "pv"), os.popen("echo $H7_D").read())`},
	{"popen close status", `(os.popen("exit 3").close(), os.popen("true").close())`},
	{"popen write", `os.popen("cat >/dev/null", "w").close()`},
	{"popen bad mode", `os.popen("true", "rb")`},
	{"popen bad cmd", `os.popen(["true"])`},
	{"popen unbuffered", `os.popen("true", "r", 0)`},
	{"popen with", `(lambda p: (p.__enter__() is p, p.readline(), p.__exit__(None, None, None)))(os.popen("echo a; echo b"))`},
	{"deleted", `deleted("H7_E")`},
	{"del missing", `os.environ.__delitem__("H7_NEVER_SET")`},
	{"get missing", `os.environ["H7_NEVER_SET"]`},
	{"set int value", `os.environ.__setitem__("H7_F", 1)`},
	{"set int key", `os.environ.__setitem__(1, "a")`},
	{"contains int", `1 in os.environ`},
	{"pop", `(setget("H7_G", "g"), os.environ.pop("H7_G"), os.getenv("H7_G"), os.environ.pop("H7_G", "gone"))`},
	{"pop missing", `os.environ.pop("H7_NEVER_SET")`},
	{"setdefault", `(os.environ.setdefault("H7_H", "h"), os.environ.setdefault("H7_H", "other"), child("echo $H7_H"))`},
	{"update", `(os.environ.update({"H7_I": "i"}, H7_J="j"), os.getenv("H7_I"), child("echo $H7_I$H7_J"))`},
	{"update pairs", `(os.environ.update([("H7_K", "k")]), os.getenv("H7_K"))`},
	{"update too many", `os.environ.update({}, {})`},
	{"copy", `(type(os.environ.copy()).__name__, os.environ.copy() == dict(os.environ))`},
	{"type", `(type(os.environ).__name__, isinstance(os.environ, collections.abc.MutableMapping))`},
	{"repr", `repr(os.environ)[:9]`},
	{"len", `len(os.environ) == len(list(os.environ)) == len(os.environ.keys())`},
	{"items", `(setget("H7_L", "l"), [kv for kv in os.environ.items() if kv[0] == "H7_L"])`},
	{"environb sees set", `(setget("H7_M", "m"), os.environb[b"H7_M"])`},
	{"environb set", `(os.environb.__setitem__(b"H7_N", b"n"), os.environ["H7_N"], child("echo $H7_N"))`},
	{"environb str key", `os.environb["H7_M"]`},
	{"putenv not in environ", `(os.putenv("H7_O", "o"), os.getenv("H7_O"), child("echo $H7_O"))`},
	{"explicit env", `subprocess.check_output(["sh", "-c", "echo x${H7_A}x"], env={"PATH": os.environ["PATH"]})`},
	{"empty env", `subprocess.check_output(["/usr/bin/env"], env={})`},
}

func TestEnvironDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "environ", environPrelude, environCases)
}
