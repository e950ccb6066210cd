package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of mailcap (Lib/modules/mailcap.py) against CPython
// 3.6, over mailcap files the prelude writes.

const mailcapPrelude = pytesting.ShowRepr + `import mailcap, os, tempfile, io, warnings
d = tempfile.mkdtemp()
one = os.path.join(d, "one")
two = os.path.join(d, "two")
with open(one, "w") as f:
    f.write("# comment\n\ntext/plain; cat %s; copiousoutput\nimage/*; xv %s; test=test -n \"$DISPLAY\"\n"
            "Text / HTML ; lynx -dump %s ; nametemplate=%s.html; edit=vi %s\naudio/x; play \\\n  --rate %{rate} %s\nbad-line-only\n"
            "video/mpeg; mpeg_play %s; compose=x; compose=y\n")
with open(two, "w") as f:
    f.write("text/plain; more %s\nimage/png; display %s; print=lpr %s\nfalse/x; never; test=false\n")
os.environ["MAILCAPS"] = os.pathsep.join([one, os.path.join(d, "missing"), two])
caps = mailcap.getcaps()
`

var mailcapCases = []pytesting.Case{
	{"files", `[p.replace(d, "D") for p in mailcap.listmailcapfiles()]`},
	{"keys", `sorted(caps)`},
	{"entries", `sorted(caps.items())`},
	{"findmatch", `mailcap.findmatch(caps, "text/plain", filename="f.txt")`},
	{"findmatch wildcard", `mailcap.findmatch(caps, "image/gif", filename="g")`},
	{"findmatch key", `(mailcap.findmatch(caps, "image/png", "print", "p.png"), mailcap.findmatch(caps, "text/html", "edit", "x.html"))`},
	{"findmatch params", `mailcap.findmatch(caps, "audio/x", filename="a.wav", plist=["RATE=8000", "other=1"])`},
	{"findmatch test fails", `mailcap.findmatch(caps, "false/x")`},
	{"findmatch none", `mailcap.findmatch(caps, "application/none")`},
	{"lookup", `(mailcap.lookup(caps, "image/png"), mailcap.lookup(caps, "image/png", "print"), mailcap.lookup(caps, "nothing/here"))`},
	{"subst", `[mailcap.subst(f, "a/b", "FILE", ["x=1", "Y=2"]) for f in ("%s %t %% %{x} %{y} %{z} %q", "a\\;b\\\\c", "%{x", "end\\")]`},
	{"subst trailing percent", `mailcap.subst("oops %", "a/b", "f")`},
	{"parseline", `[mailcap.parseline(l) for l in ("a/b; cmd; x=1; y; x=2", "only", "a\\;b; c\\;d;", "; ;")]`},
	{"parsefield", `(mailcap.parsefield("ab\\;c; d", 0, 9), mailcap.parsefield(" x ", 0, 3))`},
	{"findparam", `(mailcap.findparam("Rate", ["rate=5"]), mailcap.findparam("r", ["rx=1"]), mailcap.findparam("a", []))`},
	{"readmailcapfile", `(warnings.simplefilter("ignore"), sorted(mailcap.readmailcapfile(io.StringIO("a/b; c\n#x\nd/e; f; g=h\n")).items()))`},
	{"sort key", `(mailcap.lineno_sort_key({"lineno": 3}), mailcap.lineno_sort_key({}))`},
	{"default files", `(os.environ.pop("MAILCAPS"), [p.replace(os.environ.get("HOME", "."), "~") for p in mailcap.listmailcapfiles()])[1]`},
	{"all", `mailcap.__all__`},
}

func TestMailcapDifferential(t *testing.T) {
	pytesting.DiffCases(t, "mailcap", mailcapPrelude, mailcapCases)
}
