"""certctl: an argparse tool with subcommands (new, show, verify,
list), mutually exclusive options, choices, nargs, type converters,
defaults from set_defaults, help and usage errors captured from
several command lines, and the exit code of the last one."""
import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile


def positive_days(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not a number of days" % text)
    if value <= 0:
        raise argparse.ArgumentTypeError("days must be positive, not %d" % value)
    return value


def cmd_new(args):
    key = os.path.join(args.dir, args.name + ".key")
    crt = os.path.join(args.dir, args.name + ".crt")
    algo = ["-newkey", "rsa:2048"] if args.key_type == "rsa" else \
        ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
    sans = ",".join("DNS:" + s for s in [args.name] + (args.san or []))
    subprocess.run(["openssl", "req", "-x509"] + algo + ["-nodes", "-days", str(args.days),
                    "-subj", "/CN=" + args.name, "-addext", "subjectAltName=" + sans,
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("created %s (%s, %d days, %d names)" % (os.path.basename(crt), args.key_type, args.days,
                                                   sans.count("DNS:")))
    return 0


def load(path):
    import ssl
    return ssl._ssl._test_decode_cert(path)


def cmd_show(args):
    info = load(args.cert)
    fields = {"subject": dict(x[0] for x in info["subject"])["commonName"],
              "sans": [v for _, v in info["subjectAltName"]],
              "version": info["version"]}
    if args.json:
        print(json.dumps(fields, sort_keys=True))
    else:
        for k in sorted(fields):
            print("%-8s %s" % (k + ":", fields[k]))
    return 0


def cmd_verify(args):
    res = subprocess.run(["openssl", "verify", "-CAfile", args.ca, args.cert],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    print("verify:", "ok" if res.returncode == 0 else "failed", "(rc=%d)" % res.returncode)
    return res.returncode and 3


def cmd_list(args):
    names = sorted(n for n in os.listdir(args.dir) if n.endswith(args.suffix))
    for n in names[:args.limit]:
        print(" -", n)
    return 0


def build_parser():
    p = argparse.ArgumentParser(prog="certctl", description="Manage test certificates.",
                                epilog="Use 'certctl COMMAND -h' for command help.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--version", action="version", version="%(prog)s 1.4.2")
    sub = p.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    sub.required = True
    new = sub.add_parser("new", help="create a self-signed certificate")
    new.add_argument("name")
    new.add_argument("--dir", required=True)
    new.add_argument("--days", type=positive_days, default=30, metavar="N")
    new.add_argument("--key-type", choices=["rsa", "ec"], default="ec")
    new.add_argument("--san", action="append", help="extra DNS name (repeatable)")
    new.set_defaults(func=cmd_new)
    show = sub.add_parser("show", help="print certificate fields")
    show.add_argument("cert")
    fmt = show.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--text", action="store_true")
    show.set_defaults(func=cmd_show)
    ver = sub.add_parser("verify", help="verify against a CA file")
    ver.add_argument("cert")
    ver.add_argument("--ca", required=True)
    ver.set_defaults(func=cmd_verify)
    ls = sub.add_parser("list", aliases=["ls"], help="list certificates")
    ls.add_argument("dir")
    ls.add_argument("--suffix", default=".crt")
    ls.add_argument("--limit", type=int, default=10)
    ls.set_defaults(func=cmd_list)
    return p


def run(argv):
    parser = build_parser()
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = parser.parse_args(argv)
            code = args.func(args)
        except SystemExit as exc:
            code = exc.code
    print("$ certctl " + " ".join(a if " " not in a else repr(a) for a in argv).replace(tmp, "TMP"))
    for line in (out.getvalue() + err.getvalue()).replace(tmp, "TMP").splitlines():
        print("  | " + line)
    print("  exit:", code)
    return code


tmp = ""


def main():
    global tmp
    with tempfile.TemporaryDirectory() as d:
        tmp = d
        crt = os.path.join(d, "api.test.crt")
        code = 0
        for argv in [["--help"], ["--version"], [], ["new", "-h"],
                     ["new", "api.test", "--dir", d, "--days", "45", "--san", "v1.api.test", "--san", "v2.api.test"],
                     ["new", "db.test", "--dir", d, "--key-type", "rsa"],
                     ["new", "x", "--dir", d, "--days", "-3"],
                     ["new", "x", "--dir", d, "--days", "soon"],
                     ["new", "x", "--key-type", "dsa"],
                     ["show", crt], ["show", crt, "--json"], ["show", crt, "--json", "--text"],
                     ["verify", crt, "--ca", crt], ["verify", crt, "--ca", os.path.join(d, "db.test.crt")],
                     ["ls", d, "--limit", "1"], ["list", d, "--suffix", ".key"], ["frobnicate"],
                     ["-vv", "list", d, "--bogus"]]:
            code = run(argv)
    sys.exit(code)


if __name__ == "__main__":
    main()
