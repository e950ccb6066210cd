#!/usr/bin/env python3
"""certinv: certificate inventory tool with argparse subcommands."""
import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile


class InventoryError(Exception):
    """Raised when the inventory cannot be read."""


def make_cert(directory, name, days):
    key = os.path.join(directory, name + ".key")
    crt = os.path.join(directory, name + ".pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", key, "-out", crt, "-days", str(days), "-subj", "/CN=%s" % name],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not an integer" % text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive, got %d" % value)
    return value


def cert_days(path):
    out = subprocess.check_output(["openssl", "x509", "-in", path, "-noout", "-enddate"])
    text = out.decode().strip().split("=", 1)[1]
    end = datetime.datetime.strptime(text, "%b %d %H:%M:%S %Y GMT")
    return (end - datetime.datetime.utcnow()).days


def cmd_list(args, store):
    rows = sorted(store.items(), key=lambda kv: (kv[1]["days"], kv[0]))
    if args.format == "json":
        print(json.dumps([{"name": k, **v} for k, v in rows], indent=2, sort_keys=True))
        return 0
    print("{:<12} {:>6}  {}".format("NAME", "DAYS", "STATUS"))
    for name, info in rows:
        status = "EXPIRING" if info["days"] < args.warn else "ok"
        print("{:<12} {:>6}  {}".format(name, info["days"], status))
    return 0


def cmd_show(args, store):
    missing = [n for n in args.names if n not in store]
    if missing:
        print("certinv: unknown certificate(s): %s" % ", ".join(missing), file=sys.stderr)
        return 1
    for n in args.names:
        info = store[n]
        print(f"{n}: {info['days']} days left, file={os.path.basename(info['path'])}")
    return 0


def build_parser():
    p = argparse.ArgumentParser(prog="certinv", description="Keep track of certificates.")
    p.add_argument("-q", "--quiet", action="store_true", help="print less")
    sub = p.add_subparsers(dest="cmd", metavar="{list,show}")
    sub.required = True
    lp = sub.add_parser("list", help="list certificates")
    lp.add_argument("--warn", type=positive_int, default=30, metavar="DAYS",
                    help="warn when fewer than DAYS remain (default: %(default)s)")
    fmt = lp.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="format", action="store_const", const="json")
    fmt.add_argument("--table", dest="format", action="store_const", const="table")
    lp.set_defaults(format="table", func=cmd_list)
    sp = sub.add_parser("show", help="show some certificates")
    sp.add_argument("names", nargs="+", metavar="NAME")
    sp.set_defaults(func=cmd_show)
    return p


def run(argv, store):
    print("$ certinv " + " ".join(argv))
    sys.stdout.flush()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        sys.stderr.flush()
        print("-> exit status %s" % e.code)
        return
    rc = args.func(args, store)
    sys.stderr.flush()
    print("-> exit status %d" % rc)


def main():
    with tempfile.TemporaryDirectory() as d:
        store = {}
        for name, days in [("web", 400), ("mail", 20), ("vpn", 90), ("db", 5)]:
            path = make_cert(d, name, days)
            store[name] = {"path": os.path.relpath(path, d), "days": cert_days(path)}
        for argv in (["list"], ["list", "--warn", "100"], ["list", "--json"],
                     ["show", "web", "db"], ["show", "nope"], ["list", "--warn", "0"],
                     ["list", "--warn", "x"], ["list", "--json", "--table"], [],
                     ["bogus"], ["--help"], ["list", "-h"], ["show"]):
            run(argv, store)


if __name__ == "__main__":
    main()
