"""Certificates with unusual subjects -- several OUs, an e-mail address,
non-ASCII names, a multi-valued RDN -- and how getpeercert() and
ssl._ssl._test_decode_cert report them."""
import os
import pprint
import socket
import ssl
import subprocess
import tempfile
import threading

SUBJECTS = [
    ("/C=DE/O=Beispiel GmbH/OU=Ops/OU=Security/CN=localhost/emailAddress=pki@example.de", "-utf8"),
    ("/C=FR/O=Soci\u00e9t\u00e9 G\u00e9n\u00e9rale d'Essai/CN=localhost", "-utf8"),
    ("/O=Multi/CN=localhost+serialNumber=42", "-multivalue-rdn"),
]


def make_cert(d, idx, subj, flag):
    cert, key = os.path.join(d, "c%d.pem" % idx), os.path.join(d, "k%d.pem" % idx)
    cmd = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
           "-subj", subj, "-keyout", key, "-out", cert,
           "-addext", "subjectAltName=DNS:localhost,email:pki@example.de"]
    cmd.insert(2, flag)
    subprocess.check_call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def fetch_peercert(cert, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)

    def serve():
        conn, _ = srv.accept()
        with sctx.wrap_socket(conn, server_side=True) as s:
            s.recv(1)
    t = threading.Thread(target=serve)
    t.start()
    cctx = ssl.create_default_context(cafile=cert)
    with socket.create_connection(srv.getsockname(), timeout=10) as raw:
        with cctx.wrap_socket(raw, server_hostname="localhost") as s:
            pc = s.getpeercert()
            s.sendall(b"x")
    t.join(10)
    srv.close()
    return pc


def flatten(name):
    return ["+".join("%s=%s" % pair for pair in rdn) for rdn in name]


def main():
    with tempfile.TemporaryDirectory() as d:
        for i, (subj, flag) in enumerate(SUBJECTS):
            cert, key = make_cert(d, i, subj, flag)
            pc = fetch_peercert(cert, key)
            print("cert", i)
            print("  subject:", flatten(pc["subject"]))
            print("  issuer == subject:", pc["issuer"] == pc["subject"])
            print("  SAN:", pc["subjectAltName"])
            print("  rdn sizes:", [len(rdn) for rdn in pc["subject"]])
            decoded = ssl._ssl._test_decode_cert(cert)
            print("  decode matches:", decoded["subject"] == pc["subject"])
            cn = [v for rdn in pc["subject"] for k, v in rdn if k == "commonName"]
            org = [v for rdn in pc["subject"] for k, v in rdn if k == "organizationName"]
            print("  CN/O:", cn, org, [len(o) for o in org])
        pprint.pprint(pc["subject"], width=60)


main()
