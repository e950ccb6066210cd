package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of optparse against CPython 3.6: every action and
// type, groups, conflicts, help layout under both formatters and several
// widths, and the messages and exit status of errors.

const optparsePrelude = pytesting.ShowRepr + `import io, os, sys, optparse
from optparse import OptionParser, OptionGroup, Option, make_option, Values
os.environ["COLUMNS"] = "80"
def vals(v):
    return sorted(vars(v).items()) if isinstance(v, Values) else v
def run(parser, args, values=None):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            opts, rest = parser.parse_args(args, values)
            res = (vals(opts), rest)
        except SystemExit as e:
            res = ("exit", e.code)
    finally:
        sys.stdout, sys.stderr = old
    return res, out.getvalue(), err.getvalue()
def helptext(parser):
    return parser.format_help().splitlines()
def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__, str(e)
def argv(*a):
    sys.argv[:] = list(a)
def cap(f, *a):
    out, errs = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, errs
    try:
        r = ex(f, *a)
    finally:
        sys.stdout, sys.stderr = old
    return r, out.getvalue(), errs.getvalue()
def ex(f, *a):
    try:
        return f(*a)
    except SystemExit as e:
        return "SystemExit", e.code
def P(*opts, **kw):
    kw.setdefault("prog", "prog")
    p = OptionParser(**kw)
    for o in opts:
        p.add_option(*o[0], **o[1])
    return p
def o(*a, **k):
    return (a, k)
BIG = P(o("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE"),
        o("-q", "--quiet", action="store_false", dest="verbose", default=True, help="don't print status messages to stdout"),
        o("-n", "--num", type="int", default=3, help="how many, default %default"),
        o("--mode", choices=["fast", "slow"], help="the mode (one of fast, slow), and a long help text that has to wrap over several lines of output"),
        o("--a-really-long-option-name", action="store_true", help="long option"),
        o("--hidden", help=optparse.SUPPRESS_HELP),
        o("-v", action="count", dest="verbosity"),
        version="%prog 1.0", description="A program that does things. " * 4, epilog="See the manual for more.")
G = BIG.add_option_group("Dangerous Options", "Caution: use these options at your own risk.  It is believed that some of them bite.")
G.add_option("-g", action="store_true", help="Group option.")
`

