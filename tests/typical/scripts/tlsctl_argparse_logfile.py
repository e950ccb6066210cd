"""tlsctl: a small operations CLI with argparse subcommands (issue,
inspect, check) whose actions log to a file through logging's
FileHandler. main() is run with several argument lists, as a shell
would; argparse's errors and --help go to stderr/stdout and exit with
status 2 and 0, which the driver reports. The log file is printed last."""
import argparse
import logging
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

log = logging.getLogger("tlsctl")


def cmd_issue(args):
    key = os.path.join(args.dir, args.name + ".key")
    crt = os.path.join(args.dir, args.name + ".pem")
    cmd = ["openssl", "req", "-x509", "-newkey", "rsa:%d" % args.bits, "-nodes", "-days", str(args.days),
           "-subj", "/CN=" + args.name, "-keyout", key, "-out", crt]
    for san in args.san:
        cmd += ["-addext", "subjectAltName=DNS:" + san]
    log.info("issuing %s (%d bits, %d days, SAN %s)", args.name, args.bits, args.days, ",".join(args.san) or "-")
    subprocess.check_call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("issued", os.path.basename(crt))
    return 0


def cmd_inspect(args):
    path = os.path.join(args.dir, args.name + ".pem")
    if not os.path.exists(path):
        log.error("no certificate %s", args.name)
        print("tlsctl: no such certificate:", args.name, file=sys.stderr)
        return 1
    info = ssl._ssl._test_decode_cert(path)
    subject = dict(x[0] for x in info["subject"])
    sans = [v for k, v in info.get("subjectAltName", ())]
    log.debug("decoded %s: %d fields", args.name, len(info))
    fields = [("subject CN", subject["commonName"]), ("version", info["version"]),
              ("SAN", ", ".join(sans) or "-"), ("self-signed", info["subject"] == info["issuer"])]
    if args.format == "kv":
        for k, v in fields:
            print("%s=%s" % (k.replace(" ", "_"), v))
    else:
        for k, v in fields:
            print("%-12s %s" % (k + ":", v))
    return 0


def cmd_check(args):
    crt = os.path.join(args.dir, args.name + ".pem")
    key = os.path.join(args.dir, args.name + ".key")
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        sctx.load_cert_chain(crt, key)
    except OSError as e:
        log.error("cannot load %s: %s", args.name, e.strerror)
        print("tlsctl: cannot load %s: [Errno %d] %s" % (args.name, e.errno, e.strerror), file=sys.stderr)
        return 1
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)

    def serve():
        raw, _ = lsock.accept()
        try:
            with sctx.wrap_socket(raw, server_side=True) as s:
                s.sendall(b"ready\n")
        except (ssl.SSLError, OSError) as e:
            log.warning("server side: handshake failed (%s)", getattr(e, "reason", e))

    t = threading.Thread(target=serve)
    t.start()
    cctx = ssl.create_default_context(cafile=crt)
    try:
        with socket.create_connection(lsock.getsockname(), timeout=5) as raw:
            with cctx.wrap_socket(raw, server_hostname=args.host) as s:
                print("check %s as %s: ok, %s, %r" % (args.name, args.host, s.version(), s.recv(16)))
                log.info("check of %s as %s passed", args.name, args.host)
                status = 0
    except ssl.CertificateError as e:
        print("check %s as %s: name mismatch" % (args.name, args.host))
        log.error("check of %s as %s failed: %s", args.name, args.host, type(e).__name__)
        status = 3
    except ssl.SSLError as e:
        print("check %s as %s: failed, %s" % (args.name, args.host, e.reason))
        log.error("check of %s as %s failed: %s", args.name, args.host, e.reason)
        status = 3
    t.join(5)
    lsock.close()
    return status


def build_parser():
    p = argparse.ArgumentParser(prog="tlsctl", description="Issue, inspect and check certificates.")
    p.add_argument("--dir", required=True, help="certificate directory")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    issue = sub.add_parser("issue", help="make a self-signed certificate")
    issue.add_argument("name")
    issue.add_argument("--bits", type=int, choices=(2048, 3072), default=2048)
    issue.add_argument("--days", type=int, default=30)
    issue.add_argument("--san", action="append", default=[], metavar="DNS")
    issue.set_defaults(func=cmd_issue)
    inspect = sub.add_parser("inspect", help="show a certificate's fields")
    inspect.add_argument("name")
    inspect.add_argument("--format", choices=("table", "kv"), default="table")
    inspect.set_defaults(func=cmd_inspect)
    check = sub.add_parser("check", help="serve a certificate locally and connect to it")
    check.add_argument("name")
    check.add_argument("--host", default="localhost")
    check.set_defaults(func=cmd_check)
    return p


def main(argv, logfile):
    args = build_parser().parse_args(argv)
    handler = logging.FileHandler(logfile)
    handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s.%(funcName)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if args.verbose > 1 else logging.INFO if args.verbose else logging.WARNING)
    try:
        return args.func(args)
    finally:
        log.removeHandler(handler)
        handler.close()


def driver():
    d = tempfile.mkdtemp()
    logfile = os.path.join(d, "tlsctl.log")
    runs = [
        ["--dir", d, "-v", "issue", "web", "--san", "localhost", "--days", "7"],
        ["--dir", d, "-vv", "inspect", "web"],
        ["--dir", d, "inspect", "web", "--format", "kv"],
        ["--dir", d, "-v", "check", "web"],
        ["--dir", d, "-v", "check", "nothing"],
        ["--dir", d, "inspect", "nothing"],
        ["--dir", d, "issue", "weak", "--bits", "1024"],
        ["--dir", d, "frobnicate"],
        ["issue", "x"],
        ["--dir", d, "inspect", "--help"],
    ]
    try:
        for argv in runs:
            shown = " ".join("DIR" if a == d else a for a in argv)
            print("$ tlsctl", shown)
            sys.stdout.flush()
            try:
                status = main(argv, logfile)
            except SystemExit as e:
                status = e.code
            sys.stdout.flush()
            sys.stderr.flush()
            print("[status %s]" % status)
        print("--- log file")
        with open(logfile) as f:
            sys.stdout.write(f.read())
    finally:
        shutil.rmtree(d)


driver()
