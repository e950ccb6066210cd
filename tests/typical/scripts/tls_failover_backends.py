"""A client with failover across TLS backends: a list of endpoints is
tried in order until one answers a health check; the others fail in the
ways real ones do (nothing listening, a server with an untrusted
certificate, one that accepts TCP but never speaks TLS, one that answers
with plain HTTP, one that closes at once). Each attempt's error class and
reason is logged to stdout with a counter per failure kind."""
import collections
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "2", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def listener():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(5)
    return s


def serve(lsock, behaviour, ctx, stop):
    lsock.settimeout(0.1)
    held = []
    while not stop.is_set():
        try:
            raw, _ = lsock.accept()
        except socket.timeout:
            continue
        if behaviour == "tls":
            try:
                with ctx.wrap_socket(raw, server_side=True) as s:
                    if s.recv(64) == b"HEALTH\n":
                        s.sendall(b"OK " + s.version().encode() + b"\n")
                    s.unwrap()
            except (ssl.SSLError, OSError):
                pass
        elif behaviour == "silent":
            held.append(raw)  # accepts TCP, never answers
        elif behaviour == "http":
            raw.recv(1024)
            raw.sendall(b"HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            raw.close()
        elif behaviour == "reset":
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            raw.close()
    for s in held:
        s.close()


def health(port, ctx, timeout):
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            s.sendall(b"HEALTH\n")
            answer = s.recv(64).decode().strip()
            s.unwrap()
            return answer


def kind_of(e):
    if isinstance(e, ssl.SSLError):
        return "tls:" + (e.reason or "?")
    if isinstance(e, socket.timeout):
        return "timeout"
    if isinstance(e, ConnectionRefusedError):
        return "refused"
    if isinstance(e, ConnectionResetError):
        return "reset"
    return type(e).__name__


def main():
    d = tempfile.mkdtemp()
    stop = threading.Event()
    threads, socks = [], []
    try:
        good = make_cert(d, "good")
        rogue = make_cert(d, "rogue")
        good_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        good_ctx.load_cert_chain(*good)
        rogue_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        rogue_ctx.load_cert_chain(*rogue)

        closed = listener()
        dead_port = closed.getsockname()[1]
        closed.close()
        endpoints = [("dead", dead_port)]
        for name, behaviour, ctx in (("untrusted", "tls", rogue_ctx), ("silent", "silent", None),
                                     ("plain-http", "http", None), ("reset", "reset", None),
                                     ("primary", "tls", good_ctx), ("secondary", "tls", good_ctx)):
            l = listener()
            socks.append(l)
            t = threading.Thread(target=serve, args=(l, behaviour, ctx, stop))
            t.start()
            threads.append(t)
            endpoints.append((name, l.getsockname()[1]))

        cctx = ssl.create_default_context(cafile=good[0])
        failures = collections.Counter()
        for round_no, order in enumerate((endpoints, endpoints[:5], list(reversed(endpoints)))):
            print("round %d:" % round_no)
            for name, port in order:
                try:
                    answer = health(port, cctx, timeout=2)
                except (OSError, ssl.SSLError) as e:
                    failures[kind_of(e)] += 1
                    print("  %-10s failed: %s" % (name, kind_of(e)))
                    continue
                print("  %-10s healthy: %s" % (name, answer))
                break
            else:
                print("  no backend available")
        print("failures by kind:")
        for kind, n in sorted(failures.items()):
            print("  %-40s %d" % (kind, n))
    finally:
        stop.set()
        for t in threads:
            t.join(5)
        for s in socks:
            s.close()
        shutil.rmtree(d)


main()
