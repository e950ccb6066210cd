"""A revocation checker with no crypto library: it walks certificate and
CRL DER by hand (a small TLV reader), finds each certificate's CRL
distribution point and OCSP responder URL, downloads the CRL from a local
HTTP server with urllib, checks the revoked serials, builds the OCSP
request a client would send (SHA-1 hashes of the issuer name and key, as
RFC 6960 says) and has `openssl ocsp` read it back.  Finally it checks the
certificate a TLS server presents during a real handshake."""
import binascii
import datetime
import hashlib
import http.server
import os
import re
import socket
import ssl
import subprocess
import tempfile
import threading
import urllib.request

# ---------------------------------------------------------------- DER --

UNIVERSAL_NAMES = {1: "BOOLEAN", 2: "INTEGER", 3: "BIT STRING", 4: "OCTET STRING", 5: "NULL",
                   6: "OID", 10: "ENUMERATED", 12: "UTF8String", 16: "SEQUENCE", 17: "SET",
                   19: "PrintableString", 23: "UTCTime", 24: "GeneralizedTime"}


class DERError(ValueError):
    pass


class TLV:
    __slots__ = ("cls", "constructed", "tag", "start", "hdr", "length", "data")

    def __init__(self, cls, constructed, tag, start, hdr, length, data):
        self.cls, self.constructed, self.tag = cls, constructed, tag
        self.start, self.hdr, self.length, self.data = start, hdr, length, data

    @property
    def value(self):
        return self.data[self.start + self.hdr:self.start + self.hdr + self.length]

    @property
    def encoded(self):
        return self.data[self.start:self.start + self.hdr + self.length]

    def children(self):
        if not self.constructed:
            raise DERError("primitive %s has no children" % self.name())
        return list(read_all(self.data, self.start + self.hdr, self.start + self.hdr + self.length))

    def name(self):
        if self.cls == 0:
            return UNIVERSAL_NAMES.get(self.tag, "UNIVERSAL %d" % self.tag)
        return "[%d]" % self.tag

    def __repr__(self):
        return "<%s len=%d>" % (self.name(), self.length)


def read_tlv(data, pos, end):
    if pos + 2 > end:
        raise DERError("truncated header at %d" % pos)
    first = data[pos]
    cls, constructed, tag = first >> 6, bool(first & 0x20), first & 0x1F
    if tag == 0x1F:
        raise DERError("high tag numbers are not used here")
    n = data[pos + 1]
    hdr = 2
    if n & 0x80:
        count = n & 0x7F
        if count == 0 or count > 4:
            raise DERError("bad length of length %d at %d" % (count, pos))
        if pos + 2 + count > end:
            raise DERError("truncated length at %d" % pos)
        n = int.from_bytes(data[pos + 2:pos + 2 + count], "big")
        hdr += count
    if pos + hdr + n > end:
        raise DERError("value of %d bytes overruns its parent at %d" % (n, pos))
    return TLV(cls, constructed, tag, pos, hdr, n, data)


def read_all(data, pos, end):
    while pos < end:
        t = read_tlv(data, pos, end)
        yield t
        pos += t.hdr + t.length


def parse(data):
    t = read_tlv(data, 0, len(data))
    if t.hdr + t.length != len(data):
        raise DERError("%d bytes of trailing data" % (len(data) - t.hdr - t.length))
    return t


