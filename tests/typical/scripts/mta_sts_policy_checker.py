"""An MTA-STS (RFC 8461) checker: fetch a domain's policy over HTTPS from
its mta-sts host (http.client with an SNI name that differs from the
address dialled), validate the policy text, then connect to each mail
exchanger with smtplib, STARTTLS with a verifying context, and check the
certificate's names against the MX name and the MX name against the
policy's patterns.  DNS is simulated by a table of names to local ports;
the servers are http.server over TLS and a small threaded SMTP server."""
import http.client
import http.server
import os
import re
import smtplib
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading


def openssl(*args):
    subprocess.run(("openssl",) + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pki(d):
    p = lambda n: os.path.join(d, n)
    for ca in ("ca", "other"):
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5",
                "-subj", "/CN=%s authority" % ca, "-keyout", p(ca + ".key"), "-out", p(ca + ".pem"))
    leaves = {"policy": ("ca", "mta-sts.example.test"),
              "mx1": ("ca", "mx1.example.test"),
              "backup": ("ca", "*.backup.example.test"),
              "wrongname": ("ca", "smtp.elsewhere.test"),
              "selfmade": ("other", "mx9.example.test")}
    for name, (ca, dns) in leaves.items():
        with open(p(name + ".ext"), "w") as f:
            f.write("subjectAltName=DNS:%s\n" % dns)
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-subj", "/CN=" + dns, "-keyout", p(name + ".key"), "-out", p(name + ".csr"))
        openssl("x509", "-req", "-in", p(name + ".csr"), "-CA", p(ca + ".pem"), "-CAkey", p(ca + ".key"),
                "-CAcreateserial", "-days", "3", "-extfile", p(name + ".ext"), "-out", p(name + ".pem"))
    return p


POLICY = """version: STSv1
mode: enforce
mx: mx1.example.test
mx: *.backup.example.test
mx: mx9.example.test
max_age: 604800
"""


class PolicyHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        if self.path != "/.well-known/mta-sts.txt":
            self.send_error(404)
            return
        body = POLICY.replace("\n", "\r\n").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class SMTPHandler(socketserver.StreamRequestHandler):
    def send(self, line):
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self):
        try:
            self.dialogue()
        except OSError:
            pass  # the client went away (or spoke TLS to our banner)

    def dialogue(self):
        srv = self.server
        self.send("220 %s ESMTP" % srv.name)
        tls = False
        while True:
            try:
                line = self.rfile.readline(512).decode("ascii", "replace").strip().upper()
            except (OSError, ssl.SSLError):
                return
            if not line:
                return
            if line.startswith("EHLO"):
                for ext in ["250-" + srv.name] + (["250-STARTTLS"] if srv.ctx and not tls else []) + ["250 SIZE 100000"]:
                    self.send(ext)
            elif line == "STARTTLS" and srv.ctx and not tls:
                self.send("220 ready")
                try:
                    conn = srv.ctx.wrap_socket(self.request, server_side=True)
                except (ssl.SSLError, OSError):
                    return
                self.request = conn
                self.rfile, self.wfile = conn.makefile("rb"), conn.makefile("wb")
                tls = True
            elif line == "QUIT":
                self.send("221 bye")
                return
            else:
                self.send("250 ok")


