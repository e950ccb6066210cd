package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of cgitb (Lib/modules/cgitb.py) against CPython 3.6.
// The reports' header (interpreter path, date) and the exception's
// attribute listing (dir() of an exception object) are left out.

const cgitbPrelude = pytesting.ShowRepr + `import cgitb, sys, os, io, tempfile, shutil
_dir = tempfile.mkdtemp()
with open(os.path.join(_dir, "cgitbmod.py"), "w") as _f:
    _f.write("G = 7\n"
             "def f(a, b=2):\n"
             "    x = [1, 2]\n"
             "    return a.missing + x[b] + G + len(x)\n"
             "def g():\n"
             "    s = 'text'\n"
             "    return s.upper.nothing\n"
             "def info(fn, *a):\n"
             "    try:\n"
             "        fn(*a)\n"
             "    except Exception:\n"
             "        return sys.exc_info()\n"
             "import sys\n")
sys.path.insert(0, _dir)
import cgitbmod
info = cgitbmod.info
def frames(report, start, stop):
    report = report.replace(_dir, "DIR")
    return report[report.index(start):report.index(stop)]
TEXT_START = "function calls"
HTML_START = "<p>A problem"
`

var cgitbCases = []pytesting.Case{
	{"fonts", `(cgitb.small("a"), cgitb.strong("b"), cgitb.grey("c"), cgitb.small(""), cgitb.strong(""), cgitb.grey(""))`},
	{"reset", `cgitb.reset()`},
	{"lookup", `(lambda fr: (cgitb.lookup("G", fr, {}), cgitb.lookup("len", fr, {}), cgitb.lookup("zz", fr, {}), cgitb.lookup("q", fr, {"q": 1})))(sys._getframe())`},
	{"undef", `cgitb.__UNDEF__`},
	{"text frames", `frames(cgitb.text(info(cgitbmod.f, 3), 3), TEXT_START, "AttributeError:")`},
	{"text attribute chain", `frames(cgitb.text(info(cgitbmod.g), 1), TEXT_START, "AttributeError:")`},
	{"text tail", `cgitb.text(info(cgitbmod.f, 3)).split("the original traceback:")[1].replace(_dir, "DIR")`},
	{"html frames", `frames(cgitb.html(info(cgitbmod.f, 3), 3), HTML_START, "<p><strong>")`},
	{"html exception", `cgitb.html(info(cgitbmod.g), 1).split("<p><strong>")[1].split("<br>")[0]`},
	{"html tail", `cgitb.html(info(cgitbmod.f, 3)).split("<!-- The above")[1].replace(_dir, "DIR")`},
	{"scanvars", `(lambda r: cgitb.scanvars(r, sys._getframe(), {"a": 1, "b": "xy"}))(iter(["a + b.__class__.__name__ + c.d\n", "more\n"]).__next__)`},
	{"hook text", `(lambda out: (cgitb.Hook(file=out, format="text", display=0).handle(info(cgitbmod.g)), out.getvalue()))(io.StringIO())`},
	{"hook logdir", `(lambda out: (cgitb.Hook(file=out, format="text", logdir=_dir).handle(info(cgitbmod.g)), out.getvalue().split("\n")[-2].replace(_dir, "DIR")[:4], out.getvalue().endswith("contains the description of this error.\n")))(io.StringIO())`},
	{"hook html no display", `(lambda out: (cgitb.Hook(file=out, display=0).handle(info(cgitbmod.g)), out.getvalue()[-60:]))(io.StringIO())`},
	{"enable", `(cgitb.enable(format="text"), type(sys.excepthook).__name__, sys.excepthook.format, sys.excepthook.context)`},
	{"cleanup", `shutil.rmtree(_dir)`},
}

func TestCgitbDifferential(t *testing.T) {
	pytesting.DiffCases(t, "cgitb", cgitbPrelude, cgitbCases)
}
