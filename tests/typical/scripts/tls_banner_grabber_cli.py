"""A command-line banner grabber: argparse options (--timeout, --json,
repeated --target), a TLS attempt on each target that falls back to
reading a plaintext banner when the peer does not speak TLS, a closed
port, a JSON report on stdout and an exit status counting failures."""
import argparse
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "3", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def listener():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(2)
    return s


def tls_service(ls, ctx):
    c, _ = ls.accept()
    try:
        with ctx.wrap_socket(c, server_side=True) as s:
            s.sendall(b"220 secure-service ready\r\n")
            s.recv(1)
    except (ssl.SSLError, OSError):
        pass


def plain_service(ls, banner):
    for _ in range(2):  # the TLS attempt, then the plaintext retry
        c, _ = ls.accept()
        with c:
            c.sendall(banner)
            try:
                c.recv(1024)
            except OSError:
                pass


def grab(host, port, ctx, timeout):
    result = {"target": "%s:%d" % ("localhost", port)}
    try:
        raw = socket.create_connection((host, port), timeout=timeout)
    except ConnectionRefusedError as exc:
        result.update(status="refused", errno=exc.errno)
        return result
    try:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            result.update(status="tls", version=s.version(), banner=s.recv(100).decode().strip())
            s.sendall(b"q")
            return result
    except ssl.SSLError as exc:
        result.update(tls_error=exc.reason, tls_errno=exc.errno, tls_message=str(exc).split(" (")[0])
    with socket.create_connection((host, port), timeout=timeout) as s2:
        banner = s2.recv(100).decode(errors="replace").strip()
        s2.sendall(b"QUIT\r\n")
    result.update(status="plaintext", banner=banner)
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(prog="grab", description="Grab TLS or plaintext banners.")
    parser.add_argument("--target", action="append", type=int, required=True, metavar="PORT")
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cafile")
    args = parser.parse_args(argv)
    ctx = ssl.create_default_context(cafile=args.cafile)
    results = [grab("127.0.0.1", p, ctx, args.timeout) for p in args.target]
    failures = sum(r["status"] != "tls" for r in results)
    if args.json:
        # ports change from run to run: number the targets instead
        for i, r in enumerate(results):
            r["target"] = "target-%d" % i
        json.dump({"results": results, "failures": failures}, sys.stdout, indent=1, sort_keys=True)
        print()
    return failures


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        tls_ls, ssh_ls, http_ls = listener(), listener(), listener()
        closed = socket.socket()  # bound but never listening: connections are refused
        closed.bind(("127.0.0.1", 0))
        closed_port = closed.getsockname()[1]
        threads = [threading.Thread(target=tls_service, args=(tls_ls, sctx)),
                   threading.Thread(target=plain_service, args=(ssh_ls, b"SSH-2.0-OpenSSH_7.4\r\n")),
                   threading.Thread(target=plain_service, args=(http_ls, b"HTTP/1.0 400 Bad Request\r\n\r\n"))]
        for t in threads:
            t.start()
        ports = [s.getsockname()[1] for s in (tls_ls, ssh_ls, http_ls)] + [closed_port]
        argv = ["--json", "--cafile", crt, "--timeout", "10"]
        for p in ports:
            argv += ["--target", str(p)]
        code = main(argv)
        for t in threads:
            t.join(10)
        for s in (tls_ls, ssh_ls, http_ls):
            s.close()
        try:
            main(["--timeout", "x"])
        except SystemExit as exc:
            print("usage error exit status:", exc.code)
        print("exiting with", code)
        sys.exit(code)
