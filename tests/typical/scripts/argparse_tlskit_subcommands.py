"""tlskit: an argparse tool with subcommands (gencert, serve-once, probe, show), driven in-process."""
import argparse
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

STATE = {}


def cmd_gencert(args):
    cert, key = os.path.join(args.dir, args.name + ".pem"), os.path.join(args.dir, args.name + ".key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:%d" % args.bits, "-nodes", "-days", str(args.days),
         "-subj", "/CN=" + args.cn, "-addext", "subjectAltName=DNS:" + args.cn,
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    STATE["cert"], STATE["key"] = cert, key
    print("wrote %s (%d-bit, %d days)" % (os.path.basename(cert), args.bits, args.days))


def cmd_serve_once(args):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(STATE["cert"], STATE["key"])
    lsock = socket.socket()
    lsock.bind((args.host, 0))
    lsock.listen(1)
    lsock.settimeout(10)

    def once():
        conn, _ = lsock.accept()
        with ctx.wrap_socket(conn, server_side=True) as tls:
            tls.sendall(args.banner.encode())
            tls.recv(1)
        lsock.close()

    STATE["thread"] = threading.Thread(target=once)
    STATE["thread"].start()
    STATE["port"] = lsock.getsockname()[1]
    print("serving one connection on %s with banner %r" % (args.host, args.banner))


def cmd_probe(args):
    ctx = ssl.create_default_context(cafile=args.cafile or STATE["cert"])
    if args.insecure:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((args.host, STATE["port"]), timeout=args.timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=args.sni) as tls:
            report = {"banner": tls.recv(100).decode(), "verified": ctx.verify_mode == ssl.CERT_REQUIRED,
                      "subject": dict(x[0] for x in tls.getpeercert()["subject"]) if not args.insecure else None}
            tls.sendall(b".")
    STATE["thread"].join(10)
    if args.format == "json":
        print(json.dumps(report, sort_keys=True, indent=args.indent))
    else:
        for k in sorted(report):
            print("%-9s %s" % (k, report[k]))


def cmd_show(args):
    print("state keys:", sorted(k for k in STATE if k != "thread"), "verbose:", args.verbose)


def build_parser(workdir):
    p = argparse.ArgumentParser(prog="tlskit", description="Small TLS helper.")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    g = sub.add_parser("gencert", help="make a self-signed certificate")
    g.add_argument("cn")
    g.add_argument("--name", default="server")
    g.add_argument("--bits", type=int, choices=[2048, 3072], default=2048)
    g.add_argument("--days", type=int, default=30)
    g.set_defaults(func=cmd_gencert, dir=workdir)
    s = sub.add_parser("serve-once", help="serve a banner once")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--banner", default="hello")
    s.set_defaults(func=cmd_serve_once)
    pr = sub.add_parser("probe", help="connect and report")
    pr.add_argument("--host", default="127.0.0.1")
    pr.add_argument("--sni", required=True)
    pr.add_argument("--cafile")
    pr.add_argument("--timeout", type=float, default=10.0)
    mode = pr.add_mutually_exclusive_group()
    mode.add_argument("--json", dest="format", action="store_const", const="json", default="text")
    mode.add_argument("--text", dest="format", action="store_const", const="text")
    pr.add_argument("--indent", type=int, default=None)
    pr.add_argument("-k", "--insecure", action="store_true")
    pr.set_defaults(func=cmd_probe)
    sub.add_parser("show", help="show state").set_defaults(func=cmd_show)
    return p


def main(argv, workdir):
    parser = build_parser(workdir)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        print("-> exit %s" % exc.code)
        return
    args.func(args)


if __name__ == "__main__":
    sys.stderr = sys.stdout
    with tempfile.TemporaryDirectory() as d:
        build_parser(d).print_help()
        for argv in (["gencert", "--help"], ["gencert", "tls.example", "--bits", "1024"], [],
                     ["gencert", "tls.example", "--days", "7"], ["serve-once", "--banner", "HI THERE"],
                     ["probe", "--sni", "tls.example", "--json", "--text"],
                     ["probe", "--sni", "tls.example", "--json", "--indent", "2"],
                     ["serve-once"], ["probe", "--sni", "tls.example", "-k"], ["-vv", "show"], ["bogus"]):
            print("$ tlskit", " ".join(argv))
            main(argv, d)
