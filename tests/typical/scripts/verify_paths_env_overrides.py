"""Where does a default context look for CA certificates? Runs a child
interpreter (sys.executable) with SSL_CERT_FILE / SSL_CERT_DIR set in
different ways and prints get_default_verify_paths() from each, then
shows that create_default_context() in a child with SSL_CERT_FILE
pointing at a private CA trusts a server signed by it (and one without
the variable does not)."""
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

CHILD_PATHS = r"""
import json, ssl
p = ssl.get_default_verify_paths()
print(json.dumps({"cafile": p.cafile, "capath": p.capath,
                  "openssl_cafile_env": p.openssl_cafile_env, "openssl_capath_env": p.openssl_capath_env,
                  "fields": list(p._fields)}))
"""

CHILD_CONNECT = r"""
import socket, ssl, sys
ctx = ssl.create_default_context()
print("ca certs loaded:", len(ctx.get_ca_certs()) > 0, end="; ")
try:
    with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            print("connected,", s.version())
except ssl.SSLError as e:
    print("refused:", e.reason)
"""


def child(code, env_changes, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    env.update(env_changes)
    out = subprocess.check_output([sys.executable, "-c", code] + list(args), env=env)
    return out.decode().strip()


def main():
    d = tempfile.mkdtemp()
    try:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "2", "-subj", "/CN=localhost",
                               "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = json.loads(child(CHILD_PATHS, {}))
        print("fields:", base["fields"])
        print("env variable names:", base["openssl_cafile_env"], base["openssl_capath_env"])
        for label, env in (("SSL_CERT_FILE set", {"SSL_CERT_FILE": crt}),
                           ("SSL_CERT_DIR set", {"SSL_CERT_DIR": d}),
                           ("both set", {"SSL_CERT_FILE": crt, "SSL_CERT_DIR": d}),
                           ("file missing", {"SSL_CERT_FILE": os.path.join(d, "nope.pem")})):
            p = json.loads(child(CHILD_PATHS, env))
            show = lambda v: None if v is None else v.replace(d, "TMP") if v.startswith(d) else "(system)"
            print("%-18s cafile=%s capath=%s" % (label + ":", show(p["cafile"]), show(p["capath"])))

        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(2)
        port = str(lsock.getsockname()[1])

        def serve():
            for _ in range(2):
                raw, _ = lsock.accept()
                try:
                    with sctx.wrap_socket(raw, server_side=True) as s:
                        s.recv(1)
                except (ssl.SSLError, OSError):
                    pass

        t = threading.Thread(target=serve)
        t.start()
        print("child with SSL_CERT_FILE:", child(CHILD_CONNECT, {"SSL_CERT_FILE": crt}, port))
        print("child without:", child(CHILD_CONNECT, {"SSL_CERT_FILE": os.path.join(d, "nope.pem"),
                                                      "SSL_CERT_DIR": os.path.join(d, "nodir")}, port))
        t.join(10)
        lsock.close()
    finally:
        shutil.rmtree(d)


main()
