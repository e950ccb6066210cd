"""A TLS backend behind a load balancer that speaks the PROXY protocol
(v1): the first line on each connection is plain text naming the real
client, and the TLS handshake follows on the same socket. The server
peeks at the header with MSG_PEEK, consumes exactly that line, then wraps."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading

CRLF = b"\r\n"


class ProxyHeaderError(Exception):
    def __init__(self, reason, raw):
        super().__init__("%s: %r" % (reason, raw[:40]))
        self.reason = reason


def read_proxy_header(sock):
    peek = sock.recv(108, socket.MSG_PEEK)
    end = peek.find(CRLF)
    if end < 0:
        raise ProxyHeaderError("no CRLF within 108 bytes", peek)
    line = sock.recv(end + 2)[:-2].decode("ascii")
    parts = line.split(" ")
    if parts[0] != "PROXY":
        raise ProxyHeaderError("not a PROXY line", line.encode())
    if parts[1] == "UNKNOWN":
        return None
    if len(parts) != 6:
        raise ProxyHeaderError("wrong field count %d" % len(parts), line.encode())
    proto, src, dst, sport, dport = parts[1:]
    return {"proto": proto, "src": (src, int(sport)), "dst": (dst, int(dport))}


def server(listener, ctx, log):
    for _ in range(4):
        conn, _ = listener.accept()
        conn.settimeout(5)
        try:
            info = read_proxy_header(conn)
            with ctx.wrap_socket(conn, server_side=True) as tls:
                who = "%s:%d" % info["src"] if info else "unknown"
                request = tls.recv(100).decode()
                tls.sendall(("hello %s, you said %s" % (who, request)).encode())
                log.append((who, tls.version() is not None))
        except ProxyHeaderError as e:
            log.append(("rejected", e.reason))
            conn.sendall(b"ERR bad header\n")
            conn.close()


def main():
    d = tempfile.mkdtemp()
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "5", "-subj", "/CN=backend.test", "-addext",
                           "subjectAltName=DNS:backend.test", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    cctx = ssl.create_default_context(cafile=crt)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port = listener.getsockname()[1]
    log = []
    t = threading.Thread(target=server, args=(listener, sctx, log))
    t.start()
    headers = [b"PROXY TCP4 203.0.113.7 10.0.0.1 51234 443\r\n",
               b"PROXY UNKNOWN\r\n",
               b"GET / HTTP/1.0\r\n",
               b"PROXY TCP6 2001:db8::1 2001:db8::2 4000 443\r\n"]
    for i, header in enumerate(headers):
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            raw.sendall(header)
            if not header.startswith(b"PROXY"):
                print("client %d plain reply: %r" % (i, raw.recv(100)))
                continue
            try:
                with cctx.wrap_socket(raw, server_hostname="backend.test") as tls:
                    tls.sendall(("ping%d" % i).encode())
                    print("client %d got: %s" % (i, tls.recv(200).decode()))
            except (ssl.SSLError, ConnectionError) as e:
                print("client %d failed: %s" % (i, type(e).__name__))
    t.join(10)
    listener.close()
    for entry in log:
        print("server log:", entry)
    subprocess.call(["rm", "-rf", d])


main()