class ThreadedTCP(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


def serve(server):
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    return t


class PolicyConnection(http.client.HTTPSConnection):
    """Dial an address from our 'DNS' but verify the policy host's name."""

    def __init__(self, name, addr, context):
        super().__init__(addr[0], addr[1], context=context, timeout=10)
        self.sni_name = name

    def connect(self):
        sock = socket.create_connection((self.host, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.sni_name)


def fetch_policy(domain, dns, ctx):
    host = "mta-sts." + domain
    conn = PolicyConnection(host, dns[host], ctx)
    try:
        conn.request("GET", "/.well-known/mta-sts.txt", headers={"Host": host})
        version = conn.sock.version()  # an HTTP/1.0 answer closes the socket
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise ValueError("policy fetch gave HTTP %d" % resp.status)
        if not resp.getheader("Content-Type", "").startswith("text/plain"):
            raise ValueError("policy has the wrong media type")
        return body.decode("utf-8"), version
    finally:
        conn.close()


def parse_policy(text):
    fields, mx = {}, []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = re.match(r"^([A-Za-z0-9_]+):\s*(.*?)\s*$", line)
        if not m:
            raise ValueError("line %d is not key: value" % n)
        key, value = m.group(1), m.group(2)
        if key == "mx":
            mx.append(value.lower())
        else:
            fields[key] = value
    if fields.get("version") != "STSv1":
        raise ValueError("unsupported version %r" % fields.get("version"))
    if fields.get("mode") not in ("enforce", "testing", "none"):
        raise ValueError("bad mode %r" % fields.get("mode"))
    max_age = int(fields.get("max_age", "-1"))
    if not 0 <= max_age <= 31557600:
        raise ValueError("max_age out of range")
    return {"mode": fields["mode"], "max_age": max_age, "mx": mx}


def mx_allowed(name, patterns):
    name = name.lower().rstrip(".")
    for p in patterns:
        if p.startswith("*."):
            head, _, rest = name.partition(".")
            if head and rest == p[2:]:
                return p
        elif p == name:
            return p
    return None


def check_mx(name, addr, ctx, policy):
    allowed = mx_allowed(name, policy["mx"])
    verdict = {"mx": name, "pattern": allowed}
    try:
        with smtplib.SMTP(addr[0], addr[1], timeout=10) as s:
            s.ehlo("checker.example.test")
            if not s.has_extn("starttls"):
                verdict["tls"] = "no STARTTLS"
                return verdict
            s.starttls(context=ctx)
            cert = s.sock.getpeercert()
            verdict["tls"] = s.sock.version()
            try:
                ssl.match_hostname(cert, name)
                verdict["name"] = "matches"
            except ssl.CertificateError as e:
                verdict["name"] = "mismatch: " + str(e).split(",")[0]
            s.ehlo("checker.example.test")
    except ssl.SSLError as e:
        verdict["tls"] = "failed: " + (e.reason or type(e).__name__)
    return verdict


def main():
    with tempfile.TemporaryDirectory() as d:
        p = pki(d)

        def server_ctx(name):
            c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            c.load_cert_chain(p(name + ".pem"), p(name + ".key"))
            return c

        policy_srv = http.server.HTTPServer(("127.0.0.1", 0), PolicyHandler)
        policy_srv.socket = server_ctx("policy").wrap_socket(policy_srv.socket, server_side=True)
        threads = [serve(policy_srv)]
        dns = {"mta-sts.example.test": policy_srv.server_address}
        mx_table = [("mx1.example.test", "mx1"), ("relay.backup.example.test", "backup"),
                    ("mx2.example.test", "wrongname"), ("mx9.example.test", "selfmade"),
                    ("old.example.test", None)]
        servers = [policy_srv]
        for mxname, certname in mx_table:
            srv = ThreadedTCP(("127.0.0.1", 0), SMTPHandler)
            srv.name, srv.ctx = mxname, server_ctx(certname) if certname else None
            threads.append(serve(srv))
            servers.append(srv)
            dns[mxname] = srv.server_address
        try:
            client = ssl.create_default_context(cafile=p("ca.pem"))
            # The name check is the policy's (below): STARTTLS dials an address.
            mx_ctx = ssl.create_default_context(cafile=p("ca.pem"))
            mx_ctx.check_hostname = False

            text, version = fetch_policy("example.test", dns, client)
            print("policy fetched over", version)
            policy = parse_policy(text)
            print("mode=%(mode)s max_age=%(max_age)d mx=%(mx)s" % policy)

            results = [check_mx(name, dns[name], mx_ctx, policy) for name, _ in mx_table]
            for r in results:
                ok = r["pattern"] and r.get("name") == "matches" and r["tls"].startswith("TLSv")
                print("%-26s pattern=%-22s tls=%-10s name=%s -> %s" % (
                    r["mx"], r["pattern"], r["tls"], r.get("name", "-"),
                    "deliver" if ok else ("refuse" if policy["mode"] == "enforce" else "report")))

            # What goes wrong on the policy side.
            stranger = ssl.create_default_context(cafile=p("other.pem"))
            try:
                fetch_policy("example.test", dns, stranger)
            except ssl.SSLError as e:
                print("untrusted policy host:", e.reason)
            wrong = dict(dns)
            wrong["mta-sts.example.test"] = dns["mx1.example.test"]
            try:
                fetch_policy("example.test", wrong, client)
            except (ssl.SSLError, ssl.CertificateError, http.client.HTTPException, OSError) as e:
                print("policy host answered by the wrong server:", type(e).__name__)
            for bad in ["version: STSv2\nmode: enforce\nmax_age: 5\n", "version: STSv1\nmode: strict\n",
                        "version: STSv1\nmode: testing\nmax_age: 99999999999\n", "version STSv1\n"]:
                try:
                    parse_policy(bad)
                except ValueError as e:
                    print("bad policy:", e)
        finally:
            for srv in servers:
                srv.shutdown()
                srv.server_close()
            for t in threads:
                t.join()


main()
