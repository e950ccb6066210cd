"""Mutual TLS with a private CA made by openssl."""
import os
import pprint
import socket
import ssl
import subprocess
import tempfile
import threading


def sh(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_pki(d):
    p = lambda n: os.path.join(d, n)
    sh("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "10",
       "-subj", "/O=Test CA/CN=Test Root", "-keyout", p("ca.key"), "-out", p("ca.crt"))
    for name, ext in (("server", "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth"),
                      ("client", "extendedKeyUsage=clientAuth")):
        with open(p(name + ".ext"), "w") as f:
            f.write(ext + "\n")
        sh("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
           "-subj", "/O=Test/CN=" + name, "-keyout", p(name + ".key"), "-out", p(name + ".csr"))
        sh("openssl", "x509", "-req", "-in", p(name + ".csr"), "-CA", p("ca.crt"), "-CAkey", p("ca.key"),
           "-set_serial", "1000" if name == "server" else "2000", "-days", "5", "-extfile", p(name + ".ext"),
           "-out", p(name + ".crt"))
    return p


def server(lsock, ctx, results):
    for attempt in range(2):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                peer = s.getpeercert()
                cn = dict(x[0] for x in peer["subject"])["commonName"]
                results.append(("accepted", cn, peer["serialNumber"]))
                s.sendall(("hello " + cn).encode())
        except ssl.SSLError as e:
            results.append(("rejected", e.reason))
        except OSError as e:
            results.append(("oserror", type(e).__name__))


def main():
    with tempfile.TemporaryDirectory() as d:
        p = make_pki(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(p("server.crt"), p("server.key"))
        sctx.load_verify_locations(p("ca.crt"))
        sctx.verify_mode = ssl.CERT_REQUIRED
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(2)
        results = []
        th = threading.Thread(target=server, args=(lsock, sctx, results))
        th.start()
        addr = lsock.getsockname()

        cctx = ssl.create_default_context(cafile=p("ca.crt"))
        cctx.load_cert_chain(p("client.crt"), p("client.key"))
        with cctx.wrap_socket(socket.create_connection(addr), server_hostname="localhost") as s:
            print("reply:", s.recv(100))
            cert = s.getpeercert()
            print("server cert subject:")
            pprint.pprint(cert["subject"])
            print("issuer:", cert["issuer"])
            print("serial:", cert["serialNumber"], "SAN:", cert["subjectAltName"])

        nocert = ssl.create_default_context(cafile=p("ca.crt"))
        try:
            with nocert.wrap_socket(socket.create_connection(addr), server_hostname="localhost") as s:
                print("no-cert handshake:", s.version() is not None)
                s.recv(100)
        except (ssl.SSLError, OSError) as e:
            print("no-cert client error:", type(e).__name__)
        th.join()
        lsock.close()
        print("server results:")
        for r in results:
            print("  ", r)


main()
