"""Reading a certificate's DER form by hand: a tiny ASN.1 TLV walker
(struct and int.from_bytes) pulls the serial number, signature algorithm
OID, validity strings and subject from getpeercert(binary_form=True) and
compares them with getpeercert() and the openssl command's view."""
import datetime
import os
import socket
import ssl
import subprocess
import tempfile
import threading

OIDS = {
    "1.2.840.113549.1.1.11": "sha256WithRSAEncryption",
    "1.2.840.10045.4.3.2": "ecdsa-with-SHA256",
    "2.5.4.3": "commonName",
    "2.5.4.10": "organizationName",
    "2.5.4.6": "countryName",
}


def read_tlv(data, pos):
    tag = data[pos]
    length = data[pos + 1]
    pos += 2
    if length & 0x80:
        n = length & 0x7F
        length = int.from_bytes(data[pos:pos + n], "big")
        pos += n
    return tag, data[pos:pos + length], pos + length


def children(data):
    pos = 0
    while pos < len(data):
        tag, value, pos = read_tlv(data, pos)
        yield tag, value


def decode_oid(value):
    first = value[0]
    parts = [first // 40, first % 40]
    acc = 0
    for b in value[1:]:
        acc = (acc << 7) | (b & 0x7F)
        if not b & 0x80:
            parts.append(acc)
            acc = 0
    return ".".join(map(str, parts))


def decode_name(value):
    out = []
    for _, rdn in children(value):
        for _, atv in children(rdn):
            (_, oid), (_, text) = list(children(atv))
            out.append((OIDS.get(decode_oid(oid), decode_oid(oid)), text.decode()))
    return out


def parse_certificate(der):
    _, cert, _ = read_tlv(der, 0)
    parts = list(children(cert))
    tbs = list(children(parts[0][1]))
    idx = 1 if tbs[0][0] == 0xA0 else 0
    version = tbs[0][1][-1] + 1 if idx else 1
    serial = int.from_bytes(tbs[idx][1], "big")
    sigalg = decode_oid(list(children(tbs[idx + 1][1]))[0][1])
    issuer = decode_name(tbs[idx + 2][1])
    not_before, not_after = [v.decode() for _, v in children(tbs[idx + 3][1])]
    subject = decode_name(tbs[idx + 4][1])
    return {"version": version, "serial": serial, "sigalg": OIDS.get(sigalg, sigalg),
            "issuer": issuer, "not_before": not_before, "not_after": not_after,
            "subject": subject, "outer_parts": len(parts)}


def make_cert(d, serial, keyspec):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey"] + keyspec +
                   ["-nodes", "-days", "30", "-set_serial", str(serial),
                    "-subj", "/C=NL/O=Walker Test/CN=walker.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def fetch(crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)

    def serve():
        c, _ = ls.accept()
        with sctx.wrap_socket(c, server_side=True) as s:
            s.recv(1)
    t = threading.Thread(target=serve)
    t.start()
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.load_verify_locations(crt)
    cctx.check_hostname = False
    with cctx.wrap_socket(socket.create_connection(ls.getsockname()), server_hostname="walker.test") as s:
        der = s.getpeercert(True)
        decoded = s.getpeercert()
        s.send(b"x")
    t.join(10)
    ls.close()
    return der, decoded


def main():
    with tempfile.TemporaryDirectory() as d:
        for serial, keyspec in ((0x1F2E3D4C5B6A, ["rsa:2048"]),
                                (4242, ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"])):
            crt, key = make_cert(d, serial, keyspec)
            der, decoded = fetch(crt, key)
            info = parse_certificate(der)
            print("version %(version)d serial %(serial)d (%(serial)#x) alg %(sigalg)s" % info)
            print("  subject:", ", ".join("%s=%s" % p for p in info["subject"]))
            print("  parts:", info["outer_parts"], "self-signed:", info["issuer"] == info["subject"])
            nb = datetime.datetime.strptime(info["not_before"], "%y%m%d%H%M%SZ")
            na = datetime.datetime.strptime(info["not_after"], "%y%m%d%H%M%SZ")
            print("  validity days:", (na - nb).days)
            print("  serial matches getpeercert:", decoded["serialNumber"] == "%X" % info["serial"])
            print("  notAfter matches:", ssl.cert_time_to_seconds(decoded["notAfter"]) ==
                  int(na.replace(tzinfo=datetime.timezone.utc).timestamp()))
            pem = ssl.DER_cert_to_PEM_cert(der)
            out = subprocess.run(["openssl", "x509", "-noout", "-serial"], input=pem.encode(),
                                 stdout=subprocess.PIPE, check=True).stdout.decode().strip()
            print("  openssl:", out, "same:", int(out.split("=")[1], 16) == info["serial"])


main()
