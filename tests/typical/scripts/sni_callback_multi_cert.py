"""An SNI-routing TLS server holding several certificates: the
servername callback picks a context per requested name (exact names and
a wildcard), refuses unknown names with ALERT_DESCRIPTION_UNRECOGNIZED_NAME,
and counts what it saw; clients ask for each name and print what
certificate came back, with the callback's view of each connection."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading

NAMES = {"shop.example": "Shop", "blog.example": "Blog", "*.cdn.example": "CDN", "default.example": "Default"}


def make(d, cn, org):
    stem = cn.replace("*", "star")
    crt, key = os.path.join(d, stem + ".crt"), os.path.join(d, stem + ".key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "4", "-subj", "/O=%s/CN=%s" % (org, cn), "-addext", "subjectAltName=DNS:" + cn,
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Router:
    def __init__(self, contexts):
        self.contexts = contexts
        self.seen = []

    def lookup(self, name):
        if name in self.contexts:
            return self.contexts[name]
        parts = name.split(".", 1)
        if len(parts) == 2 and "*." + parts[1] in self.contexts:
            return self.contexts["*." + parts[1]]
        return None

    def callback(self, sslobj, server_name, initial_ctx):
        self.seen.append((server_name, initial_ctx is self.contexts["default.example"]))
        if server_name is None:
            return None
        ctx = self.lookup(server_name)
        if ctx is None:
            return ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME
        sslobj.context = ctx
        return None


def serve(lsock, base_ctx, count):
    for _ in range(count):
        conn, _ = lsock.accept()
        try:
            with base_ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(("served by context for %s" % s.context.sni_label).encode())
        except (ssl.SSLError, OSError):
            conn.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        files = {cn: make(d, cn, org) for cn, org in NAMES.items()}
        contexts = {}
        for cn, (crt, key) in files.items():
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(crt, key)
            contexts[cn] = ctx
        labels = {id(c): cn for cn, c in contexts.items()}
        router = Router(contexts)
        base = contexts["default.example"]
        base.set_servername_callback(router.callback)
        requests = ["shop.example", "blog.example", "img.cdn.example", "a.b.cdn.example", "unknown.example", None]
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(8)
        # the label travels on the socket's context: look it up by identity
        ssl.SSLContext.sni_label = property(lambda self: labels.get(id(self), "?"))
        th = threading.Thread(target=serve, args=(lsock, base, len(requests)))
        th.start()
        for name in requests:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            try:
                with socket.create_connection(lsock.getsockname()) as raw:
                    with ctx.wrap_socket(raw, server_hostname=name) as s:
                        der = s.getpeercert(binary_form=True)
                        reply = s.recv(200).decode()
                pem = ssl.DER_cert_to_PEM_cert(der)
                path = os.path.join(d, "got.pem")
                with open(path, "w") as f:
                    f.write(pem)
                decoded = ssl._ssl._test_decode_cert(path)
                subject = dict(x[0] for x in decoded["subject"])
                print("%-16s -> %-16s %-7s | %s" % (name, subject["commonName"], subject["organizationName"], reply))
            except ssl.SSLError as e:
                print("%-16s -> refused: %s" % (name, e.reason))
        th.join(5)
        lsock.close()
        print("callback saw:")
        for name, initial in router.seen:
            print("   %r (initial context is default: %s)" % (name, initial))
        try:
            base.set_servername_callback(42)
        except TypeError as e:
            print("TypeError:", e)
        base.set_servername_callback(None)
        print("callback removed")


main()
