"""A connectivity checker of the kind an operator writes: for each target
it calls socket.create_connection with a timeout, wraps with TLS and
classifies what went wrong (refused, handshake timeout against a silent
peer, peer speaking plain text, wrong host name, untrusted certificate,
peer hanging up mid-handshake), printing errno names and exception
hierarchy facts rather than timing."""
import errno
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "9",
                    "-subj", "/CN=good.test", "-addext", "subjectAltName=DNS:good.test,IP:127.0.0.1",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def listener():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(4)
    return s


def serve_tls(lsock, ctx, n):
    for _ in range(n):
        c, _ = lsock.accept()
        try:
            with ctx.wrap_socket(c, server_side=True) as t:
                t.sendall(b"OK\n")
                t.recv(10)
        except (ssl.SSLError, OSError):
            pass


def serve_silent(lsock, stop):
    c, _ = lsock.accept()
    stop.wait(10)
    c.close()


def serve_plain(lsock):
    c, _ = lsock.accept()
    c.recv(1024)
    c.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")
    c.close()


def serve_hangup(lsock):
    c, _ = lsock.accept()
    c.recv(5)
    c.close()


def classify(exc):
    if isinstance(exc, socket.timeout):
        return "timeout (%s)" % exc
    if isinstance(exc, ssl.CertificateError) and not isinstance(exc, ssl.SSLError):
        return "hostname mismatch"
    if isinstance(exc, ssl.SSLError):
        kind = "certificate" if exc.reason == "CERTIFICATE_VERIFY_FAILED" else "protocol"
        return "tls %s error: %s" % (kind, exc.reason)
    if isinstance(exc, ConnectionRefusedError):
        return "refused errno=%s" % errno.errorcode[exc.errno]
    if isinstance(exc, OSError):
        return "os error %s %s" % (type(exc).__name__, errno.errorcode.get(exc.errno, exc.errno))
    return "unexpected %r" % exc


def check(name, addr, ctx, hostname, timeout):
    try:
        with socket.create_connection(addr, timeout=timeout) as raw:
            print("%-10s connected, timeout=%s blocking=%s" % (name, raw.gettimeout(), raw.getblocking()
                                                            if hasattr(raw, "getblocking") else "n/a"))
            with ctx.wrap_socket(raw, server_hostname=hostname) as tls:
                tls.settimeout(timeout)
                line = tls.recv(10)
                tls.sendall(b"bye")
                return "ok %s %r" % (tls.version(), line)
    except Exception as e:
        return classify(e)


def main():
    stop = threading.Event()
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        good, silent, plain, hangup = (listener() for _ in range(4))
        threads = [threading.Thread(target=serve_tls, args=(good, sctx, 3)),
                   threading.Thread(target=serve_silent, args=(silent, stop)),
                   threading.Thread(target=serve_plain, args=(plain,)),
                   threading.Thread(target=serve_hangup, args=(hangup,))]
        for t in threads:
            t.start()
        closed = listener()
        closed_addr = closed.getsockname()
        closed.close()

        trusted = ssl.create_default_context(cafile=crt)
        untrusted = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        untrusted.load_default_certs()
        targets = [("good", good.getsockname(), trusted, "good.test"),
                   ("by-ip", good.getsockname(), trusted, "127.0.0.1"),
                   ("untrusted", good.getsockname(), untrusted, "good.test"),
                   ("refused", closed_addr, trusted, "good.test"),
                   ("silent", silent.getsockname(), trusted, "good.test"),
                   ("plaintext", plain.getsockname(), trusted, "good.test"),
                   ("hangup", hangup.getsockname(), trusted, "good.test")]
        for name, addr, ctx, host in targets:
            print("%-10s -> %s" % (name, check(name, addr, ctx, host, 0.5)))
        stop.set()
        for t in threads:
            t.join(10)
        for s in (good, silent, plain, hangup):
            s.close()
        print("timeout is OSError:", issubclass(socket.timeout, OSError))
        print("SSLError is OSError:", issubclass(ssl.SSLError, OSError))
        print("refused errno:", errno.ECONNREFUSED == ConnectionRefusedError(errno.ECONNREFUSED, "x").errno)


if __name__ == "__main__":
    main()
