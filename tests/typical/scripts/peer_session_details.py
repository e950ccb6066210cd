"""Dump everything a client learns about its peer right after the
handshake: getpeercert() with a full subject (emailAddress, OU, L, ST)
and every subjectAltName kind, the socket's attributes (server_hostname,
server_side, context, compression, NPN), the TLS session object before
and after the server's TLS 1.3 ticket arrives, and match_hostname."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/C=US/ST=CA/L=SF/O=Acme/OU=IT/CN=localhost/emailAddress=admin@acme.test",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1,email:x@acme.test,URI:https://acme.test/",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)

        def serve():
            conn, _ = lsock.accept()
            with sctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"hello")
                s.recv(1)
                print("server: side", s.server_side, "hostname", s.server_hostname, "peer cert", s.getpeercert())

        t = threading.Thread(target=serve)
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        with ctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=10),
                             server_hostname="localhost") as s:
            cert = s.getpeercert()
            for k in sorted(cert):
                if k not in ("notBefore", "notAfter", "serialNumber"):
                    print(k, cert[k])
            print("attrs:", s.server_hostname, s.server_side, s.context is ctx, s.compression(),
                  s.selected_npn_protocol(), s.shared_ciphers() is None)
            before = s.session
            print("session before reading:", type(before).__name__, before.has_ticket if before else None,
                  s.session_reused)
            print("data:", s.recv(5), s.pending(), s.gettimeout(), s.family, s.type)
            after = s.session
            print("session after reading:", type(after).__name__, after.has_ticket,
                  after.ticket_lifetime_hint > 0, len(after.id) > 0)
            s.sendall(b"y")
            t.join(10)
        lsock.close()
    print("match:", ssl.match_hostname(cert, "localhost"), ssl.match_hostname(cert, "127.0.0.1"))
    try:
        ssl.match_hostname(cert, "other.test")
    except ssl.CertificateError as exc:
        print("CertificateError:", exc)


if __name__ == "__main__":
    main()
