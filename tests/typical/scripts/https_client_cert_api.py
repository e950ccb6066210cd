"""An internal HTTPS API that authorises callers by client certificate:
http.server over a context with CERT_REQUIRED, the handler reading
self.connection.getpeercert() to map the certificate's CN to a role;
clients use http.client.HTTPSConnection with contexts that load
different client certificates (and one with none)."""
import http.client
import http.server
import json
import os
import ssl
import subprocess
import tempfile
import threading

ROLES = {"deploy-bot": "writer", "dashboard": "reader"}


def openssl(*args):
    subprocess.run(["openssl"] + list(args), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pki(d):
    p = lambda n: os.path.join(d, n)
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5", "-subj", "/CN=Internal CA",
            "-addext", "basicConstraints=critical,CA:true", "-keyout", p("ca.key"), "-out", p("ca.crt"))
    with open(p("san.ext"), "w") as f:
        f.write("subjectAltName=DNS:localhost\n")
    for cn in ("localhost", "deploy-bot", "dashboard", "intern"):
        openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=" + cn,
                "-keyout", p(cn + ".key"), "-out", p(cn + ".csr"))
        args = ["x509", "-req", "-in", p(cn + ".csr"), "-CA", p("ca.crt"), "-CAkey", p("ca.key"),
                "-CAcreateserial", "-days", "2", "-out", p(cn + ".crt")]
        if cn == "localhost":
            args += ["-extfile", p("san.ext")]
        openssl(*args)
    return p


class Api(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def caller(self):
        cert = self.connection.getpeercert()
        cn = dict(x[0] for x in cert["subject"])["commonName"]
        return cn, ROLES.get(cn)

    def reply(self, code, obj):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        cn, role = self.caller()
        if role is None:
            return self.reply(403, {"error": "no role", "cn": cn})
        self.reply(200, {"cn": cn, "role": role, "path": self.path})

    def do_PUT(self):
        cn, role = self.caller()
        length = int(self.headers.get("Content-Length", 0))
        data = json.loads(self.rfile.read(length).decode())
        if role != "writer":
            return self.reply(403, {"error": "read-only", "cn": cn})
        self.reply(201, {"stored": sorted(data), "by": cn})


def main():
    with tempfile.TemporaryDirectory() as d:
        p = pki(d)
        sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=p("ca.crt"))
        sctx.verify_mode = ssl.CERT_REQUIRED
        sctx.load_cert_chain(p("localhost.crt"), p("localhost.key"))
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Api)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = httpd.server_address[1]
        try:
            for who in ("deploy-bot", "dashboard", "intern", None):
                cctx = ssl.create_default_context(cafile=p("ca.crt"))
                if who:
                    cctx.load_cert_chain(p(who + ".crt"), p(who + ".key"))
                conn = http.client.HTTPSConnection("localhost", port, context=cctx, timeout=10)
                try:
                    conn.request("GET", "/v1/releases")
                    r = conn.getresponse()
                    print("%-10s GET %d %s" % (who, r.status, json.loads(r.read().decode())))
                    conn.request("PUT", "/v1/releases/42", body=json.dumps({"tag": "v42", "ok": True}),
                                 headers={"Content-Type": "application/json"})
                    r = conn.getresponse()
                    print("%-10s PUT %d %s" % (who, r.status, json.loads(r.read().decode())))
                except (ssl.SSLError, ConnectionError, http.client.HTTPException):
                    # the alert or a reset, whichever the client reads first
                    print("%-10s rejected by the server" % who)
                finally:
                    conn.close()
        finally:
            httpd.shutdown()
            t.join(10)
            httpd.server_close()


main()
