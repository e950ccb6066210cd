"""Auditing the certificates a set of endpoints present, in parallel: a
ThreadPoolExecutor calls ssl.get_server_certificate on each (one port is
closed, one peer is not TLS), converts the PEM to DER and back, and
compares SHA-256 fingerprints with the files the certificates were
deployed from; results arrive through as_completed and are reported in
a fixed order."""
import concurrent.futures
import hashlib
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "9", "-subj", "/CN=%s.audit.test" % name,
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def tls_server(listener, ctx, stop):
    listener.settimeout(0.1)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        conn.settimeout(5)
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass


def plain_server(listener, stop):
    listener.settimeout(0.1)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        with conn:
            conn.settimeout(5)
            try:
                conn.recv(1024)
                conn.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")
            except OSError:
                pass


def fingerprint(der):
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, 12, 2)) + "..."


def fetch(name, port):
    pem = ssl.get_server_certificate(("127.0.0.1", port))
    der = ssl.PEM_cert_to_DER_cert(pem)
    return pem, der


def main():
    stop = threading.Event()
    threads, ports, deployed, listeners = [], {}, {}, []
    with tempfile.TemporaryDirectory() as d:
        for name in ("alpha", "beta", "gamma"):
            crt, key = make_cert(d, name)
            with open(crt) as f:
                deployed[name] = ssl.PEM_cert_to_DER_cert(f.read())
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(crt, key)
            listener = socket.socket()
            listener.bind(("127.0.0.1", 0))
            listener.listen(4)
            listeners.append(listener)
            threads.append(threading.Thread(target=tls_server, args=(listener, ctx, stop)))
            ports[name] = listener.getsockname()[1]
        # gamma's endpoint was redeployed with beta's certificate by mistake
        deployed["gamma"], wrong = deployed["beta"], deployed["gamma"]
        plain = socket.socket()
        plain.bind(("127.0.0.1", 0))
        plain.listen(4)
        listeners.append(plain)
        threads.append(threading.Thread(target=plain_server, args=(plain, stop)))
        ports["plaintext"] = plain.getsockname()[1]
        closed = socket.socket()
        closed.bind(("127.0.0.1", 0))
        ports["closed"] = closed.getsockname()[1]
        closed.close()
        for t in threads:
            t.start()

        results = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
            futures = {pool.submit(fetch, name, port): name for name, port in ports.items()}
            for fut in concurrent.futures.as_completed(futures, timeout=30):
                name = futures[fut]
                try:
                    results[name] = fut.result()
                except (OSError, ssl.SSLError) as exc:
                    results[name] = exc
        for name in sorted(results):
            got = results[name]
            if isinstance(got, Exception):
                print("%-9s error %s" % (name, type(got).__name__))
                continue
            pem, der = got
            roundtrip = ssl.PEM_cert_to_DER_cert(ssl.DER_cert_to_PEM_cert(der)) == der
            verdict = "match" if der == deployed.get(name) else "MISMATCH"
            shown = fingerprint(der)
            print("%-9s %s fingerprint %s pem framed=%s roundtrip=%s" % (
                name, verdict, "as deployed" if shown == fingerprint(deployed[name]) else "differs (%d chars)" % len(shown),
                pem.startswith(ssl.PEM_HEADER) and pem.strip().endswith(ssl.PEM_FOOTER), roundtrip))
        print("gamma serves its own certificate after all:", results["gamma"][1] == wrong)
        try:
            ssl.PEM_cert_to_DER_cert("not a certificate")
        except ValueError as exc:
            print("bad PEM:", exc)
        stop.set()
        for t in threads:
            t.join(5)
        for listener in listeners:
            listener.close()


main()
