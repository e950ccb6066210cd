"""A TLS admin console: each line the client sends is split with shlex
and parsed by an argparse parser with subcommands on the server, whose
usage errors and help go back to the client instead of exiting."""
import argparse
import io
import os
import shlex
import socket
import ssl
import subprocess
import tempfile
import threading


class ParseFailure(Exception):
    pass


class ConsoleParser(argparse.ArgumentParser):
    def error(self, message):
        raise ParseFailure("%s: error: %s" % (self.prog, message))

    def exit(self, status=0, message=None):
        raise ParseFailure(message or "exit %d" % status)


def build_parser():
    p = ConsoleParser(prog="adm", add_help=False)
    sub = p.add_subparsers(dest="cmd")
    user = sub.add_parser("adduser", add_help=False)
    user.add_argument("name")
    user.add_argument("--role", choices=["ro", "rw", "admin"], default="ro")
    user.add_argument("--quota", type=int, default=10)
    grep = sub.add_parser("grep", add_help=False)
    grep.add_argument("pattern")
    grep.add_argument("-i", action="store_true")
    grep.add_argument("-n", "--max", type=int, default=3)
    sub.add_parser("users", add_help=False)
    return p


LINES = ["Error: disk full", "warning: slow query", "error: timeout", "info: ok", "ERROR again"]


def run(ns, users):
    if ns.cmd == "adduser":
        users[ns.name] = (ns.role, ns.quota)
        return "added %s role=%s quota=%d" % (ns.name, ns.role, ns.quota)
    if ns.cmd == "grep":
        hits = [l for l in LINES if (ns.pattern.lower() in l.lower() if ns.i else ns.pattern in l)]
        return "; ".join(hits[:ns.max]) or "(no match)"
    if ns.cmd == "users":
        return ", ".join("%s=%s/%d" % (k, *v) for k, v in sorted(users.items())) or "(none)"
    return "no command"


def serve(listener, ctx):
    parser, users = build_parser(), {}
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls, tls.makefile("rw", encoding="utf-8") as f:
        for line in f:
            if line.strip() == "quit":
                f.write("bye\n")
                f.flush()
                break
            try:
                argv = shlex.split(line)
                reply = run(parser.parse_args(argv), users)
            except ParseFailure as e:
                reply = "ERR " + str(e).strip().replace("\n", " | ")
            except ValueError as e:
                reply = "ERR shlex: %s" % e
            f.write(reply + "\n")
            f.flush()


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k"), os.path.join(d, "c")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "1", "-subj", "/CN=console", "-addext", "subjectAltName=DNS:console",
                               "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        t = threading.Thread(target=serve, args=(listener, sctx))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        commands = ['adduser alice --role admin', "adduser 'bob smith' --quota 25",
                    'adduser carol --role superuser', 'adduser dave --quota lots', 'users',
                    'grep error', 'grep error -i --max 2', 'grep "slow query"', 'grep',
                    'frobnicate now', 'adduser "unterminated', '', 'quit']
        with cctx.wrap_socket(socket.create_connection(listener.getsockname(), timeout=5),
                              server_hostname="console") as tls, tls.makefile("rw", encoding="utf-8") as f:
            for c in commands:
                f.write(c + "\n")
                f.flush()
                print("> %s\n  %s" % (c, f.readline().rstrip("\n")))
        t.join(5)
        listener.close()
    out = io.StringIO()
    build_parser().print_usage(out)
    print(out.getvalue().strip())
    print(shlex.quote("it's here"), shlex.split("a 'b c' \"d e\" f\\ g"))


main()
