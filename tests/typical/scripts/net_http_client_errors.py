"""An HTTPS client with retries against a misbehaving TLS server: each
connection gets a different bad answer (closed without reply, garbage
status line, truncated body, bad chunk size, a redirect loop, finally a
good answer); the client classifies http.client's exceptions and retries
with a decorator."""
import functools
import http.client
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("client")

BEHAVIOURS = [
    ("close", b""),
    ("garbage", b"HELLO THERE\r\n\r\n"),
    ("truncated", b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly a part"),
    ("badchunk", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nxx\r\n0\r\n\r\n"),
    ("status999", b"HTTP/1.1 99 Weird\r\nContent-Length: 0\r\n\r\n"),
    ("good", b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nall is well\n"),
]


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def server(listener, ctx):
    for name, answer in BEHAVIOURS:
        raw, _ = listener.accept()
        conn = ctx.wrap_socket(raw, server_side=True)
        f = conn.makefile("rb")
        while f.readline() not in (b"\r\n", b""):
            pass
        if answer:
            conn.sendall(answer)
        f.close()
        try:
            conn.unwrap()  # close_notify, so the client sees a clean end
        except (ssl.SSLError, OSError):
            pass
        conn.close()


def retry(times):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except (http.client.HTTPException, ConnectionError, ssl.SSLError) as e:
                    log.warning("attempt %d failed: %s: %s", attempt, type(e).__name__, e)
            raise RuntimeError("gave up after %d attempts" % times)
        return inner
    return wrap


@retry(times=len(BEHAVIOURS))
def get(port, ctx):
    conn = http.client.HTTPSConnection("localhost", port, context=ctx, timeout=10)
    try:
        conn.request("GET", "/status")
        resp = conn.getresponse()
        body = resp.read()
        return resp.status, body.decode().strip()
    finally:
        conn.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        t = threading.Thread(target=server, args=(listener, sctx))
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        status, body = get(listener.getsockname()[1], ctx)
        log.info("finally got %d %r", status, body)
        print("wrapped name:", get.__name__, "| doc kept:", get.__doc__ is None)
        t.join(10)
        listener.close()
        e = http.client.IncompleteRead(b"abc", 7)
        print(repr(e), str(e), e.partial, e.expected)
        print(repr(http.client.BadStatusLine("")), repr(http.client.RemoteDisconnected("gone")))
        print(issubclass(http.client.RemoteDisconnected, ConnectionResetError),
              issubclass(http.client.RemoteDisconnected, http.client.BadStatusLine))


main()
