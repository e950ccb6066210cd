"""A small certificate model: a class with __slots__, properties, a
classmethod constructor from getpeercert(), __repr__/__eq__/ordering,
and f-string reports with format specs."""
import datetime
import functools
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, name, days, bits_curve="P-256"):
    key = os.path.join(d, name + ".key")
    crt = os.path.join(d, name + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:" + bits_curve, "-nodes", "-days", str(days),
                    "-subj", "/C=DE/O=Example Org/CN=" + name,
                    "-addext", "subjectAltName=DNS:%s,DNS:www.%s,IP:127.0.0.1" % (name, name),
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


@functools.total_ordering
class CertInfo:
    __slots__ = ("subject", "issuer", "sans", "not_before", "not_after", "_serial")

    def __init__(self, subject, issuer, sans, not_before, not_after, serial):
        self.subject = subject
        self.issuer = issuer
        self.sans = tuple(sans)
        self.not_before = not_before
        self.not_after = not_after
        self._serial = serial

    @classmethod
    def from_peercert(cls, cert):
        def flat(rdns):
            return {k: v for rdn in rdns for k, v in rdn}
        fmt = "%b %d %H:%M:%S %Y %Z"
        nb = datetime.datetime.strptime(cert["notBefore"], fmt)
        na = datetime.datetime.strptime(cert["notAfter"], fmt)
        sans = [v for k, v in cert.get("subjectAltName", ())]
        return cls(flat(cert["subject"]), flat(cert["issuer"]), sans, nb, na, cert["serialNumber"])

    @property
    def common_name(self):
        return self.subject.get("commonName", "?")

    @property
    def lifetime(self):
        return self.not_after - self.not_before

    @property
    def self_signed(self):
        return self.subject == self.issuer

    @property
    def serial_length(self):
        return len(self._serial)

    def __repr__(self):
        return f"{type(self).__name__}(cn={self.common_name!r}, sans={len(self.sans)}, days={self.lifetime.days})"

    def __eq__(self, other):
        if not isinstance(other, CertInfo):
            return NotImplemented
        return (self.lifetime.days, self.common_name) == (other.lifetime.days, other.common_name)

    def __lt__(self, other):
        return (self.lifetime.days, self.common_name) < (other.lifetime.days, other.common_name)

    def __hash__(self):
        return hash((self.common_name, self.lifetime.days))


def serve_once(ctx, sock):
    conn, _ = sock.accept()
    try:
        with ctx.wrap_socket(conn, server_side=True) as s:
            s.recv(16)
    except (ssl.SSLError, OSError):
        pass


def fetch(crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)
    t = threading.Thread(target=serve_once, args=(sctx, lsock))
    t.start()
    cctx = ssl.create_default_context(cafile=crt)
    cctx.check_hostname = False
    with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
        with cctx.wrap_socket(raw) as s:
            cert = s.getpeercert()
            s.sendall(b"bye")
    t.join(10)
    lsock.close()
    return CertInfo.from_peercert(cert)


def main():
    infos = []
    with tempfile.TemporaryDirectory() as d:
        for name, days in [("alpha.test", 90), ("beta.test", 30), ("gamma.test", 365), ("delta.test", 30)]:
            infos.append(fetch(*make_cert(d, name, days)))
    print(f"{'name':<12}|{'days':>6}|{'sans':^6}|self-signed")
    print("-" * 38)
    for info in sorted(infos):
        print(f"{info.common_name:<12}|{info.lifetime.days:>6d}|{len(info.sans):^6}|{info.self_signed!s:>5}")
    print(sorted(infos, reverse=True)[0])
    print("unique lifetimes:", sorted({i.lifetime.days for i in infos}))
    print("org:", {i.subject["organizationName"] for i in infos})
    print("serial lengths even:", all(i.serial_length % 2 == 0 for i in infos))
    first = infos[0]
    try:
        first.extra = 1
    except AttributeError as exc:
        print("AttributeError:", exc)
    try:
        first.common_name = "x"
    except AttributeError as exc:
        print("AttributeError:", exc)
    print("has __dict__:", hasattr(first, "__dict__"))
    print(infos[1] == infos[3], infos[1] < infos[3], infos[0] >= infos[1])
    print(f"{infos[2].lifetime.total_seconds():,.0f} seconds", f"{0.25:.1%}", f"{255:#06x}", f"{7:08b}")


if __name__ == "__main__":
    main()
