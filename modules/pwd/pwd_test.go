package pypwd_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pwd"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test of pwd against CPython 3.6 over this machine's
// /etc/passwd. The cases print nothing that differs between machines (the
// stored CPython output must hold on any of them): the entries themselves
// are compared with the file, read by the prelude under both interpreters.
const prelude = pytesting.ShowRepr + `import pwd
class Idx:
    def __index__(self):
        return 0
def stable(p):
    return (type(p).__name__, tuple(p)[:4])
def file_entries():
    out = []
    with open("/etc/passwd") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                n, pw, uid, gid, gecos, home, shell = line.rstrip("\n").split(":")
                out.append((n, pw, int(uid), int(gid), gecos, home, shell))
    return out
`

var cases = []pytesting.Case{
	{"getpwnam root", `stable(pwd.getpwnam("root"))`},
	{"getpwuid 0", `stable(pwd.getpwuid(0))`},
	{"getpwuid bool", `stable(pwd.getpwuid(True))`},
	{"getpwuid index", `stable(pwd.getpwuid(Idx()))`},
	{"getpwnam missing", `pwd.getpwnam("no such user")`},
	{"getpwnam empty", `pwd.getpwnam("")`},
	{"getpwnam non ascii", `pwd.getpwnam("é")`},
	{"getpwnam bytes", `pwd.getpwnam(b"root")`},
	{"getpwnam int", `pwd.getpwnam(1)`},
	{"getpwnam nul", `pwd.getpwnam("ro\0ot")`},
	{"getpwnam no args", `pwd.getpwnam()`},
	{"getpwnam keyword", `pwd.getpwnam(name="root")`},
	{"getpwuid missing", `pwd.getpwuid(99999)`},
	{"getpwuid minus one", `pwd.getpwuid(-1)`},
	{"getpwuid minus two", `pwd.getpwuid(-2)`},
	{"getpwuid 2**32-1", `pwd.getpwuid(2**32 - 1)`},
	{"getpwuid 2**31", `pwd.getpwuid(2**31)`},
	{"getpwuid 2**32", `pwd.getpwuid(2**32)`},
	{"getpwuid 2**64", `pwd.getpwuid(2**64)`},
	{"getpwuid -2**64", `pwd.getpwuid(-2**64)`},
	{"getpwuid str", `pwd.getpwuid("0")`},
	{"getpwuid float", `pwd.getpwuid(0.0)`},
	{"getpwuid none", `pwd.getpwuid(None)`},
	{"getpwuid arity", `pwd.getpwuid(0, 1)`},
	{"getpwuid keyword", `pwd.getpwuid(uid=0)`},
	{"getpwall", `(type(pwd.getpwall()).__name__, [tuple(p) for p in pwd.getpwall()] == file_entries())`},
	{"getpwall args", `pwd.getpwall(1)`},
	{"getpwall consistent", `all(pwd.getpwnam(p.pw_name).pw_name == p.pw_name for p in pwd.getpwall())`},
	{"fields", `all((p.pw_name, p.pw_passwd, p.pw_uid, p.pw_gid, p.pw_gecos, p.pw_dir, p.pw_shell) == tuple(p) for p in pwd.getpwall())`},
	{"slice and index", `(pwd.getpwuid(0)[0:3], pwd.getpwuid(0)[-5], len(pwd.getpwuid(0)))`},
	{"tuple behaviour", `(isinstance(pwd.getpwuid(0), tuple), pwd.getpwuid(0) == pwd.getpwnam("root"), hash(pwd.getpwuid(0)) == hash(tuple(pwd.getpwuid(0))))`},
	{"unpack", `[a for a in pwd.getpwuid(0)][:4]`},
	{"struct class", `(pwd.struct_passwd, pwd.struct_passwd.__module__, pwd.struct_passwd.__name__)`},
	{"n fields", `(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.n_unnamed_fields)`},
	{"construct", `pwd.struct_passwd((1, 2, 3, 4, 5, 6, 7))`},
	{"construct list", `pwd.struct_passwd([1, 2, 3, 4, 5, 6, 7]).pw_shell`},
	{"construct short", `pwd.struct_passwd((1, 2))`},
	{"construct long", `pwd.struct_passwd(range(8))`},
	{"construct non sequence", `pwd.struct_passwd(5)`},
	{"missing attribute", `pwd.getpwuid(0).pw_x`},
	{"readonly", `setattr(pwd.getpwuid(0), "pw_name", "x")`},
	{"dir", `sorted(n for n in dir(pwd) if not n.startswith("__"))`},
}

func TestDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "pwd", prelude, cases)
}
