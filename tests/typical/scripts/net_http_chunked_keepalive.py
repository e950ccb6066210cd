"""http.client.HTTPSConnection against a raw TLS server that answers with
chunked bodies, Content-Length bodies and trailers, reusing one
keep-alive connection; reads with read(n), readline-style iteration and
getheaders()."""
import http.client
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import zlib

RESPONSES = {
    "/chunked": [b"first chunk\n", b"second, longer chunk of text\n", b"x" * 40 + b"\n"],
    "/length": b"exactly this body",
    "/gzip": zlib.compress(b"compressed payload " * 5),
}


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(listener, ctx, log):
    raw, _ = listener.accept()
    conn = ctx.wrap_socket(raw, server_side=True)
    f = conn.makefile("rb")
    while True:
        line = f.readline()
        if not line:
            break
        method, path, version = line.decode("latin-1").split()
        headers = {}
        while True:
            h = f.readline().decode("latin-1").rstrip("\r\n")
            if not h:
                break
            k, v = h.split(":", 1)
            headers[k.strip().lower()] = v.strip()
        log.append((method, path, headers.get("connection", "-")))
        body = RESPONSES.get(path)
        if body is None:
            msg = b"not here"
            conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: %d\r\n\r\n%s" % (len(msg), msg))
        elif isinstance(body, list):
            out = [b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Parts: %d\r\n\r\n" % len(body)]
            for part in body:
                out.append(b"%x\r\n%s\r\n" % (len(part), part))
            out.append(b"0\r\nX-Trailer: done\r\n\r\n")
            for piece in out:
                conn.sendall(piece)
        else:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                         b"Content-Length: %d\r\n\r\n" % len(body) + body)
        if headers.get("connection") == "close":
            break
    f.close()
    conn.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        log = []
        t = threading.Thread(target=serve, args=(listener, sctx, log))
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        conn = http.client.HTTPSConnection("localhost", listener.getsockname()[1], context=ctx, timeout=10)

        conn.request("GET", "/chunked")
        r = conn.getresponse()
        print(r.status, r.reason, r.version, "chunked:", r.chunked, "X-Parts:", r.getheader("X-Parts"))
        print("  first 5 bytes:", r.read(5))
        rest = r.read()
        print("  rest: %d bytes, %d lines" % (len(rest), rest.count(b"\n")))
        print("  closed:", r.isclosed())

        conn.request("GET", "/length")
        r = conn.getresponse()
        hdrs = sorted(k.lower() for k, v in r.getheaders())
        print(r.status, hdrs, r.length)
        print("  body:", r.read().decode())

        conn.request("GET", "/gzip")
        r = conn.getresponse()
        data = r.read()
        print(r.status, "compressed", len(data), "->", zlib.decompress(data)[:30])

        conn.request("GET", "/missing")
        r = conn.getresponse()
        print(r.status, r.reason, repr(r.read()))

        conn.request("GET", "/chunked", headers={"Connection": "close"})
        r = conn.getresponse()
        lines = [line for line in r]
        print("iterated lines:", [len(x) for x in lines])
        print("will close:", r.will_close)
        conn.close()
        t.join(10)
        listener.close()
        for entry in log:
            print("server saw: %s %-9s connection=%s" % entry)


if __name__ == "__main__":
    main()
