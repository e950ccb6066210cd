"""Which local ports speak TLS?  A sniffer sends a real ClientHello (made
by an SSLObject over MemoryBIOs, never through a socket wrapper), reads
the first bytes of the answer and classifies them by the TLS record
header (content type 22 = handshake, 21 = alert) or as a plain-text
banner; each probe runs in a thread pool with a timeout.  The peers are a
TLS server, an HTTP server, a banner-first service, a silent one and a
closed port."""
import concurrent.futures
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading

CONTENT = {20: "change_cipher_spec", 21: "alert", 22: "handshake", 23: "application_data"}


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                    "-subj", "/CN=sniff.test", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def client_hello(hostname):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ctx.wrap_bio(incoming, outgoing, server_hostname=hostname)
    try:
        obj.do_handshake()
    except ssl.SSLWantReadError:
        pass
    return outgoing.read()


def probe(addr, hello):
    try:
        with socket.create_connection(addr, timeout=1) as s:
            s.settimeout(1)
            s.sendall(hello)
            head = b""
            while len(head) < 5:
                chunk = s.recv(5 - len(head))
                if not chunk:
                    break
                head += chunk
    except ConnectionRefusedError:
        return "closed"
    except socket.timeout:
        return "silent (timeout)"
    except OSError as e:
        return "error %s" % type(e).__name__
    if len(head) == 5 and head[0] in CONTENT:
        ctype, major, minor, length = struct.unpack("!BBBH", head)
        return "TLS record %s, version %d.%d, non-empty %s" % (CONTENT[ctype], major, minor, length > 0)
    if not head:
        return "closed by peer"
    return "plain text %r" % head


def tls_server(lsock, ctx, stop):
    lsock.settimeout(0.1)
    while not stop.is_set():
        try:
            conn, _ = lsock.accept()
        except socket.timeout:
            continue
        conn.settimeout(2)
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass


def http_server(lsock, stop):
    lsock.settimeout(0.1)
    while not stop.is_set():
        try:
            conn, _ = lsock.accept()
        except socket.timeout:
            continue
        with conn:
            conn.settimeout(2)
            try:
                conn.recv(4096)
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n")
            except OSError:
                pass


def banner_server(lsock, stop):
    lsock.settimeout(0.1)
    while not stop.is_set():
        try:
            conn, _ = lsock.accept()
        except socket.timeout:
            continue
        with conn:
            conn.sendall(b"SSH-2.0-Fake\r\n")


def silent_server(lsock, stop):
    held = []
    lsock.settimeout(0.1)
    while not stop.is_set():
        try:
            held.append(lsock.accept()[0])
        except socket.timeout:
            continue
    for c in held:
        c.close()


def main():
    hello = client_hello("sniff.test")
    ctype, major, minor, length = struct.unpack("!BBBH", hello[:5])
    print("our ClientHello: type %d, record version %d.%d, handshake type %d, length ok %s"
          % (ctype, major, minor, hello[5], length == len(hello) - 5))
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        stop = threading.Event()
        socks = {}
        threads = []
        for name, target, extra in [("tls", tls_server, (sctx,)), ("http", http_server, ()),
                                    ("banner", banner_server, ()), ("silent", silent_server, ())]:
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            s.listen(5)
            socks[name] = s
            t = threading.Thread(target=target, args=(s,) + extra + (stop,))
            t.start()
            threads.append(t)
        gone = socket.socket()
        gone.bind(("127.0.0.1", 0))
        closed_addr = gone.getsockname()
        gone.close()
        targets = [(name, s.getsockname()) for name, s in socks.items()] + [("closed", closed_addr)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
            futures = {pool.submit(probe, addr, hello): name for name, addr in targets}
            results = {futures[f]: f.result() for f in concurrent.futures.as_completed(futures)}
        for name, _ in targets:
            print("%-7s %s" % (name, results[name]))
        stop.set()
        for t in threads:
            t.join(5)
        for s in socks.values():
            s.close()


if __name__ == "__main__":
    main()
