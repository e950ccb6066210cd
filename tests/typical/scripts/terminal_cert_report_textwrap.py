"""A terminal report of certificate details: the width comes from
shutil.get_terminal_size() (COLUMNS), long subjectAltName lists and
notes are wrapped with textwrap (fill, wrap with indents, shorten,
indent, dedent), and a box is drawn around a summary; the certificate
comes from a local TLS server."""
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import textwrap
import threading

NAMES = ["portal.example.com"] + ["edge-%02d.eu-west.example.com" % i for i in range(1, 9)] + ["example.com"]
NOTE = """
    This certificate covers the customer portal and every edge node in
    the eu-west region.   It is renewed automatically thirty days before
    expiry; renewal failures page the on-call engineer.
"""


def fetch_cert(d):
    crt, key = os.path.join(d, "wide.crt"), os.path.join(d, "wide.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "90", "-subj", "/C=IE/O=Example Ltd/OU=Edge Platform/CN=portal.example.com",
                    "-addext", "subjectAltName=" + ",".join("DNS:" + n for n in NAMES),
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    a, b = socket.socketpair()
    t = threading.Thread(target=lambda: sctx.wrap_socket(b, server_side=True).close())
    t.start()
    with ssl.create_default_context(cafile=crt).wrap_socket(a, server_hostname="portal.example.com") as s:
        cert = s.getpeercert()
    t.join()
    return cert


def boxed(lines, width):
    inner = width - 4
    out = ["+" + "-" * (width - 2) + "+"]
    for line in lines:
        for piece in textwrap.wrap(line, inner) or [""]:
            out.append("| " + piece.ljust(inner) + " |")
    out.append("+" + "-" * (width - 2) + "+")
    return "\n".join(out)


def main():
    size = shutil.get_terminal_size(fallback=(100, 24))
    width = min(size.columns, 72)
    print("terminal:", size.columns, "x", size.lines, "-> width", width)
    with tempfile.TemporaryDirectory() as d:
        cert = fetch_cert(d)
    subject = dict(x[0] for x in cert["subject"])
    sans = ", ".join(v for k, v in cert["subjectAltName"])
    label = "Subject Alt Names: "
    print(textwrap.fill(sans, width=width, initial_indent=label, subsequent_indent=" " * len(label)))
    print()
    for key in ("countryName", "organizationName", "organizationalUnitName", "commonName"):
        print("{:.<28}{:.>{w}}".format(key + " ", " " + subject[key], w=width - 28))
    print()
    note = textwrap.dedent(NOTE).strip()
    print(textwrap.indent(textwrap.fill(note, width - 4), "  > "))
    print()
    for w in (30, 45):
        print("shorten(%d): %s" % (w, textwrap.shorten(sans, width=w, placeholder=" [...]")))
    wrapper = textwrap.TextWrapper(width=40, break_on_hyphens=False, max_lines=3, placeholder=" ...")
    print("\n".join(wrapper.wrap(sans)))
    print(boxed(["%d names, %d under eu-west" % (len(NAMES), sum("eu-west" in n for n in NAMES)),
                 "issuer: " + dict(x[0] for x in cert["issuer"])["organizationName"],
                 "", note], width=50))
    print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda l: True), end="")
    print(repr(textwrap.fill("x " * 10, width=7, expand_tabs=True, drop_whitespace=False)))


main()
