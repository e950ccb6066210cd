#!/usr/bin/env python3
"""tlsctl: a CLI with subcommands (argparse), run with several argument lists."""
import argparse
import json
import sys


def cmd_gen(args):
    print("gen: cn=%s days=%d key=%s" % (args.cn, args.days, args.key))
    return 0


def cmd_check(args):
    result = {"hosts": args.hosts, "port": args.port, "strict": args.strict, "timeout": args.timeout}
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        for h in args.hosts:
            print("check %s:%d" % (h, args.port))
    return 0 if args.hosts else 1


def build():
    p = argparse.ArgumentParser(prog="tlsctl", description="Manage TLS things.",
                                epilog="Exit status is 0 on success.")
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    g = sub.add_parser("gen", help="generate a certificate")
    g.add_argument("cn")
    g.add_argument("--days", type=int, default=365)
    g.add_argument("--key", choices=["rsa", "ec"], default="ec")
    g.set_defaults(func=cmd_gen)
    c = sub.add_parser("check", help="check hosts")
    c.add_argument("hosts", nargs="*", metavar="HOST")
    c.add_argument("-p", "--port", type=int, default=443)
    mode = c.add_mutually_exclusive_group()
    mode.add_argument("--strict", action="store_true")
    mode.add_argument("--lenient", dest="strict", action="store_false")
    c.add_argument("--timeout", type=float, default=5.0)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_check)
    return p


def run(argv):
    parser = build()
    print("$ tlsctl " + " ".join(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print("exit status:", e.code)
        return
    if not getattr(args, "func", None):
        parser.print_usage()
        print("exit status: 2 (no command)")
        return
    print("verbose:", args.verbose)
    print("exit status:", args.func(args))


for argv in (["gen", "example.com"], ["-vv", "gen", "--days", "30", "--key", "rsa", "a.test"],
             ["check", "a.test", "b.test", "-p", "8443", "--json", "--strict"],
             ["check", "--lenient", "x"], ["check"], [], ["gen"], ["gen", "x", "--key", "dsa"],
             ["check", "--strict", "--lenient"], ["check", "--port", "https"], ["--version"],
             ["--help"], ["check", "--help"], ["bogus"]):
    run(argv)
    sys.stdout.flush()
