"""A TLS version and cipher scanner: starts openssl s_server with
different protocol settings and probes each with clients limited by
OP_NO_* options and cipher strings, printing a support matrix."""
import itertools
import os
import socket
import ssl
import subprocess
import tempfile


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class SServer:
    """openssl s_server on a port it picks itself (read from its ACCEPT
    line), so that no other program can take the port between a probe
    for a free one and the server's bind."""

    def __init__(self, crt, key, flags):
        self.proc = subprocess.Popen(
            ["openssl", "s_server", "-accept", "127.0.0.1:0", "-cert", crt, "-key", key,
             "-www"] + flags,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        for _ in range(10):
            line = self.proc.stdout.readline().decode()
            if line.startswith("ACCEPT"):
                self.port = int(line.rsplit(":", 1)[1])
                return
            if not line:
                break
        self.proc.kill()
        self.proc.wait(5)
        raise RuntimeError("s_server did not start")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(5)
        self.proc.stdout.close()


CLIENTS = {
    "TLSv1.2 only": ssl.OP_NO_TLSv1_3,
    "TLSv1.3 only": ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TLSv1_2,
    "any": 0,
}


def probe(port, cafile, options, ciphers=None):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.options |= options
    if ciphers:
        ctx.set_ciphers(ciphers)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                name, version, bits = s.cipher()
                s.sendall(b"GET / HTTP/1.0\r\n\r\n")
                first = s.recv(64).split(b"\r\n")[0].decode()
                return "%s %s/%d (%s)" % (s.version(), name, bits, first)
    except ssl.SSLError as e:
        return "refused: %s" % e.reason
    except ConnectionResetError:
        return "reset"


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        servers = [("server tls1_2", ["-tls1_2"]), ("server tls1_3", ["-tls1_3"]),
                   ("server both", []), ("server aes128", ["-tls1_2", "-cipher", "ECDHE-RSA-AES128-GCM-SHA256"])]
        matrix = {}
        for (sname, flags), (cname, opts) in itertools.product(servers, CLIENTS.items()):
            with SServer(crt, key, flags) as srv:
                matrix[sname, cname] = probe(srv.port, crt, opts)
        for sname, _ in servers:
            print(sname)
            for cname in CLIENTS:
                print("   %-13s %s" % (cname + ":", matrix[sname, cname]))
        with SServer(crt, key, ["-tls1_2"]) as srv:
            for suite in ["ECDHE-RSA-CHACHA20-POLY1305", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256"]:
                print("%-30s %s" % (suite, probe(srv.port, crt, ssl.OP_NO_TLSv1_3, suite)))
        try:
            ssl.create_default_context().set_ciphers("NOT-A-CIPHER")
        except ssl.SSLError as e:
            print("bad cipher string:", e)
        supported = sum(1 for v in matrix.values() if v.startswith("TLS"))
        print("supported combinations: %d of %d" % (supported, len(matrix)))


if __name__ == "__main__":
    main()
