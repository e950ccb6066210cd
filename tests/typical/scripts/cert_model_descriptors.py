"""A certificate model built the way a 3.6 tool might: typed field
descriptors using __set_name__, a base class collecting fields with
__init_subclass__, __slots__ value objects, properties, total_ordering,
__repr__/__eq__/__hash__, classmethod constructors from getpeercert()
dicts, and sorting/grouping the models of certificates from local
servers."""
import datetime
import functools
import itertools
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s.%s must be %s, not %s" % (type(obj).__name__, self.name, self.kind.__name__,
                                                          type(value).__name__))
        setattr(obj, self.slot, value)


class Model:
    _fields = ()

    def __init_subclass__(cls, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls._fields = tuple(k for k, v in vars(cls).items() if isinstance(v, Field))
        cls._prefix = prefix

    def __init__(self, **values):
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError("unknown field(s): %s" % ", ".join(sorted(unknown)))
        for k, v in values.items():
            setattr(self, k, v)

    def __repr__(self):
        return "%s%s(%s)" % (self._prefix, type(self).__name__,
                             ", ".join("%s=%r" % (f, getattr(self, f)) for f in self._fields))

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self._fields))


class Name:
    __slots__ = ("cn", "org")

    def __init__(self, cn, org):
        self.cn, self.org = cn, org

    def __repr__(self):
        return "Name(%r, %r)" % (self.cn, self.org)

    def __eq__(self, other):
        return isinstance(other, Name) and (self.cn, self.org) == (other.cn, other.org)

    def __hash__(self):
        return hash((self.cn, self.org))


@functools.total_ordering
class Cert(Model, prefix="pki."):
    subject = Field(Name)
    serial = Field(int, 0)
    not_after = Field(datetime.datetime)
    sans = Field(tuple, ())

    @classmethod
    def from_peercert(cls, d):
        subj = dict(x[0] for x in d["subject"])
        return cls(subject=Name(subj["commonName"], subj.get("organizationName")), serial=int(d["serialNumber"], 16),
                   not_after=datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(d["notAfter"])),
                   sans=tuple(v for k, v in d.get("subjectAltName", ())))

    @property
    def lifetime_days(self):
        return (self.not_after - datetime.datetime.utcnow()).days + 1

    @property
    def wildcard(self):
        return any(s.startswith("*.") for s in self.sans)

    def __lt__(self, other):
        return (self.not_after.date(), self.serial) < (other.not_after.date(), other.serial)


def fetch(d, cn, org, days, serial, sans):
    crt, key = os.path.join(d, "%d.crt" % serial), os.path.join(d, "%d.key" % serial)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", str(days), "-set_serial", str(serial), "-subj", "/O=%s/CN=%s" % (org, cn),
                    "-addext", "subjectAltName=" + ",".join("DNS:" + s for s in sans),
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    a, b = socket.socketpair()
    t = threading.Thread(target=lambda: sctx.wrap_socket(b, server_side=True).close())
    t.start()
    cctx = ssl.create_default_context(cafile=crt)
    cctx.check_hostname = False
    with cctx.wrap_socket(a) as s:
        cert = s.getpeercert()
    t.join()
    return cert


def main():
    specs = [("api.one", "One", 30, 11, ["api.one"]), ("*.two", "Two", 10, 22, ["*.two", "two"]),
             ("www.one", "One", 90, 33, ["www.one", "one"]), ("mail.two", "Two", 10, 4, ["mail.two"])]
    with tempfile.TemporaryDirectory() as d:
        certs = [Cert.from_peercert(fetch(d, *spec)) for spec in specs]
    print("fields:", Cert._fields, "| descriptor:", Cert.serial.name, Cert.serial.slot)
    for c in sorted(certs):
        print(repr(c).replace(repr(c.not_after), "<date>"), "| days:", c.lifetime_days, "| wildcard:", c.wildcard)
    print("max:", max(certs).subject, "| min serial among soonest:", min(certs).serial)
    print("ordering ops:", certs[0] <= certs[2], certs[2] > certs[1], certs[1] >= certs[3])
    by_org = itertools.groupby(sorted(certs, key=lambda c: c.subject.org), key=lambda c: c.subject.org)
    for org, group in by_org:
        print(org, [c.subject.cn for c in sorted(group, key=lambda c: c.serial)])
    dup = Cert(subject=certs[0].subject, serial=certs[0].serial, not_after=certs[0].not_after, sans=certs[0].sans)
    print("equal copy:", dup == certs[0], len({dup, certs[0]}), dup != certs[1], dup == "text")
    for bad in (dict(serial="11"), dict(colour="red"), dict(sans=["list"])):
        try:
            Cert(**bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        certs[0].subject.extra = 1
    except AttributeError as e:
        print("AttributeError:", e)
    empty = Cert()
    print("defaults:", empty.serial, empty.sans, empty.not_after)
    print("lt with other type:", Cert.__lt__(certs[0], certs[1]), certs[0].__eq__(42))


main()
