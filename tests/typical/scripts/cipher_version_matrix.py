"""Which protocol version and cipher suite a client and server agree on,
for a grid of configurations: servers limited to TLS 1.2 with chosen
cipher strings, clients with OP_NO_TLSv1_2/OP_NO_TLSv1_3 and their own
cipher lists. Each cell is the negotiated (version, cipher, bits) or the
failure's reason, printed as a table."""
import itertools
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


SERVERS = {
    "any": (0, None),
    "1.2 AES128": (ssl.OP_NO_TLSv1_3, "ECDHE-RSA-AES128-GCM-SHA256"),
    "1.2 CHACHA": (ssl.OP_NO_TLSv1_3, "ECDHE-RSA-CHACHA20-POLY1305"),
    "1.3 only": (ssl.OP_NO_TLSv1_2 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TLSv1, None),
}
CLIENTS = {
    "default": (0, None),
    "no 1.3": (ssl.OP_NO_TLSv1_3, None),
    "no 1.3 AES256": (ssl.OP_NO_TLSv1_3, "ECDHE-RSA-AES256-GCM-SHA384"),
    "1.3 only": (ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TLSv1_2, None),
}


def one(crt, key, server_cfg, client_cfg):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    sctx.options |= server_cfg[0]
    if server_cfg[1]:
        sctx.set_ciphers(server_cfg[1])
    cctx = ssl.create_default_context(cafile=crt)
    cctx.options |= client_cfg[0]
    if client_cfg[1]:
        cctx.set_ciphers(client_cfg[1])
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    server_view = []

    def serve():
        c, _ = ls.accept()
        try:
            with sctx.wrap_socket(c, server_side=True) as s:
                server_view.append(s.cipher()[0])
                s.recv(1)
        except (ssl.SSLError, OSError) as exc:
            server_view.append(getattr(exc, "reason", None))
    t = threading.Thread(target=serve)
    t.start()
    try:
        with cctx.wrap_socket(socket.create_connection(ls.getsockname(), timeout=10),
                              server_hostname="localhost") as s:
            name, version, bits = s.cipher()
            s.sendall(b"x")
            result = "%s %s/%d" % (version, name, bits)
    except ssl.SSLError as exc:
        result = "fail: %s" % exc.reason
    t.join(10)
    ls.close()
    return result, server_view[0] if server_view else None


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        agreements = 0
        for sname, cname in itertools.product(SERVERS, CLIENTS):
            result, sview = one(crt, key, SERVERS[sname], CLIENTS[cname])
            ok = not result.startswith("fail")
            agreements += ok
            same = ok and result.split()[1].startswith(sview)
            print("%-11s | %-13s | %-48s | %s" % (sname, cname, result, "agree" if same else sview))
        print("%d of %d pairs connected" % (agreements, len(SERVERS) * len(CLIENTS)))


main()
