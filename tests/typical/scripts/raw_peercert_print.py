"""The quick look most people start with: print the peer's certificate
dict, the negotiated cipher tuple, a cipher description dict and the
session statistics exactly as Python shows them."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "2", "-subj", "/C=NL/O=Quick Look/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                        "-addext", "authorityInfoAccess=OCSP;URI:http://ocsp.quick.test",
                        "-addext", "crlDistributionPoints=URI:http://crl.quick.test/root.crl",
                        "-keyout", key, "-out", crt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)

        def serve():
            conn, _ = lsock.accept()
            with sctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"ok")

        t = threading.Thread(target=serve)
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                cert = s.getpeercert()
                for k in ("notBefore", "notAfter", "serialNumber"):
                    cert[k] = "<%s>" % k
                print(cert)
                print(s.cipher())
                s.recv(2)
        t.join(10)
        lsock.close()
        print(ctx.get_ciphers()[0])
        print(ctx.session_stats())
        print(sctx.session_stats())
        print(ctx.cert_store_stats(), len(ctx.get_ca_certs()), list(ctx.get_ca_certs()[0])[:4])


if __name__ == "__main__":
    main()
