"""A legacy cert tool with optparse and getopt, and a cmd.Cmd shell driven by a scripted input."""
import cmd
import getopt
import io
import optparse
import sys


def optparse_tool(argv):
    p = optparse.OptionParser(usage="%prog [options] HOST...", prog="oldcheck", version="%prog 0.9",
                              description="Check hosts the old way.")
    p.add_option("-p", "--port", type="int", default=443, help="port [default: %default]")
    p.add_option("-q", action="store_false", dest="verbose", default=True)
    p.add_option("-t", "--tag", action="append", dest="tags", metavar="TAG")
    p.add_option("--mode", choices=["fast", "full"], default="fast")
    grp = optparse.OptionGroup(p, "Danger", "Use with care.")
    grp.add_option("--insecure", action="store_true", default=False)
    p.add_option_group(grp)
    print("$ oldcheck", " ".join(argv))
    sys.stdout.flush()
    try:
        opts, args = p.parse_args(argv)
    except SystemExit as e:
        sys.stderr.flush()
        print("  exit", e.code)
        return
    if not args:
        try:
            p.error("no hosts given")
        except SystemExit as e:
            sys.stderr.flush()
            print("  exit", e.code)
            return
    print("  ", sorted(vars(opts).items()), args)


for argv in [["h1"], ["-p", "993", "-q", "-t", "a", "-t", "b", "h1", "h2"], ["--mode", "slow", "h"], ["-p", "x", "h"],
             [], ["--insecure", "--mode=full", "h"], ["--help"], ["--version"], ["--nope"]]:
    optparse_tool(argv)

for argv in [["-v", "-o", "out.txt", "a", "b"], ["--port=8443", "--verbose", "x"], ["-vv", "--", "-x"], ["-z"], ["--port"],
             ["-o"], ["--po=1"], ["--ver"]]:
    try:
        opts, args = getopt.getopt(argv, "vo:", ["port=", "verbose", "version"])
        print("getopt", opts, args)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "| opt=%r" % e.opt)
print(getopt.gnu_getopt(["a", "-v", "b", "--port", "1"], "v", ["port="]))


class CertShell(cmd.Cmd):
    intro = "cert shell. Type help or ? to list commands."
    prompt = "(cert) "
    doc_header = "Commands (type help <topic>):"

    def __init__(self, stdin, stdout):
        super().__init__(stdin=stdin, stdout=stdout)
        self.use_rawinput = False
        self.store = {}

    def do_add(self, arg):
        "add NAME DAYS: remember a certificate"
        try:
            name, days = arg.split()
            self.store[name] = int(days)
        except ValueError:
            print("*** usage: add NAME DAYS", file=self.stdout)

    def do_list(self, arg):
        "list: show certificates, soonest expiry first"
        for name, days in sorted(self.store.items(), key=lambda kv: kv[1]):
            print("%-10s %4d" % (name, days), file=self.stdout)

    def do_quit(self, arg):
        "quit: leave the shell"
        print("bye", file=self.stdout)
        return True

    do_EOF = do_quit

    def default(self, line):
        print("unknown command: %r" % line, file=self.stdout)

    def emptyline(self):
        pass

    def precmd(self, line):
        return line.strip()


script = io.StringIO("add www 30\nadd mail 5\nadd bad\n\nlist\nfrobnicate now\nhelp\nhelp add\n?list\nquit\nlist\n")
out = io.StringIO()
CertShell(script, out).cmdloop()
print(out.getvalue(), end="")
print(repr(CertShell(io.StringIO("list\n"), io.StringIO()).onecmd("list")))
