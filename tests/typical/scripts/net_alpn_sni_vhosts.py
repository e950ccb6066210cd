"""One TLS listener serving several virtual hosts: SNI picks the
certificate in an sni_callback (and set_servername_callback on a second
context), ALPN picks h2 or http/1.1, unknown names get an alert."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading

HOSTS = ["alpha.test", "beta.test", "gamma.test"]


def make_cert(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=" + name, "-addext", "subjectAltName=DNS:" + name,
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class VirtualHosts:
    def __init__(self, d):
        self.contexts = {}
        self.seen = []
        for name in HOSTS:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*make_cert(d, name))
            ctx.set_alpn_protocols(["h2", "http/1.1"] if name != "gamma.test" else ["http/1.1"])
            self.contexts[name] = ctx
        self.default = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.default.load_cert_chain(*make_cert(d, "default.test"))
        self.default.set_alpn_protocols(["http/1.1"])
        if hasattr(self.default, "sni_callback"):
            self.default.sni_callback = self.pick
        else:
            self.default.set_servername_callback(self.pick)

    def pick(self, sslobj, name, ctx):
        self.seen.append(name)
        if name is None:
            return None
        if name.endswith(".invalid"):
            return ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME
        if name in self.contexts:
            sslobj.context = self.contexts[name]
        return None

    def serve(self, listener, count):
        for _ in range(count):
            conn, _ = listener.accept()
            try:
                with self.default.wrap_socket(conn, server_side=True) as s:
                    line = "%s %s %s\n" % (s.server_hostname if hasattr(s, "server_hostname") else "-",
                                           s.selected_alpn_protocol(), s.context is self.default)
                    s.sendall(line.encode())
                    s.recv(1)
            except ssl.SSLError as e:
                self.seen.append("server error: " + type(e).__name__)


def connect(port, cafile, name, alpn):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.check_hostname = name is not None
    if name is None:
        ctx.verify_mode = ssl.CERT_NONE
    ctx.set_alpn_protocols(alpn)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=name) as s:
            cn = dict(x[0] for x in s.getpeercert()["subject"]).get("commonName") if name else "(unverified)"
            reply = s.recv(200).decode().strip()
            s.sendall(b"x")
            return cn, s.selected_alpn_protocol(), reply


def main():
    with tempfile.TemporaryDirectory() as d:
        vh = VirtualHosts(d)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(5)
        port = listener.getsockname()[1]
        cases = [("alpha.test", ["h2", "http/1.1"]), ("beta.test", ["http/1.1"]),
                 ("gamma.test", ["h2", "http/1.1"]), ("alpha.test", ["spdy/3"]),
                 (None, ["h2"]), ("nobody.invalid", ["h2"])]
        t = threading.Thread(target=vh.serve, args=(listener, len(cases)))
        t.start()
        for name, alpn in cases:
            cafile = os.path.join(d, (name if name in HOSTS else "default.test") + ".crt")
            try:
                cn, proto, reply = connect(port, cafile, name, alpn)
                print("%-15s offered %-20s -> cert %-13s alpn %-9s server said %r" % (
                    name, ",".join(alpn), cn, proto, reply))
            except ssl.SSLError as e:
                print("%-15s offered %-20s -> %s %s" % (name, ",".join(alpn), type(e).__name__, e.reason))
        t.join(10)
        listener.close()
        print("callback saw:", vh.seen)
        print("HAS_SNI:", ssl.HAS_SNI, "HAS_ALPN:", ssl.HAS_ALPN)


main()
