"""A mutual-TLS REST client over http.client with a retry policy: a
persistent HTTPSConnection presenting a client certificate, JSON bodies,
idempotency keys on POST, exponential backoff with seeded jitter, honouring
Retry-After, reconnecting after the server drops the connection
(RemoteDisconnected) and never retrying what cannot succeed (4xx, a
certificate the server refuses, a server the client does not trust).  The
server is http.server on a threading socketserver with CERT_REQUIRED; it
fails on purpose according to a script of faults."""
import http.client
import http.server
import json
import os
import random
import socketserver
import ssl
import subprocess
import tempfile
import threading
import uuid


def openssl(*args):
    subprocess.run(("openssl",) + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_pki(d):
    p = lambda n: os.path.join(d, n)
    for ca in ("ca", "rogue"):
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "3",
                "-subj", "/CN=%s root" % ca, "-keyout", p(ca + ".key"), "-out", p(ca + ".pem"))
    with open(p("ext.cnf"), "w") as f:
        f.write("[srv]\nsubjectAltName=DNS:api.test\nextendedKeyUsage=serverAuth\n"
                "[cli]\nextendedKeyUsage=clientAuth\n")
    for name, ca, ext in (("server", "ca", "srv"), ("client", "ca", "cli"), ("intruder", "rogue", "cli")):
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj",
                "/CN=%s/O=Example Ops" % name, "-keyout", p(name + ".key"), "-out", p(name + ".csr"))
        openssl("x509", "-req", "-in", p(name + ".csr"), "-CA", p(ca + ".pem"), "-CAkey", p(ca + ".key"),
                "-CAcreateserial", "-days", "2", "-extfile", p("ext.cnf"), "-extensions", ext,
                "-out", p(name + ".pem"))
    return p


class Store:
    def __init__(self):
        self.lock = threading.Lock()
        self.items = {}
        self.seen_keys = {}
        self.created = 0
        self.faults = []     # what to do to the next requests, in order
        self.log = []


STORE = Store()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def client_cn(self):
        cert = self.connection.getpeercert()
        return dict(x[0] for x in cert["subject"])["commonName"]

    def reply(self, code, body, headers=()):
        data = json.dumps(body, sort_keys=True).encode() if code != 204 else b""
        self.send_response(code)
        if data:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def fault(self):
        with STORE.lock:
            f = STORE.faults.pop(0) if STORE.faults else None
            STORE.log.append("%s %s by %s%s" % (self.command, self.path, self.client_cn(),
                                                " [%s]" % f if f else ""))
        if f == "drop":
            self.close_connection = True
            return True
        if f == "lost-reply":
            self.lose_reply = True  # do the work, then drop the answer
        if f == "503":
            self.reply(503, {"error": "busy"}, [("Retry-After", "2")])
            return True
        if f == "500":
            self.reply(500, {"error": "boom"})
            return True
        return False

    def body(self):
        n = int(self.headers.get("Content-Length", "0"))
        return json.loads(self.rfile.read(n).decode()) if n else None

    def do_GET(self):
        if self.fault():
            return
        key = self.path.rsplit("/", 1)[-1]
        with STORE.lock:
            item = STORE.items.get(key)
        if item is None:
            self.reply(404, {"error": "no such item", "id": key})
        else:
            self.reply(200, item)

    def do_POST(self):
        payload = self.body()
        if self.fault():
            return
        idem = self.headers.get("Idempotency-Key")
        with STORE.lock:
            if idem in STORE.seen_keys:
                self.reply(200, STORE.items[STORE.seen_keys[idem]], [("X-Replayed", "yes")])
                return
            STORE.created += 1
            new_id = "item%d" % STORE.created
            item = dict(payload, id=new_id, owner=self.client_cn())
            STORE.items[new_id] = item
            STORE.seen_keys[idem] = new_id
        if getattr(self, "lose_reply", False):
            self.close_connection = True
            return
        self.reply(201, item)

    def do_DELETE(self):
        if self.fault():
            return
        key = self.path.rsplit("/", 1)[-1]
        with STORE.lock:
            gone = STORE.items.pop(key, None)
        self.reply(204 if gone else 404, {})


class TLSServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def __init__(self, addr, handler, ctx):
        super().__init__(addr, handler, bind_and_activate=False)
        self.socket = ctx.wrap_socket(self.socket, server_side=True)
        self.server_bind()
        self.server_activate()

    def handle_error(self, request, client_address):
        pass  # refused handshakes are the client's business here


class RetryPolicy:
    RETRY_STATUS = {500, 502, 503, 504}

    def __init__(self, attempts=4, base=0.25, cap=4.0, seed=7):
        self.attempts, self.base, self.cap = attempts, base, cap
        self.rng = random.Random(seed)
        self.slept = []

    def delay(self, attempt, retry_after=None):
        if retry_after is not None:
            return float(retry_after)
        ceiling = min(self.cap, self.base * 2 ** attempt)
        return round(ceiling / 2 + self.rng.uniform(0, ceiling / 2), 3)

    def sleep(self, seconds):
        self.slept.append(seconds)  # recorded, not slept: the test stays fast


class ApiError(Exception):
    def __init__(self, status, body):
        super().__init__("HTTP %d: %s" % (status, body.get("error")))
        self.status = status


