"""Peer certificate report: pprint of getpeercert() for a certificate
with many fields (multi-valued RDNs, several SAN kinds, OCSP/CA issuer
URLs, CRL distribution points), pprint of nested structures with width
and depth options, pformat, then a JSON report built from the same dict
(tuples become lists, sort_keys, indent, separators) and loaded back."""
import json
import os
import pprint
import socket
import ssl
import subprocess
import tempfile
import threading

EXT = """subjectAltName = DNS:report.example, DNS:www.report.example, IP:127.0.0.1, email:pki@report.example, URI:https://report.example/id
authorityInfoAccess = OCSP;URI:http://ocsp.report.example, caIssuers;URI:http://ca.report.example/ca.der
crlDistributionPoints = URI:http://crl.report.example/root.crl
basicConstraints = critical, CA:FALSE
keyUsage = digitalSignature, keyEncipherment
"""


def make_cert(d):
    crt, key, ext = (os.path.join(d, n) for n in ("r.crt", "r.key", "r.ext"))
    with open(ext, "w") as f:
        f.write(EXT)
    subprocess.run(["openssl", "req", "-new", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "10",
                    "-subj", "/C=NL/ST=Noord-Holland/L=Amsterdam/O=Report B.V./OU=PKI/OU=Ops/CN=report.example"
                    "/emailAddress=pki@report.example",
                    "-set_serial", "0x0123456789ABCDEF", "-keyout", key, "-out", crt, "-extensions", "v3_x",
                    "-config", "/dev/stdin"],
                   input=("[req]\ndistinguished_name=dn\n[dn]\n[v3_x]\n" + EXT).encode(),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def peer_cert(crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    a, b = socket.socketpair()
    t = threading.Thread(target=lambda: sctx.wrap_socket(b, server_side=True).close())
    t.start()
    with ssl.create_default_context(cafile=crt).wrap_socket(a, server_hostname="report.example") as s:
        cert = s.getpeercert()
    t.join()
    return cert


def main():
    with tempfile.TemporaryDirectory() as d:
        cert = peer_cert(*make_cert(d))
    dated = dict(cert, notBefore="<date>", notAfter="<date>")
    pprint.pprint(dated)
    print("--- width=60, depth=2")
    pprint.pprint(dated["subject"], width=60, depth=2)
    print("--- compact")
    pprint.pprint([k for k, v in cert["subjectAltName"]] * 3, compact=True, width=50)
    text = pprint.pformat({"sans": cert["subjectAltName"][:2], "serial": cert["serialNumber"]}, indent=2)
    print(text)
    print("isreadable:", pprint.isreadable(cert), "saferepr ok:", pprint.saferepr(cert) == repr(cert))

    report = {
        "subject": {k: v for rdn in cert["subject"] for k, v in rdn},
        "ou_list": [v for rdn in cert["subject"] for k, v in rdn if k == "organizationalUnitName"],
        "san": cert["subjectAltName"],
        "ocsp": cert.get("OCSP"),
        "ca_issuers": cert.get("caIssuers"),
        "crl": cert.get("crlDistributionPoints"),
        "serial": int(cert["serialNumber"], 16),
        "version": cert["version"],
        "self_signed": cert["subject"] == cert["issuer"],
        "missing": cert.get("nope"),
    }
    text = json.dumps(report, indent=2, sort_keys=True)
    print(text)
    back = json.loads(text)
    print("san round trip becomes lists:", back["san"][0], type(back["san"][0]).__name__)
    print("compact:", json.dumps(report["subject"], separators=(",", ":"), sort_keys=True)[:70])
    print("ensure_ascii:", json.dumps({"name": "Zürich ✓"}), json.dumps({"name": "Zürich ✓"}, ensure_ascii=False))
    try:
        json.dumps({"when": cert["notAfter"], "cert": object()})
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    print(json.dumps(report, default=str, indent=None)[:60])


main()
