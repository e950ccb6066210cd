"""A gateway that maps client certificates to roles: a private CA signs
client certificates, the server uses CERT_OPTIONAL so that anonymous
clients are guests, reads the client's subject and OU from getpeercert,
and enforces per-role commands."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading

ROLES = {"ops": {"status", "restart"}, "dev": {"status"}}


def sh(*args):
    subprocess.run(list(args), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_pki(d):
    p = lambda n: os.path.join(d, n)
    sh("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5",
       "-subj", "/CN=Gateway CA", "-keyout", p("ca.key"), "-out", p("ca.crt"),
       "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")
    sh("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5",
       "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", p("server.key"),
       "-out", p("server.crt"))
    with open(p("client.ext"), "w") as f:
        f.write("extendedKeyUsage=clientAuth\n")
    for name, ou in [("alice", "ops"), ("bob", "dev"), ("carol", "finance")]:
        sh("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
           "-subj", "/O=Example/OU=%s/CN=%s" % (ou, name), "-keyout", p(name + ".key"), "-out", p(name + ".csr"))
        sh("openssl", "x509", "-req", "-in", p(name + ".csr"), "-CA", p("ca.crt"), "-CAkey", p("ca.key"),
           "-CAcreateserial", "-days", "5", "-extfile", p("client.ext"), "-out", p(name + ".crt"))
    sh("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5",
       "-subj", "/OU=ops/CN=mallory", "-keyout", p("mallory.key"), "-out", p("mallory.crt"))
    return p


def identity(cert):
    if not cert:
        return "anonymous", "guest"
    fields = {}
    for rdn in cert["subject"]:
        for k, v in rdn:
            fields[k] = v
    return fields["commonName"], fields.get("organizationalUnitName", "guest")


def gateway(lsock, ctx, n, log):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                who, role = identity(s.getpeercert())
                allowed = ROLES.get(role, set())
                cmd = s.recv(100).decode().strip()
                ok = cmd in allowed
                log.append((who, role, cmd, ok))
                s.sendall(("%s %s as %s\n" % ("OK" if ok else "DENIED", cmd, role)).encode())
        except ssl.SSLError as exc:
            log.append(("?", "?", "handshake", exc.reason))
        except OSError as exc:
            log.append(("?", "?", "handshake", type(exc).__name__))


def main():
    with tempfile.TemporaryDirectory() as d:
        p = make_pki(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(p("server.crt"), p("server.key"))
        sctx.verify_mode = ssl.CERT_OPTIONAL
        sctx.load_verify_locations(p("ca.crt"))
        sctx.options |= ssl.OP_NO_TLSv1_3
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(8)
        plan = [("alice", "restart"), ("bob", "status"), ("bob", "restart"), ("carol", "status"),
                (None, "status"), ("mallory", "restart")]
        log = []
        t = threading.Thread(target=gateway, args=(lsock, sctx, len(plan), log))
        t.start()
        for who, cmd in plan:
            ctx = ssl.create_default_context(cafile=p("server.crt"))
            if who:
                ctx.load_cert_chain(p(who + ".crt"), p(who + ".key"))
            try:
                with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
                    with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                        s.sendall(cmd.encode())
                        print("%-8s %-8s -> %s" % (who, cmd, s.recv(100).decode().strip()))
            except ssl.SSLError as exc:
                print("%-8s %-8s -> refused (%s)" % (who, cmd, exc.reason))
        t.join(10)
        lsock.close()
    print("audit:")
    for entry in log:
        print("  ", entry)
    print("verify mode:", sctx.verify_mode, "ca certs:", len(sctx.get_ca_certs()))


if __name__ == "__main__":
    main()
