"""Check ALPN, SNI and session details against openssl s_server, with our own ssl client."""
import os
import socket
import ssl
import subprocess
import tempfile


def start_s_server(args):
    """Start openssl s_server on a port it picks itself, read from its
    ACCEPT line: no other program can take the port between a probe for a
    free one and the server's bind."""
    proc = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:0"] + args,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    for _ in range(10):
        line = proc.stdout.readline().decode()
        if line.startswith("ACCEPT"):
            return proc, int(line.rsplit(":", 1)[1])
        if not line:
            break
    proc.kill()
    proc.wait(5)
    raise RuntimeError("s_server did not start")


with tempfile.TemporaryDirectory() as d:
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", crt,
                    "-days", "3", "-subj", "/CN=sclient.test/O=Demo", "-addext",
                    "subjectAltName=DNS:sclient.test,DNS:*.sclient.test,IP:127.0.0.1"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server, port = start_s_server(["-cert", crt, "-key", key, "-alpn", "h2,http/1.1", "-www"])
    try:
        print("server up:", port > 0)
        ctx = ssl.create_default_context(cafile=crt)
        ctx.set_alpn_protocols(["h2", "http/1.1"])
        for name in ["sclient.test", "www.sclient.test", "127.0.0.1"]:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
                with ctx.wrap_socket(raw, server_hostname=name) as s:
                    cert = s.getpeercert()
                    print(name, s.version(), s.selected_alpn_protocol(), s.server_hostname,
                          sorted(cert["subjectAltName"]), cert["subject"])
                    s.sendall(b"GET / HTTP/1.0\r\n\r\n")
                    data = b""
                    while True:
                        chunk = s.recv(4096)
                        if not chunk:
                            break
                        data += chunk
                    print("  status:", data.split(b"\r\n", 1)[0], "bytes>0:", len(data) > 0)
        ctx2 = ssl.create_default_context(cafile=crt)
        ctx2.set_alpn_protocols(["spdy/1"])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            try:
                with ctx2.wrap_socket(raw, server_hostname="sclient.test") as s:
                    print("no overlap ->", s.selected_alpn_protocol())
            except ssl.SSLError as e:
                print("no overlap SSLError:", type(e).__name__)
        ctx3 = ssl.create_default_context(cafile=crt)
        for name in ["other.test", "a.b.sclient.test"]:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
                try:
                    with ctx3.wrap_socket(raw, server_hostname=name) as s:
                        print(name, "unexpectedly verified")
                except (ssl.SSLError, ssl.CertificateError) as e:
                    print(name, "rejected:", isinstance(e, ValueError) or isinstance(e, ssl.SSLError))
        ctx4 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx4.check_hostname = False
        ctx4.verify_mode = ssl.CERT_NONE
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            with ctx4.wrap_socket(raw) as s:
                der = s.getpeercert(binary_form=True)
                print("unverified:", s.getpeercert(), len(der) > 500, ssl.DER_cert_to_PEM_cert(der).splitlines()[0])
                print("cipher:", s.cipher()[1], s.compression(), s.pending())
    finally:
        server.terminate()
        server.wait(5)
        server.stdout.close()
        print("server exit signalled:", server.returncode is not None)
