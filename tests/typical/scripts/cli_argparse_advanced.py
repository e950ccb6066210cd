"""cipherctl: argparse with parents, groups, custom actions, append, nargs, FileType and error exits."""
import argparse
import io
import os
import sys
import tempfile

PROTOCOLS = ("tls1.2", "tls1.3")


class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        d = getattr(namespace, self.dest) or {}
        for item in values:
            if "=" not in item:
                parser.error("%s expects KEY=VALUE, got %r" % (option_string, item))
            k, v = item.split("=", 1)
            d[k] = v
        setattr(namespace, self.dest, d)


def port(text):
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError("port out of range: %d" % value)
    return value


common = argparse.ArgumentParser(add_help=False)
common.add_argument("--config", metavar="FILE", help="configuration file")
common.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

parser = argparse.ArgumentParser(
    prog="cipherctl", parents=[common],
    formatter_class=argparse.RawDescriptionHelpFormatter,
    description="Inspect and change cipher settings.\n\n  example: cipherctl -p 443 host1 host2",
    epilog="Report bugs to ops@example.com.", fromfile_prefix_chars="@")
parser.add_argument("hosts", nargs="*", default=["localhost"], help="hosts to contact (default: %(default)s)")
parser.add_argument("-p", "--port", type=port, default=443, help="TCP port [%(default)d]")
parser.add_argument("-P", "--protocol", choices=PROTOCOLS, action="append", help="allowed protocol versions")
parser.add_argument("-o", "--option", nargs="+", action=KeyValue, dest="options", metavar="K=V")
parser.add_argument("--timeout", type=float, default=3.0)
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--range", nargs=2, type=int, metavar=("LOW", "HIGH"))
parser.add_argument("--output", type=argparse.FileType("w"), default=sys.stdout)
parser.add_argument("--sni", nargs="?", const="auto", default=None)
group = parser.add_argument_group("output formats", "choose at most one")
fmt = group.add_mutually_exclusive_group()
fmt.add_argument("--json", action="store_true")
fmt.add_argument("--csv", action="store_true")
parser.add_argument("--no-verify", dest="verify", action="store_false")
parser.add_argument("--version", action="version", version="%(prog)s 2.0")


def show(ns):
    d = vars(ns).copy()
    out = d.pop("output")
    d["output"] = "<stdout>" if out is sys.stdout else os.path.basename(out.name)
    return ", ".join("%s=%r" % kv for kv in sorted(d.items()))


def run(argv):
    print("$ cipherctl", " ".join(argv))
    sys.stdout.flush()
    try:
        ns = parser.parse_args(argv)
        print("  ", show(ns))
    except SystemExit as e:
        sys.stderr.flush()
        print("   exit", e.code)


here = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    argfile = "args.txt"
    with open(argfile, "w") as f:
        f.write("-p\n8443\nfromfile.example\n")
    outfile = "report.txt"
    for argv in [[], ["a", "b", "-p", "8443", "-vvv"], ["-P", "tls1.2", "-P", "tls1.3", "--json"],
                 ["-o", "a=1", "b=2", "--", "host"], ["-o", "bad"], ["--range", "1", "9"], ["--range", "1"],
                 ["--sni"], ["--sni", "x.example", "h"], ["--json", "--csv"], ["-p", "70000"], ["-p", "abc"],
                 ["-P", "ssl3"], ["--timeout", "1e-2", "--no-verify"], ["--output", outfile], ["@" + argfile],
                 ["--bogus"], ["--port"], ["--ver"], ["--version"], ["-h"], ["--output", os.path.join("x", "y")]]:
        run(argv)
    print(parser.format_usage(), end="")
    ns, rest = parser.parse_known_args(["h1", "--unknown", "-p", "1", "extra"])
    print(ns.hosts, ns.port, rest)
    sub = argparse.ArgumentParser(prog="tool")
    subs = sub.add_subparsers(title="actions", dest="action", help="what to do")
    a = subs.add_parser("renew", aliases=["r"], help="renew a certificate")
    a.add_argument("--days", type=int, required=True)
    subs.add_parser("revoke", help="revoke a certificate").add_argument("serial", type=lambda s: int(s, 16))
    for argv in [["renew", "--days", "30"], ["r", "--days", "5"], ["renew"], ["revoke", "0x1f"], ["revoke", "zz"],
                 [], ["-h"], ["renew", "-h"]]:
        print("$ tool", " ".join(argv))
        sys.stdout.flush()
        try:
            print("  ", sub.parse_args(argv))
        except SystemExit as e:
            sys.stderr.flush()
            print("   exit", e.code)
    ns = argparse.Namespace(a=1, b="x")
    print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns)
    buf = io.StringIO()
    parser.print_help(buf)
    print(len(buf.getvalue().splitlines()))
    os.chdir(here)
