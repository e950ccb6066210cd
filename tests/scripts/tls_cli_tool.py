#!/usr/bin/env python3
"""tlsprobe: start an openssl s_server peer, connect to it over TLS, report.

A TLS command-line tool written the usual way: argparse options, logging to
stderr, JSON on stdout, an `openssl` peer started and stopped with
subprocess.
"""
import argparse
import json
import logging
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time

log = logging.getLogger("tlsprobe")


def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="tlsprobe", description="Probe a local TLS peer.")
    p.add_argument("--tls", choices=["1.2", "1.3"], default="1.3", help="protocol version to offer")
    p.add_argument("--lines", type=int, default=3, help="lines to send through the peer")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--json", action="store_true", help="print a JSON report")
    return p.parse_args(argv)


def make_cert(d):
    cert, key = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/O=tlsprobe/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_peer(cert, key, port):
    cmd = ["openssl", "s_server", "-accept", "127.0.0.1:%d" % port, "-cert", cert, "-key", key,
           "-rev", "-quiet", "-naccept", "1"]
    log.debug("starting %s", " ".join(cmd[:2]))
    return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def connect(port, cafile, version, deadline=10.0):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.options |= ssl.OP_NO_TLSv1_3 if version == "1.2" else 0
    start = time.time()
    while True:
        try:
            raw = socket.create_connection(("127.0.0.1", port), timeout=5)
            return ctx.wrap_socket(raw, server_hostname="localhost")
        except ConnectionRefusedError:
            if time.time() - start > deadline:
                raise
            time.sleep(0.05)


def name_of(cert, field):
    return {k: v for rdn in cert[field] for k, v in rdn}


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING - 10 * args.verbose,
                        format="%(name)s %(levelname)s %(message)s")
    if shutil.which("openssl") is None:
        log.error("openssl not found")
        return 2
    report = {}
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        port = free_port()
        peer = start_peer(cert, key, port)
        try:
            with connect(port, cert, args.tls) as s:
                peercert = s.getpeercert()
                report["version"] = s.version()
                report["subject"] = name_of(peercert, "subject")
                report["issuer"] = name_of(peercert, "issuer")
                report["san"] = [list(x) for x in peercert["subjectAltName"]]
                report["cipher_bits"] = s.cipher()[2]
                f = s.makefile("rwb")
                echoes = []
                for i in range(args.lines):
                    line = "line %d of %d" % (i + 1, args.lines)
                    f.write(line.encode() + b"\n")
                    f.flush()
                    echoes.append(f.readline().decode().rstrip("\n"))
                    log.info("sent %r", line)
                report["echoes"] = echoes
        except (OSError, ssl.SSLError) as e:
            log.error("probe failed: %s", e)
            return 1
        finally:
            peer.terminate()
            peer.wait(10)
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        for k in sorted(report):
            print("%-12s %s" % (k + ":", report[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
