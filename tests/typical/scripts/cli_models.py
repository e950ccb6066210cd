"""Dataclass-like record classes, typing.NamedTuple, properties, descriptors, abc and operator overloads."""
import abc
import copy
import typing
from collections import ChainMap, namedtuple
from typing import NamedTuple, List, Optional, Dict


class Endpoint(NamedTuple):
    host: str
    port: int = 443
    tags: tuple = ()

    def url(self):
        return "https://%s:%d/" % (self.host, self.port)


class Validated:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name[1:], self.kind.__name__, type(value).__name__))
        if self.minimum is not None and value < self.minimum:
            raise ValueError("%s must be >= %r" % (self.name[1:], self.minimum))
        setattr(obj, self.name, value)


class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError("%s() got an unexpected keyword argument %r" % (type(self).__name__, name))
            setattr(self, name, value)

    def __repr__(self):
        inner = ", ".join("%s=%r" % (f, getattr(self, f, None)) for f in self.fields)
        return "%s(%s)" % (type(self).__name__, inner)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.fields))


class CertInfo(Record):
    fields = ("subject", "bits", "days")
    bits = Validated(int, 1024)
    days = Validated(int)

    @property
    def strength(self):
        return "strong" if self.bits >= 3072 else "ok" if self.bits >= 2048 else "weak"

    @strength.setter
    def strength(self, value):
        raise AttributeError("strength is derived from bits")

    def __lt__(self, other):
        return (self.days, self.subject) < (other.days, other.subject)

    def __add__(self, days):
        return CertInfo(self.subject, self.bits, self.days + days)

    __radd__ = __add__

    def __bool__(self):
        return self.days > 0

    def __len__(self):
        return self.days

    def __contains__(self, word):
        return word in self.subject

    def __getitem__(self, key):
        return getattr(self, self.fields[key]) if isinstance(key, int) else [getattr(self, f) for f in self.fields[key]]


class Store(abc.ABC):
    @abc.abstractmethod
    def load(self) -> List[CertInfo]:
        ...

    def expiring(self, days=30):
        return sorted(c for c in self.load() if c.days < days)


class MemoryStore(Store):
    def __init__(self, items):
        self.items = list(items)

    def load(self):
        return self.items


class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.loaded[name] = name.upper()
        return self.loaded[name]


e = Endpoint("www.example.com")
print(e, e.url(), e._replace(port=8443), Endpoint._fields, Endpoint._field_defaults if hasattr(Endpoint, "_field_defaults") else None)
print(Endpoint.__annotations__, e._asdict(), tuple(e), e == ("www.example.com", 443, ()))
Point = namedtuple("Point", "x y", defaults=None) if False else namedtuple("Point", ["x", "y"])
print(Point(1, y=2), Point._make([3, 4]), Point(1, 2)._asdict())
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
a = CertInfo("CN=www", 2048, 30)
b = CertInfo(subject="CN=mail", bits=4096, days=5)
print(a, b, a == CertInfo("CN=www", 2048, 30), a != b, len({a, CertInfo("CN=www", 2048, 30)}))
print(a.strength, b.strength, a + 10, 5 + a, bool(a), bool(CertInfo("x", 2048, 0)), len(b), "www" in a, a[0], a[1:])
print(sorted([a, b]), max(a, b).subject, CertInfo.bits.__class__.__name__)
for bad in [lambda: CertInfo("x", "2048", 1), lambda: CertInfo("x", 512, 1), lambda: setattr(a, "strength", "x"),
            lambda: CertInfo("x", nope=1), lambda: Store(), lambda: a < 3, lambda: a + "x"]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as err:
        print(type(err).__name__ + ":", err)
s = MemoryStore([a, b, CertInfo("CN=old", 2048, 10)])
print(s.expiring(), isinstance(s, Store), issubclass(MemoryStore, Store), Store.__abstractmethods__)
lz = Lazy()
print(lz.alpha, lz.beta, lz.loaded, hasattr(lz, "_x"), getattr(lz, "_y", "dflt"))
c2 = copy.copy(a)
c3 = copy.deepcopy({"k": [a]})
print(c2 == a, c2 is a, c3["k"][0] == a, c3["k"][0] is a)
defaults = {"port": 443, "verify": True}
cm = ChainMap({"port": 8443}, {}, defaults)
cm["new"] = 1
print(cm["port"], cm["verify"], len(cm), sorted(cm), cm.maps[0], cm.new_child({"x": 1})["x"], cm.parents)
print(typing.get_type_hints(Store.load), Optional[int], Dict[str, List[int]])
vars_a = vars(a)
print(sorted(vars_a), a.__dict__ is vars_a, type(a).__mro__)
print(CertInfo.__name__, CertInfo.__qualname__, CertInfo.__module__, CertInfo.strength.__doc__, Store.load.__isabstractmethod__)
