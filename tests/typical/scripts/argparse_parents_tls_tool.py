"""A TLS admin tool with argparse parent parsers, subcommands with
set_defaults(func=...), mutually exclusive options, and the errors and help
argparse prints -- all driven from a list of command lines."""
import argparse
import contextlib
import io
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def cmd_ping(args):
    ctx = ssl.create_default_context(cafile=args.cafile)
    if args.insecure:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((args.host, args.port), timeout=args.timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=args.sni) as s:
            s.sendall(b"PING\n")
            return "ping: %s %s" % (s.recv(16).strip().decode(), s.version())


def cmd_info(args):
    info = ssl._ssl._test_decode_cert(args.certfile)
    fields = args.fields or ["subject", "serialNumber"]
    return "\n".join("%s=%s" % (f, info.get(f)) for f in fields)


def build_parser():
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="count", default=0)
    net = argparse.ArgumentParser(add_help=False)
    net.add_argument("--host", default="127.0.0.1")
    net.add_argument("--port", type=int, required=True)
    net.add_argument("--timeout", type=float, default=5.0, metavar="SECS")
    trust = net.add_mutually_exclusive_group()
    trust.add_argument("--cafile")
    trust.add_argument("--insecure", action="store_true")
    parser = argparse.ArgumentParser(prog="tlsadm", description="Small TLS admin tool.")
    sub = parser.add_subparsers(dest="command", title="commands")
    p = sub.add_parser("ping", parents=[common, net], help="connect and say PING")
    p.add_argument("--sni", default="localhost")
    p.set_defaults(func=cmd_ping)
    i = sub.add_parser("info", parents=[common], help="show certificate fields")
    i.add_argument("certfile")
    i.add_argument("--field", dest="fields", action="append",
                   choices=["subject", "issuer", "serialNumber", "version", "notAfter"])
    i.set_defaults(func=cmd_info)
    return parser


def run(argv):
    parser = build_parser()
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = parser.parse_args(argv)
            if not getattr(args, "func", None):
                parser.print_usage()
                code = 1
            else:
                print(args.func(args))
                if args.verbose:
                    print("verbosity", args.verbose)
        except SystemExit as e:
            code = e.code
        except (ssl.SSLError, OSError) as e:
            print("error: %s" % e, file=sys.stderr)
            code = 3
    return code, out.getvalue(), err.getvalue()


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(5)
        port = str(srv.getsockname()[1])

        def serve():
            while True:
                try:
                    conn, _ = srv.accept()
                except OSError:
                    return
                try:
                    with sctx.wrap_socket(conn, server_side=True) as s:
                        s.recv(16)
                        s.sendall(b"PONG\n")
                except (ssl.SSLError, OSError):
                    pass
        threading.Thread(target=serve, daemon=True).start()
        lines = [
            ["ping", "--port", port, "--cafile", cert, "-vv"],
            ["ping", "--port", port, "--insecure"],
            ["ping", "--port", port],
            ["ping", "--port", port, "--cafile", cert, "--insecure"],
            ["ping", "--port", "http"],
            ["ping"],
            ["info", cert, "--field", "subject", "--field", "version"],
            ["info", cert, "--field", "colour"],
            [],
            ["frobnicate"],
            ["ping", "--help"],
        ]
        for argv in lines:
            code, out, err = run(argv)
            print("$ tlsadm", " ".join("CERT" if a == cert else "PORT" if a == port else a
                                       for a in argv))
            print("  exit:", code)
            for line in out.replace(cert, "CERT").splitlines():
                print("  out|", line)
            for line in err.replace(cert, "CERT").splitlines():
                print("  err|", line)
        srv.close()


main()
