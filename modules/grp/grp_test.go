package pygrp_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl/modules/grp"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test of grp against CPython 3.6 over this machine's
// /etc/group. The cases print nothing that differs between machines (the
// stored CPython output must hold on any of them): the entries themselves
// are compared with the file, read by the prelude under both interpreters.
const prelude = pytesting.ShowRepr + `import grp
class Idx:
    def __index__(self):
        return 0
def stable(g):
    return (type(g).__name__, tuple(g)[:3])
def file_entries():
    out = []
    with open("/etc/group") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                n, pw, gid, mem = line.rstrip("\n").split(":")
                out.append((n, pw, int(gid), mem.split(",") if mem else []))
    return out
`

var cases = []pytesting.Case{
	{"getgrgid 0", `stable(grp.getgrgid(0))`},
	{"getgrnam root", `stable(grp.getgrnam("root"))`},
	{"getgrgid keyword", `stable(grp.getgrgid(id=0))`},
	{"getgrnam keyword", `stable(grp.getgrnam(name="root"))`},
	{"getgrgid bool", `stable(grp.getgrgid(True))`},
	{"getgrgid index", `stable(grp.getgrgid(Idx()))`},
	{"getgrgid float truncates", `stable(grp.getgrgid(1.9))`},
	{"getgrgid numeric str", `stable(grp.getgrgid("0"))`},
	{"getgrgid bad str", `grp.getgrgid("x")`},
	{"getgrgid missing", `grp.getgrgid(99999)`},
	{"getgrgid minus one", `grp.getgrgid(-1)`},
	{"getgrgid minus two", `grp.getgrgid(-2)`},
	{"getgrgid 2**32-1", `grp.getgrgid(2**32 - 1)`},
	{"getgrgid 2**31", `grp.getgrgid(2**31)`},
	{"getgrgid 2**32", `grp.getgrgid(2**32)`},
	{"getgrgid 2**63", `grp.getgrgid(2**63)`},
	{"getgrgid 2**64", `grp.getgrgid(2**64)`},
	{"getgrgid -2**64", `grp.getgrgid(-2**64)`},
	{"getgrgid no args", `grp.getgrgid()`},
	{"getgrgid two args", `grp.getgrgid(0, 1)`},
	{"getgrgid bad keyword", `grp.getgrgid(gid=0)`},
	{"getgrnam missing", `grp.getgrnam("nope")`},
	{"getgrnam bytes", `grp.getgrnam(b"root")`},
	{"getgrnam int", `grp.getgrnam(1)`},
	{"getgrnam nul", `grp.getgrnam("a\0b")`},
	{"getgrnam no args", `grp.getgrnam()`},
	{"getgrall", `(type(grp.getgrall()).__name__, [tuple(g) for g in grp.getgrall()] == file_entries())`},
	{"getgrall args", `grp.getgrall(1)`},
	{"members", `all(isinstance(g.gr_mem, list) and all(isinstance(m, str) for m in g.gr_mem) for g in grp.getgrall())`},
	{"fields", `all((g.gr_name, g.gr_passwd, g.gr_gid, g.gr_mem) == tuple(g) for g in grp.getgrall())`},
	{"consistent", `all(grp.getgrgid(g.gr_gid).gr_gid == g.gr_gid and grp.getgrnam(g.gr_name) == g for g in grp.getgrall())`},
	{"struct class", `(grp.struct_group, grp.struct_group.__module__, grp.struct_group.n_fields)`},
	{"construct", `grp.struct_group(("a", "x", 5, ["b"]))`},
	{"construct short", `grp.struct_group((1,))`},
	{"construct non sequence", `grp.struct_group(None)`},
	{"missing attribute", `grp.getgrgid(0).gr_x`},
	{"dir", `sorted(n for n in dir(grp) if not n.startswith("__"))`},
}

func TestDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "grp", prelude, cases)
}