class Client:
    def __init__(self, port, ctx, policy):
        self.port, self.ctx, self.policy = port, ctx, policy
        self.conn = None
        self.connections = 0

    def connect(self):
        self.conn = http.client.HTTPSConnection("127.0.0.1", self.port, context=self.ctx, timeout=10)
        self.conn.connect()
        self.connections += 1

    def request(self, method, path, payload=None, idempotent=None):
        if idempotent is None:
            idempotent = method in ("GET", "PUT", "DELETE", "HEAD")
        headers = {"Accept": "application/json", "Host": "api.test"}
        body = None
        if payload is not None:
            body = json.dumps(payload, sort_keys=True).encode()
            headers["Content-Type"] = "application/json"
        if method == "POST":
            headers["Idempotency-Key"] = str(uuid.UUID(int=self.policy.rng.getrandbits(128)))
            idempotent = True  # the key makes a replay safe
        trail = []
        for attempt in range(self.policy.attempts):
            try:
                if self.conn is None:
                    self.connect()
                self.conn.request(method, path, body=body, headers=headers)
                resp = self.conn.getresponse()
                data = resp.read()
                parsed = json.loads(data.decode()) if data else {}
            except (http.client.RemoteDisconnected, ConnectionError, ssl.SSLError) as e:
                # A server that closes without close_notify: a clean EOF
                # or, over OpenSSL 3, an SSLError ("unexpected eof").
                trail.append("dropped")
                self.conn.close()
                self.conn = None
                if not idempotent:
                    raise
                self.policy.sleep(self.policy.delay(attempt))
                continue
            if resp.status in RetryPolicy.RETRY_STATUS and idempotent and attempt + 1 < self.policy.attempts:
                trail.append(str(resp.status))
                self.policy.sleep(self.policy.delay(attempt, resp.getheader("Retry-After")))
                continue
            if resp.status >= 400:
                trail.append(str(resp.status))
                print("   trail:", " -> ".join(trail))
                raise ApiError(resp.status, parsed)
            trail.append(str(resp.status))
            print("   trail:", " -> ".join(trail), "| replayed:", resp.getheader("X-Replayed", "no"))
            return parsed
        print("   trail:", " -> ".join(trail))
        raise ApiError(503, {"error": "gave up after %d attempts" % self.policy.attempts})

    def close(self):
        if self.conn is not None:
            self.conn.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        p = make_pki(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(p("server.pem"), p("server.key"))
        sctx.verify_mode = ssl.CERT_REQUIRED
        sctx.load_verify_locations(p("ca.pem"))
        srv = TLSServer(("127.0.0.1", 0), Handler, sctx)
        port = srv.server_address[1]
        th = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        th.start()
        try:
            scenario(p, port)
        finally:
            srv.shutdown()
            srv.server_close()
            th.join()
        print("server log:")
        for line in STORE.log:
            print("  ", line)


def client_context(p, cert="client", ca="ca"):
    ctx = ssl.create_default_context(cafile=p(ca + ".pem"))
    ctx.check_hostname = False  # we dial 127.0.0.1; the name is checked below by hand
    if cert:
        ctx.load_cert_chain(p(cert + ".pem"), p(cert + ".key"))
    return ctx


def scenario(p, port):
    policy = RetryPolicy()
    api = Client(port, client_context(p), policy)
    steps = [
        ("create", [], lambda: api.request("POST", "/v1/items", {"name": "alpha", "size": 3})),
        ("create after 503+drop", ["503", "drop"], lambda: api.request("POST", "/v1/items", {"name": "beta"})),
        ("create, reply lost", ["lost-reply"], lambda: api.request("POST", "/v1/items", {"name": "gamma"})),
        ("read with 500s", ["500", "500"], lambda: api.request("GET", "/v1/items/item1")),
        ("read gives up", ["503", "500", "503", "500"], lambda: api.request("GET", "/v1/items/item2")),
        ("missing item", [], lambda: api.request("GET", "/v1/items/item9")),
        ("delete", [], lambda: api.request("DELETE", "/v1/items/item1")),
        ("delete again", [], lambda: api.request("DELETE", "/v1/items/item1")),
    ]
    for label, faults, call in steps:
        STORE.faults[:] = faults
        print("--", label)
        try:
            result = call()
            print("   result:", json.dumps(result, sort_keys=True))
        except ApiError as e:
            print("   error:", e, "| retryable:", e.status in RetryPolicy.RETRY_STATUS)
    cert = api.conn.sock.getpeercert()
    ssl.match_hostname(cert, "api.test")
    print("server name checked: api.test; cipher bits:", api.conn.sock.cipher()[2])
    print("connections opened:", api.connections, "| backoff slept:", policy.slept)
    api.close()

    # Failures that no retry fixes: each is reported once.
    for label, ctx in [("no client certificate", client_context(p, cert=None)),
                       ("certificate from another CA", client_context(p, cert="intruder")),
                       ("server not trusted", client_context(p, ca="rogue"))]:
        c = Client(port, ctx, RetryPolicy(seed=1))
        try:
            c.connect()
            c.conn.request("GET", "/v1/items/item2", headers={"Host": "api.test"})
            r = c.conn.getresponse()
            print(label, "-> unexpectedly got", r.status)
        except ssl.SSLError as e:
            if e.reason == "CERTIFICATE_VERIFY_FAILED":
                print(label, "-> we refuse the server:", e.reason)
            else:
                # TLS 1.3: the server's alert (unknown CA, certificate
                # required) arrives after the client's handshake is done;
                # whether it or the reset comes first is a race.
                print(label, "-> the server refused us")
        except (ConnectionError, http.client.RemoteDisconnected):
            print(label, "-> the server refused us")
        finally:
            c.close()


main()
