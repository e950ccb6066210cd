package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of cmd against CPython 3.6: command loops over
// in-memory input, help listings and columnize.

const cmdPrelude = pytesting.ShowRepr + `import cmd, io, sys
class Shell(cmd.Cmd):
    prompt = "> "
    def __init__(self, text, **kw):
        self.out = io.StringIO()
        cmd.Cmd.__init__(self, stdin=io.StringIO(text), stdout=self.out, **kw)
        self.use_rawinput = False
        self.seen = []
    def do_greet(self, arg):
        """Say hello to someone."""
        self.out.write("hello %r\n" % arg)
    def do_add(self, arg):
        self.out.write("%d\n" % sum(int(x) for x in arg.split()))
    def do_quit(self, arg):
        """Leave."""
        return True
    def do_EOF(self, arg):
        self.out.write("bye\n")
        return 1
    def help_add(self):
        self.out.write("adds numbers\n")
    def help_topic(self):
        self.out.write("a topic\n")
    def precmd(self, line):
        self.seen.append(("pre", line))
        return line
    def postcmd(self, stop, line):
        self.seen.append(("post", stop, line))
        return stop
    def preloop(self):
        self.seen.append("preloop")
    def postloop(self):
        self.seen.append("postloop")
class WithShell(Shell):
    def do_shell(self, arg):
        self.out.write("shell %r\n" % arg)
def run(text, cls=Shell, intro=None, **kw):
    s = cls(text, **kw)
    s.cmdloop(intro)
    return s.out.getvalue()
def hooks(text):
    s = Shell(text)
    s.cmdloop()
    return s.seen
def col(items, width=80):
    s = Shell("")
    s.columnize(items, width)
    return s.out.getvalue()
class Plain(cmd.Cmd):
    pass
def raw(text):
    saved = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = io.StringIO(text), io.StringIO()
    try:
        s = Shell("")
        s.use_rawinput = True
        s.cmdloop()
        return s.out.getvalue(), sys.stdout.getvalue()
    finally:
        sys.stdin, sys.stdout = saved
`

var cmdCases = []pytesting.Case{
	{"loop", `run("greet bob\nadd 1 2 3\nquit\ngreet never\n")`},
	{"eof", `run("greet x\n")`},
	{"intro", `run("quit\n", intro="Welcome!")`},
	{"intro attribute", `(lambda s: (setattr(s, "intro", "Hi there"), s.cmdloop(), s.out.getvalue())[2])(Shell("quit\n"))`},
	{"unknown command", `run("frobnicate now\n")`},
	{"empty line repeats", `run("greet a\n\n\nquit\n")`},
	{"empty line first", `run("\nquit\n")`},
	{"question mark", `run("?greet\n? add\nquit\n")`},
	{"bang without shell", `run("!ls\nquit\n")`},
	{"bang with shell", `run("!ls -l\nquit\n", cls=WithShell)`},
	{"punctuation command", `run("+add\nquit\n")`},
	{"crlf input", `run("greet crlf\r\nquit\r\n")`},
	{"help listing", `run("help\nquit\n")`},
	{"help shell listing", `run("help\nquit\n", cls=WithShell)`},
	{"help documented", `run("help greet\nhelp quit\nquit\n")`},
	{"help method", `run("help add\nhelp topic\nquit\n")`},
	{"help undocumented", `run("help EOF\nhelp nothing\nquit\n")`},
	{"help on help", `run("help help\nquit\n")`},
	{"plain help", `(lambda out: (Plain(stdout=out).onecmd("help"), out.getvalue())[1])(io.StringIO())`},
	{"hooks", `hooks("greet\nquit\n")`},
	{"cmdqueue", `(lambda s: (s.cmdqueue.extend(["greet queued", "quit"]), s.cmdloop(), s.out.getvalue())[2])(Shell("greet stdin\n"))`},
	{"parseline", `[Shell("").parseline(x) for x in ("", "  greet  a b ", "?x", "!y", "add1 2", "a.b c", "EOF")]`},
	{"parseline shell", `[WithShell("").parseline(x) for x in ("!y", "! z")]`},
	{"onecmd results", `(lambda s: (s.onecmd("quit"), s.onecmd("greet q"), s.onecmd("nope"), s.lastcmd, s.onecmd("EOF"), s.lastcmd, s.out.getvalue()))(Shell(""))`},
	{"completenames", `(Shell("").completenames("g"), sorted(Shell("").completenames("")), Shell("").complete_help("t"), sorted(Shell("").complete_help("")))`},
	{"columnize many", `col(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"] * 3, 40)`},
	{"columnize one", `col(["single"])`},
	{"columnize empty", `col([])`},
	{"columnize too wide", `col(["x" * 50, "y" * 50], 60)`},
	{"columnize blanks", `col(["a", "", "b", ""], 3)`},
	{"columnize non strings", `col(["a", 1, "b", None])`},
	{"defaults", `(cmd.Cmd.prompt, cmd.Cmd.identchars, cmd.Cmd.ruler, cmd.Cmd.doc_header, cmd.Cmd.misc_header, cmd.Cmd.undoc_header, cmd.Cmd.nohelp, cmd.Cmd.use_rawinput, cmd.PROMPT, cmd.__all__)`},
	{"no ruler", `(lambda s: (setattr(s, "ruler", ""), s.onecmd("help"), s.out.getvalue())[2])(Shell(""))`},
	{"rawinput", `raw("greet raw\nadd 4 5\n")`},
}

func TestSmallmodsCmd(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_cmd", cmdPrelude, cmdCases)
}
