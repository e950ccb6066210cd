"""tlsping: a command-line tool with argparse subcommands (ping, cert,
ciphers), a mutually exclusive verification group, custom argument types,
logging configured from -v/-q, and exit codes; main() is called with
several argument lists against a local TLS server, including bad ones
that make argparse exit with status 2."""
import argparse
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

log = logging.getLogger("tlsping")


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/O=Ping Org/CN=ping.test", "-addext", "subjectAltName=DNS:ping.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def hostport(text):
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError("expected HOST:PORT, got %r" % text)
    return host, int(port)


def tls_version(text):
    try:
        return {"1.2": ssl.PROTOCOL_TLSv1_2, "any": ssl.PROTOCOL_TLS}[text]
    except KeyError:
        raise argparse.ArgumentTypeError("unknown TLS version %r (choose 1.2 or any)" % text)


def build_parser():
    p = argparse.ArgumentParser(prog="tlsping", description="Probe TLS endpoints.")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--timeout", type=float, default=5.0, metavar="SECS")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, helptext in [("ping", "handshake and report"), ("cert", "print the peer certificate"),
                           ("ciphers", "list the context's ciphers")]:
        sp = sub.add_parser(name, help=helptext)
        if name != "ciphers":
            sp.add_argument("target", type=hostport)
            sp.add_argument("--sni", help="server name to send and check")
            g = sp.add_mutually_exclusive_group()
            g.add_argument("--cafile")
            g.add_argument("--insecure", action="store_true")
        sp.add_argument("--tls", type=tls_version, default=ssl.PROTOCOL_TLS)
        if name == "ping":
            sp.add_argument("-n", "--count", type=int, default=1, choices=range(1, 4))
        if name == "ciphers":
            sp.add_argument("--filter", default="ECDHE+AESGCM")
    return p


def make_context(args):
    ctx = ssl.SSLContext(args.tls)
    if getattr(args, "insecure", False):
        ctx.verify_mode = ssl.CERT_NONE
    else:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.check_hostname = bool(args.sni)
        if args.cafile:
            ctx.load_verify_locations(args.cafile)
    return ctx


def cmd_ping(args):
    ctx = make_context(args)
    ok = 0
    for i in range(args.count):
        try:
            with socket.create_connection(args.target, timeout=args.timeout) as raw:
                with ctx.wrap_socket(raw, server_hostname=args.sni) as s:
                    log.info("attempt %d: %s %s", i + 1, s.version(), s.cipher()[0])
                    s.recv(1)
                    ok += 1
        except ssl.SSLError as e:
            log.error("attempt %d: TLS failure: %s", i + 1, e.reason)
        except ssl.CertificateError as e:
            log.error("attempt %d: certificate does not match %r", i + 1, args.sni)
        except OSError as e:
            log.error("attempt %d: %s", i + 1, e.__class__.__name__)
    print("%d/%d handshakes ok" % (ok, args.count))
    return 0 if ok == args.count else 1


def cmd_cert(args):
    ctx = make_context(args)
    with socket.create_connection(args.target, timeout=args.timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=args.sni) as s:
            cert = s.getpeercert()
            if not cert:
                der = s.getpeercert(binary_form=True)
                print("unverified certificate, %d DER bytes" % len(der))
                s.recv(1)
                return 3
            for key in ("subject", "issuer"):
                print(key + ":", ", ".join("%s=%s" % kv for rdn in cert[key] for kv in rdn))
            print("san:", cert["subjectAltName"])
            s.recv(1)
    return 0


def cmd_ciphers(args):
    ctx = ssl.SSLContext(args.tls)
    try:
        ctx.set_ciphers(args.filter)
    except ssl.SSLError as e:
        log.error("bad cipher filter %r: %s", args.filter, e.args[1] if len(e.args) > 1 else e)
        return 4
    names = sorted(c["name"] for c in ctx.get_ciphers() if c["protocol"] == "TLSv1.2")
    print("%d TLS 1.2 suites, first %s" % (len(names), names[0]))
    return 0


def main(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code
    level = logging.ERROR if args.quiet else (logging.INFO if args.verbose else logging.WARNING)
    log.setLevel(level)
    log.debug("args %r", vars(args))
    return {"ping": cmd_ping, "cert": cmd_cert, "ciphers": cmd_ciphers}[args.command](args)


def serve(lsock, ctx, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"!")
        except (ssl.SSLError, OSError):
            pass


if __name__ == "__main__":
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s: %(message)s"))
    log.addHandler(handler)
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(8)
        target = "127.0.0.1:%d" % lsock.getsockname()[1]
        t = threading.Thread(target=serve, args=(lsock, sctx, 5))
        t.start()
        sys.stderr = sys.stdout
        runs = [["-v", "ping", target, "--cafile", crt, "--sni", "ping.test", "-n", "2"],
                ["ping", target, "--sni", "ping.test"],
                ["cert", target, "--cafile", crt, "--sni", "ping.test", "--tls", "1.2"],
                ["cert", target, "--insecure"],
                ["ciphers", "--filter", "ECDHE+CHACHA20"],
                ["-q", "ciphers", "--filter", "NOPE-NOT-A-CIPHER"],
                ["ping", "localhost"],
                ["ping", target, "--cafile", crt, "--insecure"],
                ["ping", target, "-n", "9"],
                ["cert", target, "--tls", "1.0"],
                []]
        for argv in runs:
            print("$ tlsping", " ".join(a if a != crt else "ca.pem" for a in argv).replace(target, "HOST:PORT"))
            sys.stdout.flush()
            print("exit status:", main(argv))
        t.join(10)
        lsock.close()
