"""Scripts from the Python 2.7/3.4 era still run on 3.6: the module-level
ssl.wrap_socket() with certfile/keyfile/ca_certs/cert_reqs/ssl_version,
PROTOCOL_TLSv1_2 contexts, http.client.HTTPSConnection with key_file and
cert_file, ssl._create_unverified_context() for a quick test, and
getpeercert() results under CERT_NONE versus CERT_REQUIRED."""
import http.client
import http.server
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def pki(d):
    def run(*a):
        subprocess.run(a, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "5", "-subj", "/CN=Legacy CA",
        "-keyout", os.path.join(d, "ca.key"), "-out", os.path.join(d, "ca.pem"))
    for name in ("server", "client"):
        run("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + ("localhost" if name == "server" else "legacy-client"),
            "-keyout", os.path.join(d, name + ".key"), "-out", os.path.join(d, name + ".csr"))
        ext = os.path.join(d, name + ".ext")
        with open(ext, "w") as f:
            f.write("subjectAltName=DNS:localhost\n" if name == "server" else "extendedKeyUsage=clientAuth\n")
        run("openssl", "x509", "-req", "-in", os.path.join(d, name + ".csr"), "-CA", os.path.join(d, "ca.pem"),
            "-CAkey", os.path.join(d, "ca.key"), "-set_serial", "7" if name == "server" else "8", "-days", "5",
            "-extfile", ext, "-out", os.path.join(d, name + ".pem"))
    return lambda n: os.path.join(d, n)


class Hello(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        peer = self.connection.getpeercert()
        who = dict(x[0] for x in peer["subject"])["commonName"] if peer else "anonymous"
        body = ("hello %s, serial %s" % (who, peer.get("serialNumber") if peer else "-")).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    with tempfile.TemporaryDirectory() as d:
        p = pki(d)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        port = lsock.getsockname()[1]
        results = []

        def legacy_server(n):
            for _ in range(n):
                conn, _ = lsock.accept()
                try:
                    s = ssl.wrap_socket(conn, keyfile=p("server.key"), certfile=p("server.pem"), server_side=True,
                                        cert_reqs=ssl.CERT_OPTIONAL, ca_certs=p("ca.pem"),
                                        ssl_version=ssl.PROTOCOL_TLSv1_2)
                except ssl.SSLError as e:
                    results.append(("server error", e.reason))
                    continue
                peer = s.getpeercert()
                results.append(("server", s.version(), dict(x[0] for x in peer["subject"])["commonName"] if peer else None))
                s.sendall(b"bye")
                s.close()
        t = threading.Thread(target=legacy_server, args=(3,))
        t.start()
        for kwargs in (dict(ca_certs=p("ca.pem"), cert_reqs=ssl.CERT_REQUIRED),
                       dict(certfile=p("client.pem"), keyfile=p("client.key"), ca_certs=p("ca.pem"), cert_reqs=ssl.CERT_REQUIRED),
                       dict(cert_reqs=ssl.CERT_NONE)):
            c = ssl.wrap_socket(socket.create_connection(("127.0.0.1", port)), **kwargs)
            peer = c.getpeercert()
            print("client", sorted(k for k in kwargs if k != "cert_reqs"), "| reqs:", kwargs["cert_reqs"],
                  "| peercert:", "subject" in peer if peer is not None else None, "| got:", c.recv(3),
                  "| hostname:", c.server_hostname, "| check_hostname:", c.context.check_hostname)
            c.close()
        t.join(5)
        for r in results:
            print(*r)
        ctx12 = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)
        print("TLSv1_2 context:", ctx12.protocol, ctx12.verify_mode, ctx12.check_hostname)

        httpd = http.server.HTTPServer(("127.0.0.1", 0), Hello)
        sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=p("ca.pem"))
        sctx.load_cert_chain(p("server.pem"), p("server.key"))
        sctx.verify_mode = ssl.CERT_OPTIONAL
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        hport = httpd.server_address[1]
        conn = http.client.HTTPSConnection("localhost", hport, key_file=p("client.key"), cert_file=p("client.pem"),
                                           context=ssl.create_default_context(cafile=p("ca.pem")))
        conn.request("GET", "/")
        print("key_file/cert_file:", conn.getresponse().read().decode())
        conn.close()
        conn = http.client.HTTPSConnection("localhost", hport, context=ssl._create_unverified_context())
        conn.request("GET", "/")
        print("unverified:", conn.getresponse().read().decode())
        conn.close()
        unverified = ssl._create_unverified_context()
        print("unverified ctx:", unverified.verify_mode, unverified.check_hostname)
        httpd.shutdown()
        httpd.server_close()
        lsock.close()


main()
