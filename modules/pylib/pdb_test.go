package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pdb (Lib/modules/pdb.py) against CPython 3.6: a
// debugger reading its commands from a StringIO stops in a module written
// to a temporary directory; the transcript is compared.

const pdbPrelude = pytesting.ShowRepr + `import pdb, sys, os, io, tempfile, shutil, bdb, re
def clean(text):
    text = re.sub(r" at 0x[0-9a-f]+", "", text.replace(_dir, "DIR"))
    return text.replace("<stdin>", "<X>").replace("<test>", "<X>").split("\n")
_dir = tempfile.mkdtemp()
with open(os.path.join(_dir, "pdbmod.py"), "w") as _f:
    _f.write("import pdb\n"
             "def helper(a, b=2, *rest, **kw):\n"
             "    total = a + b\n"
             "    for i in range(3):\n"
             "        total += i\n"
             "    return total\n"
             "\n"
             "def target(debugger):\n"
             "    debugger.set_trace()\n"
             "    x = helper(1)\n"
             "    y = [x, 'two']\n"
             "    z = helper(x, 5, 6, k=7)\n"
             "    return y, z\n"
             "def broken():\n"
             "    return 1 / 0\n")
sys.path.insert(0, _dir)
import pdbmod
def session(*commands):
    bdb.Breakpoint.next = 1
    bdb.Breakpoint.bplist = {}
    bdb.Breakpoint.bpbynumber = [None]
    out = io.StringIO()
    debugger = pdb.Pdb(stdin=io.StringIO("\n".join(commands) + "\n"), stdout=out, nosigint=True, readrc=False)
    try:
        result = pdbmod.target(debugger)
    finally:
        sys.settrace(None)
    return clean(out.getvalue()), result
def post_mortem(*commands):
    try:
        pdbmod.broken()
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
    out = io.StringIO()
    debugger = pdb.Pdb(stdin=io.StringIO("\n".join(commands) + "\n"), stdout=out, nosigint=True, readrc=False)
    debugger.reset()
    debugger.interaction(None, tb)
    return clean(out.getvalue())
`

var pdbCases = []pytesting.Case{
	{"stop and continue", `session("continue")`},
	{"step next return", `session("step", "args", "next", "next", "step", "step", "args", "next", "next", "return", "retval", "next", "p x", "continue")`},
	{"list and longlist", `session("list", "step", "step", "longlist", "list 2,4", "list x", "continue")`},
	{"where up down", `session("step", "step", "where", "up", "down", "down", "up", "up", "continue")`},
	{"breakpoints", `session("break 11", "break helper", "tbreak 12", "break", "disable 2", "condition 1 x > 0", "ignore 1 0", "break", "continue", "p x", "enable 2", "clear 2", "clear 1", "break 99", "break 7", "break nosuch", "continue")`},
	{"commands on break", `session("break 11", "commands 1", "p 'at eleven'", "end", "continue", "continue")`},
	{"until", `session("step", "step", "step", "until", "until 99", "continue")`},
	{"values", `session("next", "next", "p y", "pp y", "whatis y", "whatis helper", "whatis pdb.Pdb", "whatis debugger.set_trace", "p nosuch", "display x", "display", "next", "undisplay x", "undisplay x", "y[0] + 1", "!x = 41", "p x", "continue")`},
	{"aliases", `session("alias px p x", "alias", "alias px", "next", "px", "unalias px", "alias", "next;;p y", "continue")`},
	{"source", `session("source helper", "source 1", "continue")`},
	{"jump", `session("step", "step", "next", "jump 6", "retval", "continue")`},
	{"find_function", `(pdb.find_function("helper", pdbmod.__file__)[0::2], pdb.find_function("nosuch", pdbmod.__file__), pdb.find_function("x", "/nonexistent/file.py"))`},
	{"getsourcelines", `(lambda r: (len(r[0]), r[1]))(pdb.getsourcelines(pdbmod.helper))`},
	{"post mortem", `post_mortem("down", "list", "p 1 + 1", "up", "quit")[-12:]`},
	{"cleanup", `shutil.rmtree(_dir)`},
}

func TestPdbDifferential(t *testing.T) {
	pytesting.DiffCases(t, "pdb", pdbPrelude, pdbCases)
}
