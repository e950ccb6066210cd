"""A virtual-host TLS server that refuses unknown names: the servername
callback returns ALERT_DESCRIPTION_UNRECOGNIZED_NAME or
ALERT_DESCRIPTION_ACCESS_DENIED for some names, switches contexts for
known ones, and clients report what they see (the peer's CN, or the
alert's reason)."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "3", "-subj", "/CN=" + name,
                    "-addext", "subjectAltName=DNS:" + name, "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def main():
    with tempfile.TemporaryDirectory() as d:
        names = ["www.example.test", "api.example.test", "default.test"]
        certs = {n: make_cert(d, n) for n in names}
        contexts = {}
        for n in names:
            c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            c.load_cert_chain(*certs[n])
            contexts[n] = c
        seen = []

        def pick(sslobj, server_name, initial_ctx):
            seen.append(server_name)
            if server_name is None:
                return None  # keep the default certificate
            if server_name.startswith("blocked."):
                return ssl.ALERT_DESCRIPTION_ACCESS_DENIED
            if server_name not in contexts:
                return ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME
            sslobj.context = contexts[server_name]
            return None

        main_ctx = contexts["default.test"]
        main_ctx.set_servername_callback(pick)
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(8)
        requests = ["www.example.test", "api.example.test", "nosuch.example.test",
                    "blocked.example.test", None]

        def serve():
            for _ in requests:
                c, _ = ls.accept()
                try:
                    with main_ctx.wrap_socket(c, server_side=True) as s:
                        s.sendall(b"served")
                        s.recv(1)
                except (ssl.SSLError, OSError):
                    pass
        t = threading.Thread(target=serve)
        t.start()
        trust = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        trust.check_hostname = False
        for n in names:
            trust.load_verify_locations(certs[n][0])
        for name in requests:
            with socket.create_connection(ls.getsockname(), timeout=10) as raw:
                try:
                    with trust.wrap_socket(raw, server_hostname=name) as s:
                        cn = dict(x[0] for x in s.getpeercert()["subject"])["commonName"]
                        print("%-22s -> cert %s, %s" % (name, cn, s.recv(10)))
                        s.sendall(b"x")
                except ssl.SSLError as exc:
                    print("%-22s -> %s %s" % (name, type(exc).__name__, exc.reason))
        t.join(10)
        ls.close()
        print("callback saw:", seen)
        print("alert values:", int(ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME),
              int(ssl.ALERT_DESCRIPTION_ACCESS_DENIED), repr(ssl.ALERT_DESCRIPTION_ACCESS_DENIED))
        main_ctx.set_servername_callback(None)
        try:
            main_ctx.set_servername_callback(42)
        except TypeError as exc:
            print("bad callback:", exc)


main()
