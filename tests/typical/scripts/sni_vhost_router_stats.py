"""An SNI router: one TLS port serving several virtual hosts.

The servername callback looks the requested name up in a routing table
(lower-cased, so the match ignores case), swaps in that tenant's
SSLContext and remembers the route on the connection; an unknown name is
refused with unrecognized_name, and a client that sends no name gets the
default tenant. Each tenant answers a one-line request with its own
banner. The client side tries every case and prints what it got, then
the router prints its per-route counters."""
import collections
import os
import socket
import ssl
import subprocess
import tempfile
import threading

TENANTS = {"shop.example.test": "shop", "blog.example.test": "blog", "api.example.test": "api"}
DEFAULT = "shop"


def make(d, cn, names):
    crt, key = os.path.join(d, cn + ".crt"), os.path.join(d, cn + ".key")
    san = ",".join("DNS:" + n for n in names)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "3", "-subj", "/O=Router/CN=" + cn, "-addext", "subjectAltName=" + san,
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Router:
    def __init__(self, d):
        self.contexts = {}
        self.bundle = os.path.join(d, "bundle.pem")
        with open(self.bundle, "w") as out:
            for tenant in sorted(set(TENANTS.values())):
                names = [n for n, t in TENANTS.items() if t == tenant]
                crt, key = make(d, tenant, names)
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                ctx.load_cert_chain(crt, key)
                self.contexts[tenant] = ctx
                with open(crt) as f:
                    out.write(f.read())
        self.front = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        crt, key = make(d, "front", ["front.invalid"])
        self.front.load_cert_chain(crt, key)
        self.front.set_servername_callback(self.route)
        self.routes = {}
        self.counts = collections.Counter()
        self.lock = threading.Lock()

    def route(self, sslsock, name, ctx):
        if name is None:
            tenant = DEFAULT
        else:
            tenant = TENANTS.get(name.lower())
            if tenant is None:
                with self.lock:
                    self.counts["refused " + name] += 1
                return ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME
        sslsock.context = self.contexts[tenant]
        with self.lock:
            self.routes[id(sslsock)] = tenant
        return None

    def serve(self, ls, n):
        for _ in range(n):
            raw, _ = ls.accept()
            try:
                with self.front.wrap_socket(raw, server_side=True) as tls:
                    tenant = self.routes.pop(id(tls))
                    request = tls.recv(100).decode().strip()
                    tls.sendall(("%s says hello to %s\n" % (tenant, request)).encode())
                    with self.lock:
                        self.counts[tenant] += 1
            except (ssl.SSLError, OSError) as e:
                with self.lock:
                    self.counts[type(e).__name__] += 1


def fetch(port, bundle, name, verify=True):
    ctx = ssl.create_default_context(cafile=bundle)
    if not verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=name) as tls:
            tls.sendall(b"GET /\n")
            answer = tls.recv(100).decode().strip()
            cert = tls.getpeercert(binary_form=not verify)
            if verify:
                org = dict(x[0] for x in cert["subject"])["commonName"]
            else:
                org = "unverified, %s DER bytes" % ("some" if cert else "no")
            return answer, org


def main():
    cases = [("shop.example.test", True), ("BLOG.Example.Test", True), ("api.example.test", True),
             ("unknown.example.test", True), (None, False), ("blog.example.test", True)]
    with tempfile.TemporaryDirectory() as d:
        router = Router(d)
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(5)
        t = threading.Thread(target=router.serve, args=(ls, len(cases)))
        t.start()
        for name, verify in cases:
            try:
                answer, cert = fetch(ls.getsockname()[1], router.bundle, name, verify)
                print("%-22s %-40s [%s]" % (name, answer, cert))
            except ssl.SSLError as e:
                print("%-22s refused: %s" % (name, e.reason))
        t.join()
        ls.close()
    for key, n in sorted(router.counts.items()):
        print("route %-28s %d" % (key, n))


main()
