"""A Nagios-style check of certificate expiry: OK, WARNING or CRITICAL by
the days left on the certificate each TLS server presents, with the
plugin's exit code."""
import argparse
import datetime
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

STATES = {0: "OK", 1: "WARNING", 2: "CRITICAL", 3: "UNKNOWN"}


def make_cert(d, name, days):
    key, cert = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", str(days), "-subj", "/CN=%s.example" % name,
         "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def serve_once(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    srv.settimeout(10)

    def run():
        conn, _ = srv.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass
        srv.close()
    threading.Thread(target=run, daemon=True).start()
    return srv.getsockname()[1]


def days_left(port, cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.check_hostname = False
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw) as s:
            cert = s.getpeercert()
    expires = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]))
    cn = dict(x[0] for x in cert["subject"])["commonName"]
    left = expires - datetime.datetime.utcnow()
    return cn, left.days + (1 if left.seconds else 0)


def check(args, port, cafile):
    try:
        cn, days = days_left(port, cafile)
    except ssl.SSLError as e:
        return 3, "TLS failure (%s, library %s)" % (e.reason, e.library)
    except OSError as e:
        return 3, "%s: %s" % (type(e).__name__, e)
    state = 0
    if days <= args.critical:
        state = 2
    elif days <= args.warning:
        state = 1
    return state, "%s expires in %d days|days=%d;%d;%d" % (cn, days, days, args.warning, args.critical)


def main(argv):
    p = argparse.ArgumentParser(prog="check_tls_expiry")
    p.add_argument("-w", "--warning", type=int, default=30)
    p.add_argument("-c", "--critical", type=int, default=7)
    args = p.parse_args(argv)
    worst = 0
    with tempfile.TemporaryDirectory() as d:
        for name, days in [("fresh", 365), ("soon", 20), ("urgent", 3)]:
            cert, key = make_cert(d, name, days)
            port = serve_once(cert, key)
            cafile = cert if name != "urgent" else make_cert(d, "other", 10)[0]
            state, text = check(args, port, cafile)
            worst = max(worst, state)
            print("%s - %s" % (STATES[state], text))
    return worst


if __name__ == "__main__":
    try:
        main(["--bogus"])
    except SystemExit as e:
        print("usage error exit:", e.code)
    sys.exit(main(["-w", "25", "--critical", "5"]))