var optparseCases = []pytesting.Case{
	{"store", `run(P(o("-f"), o("--file")), ["-f", "a", "--file=b", "x"])`},
	{"store joined short", `run(P(o("-f")), ["-fval", "y"])`},
	{"store long separate", `run(P(o("--name")), ["--name", "v", "w"])`},
	{"store_const", `run(P(o("-c", action="store_const", const=42, dest="c")), ["-c"])`},
	{"store_true false", `run(P(o("-t", action="store_true"), o("-F", action="store_false", dest="t")), ["-t", "-F"])`},
	{"append", `run(P(o("-a", action="append"), o("-n", action="append", type="int")), ["-a", "x", "-a", "y", "-n1", "-n", "2"])`},
	{"append_const", `run(P(o("--x", action="append_const", const=1, dest="l"), o("--y", action="append_const", const=2, dest="l")), ["--x", "--y", "--x"])`},
	{"count", `run(P(o("-v", action="count"), o("--verbose", action="count", dest="v")), ["-vvv", "--verbose"])`},
	{"count default", `run(P(o("-v", action="count", default=10)), ["-vv"])`},
	{"callback", `run(P(o("-c", action="callback", callback=lambda opt, s, v, p, *a, **k: setattr(p.values, "seen", (str(opt), s, v, a, sorted(k.items()), p.largs, p.rargs)), callback_args=(1,), callback_kwargs={"k": 2})), ["a", "-c", "b"])`},
	{"callback with value", `run(P(o("-c", action="callback", type="int", nargs=2, callback=lambda opt, s, v, p: setattr(p.values, "got", v))), ["-c", "1", "0x10"])`},
	{"help", `run(P(o("-x", help="an x")), ["-h"])`},
	{"help long", `run(BIG, ["--help"])`},
	{"version", `run(BIG, ["--version"])`},
	{"no version option", `run(P(), ["--version"])`},
	{"types", `run(P(o("-i", type="int"), o("-l", type="long"), o("-f", type="float"), o("-c", type="complex"), o("-s", type=str), o("-k", type=int)), ["-i", "0x1F", "-l", "017", "-f", "1e3", "-c", "1+2j", "-s", "x", "-k", "0b101"])`},
	{"int zero", `run(P(o("-i", type="int")), ["-i", "0"])`},
	{"int bad", `run(P(o("-i", type="int")), ["-i", "abc"])`},
	{"int octal bad", `run(P(o("-i", type="int")), ["-i", "09"])`},
	{"float bad", `run(P(o("--f", type="float")), ["--f=x"])`},
	{"complex bad", `run(P(o("--c", type="complex")), ["--c", "1+"])`},
	{"choice", `run(P(o("--m", choices=["a", "b"]), o("-k", type="choice", choices=("x",))), ["--m", "b", "-kx"])`},
	{"choice bad", `run(P(o("--m", choices=["a", "b"])), ["--m", "c"])`},
	{"nargs", `run(P(o("-p", nargs=2, type="int"), o("--s", nargs=3)), ["-p", "1", "2", "--s", "a", "b", "c", "rest"])`},
	{"nargs missing", `run(P(o("-p", nargs=2, type="int")), ["-p", "1"])`},
	{"requires argument", `run(P(o("--foo")), ["--foo"])`},
	{"short requires argument", `run(P(o("-f")), ["-f"])`},
	{"no value allowed", `run(P(o("--t", action="store_true")), ["--t=1"])`},
	{"no such option", `run(P(o("-a", action="store_true")), ["-ab"])`},
	{"no such long option", `run(P(), ["--nope"])`},
	{"abbrev", `run(P(o("--verbose", action="store_true"), o("--version-x", action="store_true")), ["--verb"])`},
	{"ambiguous", `run(P(o("--verbose", action="store_true"), o("--version-x", action="store_true")), ["--ver"])`},
	{"interspersed", `run(P(o("-a", action="store_true")), ["x", "-a", "y", "--", "-a"])`},
	{"disable interspersed", `(lambda p: (p.disable_interspersed_args(), run(p, ["x", "-a", "y"]), p.enable_interspersed_args(), run(p, ["x", "-a"])))(P(o("-a", action="store_true")))`},
	{"lone dash", `run(P(o("-a", action="store_true")), ["-", "-a"])`},
	{"defaults", `run(P(o("-n", type="int", default="7"), o("-s", default=None), o("-x", action="store_true")), [])`},
	{"set_defaults", `(lambda p: (p.set_defaults(n="5", extra=1), p.set_default("s", "q"), run(p, [])))(P(o("-n", type="int"), o("-s")))`},
	{"default bad string", `run(P(o("-n", type="int", default="x")), [])`},
	{"no process defaults", `(lambda p: (p.set_process_default_values(False), run(p, [])))(P(o("-n", type="int", default="7")))`},
	{"values passed", `run(P(o("-a")), ["-a", "1"], Values({"a": "0", "b": 2}))`},
	{"dest derived", `[(op.dest, op.type, op.nargs, op.metavar) for op in P(o("--some-name"), o("-x", "--xx-y", action="count"), o("-z", action="store_true"), o("--h2", action="callback", callback=print), o("-c", action="callback", callback=print, type="int")).option_list]`},
	{"help format", `helptext(BIG)`},
	{"help narrow", `(os.environ.__setitem__("COLUMNS", "40"), helptext(P(o("-f", "--file", metavar="FILE", help="write the report to FILE and do other things"), o("-q", action="store_true", help="be quiet"))), os.environ.__setitem__("COLUMNS", "80"))[1]`},
	{"help wide", `(os.environ.__setitem__("COLUMNS", "150"), helptext(BIG), os.environ.__setitem__("COLUMNS", "80"))[1]`},
	{"help bad columns", `(os.environ.__setitem__("COLUMNS", "wide"), OptionParser().formatter.width, os.environ.__setitem__("COLUMNS", "80"))[1]`},
	{"titled", `helptext(P(o("-f", "--file", metavar="F", help="file"), o("--long-only", help="x"), formatter=optparse.TitledHelpFormatter(), usage="%prog [opts] ARGS", description="Desc."))`},
	{"titled groups", `(lambda p: (p.add_option_group("Group", "About.").add_option("-g", help="gee"), helptext(p))[1])(P(o("-a", help="aa"), formatter=optparse.TitledHelpFormatter()))`},
	{"indented options", `helptext(P(o("-f", "--file", metavar="F", help="file"), formatter=optparse.IndentedHelpFormatter(indent_increment=4, max_help_position=30, width=60, short_first=0)))`},
	{"delimiters", `(lambda f: (f.set_short_opt_delimiter(""), f.set_long_opt_delimiter(" "), helptext(P(o("-f", "--file", help="x"), formatter=f)), err(f.set_short_opt_delimiter, "="), err(f.set_long_opt_delimiter, ":"))[2:])(optparse.IndentedHelpFormatter())`},
	{"usage variants", `[P(usage=u).get_usage() for u in (None, "usage: %prog x", "Usage: %prog y", "%prog [files]")] + [P(usage=optparse.SUPPRESS_USAGE).format_help()]`},
	{"prog from argv", `(argv("/usr/bin/tool.py"), OptionParser().get_usage(), OptionParser(prog=None, version="%prog 2").get_version())[1:]`},
	{"print usage and version", `(lambda p: cap(lambda: (p.print_usage(), p.print_version(), p.print_help(), p.print_usage(sys.stderr))))(P(o("-x", help="ex"), version="v%prog"))`},
	{"error method", `(lambda p: run(type("Q", (OptionParser,), {"check_values": lambda self, v, a: self.error("need %d args" % 2) if not a else (v, a)})(prog="q"), []))(None)`},
	{"exit method", `[cap(P().exit, 3, "bye\n"), cap(P().exit, 0, ""), cap(P().error, "bad thing")]`},
	{"exit codes", `[ex(lambda: P().exit()), ex(lambda: P().exit(1))]`},
	{"group", `(lambda p: (str(p.add_option_group(OptionGroup(p, "T", "d")).add_option("-x", action="store_true")), run(p, ["-x"]), p.get_option_group("-x").title, p.get_option_group("-h")))(P())`},
	{"group errors", `(lambda p: [err(p.add_option_group, OptionGroup(P(), "x")), err(p.add_option_group, 1), err(p.add_option_group)])(P())`},
	{"conflict error", `err(lambda: P(o("-x"), o("-x", "--xx")))`},
	{"conflict resolve", `(lambda p: (str(p.add_option("-x", "--xx", dest="b")), str(p.add_option("--xx", dest="c")), [str(op) for op in p.option_list], run(p, ["-x", "1", "--xx", "2"])))(P(o("-x", dest="a"), conflict_handler="resolve"))`},
	{"conflict handler bad", `err(OptionParser, conflict_handler="x")`},
	{"option errors", `[err(Option, "x"), err(Option, "-xy"), err(Option, "---x"), err(Option, "--"), err(Option, "-"), err(Option), err(Option, "--x", bogus=1, other=2)]`},
	{"option check errors", `[err(Option, "--x", action="frob"), err(Option, "--x", type="frob"), err(Option, "--x", action="count", type="int"), err(Option, "--x", type="choice"), err(Option, "--x", choices="ab"), err(Option, "--x", type="int", choices=[1])]`},
	{"option check errors 2", `[err(Option, "--x", const=1), err(Option, "--x", action="count", nargs=2), err(Option, "--x", action="callback", callback=1), err(Option, "--x", action="callback", callback=print, callback_args=[1]), err(Option, "--x", action="callback", callback=print, callback_kwargs=[]), err(Option, "--x", callback_args=(1,)), err(Option, "--x", callback_kwargs={})]`},
	{"add_option errors", `(lambda p: [err(p.add_option, 1), err(p.add_option, Option("-a"), "-b")])(P())`},
	{"remove and has", `(lambda p: (p.has_option("-a"), p.remove_option("--aa"), p.has_option("-a"), err(p.remove_option, "-a"), [str(x) for x in p.option_list]))(P(o("-a", "--aa"), o("-b")))`},
	{"str of option", `(str(Option("-a", "--bb", "-c")), Option("--bb", "-a").get_opt_string(), Option("-a").get_opt_string(), Option("-a").takes_value(), Option("-a", action="count").takes_value())`},
	{"values object", `(lambda v: (str(v), v == {"a": 1}, v == Values({"a": 1}), v != Values(), v.ensure_value("a", 5), v.ensure_value("b", []), str(v), v.__eq__(3)))(Values({"a": 1}))`},
	{"values update", `(lambda v: (v._update_careful({"a": 9, "z": 1, "b": None}), v._update_loose({"c": 3}), sorted(vars(v).items()), err(v._update, {}, "x")))(Values({"a": 1, "b": 2}))`},
	{"exceptions", `[str(optparse.BadOptionError("-q")), str(optparse.AmbiguousOptionError("--a", ["--ab", "--ac"])), str(optparse.OptionError("m", Option("-a", "--bb"))), str(optparse.OptionError("m", None)), err(optparse.OptionError, "m"), str(optparse.OptionValueError("v")), optparse.BadOptionError("-q").args, optparse.OptParseError("x").msg, issubclass(optparse.OptionConflictError, optparse.OptionError)]`},
	{"check_choice direct", `[err(optparse.check_choice, Option("--m", choices=["a"]), "--m", "b"), optparse.check_choice(Option("--m", choices=["a"]), "--m", "a")]`},
	{"module names", `(optparse.__all__, optparse.__version__, optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE, optparse.NO_DEFAULT, make_option is Option, Option.TYPES, Option.ACTIONS)`},
	{"parse_args default argv", `(argv("x", "-a", "z"), run(P(o("-a")), None))[1]`},
	{"get_option", `(lambda p: (str(p.get_option("--aa")), p.get_option("-z"), sorted(p.defaults.items())))(P(o("-a", "--aa", default=3)))`},
	{"description expands prog", `(P(description="%prog does it").format_help().splitlines(), P(epilog="End.", add_help_option=False).format_help())`},
	{"expand default none", `helptext(P(o("-x", help="x is %default"), o("-y", default=0, help="y is %default"), o("-z", action="store_true", help="z is %default")))`},
	{"long option strings help", `helptext(P(o("-a", "--aaaaaaaaaaaaaaaaaaaaaaaaaaaaa", metavar="VALUE", help="a help line that goes on and on for quite a while until it wraps"), o("-b", help="bee")))`},
	{"double dash value", `run(P(o("-a"), o("--b")), ["-a", "--", "--b", "-x", "--", "y"])`},
	{"empty arg", `run(P(o("-a")), ["", "-a", ""])`},
	{"rargs largs after parse", `(lambda p: (run(p, ["x", "-a", "1", "y"]), p.largs, p.rargs))(P(o("-a")))`},
	{"option_list param", `run(OptionParser(prog="p", option_list=[make_option("-a", action="store_true"), Option("--bb", type="float")]), ["-a", "--bb", "2.5"])`},
	{"standard option list", `run(type("SP", (OptionParser,), {"standard_option_list": [Option("-s", action="store_true")]})(prog="sp", add_help_option=False), ["-s", "-h"])`},
	{"custom type", `(lambda C: run(P(o("--up", type="upper"), o("--n", type="int"), option_class=C), ["--up", "abc", "--n", "5"]))(type("MyOption", (Option,), {"TYPES": Option.TYPES + ("upper",), "TYPE_CHECKER": dict(Option.TYPE_CHECKER, upper=lambda op, opt, v: v.upper())}))`},
	{"custom action", `(lambda C: run(P(o("--e", action="extend", type="string", dest="e"), option_class=C), ["--e", "a,b", "--e", "c"]))(type("MyOption", (Option,), {"ACTIONS": Option.ACTIONS + ("extend",), "STORE_ACTIONS": Option.STORE_ACTIONS + ("extend",), "TYPED_ACTIONS": Option.TYPED_ACTIONS + ("extend",), "ALWAYS_TYPED_ACTIONS": Option.ALWAYS_TYPED_ACTIONS + ("extend",), "take_action": lambda self, action, dest, opt, value, values, parser: values.ensure_value(dest, []).extend(value.split(",")) if action == "extend" else Option.take_action(self, action, dest, opt, value, values, parser)}))`},
	{"callback raises value error", `run(P(o("-c", action="callback", callback=lambda *a: (_ for _ in ()).throw(optparse.OptionValueError("bad -c")))), ["-c"])`},
	{"callback calls error", `run(P(o("-c", action="callback", type="int", callback=lambda op, s, v, p: p.error("value %d refused" % v))), ["-c", "7"])`},
	{"prog in usage error", `run(P(o("-a", type="int"), usage="%prog [-a N] FILE", prog="tool"), ["-a", "x"])`},
	{"metavar and dest help", `helptext(P(o("-o", "--output", dest="out", metavar="PATH", help="output to PATH (default %default)", default="-"), o("--level", type="choice", choices=["a", "b"], help="one of %default"), o("--pair", nargs=2, help="two values")))`},
	{"callback stops parsing", `run(P(o("-s", action="callback", callback=lambda op, s, v, p: p.rargs.clear())), ["a", "-s", "b", "c"])`},
}

func TestOptparseDifferential(t *testing.T) {
	pytesting.DiffCases(t, "optparse", optparsePrelude, optparseCases)
}
