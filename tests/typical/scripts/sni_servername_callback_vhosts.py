"""Virtual hosts on one TLS port via set_servername_callback, with logging and a rejection."""
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname).1s %(funcName)s: %(message)s")
log = logging.getLogger(__name__)


def make_cert(d, host):
    cert, key = os.path.join(d, host + ".crt"), os.path.join(d, host + ".key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-days", "10", "-subj", "/CN=" + host, "-addext", "subjectAltName=DNS:" + host,
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class VirtualHosts:
    def __init__(self, default_ctx):
        self.contexts = {}
        self.seen = []
        self.default = default_ctx
        default_ctx.set_servername_callback(self.pick)

    def add(self, host, cert, key):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self.contexts[host] = ctx

    def pick(self, sslsock, server_name, initial_ctx):
        self.seen.append(server_name)
        log.debug("asked for %r", server_name)
        if server_name is None:
            return None
        if server_name.startswith("blocked."):
            log.warning("refusing %s", server_name)
            return ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME
        ctx = self.contexts.get(server_name)
        if ctx is not None:
            sslsock.context = ctx
        return None


server_errors = []


def serve(lsock, ctx, n):
    for _ in range(n):
        try:
            raw, _ = lsock.accept()
        except socket.timeout:
            return
        try:
            with ctx.wrap_socket(raw, server_side=True) as conn:
                conn.sendall(b"default" if conn.context is ctx else b"vhost")
                conn.recv(1)
        except ssl.SSLError as exc:
            server_errors.append("%s (library %s)" % (type(exc).__name__, exc.library))


def main():
    with tempfile.TemporaryDirectory() as d:
        default_cert, default_key = make_cert(d, "default.test")
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(default_cert, default_key)
        vh = VirtualHosts(sctx)
        bundle = [default_cert]
        for host in ("alpha.test", "beta.test"):
            cert, key = make_cert(d, host)
            vh.add(host, cert, key)
            bundle.append(cert)
        cafile = os.path.join(d, "bundle.pem")
        with open(cafile, "w") as out:
            for path in bundle:
                with open(path) as f:
                    out.write(f.read())
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        lsock.settimeout(10)
        names = ["alpha.test", "beta.test", "gamma.test", "blocked.test", None]
        t = threading.Thread(target=serve, args=(lsock, sctx, len(names)))
        t.start()
        for name in names:
            ctx = ssl.create_default_context(cafile=cafile)
            if name is None or name == "gamma.test":
                ctx.check_hostname = False
            try:
                with ctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=10),
                                     server_hostname=name) as s:
                    cn = dict(x[0] for x in s.getpeercert()["subject"])["commonName"]
                    log.info("%s -> certificate %s, %s", name, cn, s.recv(64).decode())
                    s.sendall(b"!")
            except ssl.SSLError as exc:
                log.error("%s -> %s", name, exc.reason)
        t.join(15)
        lsock.close()
        print("callback saw:", vh.seen)
        print("server-side errors:", server_errors)


if __name__ == "__main__":
    main()
