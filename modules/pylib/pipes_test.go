package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pipes (Lib/modules/pipes.py) against CPython 3.6:
// the pipelines Template builds, its checks, and running them.

const pipesPrelude = pytesting.ShowRepr + `import pipes, os, re, tempfile
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
def tmpl(*steps):
    t = pipes.Template()
    for cmd, kind in steps:
        t.append(cmd, kind)
    return t
def shape(text):
    # Temporary file names differ from run to run, and so may TMPDIR.
    return re.sub(re.escape(tempfile.gettempdir()) + r"/tmp[A-Za-z0-9_]+", "TMP", text)
d = tempfile.mkdtemp()
src = os.path.join(d, "in.txt")
with open(src, "w") as f:
    f.write("banana\napple\ncherry\n")
`

var pipesCases = []pytesting.Case{
	{"quote", `[pipes.quote(s) for s in ("", "abc", "a b", "it's", "$x", "a\nb", "-_./=+@%:,")]`},
	{"kinds", `(pipes.stepkinds, pipes.FILEIN_FILEOUT, pipes.STDIN_FILEOUT, pipes.FILEIN_STDOUT, pipes.STDIN_STDOUT, pipes.SOURCE, pipes.SINK, pipes.__all__)`},
	{"repr", `repr(tmpl(("tr a-z A-Z", "--")))`},
	{"empty pipeline", `(pipes.Template().makepipeline("i", "o"), pipes.Template().makepipeline("", ""))`},
	{"stdin stdout", `tmpl(("tr a-z A-Z", "--"), ("sort", "--")).makepipeline("in file", "out")`},
	{"no files", `tmpl(("tr a-z A-Z", "--")).makepipeline("", "")`},
	{"file steps", `shape(tmpl(("sort $IN > $OUT", "ff"), ("tr a-z A-Z", "--")).makepipeline("i", "o"))`},
	{"file step alone", `shape(tmpl(("cp $IN $OUT", "ff")).makepipeline("", ""))`},
	{"mixed", `shape(tmpl(("tr a b", "--"), ("wc -l < $IN", "f-"), ("cat > $OUT", "-f")).makepipeline("x", "y"))`},
	{"source sink", `(lambda t: (t.prepend("echo hi", ".-"), t.makepipeline("", "")))(tmpl(("cat >/dev/null", "-.")))`},
	{"prepend", `(lambda t: (t.prepend("head -1", "--"), t.steps))(tmpl(("sort", "--")))`},
	{"clone reset", `(lambda t: (t.clone().steps, t.clone().debugging, t.reset(), t.steps))(tmpl(("sort", "--")))`},
	{"append errors", `[err(tmpl(*s).append, c, k) for s, c, k in (((), 1, "--"), ((), "x", "zz"), ((), "x", ".-"), ((("x", "-."),), "y", "--"), ((), "cat", "f-"), ((), "cat $IN", "-f"), ((), "cat $INPUT", "f-"))]`},
	{"prepend errors", `[err(tmpl(*s).prepend, c, k) for s, c, k in (((), 1, "--"), ((), "x", "-."), ((("x", ".-"),), "y", "--"), ((), "x", "ff"))]`},
	{"open errors", `(err(pipes.Template().open, "f", "a"), err(tmpl(("x", "-.")).open_r, "f"), err(tmpl(("x", ".-")).open_w, "f"))`},
	{"copy", `(tmpl(("tr a-z A-Z", "--"), ("sort", "--")).copy(src, os.path.join(d, "out")), open(os.path.join(d, "out")).read())`},
	{"open read", `(lambda f: (f.read(), f.close()))(tmpl(("sort -r $IN > $OUT", "ff")).open(src, "r"))`},
	{"open write", `(lambda f: (f.write("zeta\nalpha\n"), f.close(), open(os.path.join(d, "w")).read()))(tmpl(("sort", "--")).open(os.path.join(d, "w"), "w"))`},
	{"open plain", `(lambda f: (f.read(), f.close()))(pipes.Template().open(src, "r"))`},
	{"debug", `(lambda t: (t.debug(1), t.debugging, t.makepipeline("", "")))(tmpl(("sort", "--")))`},
}

func TestPipesDifferential(t *testing.T) {
	pytesting.DiffCases(t, "pipes", pipesPrelude, pipesCases)
}
