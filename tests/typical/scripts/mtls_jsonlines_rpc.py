"""A mutual-TLS RPC service speaking JSON lines: a private CA issues a
server certificate and two client certificates (an "admin" and a
"reader"); the server requires a client certificate, takes the caller's
role from its subject's OU and dispatches methods by name, refusing
writes to readers. A client without a certificate and one signed by
another CA are refused in the handshake."""
import json
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading


def run(*args):
    subprocess.check_call(["openssl"] + list(args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_ca(d, name):
    key, crt = os.path.join(d, name + "-ca.key"), os.path.join(d, name + "-ca.pem")
    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5",
        "-subj", "/O=%s/CN=%s root" % (name, name), "-keyout", key, "-out", crt)
    return crt, key


def issue(d, ca, name, subj, ext):
    key, csr, crt = (os.path.join(d, name + s) for s in (".key", ".csr", ".pem"))
    extfile = os.path.join(d, name + ".ext")
    with open(extfile, "w") as f:
        f.write(ext + "\n")
    run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-subj", subj, "-keyout", key, "-out", csr)
    run("x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-CAcreateserial", "-days", "2",
        "-extfile", extfile, "-out", crt)
    return crt, key


STORE = {"motd": "welcome", "limit": 10}
LOCK = threading.Lock()
REFUSED = []  # the server's reasons for refusing clients


def call(role, method, params):
    if method == "get":
        return STORE.get(params["key"])
    if method == "keys":
        return sorted(STORE)
    if method == "set":
        if role != "admin":
            raise PermissionError("role %r may not write" % role)
        with LOCK:
            STORE[params["key"]] = params["value"]
        return True
    raise LookupError("no method %r" % method)


def serve_one(conn):
    cert = conn.getpeercert()
    subject = dict(x[0] for x in cert["subject"])
    role = subject.get("organizationalUnitName", "?")
    f = conn.makefile("rwb")
    for raw in f:
        req = json.loads(raw.decode())
        try:
            reply = {"id": req["id"], "result": call(role, req["method"], req.get("params", {}))}
        except Exception as e:
            reply = {"id": req["id"], "error": "%s: %s" % (type(e).__name__, e)}
        f.write((json.dumps(reply, sort_keys=True) + "\n").encode())
        f.flush()
    f.close()
    # The client's close_notify ended the loop: answer it.
    conn.unwrap().close()


def server(listener, ctx, stop):
    while not stop.is_set():
        try:
            raw, _ = listener.accept()
        except socket.timeout:
            continue
        try:
            conn = ctx.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError) as e:
            REFUSED.append(getattr(e, "reason", type(e).__name__))
            raw.close()
            continue
        serve_one(conn)


class Client:
    def __init__(self, port, ctx):
        raw = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock = ctx.wrap_socket(raw, server_hostname="rpc.internal")
        self.f = self.sock.makefile("rwb")
        self.next_id = 0

    def __call__(self, method, **params):
        self.next_id += 1
        self.f.write((json.dumps({"id": self.next_id, "method": method, "params": params}) + "\n").encode())
        self.f.flush()
        reply = json.loads(self.f.readline().decode())
        assert reply["id"] == self.next_id
        return reply

    def close(self):
        self.f.close()
        self.sock.unwrap().close()


def main():
    d = tempfile.mkdtemp()
    try:
        ca = make_ca(d, "corp")
        other = make_ca(d, "rogue")
        srv = issue(d, ca, "server", "/O=corp/CN=rpc.internal",
                    "subjectAltName=DNS:rpc.internal\nextendedKeyUsage=serverAuth")
        admin = issue(d, ca, "admin", "/O=corp/OU=admin/CN=alice", "extendedKeyUsage=clientAuth")
        reader = issue(d, ca, "reader", "/O=corp/OU=reader/CN=bob", "extendedKeyUsage=clientAuth")
        rogue = issue(d, other, "rogue", "/O=corp/OU=admin/CN=mallory", "extendedKeyUsage=clientAuth")

        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(*srv)
        sctx.load_verify_locations(ca[0])
        sctx.verify_mode = ssl.CERT_REQUIRED
        sctx.options |= ssl.OP_NO_TLSv1_3  # a missing client certificate fails in the handshake
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(5)
        listener.settimeout(0.1)
        stop = threading.Event()
        t = threading.Thread(target=server, args=(listener, sctx, stop))
        t.start()
        port = listener.getsockname()[1]

        def context(pair):
            ctx = ssl.create_default_context(cafile=ca[0])
            if pair:
                ctx.load_cert_chain(*pair)
            return ctx

        try:
            for label, pair in (("admin", admin), ("reader", reader)):
                c = Client(port, context(pair))
                print(label, "connected:", c.sock.version())
                for method, params in (("keys", {}), ("get", {"key": "motd"}),
                                       ("set", {"key": "motd", "value": "set by " + label}),
                                       ("get", {"key": "motd"}), ("drop", {})):
                    print("  %s%s -> %s" % (method, json.dumps(params, sort_keys=True), json.dumps(c(method, **params), sort_keys=True)))
                c.close()
            for label, pair in (("no certificate", None), ("rogue CA", rogue)):
                try:
                    c = Client(port, context(pair))
                    print(label, "->", c("keys"))
                except ssl.SSLError as e:
                    print(label, "refused:", type(e).__name__, e.reason)
                except OSError as e:
                    print(label, "refused:", type(e).__name__)
        finally:
            stop.set()
            t.join(10)
            listener.close()
    finally:
        shutil.rmtree(d)
    print("store:", json.dumps(STORE, sort_keys=True))
    print("server refused:", REFUSED)


if __name__ == "__main__":
    main()
