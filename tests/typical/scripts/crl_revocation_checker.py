"""A CRL-based revocation checker: build a tiny CA with `openssl ca`
(index file, serials), issue three server certificates, revoke one,
generate a CRL, inspect it with `openssl crl -text` parsed by regular
expressions, check each certificate with `openssl verify -crl_check`, and
finally let ssl do the same with VERIFY_CRL_CHECK_LEAF during real
handshakes."""
import os
import re
import socket
import ssl
import subprocess
import tempfile
import threading

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
default_days = 20
default_crl_days = 7
policy = anything
copy_extensions = copy
unique_subject = no

[ anything ]
commonName = supplied
organizationName = optional
"""


def sh(*args, check=True):
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if check and p.returncode:
        raise RuntimeError("%s failed: %s" % (args[1], p.stdout))
    return p


def build_ca(d):
    os.mkdir(os.path.join(d, "newcerts"))
    open(os.path.join(d, "index.txt"), "w").close()
    with open(os.path.join(d, "serial"), "w") as f:
        f.write("1000\n")
    with open(os.path.join(d, "crlnumber"), "w") as f:
        f.write("01\n")
    conf = os.path.join(d, "ca.cnf")
    with open(conf, "w") as f:
        f.write(CA_CONF.format(d=d))
    sh("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/O=Mini/CN=Mini CA",
       "-keyout", os.path.join(d, "ca.key"), "-out", os.path.join(d, "ca.crt"))
    return conf


def issue(d, conf, host):
    key, csr, crt = (os.path.join(d, host + ext) for ext in (".key", ".csr", ".crt"))
    sh("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/O=Mini/CN=" + host,
       "-addext", "subjectAltName=DNS:" + host, "-keyout", key, "-out", csr)
    sh("openssl", "ca", "-batch", "-config", conf, "-in", csr, "-out", crt, "-notext")
    return crt, key


def handshake(crt, key, host, cctx):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)

    def serve():
        conn, _ = lsock.accept()
        try:
            with sctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"ok")
        except OSError:
            pass
    t = threading.Thread(target=serve)
    t.start()
    try:
        with socket.create_connection(lsock.getsockname()) as raw:
            with cctx.wrap_socket(raw, server_hostname=host) as s:
                return "accepted serial %s" % s.getpeercert()["serialNumber"]
    except ssl.SSLError as e:
        return "refused: %s" % e.reason
    finally:
        t.join()
        lsock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        conf = build_ca(d)
        hosts = ["alpha.mini", "beta.mini", "gamma.mini"]
        certs = {h: issue(d, conf, h) for h in hosts}
        out = sh("openssl", "ca", "-config", conf, "-revoke", certs["beta.mini"][0],
                 "-crl_reason", "keyCompromise").stdout
        print("revoke:", re.findall(r"Revoking Certificate (\w+)", out))
        crl = os.path.join(d, "ca.crl")
        sh("openssl", "ca", "-config", conf, "-gencrl", "-out", crl)

        with open(os.path.join(d, "index.txt")) as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                print("index: status=%s serial=%s subject=%s" % (fields[0], fields[3], fields[5]))

        text = sh("openssl", "crl", "-in", crl, "-noout", "-text").stdout
        issuer = re.search(r"Issuer: (.*)", text).group(1).strip()
        number = re.search(r"X509v3 CRL Number:\s*\n\s*(\S+)", text).group(1)
        revoked = re.findall(r"Serial Number: ([0-9A-F]+)", text)
        reasons = re.findall(r"X509v3 CRL Reason Code:\s*\n\s*(.+)", text)
        print("CRL issuer:", issuer)
        print("CRL number:", number, "revoked:", revoked, "reasons:", reasons)

        ca = os.path.join(d, "ca.crt")
        for h in hosts:
            p = sh("openssl", "verify", "-crl_check", "-CAfile", ca, "-CRLfile", crl, certs[h][0], check=False)
            found = re.search(r"error (\d+) at (\d+) depth lookup: (.*)", p.stdout)
            verdict = "OK" if p.returncode == 0 else "error %s (%s)" % (found.group(1), found.group(3))
            print("openssl verify %-10s rc=%d %s" % (h, p.returncode, verdict))

        plain = ssl.create_default_context(cafile=ca)
        strict = ssl.create_default_context(cafile=ca)
        strict.load_verify_locations(crl)
        strict.verify_flags |= ssl.VERIFY_CRL_CHECK_LEAF
        print("verify_flags has CRL_CHECK_LEAF:", bool(strict.verify_flags & ssl.VERIFY_CRL_CHECK_LEAF))
        stats = strict.cert_store_stats()
        print("store:", stats["x509"], "cert(s),", stats["crl"], "crl(s)")
        for h in hosts:
            print("%-10s without CRL: %s" % (h, handshake(*certs[h], h, plain)))
            print("%-10s with CRL:    %s" % (h, handshake(*certs[h], h, strict)))

        nocrl = ssl.create_default_context(cafile=ca)
        nocrl.verify_flags |= ssl.VERIFY_CRL_CHECK_LEAF
        print("no CRL loaded:", handshake(*certs["alpha.mini"], "alpha.mini", nocrl))


main()
