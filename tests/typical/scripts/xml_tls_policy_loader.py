"""TLS client policies kept in an XML file: xml.etree.ElementTree parses
<policy> elements (verification, minimum version, ciphers, ALPN, CA
file), a builder turns each into an SSLContext, and every policy is
tried against a local server; validation errors in the XML are
reported with the element and attribute."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import xml.etree.ElementTree as ET

POLICIES = """<?xml version="1.0"?>
<policies version="2">
  <policy name="strict" verify="required" min="1.3">
    <cafile>{ca}</cafile>
    <alpn>h2</alpn><alpn>http/1.1</alpn>
  </policy>
  <policy name="legacy-ok" verify="required" min="1.2" ciphers="ECDHE+AESGCM">
    <cafile>{ca}</cafile>
  </policy>
  <policy name="insecure" verify="none"/>
  <policy name="no-trust" verify="required"/>
  <policy name="broken" verify="sometimes"/>
  <policy name="bad-min" verify="none" min="1.9"/>
</policies>
"""


class PolicyError(ValueError):
    def __init__(self, element, attr, message):
        super().__init__("<%s name=%r> %s: %s" % (element.tag, element.get("name"), attr, message))


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def build(el):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    verify = el.get("verify")
    if verify == "none":
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    elif verify != "required":
        raise PolicyError(el, "verify", "expected 'none' or 'required', got %r" % verify)
    minimum = el.get("min", "1.2")
    masks = {"1.2": ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1,
             "1.3": ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TLSv1_2}
    if minimum not in masks:
        raise PolicyError(el, "min", "unknown version %s" % minimum)
    ctx.options |= masks[minimum]
    if el.get("ciphers"):
        ctx.set_ciphers(el.get("ciphers"))
    ca = el.findtext("cafile")
    if ca:
        ctx.load_verify_locations(ca)
    alpn = [a.text for a in el.findall("alpn")]
    if alpn:
        ctx.set_alpn_protocols(alpn)
    return ctx


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        root = ET.fromstring(POLICIES.format(ca=crt))
        print("policies file version", root.get("version"), "with", len(root), "policies")
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        sctx.set_alpn_protocols(["http/1.1"])
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(8)
        stop = threading.Event()

        def serve():
            ls.settimeout(0.2)
            while not stop.is_set():
                try:
                    c, _ = ls.accept()
                except socket.timeout:
                    continue
                c.settimeout(10)
                try:
                    with sctx.wrap_socket(c, server_side=True) as s:
                        s.sendall(b"hi")
                        s.recv(1)
                except (ssl.SSLError, OSError):
                    pass
        t = threading.Thread(target=serve)
        t.start()
        try:
            for el in root.iter("policy"):
                name = el.get("name")
                try:
                    ctx = build(el)
                except PolicyError as exc:
                    print("%-10s invalid: %s" % (name, exc))
                    continue
                try:
                    with ctx.wrap_socket(socket.create_connection(ls.getsockname(), timeout=10),
                                         server_hostname="localhost") as s:
                        print("%-10s connected %s alpn=%s cipher-bits=%d verify=%s" % (
                            name, s.version(), s.selected_alpn_protocol(), s.cipher()[2],
                            ctx.verify_mode.name))
                        s.recv(2)
                        s.sendall(b".")
                except ssl.SSLError as exc:
                    print("%-10s failed: %s" % (name, exc.reason))
        finally:
            stop.set()
            t.join(10)
            ls.close()
        tree = ET.ElementTree(root)
        out = os.path.join(d, "copy.xml")
        tree.write(out, encoding="unicode")
        with open(out) as f:
            print("rewritten file starts:", f.read(40).replace(crt, "CA"))


main()
