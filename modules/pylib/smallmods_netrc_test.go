package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of netrc against CPython 3.6 on files written to a
// scratch directory (removed by the last case).

const netrcPrelude = pytesting.ShowRepr + `import netrc, os, tempfile, shutil, subprocess
D = tempfile.mkdtemp()
F = os.path.join(D, "f.netrc")
def parse(text):
    with open(F, "w") as f:
        f.write(text)
    n = netrc.netrc(F)
    return sorted(n.hosts.items()), sorted(n.macros.items()), n.authenticators("a"), n.authenticators("zz"), repr(n)
def err(text):
    try:
        parse(text)
    except netrc.NetrcParseError as e:
        return type(e).__name__, e.msg, e.filename == F, e.lineno, str(e).replace(F, "F"), e.args
def with_home(text, mode, name=".netrc", owner=None):
    home = os.path.join(D, "home")
    os.makedirs(home, exist_ok=True)
    p = os.path.join(home, name)
    with open(p, "w") as f:
        f.write(text)
    os.chmod(p, mode)
    if owner is not None:
        subprocess.check_call(["chown", "%d:%d" % (owner, owner), p])
    old = os.environ.get("HOME")
    os.environ["HOME"] = home
    try:
        return netrc.netrc().hosts
    except netrc.NetrcParseError as e:
        return e.msg, e.lineno, e.filename == p
    finally:
        if old is None:
            del os.environ["HOME"]
        else:
            os.environ["HOME"] = old
`

var netrcCases = []pytesting.Case{
	{"simple", `parse("machine a login u password p\n")`},
	{"account and default", `parse("machine a login u password p account c\ndefault login d password q\n")`},
	{"multi line and macro", `parse("machine a\n  login u\n  password p\nmacdef init\nline1\nline 2\n\nmachine b login x password y\n")`},
	{"macro to end of file", `parse("macdef m\nno end")`},
	{"macro name then text", `parse("macdef m extra words\nbody\n\n")`},
	{"user synonym", `parse("machine a user u password p\n")`},
	{"comment lines", `parse("# comment\nmachine a login u password p # trailing words\n")`},
	{"hash inside word", `parse("machine a login u password p#x\n")`},
	{"hash word at top", `err("machine a login u password p\n#machine b password q\n")`},
	{"lone hash then newline", `parse("machine a login u password p\n#\n machine b password q")`},
	{"empty file", `parse("")`},
	{"later entry wins", `parse("machine a password p\nmachine a login v password q\n")`},
	{"default only", `parse("default password d\n")`},
	{"punctuation", `parse("machine a.b-c login u@x password !$%^&*()\n")`},
	{"quotes are plain", `err("machine b password 'q w'\n")`},
	{"crlf", `parse("machine a login u password p\r\nmachine b login v password q\r\n")`},
	{"no password", `err("machine a login u\n")`},
	{"no password then machine", `err("machine a login u\nmachine b password p\n")`},
	{"bad toplevel", `err("foo bar\n")`},
	{"bad follower", `err("machine a login u password p blah x\n")`},
	{"machine without name", `err("machine\n")`},
	{"login without value", `err("machine a login\n")`},
	{"error str", `(str(netrc.NetrcParseError("m")), str(netrc.NetrcParseError("m", "f", 3)), netrc.NetrcParseError("m", "f", 3).args)`},
	{"missing file", `_try(lambda: netrc.netrc(os.path.join(D, "missing")))[0]`},
	{"home private", `with_home("machine a login u password p\n", 0o600)`},
	{"home too open", `with_home("machine a login u password p\n", 0o644)`},
	{"home other owner", `with_home("machine a login u password p\n", 0o600, owner=1) if os.getuid() == 0 else "not root"`},
	{"home open no password", `with_home("machine a login u\n", 0o644)`},
	{"home open macro only", `with_home("macdef x\nhi\n", 0o644)`},
	{"explicit path not checked", `(lambda: (with_home("machine a login u password p\n", 0o644), netrc.netrc(os.path.join(D, "home", ".netrc")).hosts))()[1]`},
	{"no home", `(lambda old: (os.environ.pop("HOME", None), _try(netrc.netrc), old is None or os.environ.__setitem__("HOME", old)))(os.environ.get("HOME"))[1]`},
	{"all", `netrc.__all__`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestSmallmodsNetrc(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_netrc", netrcPrelude+`def _try(f):
    try:
        return f()
    except OSError as e:
        return type(e).__name__, str(e)
`, netrcCases)
}