def oid_str(raw):
    first = raw[0]
    parts = [min(first // 40, 2), first - 40 * min(first // 40, 2)]
    acc = 0
    for b in raw[1:]:
        acc = (acc << 7) | (b & 0x7F)
        if not b & 0x80:
            parts.append(acc)
            acc = 0
    return ".".join(str(p) for p in parts)


def der_time(t):
    text = t.value.decode("ascii")
    if t.tag == 23:
        return datetime.datetime.strptime(text, "%y%m%d%H%M%SZ")
    return datetime.datetime.strptime(text, "%Y%m%d%H%M%SZ")


def der_int(t):
    return int.from_bytes(t.value, "big", signed=True)


OID_NAMES = {"2.5.29.31": "cRLDistributionPoints", "1.3.6.1.5.5.7.1.1": "authorityInfoAccess",
             "1.3.6.1.5.5.7.48.1": "ocsp", "1.3.6.1.5.5.7.48.2": "caIssuers",
             "2.5.29.20": "cRLNumber", "2.5.29.21": "reasonCode", "2.5.29.35": "authorityKeyIdentifier",
             "2.5.29.14": "subjectKeyIdentifier", "2.5.29.19": "basicConstraints",
             "2.5.29.17": "subjectAltName", "1.2.840.10045.4.3.2": "ecdsa-with-SHA256"}

REASONS = ["unspecified", "keyCompromise", "cACompromise", "affiliationChanged", "superseded",
           "cessationOfOperation", "certificateHold"]


class Certificate:
    def __init__(self, der):
        self.der = der
        cert = parse(der)
        tbs = cert.children()[0].children()
        if tbs[0].cls == 2 and tbs[0].tag == 0:
            tbs = tbs[1:]
        self.serial = der_int(tbs[0])
        self.issuer_der = tbs[2].encoded
        validity = tbs[3].children()
        self.not_before, self.not_after = der_time(validity[0]), der_time(validity[1])
        self.subject_der = tbs[4].encoded
        spki = tbs[5].children()
        self.public_key = spki[1].value[1:]  # BIT STRING: skip the unused-bits byte
        self.extensions = {}
        for t in tbs[6:]:
            if t.cls == 2 and t.tag == 3:
                for ext in t.children()[0].children():
                    parts = ext.children()
                    oid = oid_str(parts[0].value)
                    critical = parts[1].tag == 1 and parts[1].value != b"\x00"
                    self.extensions[OID_NAMES.get(oid, oid)] = (critical, parse(parts[-1].value))

    def uris(self, ext_name):
        """The URIs ([6] IA5String) anywhere inside an extension."""
        found = []

        def walk(t):
            if t.cls == 2 and t.tag == 6 and not t.constructed:
                found.append(t.value.decode("ascii"))
            elif t.constructed:
                for c in t.children():
                    walk(c)
        if ext_name in self.extensions:
            walk(self.extensions[ext_name][1])
        return found

    def access_methods(self):
        out = []
        if "authorityInfoAccess" in self.extensions:
            for desc in self.extensions["authorityInfoAccess"][1].children():
                method, location = desc.children()
                out.append((OID_NAMES.get(oid_str(method.value)), location.value.decode("ascii")))
        return out


class CRL:
    def __init__(self, der):
        crl = parse(der)
        parts = crl.children()
        tbs = parts[0].children()
        self.signature_alg = OID_NAMES.get(oid_str(parts[1].children()[0].value))
        i = 0
        if tbs[0].tag == 2:
            self.version = der_int(tbs[0]) + 1
            i = 1
        else:
            self.version = 1
        self.issuer_der = tbs[i + 1].encoded
        self.this_update = der_time(tbs[i + 2])
        self.next_update = der_time(tbs[i + 3])
        self.revoked = {}
        self.number = None
        for t in tbs[i + 4:]:
            if t.cls == 0 and t.tag == 16:
                for entry in t.children():
                    fields = entry.children()
                    reason = None
                    if len(fields) > 2:
                        for ext in fields[2].children():
                            e = ext.children()
                            if oid_str(e[0].value) == "2.5.29.21":
                                reason = REASONS[parse(e[-1].value).value[0]]
                    self.revoked[der_int(fields[0])] = (der_time(fields[1]), reason)
            elif t.cls == 2 and t.tag == 0:
                for ext in t.children()[0].children():
                    e = ext.children()
                    if oid_str(e[0].value) == "2.5.29.20":
                        self.number = der_int(parse(e[-1].value))


def encode(tag, body):
    n = len(body)
    if n < 0x80:
        head = bytes([tag, n])
    else:
        size = n.to_bytes((n.bit_length() + 7) // 8, "big")
        head = bytes([tag, 0x80 | len(size)]) + size
    return head + body


def ocsp_request(cert, issuer):
    """RFC 6960 OCSPRequest with one CertID, no extensions, unsigned."""
    sha1 = encode(0x30, encode(0x06, binascii.unhexlify("2b0e03021a")) + encode(0x05, b""))
    serial = cert.serial.to_bytes((cert.serial.bit_length() + 8) // 8, "big")
    cert_id = encode(0x30, sha1
                     + encode(0x04, hashlib.sha1(cert.issuer_der).digest())
                     + encode(0x04, hashlib.sha1(issuer.public_key).digest())
                     + encode(0x02, serial))
    request_list = encode(0x30, encode(0x30, cert_id))
    return encode(0x30, encode(0x30, request_list))

# ------------------------------------------------------------ the PKI --

CA_CONF = """
[ ca ]
default_ca = mini
[ mini ]
dir = {d}
database = $dir/index.txt
new_certs_dir = $dir/newcerts
serial = $dir/serial
crlnumber = $dir/crlnumber
certificate = $dir/ca.crt
private_key = $dir/ca.key
default_md = sha256
default_days = 30
default_crl_days = 7
policy = anything
unique_subject = no
[ anything ]
commonName = supplied
[ leaf ]
basicConstraints = CA:FALSE
subjectAltName = DNS:$ENV::LEAF_NAME
crlDistributionPoints = URI:http://127.0.0.1:$ENV::CRL_PORT/mini.crl
authorityInfoAccess = OCSP;URI:http://127.0.0.1:$ENV::CRL_PORT/ocsp,caIssuers;URI:http://127.0.0.1:$ENV::CRL_PORT/ca.der
[ crl_ext ]
authorityKeyIdentifier = keyid:always
"""


def sh(*args, env=None):
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True, env=env)
    if p.returncode:
        raise RuntimeError("%s failed: %s" % (" ".join(args[:2]), p.stdout))
    return p.stdout


def build_pki(d, port):
    os.mkdir(os.path.join(d, "newcerts"))
    open(os.path.join(d, "index.txt"), "w").close()
    with open(os.path.join(d, "serial"), "w") as f:
        f.write("1000\n")
    with open(os.path.join(d, "crlnumber"), "w") as f:
        f.write("07\n")
    conf = os.path.join(d, "ca.cnf")
    with open(conf, "w") as f:
        f.write(CA_CONF.format(d=d))
    sh("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
       "-days", "60", "-subj", "/CN=Mini Revocation CA", "-keyout", os.path.join(d, "ca.key"),
       "-out", os.path.join(d, "ca.crt"))
    names = ["api.internal", "old.internal", "db.internal"]
    for name in names:
        key, csr = os.path.join(d, name + ".key"), os.path.join(d, name + ".csr")
        sh("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
           "-subj", "/CN=" + name, "-keyout", key, "-out", csr)
        env = dict(os.environ, LEAF_NAME=name, CRL_PORT=str(port))
        sh("openssl", "ca", "-batch", "-config", conf, "-extensions", "leaf", "-in", csr,
           "-out", os.path.join(d, name + ".crt"), "-notext", env=env)
    sh("openssl", "ca", "-batch", "-config", conf, "-revoke", os.path.join(d, "old.internal.crt"),
       "-crl_reason", "keyCompromise", env=dict(os.environ, LEAF_NAME="x", CRL_PORT="0"))
    sh("openssl", "ca", "-batch", "-config", conf, "-gencrl", "-crlexts", "crl_ext",
       "-out", os.path.join(d, "mini.crl.pem"), env=dict(os.environ, LEAF_NAME="x", CRL_PORT="0"))
    sh("openssl", "crl", "-in", os.path.join(d, "mini.crl.pem"), "-outform", "DER",
       "-out", os.path.join(d, "mini.crl"))
    sh("openssl", "x509", "-in", os.path.join(d, "ca.crt"), "-outform", "DER", "-out", os.path.join(d, "ca.der"))
    return names


def load_cert(path):
    with open(path) as f:
        return Certificate(ssl.PEM_cert_to_DER_cert(f.read()))

# ------------------------------------------------------------- serve --


class Files(http.server.SimpleHTTPRequestHandler):
    requests = []

    def log_message(self, fmt, *args):
        Files.requests.append(self.path)


def serve(d):
    os.chdir(d)  # 3.6's SimpleHTTPRequestHandler serves the working directory
    srv = http.server.HTTPServer(("127.0.0.1", 0), Files)
    return srv


def main():
    with tempfile.TemporaryDirectory() as d:
        old_cwd = os.getcwd()
        srv = serve(d)
        port = srv.server_address[1]
        th = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        th.start()
        try:
            run(d, port)
        finally:
            srv.shutdown()
            srv.server_close()
            th.join()
            os.chdir(old_cwd)
        print("http requests:", Files.requests)


def run(d, port):
    names = build_pki(d, port)
    ca = load_cert(os.path.join(d, "ca.crt"))
    print("CA serial bits:", ca.serial.bit_length() > 60, "key bytes:", len(ca.public_key))
    certs = {n: load_cert(os.path.join(d, n + ".crt")) for n in names}
    crl_cache = {}
    for name in names:
        c = certs[name]
        print("--", name)
        print("  serial: %X" % c.serial)
        print("  issuer matches CA subject:", c.issuer_der == ca.subject_der)
        print("  validity days:", (c.not_after - c.not_before).days)
        print("  extensions:", sorted(k for k in c.extensions))
        dps = c.uris("cRLDistributionPoints")
        print("  CRL DPs:", [u.replace(str(port), "PORT") for u in dps])
        print("  AIA:", [(m, u.replace(str(port), "PORT")) for m, u in c.access_methods()])
        url = dps[0]
        if url not in crl_cache:
            with urllib.request.urlopen(url, timeout=10) as resp:
                print("  fetched CRL:", resp.status, resp.headers.get("Content-Type"))
                crl_cache[url] = CRL(resp.read())
        crl = crl_cache[url]
        print("  CRL v%d number=%s alg=%s issuer ok=%s window=%dd" % (
            crl.version, crl.number, crl.signature_alg, crl.issuer_der == ca.subject_der,
            (crl.next_update - crl.this_update).days))
        status = crl.revoked.get(c.serial)
        print("  status:", "REVOKED (%s)" % status[1] if status else "good")
        req = ocsp_request(c, ca)
        path = os.path.join(d, name + ".ocsp.der")
        with open(path, "wb") as f:
            f.write(req)
        text = sh("openssl", "ocsp", "-reqin", path, "-req_text")
        wanted = [line.strip() for line in text.splitlines()
                  if line.strip().startswith(("Hash Algorithm", "Serial Number", "Issuer Name Hash"))]
        print("  OCSP request:", len(req), "bytes;", wanted[0], ";", wanted[2])
        print("  name hash ok:", hashlib.sha1(c.issuer_der).hexdigest().upper() in text.upper())

    # Damaged input: each must be a DERError, never anything else.
    good = certs["api.internal"].der
    for label, blob in [("empty", b""), ("truncated", good[:40]), ("trailing", good + b"\x00"),
                        ("long length", b"\x30\x85" + b"\x00" * 10), ("overrun", b"\x30\x10\x02\x01\x01")]:
        try:
            Certificate(blob)
            print("damaged", label, "accepted")
        except DERError as e:
            # (the sizes vary with the signature's length: shown as N)
            print("damaged", label, "->", re.sub(r"\d+", "N", str(e)))
        except (IndexError, ValueError) as e:
            print("damaged", label, "->", type(e).__name__)

    # The certificate a live server presents.
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(d, "old.internal.crt"), os.path.join(d, "old.internal.key"))
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)

    def server():
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"hello from old.internal\n")
                s.recv(10)
        except (ssl.SSLError, OSError) as e:
            print("server:", type(e).__name__)
    t = threading.Thread(target=server)
    t.start()
    cctx = ssl.create_default_context(cafile=os.path.join(d, "ca.crt"))
    with socket.create_connection(lsock.getsockname()) as raw:
        with cctx.wrap_socket(raw, server_hostname="old.internal") as s:
            peer = Certificate(s.getpeercert(binary_form=True))
            line = s.recv(100)
            crl = crl_cache[peer.uris("cRLDistributionPoints")[0]]
            verdict = crl.revoked.get(peer.serial)
            print("live peer:", line.decode().strip(), "| serial %X" % peer.serial,
                  "| revoked:", verdict[1] if verdict else None)
            s.sendall(b"bye")
    t.join()
    lsock.close()

    # What the ssl module says with the same CRL loaded.
    vctx = ssl.create_default_context(cafile=os.path.join(d, "ca.crt"))
    vctx.load_verify_locations(os.path.join(d, "mini.crl.pem"))
    vctx.verify_flags |= ssl.VERIFY_CRL_CHECK_LEAF
    print("CRLs in store:", vctx.cert_store_stats()["crl"])


main()
