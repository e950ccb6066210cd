"""http.client.HTTPSConnection presenting a client certificate three ways:
the legacy key_file/cert_file arguments (deprecated in 3.6), a context
with load_cert_chain, and a context without one (the server refuses).  The
server is http.server over TLS with CERT_REQUIRED and reports the client
certificate's subject; responses are read with getheaders()/read()."""
import http.client
import http.server
import json
import os
import ssl
import subprocess
import tempfile
import threading
import warnings


def run(*args):
    subprocess.run(["openssl"] + list(args), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def ec():
    return ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        cert = self.request.getpeercert()
        subject = dict(x[0] for x in cert["subject"])
        body = json.dumps({"path": self.path, "client": subject["commonName"],
                           "org": subject.get("organizationName")}, sort_keys=True).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Client-Serial", cert["serialNumber"])
        self.end_headers()
        self.wfile.write(body)


def main():
    warnings.simplefilter("always", DeprecationWarning)
    with tempfile.TemporaryDirectory() as d:
        p = lambda n: os.path.join(d, n)
        run("req", "-x509", *ec(), "-days", "3", "-subj", "/CN=Test Root", "-keyout", p("ca.key"), "-out", p("ca.pem"))
        with open(p("srv.ext"), "w") as f:
            f.write("subjectAltName=DNS:api.test,IP:127.0.0.1\n")
        with open(p("cli.ext"), "w") as f:
            f.write("extendedKeyUsage=clientAuth\n")
        for name, subj, ext in [("srv", "/CN=api.test", "srv.ext"), ("cli", "/O=Tools/CN=deploy-bot", "cli.ext")]:
            run("req", "-new", *ec(), "-subj", subj, "-keyout", p(name + ".key"), "-out", p(name + ".csr"))
            run("x509", "-req", "-in", p(name + ".csr"), "-CA", p("ca.pem"), "-CAkey", p("ca.key"),
                "-set_serial", "4660" if name == "cli" else "1", "-days", "2", "-extfile", p(ext), "-out", p(name + ".pem"))

        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(p("srv.pem"), p("srv.key"))
        sctx.load_verify_locations(p("ca.pem"))
        sctx.verify_mode = ssl.CERT_REQUIRED
        srv = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        srv.socket = sctx.wrap_socket(srv.socket, server_side=True)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = srv.server_address[1]

        ctx = ssl.create_default_context(cafile=p("ca.pem"))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            legacy = http.client.HTTPSConnection("127.0.0.1", port, key_file=p("cli.key"),
                                                 cert_file=p("cli.pem"), context=ctx, timeout=10)
        print("legacy arguments warned:", [w.category.__name__ for w in caught])
        ctx2 = ssl.create_default_context(cafile=p("ca.pem"))
        ctx2.load_cert_chain(p("cli.pem"), p("cli.key"))
        modern = http.client.HTTPSConnection("127.0.0.1", port, context=ctx2, timeout=10)
        bare = http.client.HTTPSConnection("127.0.0.1", port,
                                           context=ssl.create_default_context(cafile=p("ca.pem")), timeout=10)
        for label, conn in [("legacy", legacy), ("modern", modern), ("no cert", bare)]:
            try:
                conn.request("GET", "/whoami?via=" + label.replace(" ", "+"))
                resp = conn.getresponse()
                headers = {k: v for k, v in resp.getheaders() if k.startswith(("Content-Type", "X-"))}
                print(label, resp.status, resp.reason, headers, json.loads(resp.read().decode()))
            except (ssl.SSLError, ConnectionError) as e:
                # The alert or the reset, whichever reaches the client first.
                print(label, "refused by the server:", isinstance(e, OSError))
            finally:
                conn.close()
        srv.shutdown()
        srv.server_close()
        t.join(5)


if __name__ == "__main__":
    main()
