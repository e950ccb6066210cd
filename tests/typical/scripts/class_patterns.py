import abc
import copy
import functools
import sys


class Field:
    def __init__(self, default=None, kind=object):
        self.default, self.kind = default, kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name[1:], self.kind.__name__, type(value).__name__))
        setattr(obj, self.name, value)


class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError("unexpected field %r" % name)
            setattr(self, name, value)

    def __repr__(self):
        inner = ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields)
        return "%s(%s)" % (type(self).__name__, inner)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.fields))


class Host(Record):
    fields = ("name", "port", "tls")
    name = Field("", str)
    port = Field(443, int)
    tls = Field(True, bool)

    @property
    def url(self):
        return "%s://%s:%d" % ("https" if self.tls else "http", self.name, self.port)

    @classmethod
    def parse(cls, text):
        scheme, _, rest = text.partition("://")
        name, _, port = rest.partition(":")
        return cls(name, int(port) if port else (443 if scheme == "https" else 80), scheme == "https")

    @staticmethod
    def valid_port(p):
        return 0 < p < 65536


class Checker(abc.ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Checker.registry.append(cls.__name__)

    @abc.abstractmethod
    def check(self, host):
        ...

    def __call__(self, host):
        return "%s: %s" % (type(self).__name__, self.check(host))


class PortChecker(Checker):
    def check(self, host):
        return "ok" if Host.valid_port(host.port) else "bad port"


class TLSChecker(PortChecker):
    def check(self, host):
        base = super().check(host)
        return base + (", tls" if host.tls else ", plain")


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(map(int, text.split(".")))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __str__(self):
        return ".".join(map(str, self.parts))

    __repr__ = lambda self: "Version('%s')" % self


def main():
    h = Host("example.com", 8443)
    print(h, h.url, Host.parse("http://plain.test"), Host.parse("https://a.test:444").url)
    print(h == Host("example.com", 8443, True), len({h, Host("example.com", 8443)}))
    try:
        h.port = "80"
    except TypeError as e:
        print("TypeError:", e)
    try:
        Host(bogus=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Checker()
    except TypeError as e:
        print("TypeError:", e)
    for c in (PortChecker(), TLSChecker()):
        print(c(h), c(Host("x", 70000, False)))
    print("registry:", Checker.registry, TLSChecker.__mro__[1].__name__, isinstance(TLSChecker(), Checker))
    s = Slotted(1, 2)
    try:
        s.c = 3
    except AttributeError as e:
        print("AttributeError:", e)
    print("slots:", Slotted.__slots__, s.a + s.b)
    vs = sorted(map(Version, ["1.10.0", "1.2", "1.9"]))
    print(vs, max(vs), Version("2.0") > Version("1.99"), str(vs[0]))
    h2 = copy.copy(h)
    h2.port = 9
    h3 = copy.deepcopy([h, {"k": [1, 2]}])
    print("copy:", h.port, h2.port, h3[0] == h, h3[0] is h)
    print(type(h).__name__, type(h).__qualname__, Host.__bases__[0].__name__, Host.url.__class__.__name__)
    print(getattr(h, "missing", "default"), hasattr(h, "url"), callable(Host.parse), vars(Slotted) is not None)
    print(issubclass(bool, int), isinstance(True, (str, int)))


main()
